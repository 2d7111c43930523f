//! `reclaim-cli --data-dir DIR case export CASE --out DIR [--passphrase-stdin]
//! [--include-images]`: the case's evidence bundle for police, the Institute
//! or a lawyer.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use reclaim_core::vault::{Unlock, Vault};
use reclaim_core::CoreError;
use secrecy::SecretString;
use serde::Serialize;

use crate::output;

#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// Write the case's evidence bundle (report.pdf, manifest.json,
    /// manifest.sha256, custody.jsonl, evidence/) into a new folder.
    /// Prints {dir, files, pdf_pages, pdf_bytes, manifest_sha256, …, error}.
    Export {
        /// The case code.
        case: String,
        /// The bundle folder to create (must not exist, or be empty).
        #[arg(long)]
        out: PathBuf,
        /// Read the case's passphrase from the first line of standard input
        /// instead of using the OS keyring.
        #[arg(long)]
        passphrase_stdin: bool,
        /// Also put the person's own images into the bundle (folder images/).
        /// Off by default: their hashes are always in the report.
        #[arg(long)]
        include_images: bool,
    },
}

#[derive(Serialize)]
struct ExportLine {
    #[serde(flatten)]
    summary: Option<reclaim_core::report::BundleSummary>,
    error: Option<CoreError>,
}

fn read_passphrase() -> Result<SecretString, CoreError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(CoreError::from)?;
    let trimmed = line.trim_end_matches(['\r', '\n']).to_owned();
    if trimmed.is_empty() {
        return Err(CoreError::invalid_input("no passphrase on standard input"));
    }
    Ok(SecretString::from(trimmed))
}

fn export(
    data_dir: &Path,
    case: &str,
    out: &Path,
    passphrase_stdin: bool,
    include_images: bool,
) -> Result<reclaim_core::report::BundleSummary, CoreError> {
    let (vault, unlock) = if passphrase_stdin {
        (
            Vault::without_keyring(data_dir),
            Unlock::Passphrase(read_passphrase()?),
        )
    } else {
        (Vault::new(data_dir), Unlock::Keyring)
    };
    let (mut open, _) = vault.open_case(case, unlock)?;
    let options = reclaim_core::report::BundleOptions {
        include_intimate_images: include_images,
    };
    let summary = reclaim_core::report::export_case(&mut open, out, &options);
    open.lock();
    summary
}

pub fn run(data_dir: Option<PathBuf>, command: CaseCommand) -> ExitCode {
    let Some(data_dir) = data_dir else {
        return output::usage_error("case commands need --data-dir DIR");
    };
    match command {
        CaseCommand::Export {
            case,
            out,
            passphrase_stdin,
            include_images,
        } => {
            let line = match export(&data_dir, &case, &out, passphrase_stdin, include_images) {
                Ok(summary) => ExportLine {
                    summary: Some(summary),
                    error: None,
                },
                Err(err) => ExportLine {
                    summary: None,
                    error: Some(err),
                },
            };
            output::line(&line);
            ExitCode::SUCCESS
        }
    }
}
