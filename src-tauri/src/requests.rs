//! "Requests": one request per platform, written by `reclaim-core` from what the
//! open case holds; "mark as sent" keeps it in the case. The form or e-mail
//! program is opened from Rust, and only for an address the app wrote itself
//! (the webview has no opener permission and names the request, not a URL).

use reclaim_core::app::requests::{self as step, ContactUpdate, OpenTarget};
use reclaim_core::app::requests::{CaseRequests, RequestsProgress};
use reclaim_core::model::Language;
use reclaim_core::requests::RequestChannel;
use reclaim_core::CoreError;
use reclaim_core::ErrorKind;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_opener::OpenerExt;
use time::OffsetDateTime;

use crate::cases::Cases;
use crate::error::AppResult;

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// The open case's requests, each with what was recorded of it.
#[tauri::command]
pub fn case_requests(cases: State<'_, Cases>) -> AppResult<CaseRequests> {
    cases.with_open(|case| step::requests(case, now()))
}

/// How many of the case's services were sent a request ("2 of 6 sent" in
/// the step list), counted by the core as the Requests checklist counts them.
#[tauri::command]
pub fn requests_progress(cases: State<'_, Cases>) -> AppResult<RequestsProgress> {
    cases.with_open(|case| step::requests_progress(case, now()))
}

/// Adds or corrects the contact details requests need; empty fields leave the
/// stored value unchanged.
#[tauri::command]
pub fn update_contact(
    cases: State<'_, Cases>,
    name: Option<String>,
    email: Option<String>,
    country: Option<String>,
) -> AppResult<CaseRequests> {
    let update = ContactUpdate {
        name,
        email,
        country,
    };
    cases.with_open(|case| step::update_contact(case, &update, now()))
}

/// The person sent this request: it is kept in the case (and time-stamped
/// after, in the background, when she asked for it).
#[tauri::command]
pub fn mark_request_sent<R: Runtime>(
    app: AppHandle<R>,
    cases: State<'_, Cases>,
    platform: String,
    channel: RequestChannel,
    ticket: Option<String>,
) -> AppResult<CaseRequests> {
    let kept = cases
        .with_open(|case| step::mark_sent(case, &platform, &channel, ticket.as_deref(), now()))?;
    crate::workspace::note_open_case(&app, false);
    crate::time_stamps::after_record(&app);
    Ok(kept)
}

/// Chooses the language of the requests to one service (kept in the case);
/// `null` goes back to the service's own rules, then the case's language.
#[tauri::command]
pub fn set_request_language(
    cases: State<'_, Cases>,
    platform: String,
    platform_name: String,
    language: Option<Language>,
) -> AppResult<CaseRequests> {
    cases.with_open(|case| {
        step::set_request_language(case, &platform, &platform_name, language, now())
    })
}

/// Debug builds under test (`RECLAIM_TEST_NO_BROWSER` set) keep what would have
/// been opened here instead of starting a browser. Release builds never read it.
#[cfg(debug_assertions)]
pub static TEST_OPENED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Opens the web form or the e-mail draft of a request in the default browser or
/// e-mail program. The screen has warned about the browser's history first.
#[tauri::command]
pub fn open_request<R: Runtime>(
    app: AppHandle<R>,
    cases: State<'_, Cases>,
    platform: String,
    channel: RequestChannel,
    target: OpenTarget,
) -> AppResult<()> {
    let address =
        cases.with_open(|case| step::address_to_open(case, &platform, &channel, target, now()))?;
    open_in_browser(&app, address)
}

