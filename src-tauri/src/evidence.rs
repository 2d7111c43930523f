//! Screenshots kept as evidence for a saved link, and the one way their bytes
//! reach the webview: the `reclaim-evidence` URI scheme, answered from memory.
//!
//! The webview never names a file: the screenshot is picked in the system
//! dialog opened from Rust, encrypted into the case, and shown only when the
//! person asks, from `reclaim-evidence://localhost/<id>` (Linux, macOS) or
//! `http://reclaim-evidence.localhost/<id>` (Windows). Decrypted bytes are
//! never written to disk; every answer carries `Cache-Control: no-store`.

use reclaim_core::hashing::sniff::{sniff, FileKind};
use reclaim_core::vault::{EvidenceKind, EvidenceRecord, NewEvidence};
use reclaim_core::CoreError;
use tauri::http::{header, Request, Response, StatusCode};
use tauri::{AppHandle, Manager, Runtime, State};

use crate::cases::Cases;
use crate::error::AppResult;
use crate::picker::{pick, PickPurpose};

/// The URI scheme evidence is served from.
pub const SCHEME: &str = "reclaim-evidence";

/// The only window allowed to load evidence.
const MAIN_WINDOW: &str = "main";

/// Origins of the app's own pages (Linux/macOS, Windows, and the dev server
/// in debug builds). A request that names another origin is refused.
fn is_app_origin(origin: &str) -> bool {
    let origin = origin.trim_end_matches('/');
    matches!(
        origin,
        "tauri://localhost" | "http://tauri.localhost" | "https://tauri.localhost"
    ) || (cfg!(debug_assertions) && origin == "http://localhost:5173")
}

/// `Referer` carries a whole address: only its origin counts.
fn origin_of(referer: &str) -> &str {
    match referer.find("://") {
        Some(scheme_end) => {
            let rest = &referer[scheme_end + 3..];
            let end = rest
                .find(['/', '?', '#'])
                .map_or(referer.len(), |i| scheme_end + 3 + i);
            &referer[..end]
        }
        None => referer,
    }
}

fn refused_by_origin(request: &Request<Vec<u8>>) -> bool {
    let named = |name: header::HeaderName| {
        request
            .headers()
            .get(name)
            .map(|value| value.to_str().unwrap_or("invalid").to_owned())
    };
    if let Some(origin) = named(header::ORIGIN) {
        if origin != "null" && !is_app_origin(&origin) {
            return true;
        }
    }
    matches!(named(header::REFERER), Some(referer) if !is_app_origin(origin_of(&referer)))
}

fn mime_of(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(reclaim_core::hashing::sniff::SNIFF_LEN)];
    match sniff(head, std::path::Path::new("")) {
        FileKind::Jpeg => Some("image/jpeg"),
        FileKind::Png => Some("image/png"),
        FileKind::Gif => Some("image/gif"),
        FileKind::WebP => Some("image/webp"),
        _ => None,
    }
}

fn answer(status: StatusCode, content_type: &str, body: Vec<u8>) -> Response<Vec<u8>> {
    Response::builder()
        .status(status)
        .header(header::CACHE_CONTROL, "no-store")
        .header(header::CONTENT_TYPE, content_type)
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .body(body)
        .expect("a response from fixed parts")
}

fn empty(status: StatusCode) -> Response<Vec<u8>> {
    answer(status, "text/plain", Vec::new())
}

/// Answers one `reclaim-evidence` request: the evidence file's bytes, from
/// memory, for the main window of the app's own pages only.
///
/// 403 for another window or origin, 405 for anything but GET, 404 when no
/// case is open or the id is unknown, 415 for a file that is not an image the
/// webview may show (nothing is ever offered as a download).
pub fn respond(
    cases: &Cases,
    webview_label: &str,
    request: &Request<Vec<u8>>,
) -> Response<Vec<u8>> {
    if webview_label != MAIN_WINDOW || refused_by_origin(request) {
        return empty(StatusCode::FORBIDDEN);
    }
    if request.method() != tauri::http::Method::GET {
        return empty(StatusCode::METHOD_NOT_ALLOWED);
    }
    let id = request
        .uri()
        .path()
        .trim_start_matches('/')
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0);
    let Some(id) = id else {
        return empty(StatusCode::NOT_FOUND);
    };
    let bytes = match cases.with_open(|case| case.evidence_bytes(id)) {
        Ok(bytes) => bytes,
        Err(_) => return empty(StatusCode::NOT_FOUND),
    };
    match mime_of(&bytes) {
        Some(mime) => answer(StatusCode::OK, mime, bytes.to_vec()),
        None => empty(StatusCode::UNSUPPORTED_MEDIA_TYPE),
    }
}

