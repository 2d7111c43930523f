//! Each tampering of issue 19, done as a careful forger would (every hash,
//! the custody chain and both manifests recomputed so that they agree),
//! must fail `verify` with a named problem.

mod common;

use std::path::{Path, PathBuf};

use common::authority::{block_on, loopback_net, Authority};
use common::sample_case::{self, sha, Sizes};
use reclaim_core::model::Language;
use reclaim_core::report::verify::TIMESTAMP_REQUESTED;
use reclaim_core::report::*;
use serde_json::Value;

/// A bundle of the sample case, time-stamped by a loopback authority; the
/// custody log records that the time-stamp was asked for.
fn stamped_bundle() -> (tempfile::TempDir, PathBuf, VerifyOptions) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bundle");
    let mut case = sample_case::case(Language::En, &Sizes::SMALL);
    let last = case.custody.last().cloned();
    case.custody.push(CustodyEntry::append(
        last.as_ref(),
        "2025-11-24T15:00:00Z",
        TIMESTAMP_REQUESTED,
        "case",
        r#"{"tsa":"http://127.0.0.1/tsa"}"#,
    ));
    export_bundle(
        &case,
        &dir,
        &BundleOptions::default(),
        sample_case::export_time(),
    )
    .unwrap();
    let authority = Authority::new(tmp.path(), "Loopback test TSA", true);
    let roots = authority.root();
    let (url, _rx) = authority.serve();
    block_on(timestamp_bundle(&dir, &loopback_net(), &url, &roots)).unwrap();
    let options = VerifyOptions {
        tsa_roots: roots,
        ..VerifyOptions::default()
    };
    let report = verify_bundle_with(&dir, &options);
    assert!(report.ok, "untouched: {:?}", report.problems);
    assert_eq!(report.proof, BundleProof::TimeStamped);
    (tmp, dir, options)
}

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn custody(dir: &Path) -> Vec<CustodyEntry> {
    std::fs::read_to_string(dir.join("custody.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Writes `entries` as the custody log with a freshly computed chain.
fn write_custody(dir: &Path, entries: &[CustodyEntry]) {
    let mut log: Vec<CustodyEntry> = Vec::new();
    for e in entries {
        log.push(CustodyEntry::append(
            log.last(),
            &e.at,
            &e.action,
            &e.subject,
            &e.details,
        ));
    }
    let text: String = log
        .iter()
        .map(|e| serde_json::to_string(e).unwrap() + "\n")
        .collect();
    std::fs::write(dir.join("custody.jsonl"), text).unwrap();
}

/// What a careful forger does last: every file's hash and size in
/// manifest.json, the custody head, then manifest.sha256, all recomputed.
fn reseal(dir: &Path) {
    let path = dir.join("manifest.json");
    let mut manifest = read_json(&path);
    let files = manifest["files"].as_array_mut().unwrap();
    files.retain(|f| dir.join(f["path"].as_str().unwrap()).exists());
    for file in files.iter_mut() {
        let bytes = std::fs::read(dir.join(file["path"].as_str().unwrap())).unwrap();
        file["sha256"] = sha(&bytes).into();
        file["size"] = bytes.len().into();
    }
    manifest["custody_head"] = custody(dir).last().unwrap().hash.clone().into();
    let bytes = serde_json::to_vec_pretty(&manifest).unwrap();
    std::fs::write(&path, &bytes).unwrap();
    let mut lines = vec![("manifest.json".to_owned(), sha(&bytes))];
    for file in manifest["files"].as_array().unwrap() {
        let p = file["path"].as_str().unwrap();
        lines.push((p.to_owned(), sha(&std::fs::read(dir.join(p)).unwrap())));
    }
    lines.sort();
    let text: String = lines.iter().map(|(p, h)| format!("{h}  {p}\n")).collect();
    std::fs::write(dir.join("manifest.sha256"), text).unwrap();
}

fn first_evidence(dir: &Path) -> String {
    read_json(&dir.join("manifest.json"))["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["role"] == "evidence")
        .unwrap()["path"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Verify fails, and names a problem of `kind` (about `file` when given).
fn assert_named(dir: &Path, options: &VerifyOptions, kind: BundleProblemKind, file: Option<&str>) {
    let report = verify_bundle_with(dir, options);
    assert!(!report.ok);
    assert_eq!(report.proof, BundleProof::NotProven);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.kind == kind && (file.is_none() || p.file.as_deref() == file)),
        "expected {kind:?} on {file:?}, got {:#?}",
        report.problems
    );
}

#[test]
fn a_changed_url_and_capture_time_are_named() {
    let (_tmp, dir, options) = stamped_bundle();
    let path = dir.join("manifest.json");
    let mut manifest = read_json(&path);
    manifest["urls"][0]["url"] = "https://elsewhere.test/other".into();
    manifest["urls"][0]["captured_at"] = "2024-01-01T00:00:00Z".into();
    std::fs::write(&path, serde_json::to_vec_pretty(&manifest).unwrap()).unwrap();
    reseal(&dir);
    assert_named(
        &dir,
        &options,
        BundleProblemKind::NotInCustody,
        Some("manifest.json"),
    );
    assert_named(
        &dir,
        &options,
        BundleProblemKind::TimestampInvalid,
        Some("manifest.tsr"),
    );
}

#[test]
fn a_changed_capture_time_alone_is_named() {
    let (_tmp, dir, options) = stamped_bundle();
    let path = dir.join("manifest.json");
    let mut manifest = read_json(&path);
    manifest["urls"][1]["captured_at"] = "2024-01-01T00:00:00Z".into();
    std::fs::write(&path, serde_json::to_vec_pretty(&manifest).unwrap()).unwrap();
    reseal(&dir);
    assert_named(
        &dir,
        &options,
        BundleProblemKind::CustodyMismatch,
        Some("manifest.json"),
    );
}

#[test]
fn a_dropped_custody_entry_is_named_even_with_the_chain_recomputed() {
    let (_tmp, dir, options) = stamped_bundle();
    let mut entries = custody(&dir);
    let at = entries
        .iter()
        .position(|e| e.action == "evidence_added")
        .unwrap();
    entries.remove(at);
    write_custody(&dir, &entries);
    reseal(&dir);
    let evidence = first_evidence(&dir);
    assert_named(
        &dir,
        &options,
        BundleProblemKind::NotInCustody,
        Some(&evidence),
    );
    assert_named(
        &dir,
        &options,
        BundleProblemKind::TimestampInvalid,
        Some("manifest.tsr"),
    );
}

#[test]
fn every_entry_backdated_a_year_with_the_chain_recomputed_is_named() {
    let (_tmp, dir, options) = stamped_bundle();
    let mut entries = custody(&dir);
    for e in &mut entries {
        let at = time::OffsetDateTime::parse(&e.at, &time::format_description::well_known::Rfc3339)
            .unwrap();
        e.at = (at - time::Duration::days(365))
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
    }
    write_custody(&dir, &entries);
    reseal(&dir);
    // The time-stamp no longer covers the bundle, and the log now says
    // files were added to the case a year before they were captured.
    assert_named(
        &dir,
        &options,
        BundleProblemKind::TimestampInvalid,
        Some("manifest.tsr"),
    );
    assert_named(
        &dir,
        &options,
        BundleProblemKind::CustodyMismatch,
        Some("custody.jsonl"),
    );
}

#[test]
fn a_swapped_evidence_file_is_named() {
    let (_tmp, dir, options) = stamped_bundle();
    let evidence = first_evidence(&dir);
    std::fs::write(dir.join(&evidence), b"another picture altogether").unwrap();
    reseal(&dir);
    assert_named(
        &dir,
        &options,
        BundleProblemKind::CustodyMismatch,
        Some(&evidence),
    );
    assert_named(
        &dir,
        &options,
        BundleProblemKind::TimestampInvalid,
        Some("manifest.tsr"),
    );
}

#[test]
fn a_removed_evidence_file_is_named() {
    let (_tmp, dir, options) = stamped_bundle();
    let evidence = first_evidence(&dir);
    std::fs::remove_file(dir.join(&evidence)).unwrap();
    reseal(&dir);
    let report = verify_bundle_with(&dir, &options);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.kind == BundleProblemKind::EvidenceMissing && p.message.contains("ev-0")),
        "{:#?}",
        report.problems
    );
    assert_named(
        &dir,
        &options,
        BundleProblemKind::TimestampInvalid,
        Some("manifest.tsr"),
    );
}

#[test]
fn a_forged_time_stamp_is_named() {
    let (_tmp, dir, options) = stamped_bundle();
    let tsr = dir.join("manifest.tsr");
    let mut token = std::fs::read(&tsr).unwrap();
    let at = token
        .windows(4)
        .position(|w| w[0] == 0x18 && w[1] == 0x0F && w[2] == b'2' && w[3] == b'0')
        .unwrap();
    token[at + 2..at + 6].copy_from_slice(b"2019");
    std::fs::write(&tsr, &token).unwrap();
    assert_named(
        &dir,
        &options,
        BundleProblemKind::TimestampSignatureInvalid,
        Some("manifest.tsr"),
    );
}

#[test]
fn a_removed_time_stamp_is_named_because_the_custody_log_records_it() {
    let (_tmp, dir, options) = stamped_bundle();
    std::fs::remove_file(dir.join("manifest.tsr")).unwrap();
    assert_named(
        &dir,
        &options,
        BundleProblemKind::TimestampMissing,
        Some("manifest.tsr"),
    );
}

#[test]
fn a_report_left_out_of_the_manifest_is_named() {
    let (_tmp, dir, options) = stamped_bundle();
    std::fs::remove_file(dir.join("report.pdf")).unwrap();
    reseal(&dir);
    assert_named(
        &dir,
        &options,
        BundleProblemKind::ReportMissing,
        Some("report.pdf"),
    );
}

#[test]
fn without_a_time_stamp_verify_says_internally_consistent_only() {
    let (_tmp, dir) = sample_case::exported(Language::De);
    for (language, start) in [
        (Language::En, "Internally consistent only"),
        (Language::Fr, "Cohérence interne seulement"),
        (Language::Nl, "Alleen intern consistent"),
        (Language::De, "Nur in sich stimmig"),
    ] {
        let report = verify_bundle_with(
            &dir,
            &VerifyOptions {
                language: Some(language),
                ..VerifyOptions::default()
            },
        );
        assert!(report.ok, "{:?}", report.problems);
        assert_eq!(report.proof, BundleProof::ConsistentOnly);
        assert!(report.statement.starts_with(start), "{}", report.statement);
        assert!(!report.statement.contains("Unchanged since"));
    }
}

/// The `evidence:<n>` id of the bundle's first evidence file.
fn first_evidence_id(dir: &Path) -> String {
    read_json(&dir.join("manifest.json"))["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["role"] == "evidence")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// An evidence file taken out of the bundle and hidden behind a forged
/// `evidence_removed` entry: `at` says where in the log it goes.
fn forge_removal(dir: &Path, at: impl Fn(&[CustodyEntry]) -> usize) {
    let evidence = first_evidence(dir);
    let id = first_evidence_id(dir);
    std::fs::remove_file(dir.join(&evidence)).unwrap();
    let mut entries = custody(dir);
    let forged = CustodyEntry::append(
        None,
        "2025-11-24T14:00:00Z",
        "evidence_removed",
        &id,
        r#"{"reason":"forged"}"#,
    );
    entries.insert(at(&entries), forged);
    write_custody(dir, &entries);
    reseal(dir);
}

#[test]
fn a_forged_removal_entry_breaks_the_time_stamp() {
    let (_tmp, dir, options) = stamped_bundle();
    // Chain and manifests recomputed: only the time-stamp can tell.
    forge_removal(&dir, |entries| entries.len() - 1);
    assert_named(
        &dir,
        &options,
        BundleProblemKind::TimestampInvalid,
        Some("manifest.tsr"),
    );
}

#[test]
fn a_removal_entry_slipped_in_without_its_chain_is_named() {
    let (_tmp, dir, options) = stamped_bundle();
    let evidence = first_evidence(&dir);
    let id = first_evidence_id(&dir);
    std::fs::remove_file(dir.join(&evidence)).unwrap();
    let mut entries = custody(&dir);
    let last = entries.last().unwrap().clone();
    // A line written by hand: its hashes are not the chain's.
    let mut forged = CustodyEntry::append(
        Some(&last),
        "2025-11-24T15:30:00Z",
        "evidence_removed",
        &id,
        r#"{"reason":"forged"}"#,
    );
    forged.hash = last.hash.clone();
    entries.push(forged);
    let text: String = entries
        .iter()
        .map(|e| serde_json::to_string(e).unwrap() + "\n")
        .collect();
    std::fs::write(dir.join("custody.jsonl"), text).unwrap();
    reseal(&dir);
    assert_named(
        &dir,
        &options,
        BundleProblemKind::CustodyBroken,
        Some("custody.jsonl"),
    );
}

#[test]
fn a_removal_recorded_before_the_file_was_added_does_not_excuse_its_absence() {
    let (_tmp, dir) = sample_case::exported(Language::En);
    forge_removal(&dir, |_| 0);
    let report = verify_bundle(&dir);
    assert!(!report.ok);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.kind == BundleProblemKind::EvidenceMissing),
        "{:#?}",
        report.problems
    );
}