/// Opens an address the app wrote itself in the default browser or e-mail
/// program (never one the page names).
pub(crate) fn open_in_browser<R: Runtime>(app: &AppHandle<R>, address: String) -> AppResult<()> {
    #[cfg(debug_assertions)]
    if std::env::var_os("RECLAIM_TEST_NO_BROWSER").is_some() {
        TEST_OPENED
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(address);
        return Ok(());
    }
    app.opener()
        .open_url(address, None::<&str>)
        .map_err(|e| CoreError::new(ErrorKind::Io, format!("could not open: {e}")))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::tests::{app, invoke, open_new_case, window, APP_ORIGIN};

    fn card<'a>(view: &'a Value, platform: &str) -> &'a Value {
        view["requests"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["request"]["platform"] == platform)
            .unwrap_or_else(|| panic!("no request for {platform}: {view}"))
    }

    #[test]
    fn links_become_requests_one_is_marked_sent_and_shows_in_follow_up() {
        let app = app();
        let main = window(&app, "main");
        open_new_case(&main, "requests");
        invoke(
            &main,
            APP_ORIGIN,
            "save_links",
            json!({"text": "https://x.com/someone/status/1234567890\nhttps://www.reddit.com/r/pics/comments/abc123/title/"}),
        )
        .unwrap();
        let view = invoke(&main, APP_ORIGIN, "case_requests", json!({})).unwrap();
        assert_eq!(view["missing"], json!(["name", "email"]), "said plainly");
        assert!(view["requests"].as_array().unwrap().is_empty());
        let bad = invoke(
            &main,
            APP_ORIGIN,
            "update_contact",
            json!({"name": "Alex Example", "email": "alex at example"}),
        );
        assert!(bad.is_err(), "a wrong address is refused");
        invoke(
            &main,
            APP_ORIGIN,
            "update_contact",
            json!({"name": "Alex Example", "email": "alex@example.org", "country": null}),
        )
        .unwrap();
        let view = invoke(&main, APP_ORIGIN, "case_requests", json!({})).unwrap();
        assert!(view["missing"].as_array().unwrap().is_empty(), "{view}");
        let x = card(&view, "x")["request"].clone();
        card(&view, "reddit");
        assert!(card(&view, "x")["recorded"].is_null());

        // A channel the app did not write is refused.
        let forged = invoke(
            &main,
            APP_ORIGIN,
            "mark_request_sent",
            json!({"platform": "x", "channel": {"type": "form", "url": "https://evil.example/"}}),
        )
        .unwrap_err();
        assert_eq!(forged["kind"], "not_found");

        let view = invoke(
            &main,
            APP_ORIGIN,
            "mark_request_sent",
            json!({"platform": "x", "channel": x["channel"], "ticket": "T-1"}),
        )
        .unwrap();
        assert_eq!(card(&view, "x")["recorded"]["status"], "sent");
        let again = invoke(
            &main,
            APP_ORIGIN,
            "mark_request_sent",
            json!({"platform": "x", "channel": x["channel"]}),
        );
        assert!(again.is_err(), "no duplicate");

        let view = invoke(&main, APP_ORIGIN, "follow_up", json!({})).unwrap();
        let items = view["items"].as_array().unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0]["platform"], "x");
        assert_eq!(items[0]["status"], "sent");
        assert_eq!(items[0]["tickets"], json!(["T-1"]));
        assert!(items[0]["deadline"].is_string());
        assert_eq!(items[0]["overdue"], false);

        let id = items[0]["id"].clone();
        let view = invoke(
            &main,
            APP_ORIGIN,
            "change_request_status",
            json!({"requestId": id, "status": "removed"}),
        )
        .unwrap();
        assert_eq!(view["items"][0]["status"], "removed");
        let refused = invoke(
            &main,
            APP_ORIGIN,
            "change_request_status",
            json!({"requestId": id, "status": "draft"}),
        )
        .unwrap_err();
        assert_eq!(refused["kind"], "invalid_input");
    }

    #[test]
    fn only_addresses_the_app_wrote_are_opened() {
        std::env::set_var("RECLAIM_TEST_NO_BROWSER", "1");
        let app = app();
        let main = window(&app, "main");
        open_new_case(&main, "requests");
        invoke(
            &main,
            APP_ORIGIN,
            "update_contact",
            json!({"name": "Alex Example", "email": "alex@example.org", "country": "BE"}),
        )
        .unwrap();
        invoke(
            &main,
            APP_ORIGIN,
            "save_links",
            json!({"text": "https://www.reddit.com/r/pics/comments/abc123/title/"}),
        )
        .unwrap();
        let view = invoke(&main, APP_ORIGIN, "case_requests", json!({})).unwrap();
        let form = view["requests"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| &p["request"])
            .find(|r| r["channel"]["type"] == "form")
            .expect("a web form for reddit")
            .clone();
        invoke(
            &main,
            APP_ORIGIN,
            "open_request",
            json!({"platform": form["platform"], "channel": form["channel"], "target": "form"}),
        )
        .unwrap();
        let opened = super::TEST_OPENED.lock().unwrap().clone();
        assert!(opened.contains(&form["channel"]["url"].as_str().unwrap().to_string()));

        let forged = invoke(
            &main,
            APP_ORIGIN,
            "open_request",
            json!({"platform": form["platform"], "channel": {"type": "form", "url": "https://evil.example/"}, "target": "form"}),
        );
        assert!(forged.is_err());
        assert!(!super::TEST_OPENED
            .lock()
            .unwrap()
            .iter()
            .any(|u| u.contains("evil.example")));
    }
}

/// A child's photos: the ready report for the country's hotline, with the case's
/// links only, in `lang` where the hotline takes it.
#[tauri::command]
pub fn hotline_report(
    cases: State<'_, Cases>,
    lang: String,
) -> AppResult<reclaim_core::requests::hotline::HotlineReport> {
    let language = reclaim_core::model::Language::from_code(&lang);
    cases.with_open(|case| reclaim_core::app::situations::hotline_report(case, language))
}
