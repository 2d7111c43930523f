//! An export killed half-way (kill -9: no clean-up code runs) leaves its
//! decrypted evidence in a hidden staging folder. The next start of Reclaim
//! (here: the next CLI case command) removes it.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;

use common::fast_case;
use reclaim_core::vault::{EvidenceKind, NewEvidence};

const PASSPHRASE: &str = "correct horse battery staple";
const EVIDENCE: u64 = 192 * 1024 * 1024;

fn cli(data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_reclaim-cli"));
    command.arg("--data-dir").arg(data);
    command
}

/// Every path under `dir` whose name ends in `.partial`.
fn partials(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.to_string_lossy().ends_with(".partial") {
            found.push(path.clone());
        }
        if path.is_dir() && !path.ends_with("data") {
            found.extend(partials(&path));
        }
    }
    found
}

#[cfg(unix)]
#[test]
fn a_killed_export_leaves_no_plaintext_once_reclaim_starts_again() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut case = fast_case(&data, PASSPHRASE, "en");
    let code = case.code().to_owned();
    case.add_evidence(
        &NewEvidence {
            kind: EvidenceKind::Document,
            original_name: Some("messages.txt".into()),
            captured_at: None,
            note: None,
            url_id: None,
        },
        &mut std::io::repeat(b'm').take(EVIDENCE),
    )
    .unwrap();
    case.lock();

    let out = tmp.path().join("file for the police");
    let mut export = cli(&data)
        .args(["case", "export", &code, "--passphrase-stdin", "--out"])
        .arg(&out)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    export
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{PASSPHRASE}\n").as_bytes())
        .unwrap();
    let plaintext = tmp
        .path()
        .join(".file for the police.partial/evidence/001-messages.txt");
    let started = Instant::now();
    while std::fs::metadata(&plaintext).map_or(0, |m| m.len()) < 1024 * 1024 {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the export never started writing"
        );
        assert!(
            export.try_wait().unwrap().is_none(),
            "the export ended before it could be killed"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    export.kill().unwrap(); // SIGKILL
    export.wait().unwrap();
    let mut head = [0u8; 16];
    std::fs::File::open(&plaintext)
        .unwrap()
        .read_exact(&mut head)
        .unwrap();
    assert_eq!(&head, b"mmmmmmmmmmmmmmmm", "decrypted evidence is on disk");

    // The next start: any case command.
    let list = cli(&data).args(["case", "list"]).output().unwrap();
    assert_eq!(list.status.code(), Some(0), "{list:?}");
    assert_eq!(partials(tmp.path()), Vec::<PathBuf>::new());
    assert!(!out.exists());
}
