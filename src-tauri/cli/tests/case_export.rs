//! `reclaim-cli --data-dir DIR case export CASE --out DIR --passphrase-stdin`
//! over a real vault (SQLCipher database, age-encrypted evidence): the bundle
//! verifies, holds the screenshots but not the person's own image, and the
//! vault's custody log records the export with the bundle's manifest hash.

use std::process::Command;

mod common;

use common::{fast_case, run_with_stdin};
use reclaim_core::vault::*;
use secrecy::SecretString;

const PASSPHRASE: &str = "correct horse battery staple";

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_reclaim-cli"))
}

#[test]
fn case_export_writes_a_verifiable_bundle_and_logs_it_in_the_vault() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut case = fast_case(&data, PASSPHRASE, "de");
    let code = case.code().to_owned();
    let url = "https://www.example.test/straße/über?q=ä&x=1";
    let url_id = case
        .add_url(&NewUrl {
            original: url.into(),
            platform: Some("unknown".into()),
            ..NewUrl::default()
        })
        .unwrap();
    let screenshot = b"\x89PNG screenshot of the page".to_vec();
    let shot = case
        .add_evidence(
            &NewEvidence {
                kind: EvidenceKind::Screenshot,
                original_name: Some("Bildschirmfoto Übersicht.png".into()),
                captured_at: Some("2026-11-20T10:00:00+01:00".into()),
                note: None,
                url_id: Some(url_id),
            },
            &mut screenshot.as_slice(),
        )
        .unwrap();
    let own_image = b"the person's own picture".to_vec();
    let image = case
        .add_evidence(
            &NewEvidence {
                kind: EvidenceKind::Image,
                original_name: Some("IMG_0001.jpg".into()),
                captured_at: None,
                note: None,
                url_id: None,
            },
            &mut own_image.as_slice(),
        )
        .unwrap();
    case.lock();

    let out = tmp.path().join("bundle");
    let mut command = cli();
    command
        .arg("--data-dir")
        .arg(&data)
        .args(["case", "export", &code, "--passphrase-stdin", "--out"])
        .arg(&out);
    let output = run_with_stdin(command, &format!("{PASSPHRASE}\n"));
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let line: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(line["error"].is_null(), "{line}");
    let manifest_sha = line["manifest_sha256"].as_str().unwrap().to_owned();

    // The bundle verifies, with the CLI.
    let verify = cli().args(["bundle", "verify"]).arg(&out).output().unwrap();
    assert_eq!(verify.status.code(), Some(0), "{verify:?}");

    // Screenshot in, the person's own image out (its hash is in the manifest).
    let manifest = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    assert!(manifest.contains(&shot.sha256));
    assert!(manifest.contains(&image.sha256));
    assert!(manifest.contains("Bildschirmfoto Übersicht.png"));
    assert!(manifest.contains(url));
    let evidence_dir: Vec<_> = std::fs::read_dir(out.join("evidence")).unwrap().collect();
    assert_eq!(evidence_dir.len(), 1);
    assert!(!out.join("images").exists());

    // The vault's log records the export (opening the case again adds an
    // unlock entry after it), carrying the manifest's hash.
    let (case, _) = Vault::without_keyring(&data)
        .open_case(
            &code,
            Unlock::Passphrase(SecretString::from(PASSPHRASE.to_owned())),
        )
        .unwrap();
    let log = case.custody_log().unwrap();
    let last = log
        .iter()
        .rev()
        .find(|e| e.action == "case_exported")
        .expect("an export entry in the vault's log");
    assert!(last.details.contains(&manifest_sha));
    assert_eq!(line["export_entry"]["hash"], last.hash.as_str());
}

#[test]
fn a_wrong_passphrase_is_reported_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let case = fast_case(&data, PASSPHRASE, "en");
    let code = case.code().to_owned();
    case.lock();
    let out = tmp.path().join("bundle");
    let mut command = cli();
    command
        .arg("--data-dir")
        .arg(&data)
        .args(["case", "export", &code, "--passphrase-stdin", "--out"])
        .arg(&out);
    let output = run_with_stdin(command, "not the passphrase\n");
    // Like every case command: a wrong passphrase exits 1 with a one-line message.
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let line: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(line["error"]["kind"], "wrong_secret");
    assert!(!out.exists());
}

#[test]
fn case_export_without_data_dir_is_a_usage_error() {
    let out = cli()
        .args(["case", "export", "ABC", "--out", "/nonexistent/x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
