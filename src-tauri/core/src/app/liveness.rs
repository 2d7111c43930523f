//! "Is it still online?": the liveness check of the case's links, only when
//! the person asks, and what is recorded of it. A check that could not tell
//! (offline, blocked, 403, 5xx) is recorded as not checked, never as gone or
//! unreachable.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::CoreResult;
use crate::net::{check_url, LivenessResult, Net};
use crate::vault::{OpenCase, UrlRecord, UrlStatus};

/// What a liveness check found, in the words the screen uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Liveness {
    StillOnline,
    Gone,
    CouldNotTell,
}

/// The result of checking one URL of the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UrlCheck {
    #[ts(type = "number")]
    pub url_id: i64,
    pub url: String,
    pub liveness: Liveness,
    /// The status recorded for the URL.
    pub status: UrlStatus,
    #[ts(optional)]
    pub http_status: Option<u16>,
    pub checked_at: String,
}

/// The URL status to record for a check, given the last status a check could
/// tell: online again after it was removed is `came_back`; a check that could
/// not tell is `not_checked`, never "gone" or "unreachable".
pub fn url_status_for(
    result: &LivenessResult,
    previous: Option<UrlStatus>,
) -> (Liveness, UrlStatus) {
    match result.online {
        Some(true) if previous == Some(UrlStatus::Removed) => {
            (Liveness::StillOnline, UrlStatus::CameBack)
        }
        Some(true) => (Liveness::StillOnline, UrlStatus::Online),
        Some(false) => (Liveness::Gone, UrlStatus::Removed),
        None => (Liveness::CouldNotTell, UrlStatus::NotChecked),
    }
}

/// A note kept with the recorded status: the HTTP status or the error kind, never
/// anything of the page.
fn check_note(result: &LivenessResult) -> String {
    match (&result.status, &result.error) {
        (Some(status), _) => format!("liveness check: HTTP {status}"),
        (None, Some(err)) => format!("liveness check: {}", err.kind.code()),
        (None, None) => "liveness check".to_string(),
    }
}

/// Checks each URL (only ever when the person asks): a HEAD request or a
/// one-byte ranged GET through `net`; no image, and nothing derived from one, is sent.
pub async fn check_urls(net: &Net, urls: &[UrlRecord]) -> Vec<(i64, LivenessResult)> {
    let mut out = Vec::with_capacity(urls.len());
    for url in urls {
        out.push((url.id, check_url(net, &url.original).await));
    }
    out
}

/// Records the results of [`check_urls`] in the case; what the screen shows.
pub fn record_checks(
    case: &mut OpenCase,
    results: &[(i64, LivenessResult)],
) -> CoreResult<Vec<UrlCheck>> {
    let urls = case.urls()?;
    let mut out = Vec::new();
    for (id, result) in results {
        let Some(url) = urls.iter().find(|u| u.id == *id) else {
            continue;
        };
        // A check that could not tell says nothing: "came back" is judged
        // against the last one that could.
        let previous = url
            .history
            .iter()
            .rev()
            .map(|e| e.status)
            .find(|s| s.is_conclusive());
        let (liveness, status) = url_status_for(result, previous);
        case.set_url_status(*id, status, Some(&check_note(result)))?;
        out.push(UrlCheck {
            url_id: *id,
            url: url.original.clone(),
            liveness,
            status,
            http_status: result.status,
            checked_at: result.checked_at.clone(),
        });
    }
    Ok(out)
}