/// Registers the scheme on the app's builder. Decryption runs on a worker
/// thread, not on the thread that draws the window.
pub fn register<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.register_asynchronous_uri_scheme_protocol(SCHEME, |ctx, request, responder| {
        let app = ctx.app_handle().clone();
        let label = ctx.webview_label().to_owned();
        std::thread::spawn(move || {
            let cases = app.state::<Cases>();
            responder.respond(respond(&cases, &label, &request));
        });
    })
}

/// "Add a screenshot" for the saved link `url_id`, or (without a link) a
/// screenshot of a threat: the system dialog opens, and the picked file is
/// encrypted into the case, linked to that link if any, with its SHA-256, the
/// time it was added, its `kind` (a screenshot unless said) and her `note`
/// (the account's name and link, what was demanded). `None` when the person
/// cancels. A minor's case refuses before any dialog opens. Time-stamped
/// after, in the background, when she asked for it.
#[tauri::command]
pub async fn attach_screenshot<R: Runtime>(
    app: AppHandle<R>,
    url_id: Option<i64>,
    kind: Option<EvidenceKind>,
    note: Option<String>,
) -> AppResult<Option<EvidenceRecord>> {
    let minor = app
        .state::<Cases>()
        .with_open(|case| Ok(case.info()?.minor))?;
    if minor {
        return Err(CoreError::minor_images_refused().into());
    }
    let Some(path) = pick(&app, PickPurpose::Screenshot).into_iter().next() else {
        return Ok(None);
    };
    let worker = app.clone();
    let kept = tauri::async_runtime::spawn_blocking(move || {
        let meta = NewEvidence {
            kind: kind.unwrap_or(EvidenceKind::Screenshot),
            original_name: None,
            captured_at: None,
            note: note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty()),
            url_id,
        };
        worker
            .state::<Cases>()
            .with_open(|case| case.add_evidence_file(&path, &meta))
            .map(Some)
    })
    .await
    .map_err(|e| CoreError::internal(e.to_string()))??;
    crate::time_stamps::after_record(&app);
    Ok(kept)
}

/// Every evidence file of the open case (facts only, never bytes).
#[tauri::command]
pub fn case_evidence(cases: State<'_, Cases>) -> AppResult<Vec<EvidenceRecord>> {
    cases.with_open(|case| case.evidence())
}

#[cfg(test)]
pub(crate) mod tests {
    use std::path::PathBuf;

    use serde_json::json;
    use tauri::http::{header, Request, StatusCode};
    use tauri::Manager;

    use super::respond;
    use crate::cases::Cases;
    use crate::tests::{app, invoke, open_new_case, window, APP_ORIGIN};

