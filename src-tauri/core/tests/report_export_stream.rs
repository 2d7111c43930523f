//! Exporting a real vault case (SQLCipher, age-encrypted evidence) streams
//! each evidence file from the vault into an owner-only bundle, and an export
//! or a hand-over asked to stop (quick exit, lock) stops within one chunk and
//! leaves nothing behind. Peak memory is measured in docs/benchmarks.md.
//!
//! Needs cheap key derivation: `--features test-support` (on in the
//! workspace's `cargo test`, through the CLI's dev-dependency).
#![cfg(feature = "test-support")]

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use reclaim_core::report::{
    export_case, export_case_until, verify_bundle, BundleOptions, ExportProgress,
};
use reclaim_core::vault::{EvidenceKind, NewEvidence, OpenCase};
use reclaim_core::ErrorKind;
use secrecy::SecretString;

const MIB: u64 = 1024 * 1024;

/// `len` bytes of a document that is not a picture, never all in memory.
fn document(len: u64) -> impl Read {
    std::io::repeat(b'd').take(len)
}

fn add(case: &mut OpenCase, kind: EvidenceKind, name: &str, len: u64) {
    case.add_evidence(
        &NewEvidence {
            kind,
            original_name: Some(name.into()),
            captured_at: None,
            note: None,
            url_id: None,
        },
        &mut document(len),
    )
    .unwrap();
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        found.push(path.clone());
        if path.is_dir() {
            walk(&path, found);
        }
    }
}

/// Everything in `dir` but the vault: what an export may have left.
fn left_beside_vault(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    walk(dir, &mut found);
    found
        .iter()
        .filter(|p| !p.starts_with(dir.join("data")))
        .map(|p| p.display().to_string())
        .collect()
}

#[test]
fn a_vault_export_streams_every_file_into_an_owner_only_bundle_that_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "export test");
    add(
        &mut case,
        EvidenceKind::Document,
        "chat export.txt",
        3 * MIB + 17,
    );
    add(&mut case, EvidenceKind::Image, "own.jpg", 70_000);
    let out = tmp.path().join("bundle");
    let summary = export_case(
        &mut case,
        &out,
        &BundleOptions {
            include_intimate_images: true,
            ..BundleOptions::default()
        },
    )
    .unwrap();
    assert!(summary.changed_evidence.is_empty(), "{summary:?}");
    let report = verify_bundle(&out);
    assert!(report.ok, "{report:?}");
    let mut sizes: Vec<u64> = ["evidence", "images"]
        .iter()
        .flat_map(|d| std::fs::read_dir(out.join(d)).unwrap())
        .map(|e| e.unwrap().metadata().unwrap().len())
        .collect();
    sizes.sort();
    assert_eq!(sizes, vec![70_000, 3 * MIB + 17], "both files, whole");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mut all = vec![out.clone()];
        walk(&out, &mut all);
        for path in all {
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            let want = if path.is_dir() { 0o700 } else { 0o600 };
            assert_eq!(mode, want, "{} is {mode:o}", path.display());
        }
    }
}

#[test]
fn an_export_asked_to_stop_stops_within_a_chunk_and_leaves_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "export test");
    add(&mut case, EvidenceKind::Document, "first.txt", 8 * MIB);
    add(&mut case, EvidenceKind::Document, "second.txt", 24 * MIB);
    let entries_before = case.custody_log().unwrap().len();
    let out = tmp.path().join("bundle");
    let seen = AtomicU64::new(0);
    // The quick exit comes once 4 MiB are written.
    let stop = |p: ExportProgress| {
        assert_eq!(p.total, 32 * MIB);
        seen.store(p.written, Ordering::SeqCst);
        p.written >= 4 * MIB
    };
    let err = export_case_until(&mut case, &out, &BundleOptions::default(), &stop).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Cancelled, "{err:?}");
    let written = seen.load(Ordering::SeqCst);
    assert!(
        (4 * MIB..4 * MIB + 128 * 1024).contains(&written),
        "stopped after {written} bytes of {}",
        32 * MIB
    );
    assert_eq!(left_beside_vault(tmp.path()), Vec::<String>::new());
    assert_eq!(
        case.custody_log().unwrap().len(),
        entries_before,
        "no export was recorded"
    );
    // The case is still whole: the next export runs to its end.
    export_case(&mut case, &out, &BundleOptions::default()).unwrap();
    assert!(verify_bundle(&out).ok);
}

#[test]
fn a_stop_asked_after_the_last_file_still_leaves_no_bundle() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "export test");
    add(&mut case, EvidenceKind::Document, "only.txt", MIB);
    let out = tmp.path().join("bundle");
    let stop = |p: ExportProgress| p.written == p.total;
    let err = export_case_until(&mut case, &out, &BundleOptions::default(), &stop).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Cancelled);
    assert_eq!(left_beside_vault(tmp.path()), Vec::<String>::new());
}

#[test]
fn a_hand_over_asked_to_stop_stops_and_removes_its_partial_file() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "export test");
    add(&mut case, EvidenceKind::Document, "big.txt", 16 * MIB);
    let dest = tmp.path().join("handover.age");
    let writes = AtomicU64::new(0);
    // Stops after about 2 MiB of evidence (64 KiB a write).
    let stop = || writes.fetch_add(1, Ordering::SeqCst) >= 32;
    let err = case
        .export_until(&dest, &SecretString::from("another good passphrase"), &stop)
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Cancelled, "{err:?}");
    assert!(writes.load(Ordering::SeqCst) < 40, "it went on writing");
    assert_eq!(left_beside_vault(tmp.path()), Vec::<String>::new());
}

#[test]
fn a_link_s_capture_time_changed_in_the_bundle_is_caught_against_the_custody_log() {
    use reclaim_core::report::manifest;
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "export test");
    case.add_url(&reclaim_core::vault::NewUrl {
        original: "https://example.test/where-she-saw-it".into(),
        found_at: Some("2026-11-01T10:00:00+01:00".into()),
        ..Default::default()
    })
    .unwrap();
    let out = tmp.path().join("bundle");
    export_case(&mut case, &out, &BundleOptions::default()).unwrap();
    assert!(verify_bundle(&out).ok);

    // Moved three weeks later, with manifest.sha256 made to agree.
    let json_path = out.join(manifest::MANIFEST_JSON);
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json_path).unwrap()).unwrap();
    assert_eq!(json["urls"][0]["captured_at"], "2026-11-01T09:00:00Z");
    json["urls"][0]["captured_at"] = "2026-11-22T09:00:00Z".into();
    let bytes = serde_json::to_vec_pretty(&json).unwrap();
    std::fs::write(&json_path, &bytes).unwrap();
    let sums_path = out.join(manifest::MANIFEST_SHA256);
    let sums: Vec<(String, String)> =
        manifest::parse_sha256_lines(&std::fs::read_to_string(&sums_path).unwrap())
            .unwrap()
            .into_iter()
            .map(|(path, sha)| {
                if path == manifest::MANIFEST_JSON {
                    (path, manifest::sha256_hex(&bytes))
                } else {
                    (path, sha)
                }
            })
            .collect();
    std::fs::write(&sums_path, manifest::sha256_lines(&sums)).unwrap();

    let report = verify_bundle(&out);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.kind == reclaim_core::report::BundleProblemKind::CustodyMismatch),
        "{:?}",
        report.problems
    );
}
