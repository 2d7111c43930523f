//! "Nothing lost" (issue 14 item 5): what each screen does when she takes
//! something out of her case or corrects it. Each returns what the screen
//! shows next. What goes is the content; the custody log keeps a record that
//! it existed, when it went and why (see `vault/case/removals.rs`).

use time::OffsetDateTime;

use super::followup::{self, FollowUpView};
use super::requests::{self, CaseRequests};
use crate::error::CoreResult;
use crate::vault::{EvidenceRecord, ImageHashRecord, OpenCase, UrlRecord};

/// Images step: takes a fingerprint out (she added the wrong photo); the
/// fingerprints left.
pub fn remove_fingerprint(
    case: &mut OpenCase,
    id: i64,
    reason: Option<&str>,
) -> CoreResult<Vec<ImageHashRecord>> {
    case.remove_image_hash(id, reason)?;
    case.image_hashes()
}

/// Takes an evidence file out (its encrypted file deleted); the evidence left.
pub fn remove_evidence(
    case: &mut OpenCase,
    id: i64,
    reason: Option<&str>,
) -> CoreResult<Vec<EvidenceRecord>> {
    case.remove_evidence(id, reason)?;
    case.evidence()
}

/// Corrects the note of an evidence file; the evidence.
pub fn set_evidence_note(
    case: &mut OpenCase,
    id: i64,
    note: Option<&str>,
) -> CoreResult<Vec<EvidenceRecord>> {
    case.set_evidence_note(id, note)?;
    case.evidence()
}

/// Links step, "Correct this link": the old link out, the corrected one in,
/// in one step; the links.
pub fn correct_link(case: &mut OpenCase, id: i64, corrected: &str) -> CoreResult<Vec<UrlRecord>> {
    case.correct_url(id, corrected)?;
    case.urls()
}

/// Requests step, "Not sent after all?": the request goes back to not sent
/// (offered again as a request to send); the requests.
pub fn undo_sent(
    case: &mut OpenCase,
    request_id: i64,
    reason: Option<&str>,
    now: OffsetDateTime,
) -> CoreResult<CaseRequests> {
    case.undo_request_sent(request_id, reason)?;
    requests::requests(case, now)
}

/// Follow-up step: takes a ticket number typed wrong out of a request.
pub fn remove_ticket(
    case: &mut OpenCase,
    request_id: i64,
    ticket: &str,
    reason: Option<&str>,
    now: OffsetDateTime,
) -> CoreResult<FollowUpView> {
    case.remove_ticket(request_id, ticket, reason)?;
    followup::follow_up(case, now)
}

/// Follow-up step: corrects a ticket number typed wrong.
pub fn correct_ticket(
    case: &mut OpenCase,
    request_id: i64,
    old: &str,
    new: &str,
    now: OffsetDateTime,
) -> CoreResult<FollowUpView> {
    case.correct_ticket(request_id, old, new)?;
    followup::follow_up(case, now)
}

#[cfg(test)]
mod tests;
