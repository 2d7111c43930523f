//! IPC and access-control tests on Tauri's mock runtime, with the app's real
//! configuration and capabilities (`generate_context!()`), no display needed.
//!
//! The origin of the app's own pages on Linux and macOS is `tauri://localhost`
//! (`http://tauri.localhost` on Windows).
//!
//! A command module may keep its own IPC tests next to it, built on
//! [`app`], [`window`] and [`invoke`] from here.

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

pub(crate) const APP_ORIGIN: &str = "tauri://localhost";

/// Every test app keeps its cases in one throwaway folder (the variable is
/// process-wide, so it is set once).
pub(crate) fn test_data_dir() -> &'static std::path::Path {
    static DIR: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        remove_folders_of_earlier_runs();
        let dir = std::env::temp_dir().join(format!("reclaim-ipc-tests-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::env::set_var("RECLAIM_DATA_DIR", &dir);
        dir
    })
}

/// A test process cannot clean up after itself (no hook at exit), so each run
/// removes the folders of earlier runs whose process is gone (Linux: no
/// `/proc/<pid>`); the export tests leave hundreds of MB there.
fn remove_folders_of_earlier_runs() {
    if !std::path::Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix("reclaim-ipc-tests-") else {
            continue;
        };
        if pid.parse::<u32>().is_ok() && !std::path::Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

pub(crate) fn app() -> App<MockRuntime> {
    test_data_dir();
    super::builder(mock_builder())
        .build(tauri::generate_context!())
        .expect("the app builds on the mock runtime")
}

pub(crate) fn window(app: &App<MockRuntime>, label: &str) -> WebviewWindow<MockRuntime> {
    match app.get_webview_window(label) {
        Some(window) => window,
        None => WebviewWindowBuilder::new(app, label, Default::default())
            .build()
            .expect("mock window"),
    }
}

pub(crate) fn invoke(
    window: &WebviewWindow<MockRuntime>,
    origin: &str,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    tauri::test::get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: origin.parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

#[test]
fn helplines_reach_the_main_window_with_child_focus() {
    let app = app();
    let main = window(&app, "main");
    let lines = invoke(&main, APP_ORIGIN, "helplines", json!({})).unwrap();
    let lines = lines.as_array().unwrap();
    assert!(lines
        .iter()
        .any(|l| l["id"] == "child_focus" && l["phone"] == "116 000"));
}

#[test]
fn app_info_reports_the_version() {
    let app = app();
    let main = window(&app, "main");
    let info = invoke(&main, APP_ORIGIN, "app_info", json!({})).unwrap();
    assert_eq!(info["version"], reclaim_core::VERSION);
}

#[test]
fn quick_exit_is_granted_to_the_main_window_and_needs_no_arguments() {
    // The mock runtime does not track visibility (its is_visible() is always
    // true): that the window really hides is checked end to end in WebKitGTK.
    let app = app();
    let main = window(&app, "main");
    assert_eq!(
        invoke(&main, APP_ORIGIN, "quick_exit", json!({})),
        Ok(Value::Null)
    );
}

#[test]
fn a_remote_origin_cannot_call_app_commands() {
    let app = app();
    let main = window(&app, "main");
    for origin in ["https://example.com", "http://tauri.localhost.evil.test"] {
        let err = invoke(&main, origin, "helplines", json!({})).unwrap_err();
        assert!(
            err.as_str().unwrap_or_default().contains("not allowed"),
            "{origin}: {err}"
        );
    }
}

#[test]
fn a_window_without_the_capability_is_denied() {
    // The capability grants the app's commands to the window labelled "main"
    // only; any other window (e.g. one opened by injected script) is refused.
    let app = app();
    let other = window(&app, "other");
    let err = invoke(&other, APP_ORIGIN, "helplines", json!({})).unwrap_err();
    assert!(
        err.as_str().unwrap_or_default().contains("not allowed"),
        "{err}"
    );
}

#[test]
fn an_unknown_command_is_refused() {
    let app = app();
    let main = window(&app, "main");
    assert!(invoke(
        &main,
        APP_ORIGIN,
        "read_any_file",
        json!({"path": "/etc/passwd"})
    )
    .is_err());
}

#[test]
fn no_plugin_that_touches_files_shell_or_network_is_granted() {
    let capability: Value =
        serde_json::from_str(include_str!("../capabilities/main.json")).unwrap();
    let permissions = capability["permissions"].as_array().unwrap();
    for permission in permissions {
        let name = permission.as_str().expect("permissions are plain names");
        assert!(
            name == "core:default" || name.starts_with("allow-"),
            "unexpected permission {name}: only core:default and the app's own commands"
        );
    }
    assert_eq!(capability["windows"], json!(["main"]));
}

#[test]
fn content_security_policy_is_strict() {
    let config: Value = serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
    let security = &config["app"]["security"];
    assert_eq!(security["freezePrototype"], true);
    assert_ne!(config["app"]["withGlobalTauri"], true);
    let csp = security["csp"].as_object().unwrap();
    for (directive, sources) in csp {
        let sources = sources.as_str().unwrap();
        assert!(!sources.contains("unsafe-eval"), "{directive}: {sources}");
        assert!(!sources.contains("unsafe-inline"), "{directive}: {sources}");
        assert!(!sources.contains("https:"), "{directive}: no remote hosts");
        assert!(!sources.contains('*'), "{directive}: no wildcards");
    }
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["object-src"], "'none'");
}

/// A real HTTP server on 127.0.0.1 that answers 200 and counts every
/// connection: the app's network guard must never let a request reach it.
/// Returns its port and the count.
pub(crate) fn counting_loopback_server() -> (u16, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::Write;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = hits.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            if let Ok(mut s) = stream {
                let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n");
            }
        }
    });
    (port, hits)
}

