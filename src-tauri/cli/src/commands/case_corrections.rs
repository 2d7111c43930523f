//! `reclaim-cli case remove-fingerprint|remove-evidence|evidence-note|
//! correct-url|undo-sent|remove-ticket|correct-ticket`: taking something out
//! of a case or correcting it ("nothing lost", issue 14 item 5). Each is one
//! call into `reclaim_core::app::corrections`; the custody log keeps a record
//! that what went existed. Output: one JSON object per line.

use clap::Subcommand;
use reclaim_core::app::corrections as step;
use reclaim_core::vault::OpenCase;
use reclaim_core::CoreResult;
use serde_json::json;
use time::OffsetDateTime;

use crate::output;

#[derive(Debug, Subcommand)]
pub enum CorrectionCommand {
    /// Take a fingerprint (the hashes of one image) out of the case: it no
    /// longer finds copies nor goes into requests, the report or a hand-over
    /// → {removed}. Stdin: the case passphrase.
    RemoveFingerprint {
        case: String,
        /// The fingerprint's id (from `hash-images` or `show`).
        id: i64,
        /// Why (kept in the custody log), e.g. "wrong photo".
        #[arg(long)]
        reason: Option<String>,
    },
    /// Take an evidence file out of the case: its encrypted file is deleted,
    /// the custody log keeps that it existed and its SHA-256 → {removed}.
    /// Stdin: the case passphrase.
    RemoveEvidence {
        case: String,
        /// The evidence file's id (from `add-evidence` or `show`).
        id: i64,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Correct the note of an evidence file (no --note: no note); the custody
    /// log keeps the old and the new → {id, note}. Stdin: the case passphrase.
    EvidenceNote {
        case: String,
        id: i64,
        #[arg(long)]
        note: Option<String>,
    },
    /// Correct a link typed wrong: the old one is taken out ("corrected"),
    /// the new one kept in its place → {id, replaces}. Stdin: the case passphrase.
    CorrectUrl {
        case: String,
        /// The link's id (from `add-url` or `show`).
        id: i64,
        /// The link as it should be.
        url: String,
    },
    /// "Not sent after all": a request marked sent by mistake goes back to
    /// not sent → the requests. Stdin: the case passphrase.
    UndoSent {
        case: String,
        /// The request's id (`recorded.id` in the `requests` output).
        request_id: i64,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Take a ticket number typed wrong out of a request → the follow-up.
    /// Stdin: the case passphrase.
    RemoveTicket {
        case: String,
        request_id: i64,
        ticket: String,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Correct a ticket number typed wrong → the follow-up. Stdin: the case passphrase.
    CorrectTicket {
        case: String,
        request_id: i64,
        old: String,
        new: String,
    },
}

impl CorrectionCommand {
    /// The case it acts on.
    pub fn case(&self) -> &str {
        match self {
            Self::RemoveFingerprint { case, .. }
            | Self::RemoveEvidence { case, .. }
            | Self::EvidenceNote { case, .. }
            | Self::CorrectUrl { case, .. }
            | Self::UndoSent { case, .. }
            | Self::RemoveTicket { case, .. }
            | Self::CorrectTicket { case, .. } => case,
        }
    }
}

/// Runs `command` on the open `case`.
pub fn run(case: &mut OpenCase, command: CorrectionCommand) -> CoreResult<()> {
    let now = OffsetDateTime::now_utc();
    match command {
        CorrectionCommand::RemoveFingerprint { id, reason, .. } => {
            step::remove_fingerprint(case, id, reason.as_deref())?;
            output::line(&json!({ "removed": id }));
        }
        CorrectionCommand::RemoveEvidence { id, reason, .. } => {
            step::remove_evidence(case, id, reason.as_deref())?;
            output::line(&json!({ "removed": id }));
        }
        CorrectionCommand::EvidenceNote { id, note, .. } => {
            let evidence = step::set_evidence_note(case, id, note.as_deref())?;
            let note = evidence
                .iter()
                .find(|e| e.id == id)
                .and_then(|e| e.note.clone());
            output::line(&json!({ "id": id, "note": note }));
        }
        CorrectionCommand::CorrectUrl { id, url, .. } => {
            let urls = step::correct_link(case, id, &url)?;
            let new = urls.last().map(|u| u.id);
            output::line(&json!({ "id": new, "replaces": id }));
        }
        CorrectionCommand::UndoSent {
            request_id, reason, ..
        } => output::line(&step::undo_sent(case, request_id, reason.as_deref(), now)?),
        CorrectionCommand::RemoveTicket {
            request_id,
            ticket,
            reason,
            ..
        } => super::case_steps::follow_up_lines(&step::remove_ticket(
            case,
            request_id,
            &ticket,
            reason.as_deref(),
            now,
        )?),
        CorrectionCommand::CorrectTicket {
            request_id,
            old,
            new,
            ..
        } => super::case_steps::follow_up_lines(&step::correct_ticket(
            case, request_id, &old, &new, now,
        )?),
    }
    Ok(())
}
