//! A neutral window title: what the taskbar, the window switcher and screen
//! sharing show is "Notes" (in the person's language) instead of "Reclaim".
//! The choice is kept in `window.json` in the app's data folder — one word,
//! no case data — so it holds from the next launch on, before any screen shows.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime};
use ts_rs::TS;

use crate::error::AppResult;

/// The title the app has when no neutral one is chosen.
pub const APP_TITLE: &str = "Reclaim";
const FILE_NAME: &str = "window.json";
/// A neutral title is one short, plain word or two.
const MAX_TITLE_CHARS: usize = 40;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct WindowTitle {
    /// The neutral title in use, or `None` for "Reclaim".
    pub neutral: Option<String>,
}

impl WindowTitle {
    fn shown(&self) -> &str {
        self.neutral.as_deref().unwrap_or(APP_TITLE)
    }
}

fn settings_path<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<PathBuf> {
    Ok(crate::cases::data_dir(app)?.join(FILE_NAME))
}

/// The saved choice; a missing or unreadable file means "Reclaim".
pub fn load(path: &Path) -> WindowTitle {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

fn save(path: &Path, title: &WindowTitle) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let temp = path.with_extension("json.tmp");
    std::fs::write(&temp, serde_json::to_vec(title)?)?;
    std::fs::rename(temp, path)
}

/// A neutral title as given by the UI: trimmed, one line, not too long.
fn clean(neutral: Option<String>) -> Option<String> {
    let text = neutral?;
    let line: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_TITLE_CHARS)
        .collect();
    (!line.is_empty()).then_some(line)
}

/// Applies the saved title to the main window (at start-up).
pub fn apply_saved<R: Runtime>(app: &AppHandle<R>) {
    let Ok(path) = settings_path(app) else {
        return;
    };
    let title = load(&path);
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(title.shown());
    }
}

#[tauri::command]
pub fn window_title<R: Runtime>(app: AppHandle<R>) -> AppResult<WindowTitle> {
    Ok(load(&settings_path(&app)?))
}

/// Chooses a neutral title (`Some("Notes")`) or the app's own (`None`); the
/// window changes at once and keeps the choice at the next launch.
#[tauri::command]
pub fn set_window_title<R: Runtime>(
    app: AppHandle<R>,
    neutral: Option<String>,
) -> AppResult<WindowTitle> {
    let title = WindowTitle {
        neutral: clean(neutral),
    };
    save(&settings_path(&app)?, &title).map_err(reclaim_core::CoreError::from)?;
    if let Some(window) = app.get_webview_window("main") {
        window.set_title(title.shown())?;
    }
    Ok(title)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::tests::{app, invoke, window, APP_ORIGIN};

    #[test]
    fn a_neutral_title_is_cleaned_to_one_short_line() {
        assert_eq!(clean(Some("  Notes\n".into())), Some("Notes".into()));
        assert_eq!(clean(Some("   ".into())), None);
        assert_eq!(clean(None), None);
        assert_eq!(clean(Some("x".repeat(100))).unwrap().chars().count(), 40);
    }

    #[test]
    fn the_choice_survives_a_restart_and_a_damaged_file_means_reclaim() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        assert_eq!(load(&path).shown(), "Reclaim");
        save(
            &path,
            &WindowTitle {
                neutral: Some("Notizen".into()),
            },
        )
        .unwrap();
        assert_eq!(load(&path).shown(), "Notizen");
        std::fs::write(&path, b"{ not json").unwrap();
        assert_eq!(load(&path).shown(), "Reclaim");
    }

    #[test]
    fn the_window_can_ask_for_a_neutral_title_and_back() {
        let app = app();
        let main = window(&app, "main");
        let set = invoke(
            &main,
            APP_ORIGIN,
            "set_window_title",
            json!({"neutral": "Notes"}),
        )
        .unwrap();
        assert_eq!(set["neutral"], "Notes");
        let read = invoke(&main, APP_ORIGIN, "window_title", json!({})).unwrap();
        assert_eq!(read["neutral"], "Notes");
        invoke(
            &main,
            APP_ORIGIN,
            "set_window_title",
            json!({"neutral": null}),
        )
        .unwrap();
        let read = invoke(&main, APP_ORIGIN, "window_title", json!({})).unwrap();
        assert_eq!(read["neutral"], serde_json::Value::Null);
    }
}
