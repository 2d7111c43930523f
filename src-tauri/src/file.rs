//! "Your file": the evidence bundle for the police, the Institute or a lawyer
//! (written, then verified), and the counsellor hand-over (the whole case in
//! one passphrase-protected file another Reclaim can import).
//!
//! Folders are picked in the system dialog opened from Rust: the webview never
//! names a path to write to.

use std::path::{Path, PathBuf};

use reclaim_core::model::Language;
use reclaim_core::report::{verify_bundle_with, BundleSummary, BundleVerifyReport, VerifyOptions};
use reclaim_core::vault::ExportReport;
use reclaim_core::CoreError;
use secrecy::SecretString;
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime};
use ts_rs::TS;

use crate::cases::Cases;
use crate::error::AppResult;
use crate::picker::{pick, PickPurpose};

/// What "Make the file" did: the bundle, and its check read back from disk.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CaseFileExport {
    pub summary: BundleSummary,
    pub verification: BundleVerifyReport,
}

/// What the hand-over wrote.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HandoverExport {
    /// The hand-over file.
    pub path: String,
    pub report: ExportReport,
}

/// `<parent>/<stem>`, or `<stem>-2`, `-3`, … when that is taken: an export
/// never mixes with or replaces anything already there.
fn fresh_path(parent: &Path, stem: &str, extension: &str) -> PathBuf {
    (1..)
        .map(|n| {
            let name = match n {
                1 => format!("{stem}{extension}"),
                n => format!("{stem}-{n}{extension}"),
            };
            parent.join(name)
        })
        .find(|path| !path.exists())
        .expect("some free name")
}

async fn on_worker<T: Send + 'static>(
    work: impl FnOnce() -> AppResult<T> + Send + 'static,
) -> AppResult<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| CoreError::internal(e.to_string()))?
}

/// Picks a folder, writes the case's bundle into a new folder inside it,
/// then verifies what was written. `None` when the person cancels.
#[tauri::command]
pub async fn export_case_file<R: Runtime>(
    app: AppHandle<R>,
    include_intimate_images: bool,
) -> AppResult<Option<CaseFileExport>> {
    // Fails early (locked) before any dialog opens.
    let code = app
        .state::<Cases>()
        .with_open(|case| Ok(case.code().to_owned()))?;
    let Some(parent) = pick(&app, PickPurpose::ExportFolder).into_iter().next() else {
        return Ok(None);
    };
    on_worker(move || {
        let out = fresh_path(&parent, &format!("reclaim-file-{code}"), "");
        // A quick exit or a lock stops the export within one chunk and
        // removes what it wrote; the case is then locked at once.
        let cases = app.state::<Cases>();
        let stop = cases.lock_watch();
        let (summary, language) = cases.with_open(|case| {
            let language = Language::from_code(&case.info()?.language);
            Ok((
                reclaim_core::app::file::export_case_until(
                    case,
                    &out,
                    include_intimate_images,
                    &|_| stop(),
                )?,
                language,
            ))
        })?;
        // What was proven, said in the case's language.
        let verification = verify_bundle_with(
            Path::new(&summary.dir),
            &VerifyOptions {
                language,
                ..VerifyOptions::default()
            },
        );
        Ok(Some(CaseFileExport {
            summary,
            verification,
        }))
    })
    .await
}

