//! IPC and access-control tests on Tauri's mock runtime, with the app's real
//! configuration and capabilities (`generate_context!()`), no display needed.
//!
//! The origin of the app's own pages on Linux and macOS is `tauri://localhost`
//! (`http://tauri.localhost` on Windows).

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

const APP_ORIGIN: &str = "tauri://localhost";

fn app() -> App<MockRuntime> {
    super::builder(mock_builder())
        .build(tauri::generate_context!())
        .expect("the app builds on the mock runtime")
}

fn window(app: &App<MockRuntime>, label: &str) -> WebviewWindow<MockRuntime> {
    match app.get_webview_window(label) {
        Some(window) => window,
        None => WebviewWindowBuilder::new(app, label, Default::default())
            .build()
            .expect("mock window"),
    }
}

fn invoke(
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
