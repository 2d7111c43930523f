//! `reclaim-cli case capture CASE (--link ID | --url URL) [--proxy URL]`:
//! keeps a copy of one page as evidence (issue 19 item 5), never
//! automatically. One `GET`, no script run, no image or other part loaded;
//! refused for a minor's case; time-stamped after when the case asks for it.

use clap::Args;
use reclaim_core::app::capture;
use reclaim_core::vault::OpenCase;
use reclaim_core::CoreError;
use serde_json::{json, Value};

use super::case_anchor::{block_on, NetArgs};

/// Which page to keep.
#[derive(Debug, Clone, Args)]
pub struct CaptureArgs {
    /// The link's id in the case (from `show` or `add-url`).
    #[arg(long, conflicts_with = "url", required_unless_present = "url")]
    pub link: Option<i64>,
    /// An address; when it is one of the case's links, the capture is tied to it.
    #[arg(long)]
    pub url: Option<String>,
    #[command(flatten)]
    pub net: NetArgs,
}

/// What she is told each time: what the site sees, what is and is not kept.
const WHAT_THE_SITE_SEES: &str = "The site saw this computer's IP address (or the proxy's, with --proxy). Only the page's text was fetched: no script was run, no image was loaded, nothing was shown; a picture is never kept, only its SHA-256.";

/// `case capture`.
pub fn capture(case: &mut OpenCase, args: CaptureArgs) -> Result<Value, CoreError> {
    let (url_id, url) = match (args.link, args.url) {
        (Some(id), _) => (Some(id), capture::address_to_capture(case, id)?),
        (None, Some(url)) => {
            let link = case
                .urls()?
                .into_iter()
                .find(|u| u.original == url || u.normalised.as_deref() == Some(url.as_str()));
            (link.map(|l| l.id), url)
        }
        (None, None) => return Err(CoreError::invalid_input("give --link ID or --url URL")),
    };
    let net = args.net.net()?;
    let kept = block_on(capture::capture_page(case, &net, url_id, &url, &[]))??;
    let mut line = json!({ "capture": kept.capture, "what_the_site_saw": WHAT_THE_SITE_SEES });
    if let Some(stamp) = kept.time_stamp {
        line["time_stamp"] = json!(stamp);
    }
    Ok(line)
}
