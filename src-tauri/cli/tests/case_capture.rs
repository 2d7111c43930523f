//! `reclaim-cli case capture`: asked for one link at a time, through the
//! network guard (a site on this machine's loopback is refused and nothing
//! is kept), refused for a minor's case before anything is sent. The capture
//! itself (redirects, headers, hash, time-stamp, pictures never kept) runs
//! against real loopback servers in core/tests/page_capture.rs, where the
//! guard exempts them.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

mod common;

use common::fast_case;
use reclaim_core::vault::NewUrl;

const PASSPHRASE: &str = "correct horse battery staple";

fn run(data: &std::path::Path, args: &[&str]) -> (serde_json::Value, Option<i32>) {
    common::run_json(data, PASSPHRASE, args)
}

/// A site on loopback that counts the connections it gets.
fn site() -> (String, Arc<AtomicUsize>) {
    let (addr, hits) =
        common::counting_loopback_server(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nhi");
    (format!("http://{}/post", addr), hits)
}

#[test]
fn a_capture_goes_through_the_guard_and_is_refused_for_a_minors_case() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let (url, hits) = site();
    let mut case = fast_case(&data, PASSPHRASE, "en");
    let link = case
        .add_url(&NewUrl {
            original: url.clone(),
            ..NewUrl::default()
        })
        .unwrap();
    let code = case.code().to_owned();
    case.lock();

    let (refused, status) = run(
        &data,
        &["case", "capture", &code, "--link", &link.to_string()],
    );
    assert_eq!(refused["error"]["kind"], "address_refused", "{refused}");
    assert_eq!(status, Some(1));
    let (by_url, _) = run(&data, &["case", "capture", &code, "--url", &url]);
    assert_eq!(by_url["error"]["kind"], "address_refused", "{by_url}");
    assert_eq!(hits.load(Ordering::SeqCst), 0);
    let (_, usage) = run(&data, &["case", "capture", &code]);
    assert_eq!(usage, Some(2), "--link or --url is required");

    let (shown, _) = run(&data, &["case", "show", &code]);
    assert_eq!(
        shown["evidence"].as_array().map(Vec::len),
        Some(0),
        "{shown}"
    );

    // A minor's case: refused before anything is sent.
    let mut minor_case = fast_case(&tmp.path().join("data"), PASSPHRASE, "en");
    minor_case
        .update_case(&reclaim_core::vault::NewCase {
            label: "cli test".into(),
            language: "en".into(),
            minor: true,
            ..Default::default()
        })
        .unwrap();
    let link = minor_case
        .add_url(&NewUrl {
            original: url.clone(),
            ..NewUrl::default()
        })
        .unwrap();
    let code = minor_case.code().to_owned();
    minor_case.lock();
    let (minor, status) = run(
        &data,
        &["case", "capture", &code, "--link", &link.to_string()],
    );
    assert_eq!(
        minor["error"]["kind"], "minor_page_capture_refused",
        "{minor}"
    );
    assert_eq!(status, Some(1));
    assert_eq!(hits.load(Ordering::SeqCst), 0);
}
