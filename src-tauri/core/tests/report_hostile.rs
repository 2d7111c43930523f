//! `verify` on a hostile bundle: symlinks, FIFOs, devices and sockets are
//! named and never opened (a FIFO would block the check forever, a symlink
//! would make it read a file outside the bundle), and an oversized
//! manifest is refused without being read whole.

#![cfg(unix)]

mod common;

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use common::sample_case;
use reclaim_core::model::Language;
use reclaim_core::report::*;

fn exported() -> (tempfile::TempDir, PathBuf) {
    sample_case::exported(Language::En)
}

/// Verifies on another thread: a check that blocks (on a FIFO) fails the
/// test instead of hanging it.
fn verify_within_seconds(dir: &Path) -> BundleVerifyReport {
    let dir = dir.to_owned();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || tx.send(verify_bundle(&dir)).unwrap());
    rx.recv_timeout(Duration::from_secs(60))
        .expect("verify must not block on what the bundle holds")
}

fn assert_not_regular(report: &BundleVerifyReport, file: &str) {
    assert!(!report.ok);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.kind == BundleProblemKind::NotRegularFile && p.file.as_deref() == Some(file)),
        "{:#?}",
        report.problems
    );
}

#[test]
fn a_symlink_in_place_of_evidence_is_named_and_not_followed() {
    let (tmp, dir) = exported();
    // The forger points an evidence file at a file outside the bundle that
    // has the right content: a verifier following links would say ok.
    let evidence = dir.join("evidence");
    let name = std::fs::read_dir(&evidence)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .file_name();
    let outside = tmp.path().join("outside");
    std::fs::rename(evidence.join(&name), &outside).unwrap();
    symlink(&outside, evidence.join(&name)).unwrap();
    let rel = format!("evidence/{}", name.to_string_lossy());
    let report = verify_within_seconds(&dir);
    assert_not_regular(&report, &rel);
}

#[test]
fn a_symlinked_manifest_is_not_read() {
    let (tmp, dir) = exported();
    let outside = tmp.path().join("sums");
    std::fs::rename(dir.join("manifest.sha256"), &outside).unwrap();
    symlink(&outside, dir.join("manifest.sha256")).unwrap();
    let report = verify_within_seconds(&dir);
    assert_not_regular(&report, "manifest.sha256");
}

#[test]
fn a_fifo_is_named_and_never_opened() {
    let (_tmp, dir) = exported();
    let status = Command::new("mkfifo")
        .arg(dir.join("evidence/zz-pipe"))
        .status()
        .unwrap();
    assert!(status.success());
    let report = verify_within_seconds(&dir);
    assert_not_regular(&report, "evidence/zz-pipe");
    // A FIFO in place of the manifest itself does not block either.
    std::fs::remove_file(dir.join("manifest.json")).unwrap();
    assert!(Command::new("mkfifo")
        .arg(dir.join("manifest.json"))
        .status()
        .unwrap()
        .success());
    let report = verify_within_seconds(&dir);
    assert_not_regular(&report, "manifest.json");
}

#[test]
fn a_socket_is_named() {
    let (_tmp, dir) = exported();
    let _listener = std::os::unix::net::UnixListener::bind(dir.join("sock")).unwrap();
    let report = verify_within_seconds(&dir);
    assert_not_regular(&report, "sock");
}

#[test]
fn a_device_is_named_and_never_opened() {
    let (_tmp, dir) = exported();
    // /dev/zero's numbers (1, 5): reading it would never end. Making a
    // device node needs root; the test machines run the tests as root.
    let made = Command::new("mknod")
        .arg(dir.join("zero"))
        .args(["c", "1", "5"])
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: mknod needs root here");
        return;
    }
    let report = verify_within_seconds(&dir);
    assert_not_regular(&report, "zero");
}

#[test]
fn an_oversized_manifest_is_refused_not_read_whole() {
    let (_tmp, dir) = exported();
    // 2 GiB of nothing (a sparse file: no disk used).
    let file = std::fs::File::create(dir.join("manifest.sha256")).unwrap();
    file.set_len(2 << 30).unwrap();
    let report = verify_within_seconds(&dir);
    assert!(!report.ok);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.file.as_deref() == Some("manifest.sha256")
                && p.message.contains("larger than")),
        "{:#?}",
        report.problems
    );
}
