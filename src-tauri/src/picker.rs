//! The person picks files and folders through the system's own dialog, opened
//! from Rust: the webview has no dialog or file-system permission and only
//! learns the paths that were picked.
//!
//! Native dialogs cannot be driven by WebDriver, so debug builds (the ones the
//! end-to-end tests run) answer from `RECLAIM_TEST_PICK_<WHAT>` when it is set:
//! paths separated by newlines. Release builds never read it.

use std::path::PathBuf;

use serde::Deserialize;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

/// What the dialog is for; chooses its kind (files, folder) and filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PickPurpose {
    /// The person's original images (several files).
    Originals,
    /// A folder of found or downloaded files to search for copies.
    FoundFolder,
    /// A screenshot kept as evidence (one file).
    Screenshot,
    /// The folder an export is written into.
    ExportFolder,
}

impl PickPurpose {
    fn test_variable(self) -> &'static str {
        match self {
            PickPurpose::Originals => "RECLAIM_TEST_PICK_ORIGINALS",
            PickPurpose::FoundFolder => "RECLAIM_TEST_PICK_FOUND_FOLDER",
            PickPurpose::Screenshot => "RECLAIM_TEST_PICK_SCREENSHOT",
            PickPurpose::ExportFolder => "RECLAIM_TEST_PICK_EXPORT_FOLDER",
        }
    }
}

const IMAGE_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "png", "webp", "gif", "heic", "heif", "JPG", "JPEG", "PNG",
];

/// Shows the dialog and waits for it (on a worker thread: commands that call
/// this must be `async`). An empty list when the person cancels.
pub fn pick<R: Runtime>(app: &AppHandle<R>, purpose: PickPurpose) -> Vec<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(paths) = std::env::var_os(purpose.test_variable()) {
        return paths
            .to_string_lossy()
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(PathBuf::from)
            .collect();
    }
    let _ = purpose.test_variable();

    let dialog = app.dialog().file();
    let picked = match purpose {
        PickPurpose::Originals => dialog
            .add_filter("Images", IMAGE_EXTENSIONS)
            .blocking_pick_files()
            .unwrap_or_default(),
        PickPurpose::Screenshot => dialog
            .add_filter("Images", IMAGE_EXTENSIONS)
            .blocking_pick_file()
            .into_iter()
            .collect(),
        PickPurpose::FoundFolder | PickPurpose::ExportFolder => {
            dialog.blocking_pick_folder().into_iter().collect()
        }
    };
    picked
        .into_iter()
        .filter_map(|path| path.into_path().ok())
        .collect()
}

/// Opens the system dialog for `purpose`; the paths picked (none when cancelled).
#[tauri::command]
pub async fn pick_paths<R: Runtime>(app: AppHandle<R>, purpose: PickPurpose) -> Vec<String> {
    pick(&app, purpose)
        .into_iter()
        .map(|path| path.to_string_lossy().into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::tests::{app, invoke, window, APP_ORIGIN};

    #[test]
    fn debug_builds_answer_the_picker_from_the_test_variable() {
        std::env::set_var("RECLAIM_TEST_PICK_ORIGINALS", "/a/one.jpg\n/b/two.png\n");
        let app = app();
        let main = window(&app, "main");
        let picked = invoke(
            &main,
            APP_ORIGIN,
            "pick_paths",
            json!({"purpose": "originals"}),
        )
        .unwrap();
        assert_eq!(picked, json!(["/a/one.jpg", "/b/two.png"]));
    }
}
