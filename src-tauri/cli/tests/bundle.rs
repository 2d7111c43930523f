//! `reclaim-cli bundle verify` on a real exported bundle: exit 0 and ok when
//! intact; exit 1 and the file named when a byte changed.

use std::process::Command;

use reclaim_core::model::{EvidenceKind, Language};
use reclaim_core::report::*;
use reclaim_core::vault::{CaseInfo, UrlRecord};
use time::OffsetDateTime;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_reclaim-cli"))
}

fn small_case() -> CaseFile {
    let at = OffsetDateTime::from_unix_timestamp(1_763_900_000).unwrap();
    let bytes = b"screenshot bytes".to_vec();
    // The entries the vault writes when a case, a link and a screenshot are recorded.
    let first = CustodyEntry::append(None, "2025-11-23T12:13:20Z", "case_created", "case", "{}");
    let url = CustodyEntry::append(
        Some(&first),
        "2025-11-23T12:13:20Z",
        "url_added",
        "url:1",
        r#"{"original":"https://example.test/a?b=c"}"#,
    );
    let evidence = CustodyEntry::append(
        Some(&url),
        "2025-11-23T12:13:20Z",
        "evidence_added",
        "ev-1",
        &format!(
            r#"{{"sha256":"{}","kind":"screenshot","captured_at":"2025-11-23T12:13:20Z"}}"#,
            manifest::sha256_hex(&bytes)
        ),
    );
    CaseFile {
        case: CaseInfo {
            code: "CLI-1".into(),
            label: String::new(),
            language: Language::Nl.code().to_owned(),
            contact_name: None,
            contact_email: None,
            country: None,
            minor: false,
            situations: vec![reclaim_core::model::Situation::Shared],
            created_at: "2025-11-23T12:13:20Z".into(),
            updated_at: "2025-11-23T12:13:20Z".into(),
        },
        prepared_by: None,
        description: None,
        urls: vec![UrlRecord {
            id: 1,
            original: "https://example.test/a?b=c".into(),
            normalised: None,
            platform: None,
            kind: None,
            found_at: None,
            how_found: None,
            notes: None,
            added_at: "2025-11-23T12:13:20Z".into(),
            history: vec![],
        }],
        evidence: vec![EvidenceFile {
            id: "ev-1".into(),
            kind: EvidenceKind::Screenshot,
            file_name: "schermafbeelding één.png".into(),
            media_type: "image/png".into(),
            captured_at: at,
            recorded_sha256: manifest::sha256_hex(&bytes),
            source_url: None,
            platform: None,
            note: None,
            bytes,
        }],
        images: vec![],
        requests: vec![],
        custody: vec![first, url, evidence],
    }
}

#[test]
fn bundle_verify_passes_then_names_a_changed_file_with_exit_code_1() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bundle");
    export_bundle(
        &small_case(),
        &dir,
        &BundleOptions::default(),
        OffsetDateTime::now_utc(),
    )
    .unwrap();

    let out = cli().args(["bundle", "verify"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(line["ok"], true);
    assert_eq!(line["problems"].as_array().unwrap().len(), 0);

    let evidence = dir.join("evidence/001-schermafbeelding_n.png");
    let mut bytes = std::fs::read(&evidence).unwrap();
    bytes[0] ^= 1;
    std::fs::write(&evidence, bytes).unwrap();
    let out = cli().args(["bundle", "verify"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1, "one JSON object");
    let line: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(line["ok"], false);
    assert_eq!(
        line["problems"][0]["file"],
        "evidence/001-schermafbeelding_n.png"
    );
    assert_eq!(line["problems"][0]["kind"], "hash_mismatch");
}

#[test]
fn bundle_verify_of_a_folder_without_a_bundle_fails_with_exit_code_1() {
    let tmp = tempfile::tempdir().unwrap();
    let out = cli()
        .args(["bundle", "verify"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(line["problems"][0]["file"], "manifest.sha256");
    assert_eq!(line["problems"][0]["kind"], "missing");
}

#[test]
fn bundle_timestamp_refuses_a_non_http_authority_without_sending_anything() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bundle");
    export_bundle(
        &small_case(),
        &dir,
        &BundleOptions::default(),
        OffsetDateTime::now_utc(),
    )
    .unwrap();
    let out = cli()
        .args(["bundle", "timestamp"])
        .arg(&dir)
        .args(["--tsa", "file:///etc/passwd"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "the command ran");
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(line["error"]["kind"], "invalid_input");
    assert!(!dir.join("manifest.tsr").exists());
}
