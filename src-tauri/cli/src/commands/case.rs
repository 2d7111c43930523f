//! `reclaim-cli case …`: the case vault from the command line.
//!
//! With `--passphrase-stdin` the passphrase slot is used and the OS keyring is
//! never touched; secrets are read one per line from standard input, in the
//! order the subcommand's help gives. Without it the OS keyring is used.
//! A command that cannot run (wrong passphrase, no such case, locked keyring…)
//! prints `{"error": {kind, message}}`, a one-line message on standard error,
//! and exits with 1.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use reclaim_core::vault::{
    CreateOptions, EvidenceKind, KdfStrength, NewCase, NewEvidence, NewUrl, OpenCase, Unlock, Vault,
};
use reclaim_core::CoreError;
use serde_json::json;

use super::case_corrections::{self, CorrectionCommand};
use super::case_steps::{self, StepCommand};
use crate::output;

#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// Create a case → {case}. Stdin (with --passphrase-stdin): the new passphrase.
    Create {
        /// A private label, shown only once the case is open.
        #[arg(long)]
        label: String,
        /// Language for screens and letters.
        #[arg(long, default_value = "en", value_parser = ["en", "fr", "nl", "de"])]
        language: String,
        #[arg(long)]
        contact_name: Option<String>,
        #[arg(long)]
        contact_email: Option<String>,
        /// ISO 3166-1 alpha-2 country code, e.g. BE.
        #[arg(long)]
        country: Option<String>,
        /// The person in the images was under 18: no images or screenshots will be stored.
        #[arg(long)]
        minor: bool,
    },
    /// One line per case on this device: {code, created_at, slots, last_opened_at, failed_attempts}.
    List,
    /// Add a URL, kept verbatim → {id}. Stdin: the case passphrase.
    AddUrl {
        case: String,
        url: String,
        #[arg(long)]
        platform: Option<String>,
        #[arg(long)]
        notes: Option<String>,
    },
    /// Take a link out of the case; the custody log keeps that it existed → {removed}. Stdin: the case passphrase.
    RemoveUrl {
        case: String,
        /// The link's id (from `show` or `add-url`).
        id: i64,
        /// Why (kept in the custody log), e.g. "pasted by mistake".
        #[arg(long)]
        reason: Option<String>,
    },
    /// Add an evidence file, encrypted → {id, sha256}. Stdin: the case passphrase.
    AddEvidence {
        case: String,
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = KindArg::Screenshot)]
        kind: KindArg,
        /// When it was captured (RFC 3339 with offset); default now.
        #[arg(long)]
        captured_at: Option<String>,
        #[arg(long)]
        note: Option<String>,
        /// The id of the URL it shows.
        #[arg(long)]
        url_id: Option<i64>,
    },
    /// The whole case as one JSON object (no evidence bytes). Stdin: the case passphrase.
    Show { case: String },
    /// Check the database, every evidence file's hash and the custody chain;
    /// exit 1 on any problem. Stdin: the case passphrase.
    Verify { case: String },
    /// Write the case's evidence bundle for police, the Institute or a lawyer
    /// (report.pdf, manifest.json, manifest.sha256, custody.jsonl, evidence/)
    /// into a new folder → {dir, files, pdf_pages, pdf_bytes, manifest_sha256, …}.
    /// Stdin: the case passphrase (with --passphrase-stdin).
    Export {
        case: String,
        /// The bundle folder to create (must not exist, or be empty).
        #[arg(long)]
        out: PathBuf,
        /// Also put the person's own images into the bundle (folder images/).
        /// Off by default: their hashes are always in the report.
        #[arg(long)]
        include_images: bool,
    },
    /// Write an encrypted copy of the case to hand over to another device
    /// → {code, evidence_files, bytes}.
    /// Stdin: the case passphrase (with --passphrase-stdin), then the hand-over passphrase.
    Handover { case: String, file: PathBuf },
    /// Change the passphrase, and with it the case key: the database is
    /// re-keyed and every evidence file re-encrypted, so an old copy of the key
    /// file and the old passphrase open nothing → {case, evidence_files,
    /// recovery_code?} (a new recovery code when the case had one: the old one
    /// no longer opens it). Needs --passphrase-stdin. Stdin: the current
    /// passphrase, then the new one.
    ChangePassphrase { case: String },
    /// Import a case export as a new case on this device → {case}.
    /// Stdin: the export passphrase, then (with --passphrase-stdin) the new case passphrase.
    Import { file: PathBuf },
    /// Time-stamp what is recorded in this case (off by default): shows the
    /// choice and the authorities offered, or sets it → {time_stamping,
    /// what_leaves, authorities}. Only a SHA-256 of the custody log leaves
    /// this computer, through the network guard. Stdin: the case passphrase.
    TimeStamping {
        case: String,
        /// An authority's id from the list (open-tsa, sectigo, …) or its address.
        #[arg(long, conflicts_with = "off")]
        tsa: Option<String>,
        /// Stop time-stamping.
        #[arg(long)]
        off: bool,
    },
    /// Time-stamp the custody log's newest entry now (covers every record up
    /// to it) → {time_stamped, anchor}. Stdin: the case passphrase.
    Anchor {
        case: String,
        /// An authority's id or address (default: the case's choice).
        #[arg(long)]
        tsa: Option<String>,
        /// A root certificate (PEM or DER) the authority must lead to; repeatable.
        #[arg(long, value_name = "FILE")]
        tsa_root: Vec<PathBuf>,
        #[command(flatten)]
        net: super::case_anchor::NetArgs,
    },
    /// Keep a copy of one page as evidence, only when asked: one GET of the
    /// address (no script run, no image or other part loaded, nothing shown),
    /// through the network guard and --proxy. Kept encrypted in the case:
    /// every redirect, the headers, the server's address, the TLS
    /// certificates, the page and its SHA-256 (a picture is never kept, only
    /// its hash). The site sees this computer's IP address unless --proxy is
    /// given. Refused for a minor's case. Time-stamped after when the case
    /// asks for it → {capture, what_the_site_saw, time_stamp?}. Stdin: the
    /// case passphrase.
    Capture {
        case: String,
        #[command(flatten)]
        args: super::case_capture::CaptureArgs,
    },
    /// Find who hosts the site of one link, only when asked: the registries'
    /// public lookup services (RDAP, or WHOIS) and this computer's DNS
    /// resolver are asked, never the site itself; they see this computer's IP
    /// address unless --proxy is given. The host, its abuse address and where
    /// they came from are kept encrypted in the case, and the site's request
    /// (`case requests`) is then addressed to the host. A lookup that found
    /// nothing keeps nothing → {host_lookup, what_left_this_computer}. Stdin:
    /// the case passphrase.
    HostLookup {
        case: String,
        #[command(flatten)]
        args: super::case_host_lookup::HostLookupArgs,
    },
    /// The steps of the app on a case (flow, hash-images, find-copies,
    /// requests, contact, mark-sent, followup, set-status).
    #[command(flatten)]
    Step(StepCommand),
    /// Taking something out of the case or correcting it (remove-fingerprint,
    /// remove-evidence, evidence-note, correct-url, undo-sent, remove-ticket,
    /// correct-ticket); the custody log keeps a record of each.
    #[command(flatten)]
    Correct(CorrectionCommand),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    Screenshot,
    Image,
    Document,
    Correspondence,
    Other,
}

