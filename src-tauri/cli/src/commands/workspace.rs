//! `reclaim-cli workspace …`: a counsellor's private list of her cases
//! (`reclaim_core::app::workspace`), sealed under a passphrase of its own.
//! Every subcommand reads that passphrase as the first line of standard
//! input; `update` then reads the case passphrase (with --passphrase-stdin,
//! else the OS keyring opens the case). Forgetting the list's passphrase
//! loses the list only, never a case.

use std::path::Path;
use std::process::ExitCode;

use clap::Subcommand;
use reclaim_core::app::workspace::{Workspace, WorkspaceEntry};
use reclaim_core::vault::{KdfStrength, Vault};
use reclaim_core::CoreError;
use serde_json::json;
use time::OffsetDateTime;

use super::case::{fail, open as open_case, vault_for, Stdin};
use crate::output;

#[derive(Debug, Subcommand)]
pub enum WorkspaceCommand {
    /// Create the list (empty) → {workspace: "created"}. Stdin: its new passphrase.
    Create,
    /// One line per case of the list: {code, label, next_deadline, overdue,
    /// last_step, last_opened_at, missing}, the cases on this computer first
    /// (most overdue, then next deadline), then those missing. Stdin: the
    /// list's passphrase.
    List,
    /// Add a case to the list, or bring its entry up to date from the case
    /// (deadlines, overdue requests, last step) → the entry. Stdin: the
    /// list's passphrase, then the case passphrase (with --passphrase-stdin).
    Update {
        case: String,
        /// Count it as opened now ("last opened").
        #[arg(long)]
        opened: bool,
    },
    /// Give a case of the list your own name for it → the entry. Stdin: the list's passphrase.
    Label { case: String, label: String },
    /// Take a case out of the list (the case itself is not touched) →
    /// {dropped}. Stdin: the list's passphrase.
    Drop { case: String },
}

fn entry_line(entry: &WorkspaceEntry, missing: bool) {
    let mut value = json!(entry);
    value["missing"] = json!(missing);
    output::line(&value);
}

pub fn run(data_dir: Option<&Path>, passphrase_stdin: bool, command: WorkspaceCommand) -> ExitCode {
    let Some(data_dir) = data_dir else {
        return output::usage_error("workspace commands need --data-dir DIR");
    };
    let vault = vault_for(data_dir, passphrase_stdin);
    match execute(&vault, passphrase_stdin, command) {
        Ok(code) => code,
        Err(err) => fail(&err),
    }
}

fn execute(
    vault: &Vault,
    passphrase_stdin: bool,
    command: WorkspaceCommand,
) -> Result<ExitCode, CoreError> {
    let mut stdin = Stdin::new();
    let passphrase = stdin.secret("the passphrase of the list of cases")?;
    if let WorkspaceCommand::Create = command {
        Workspace::create(vault, &passphrase, KdfStrength::Calibrated)?;
        output::line(&json!({ "workspace": "created" }));
        return Ok(ExitCode::SUCCESS);
    }
    let mut list = Workspace::open(vault, &passphrase)?;
    let code_of = |text: &str| reclaim_core::vault::parse_code(text);
    match command {
        WorkspaceCommand::Create => unreachable!("handled above"),
        WorkspaceCommand::List => {
            let shown = list.list(vault)?;
            for entry in &shown.cases {
                entry_line(entry, false);
            }
            for entry in &shown.missing {
                entry_line(entry, true);
            }
        }
        WorkspaceCommand::Update { case, opened } => {
            let opened_case = open_case(vault, &mut stdin, passphrase_stdin, &code_of(&case)?)?;
            let noted = list.note(&opened_case, OffsetDateTime::now_utc(), opened);
            let code = opened_case.code().to_owned();
            opened_case.lock();
            noted?;
            entry_line(list.entry(&code).expect("just noted"), false);
        }
        WorkspaceCommand::Label { case, label } => {
            let code = code_of(&case)?;
            list.set_label(&code, &label)?;
            entry_line(list.entry(&code).expect("just labelled"), false);
        }
        WorkspaceCommand::Drop { case } => {
            let code = code_of(&case)?;
            list.drop_entry(&code)?;
            output::line(&json!({ "dropped": code }));
        }
    }
    Ok(ExitCode::SUCCESS)
}