    /// A real PNG from the PDQ conformance data (ThreatExchange, BSD licence:
    /// shared/pdq-vectors/LICENSE.ThreatExchange).
    pub(crate) fn sample_png() -> PathBuf {
        let path = PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../shared/pdq-vectors/images/misc-images/c.png"
        ));
        assert!(path.exists(), "test image missing: {}", path.display());
        path
    }

    fn get(uri: &str) -> Request<Vec<u8>> {
        Request::builder().uri(uri).body(Vec::new()).unwrap()
    }

    /// The native dialog cannot be driven here: the picker's test hook
    /// (debug builds) answers with the file instead, as in the e2e tests.
    fn pick_screenshot(path: &std::path::Path) {
        std::env::set_var("RECLAIM_TEST_PICK_SCREENSHOT", path);
    }

    #[test]
    fn a_screenshot_is_kept_for_a_link_and_served_only_from_memory_while_open() {
        let app = app();
        let main = window(&app, "main");
        open_new_case(&main, "screenshot");
        let saved = invoke(
            &main,
            APP_ORIGIN,
            "save_links",
            json!({"text": "https://www.instagram.com/p/abc/"}),
        )
        .unwrap();
        let url_id = saved["links"][0]["id"].as_i64().unwrap();

        pick_screenshot(&sample_png());
        let record = invoke(
            &main,
            APP_ORIGIN,
            "attach_screenshot",
            json!({"urlId": url_id}),
        )
        .unwrap();
        let original = std::fs::read(sample_png()).unwrap();
        let expected_sha = reclaim_core::report::manifest::sha256_hex(&original);
        assert_eq!(record["sha256"], expected_sha.as_str());
        assert_eq!(record["kind"], "screenshot");
        assert_eq!(record["url_id"], url_id);
        assert!(record["captured_at_utc"].as_str().unwrap().ends_with('Z'));

        let listed = invoke(&main, APP_ORIGIN, "case_evidence", json!({})).unwrap();
        assert_eq!(listed.as_array().unwrap().len(), 1);
        let id = record["id"].as_i64().unwrap();

        let cases = app.state::<Cases>();
        let uri = format!("reclaim-evidence://localhost/{id}");
        let response = respond(&cases, "main", &get(&uri));
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.body(), &original, "the bytes come back unchanged");
        assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
        assert_eq!(response.headers()[header::CONTENT_TYPE], "image/png");

        // Windows form of the same address.
        let windows = format!("http://reclaim-evidence.localhost/{id}");
        assert_eq!(
            respond(&cases, "main", &get(&windows)).status(),
            StatusCode::OK
        );

        // From the app's own page: allowed; from anywhere else: refused.
        let from = |name: header::HeaderName, value: &str| {
            let request = Request::builder()
                .uri(uri.as_str())
                .header(name, value)
                .body(Vec::new())
                .unwrap();
            respond(&cases, "main", &request).status()
        };
        assert_eq!(from(header::REFERER, "tauri://localhost/"), StatusCode::OK);
        assert_eq!(
            from(header::ORIGIN, "https://evil.example"),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            from(header::REFERER, "http://tauri.localhost.evil.test/x"),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            respond(&cases, "other", &get(&uri)).status(),
            StatusCode::FORBIDDEN,
            "another window gets nothing"
        );
        assert_eq!(
            respond(&cases, "main", &get("reclaim-evidence://localhost/999")).status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            respond(
                &cases,
                "main",
                &get("reclaim-evidence://localhost/../case.db")
            )
            .status(),
            StatusCode::NOT_FOUND
        );

        invoke(&main, APP_ORIGIN, "lock_case", json!({})).unwrap();
        let locked = respond(&cases, "main", &get(&uri));
        assert_eq!(locked.status(), StatusCode::NOT_FOUND);
        assert!(locked.body().is_empty(), "nothing once the case is locked");
        assert_eq!(locked.headers()[header::CACHE_CONTROL], "no-store");
    }

    #[test]
    fn a_minors_case_refuses_screenshots_before_any_dialog() {
        let app = app();
        let main = window(&app, "main");
        invoke(
            &main,
            APP_ORIGIN,
            "create_case",
            json!({"case": {"label": "minor", "language": "nl", "contact_name": null,
                   "contact_email": null, "country": "BE", "minor": true},
                   "passphrase": "a long enough passphrase", "useKeyring": false}),
        )
        .unwrap();
        let saved = invoke(
            &main,
            APP_ORIGIN,
            "save_links",
            json!({"text": "https://x.com/a/status/9"}),
        )
        .unwrap();
        pick_screenshot(&sample_png());
        let err = invoke(
            &main,
            APP_ORIGIN,
            "attach_screenshot",
            json!({"urlId": saved["links"][0]["id"]}),
        )
        .unwrap_err();
        assert_eq!(err["kind"], "minor_images_refused");
        let listed = invoke(&main, APP_ORIGIN, "case_evidence", json!({})).unwrap();
        assert_eq!(listed, json!([]), "nothing was stored");
    }
}
