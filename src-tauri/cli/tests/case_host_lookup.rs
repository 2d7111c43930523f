//! `reclaim-cli case host-lookup`: asked for one link at a time, through the
//! network guard. Here the registry named by `--rdap-dir` lives on this
//! machine's loopback, which the CLI's guard refuses: nothing reaches it,
//! nothing is kept, and the error says what to do instead. A lookup that
//! reaches its registry (guard exempting loopback) runs in
//! core/src/app/host_lookup_tests.rs.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

mod common;

use common::fast_case;
use reclaim_core::vault::NewUrl;

const PASSPHRASE: &str = "correct horse battery staple";

fn run(data: &std::path::Path, args: &[&str]) -> (serde_json::Value, Option<i32>) {
    common::run_json(data, PASSPHRASE, args)
}

/// A registry on loopback that counts the connections it gets.
fn registry() -> (String, Arc<AtomicUsize>) {
    let (addr, hits) =
        common::counting_loopback_server(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n");
    (format!("http://{}/", addr), hits)
}

#[test]
fn a_lookup_the_guard_refuses_reaches_nothing_and_keeps_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let (base, hits) = registry();
    let rdap = tmp.path().join("rdap");
    std::fs::create_dir_all(&rdap).unwrap();
    for (name, entry) in [
        ("dns.json", "example"),
        ("ipv4.json", "185.0.0.0/8"),
        ("ipv6.json", "2001:db8::/32"),
    ] {
        let list = serde_json::json!({"services": [[[entry], [base]]]});
        std::fs::write(rdap.join(name), list.to_string()).unwrap();
    }
    let mut case = fast_case(&data, PASSPHRASE, "en");
    // A site given by its address: no DNS is needed to find it.
    let link = case
        .add_url(&NewUrl {
            original: "https://185.199.1.1/p/1".into(),
            ..NewUrl::default()
        })
        .unwrap();
    let code = case.code().to_owned();
    case.lock();

    let rdap_dir = rdap.to_string_lossy().into_owned();
    let (refused, status) = run(
        &data,
        &[
            "case",
            "host-lookup",
            &code,
            "--link",
            &link.to_string(),
            "--rdap-dir",
            &rdap_dir,
        ],
    );
    assert_eq!(refused["error"]["kind"], "host_not_found", "{refused}");
    let message = refused["error"]["message"].as_str().unwrap();
    assert!(message.contains("write to the site itself"), "{message}");
    // The registry of --rdap-dir was the one asked, and the guard refused it.
    assert!(message.contains("private network"), "{message}");
    assert_eq!(status, Some(1));
    assert_eq!(hits.load(Ordering::SeqCst), 0);

    let (shown, _) = run(&data, &["case", "show", &code]);
    assert_eq!(
        shown["host_lookups"].as_array().map(Vec::len),
        Some(0),
        "{shown}"
    );
    let logged = shown["custody"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "host_looked_up");
    assert!(!logged, "no custody entry for a lookup that kept nothing");

    let (_, usage) = run(&data, &["case", "host-lookup", &code]);
    assert_eq!(usage, Some(2), "--link is required");
}