impl From<KindArg> for EvidenceKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Screenshot => EvidenceKind::Screenshot,
            KindArg::Image => EvidenceKind::Image,
            KindArg::Document => EvidenceKind::Document,
            KindArg::Correspondence => EvidenceKind::Correspondence,
            KindArg::Other => EvidenceKind::Other,
        }
    }
}

/// Secrets from standard input, one per line, read into one buffer that is
/// wiped when dropped. Reads bypass std's own stdin buffer (a read larger than
/// it goes straight to the caller's buffer), so no unwiped copy stays there.
pub(crate) struct Stdin {
    buf: zeroize::Zeroizing<Vec<u8>>,
    filled: usize,
    eof: bool,
}

/// Room for every line a command reads; a longer input is refused.
const STDIN_BYTES: usize = 64 * 1024;

impl Stdin {
    pub(crate) fn new() -> Self {
        Self {
            buf: zeroize::Zeroizing::new(vec![0u8; STDIN_BYTES]),
            filled: 0,
            eof: false,
        }
    }

    pub(crate) fn secret(&mut self, what: &str) -> Result<secrecy::SecretString, CoreError> {
        use std::io::Read;
        let missing = || CoreError::invalid_input(format!("expected {what} on standard input"));
        loop {
            if let Some(end) = self.buf[..self.filled].iter().position(|&b| b == b'\n') {
                return self.take_line(end, end + 1).ok_or_else(missing);
            }
            if self.eof {
                if self.filled == 0 {
                    return Err(missing());
                }
                let end = self.filled;
                return self.take_line(end, end).ok_or_else(missing);
            }
            if self.filled == self.buf.len() {
                return Err(CoreError::invalid_input(format!(
                    "{what} on standard input is longer than {STDIN_BYTES} bytes"
                )));
            }
            match std::io::stdin().lock().read(&mut self.buf[self.filled..]) {
                Ok(0) => self.eof = true,
                Ok(n) => self.filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// The text of `buf[..end]` (without a trailing CR), then drops
    /// `buf[..consumed]`, wiping what moved.
    fn take_line(&mut self, end: usize, consumed: usize) -> Option<secrecy::SecretString> {
        let line = &self.buf[..end];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        // An exact-size copy: SecretString keeps it without reallocating.
        let secret = std::str::from_utf8(line)
            .ok()
            .map(|text| secrecy::SecretString::from(text.to_owned()));
        self.buf.copy_within(consumed..self.filled, 0);
        let left = self.filled - consumed;
        zeroize::Zeroize::zeroize(&mut self.buf[left..self.filled]);
        self.filled = left;
        secret
    }
}

/// The vault under `data_dir`; with `passphrases_only` it never touches the OS keyring.
pub(crate) fn vault_for(data_dir: &Path, passphrases_only: bool) -> Vault {
    if passphrases_only {
        Vault::without_keyring(data_dir)
    } else {
        Vault::new(data_dir)
    }
}

pub(crate) fn fail(err: &CoreError) -> ExitCode {
    output::line(&json!({ "error": err }));
    eprintln!("reclaim-cli: {}", err.message.replace('\n', " "));
    ExitCode::from(1)
}

pub fn run(data_dir: Option<&Path>, passphrase_stdin: bool, command: CaseCommand) -> ExitCode {
    if let CaseCommand::Step(StepCommand::Flow { situation }) = &command {
        return match case_steps::parse_situations(situation) {
            Ok(situations) => {
                case_steps::print_flow(&situations);
                ExitCode::SUCCESS
            }
            Err(err) => output::usage_error(&err.message),
        };
    }
    let Some(data_dir) = data_dir else {
        return output::usage_error("case commands need --data-dir DIR");
    };
    // Plaintext left by an export that was killed half-way goes first.
    reclaim_core::report::remove_interrupted_exports(data_dir);
    // A key change re-wraps a keyring slot too, so it may use the keyring.
    let rewraps_keyring = matches!(command, CaseCommand::ChangePassphrase { .. });
    let vault = vault_for(data_dir, passphrase_stdin && !rewraps_keyring);
    match execute(&vault, passphrase_stdin, command) {
        Ok(code) => code,
        Err(err) => fail(&err),
    }
}

pub(crate) fn open(
    vault: &Vault,
    stdin: &mut Stdin,
    passphrase_stdin: bool,
    code: &str,
) -> Result<OpenCase, CoreError> {
    let unlock = if passphrase_stdin {
        Unlock::Passphrase(stdin.secret("the case passphrase")?)
    } else {
        Unlock::Keyring
    };
    Ok(vault.open_case(code, unlock)?.0)
}

fn create_options(stdin: &mut Stdin, passphrase_stdin: bool) -> Result<CreateOptions, CoreError> {
    Ok(if passphrase_stdin {
        CreateOptions {
            passphrase: Some(stdin.secret("the new case passphrase")?),
            use_keyring: false,
            kdf: KdfStrength::Calibrated,
        }
    } else {
        CreateOptions {
            passphrase: None,
            use_keyring: true,
            kdf: KdfStrength::Calibrated,
        }
    })
}

fn execute(
    vault: &Vault,
    passphrase_stdin: bool,
    command: CaseCommand,
) -> Result<ExitCode, CoreError> {
    let mut stdin = Stdin::new();
    match command {
        CaseCommand::Create {
            label,
            language,
            contact_name,
            contact_email,
            country,
            minor,
        } => {
            let options = create_options(&mut stdin, passphrase_stdin)?;
            let new = NewCase {
                label,
                language,
                contact_name,
                contact_email,
                country,
                minor,
                situations: Vec::new(),
            };
            // A hint, never a refusal: how hard the passphrase is to guess.
            let strength = options.passphrase.as_ref().map(|p| {
                let known = [
                    Some(new.label.as_str()),
                    new.contact_name.as_deref(),
                    new.contact_email.as_deref(),
                ];
                reclaim_core::vault::rate_passphrase(
                    p,
                    &known.into_iter().flatten().collect::<Vec<_>>(),
                )
            });
            let case = vault.create_case(&new, options)?;
            let mut out = json!({ "case": case.code() });
            if let Some(strength) = strength {
                out["passphrase_strength"] = json!(strength);
            }
            output::line(&out);
        }
        CaseCommand::List => {
            for summary in vault.list_cases()? {
                output::line(&summary);
            }
        }
        CaseCommand::AddUrl {
            case,
            url,
            platform,
            notes,
        } => {
            let mut case = open(vault, &mut stdin, passphrase_stdin, &case)?;
            let id = case.add_url(&NewUrl {
                original: url,
                platform,
                notes,
                ..Default::default()
            })?;
            let mut line = json!({ "id": id });
            if let Some(stamp) = super::case_anchor::after_record(&mut case) {
                line["time_stamp"] = stamp;
            }
            output::line(&line);
        }
        CaseCommand::RemoveUrl { case, id, reason } => {
            let mut case = open(vault, &mut stdin, passphrase_stdin, &case)?;
            case.remove_url(id, reason.as_deref())?;
            output::line(&json!({ "removed": id }));
        }
        CaseCommand::AddEvidence {
            case,
            file,
            kind,
            captured_at,
            note,
            url_id,
        } => {
            let mut case = open(vault, &mut stdin, passphrase_stdin, &case)?;
            let record = case.add_evidence_file(
                &file,
                &NewEvidence {
                    kind: kind.into(),
                    original_name: None,
                    captured_at,
                    note,
                    url_id,
                },
            )?;
            let mut line = json!({ "id": record.id, "sha256": record.sha256 });
            if let Some(stamp) = super::case_anchor::after_record(&mut case) {
                line["time_stamp"] = stamp;
            }
            output::line(&line);
        }
        CaseCommand::Show { case } => {
            let case = open(vault, &mut stdin, passphrase_stdin, &case)?;
            output::line(&case.snapshot()?);
        }
        CaseCommand::Verify { case } => {
            let mut case = open(vault, &mut stdin, passphrase_stdin, &case)?;
            let report = case.verify()?;
            output::line(&report);
            if !report.ok {
                for p in &report.problems {
                    eprintln!("reclaim-cli: {p}");
                }
                return Ok(ExitCode::from(1));
            }
        }
        CaseCommand::Export {
            case,
            out,
            include_images,
        } => {
            let mut case = open(vault, &mut stdin, passphrase_stdin, &case)?;
            let summary = reclaim_core::app::file::export_case(&mut case, &out, include_images);
            case.lock();
            output::line(&summary?);
        }
        CaseCommand::Handover { case, file } => {
            let mut case = open(vault, &mut stdin, passphrase_stdin, &case)?;
            let export_pass = stdin.secret("the export passphrase")?;
            output::line(&case.export(&file, &export_pass)?);
        }
        CaseCommand::TimeStamping { case, tsa, off } => {
            let mut case = open(vault, &mut stdin, passphrase_stdin, &case)?;
            output::line(&super::case_anchor::time_stamping(&mut case, tsa, off)?);
        }
        CaseCommand::Anchor {
            case,
            tsa,
            tsa_root,
            net,
        } => {
            let mut case = open(vault, &mut stdin, passphrase_stdin, &case)?;
            output::line(&super::case_anchor::anchor(
                &mut case, tsa, &tsa_root, &net,
            )?);
        }
        CaseCommand::Capture { case, args } => {
            let mut case = open(vault, &mut stdin, passphrase_stdin, &case)?;
            output::line(&super::case_capture::capture(&mut case, args)?);
        }
        CaseCommand::HostLookup { case, args } => {
            let mut case = open(vault, &mut stdin, passphrase_stdin, &case)?;
            output::line(&super::case_host_lookup::host_lookup(&mut case, args)?);
        }
        CaseCommand::ChangePassphrase { case } => {
            if !passphrase_stdin {
                return Err(CoreError::invalid_input(
                    "change-passphrase reads the current and the new passphrase: use --passphrase-stdin",
                ));
            }
            let current = stdin.secret("the current passphrase")?;
            let new = stdin.secret("the new passphrase")?;
            let (mut case, _) = vault.open_case(&case, Unlock::Passphrase(current.clone()))?;
            let change = case.change_passphrase(&current, &new, KdfStrength::Calibrated)?;
            let mut out = json!({ "case": case.code(), "evidence_files": change.evidence_files });
            if let Some(code) = &change.new_recovery_code {
                out["recovery_code"] = json!(secrecy::ExposeSecret::expose_secret(code));
            }
            case.lock();
            output::line(&out);
        }
        CaseCommand::Import { file } => {
            let export_pass = stdin.secret("the export passphrase")?;
            let options = create_options(&mut stdin, passphrase_stdin)?;
            let case = vault.import_case(&file, &export_pass, options)?;
            output::line(&json!({ "case": case.code() }));
        }
        CaseCommand::Step(step) => match step.case() {
            None => unreachable!("flow is handled before a case is opened"),
            Some(code) => {
                let mut case = open(vault, &mut stdin, passphrase_stdin, code)?;
                case_steps::run(&mut case, step)?;
            }
        },
        CaseCommand::Correct(command) => {
            let mut case = open(vault, &mut stdin, passphrase_stdin, command.case())?;
            case_corrections::run(&mut case, command)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
