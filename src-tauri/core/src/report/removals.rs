//! What the person took out of or corrected in her case, said in plain
//! words under its custody entry in the report (the entry itself stays as
//! it was written: action, subject, details, hashes).

use serde_json::Value;

use super::custody::CustodyEntry;
use super::i18n::{Arg, Labels};

/// Reasons Reclaim writes itself (a reason she typed is shown as typed).
fn reason_text(reason: &str, labels: &Labels) -> String {
    match reason {
        crate::vault::CORRECTED => labels.get("custody-reason-corrected"),
        "minor_images_refused" => labels.get("custody-reason-minor"),
        typed => typed.to_owned(),
    }
}

/// The plain sentence for a removal or a correction, with the reason given;
/// `None` for every other entry.
pub(super) fn plain_words(entry: &CustodyEntry, labels: &Labels) -> Option<String> {
    let details: Value = serde_json::from_str(&entry.details).unwrap_or(Value::Null);
    let text = |key: &str| details[key].as_str().unwrap_or("—").to_owned();
    let said = match entry.action.as_str() {
        crate::vault::EVIDENCE_REMOVED => labels.with(
            "custody-said-evidence-removed",
            &[("sha256", Arg::Str(&text("sha256")))],
        ),
        crate::vault::FINGERPRINT_REMOVED => labels.get("custody-said-fingerprint-removed"),
        "url_removed" => labels.get("custody-said-url-removed"),
        "url_added" if details.get("replaces").is_some() => labels.with(
            "custody-said-url-corrects",
            &[("replaces", Arg::Str(&text("replaces")))],
        ),
        crate::vault::EVIDENCE_NOTE_CHANGED => labels.get("custody-said-evidence-note-changed"),
        crate::vault::REQUEST_SENT_UNDONE => labels.get("custody-said-request-sent-undone"),
        crate::vault::TICKET_REMOVED => labels.with(
            "custody-said-ticket-removed",
            &[("ticket", Arg::Str(&text("ticket")))],
        ),
        "ticket_added" if details.get("replaces").is_some() => labels.with(
            "custody-said-ticket-corrects",
            &[("replaces", Arg::Str(&text("replaces")))],
        ),
        _ => return None,
    };
    Some(match details["reason"].as_str() {
        Some(reason) => format!(
            "{said}\n{}",
            labels.with(
                "custody-said-reason",
                &[("reason", Arg::Str(&reason_text(reason, labels)))]
            )
        ),
        None => said,
    })
}