/// Writes the whole case, encrypted with `passphrase`, into a file in the
/// folder the person picks. `None` when she cancels.
#[tauri::command]
pub async fn handover_case<R: Runtime>(
    app: AppHandle<R>,
    passphrase: String,
) -> AppResult<Option<HandoverExport>> {
    let passphrase = SecretString::from(passphrase);
    let code = app.state::<Cases>().with_open(|case| {
        // Checked before the dialog, so a too-short passphrase costs no click.
        reclaim_core::vault::check_passphrase(&passphrase)?;
        Ok(case.code().to_owned())
    })?;
    let Some(parent) = pick(&app, PickPurpose::ExportFolder).into_iter().next() else {
        return Ok(None);
    };
    on_worker(move || {
        let dest = fresh_path(&parent, &format!("reclaim-handover-{code}"), ".age");
        let cases = app.state::<Cases>();
        let stop = cases.lock_watch();
        let report = cases.with_open(|case| case.export_until(&dest, &passphrase, &stop))?;
        Ok(Some(HandoverExport {
            path: dest.to_string_lossy().into_owned(),
            report,
        }))
    })
    .await
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use reclaim_core::vault::{CreateOptions, KdfStrength, Unlock, Vault};
    use secrecy::SecretString;
    use serde_json::{json, Value};
    use tauri::test::MockRuntime;
    use tauri::WebviewWindow;

    use crate::tests::{app, invoke, open_new_case, test_data_dir, window, APP_ORIGIN};

    /// The native folder dialog cannot be driven here: the picker's test hook
    /// (debug builds) answers with this folder, one for every test (the
    /// variable is process-wide; each export takes a fresh name inside it).
    fn picked_export_folder() -> PathBuf {
        let dir = test_data_dir().join("picked-export-folder");
        std::fs::create_dir_all(&dir).unwrap();
        std::env::set_var("RECLAIM_TEST_PICK_EXPORT_FOLDER", &dir);
        dir
    }

    /// A case with one link and a real PNG screenshot of it.
    fn case_with_link_and_screenshot(main: &WebviewWindow<MockRuntime>, label: &str) -> Value {
        open_new_case(main, label);
        let saved = invoke(
            main,
            APP_ORIGIN,
            "save_links",
            json!({"text": "https://www.pornhub.com/view_video.php?viewkey=abc123"}),
        )
        .unwrap();
        std::env::set_var(
            "RECLAIM_TEST_PICK_SCREENSHOT",
            crate::evidence::tests::sample_png(),
        );
        invoke(
            main,
            APP_ORIGIN,
            "attach_screenshot",
            json!({"urlId": saved["links"][0]["id"]}),
        )
        .unwrap();
        saved
    }

    #[test]
    fn the_file_is_written_into_a_new_folder_and_verifies() {
        let app = app();
        let main = window(&app, "main");
        let parent = picked_export_folder();
        case_with_link_and_screenshot(&main, "file export");

        let done = invoke(
            &main,
            APP_ORIGIN,
            "export_case_file",
            json!({"includeIntimateImages": false}),
        )
        .unwrap();
        let dir = PathBuf::from(done["summary"]["dir"].as_str().unwrap());
        assert_eq!(
            dir.parent(),
            Some(parent.as_path()),
            "inside the picked folder"
        );
        assert!(dir.join("report.pdf").is_file());
        assert!(dir.join("manifest.sha256").is_file());
        assert!(dir.join("custody.jsonl").is_file());
        let evidence: Vec<_> = std::fs::read_dir(dir.join("evidence")).unwrap().collect();
        assert_eq!(evidence.len(), 1, "the screenshot is in the file");
        assert_eq!(done["verification"]["ok"], true, "{done}");
        assert_eq!(
            done["verification"]["files_checked"], done["summary"]["files"],
            "every file was checked"
        );
        assert_eq!(
            done["summary"]["manifest_sha256"].as_str().unwrap().len(),
            64
        );
        // Read back independently of the command, too.
        assert!(reclaim_core::report::verify_bundle(&dir).ok);

        // A second export never mixes with the first.
        let again = invoke(
            &main,
            APP_ORIGIN,
            "export_case_file",
            json!({"includeIntimateImages": false}),
        )
        .unwrap();
        assert_ne!(again["summary"]["dir"], done["summary"]["dir"]);
        assert_eq!(again["verification"]["ok"], true);
    }

    #[test]
    fn nothing_is_exported_from_a_locked_case() {
        let app = app();
        let main = window(&app, "main");
        picked_export_folder();
        invoke(&main, APP_ORIGIN, "lock_case", json!({})).unwrap();
        for (cmd, args) in [
            ("export_case_file", json!({"includeIntimateImages": false})),
            (
                "handover_case",
                json!({"passphrase": "a long hand-over passphrase"}),
            ),
        ] {
            let err = invoke(&main, APP_ORIGIN, cmd, args).unwrap_err();
            assert_eq!(err["kind"], "locked", "{cmd}");
        }
    }

    #[test]
    fn a_handover_file_reopens_elsewhere_with_the_same_links_and_screenshot() {
        let app = app();
        let main = window(&app, "main");
        let parent = picked_export_folder();
        let saved = case_with_link_and_screenshot(&main, "hand-over");
        let handover_pass = "a long hand-over passphrase";

        let err = invoke(
            &main,
            APP_ORIGIN,
            "handover_case",
            json!({"passphrase": "short"}),
        )
        .unwrap_err();
        assert_eq!(err["kind"], "invalid_input", "too short is refused first");

        let done = invoke(
            &main,
            APP_ORIGIN,
            "handover_case",
            json!({"passphrase": handover_pass}),
        )
        .unwrap();
        let file = PathBuf::from(done["path"].as_str().unwrap());
        assert_eq!(file.parent(), Some(parent.as_path()));
        assert_eq!(done["report"]["evidence_files"], 1);
        let bytes = std::fs::read(&file).unwrap();
        assert!(bytes.starts_with(b"age-encryption.org/v1"), "an age file");
        assert!(
            !contains(&bytes, b"pornhub.com"),
            "the link is not readable in the hand-over file"
        );

        // Another Reclaim (another data folder) imports it with its own passphrase.
        let elsewhere = test_data_dir().join(format!("elsewhere-{}", std::process::id()));
        let vault = Vault::without_keyring(&elsewhere);
        let new_pass = SecretString::from("the counsellor's own passphrase".to_owned());
        let imported = vault
            .import_case(
                &file,
                &SecretString::from(handover_pass.to_owned()),
                CreateOptions {
                    passphrase: Some(new_pass.clone()),
                    use_keyring: false,
                    kdf: KdfStrength::Calibrated,
                },
            )
            .unwrap();
        let code = imported.code().to_owned();
        imported.lock();
        let (mut reopened, _) = vault
            .open_case(&code, Unlock::Passphrase(new_pass))
            .unwrap();
        let links: Vec<String> = reopened
            .urls()
            .unwrap()
            .into_iter()
            .map(|u| u.original)
            .collect();
        assert_eq!(
            links,
            vec![saved["links"][0]["original"].as_str().unwrap().to_owned()]
        );
        let evidence = reopened.evidence().unwrap();
        assert_eq!(evidence.len(), 1);
        let png = std::fs::read(crate::evidence::tests::sample_png()).unwrap();
        assert_eq!(
            reopened.evidence_bytes(evidence[0].id).unwrap().as_slice(),
            png
        );
        reopened.lock();
        let _ = std::fs::remove_dir_all(&elsewhere);
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn a_taken_name_gets_a_number() {
        let dir = test_data_dir().join("fresh-path");
        std::fs::create_dir_all(dir.join("reclaim-file-X")).unwrap();
        assert_eq!(
            super::fresh_path(&dir, "reclaim-file-X", ""),
            dir.join("reclaim-file-X-2")
        );
        assert_eq!(super::fresh_path(&dir, "new", ".age"), dir.join("new.age"));
    }
    /// Quick exit during a long export (issue 18 item 3): the export stops
    /// within a chunk, removes what it wrote, and the case is locked (keys
    /// zeroed) long before a full export would have ended. The latency is
    /// printed for docs/benchmarks.md; it is not asserted.
    #[test]
    fn quick_exit_during_an_export_stops_it_leaves_nothing_and_locks_the_case() {
        use std::io::Read;
        use std::time::{Duration, Instant};
        use tauri::Manager;

        const TOTAL: u64 = 256 * 1024 * 1024;
        let app = app();
        let main = window(&app, "main");
        let parent = picked_export_folder();
        open_new_case(&main, "quick exit during a big export");
        let code = invoke(&main, APP_ORIGIN, "current_case", json!({})).unwrap()["code"]
            .as_str()
            .unwrap()
            .to_owned();
        main.state::<crate::cases::Cases>()
            .with_open(|case| {
                case.add_evidence(
                    &reclaim_core::vault::NewEvidence {
                        kind: reclaim_core::vault::EvidenceKind::Document,
                        original_name: Some("chat history.txt".into()),
                        captured_at: None,
                        note: None,
                        url_id: None,
                    },
                    &mut std::io::repeat(b'c').take(TOTAL),
                )
            })
            .unwrap();

        let exporting = main.clone();
        let export = std::thread::spawn(move || {
            invoke(
                &exporting,
                APP_ORIGIN,
                "export_case_file",
                json!({"includeIntimateImages": false}),
            )
        });
        let evidence = parent
            .join(format!(".reclaim-file-{code}.partial"))
            .join("evidence");
        let started = Instant::now();
        let written = loop {
            let len: u64 = std::fs::read_dir(&evidence)
                .map(|d| {
                    d.flatten()
                        .map(|e| e.metadata().map_or(0, |m| m.len()))
                        .sum()
                })
                .unwrap_or(0);
            if len >= 4 * 1024 * 1024 {
                break len;
            }
            assert!(
                !export.is_finished(),
                "the export ended first: {:?}",
                export.join()
            );
            assert!(
                started.elapsed() < Duration::from_secs(120),
                "the export never started"
            );
            std::thread::sleep(Duration::from_millis(5));
        };

        let asked = Instant::now();
        invoke(&main, APP_ORIGIN, "quick_exit", json!({})).unwrap();
        let hidden_after = asked.elapsed();
        // Waits for the export to let go of the case, then finds it locked.
        let err = invoke(&main, APP_ORIGIN, "current_case", json!({})).unwrap_err();
        let locked_after = asked.elapsed();
        assert_eq!(err["kind"], "locked");
        let outcome = export.join().unwrap().unwrap_err();
        assert_eq!(outcome["kind"], "cancelled", "{outcome}");
        eprintln!(
            "quick exit during an export: window hidden after {hidden_after:?}, \
             case locked after {locked_after:?}; {} MiB of {} MiB had been written",
            written >> 20,
            TOTAL >> 20
        );
        assert!(written < TOTAL / 2, "the export was nearly done anyway");
        let left: Vec<_> = std::fs::read_dir(&parent)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.contains(&code))
            .collect();
        assert_eq!(left, Vec::<String>::new(), "a partial export was left");
    }
}
