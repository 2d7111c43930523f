//! "Your images" and "Find copies": thin commands over
//! [`reclaim_core::app::images`] and [`reclaim_core::app::copies`]. Nothing here
//! sends anything anywhere, and no image is ever returned to the webview.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use reclaim_core::app::copies::{self, CopiesProgress, CopyEvidence};
use reclaim_core::app::images::{self, HashServiceView, ImagesAdded};
use reclaim_core::hashing::CopiesSearch;
use reclaim_core::model::Language;
use reclaim_core::vault::{CopyTie, HashServiceRecord, ImageHashRecord};
use reclaim_core::CoreError;
use tauri::ipc::Channel;
use tauri::State;

use crate::cases::Cases;
use crate::error::AppResult;
use crate::picker::{picked, PickPurpose, PickedPaths};

/// Hashes the images picked (`token` from `pick_paths`; the webview never
/// names a path) on a worker thread and keeps their hashes in the open case,
/// named `"{name_word} N"`.
#[tauri::command]
pub async fn hash_images(
    cases: State<'_, Cases>,
    picks: State<'_, PickedPaths>,
    token: String,
    name_word: String,
) -> AppResult<ImagesAdded> {
    cases.with_open(|case| case.info())?;
    let files = picked(&picks, &token, PickPurpose::Originals)?;
    let hashed = tauri::async_runtime::spawn_blocking(move || images::hash_picked(&files))
        .await
        .map_err(|e| CoreError::internal(e.to_string()))?;
    cases.with_open(|case| images::keep_hashed(case, &name_word, &hashed))
}

/// The fingerprints kept in the open case.
#[tauri::command]
pub fn image_fingerprints(cases: State<'_, Cases>) -> AppResult<Vec<ImageHashRecord>> {
    cases.with_open(|case| case.image_hashes())
}

#[tauri::command]
pub fn hash_service(cases: State<'_, Cases>, lang: String) -> AppResult<HashServiceView> {
    let lang = Language::from_code(&lang).unwrap_or(Language::En);
    cases.with_open(|case| images::hash_service(case, lang))
}

/// Keeps the case number the service gave, and its PIN if there is one.
#[tauri::command]
pub fn record_hash_service_case(
    cases: State<'_, Cases>,
    case_number: String,
    pin: Option<String>,
) -> AppResult<Vec<HashServiceRecord>> {
    cases.with_open(|case| images::record_hash_service_case(case, &case_number, pin.as_deref()))
}

/// Opens the site of the hash service that fits the case (StopNCII, or Take
/// It Down for images made before 18) in the browser, after the screen's
/// history warning. The address is the core's, never the page's.
#[tauri::command]
pub fn open_hash_service_site<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    cases: State<'_, Cases>,
) -> AppResult<()> {
    let site = cases.with_open(|case| {
        let adult = !case.info()?.minor;
        Ok(reclaim_core::requests::hash_services::service_for(adult)
            .site()
            .to_owned())
    })?;
    crate::requests::open_in_browser(&app, site)
}

/// The stop button of the search running in this window.
#[derive(Default)]
pub struct CopySearch {
    cancel: Arc<AtomicBool>,
}

/// Compares every file under `folder` against the originals kept in the open
/// case, on a worker thread; progress goes to `on_progress`. The outcome is
/// kept in the case. Stops when cancelled, and when the case is locked.
#[tauri::command]
pub async fn find_copies(
    cases: State<'_, Cases>,
    search: State<'_, CopySearch>,
    picks: State<'_, PickedPaths>,
    token: String,
    on_progress: Channel<CopiesProgress>,
) -> AppResult<CopiesSearch> {
    let folder = picked(&picks, &token, PickPurpose::FoundFolder)?
        .into_iter()
        .next()
        .ok_or_else(|| CoreError::new(reclaim_core::ErrorKind::NotFound, "no folder was picked"))?;
    search_folder(&cases, &search, folder, move |progress| {
        // A window that went away misses progress; the search goes on.
        let _ = on_progress.send(progress);
    })
    .await
}

/// The search behind [`find_copies`], reporting progress to `report` (the
/// command's channel; a closure in tests, where a channel has no webview).
pub(crate) async fn search_folder(
    cases: &Cases,
    search: &CopySearch,
    folder: PathBuf,
    report: impl Fn(CopiesProgress) + Send + Sync + 'static,
) -> AppResult<CopiesSearch> {
    let originals = cases.with_open(|case| case.stored_originals())?;
    let cancel = search.cancel.clone();
    cancel.store(false, Ordering::SeqCst);
    let locks_before = cases.lock_count();
    let watch = cases.lock_counter();
    let outcome = tauri::async_runtime::spawn_blocking(move || {
        copies::find_copies(
            &originals,
            &folder,
            &cancel,
            || watch.load(Ordering::SeqCst) != locks_before,
            report,
        )
    })
    .await
    .map_err(|e| CoreError::internal(e.to_string()))?;
    cases.with_open(|case| case.keep_copies_search(&outcome))
}

