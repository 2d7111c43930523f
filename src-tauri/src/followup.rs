//! "Follow-up": every recorded request with its status, deadline and next step;
//! status changes (each kept with its time); and, only when the person asks,
//! whether each link of the case is still online.

use reclaim_core::app::followup as step;
use reclaim_core::app::followup::{FollowUpView, UrlCheck};
use reclaim_core::model::RequestStatus;
use reclaim_core::net::{Net, NetConfig};
use tauri::State;
use time::OffsetDateTime;

use crate::cases::Cases;
use crate::error::AppResult;

/// Every service of the open case: the requests sent (most urgent first)
/// and the services not asked yet.
#[tauri::command]
pub fn follow_up(cases: State<'_, Cases>) -> AppResult<FollowUpView> {
    cases.with_open(|case| step::follow_up(case, OffsetDateTime::now_utc()))
}

/// Moves a request to a new status (as the rules allow), with an optional ticket number.
#[tauri::command]
pub fn change_request_status(
    cases: State<'_, Cases>,
    workspaces: State<'_, crate::workspace::Workspaces>,
    request_id: i64,
    status: RequestStatus,
    ticket: Option<String>,
) -> AppResult<FollowUpView> {
    cases.with_open(|case| {
        let view = step::change_status(
            case,
            request_id,
            status,
            ticket.as_deref(),
            OffsetDateTime::now_utc(),
        )?;
        workspaces.note(case, false);
        Ok(view)
    })
}

/// Keeps a ticket or reference number the platform gave.
#[tauri::command]
pub fn add_request_ticket(
    cases: State<'_, Cases>,
    request_id: i64,
    ticket: String,
) -> AppResult<FollowUpView> {
    cases.with_open(|case| step::add_ticket(case, request_id, &ticket, OffsetDateTime::now_utc()))
}

/// "Is it still online?": checks each link of the case with the app's guarded
/// client (no loopback or private addresses, strict timeouts, no cookies, body
/// never read) and records what was found. The case is not held while waiting.
#[tauri::command]
pub async fn check_online(cases: State<'_, Cases>) -> AppResult<Vec<UrlCheck>> {
    let urls = cases.with_open(|case| case.urls())?;
    let net = Net::new(NetConfig::default())?;
    let results = step::check_urls(&net, &urls).await;
    cases.with_open(|case| step::record_checks(case, &results))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::tests::{app, counting_loopback_server, invoke, open_new_case, window, APP_ORIGIN};

    #[test]
    fn the_app_check_never_reaches_the_persons_own_network() {
        // A real server on 127.0.0.1 answering 200: the app's client must refuse
        // it (SSRF guard) and say it could not tell; the loopback server is
        // reachable only in reclaim-core's tests, where the guard exempts it.
        let (port, hits) = counting_loopback_server();
        let app = app();
        let main = window(&app, "main");
        open_new_case(&main, "liveness");
        invoke(
            &main,
            APP_ORIGIN,
            "save_links",
            json!({"text": format!("http://127.0.0.1:{port}/photo")}),
        )
        .unwrap();
        let checks = invoke(&main, APP_ORIGIN, "check_online", json!({})).unwrap();
        let mine = checks
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["url"].as_str().unwrap().contains(&port.to_string()))
            .unwrap_or_else(|| panic!("{checks}"));
        assert_eq!(mine["liveness"], "could_not_tell");
        // Refused by the guard: not checked, never "unreachable" or "gone".
        assert_eq!(mine["status"], "not_checked");
        assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 0);
    }
}