/// Creates a case with a passphrase (no keyring) and leaves it open; returns its code.
pub(crate) fn open_new_case(main: &WebviewWindow<MockRuntime>, label: &str) -> String {
    let info = invoke(
        main,
        APP_ORIGIN,
        "create_case",
        json!({"case": new_case(label), "passphrase": "a long enough passphrase", "useKeyring": false}),
    )
    .unwrap();
    info["code"].as_str().unwrap().to_owned()
}

fn new_case(label: &str) -> Value {
    json!({
        "label": label,
        "language": "fr",
        "contact_name": null,
        "contact_email": null,
        "country": "BE",
        "minor": false
    })
}

#[test]
fn what_is_happening_is_kept_in_the_open_case() {
    let app = app();
    let main = window(&app, "main");
    open_new_case(&main, "situations");
    let info = invoke(
        &main,
        APP_ORIGIN,
        "set_situations",
        json!({"situations": ["threatened", "fake"]}),
    )
    .unwrap();
    assert_eq!(info["situations"], json!(["threatened", "fake"]));
    let again = invoke(&main, APP_ORIGIN, "current_case", json!({})).unwrap();
    assert_eq!(again["situations"], info["situations"]);
    let err = invoke(
        &main,
        APP_ORIGIN,
        "set_situations",
        json!({"situations": ["not_a_situation"]}),
    )
    .unwrap_err();
    assert!(err.to_string().contains("not_a_situation"), "{err}");
}

#[test]
fn a_childs_photos_give_links_only_steps_and_the_hotline_report_with_the_links() {
    let app = app();
    let main = window(&app, "main");
    // The steps come from the core's flow, before any case exists.
    let steps = invoke(
        &main,
        APP_ORIGIN,
        "case_steps",
        json!({"situations": ["child_photos"], "minor": true}),
    )
    .unwrap();
    assert_eq!(steps, json!(["case", "links", "hotline", "file"]));
    open_new_case(&main, "child");
    invoke(
        &main,
        APP_ORIGIN,
        "set_situations",
        json!({"situations": ["child_photos"]}),
    )
    .unwrap();
    invoke(
        &main,
        APP_ORIGIN,
        "save_links",
        json!({"text": "https://forum.example.org/t/777"}),
    )
    .unwrap();
    let report = invoke(&main, APP_ORIGIN, "hotline_report", json!({"lang": "nl"})).unwrap();
    assert_eq!(report["hotline"]["id"], "child_focus", "{report}");
    assert_eq!(report["language"], "nl", "Child Focus takes Dutch");
    assert!(
        report["body"]
            .as_str()
            .unwrap()
            .contains("https://forum.example.org/t/777"),
        "{report}"
    );
}

