//! The person picks files and folders through the system's own dialog, opened
//! from Rust: the webview has no dialog or file-system permission. It learns
//! only the names of what was picked and an opaque token; the paths stay here,
//! and the commands that read them (`hash_images`, `find_copies`) take the
//! token, never a path, so a compromised page cannot name a file to read.
//!
//! Native dialogs cannot be driven by WebDriver, so debug builds (the ones the
//! end-to-end tests run) answer from `RECLAIM_TEST_PICK_<WHAT>` when it is set:
//! paths separated by newlines. Release builds never read it.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;

use rand::RngCore;
use reclaim_core::{CoreError, ErrorKind};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime, State};
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
    /// A hand-over file from another Reclaim, to open here.
    HandoverFile,
}

impl PickPurpose {
    fn test_variable(self) -> &'static str {
        match self {
            PickPurpose::Originals => "RECLAIM_TEST_PICK_ORIGINALS",
            PickPurpose::FoundFolder => "RECLAIM_TEST_PICK_FOUND_FOLDER",
            PickPurpose::Screenshot => "RECLAIM_TEST_PICK_SCREENSHOT",
            PickPurpose::ExportFolder => "RECLAIM_TEST_PICK_EXPORT_FOLDER",
            PickPurpose::HandoverFile => "RECLAIM_TEST_PICK_HANDOVER_FILE",
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
        PickPurpose::HandoverFile => dialog
            .add_filter("Reclaim hand-over", &["age"])
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

/// What the webview learns of a pick: a token standing for the paths, and
/// their names (a file's or folder's own name, never where it is).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Picked {
    pub token: String,
    pub names: Vec<String>,
}

/// Paths picked and not yet used, by token; each token is for one purpose
/// and is used once.
#[derive(Default)]
pub struct PickedPaths {
    picks: Mutex<HashMap<String, (PickPurpose, Vec<PathBuf>)>>,
}

impl PickedPaths {
    pub(crate) fn keep(&self, purpose: PickPurpose, paths: Vec<PathBuf>) -> Picked {
        let mut bytes = [0u8; 16];
        rand::thread_rng().fill_bytes(&mut bytes);
        let token = hex::encode(bytes);
        let names = paths
            .iter()
            .map(|p| {
                p.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| p.to_string_lossy().into_owned())
            })
            .collect();
        let mut picks = self.picks.lock().unwrap_or_else(|e| e.into_inner());
        // Only the latest pick of each purpose is kept.
        picks.retain(|_, (p, _)| *p != purpose);
        picks.insert(token.clone(), (purpose, paths));
        Picked { token, names }
    }

    /// The paths behind `token`, if it was given for `purpose`; the token is used up.
    pub fn take(&self, token: &str, purpose: PickPurpose) -> Result<Vec<PathBuf>, CoreError> {
        let mut picks = self.picks.lock().unwrap_or_else(|e| e.into_inner());
        match picks.remove(token) {
            Some((p, paths)) if p == purpose => Ok(paths),
            _ => Err(CoreError::new(
                ErrorKind::NotFound,
                "nothing was picked for this: please choose again",
            )),
        }
    }

    /// Forgets every pick (the case was locked).
    pub fn forget(&self) {
        self.picks.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

/// Opens the system dialog for `purpose`; the names picked and a token for
/// them (no names when cancelled).
#[tauri::command]
pub async fn pick_paths<R: Runtime>(app: AppHandle<R>, purpose: PickPurpose) -> Picked {
    let paths = pick(&app, purpose);
    app.state::<PickedPaths>().keep(purpose, paths)
}

/// The paths behind a token from [`pick_paths`].
pub fn picked(
    picks: &State<'_, PickedPaths>,
    token: &str,
    purpose: PickPurpose,
) -> Result<Vec<PathBuf>, CoreError> {
    picks.take(token, purpose)
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
        // The page sees the names and a token, never the folders.
        assert_eq!(picked["names"], json!(["one.jpg", "two.png"]));
        assert!(!picked.to_string().contains("/a/"), "{picked}");
        assert_eq!(picked["token"].as_str().unwrap().len(), 32);
    }

    #[test]
    fn a_token_is_for_one_purpose_and_used_once() {
        let picks = super::PickedPaths::default();
        let one = picks.keep(super::PickPurpose::Originals, vec!["/x/a.jpg".into()]);
        assert!(picks
            .take(&one.token, super::PickPurpose::FoundFolder)
            .is_err());
        let two = picks.keep(super::PickPurpose::Originals, vec!["/x/b.jpg".into()]);
        assert_eq!(
            picks
                .take(&two.token, super::PickPurpose::Originals)
                .unwrap(),
            vec![std::path::PathBuf::from("/x/b.jpg")]
        );
        assert!(picks
            .take(&two.token, super::PickPurpose::Originals)
            .is_err());
    }
}
