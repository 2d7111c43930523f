//! "Keep a copy of this page as evidence" (issue 19 item 5), and the
//! time-stamp that follows each record (item 2).
//!
//! A capture is asked for one link at a time, never automatically, and is
//! refused in a minor's case before anything is sent. The page is fetched
//! with [`net::capture_page`] (one `GET`, no script, no image, through the
//! guard and her proxy), kept in the case ([`OpenCase::add_page_capture`]),
//! and, when she turned time-stamping on, the custody log is time-stamped
//! right after. The steps are apart so the desktop app can fetch and
//! time-stamp without holding the case while it waits for the network.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::CoreResult;
use crate::net::{self, Net, PageFetch};
use crate::report::{self, AnchorJob, AnchorReply};
use crate::vault::{minor_refused_for_pages, CustodyAnchor, NewPageCapture, OpenCase, PageCapture};
use crate::CoreError;

/// What the person is told after a record when time-stamping is on: the
/// time-stamp made, or why it could not be (quietly: the record is kept, and
/// the next time-stamp covers it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TimeStampNotice {
    /// The authority's name and time, when the time-stamp was made.
    pub tsa: Option<String>,
    pub gen_time: Option<String>,
    /// Why it could not be made this time.
    pub error: Option<CoreError>,
}

impl TimeStampNotice {
    fn of(result: CoreResult<CustodyAnchor>) -> Self {
        match result {
            Ok(anchor) => Self {
                tsa: Some(anchor.tsa),
                gen_time: Some(anchor.gen_time),
                error: None,
            },
            Err(err) => Self {
                tsa: None,
                gen_time: None,
                error: Some(err),
            },
        }
    }
}

/// A page kept, and its time-stamp when one was asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CapturedPage {
    pub capture: PageCapture,
    pub time_stamp: Option<TimeStampNotice>,
}

/// Refuses a capture in a minor's case (before anything is sent), and
/// gives the address of the case's link `url_id`.
pub fn address_to_capture(case: &OpenCase, url_id: i64) -> CoreResult<String> {
    if case.info()?.stores_no_pictures() {
        return Err(minor_refused_for_pages());
    }
    case.urls()?
        .into_iter()
        .find(|u| u.id == url_id)
        .map(|u| u.normalised.unwrap_or(u.original))
        .ok_or_else(|| CoreError::new(crate::ErrorKind::NotFound, "no such link in this case"))
}

/// Keeps what [`net::capture_page`] fetched in the case.
pub fn keep_capture(
    case: &mut OpenCase,
    url_id: Option<i64>,
    fetched: &PageFetch,
) -> CoreResult<PageCapture> {
    let r = &fetched.record;
    let record_json = serde_json::to_vec_pretty(r)
        .map_err(|e| CoreError::internal(format!("capture record: {e}")))?;
    case.add_page_capture(
        &NewPageCapture {
            url_id,
            url: r.url.clone(),
            final_url: r.final_url.clone(),
            status: r.status,
            server_ip: r.server_ip.clone(),
            body_sha256: r.body_sha256.clone(),
            body_size: r.body_size,
            body_kept: r.body_kept,
            truncated: r.truncated,
            captured_at: r.captured_at.clone(),
        },
        &record_json,
        fetched.body.as_deref(),
    )
}

/// Captures the case's link `url_id` (or, with `url_id` `None`, the address
/// `url`), keeps it and time-stamps it when asked. `extra_roots`: TLS roots
/// to trust besides the system's (only tests give any).
pub async fn capture_page(
    case: &mut OpenCase,
    net: &Net,
    url_id: Option<i64>,
    url: &str,
    extra_roots: &[Vec<u8>],
) -> CoreResult<CapturedPage> {
    if case.info()?.stores_no_pictures() {
        return Err(minor_refused_for_pages());
    }
    let fetched = net::capture_page_trusting(net, url, extra_roots).await?;
    let capture = keep_capture(case, url_id, &fetched)?;
    let time_stamp = time_stamp_after_record(case, net).await;
    Ok(CapturedPage {
        capture,
        time_stamp,
    })
}

/// After a record: the time-stamp the person asked for (`None` when
/// time-stamping is off and nothing was sent).
pub async fn time_stamp_after_record(case: &mut OpenCase, net: &Net) -> Option<TimeStampNotice> {
    let job = match report::anchor_job_if_asked(case) {
        Ok(job) => job?,
        Err(err) => return Some(TimeStampNotice::of(Err(err))),
    };
    let reply = ask(net, &job).await;
    Some(keep(case, &job, reply))
}

/// The time-stamp due after a record, if the person turned time-stamping on.
pub fn time_stamp_due(case: &OpenCase) -> CoreResult<Option<AnchorJob>> {
    report::anchor_job_if_asked(case)
}

/// Asks the authority (no case held).
pub async fn ask(net: &Net, job: &AnchorJob) -> CoreResult<AnchorReply> {
    report::ask_for_anchor(net, job, &[]).await
}

/// Keeps the reply, or turns the failure into a quiet notice.
pub fn keep(
    case: &mut OpenCase,
    job: &AnchorJob,
    reply: CoreResult<AnchorReply>,
) -> TimeStampNotice {
    TimeStampNotice::of(reply.and_then(|reply| report::keep_anchor(case, job, reply)))
}