#[test]
fn a_guessable_passphrase_is_rated_weak_through_the_main_window() {
    let app = app();
    let main = window(&app, "main");
    let rate = |passphrase: &str, known: &[&str]| {
        invoke(
            &main,
            APP_ORIGIN,
            "rate_passphrase",
            json!({"passphrase": passphrase, "knownWords": known}),
        )
        .unwrap()
    };
    assert_eq!(rate("password", &[]), "weak");
    assert_eq!(rate("short", &[]), "too_short");
    assert_eq!(rate("annelies2009", &["Annelies Peeters"]), "weak");
    assert_eq!(rate("correct horse battery staple", &[]), "strong");
}

#[test]
fn a_case_is_created_locked_and_unlocked_only_with_its_passphrase() {
    let app = app();
    let main = window(&app, "main");
    let passphrase = "correct horse battery staple";

    let info = invoke(
        &main,
        APP_ORIGIN,
        "create_case",
        json!({"case": new_case("IPC test"), "passphrase": passphrase, "useKeyring": false}),
    )
    .unwrap();
    let code = info["code"].as_str().unwrap().to_owned();
    assert_eq!(info["label"], "IPC test");

    let overview = invoke(&main, APP_ORIGIN, "vault_overview", json!({})).unwrap();
    assert_eq!(overview["open_case"], code.as_str());
    assert!(overview["cases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["code"] == code.as_str()));

    invoke(&main, APP_ORIGIN, "lock_case", json!({})).unwrap();
    let err = invoke(&main, APP_ORIGIN, "current_case", json!({})).unwrap_err();
    assert_eq!(err["kind"], "locked");

    let err = invoke(
        &main,
        APP_ORIGIN,
        "unlock_case",
        json!({"code": code, "passphrase": "not the passphrase"}),
    )
    .unwrap_err();
    assert_eq!(err["kind"], "wrong_secret", "{err}");

    let report = invoke(
        &main,
        APP_ORIGIN,
        "unlock_case",
        json!({"code": code, "passphrase": passphrase}),
    )
    .unwrap();
    assert_eq!(
        report["failed_attempts_since"], 1,
        "the wrong try is reported"
    );
    let info = invoke(&main, APP_ORIGIN, "current_case", json!({})).unwrap();
    assert_eq!(info["code"], code.as_str());
}

#[test]
fn quick_exit_locks_the_open_case() {
    let app = app();
    let main = window(&app, "main");
    open_new_case(&main, "quick exit");
    invoke(&main, APP_ORIGIN, "current_case", json!({})).unwrap();

    invoke(&main, APP_ORIGIN, "quick_exit", json!({})).unwrap();

    let err = invoke(&main, APP_ORIGIN, "current_case", json!({})).unwrap_err();
    assert_eq!(err["kind"], "locked");
    let overview = invoke(&main, APP_ORIGIN, "vault_overview", json!({})).unwrap();
    assert_eq!(overview["open_case"], Value::Null);
}

/// A quick exit while a case is being opened (its key derivation takes a
/// second or more, on a worker thread): the case is locked as soon as it is
/// open, never left open behind the quick exit.
#[test]
fn a_case_being_opened_during_a_quick_exit_is_locked_not_left_open() {
    use reclaim_core::vault::Unlock;
    let app = app();
    let main = window(&app, "main");
    let code = open_new_case(&main, "opening");
    invoke(&main, APP_ORIGIN, "lock_case", json!({})).unwrap();

    let cases = app.state::<crate::cases::Cases>();
    let since = cases.lock_watch();
    let passphrase = secrecy::SecretString::from("a long enough passphrase".to_owned());
    let (opened, _) = cases
        .vault(app.handle())
        .unwrap()
        .open_case(&code, Unlock::Passphrase(passphrase))
        .unwrap();
    invoke(&main, APP_ORIGIN, "quick_exit", json!({})).unwrap();
    assert!(cases.open_unless_locked_since(opened, since).is_err());

    let err = invoke(&main, APP_ORIGIN, "current_case", json!({})).unwrap_err();
    assert_eq!(err["kind"], "locked");
}

/// Quick exit never waits behind long work (an export holds the case for its
/// whole run): the command returns, and the case counts as locked, while the
/// work still holds it; the keys go as soon as it lets go.
#[test]
fn quick_exit_does_not_wait_for_work_that_holds_the_case() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{mpsc, Arc};

    let app = app();
    let main = window(&app, "main");
    open_new_case(&main, "quick exit during an export");

    let (release, wait) = mpsc::channel::<()>();
    let (holding, started) = mpsc::channel::<()>();
    let work_done = Arc::new(AtomicBool::new(false));
    let done = work_done.clone();
    let handle = main.app_handle().clone();
    let worker = std::thread::spawn(move || {
        let cases = handle.state::<crate::cases::Cases>();
        let _ = cases.with_open(|_case| {
            holding.send(()).unwrap();
            // Held until the test lets go (or 20 s, so a regression fails
            // instead of hanging).
            let _ = wait.recv_timeout(std::time::Duration::from_secs(20));
            Ok(())
        });
        done.store(true, Ordering::SeqCst);
    });
    started.recv().unwrap();

    invoke(&main, APP_ORIGIN, "quick_exit", json!({})).unwrap();
    assert!(
        !work_done.load(Ordering::SeqCst),
        "quick exit returned only after the work ended"
    );
    release.send(()).unwrap();
    worker.join().unwrap();
    let err = invoke(&main, APP_ORIGIN, "current_case", json!({})).unwrap_err();
    assert_eq!(err["kind"], "locked");
}

#[test]
fn pasted_links_are_checked_then_kept_verbatim_in_the_open_case() {
    let app = app();
    let main = window(&app, "main");
    let pasted = "https://x.com/someone/status/123?s=20\nnot a link at all";

    let check = invoke(&main, APP_ORIGIN, "check_links", json!({"text": pasted})).unwrap();
    let items = check["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["platform"], "x");
    assert_eq!(items[1]["error"]["reason"], "no_url_found");
    assert!(check["platform_names"]["x"].is_string());

    invoke(&main, APP_ORIGIN, "lock_case", json!({})).unwrap();
    let err = invoke(&main, APP_ORIGIN, "save_links", json!({"text": pasted})).unwrap_err();
    assert_eq!(
        err["kind"], "locked",
        "nothing is stored without an open case"
    );

    open_new_case(&main, "links");
    let saved = invoke(&main, APP_ORIGIN, "save_links", json!({"text": pasted})).unwrap();
    let links = saved["links"].as_array().unwrap();
    assert_eq!(
        links.len(),
        1,
        "only the accepted link is stored: {links:?}"
    );
    assert_eq!(
        links[0]["original"],
        "https://x.com/someone/status/123?s=20"
    );
    assert_eq!(links[0]["platform"], "x");
    assert_eq!(saved["platform_names"]["x"], check["platform_names"]["x"]);
    let listed = invoke(&main, APP_ORIGIN, "case_links", json!({})).unwrap();
    assert_eq!(listed["links"], saved["links"]);

    // A link pasted by mistake can be taken out; asking again says it is gone.
    let id = links[0]["id"].clone();
    let after = invoke(&main, APP_ORIGIN, "remove_link", json!({"id": id})).unwrap();
    assert_eq!(after["links"], json!([]));
    let err = invoke(&main, APP_ORIGIN, "remove_link", json!({"id": id})).unwrap_err();
    assert_eq!(err["kind"], "already_removed");
}

/// "Nothing lost" through the main window: a link typed wrong is corrected
/// in one call, and taking out what the case never had, or had already
/// taken out, says which.
#[test]
fn corrections_and_removals_reach_the_open_case_and_say_what_went_wrong() {
    let app = app();
    let main = window(&app, "main");
    open_new_case(&main, "corrections");
    let saved = invoke(
        &main,
        APP_ORIGIN,
        "save_links",
        json!({"text": "https://x.com/someone/status/12"}),
    )
    .unwrap();
    let id = saved["links"][0]["id"].clone();
    let corrected = invoke(
        &main,
        APP_ORIGIN,
        "correct_link",
        json!({"id": id, "url": "https://x.com/someone/status/123"}),
    )
    .unwrap();
    let links = corrected["links"].as_array().unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0]["original"], "https://x.com/someone/status/123");
    let err = invoke(&main, APP_ORIGIN, "remove_link", json!({"id": id})).unwrap_err();
    assert_eq!(err["kind"], "already_removed");
    for (command, args) in [
        ("remove_fingerprint", json!({"id": 99, "reason": null})),
        ("remove_evidence", json!({"id": 99, "reason": "not mine"})),
        (
            "undo_request_sent",
            json!({"requestId": 99, "reason": null}),
        ),
    ] {
        let err = invoke(&main, APP_ORIGIN, command, args).unwrap_err();
        assert_eq!(err["kind"], "not_found", "{command}");
    }
}
