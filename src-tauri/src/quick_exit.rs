//! Quick exit: the window disappears first, then everything open is locked.

use tauri::{AppHandle, Manager, Runtime, WebviewWindow};

/// Hides the window before anything else, so that a person who is being
/// watched sees it go at once; then locks open cases (keys zeroed).
pub fn hide_and_lock<R: Runtime>(window: &WebviewWindow<R>) -> tauri::Result<()> {
    window.hide()?;
    if let Some(cases) = window.try_state::<crate::cases::Cases>() {
        cases.lock();
    }
    if let Some(picks) = window.try_state::<crate::picker::PickedPaths>() {
        picks.forget();
    }
    Ok(())
}

/// Brings the main window back (second launch of the app).
pub fn show_main_window<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
}
