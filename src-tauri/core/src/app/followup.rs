//! Step "Follow-up": the status of each request sent, its deadline and the
//! next step; "is it still online?" only when the person asks.

use time::OffsetDateTime;

use super::case_requests;
pub use super::case_requests::{FollowUpItem, UrlCheck};
use crate::error::CoreResult;
use crate::model::RequestStatus;
use crate::vault::OpenCase;

/// Every request sent, with its status, deadline and next step.
pub fn follow_up(case: &mut OpenCase, now: OffsetDateTime) -> CoreResult<Vec<FollowUpItem>> {
    case_requests::follow_up(&case.snapshot()?, now)
}

/// Moves a request to `status` (only where the status may follow), with the
/// platform's ticket number if one came.
pub fn change_status(
    case: &mut OpenCase,
    request_id: i64,
    status: RequestStatus,
    ticket: Option<&str>,
    now: OffsetDateTime,
) -> CoreResult<Vec<FollowUpItem>> {
    case_requests::change_status(case, request_id, status, ticket, now)?;
    follow_up(case, now)
}

/// Keeps a ticket number the platform gave.
pub fn add_ticket(
    case: &mut OpenCase,
    request_id: i64,
    ticket: &str,
    now: OffsetDateTime,
) -> CoreResult<Vec<FollowUpItem>> {
    case.add_ticket(request_id, ticket.trim())?;
    follow_up(case, now)
}

/// "Is it still online?" — only when the person asks, through the network
/// guard: [`check_urls`] with the case's links (`OpenCase::urls`, the case may
/// be unlocked meanwhile), then [`record_checks`] into the case.
pub use super::case_requests::{check_urls, record_checks};
