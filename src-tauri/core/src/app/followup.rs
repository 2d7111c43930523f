//! Step "Follow-up": every service of the case, sent or not. The requests
//! sent come first where something must be done (late, refused, back
//! online), each with its deadline and next step; the services no request
//! was sent to yet follow, each with a way back to its request. "Is it
//! still online?" only when the person asks.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

use super::case_requests;
pub use super::case_requests::{FollowUpItem, NextStep, StepContact, UrlCheck};
use crate::error::CoreResult;
use crate::model::RequestStatus;
use crate::vault::{CaseSnapshot, OpenCase};

/// A service of the case no request was sent to yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NotSent {
    /// Catalogue id (`unknown` for a site the catalogue does not know).
    pub platform: String,
    pub platform_name: String,
    /// The case's links on it (none for a search engine, which delists the others).
    pub urls: Vec<String>,
}

/// What the Follow-up step shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FollowUpView {
    /// The requests sent, what needs her first (see [`urgency`]).
    pub items: Vec<FollowUpItem>,
    /// The services of the case not asked yet, in the order of the checklist.
    pub not_sent: Vec<NotSent>,
}

/// How soon a request needs her: late first, then refused, no answer or back
/// online (a next step is waiting), then those within their deadline, then
/// those removed.
pub fn urgency(item: &FollowUpItem) -> u8 {
    match item.status {
        _ if item.overdue => 0,
        RequestStatus::Refused | RequestStatus::NoAnswer | RequestStatus::CameBack => 1,
        RequestStatus::Removed => 3,
        _ => 2,
    }
}

/// Every service of the case: the requests sent (most urgent first, then by
/// deadline) and the services not asked yet.
pub fn follow_up(case: &mut OpenCase, now: OffsetDateTime) -> CoreResult<FollowUpView> {
    view(&case.snapshot()?, now)
}

fn view(snapshot: &CaseSnapshot, now: OffsetDateTime) -> CoreResult<FollowUpView> {
    let mut items = case_requests::follow_up(snapshot, now)?;
    items.sort_by(|a, b| {
        (urgency(a), &a.deadline)
            .cmp(&(urgency(b), &b.deadline))
            .then(a.id.cmp(&b.id))
    });
    // Sites the catalogue does not know all share the id `unknown`: one of
    // them counts as asked when a request sent covers one of its links.
    let sent_to = |platform: &str, urls: &[String]| {
        snapshot.requests.iter().any(|r| {
            r.platform == platform
                && r.history
                    .last()
                    .is_some_and(|e| e.status != RequestStatus::Draft)
                && (platform != "unknown"
                    || snapshot
                        .urls
                        .iter()
                        .any(|u| r.url_ids.contains(&u.id) && urls.contains(&u.original)))
        })
    };
    let mut not_sent: Vec<NotSent> = Vec::new();
    for (platform, platform_name, urls) in services(snapshot, now)? {
        if !sent_to(&platform, &urls) {
            not_sent.push(NotSent {
                platform,
                platform_name,
                urls,
            });
        }
    }
    Ok(FollowUpView { items, not_sent })
}

/// The services of the case with their links, in the order of the checklist:
/// from the requests written for it, or, while a contact detail is missing
/// and none can be written, from its links.
fn services(
    snapshot: &CaseSnapshot,
    now: OffsetDateTime,
) -> CoreResult<Vec<(String, String, Vec<String>)>> {
    let mut planned = case_requests::case_requests(snapshot, now)?.requests;
    super::requests::checklist_order(&mut planned);
    let mut out: Vec<(String, String, Vec<String>)> = Vec::new();
    let mut add = |platform: &str, name: &str, urls: &[String]| {
        let at = match out.iter().position(|(p, n, _)| p == platform && n == name) {
            Some(at) => at,
            None => {
                out.push((platform.to_owned(), name.to_owned(), Vec::new()));
                out.len() - 1
            }
        };
        for url in urls {
            if !out[at].2.contains(url) {
                out[at].2.push(url.clone());
            }
        }
    };
    if planned.is_empty() {
        for u in &snapshot.urls {
            let platform = u.platform.as_deref().unwrap_or("unknown");
            let name = match crate::platforms::by_id(platform) {
                Some(p) => p.name.clone(),
                None => url::Url::parse(&u.original)
                    .ok()
                    .and_then(|x| x.host_str().map(str::to_owned))
                    .unwrap_or_else(|| u.original.clone()),
            };
            add(platform, &name, std::slice::from_ref(&u.original));
        }
    } else {
        for p in &planned {
            // Which of the case's links it covers, as she pasted them.
            let urls: Vec<String> = snapshot
                .urls
                .iter()
                .filter(|u| {
                    crate::requests::case::checked_url(&u.original)
                        .is_ok_and(|(quoted, _)| p.request.urls.contains(&quoted))
                })
                .map(|u| u.original.clone())
                .collect();
            add(&p.request.platform, &p.request.platform_name, &urls);
        }
    }
    Ok(out)
}

/// Moves a request to `status` (only where the status may follow), with the
/// platform's ticket number if one came.
pub fn change_status(
    case: &mut OpenCase,
    request_id: i64,
    status: RequestStatus,
    ticket: Option<&str>,
    now: OffsetDateTime,
) -> CoreResult<FollowUpView> {
    case_requests::change_status(case, request_id, status, ticket, now)?;
    follow_up(case, now)
}

/// Keeps a ticket number the platform gave.
pub fn add_ticket(
    case: &mut OpenCase,
    request_id: i64,
    ticket: &str,
    now: OffsetDateTime,
) -> CoreResult<FollowUpView> {
    case.add_ticket(request_id, ticket.trim())?;
    follow_up(case, now)
}

/// "Is it still online?" — only when the person asks, through the network
/// guard: [`check_urls`] with the case's links (`OpenCase::urls`, the case may
/// be unlocked meanwhile), then [`record_checks`] into the case. A check that
/// could not tell is recorded as not checked.
pub use super::case_requests::{check_urls, record_checks};

#[cfg(test)]
mod tests;
