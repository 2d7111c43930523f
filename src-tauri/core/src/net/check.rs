//! "Is it still online?", only on request: a HEAD request, falling back to a
//! one-byte ranged GET; the body is never read or stored; redirects recorded.

use reqwest::Method;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::client::{Body, Net, RedirectHop};
use crate::model::timestamp::now_utc;
use crate::{urls, CoreError};

/// The result of one liveness check, kept for the follow-up step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LivenessResult {
    pub url: String,
    /// HTTP status of the last answer.
    pub status: Option<u16>,
    /// Where the redirects led.
    pub final_url: Option<String>,
    pub redirects: Vec<RedirectHop>,
    /// `true` for 2xx, `false` for 404/410 (gone), `None` when it cannot be told
    /// (e.g. 403 or 5xx, or an error).
    pub online: Option<bool>,
    /// Catalogue id of a CDN the answer came through (`cloudflare`, from its
    /// `server` / `cf-ray` headers): reports then go to it, see `net::whois`.
    pub cdn: Option<String>,
    /// When the check was made, UTC (RFC 3339).
    pub checked_at: String,
    #[ts(type = "number")]
    pub elapsed_ms: u64,
    pub error: Option<CoreError>,
}

/// Checks whether a URL still answers. Never reads the body.
pub async fn check_url(net: &Net, input: &str) -> LivenessResult {
    let checked_at = now_utc();
    let mut result = LivenessResult {
        url: input.to_owned(),
        status: None,
        final_url: None,
        redirects: Vec::new(),
        online: None,
        cdn: None,
        checked_at,
        elapsed_ms: 0,
        error: None,
    };
    let item = urls::classify_one(input);
    let url = match (item.error, item.url) {
        (None, Some(url)) => url,
        (Some(err), _) => {
            result.error = Some(err.into());
            return result;
        }
        (None, None) => return result,
    };
    let mut fetched = net.fetch(Method::HEAD, &url, &[], Body::Skip).await;
    // Some servers refuse HEAD: ask for one byte where the redirects led, and
    // drop the answer unread.
    if let Ok(head) = &fetched {
        if matches!(head.status.as_u16(), 403 | 405 | 501) {
            let earlier = head.redirects.clone();
            let started = head.elapsed;
            fetched = net
                .fetch(
                    Method::GET,
                    &head.final_url,
                    &[("range", "bytes=0-0")],
                    Body::Skip,
                )
                .await
                .map(|mut get| {
                    let mut hops = earlier;
                    hops.append(&mut get.redirects);
                    get.redirects = hops;
                    get.elapsed += started;
                    get
                });
        }
    }
    match fetched {
        Ok(f) => {
            let status = f.status.as_u16();
            result.status = Some(status);
            result.final_url = Some(f.final_url);
            result.redirects = f.redirects;
            result.elapsed_ms = f.elapsed.as_millis() as u64;
            if f.cf_ray || f.server_header.as_deref() == Some("cloudflare") {
                result.cdn = Some("cloudflare".to_owned());
            }
            result.online = match status {
                200..=299 => Some(true),
                404 | 410 => Some(false),
                _ => None,
            };
        }
        Err(err) => result.error = Some(err),
    }
    result
}
