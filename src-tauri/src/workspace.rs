//! The counsellor's workspace (her private list of cases, `app::workspace`)
//! and where the person left off (`app::resume`): the shell keeps the open
//! workspace beside the open case and refreshes the case's entry when the
//! case is opened, locked, moves to another step or a request changes.
//!
//! The workspace key is forgotten (zeroed) at quick exit, which never waits
//! for it, and when the app locks itself after a while without activity.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::SystemTime;

use reclaim_core::app::workspace::{self, Workspace, WorkspaceList};
use reclaim_core::app::{resume, Step};
use reclaim_core::vault::{IdleTimer, KdfStrength, OpenCase, Vault, DEFAULT_IDLE_TIMEOUT};
use reclaim_core::{CoreError, ErrorKind};
use secrecy::SecretString;
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use ts_rs::TS;

use crate::cases::{off_main_thread, Cases};
use crate::error::AppResult;

/// The open workspace, if any, and its idle timer.
pub struct Workspaces {
    open: Mutex<Option<(Workspace, IdleTimer)>>,
    /// A quick exit asked for the workspace to be forgotten: whoever next
    /// gets hold of it drops it instead of using it.
    forget_pending: AtomicBool,
}

impl Default for Workspaces {
    fn default() -> Self {
        Self {
            open: Mutex::new(None),
            forget_pending: AtomicBool::new(false),
        }
    }
}

impl Workspaces {
    fn slot(&self) -> MutexGuard<'_, Option<(Workspace, IdleTimer)>> {
        let mut slot = self
            .open
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if self.forget_pending.swap(false, Ordering::SeqCst) {
            *slot = None;
        }
        slot
    }

    /// Forgets the workspace: its key and labels are zeroed as it is dropped.
    /// True when one was open.
    pub fn lock(&self) -> bool {
        self.slot().take().is_some()
    }

    /// Quick exit: forgets the workspace without waiting for anything that
    /// holds it (it is dropped by the next to get hold of it, or by a
    /// thread of its own at once).
    pub fn request_lock<R: Runtime>(&self, app: &AppHandle<R>) {
        self.forget_pending.store(true, Ordering::SeqCst);
        let app = app.clone();
        std::thread::spawn(move || {
            app.state::<Workspaces>().lock();
        });
    }

    /// Locks the workspace when it was not used for the idle time; true when it did.
    pub fn lock_if_idle(&self, now: SystemTime) -> bool {
        let mut slot = self.slot();
        if slot.as_ref().is_some_and(|(_, idle)| idle.expired_at(now)) {
            *slot = None;
            return true;
        }
        false
    }

    fn put(&self, workspace: Workspace) {
        *self.slot() = Some((workspace, IdleTimer::new(Some(DEFAULT_IDLE_TIMEOUT))));
    }

    fn with_open<T>(
        &self,
        action: impl FnOnce(&mut Workspace) -> reclaim_core::CoreResult<T>,
    ) -> AppResult<T> {
        let mut slot = self.slot();
        let (workspace, idle) = slot.as_mut().ok_or_else(locked)?;
        idle.touch();
        Ok(action(workspace)?)
    }

    /// Refreshes the open case's entry, when a workspace is open. The list is
    /// a convenience: a failure here never stops the work on the case.
    pub fn note(&self, case: &OpenCase, opened: bool) {
        let mut slot = self.slot();
        if let Some((workspace, idle)) = slot.as_mut() {
            idle.touch();
            let _ = workspace.note(case, time::OffsetDateTime::now_utc(), opened);
        }
    }
}

/// Refreshes the entry of the open case in the open workspace (if both are open).
pub fn note_open_case<R: Runtime>(app: &AppHandle<R>, opened: bool) {
    let (Some(cases), Some(workspaces)) = (app.try_state::<Cases>(), app.try_state::<Workspaces>())
    else {
        return;
    };
    let _ = cases.with_open(|case| {
        workspaces.note(case, opened);
        Ok(())
    });
}

fn locked() -> CoreError {
    CoreError::new(ErrorKind::Locked, "the list of cases is locked")
}

