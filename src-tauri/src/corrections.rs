//! "Nothing lost": taking a fingerprint, an evidence file or a ticket number
//! out of the open case, correcting an evidence note, a link or a ticket,
//! and "not sent after all". Each is one call into
//! `reclaim_core::app::corrections`; the custody log keeps a record of each.

use reclaim_core::app::corrections as step;
use reclaim_core::app::followup::FollowUpView;
use reclaim_core::app::requests::CaseRequests;
use reclaim_core::vault::{EvidenceRecord, ImageHashRecord};
use tauri::State;
use time::OffsetDateTime;

use crate::cases::Cases;
use crate::error::AppResult;
use crate::links::CaseLinks;

/// Takes a fingerprint out of the open case (she added the wrong photo).
#[tauri::command]
pub fn remove_fingerprint(
    cases: State<'_, Cases>,
    id: i64,
    reason: Option<String>,
) -> AppResult<Vec<ImageHashRecord>> {
    cases.with_open(|case| step::remove_fingerprint(case, id, reason.as_deref()))
}

/// Takes an evidence file out of the open case; its encrypted file is deleted.
#[tauri::command]
pub fn remove_evidence(
    cases: State<'_, Cases>,
    id: i64,
    reason: Option<String>,
) -> AppResult<Vec<EvidenceRecord>> {
    cases.with_open(|case| step::remove_evidence(case, id, reason.as_deref()))
}

/// Corrects the note of an evidence file (`null` or blank: no note).
#[tauri::command]
pub fn set_evidence_note(
    cases: State<'_, Cases>,
    id: i64,
    note: Option<String>,
) -> AppResult<Vec<EvidenceRecord>> {
    cases.with_open(|case| step::set_evidence_note(case, id, note.as_deref()))
}

/// "Correct this link": the old link out, the corrected one in.
#[tauri::command]
pub fn correct_link(cases: State<'_, Cases>, id: i64, url: String) -> AppResult<CaseLinks> {
    cases.with_open(|case| Ok(CaseLinks::new(step::correct_link(case, id, &url)?)))
}

/// "Not sent after all?": the request goes back to not sent.
#[tauri::command]
pub fn undo_request_sent(
    cases: State<'_, Cases>,
    request_id: i64,
    reason: Option<String>,
) -> AppResult<CaseRequests> {
    cases.with_open(|case| {
        step::undo_sent(
            case,
            request_id,
            reason.as_deref(),
            OffsetDateTime::now_utc(),
        )
    })
}

/// Takes a ticket number typed wrong out of a request.
#[tauri::command]
pub fn remove_request_ticket(
    cases: State<'_, Cases>,
    request_id: i64,
    ticket: String,
    reason: Option<String>,
) -> AppResult<FollowUpView> {
    cases.with_open(|case| {
        step::remove_ticket(
            case,
            request_id,
            &ticket,
            reason.as_deref(),
            OffsetDateTime::now_utc(),
        )
    })
}

/// Corrects a ticket number typed wrong.
#[tauri::command]
pub fn correct_request_ticket(
    cases: State<'_, Cases>,
    request_id: i64,
    old: String,
    new: String,
) -> AppResult<FollowUpView> {
    cases.with_open(|case| {
        step::correct_ticket(case, request_id, &old, &new, OffsetDateTime::now_utc())
    })
}
