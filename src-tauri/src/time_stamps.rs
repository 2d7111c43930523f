//! "Time-stamp my records" (issue 19 item 2) in the desktop app: the case
//! setting (off by default, an authority from Reclaim's list), and the
//! time-stamp made after each record (a link, a screenshot, a request sent,
//! a page kept).
//!
//! The time-stamp runs in the background once the record is kept, without
//! holding the case while it waits for the authority: only the SHA-256 of
//! the custody log's newest entry leaves, through the network guard, and
//! only when she turned it on. A failure loses nothing: the record stays,
//! the settings section shows a quiet notice, and the next record's
//! time-stamp covers this one too.

use std::sync::atomic::Ordering;
use std::sync::Mutex;

use reclaim_core::app::capture::{self, TimeStampNotice};
use reclaim_core::net::{Net, NetConfig};
use reclaim_core::report::{self, TimeStampAuthority};
use reclaim_core::vault::TimeStampingChoice;
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use ts_rs::TS;

use crate::cases::Cases;
use crate::error::AppResult;

/// The last time-stamp's outcome, per case code (shown in the settings),
/// and whether one is being asked for (records made meanwhile wait for the
/// next one rather than sending a second request for the same entries).
#[derive(Default)]
pub struct TimeStamps {
    last: Mutex<Option<(String, TimeStampNotice)>>,
    asking: std::sync::atomic::AtomicBool,
}

/// What the settings section shows.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TimeStampingSettings {
    /// The authority chosen, `None` when time-stamping is off.
    pub choice: Option<TimeStampingChoice>,
    /// The authorities offered (which are free, where their address comes from).
    pub authorities: Vec<TimeStampAuthority>,
    /// How the last time-stamp of this case went, since the app started.
    pub last: Option<TimeStampNotice>,
}

fn settings(cases: &Cases, stamps: &TimeStamps) -> AppResult<TimeStampingSettings> {
    let (code, choice) =
        cases.with_open(|case| Ok((case.code().to_owned(), case.time_stamping()?)))?;
    let last = stamps
        .last
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone()
        .filter(|(of, _)| *of == code)
        .map(|(_, notice)| notice);
    Ok(TimeStampingSettings {
        choice,
        authorities: report::time_stamp_authorities(),
        last,
    })
}

/// The open case's time-stamping setting and the authorities offered.
#[tauri::command]
pub fn time_stamping(
    cases: State<'_, Cases>,
    stamps: State<'_, TimeStamps>,
) -> AppResult<TimeStampingSettings> {
    settings(&cases, &stamps)
}

/// Turns time-stamping on with the authority `tsa_id` from the list, or off
/// (`None`). Nothing is sent now: the next record's time-stamp covers
/// everything recorded before it.
#[tauri::command]
pub fn set_time_stamping(
    cases: State<'_, Cases>,
    stamps: State<'_, TimeStamps>,
    tsa_id: Option<String>,
) -> AppResult<TimeStampingSettings> {
    let choice = match tsa_id {
        Some(id) => {
            // Only an authority of the list: the page cannot name an address.
            let chosen = report::time_stamp_authorities()
                .into_iter()
                .find(|a| a.id == id)
                .ok_or_else(|| {
                    reclaim_core::CoreError::invalid_input("no such time-stamp authority")
                })?;
            Some(TimeStampingChoice {
                tsa_id: chosen.id,
                tsa_url: chosen.url,
            })
        }
        None => None,
    };
    cases.with_open(|case| case.set_time_stamping(choice.as_ref()))?;
    settings(&cases, &stamps)
}

/// After a record: time-stamps the case in the background when she asked
/// for it (nothing is sent otherwise).
pub fn after_record<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        time_stamp_now(&app).await;
    });
}

/// The time-stamp due, asked for without holding the case, then kept in the
/// same case (if another was opened meanwhile, nothing is kept: its next
/// record is time-stamped instead).
pub async fn time_stamp_now<R: Runtime>(app: &AppHandle<R>) -> Option<TimeStampNotice> {
    let stamps = app.state::<TimeStamps>();
    if stamps.asking.swap(true, Ordering::SeqCst) {
        return None;
    }
    let notice = ask_and_keep(app).await;
    stamps.asking.store(false, Ordering::SeqCst);
    notice
}

async fn ask_and_keep<R: Runtime>(app: &AppHandle<R>) -> Option<TimeStampNotice> {
    let cases = app.state::<Cases>();
    let (code, job) = cases
        .with_open(|case| Ok((case.code().to_owned(), capture::time_stamp_due(case)?)))
        .ok()?;
    let job = job?;
    let reply = match Net::new(NetConfig::default()) {
        Ok(net) => capture::ask(&net, &job).await,
        Err(err) => Err(err),
    };
    let notice = cases
        .with_open(|case| Ok((case.code() == code).then(|| capture::keep(case, &job, reply))))
        .ok()??;
    *app.state::<TimeStamps>()
        .last
        .lock()
        .unwrap_or_else(|e| e.into_inner()) = Some((code, notice.clone()));
    Some(notice)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::tests::{app, invoke, open_new_case, window, APP_ORIGIN};

    #[test]
    fn time_stamping_is_off_by_default_and_only_an_authority_of_the_list_is_taken() {
        let app = app();
        let main = window(&app, "main");
        open_new_case(&main, "time-stamps");
        let shown = invoke(&main, APP_ORIGIN, "time_stamping", json!({})).unwrap();
        assert_eq!(shown["choice"], serde_json::Value::Null);
        let authorities = shown["authorities"].as_array().unwrap();
        assert!(authorities.iter().any(|a| a["free"] == true));
        let err = invoke(
            &main,
            APP_ORIGIN,
            "set_time_stamping",
            json!({"tsaId": "http://127.0.0.1:9/tsa"}),
        )
        .unwrap_err();
        assert_eq!(err["kind"], "invalid_input");
        let on = invoke(
            &main,
            APP_ORIGIN,
            "set_time_stamping",
            json!({"tsaId": "sectigo"}),
        )
        .unwrap();
        assert_eq!(on["choice"]["tsa_id"], "sectigo");
        let off = invoke(
            &main,
            APP_ORIGIN,
            "set_time_stamping",
            json!({"tsaId": null}),
        )
        .unwrap();
        assert_eq!(off["choice"], serde_json::Value::Null);
    }
}
