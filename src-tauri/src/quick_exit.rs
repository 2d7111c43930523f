//! Quick exit: the window disappears first, then everything open is locked.

use tauri::{AppHandle, Manager, Runtime, WebviewWindow};

/// Hides the window before anything else, so that a person who is being
/// watched sees it go at once; then locks open cases (keys zeroed). Never
/// waits: work that holds the case (an export) is asked to stop, and the lock
/// itself happens on another thread as soon as the case is free, so the
/// window is gone even while that work finishes.
pub fn hide_and_lock<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    let hidden = window.hide();
    if let Some(picks) = window.try_state::<crate::picker::PickedPaths>() {
        picks.forget();
    }
    if let Some(cases) = window.try_state::<crate::cases::Cases>() {
        cases.request_lock();
        let app = window.app_handle().clone();
        std::thread::spawn(move || app.state::<crate::cases::Cases>().lock());
    }
    if let Some(workspaces) = window.try_state::<crate::workspace::Workspaces>() {
        workspaces.request_lock(window.app_handle());
    }
    hidden
}

/// Brings the main window back (second launch of the app).
pub fn show_main_window<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
}
