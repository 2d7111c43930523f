//! A case from which she removed something still exports a file that
//! verifies: the custody log keeps that the record existed and that it was
//! removed, the manifest no longer lists it. A record missing from the
//! manifest *without* a removal in the log still fails.

mod common;

use common::vault_case::open_new;
use reclaim_core::report::{export_case, verify_bundle, BundleOptions};
use reclaim_core::vault::NewUrl;
use sha2::{Digest, Sha256};

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn url(original: &str) -> NewUrl {
    NewUrl {
        original: original.into(),
        normalised: None,
        platform: Some("x".into()),
        kind: Some("post".into()),
        found_at: None,
        how_found: None,
        notes: None,
    }
}

#[test]
fn a_removed_link_leaves_a_file_that_verifies_and_names_the_removal() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = open_new(&tmp.path().join("data"), "removal");
    let kept = case.add_url(&url("https://x.com/a/status/1")).unwrap();
    let mistaken = case.add_url(&url("https://x.com/a/status/2")).unwrap();
    case.remove_url(mistaken, Some("pasted by mistake"))
        .unwrap();

    let out = tmp.path().join("bundle");
    export_case(&mut case, &out, &BundleOptions::default()).unwrap();
    let report = verify_bundle(&out);
    assert!(report.ok, "{:?}", report.problems);
    let manifest = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    assert!(manifest.contains("https://x.com/a/status/1"));
    assert!(!manifest.contains("https://x.com/a/status/2"), "not listed");
    let custody = std::fs::read_to_string(out.join("custody.jsonl")).unwrap();
    assert!(custody.contains(&format!("url:{mistaken}")));
    assert!(custody.contains("url_removed"));
    assert!(custody.contains(&format!("url:{kept}")));
}

#[test]
fn a_link_dropped_from_the_manifest_without_a_removal_still_fails() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = open_new(&tmp.path().join("data"), "tampered");
    case.add_url(&url("https://x.com/a/status/1")).unwrap();
    case.add_url(&url("https://x.com/a/status/2")).unwrap();
    let out = tmp.path().join("bundle");
    export_case(&mut case, &out, &BundleOptions::default()).unwrap();

    // Someone deletes one address from manifest.json and fixes the checksums.
    let path = out.join("manifest.json");
    let mut manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let urls = manifest["urls"].as_array_mut().unwrap();
    urls.retain(|u| !u.to_string().contains("status/2"));
    std::fs::write(&path, serde_json::to_vec_pretty(&manifest).unwrap()).unwrap();
    let sums = std::fs::read_to_string(out.join("manifest.sha256")).unwrap();
    let rewritten: String = sums
        .lines()
        .map(|line| {
            let (_, name) = line.split_once("  ").unwrap();
            let bytes = std::fs::read(out.join(name)).unwrap();
            format!("{}  {name}\n", sha256_hex(&bytes))
        })
        .collect();
    std::fs::write(out.join("manifest.sha256"), rewritten).unwrap();
    let report = verify_bundle(&out);
    assert!(!report.ok);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.message.contains("https://x.com/a/status/2")),
        "{:?}",
        report.problems
    );
}
