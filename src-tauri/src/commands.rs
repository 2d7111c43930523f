//! Thin `#[tauri::command]`s: arguments in, typed results and `AppError` out.
//! Logic belongs in `reclaim-core`; if a body grows, move it there.
//!
//! Every command here must also be listed in `build.rs` and granted in
//! `capabilities/main.json`.

use reclaim_core::safety::Helpline;
use serde::Serialize;
use tauri::{Runtime, WebviewWindow};
use ts_rs::TS;

use crate::error::AppResult;
use crate::quick_exit;

/// What the UI shows about the app itself.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub version: String,
}

#[tauri::command]
pub fn app_info() -> AppInfo {
    AppInfo {
        version: reclaim_core::VERSION.to_owned(),
    }
}

/// The helplines of the "Safety first" screen, urgent ones first.
#[tauri::command]
pub fn helplines() -> Vec<Helpline> {
    reclaim_core::safety::helplines().to_vec()
}

/// Quick exit: hides the window at once, then locks whatever is open. No
/// confirmation. The UI has already returned to its neutral screen.
#[tauri::command]
pub fn quick_exit<R: Runtime>(window: WebviewWindow<R>) -> AppResult<()> {
    quick_exit::hide_and_lock(&window)?;
    Ok(())
}