/// What the cases screen knows of the workspace.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct WorkspaceOverview {
    /// This computer has a workspace (locked or not).
    pub exists: bool,
    /// The list, while the workspace is open.
    pub list: Option<WorkspaceList>,
}

fn overview<R: Runtime>(
    app: &AppHandle<R>,
    workspaces: &Workspaces,
) -> AppResult<WorkspaceOverview> {
    let vault = app.state::<Cases>().inner().vault(app)?.clone();
    let list = match workspaces.slot().as_ref() {
        Some((workspace, _)) => Some(workspace.list(&vault)?),
        None => None,
    };
    Ok(WorkspaceOverview {
        exists: workspace::exists(&vault),
        list,
    })
}

/// Whether there is a workspace, and its list while it is open.
#[tauri::command]
pub fn workspace_overview<R: Runtime>(
    app: AppHandle<R>,
    workspaces: State<'_, Workspaces>,
) -> AppResult<WorkspaceOverview> {
    overview(&app, &workspaces)
}

/// Makes `make`'s workspace the open one and refreshes the open case's entry,
/// on a worker thread (a key derivation takes a second or more, by design).
/// A quick exit while it is being opened: it is dropped at once, never left
/// open behind the quick exit.
async fn open_with<R: Runtime>(
    app: AppHandle<R>,
    passphrase: String,
    make: impl FnOnce(&Vault, &SecretString) -> reclaim_core::CoreResult<Workspace> + Send + 'static,
    opened: bool,
) -> AppResult<WorkspaceOverview> {
    let passphrase = SecretString::from(passphrase);
    off_main_thread(app, move |app, cases| {
        let quick_exit_since = cases.lock_watch();
        let workspace = make(&cases.vault(app)?.clone(), &passphrase)?;
        if quick_exit_since() {
            drop(workspace);
            return Err(locked().into());
        }
        let workspaces = app.state::<Workspaces>();
        workspaces.put(workspace);
        note_open_case(app, opened);
        overview(app, &workspaces)
    })
    .await
}

/// Creates the counsellor's workspace under her own passphrase and opens it;
/// the case open now, if any, is its first entry.
#[tauri::command]
pub async fn create_workspace<R: Runtime>(
    app: AppHandle<R>,
    passphrase: String,
) -> AppResult<WorkspaceOverview> {
    let make = |vault: &Vault, passphrase: &SecretString| {
        Workspace::create(vault, passphrase, KdfStrength::Calibrated)
    };
    open_with(app, passphrase, make, true).await
}

/// Opens the workspace with her passphrase.
#[tauri::command]
pub async fn unlock_workspace<R: Runtime>(
    app: AppHandle<R>,
    passphrase: String,
) -> AppResult<WorkspaceOverview> {
    open_with(app, passphrase, Workspace::open, false).await
}

/// "Lock my list": the workspace key is forgotten.
#[tauri::command]
pub fn lock_workspace(workspaces: State<'_, Workspaces>) {
    let _ = workspaces.lock();
}

/// Her own label for a case of the list.
#[tauri::command]
pub fn set_workspace_label<R: Runtime>(
    app: AppHandle<R>,
    workspaces: State<'_, Workspaces>,
    code: String,
    label: String,
) -> AppResult<WorkspaceOverview> {
    workspaces.with_open(|w| w.set_label(&code, &label))?;
    overview(&app, &workspaces)
}

/// Takes a case out of the list (a case no longer on this computer).
#[tauri::command]
pub fn drop_workspace_entry<R: Runtime>(
    app: AppHandle<R>,
    workspaces: State<'_, Workspaces>,
    code: String,
) -> AppResult<WorkspaceOverview> {
    workspaces.with_open(|w| w.drop_entry(&code))?;
    overview(&app, &workspaces)
}

/// The step to open the case on: where she left off.
#[tauri::command]
pub fn resume_step(cases: State<'_, Cases>) -> AppResult<Step> {
    cases.with_open(|case| resume::resume_step(case))
}