/// Stops the running search after the files in progress.
#[tauri::command]
pub fn cancel_find_copies(search: State<'_, CopySearch>) {
    search.cancel.store(true, Ordering::SeqCst);
}

/// The last search for copies kept in the open case.
#[tauri::command]
pub fn last_copies_search(cases: State<'_, Cases>) -> AppResult<Option<CopiesSearch>> {
    cases.with_open(|case| case.last_copies_search())
}

/// What "Keep as evidence" offers for the copies found: the case's links,
/// the platforms, the copies kept, and whether the case keeps any (never in a
/// case about images taken before 18).
#[tauri::command]
pub fn copy_evidence(cases: State<'_, Cases>) -> AppResult<CopyEvidence> {
    cases.with_open(|case| copies::copy_evidence(case))
}

/// Keeps a copy the last search found (its `folder` and `file_name` as the
/// search gave them: the core keeps nothing else) as evidence, tied to a
/// link or a platform; then time-stamps the case when she asked for it.
#[tauri::command]
pub fn keep_copy<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    cases: State<'_, Cases>,
    folder: String,
    file_name: String,
    tie: CopyTie,
    note: Option<String>,
) -> AppResult<CopyEvidence> {
    let file = PathBuf::from(folder).join(file_name);
    let kept = cases.with_open(|case| copies::keep_copy(case, &file, &tie, note))?;
    crate::time_stamps::after_record(&app);
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::{Arc, Mutex};

    use serde_json::{json, Value};
    use tauri::Manager;

    use crate::tests::{app, invoke, open_new_case, window, APP_ORIGIN};

    fn vectors() -> PathBuf {
        PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../shared/pdq-vectors/images"
        ))
    }

    #[test]
    fn picked_images_are_hashed_into_the_open_case_and_listed_by_private_name() {
        let app = app();
        let main = window(&app, "main");
        open_new_case(&main, "images");
        let dih = vectors().join("reg-test-input/dih");
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(
            tmp.path().join("IMG_0001.heic"),
            b"\0\0\0\x18ftypheic\0\0\0\0",
        )
        .unwrap();
        let paths = [
            dih.join("bridge-1-original.jpg"),
            vectors().join("reg-test-input/labelme-subset/q2821.jpg"),
            tmp.path().join("IMG_0001.heic"),
        ];
        let added = invoke(
            &main,
            APP_ORIGIN,
            "hash_images",
            json!({"token": pick_for_test(&app, &paths), "nameWord": "Image"}),
        )
        .unwrap();
        assert_eq!(added["added"], 2, "{added}");
        assert_eq!(added["problems"][0]["file_name"], "IMG_0001.heic");
        assert_eq!(added["problems"][0]["error"]["kind"], "heic_unsupported");
        let listed = invoke(&main, APP_ORIGIN, "image_fingerprints", json!({})).unwrap();
        let names: Vec<&str> = listed
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["label"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["Image 1", "Image 2"]);
        assert!(!listed.to_string().contains("bridge"), "no file names kept");
        assert_eq!(listed[0]["pdq"].as_str().unwrap().len(), 64);

        // StopNCII for an adult's case, its site as text (and opened only
        // from Rust, with the core's address), the number kept.
        std::env::set_var("RECLAIM_TEST_NO_BROWSER", "1");
        invoke(&main, APP_ORIGIN, "open_hash_service_site", json!({})).unwrap();
        assert!(crate::requests::TEST_OPENED
            .lock()
            .unwrap()
            .contains(&"https://stopncii.org".to_owned()));
        let service = invoke(&main, APP_ORIGIN, "hash_service", json!({"lang": "nl"})).unwrap();
        assert_eq!(service["info"]["service"], "stopncii");
        assert_eq!(service["site"], "https://stopncii.org");
        let kept = invoke(
            &main,
            APP_ORIGIN,
            "record_hash_service_case",
            json!({"caseNumber": "  SN-12345 ", "pin": " 4821 "}),
        )
        .unwrap();
        assert_eq!(kept[0]["case_number"], "SN-12345");
        assert_eq!(
            kept[0]["pin"], "4821",
            "the PIN is kept with the case number"
        );
        let err = invoke(
            &main,
            APP_ORIGIN,
            "record_hash_service_case",
            json!({"caseNumber": "  "}),
        )
        .unwrap_err();
        assert_eq!(err["kind"], "invalid_input");
    }

    /// The token `pick_paths` would give for originals picked in the dialog.
    fn pick_for_test<R: tauri::Runtime>(
        app: &impl tauri::Manager<R>,
        paths: &[std::path::PathBuf],
    ) -> String {
        app.state::<crate::picker::PickedPaths>()
            .keep(crate::picker::PickPurpose::Originals, paths.to_vec())
            .token
    }

    #[test]
    fn the_page_cannot_name_a_file_to_hash_only_a_picked_token() {
        let app = app();
        let main = window(&app, "main");
        open_new_case(&main, "no paths from the page");
        let secret = vectors().join("reg-test-input/dih/bridge-1-original.jpg");
        // A path named by the page is not accepted.
        let err = invoke(
            &main,
            APP_ORIGIN,
            "hash_images",
            json!({"paths": [secret], "nameWord": "Image"}),
        )
        .unwrap_err();
        assert!(err.to_string().contains("token"), "{err}");
        // Nor a token made up by the page, or one given for another purpose.
        for token in ["0123456789abcdef0123456789abcdef".to_owned(), {
            app.state::<crate::picker::PickedPaths>()
                .keep(
                    crate::picker::PickPurpose::FoundFolder,
                    vec![secret.clone()],
                )
                .token
        }] {
            let err = invoke(
                &main,
                APP_ORIGIN,
                "hash_images",
                json!({"token": token, "nameWord": "Image"}),
            )
            .unwrap_err();
            assert_eq!(err["kind"], "not_found", "{err}");
        }
        let listed = invoke(&main, APP_ORIGIN, "image_fingerprints", json!({})).unwrap();
        assert_eq!(listed, json!([]), "nothing was hashed");
    }

    /// Invokes `find_copies` with a real channel whose messages are collected.
    /// Runs the search on the app's own state, collecting progress (a Tauri
    /// channel needs a real webview to deliver to, so tests use a closure).
    fn search(
        app: &tauri::App<tauri::test::MockRuntime>,
        folder: &std::path::Path,
        on_progress: impl Fn(Value) + Send + Sync + 'static,
    ) -> Result<Value, Value> {
        let cases = app.state::<crate::cases::Cases>();
        let copies = app.state::<super::CopySearch>();
        tauri::async_runtime::block_on(super::search_folder(
            &cases,
            &copies,
            folder.to_path_buf(),
            move |p| on_progress(serde_json::to_value(p).unwrap()),
        ))
        .map(|found| serde_json::to_value(found).unwrap())
        .map_err(|e| serde_json::to_value(e).unwrap())
    }

    /// Opens a new case and keeps the fingerprints of one original (the
    /// bridge photo); returns the folder of its dihedral test copies.
    fn case_with_one_original(
        main: &tauri::WebviewWindow<tauri::test::MockRuntime>,
        label: &str,
    ) -> std::path::PathBuf {
        open_new_case(main, label);
        let dih = vectors().join("reg-test-input/dih");
        invoke(
            main,
            APP_ORIGIN,
            "hash_images",
            json!({"token": pick_for_test(main.app_handle(), &[dih.join("bridge-1-original.jpg")]), "nameWord": "Image"}),
        )
        .unwrap();
        dih
    }

    #[test]
    fn a_found_folder_is_searched_with_progress_one_copy_one_error_and_kept() {
        let app = app();
        let main = window(&app, "main");
        let dih = case_with_one_original(&main, "copies");
        let tmp = tempfile::tempdir().unwrap();
        std::fs::copy(dih.join("bridge-6-flipy.jpg"), tmp.path().join("copy.jpg")).unwrap();
        std::fs::copy(
            vectors().join("reg-test-input/labelme-subset/q2821.jpg"),
            tmp.path().join("other.jpg"),
        )
        .unwrap();
        std::fs::write(tmp.path().join("broken.jpg"), b"\xFF\xD8\xFF\xE0 no").unwrap();

        let events = Arc::new(Mutex::new(Vec::new()));
        let seen = events.clone();
        let result = search(&app, tmp.path(), move |p| seen.lock().unwrap().push(p)).unwrap();
        assert_eq!(result["looked_at"], 3, "{result}");
        assert_eq!(result["copies"].as_array().unwrap().len(), 1);
        assert_eq!(result["copies"][0]["file_name"], "copy.jpg");
        assert_eq!(result["copies"][0]["transform"], "mirrored");
        assert_eq!(result["unreadable_count"], 1);
        assert_eq!(result["unreadable"][0]["file_name"], "broken.jpg");
        let events = events.lock().unwrap();
        assert!(events.len() >= 2, "{events:?}");
        let last = events.last().unwrap();
        assert_eq!(
            (
                last["done"].clone(),
                last["total"].clone(),
                last["copies"].clone()
            ),
            (json!(3), json!(3), json!(1))
        );
        let kept = invoke(&main, APP_ORIGIN, "last_copies_search", json!({})).unwrap();
        assert_eq!(kept["copies"], result["copies"]);
    }

    #[test]
    fn a_copy_found_is_kept_as_evidence_tied_to_a_link_only_if_the_search_found_it() {
        let app = app();
        let main = window(&app, "main");
        let dih = case_with_one_original(&main, "keep a copy");
        let links = invoke(
            &main,
            APP_ORIGIN,
            "save_links",
            json!({"text": "https://www.reddit.com/r/a/comments/abc123/one/"}),
        )
        .unwrap();
        let url_id = links["links"][0]["id"].as_i64().unwrap();
        let tmp = tempfile::tempdir().unwrap();
        std::fs::copy(dih.join("bridge-6-flipy.jpg"), tmp.path().join("copy.jpg")).unwrap();
        std::fs::copy(
            vectors().join("reg-test-input/labelme-subset/q2821.jpg"),
            tmp.path().join("other.jpg"),
        )
        .unwrap();
        let found = search(&app, tmp.path(), |_| {}).unwrap();
        let copy = &found["copies"][0];

        let offer = invoke(&main, APP_ORIGIN, "copy_evidence", json!({})).unwrap();
        assert_eq!(offer["can_keep"], true);
        assert_eq!(offer["links"][0]["id"], url_id);
        assert!(offer["platforms"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["id"] == "discord"));

        // The page names a file that is not a copy found: refused, nothing kept.
        for (folder, name) in [
            (copy["folder"].clone(), json!("other.jpg")),
            (copy["folder"].clone(), json!("../../../../etc/hostname")),
        ] {
            let err = invoke(
                &main,
                APP_ORIGIN,
                "keep_copy",
                json!({"folder": folder, "fileName": name, "tie": {"to": "link", "url_id": url_id}, "note": null}),
            )
            .unwrap_err();
            assert_eq!(err["kind"], "not_found", "{err}");
        }
        let kept = invoke(
            &main,
            APP_ORIGIN,
            "keep_copy",
            json!({"folder": copy["folder"], "fileName": copy["file_name"], "tie": {"to": "link", "url_id": url_id}, "note": "from the group"}),
        )
        .unwrap();
        assert_eq!(kept["kept"].as_array().unwrap().len(), 1, "{kept}");
        assert_eq!(kept["kept"][0]["sha256"], copy["sha256"]);
        assert_eq!(kept["kept"][0]["url_id"], url_id);
        let evidence = invoke(&main, APP_ORIGIN, "case_evidence", json!({})).unwrap();
        assert_eq!(evidence[0]["kind"], "found_copy");
        assert_eq!(evidence[0]["note"], "from the group");
    }

    #[test]
    fn a_minors_case_is_offered_no_keeping_and_a_copy_is_refused() {
        let app = app();
        let main = window(&app, "main");
        invoke(
            &main,
            APP_ORIGIN,
            "create_case",
            json!({"case": {"label": "minor", "language": "en", "contact_name": null, "contact_email": null, "country": "BE", "minor": true}, "passphrase": "a long enough passphrase", "useKeyring": false}),
        )
        .unwrap();
        let offer = invoke(&main, APP_ORIGIN, "copy_evidence", json!({})).unwrap();
        assert_eq!(offer["can_keep"], false);
        let tmp = tempfile::tempdir().unwrap();
        let err = invoke(
            &main,
            APP_ORIGIN,
            "keep_copy",
            json!({"folder": tmp.path(), "fileName": "copy.jpg", "tie": {"to": "platform", "platform": "discord"}, "note": null}),
        )
        .unwrap_err();
        assert_eq!(err["kind"], "minor_copy_refused", "{err}");
        let evidence = invoke(&main, APP_ORIGIN, "case_evidence", json!({})).unwrap();
        assert_eq!(evidence, json!([]));
    }

    #[test]
    fn cancel_stops_a_running_search() {
        let app = app();
        let main = window(&app, "main");
        let dih = case_with_one_original(&main, "cancel");
        let tmp = tempfile::tempdir().unwrap();
        for i in 0..300 {
            std::fs::copy(
                dih.join("bridge-1-original.jpg"),
                tmp.path().join(format!("{i:03}.jpg")),
            )
            .unwrap();
        }
        // The cancel command is called from the progress report, once the search runs.
        let main2 = main.clone();
        let cancelled = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = cancelled.clone();
        let started = std::time::Instant::now();
        let result = search(&app, tmp.path(), move |p| {
            if p["done"].as_u64().unwrap_or(0) > 0
                && !flag.swap(true, std::sync::atomic::Ordering::SeqCst)
            {
                invoke(&main2, APP_ORIGIN, "cancel_find_copies", json!({})).unwrap();
            }
        })
        .unwrap();
        assert!(cancelled.load(std::sync::atomic::Ordering::SeqCst));
        assert_eq!(result["cancelled"], true, "{}", result["looked_at"]);
        assert!(result["looked_at"].as_u64().unwrap() < 300);
        assert!(started.elapsed() < std::time::Duration::from_secs(60));
    }
}
