//! "Keep a copy of this page as evidence" (issue 19 item 5), asked for one
//! link at a time after a warning that the site sees her IP address. One
//! `GET` through the app's network guard: no script, no image, nothing shown.
//! The case is not held while the page is fetched.

use reclaim_core::app::capture::{self, CapturedPage};
use reclaim_core::net::{self, Net, NetConfig};
use reclaim_core::vault::PageCapture;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::cases::Cases;
use crate::error::AppResult;

/// Captures the case's link `url_id` and keeps it; refused for a minor's case
/// before anything is sent. Time-stamped after when she asked for it.
#[tauri::command]
pub async fn capture_link<R: Runtime>(app: AppHandle<R>, url_id: i64) -> AppResult<CapturedPage> {
    let cases = app.state::<Cases>();
    let (code, url) = cases.with_open(|case| {
        Ok((
            case.code().to_owned(),
            capture::address_to_capture(case, url_id)?,
        ))
    })?;
    let net = Net::new(NetConfig::default())?;
    let fetched = net::capture_page(&net, &url).await?;
    let kept = cases.with_open(|case| {
        if case.code() != code {
            return Err(reclaim_core::CoreError::new(
                reclaim_core::ErrorKind::Locked,
                "the case was closed while the page was fetched; nothing was kept",
            ));
        }
        capture::keep_capture(case, Some(url_id), &fetched)
    })?;
    let time_stamp = crate::time_stamps::time_stamp_now(&app).await;
    Ok(CapturedPage {
        capture: kept,
        time_stamp,
    })
}

/// The pages kept as evidence in the open case, oldest first.
#[tauri::command]
pub fn page_captures(cases: State<'_, Cases>) -> AppResult<Vec<PageCapture>> {
    cases.with_open(|case| case.page_captures())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::tests::{app, counting_loopback_server, invoke, open_new_case, window, APP_ORIGIN};

    #[test]
    fn a_capture_in_the_app_never_reaches_the_persons_own_network() {
        let (port, hits) = counting_loopback_server();
        let app = app();
        let main = window(&app, "main");
        open_new_case(&main, "capture");
        let links = invoke(
            &main,
            APP_ORIGIN,
            "save_links",
            json!({"text": format!("http://127.0.0.1:{port}/post")}),
        )
        .unwrap();
        let id = links["links"][0]["id"].clone();
        let err = invoke(&main, APP_ORIGIN, "capture_link", json!({"urlId": id})).unwrap_err();
        assert_eq!(err["kind"], "address_refused", "{err}");
        assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 0);
        let kept = invoke(&main, APP_ORIGIN, "page_captures", json!({})).unwrap();
        assert_eq!(kept, json!([]));
    }
}