/// She moved to `step`: kept in the case, and in the workspace's list.
#[tauri::command]
pub fn remember_step(
    cases: State<'_, Cases>,
    workspaces: State<'_, Workspaces>,
    step: Step,
) -> AppResult<()> {
    cases.with_open(|case| {
        resume::remember_step(case, step)?;
        workspaces.note(case, false);
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::tests::{app, invoke, window, APP_ORIGIN};

    const PASSPHRASE: &str = "a long enough passphrase";

    /// The whole return: a case moved to a later step opens there again, and
    /// the counsellor's list (one per data folder: the only test that makes
    /// one) shows her label and that step; quick exit forgets the list.
    #[test]
    fn a_case_reopens_where_she_left_off_and_the_list_follows_it() {
        let app = app();
        let main = window(&app, "main");
        let before = invoke(&main, APP_ORIGIN, "workspace_overview", json!({})).unwrap();
        assert_eq!(before, json!({"exists": false, "list": null}));
        let short = invoke(
            &main,
            APP_ORIGIN,
            "create_workspace",
            json!({"passphrase": "short"}),
        )
        .unwrap_err();
        assert_eq!(short["kind"], "invalid_input");
        let created = invoke(
            &main,
            APP_ORIGIN,
            "create_workspace",
            json!({"passphrase": "the counsellor's own words"}),
        )
        .unwrap();
        assert_eq!(created["exists"], true);

        // A new case with the workspace open is in the list under its name.
        let code = crate::tests::open_new_case(&main, "A., Tuesday");
        invoke(
            &main,
            APP_ORIGIN,
            "remember_step",
            json!({"step": "requests"}),
        )
        .unwrap();
        invoke(&main, APP_ORIGIN, "lock_case", json!({})).unwrap();
        let entry = |overview: &Value| -> Value {
            overview["list"]["cases"]
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["code"] == code.as_str())
                .cloned()
                .unwrap_or(Value::Null)
        };
        let listed = invoke(&main, APP_ORIGIN, "workspace_overview", json!({})).unwrap();
        assert_eq!(entry(&listed)["label"], "A., Tuesday");
        assert_eq!(entry(&listed)["last_step"], "requests");
        assert_eq!(entry(&listed)["overdue"], 0);

        // Opened again: straight to the step she was on.
        invoke(
            &main,
            APP_ORIGIN,
            "unlock_case",
            json!({"code": code, "passphrase": PASSPHRASE}),
        )
        .unwrap();
        assert_eq!(
            invoke(&main, APP_ORIGIN, "resume_step", json!({})).unwrap(),
            "requests"
        );
        let relabelled = invoke(
            &main,
            APP_ORIGIN,
            "set_workspace_label",
            json!({"code": code, "label": "Amira, Tuesday group"}),
        )
        .unwrap();
        assert_eq!(entry(&relabelled)["label"], "Amira, Tuesday group");

        // Quick exit forgets the list's key: its passphrase is needed again.
        invoke(&main, APP_ORIGIN, "quick_exit", json!({})).unwrap();
        let mut after = Value::Null;
        for _ in 0..100 {
            after = invoke(&main, APP_ORIGIN, "workspace_overview", json!({})).unwrap();
            if after["list"].is_null() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(after, json!({"exists": true, "list": null}));
        let wrong = invoke(
            &main,
            APP_ORIGIN,
            "unlock_workspace",
            json!({"passphrase": "not the list's words"}),
        )
        .unwrap_err();
        assert_eq!(wrong["kind"], "wrong_secret");
        assert_eq!(wrong["detail"]["type"], "wrong_workspace_passphrase");
        let opened = invoke(
            &main,
            APP_ORIGIN,
            "unlock_workspace",
            json!({"passphrase": "the counsellor's own words"}),
        )
        .unwrap();
        assert_eq!(entry(&opened)["label"], "Amira, Tuesday group");
        // The list the shell wrote is sealed: her label is not readable in it
        // (the core's tests check every file under the data folder).
        let file = crate::tests::test_data_dir().join("vault/v1/workspace.sealed");
        let sealed = std::fs::read(file).unwrap();
        assert!(!sealed.windows(5).any(|w| w == b"Amira"));
    }
}
