//! Issue 18, item 2: changing the passphrase changes the case key, and a kill
//! at any point of the change leaves a case that opens.

use std::io::Read;
use std::path::Path;

use super::header::KeyHeader;
use super::tests::{evidence, fast, new_case, pass};
use super::*;
use crate::ErrorKind;

const OLD: &str = "old passphrase, known to him";
const NEW: &str = "a new passphrase only she knows";

/// The evidence identity of an open case, as text (what an old database copy gives away).
fn identity_of(case: &OpenCase) -> age::x25519::Identity {
    let text: String = case
        .conn
        .query_row(
            "SELECT value FROM secrets WHERE name = 'evidence_identity'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    text.parse().unwrap()
}

fn decrypts_with(path: &Path, identity: &age::x25519::Identity) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let Ok(decryptor) = age::Decryptor::new_buffered(std::io::BufReader::new(file)) else {
        return false;
    };
    let Ok(mut reader) = decryptor.decrypt(std::iter::once(identity as &dyn age::Identity)) else {
        return false;
    };
    let mut sink = Vec::new();
    reader.read_to_end(&mut sink).is_ok()
}

fn blob_files(case_dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(case_dir.join("blobs"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect()
}

fn change(case: &mut OpenCase, old: &str, new: &str) -> KeyChange {
    case.change_passphrase(&pass(old), &pass(new), KdfStrength::InsecureForTests)
        .unwrap()
}

/// Someone who kept an old copy of `case.keys` (a backup, a freed disk block)
/// and knows the old passphrase opens neither today's database nor any of
/// today's evidence files after the passphrase was changed.
#[test]
fn vault_an_old_key_file_and_the_old_passphrase_open_nothing_after_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let mut case = vault.create_case(&new_case("rekey"), fast(OLD)).unwrap();
    for text in ["first message", "second message"] {
        case.add_evidence(&evidence(EvidenceKind::Document), &mut text.as_bytes())
            .unwrap();
    }
    let code = case.code().to_owned();
    let case_dir = case.dir().to_owned();
    let old_keys = std::fs::read(case_dir.join("case.keys")).unwrap();
    let old_identity = identity_of(&case);
    assert!(blob_files(&case_dir)
        .iter()
        .all(|p| decrypts_with(p, &old_identity)));

    change(&mut case, OLD, NEW);
    case.lock();

    // Today's case opens with the new passphrase, evidence intact.
    let (mut case, _) = vault
        .open_case(&code, Unlock::Passphrase(pass(NEW)))
        .unwrap();
    assert!(case.verify().unwrap().ok);
    let ids: Vec<i64> = case.evidence().unwrap().iter().map(|e| e.id).collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(
        case.evidence_bytes(ids[0]).unwrap().as_slice(),
        b"first message"
    );
    case.lock();

    // No evidence file of today opens with the old evidence key.
    let blobs = blob_files(&case_dir);
    assert_eq!(blobs.len(), 2);
    for blob in &blobs {
        assert!(
            !decrypts_with(blob, &old_identity),
            "{} still opens with the old evidence key",
            blob.display()
        );
    }
    // The old key file and the old passphrase: the case key they give does
    // not open today's database.
    let old_dir = tempfile::tempdir().unwrap();
    std::fs::write(old_dir.path().join("case.keys"), &old_keys).unwrap();
    let old_header = KeyHeader::load(old_dir.path()).unwrap();
    let old_key = old_header.slots[0]
        .open_stretched(&code, OLD.as_bytes())
        .unwrap()
        .expect("the old slot still opens with the old passphrase");
    let err = db::open(&case_dir, &old_key.subkey("db"), false).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Corrupt, "{err:?}");
    // Put back in place, the old key file does not open the case either.
    std::fs::write(case_dir.join("case.keys"), &old_keys).unwrap();
    assert!(vault
        .open_case(&code, Unlock::Passphrase(pass(OLD)))
        .is_err());
}

/// The child process of the kill test: changes the passphrase of the case in
/// `RECLAIM_TEST_REKEY_DIR` and is aborted by the key change at the step
/// `RECLAIM_TEST_ABORT_AT` names. Does nothing in a normal test run.
#[test]
fn vault_rekey_child_process() {
    let Ok(dir) = std::env::var("RECLAIM_TEST_REKEY_DIR") else {
        return;
    };
    let code = std::env::var("RECLAIM_TEST_REKEY_CODE").unwrap();
    let vault = Vault::without_keyring(Path::new(&dir));
    let (mut case, _) = vault
        .open_case(&code, Unlock::Passphrase(pass(OLD)))
        .unwrap();
    change(&mut case, OLD, NEW);
}

/// A kill (abort: no unwinding, no clean-up) at each step of a key change
/// leaves a case that opens with the old passphrase (before the commit point)
/// or the new one (from it on), never neither, with all its evidence.
#[test]
fn vault_a_kill_at_any_step_of_a_key_change_leaves_a_case_that_opens() {
    let exe = std::env::current_exe().unwrap();
    let committed_at = rekey::STEPS.iter().position(|s| *s == "committed").unwrap();
    for (index, step) in rekey::STEPS.iter().enumerate() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::without_keyring(dir.path());
        let mut case = vault.create_case(&new_case("kill"), fast(OLD)).unwrap();
        for text in ["first message", "second message"] {
            case.add_evidence(&evidence(EvidenceKind::Document), &mut text.as_bytes())
                .unwrap();
        }
        let code = case.code().to_owned();
        let case_dir = case.dir().to_owned();
        case.lock();

        let status = std::process::Command::new(&exe)
            .args([
                "vault::tests_rekey::vault_rekey_child_process",
                "--exact",
                "--test-threads=1",
            ])
            .env("RECLAIM_TEST_REKEY_DIR", dir.path())
            .env("RECLAIM_TEST_REKEY_CODE", &code)
            .env("RECLAIM_TEST_ABORT_AT", step)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            assert_eq!(
                status.signal(),
                Some(6),
                "the child was not aborted at {step}"
            );
        }
        assert!(!status.success(), "the child was not killed at {step}");

        let with_new = vault.open_case(&code, Unlock::Passphrase(pass(NEW)));
        let (mut case, which) = match with_new {
            Ok((case, _)) => (case, NEW),
            Err(new_err) => match vault.open_case(&code, Unlock::Passphrase(pass(OLD))) {
                Ok((case, _)) => (case, OLD),
                Err(old_err) => panic!(
                    "killed at {step}: opens with neither passphrase ({new_err:?} / {old_err:?})"
                ),
            },
        };
        if index >= committed_at {
            assert_eq!(which, NEW, "killed at {step}, after the commit point");
        } else {
            assert_eq!(which, OLD, "killed at {step}, before the commit point");
        }
        let report = case.verify().unwrap();
        assert!(report.ok, "killed at {step}: {:?}", report.problems);
        let texts: Vec<Vec<u8>> = case
            .evidence()
            .unwrap()
            .iter()
            .map(|e| case.evidence_bytes(e.id).unwrap().to_vec())
            .collect::<Vec<_>>();
        assert_eq!(
            texts,
            vec![b"first message".to_vec(), b"second message".to_vec()],
            "killed at {step}"
        );
        case.lock();
        // Nothing of the unfinished change is left; every evidence file is in use.
        for leftover in ["case.db.next", "case.keys.next", "rekey.commit"] {
            assert!(
                !case_dir.join(leftover).exists(),
                "killed at {step}: {leftover} left"
            );
        }
        assert_eq!(blob_files(&case_dir).len(), 2, "killed at {step}");
    }
}

/// The change is in the custody log, and a wrong current passphrase changes nothing.
#[test]
fn vault_a_key_change_is_in_the_custody_log_and_needs_the_current_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let mut case = vault.create_case(&new_case("custody"), fast(OLD)).unwrap();
    let code = case.code().to_owned();
    let err = case
        .change_passphrase(
            &pass("not the passphrase"),
            &pass(NEW),
            KdfStrength::InsecureForTests,
        )
        .err()
        .unwrap();
    assert_eq!(err.kind, ErrorKind::WrongSecret);
    let recovery = case.add_recovery_code().unwrap();
    let change = change(&mut case, OLD, NEW);
    let new_code = change.new_recovery_code.expect("a new recovery code");
    let log = case.custody_log().unwrap();
    let last = log.last().unwrap();
    assert_eq!(last.action, "passphrase_changed");
    assert!(
        last.details.contains("\"case_key_changed\":true"),
        "{}",
        last.details
    );
    assert!(case.verify().unwrap().ok);
    case.lock();
    // The old recovery code opens nothing; the new one does.
    assert!(vault
        .open_case(&code, Unlock::RecoveryCode(recovery))
        .is_err());
    let (case, _) = vault
        .open_case(&code, Unlock::RecoveryCode(new_code))
        .unwrap();
    case.lock();
}

/// Re-key time for a case with 500 MB of evidence (docs/benchmarks.md).
/// `cargo test -p reclaim-core --lib --release -- --ignored bench_rekey --nocapture`
#[test]
#[ignore = "benchmark: writes 1 GB"]
fn bench_rekey_500_mb_of_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let mut case = vault.create_case(&new_case("bench"), fast(OLD)).unwrap();
    let chunk: Vec<u8> = (0..50 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
    for _ in 0..10 {
        case.add_evidence(&evidence(EvidenceKind::Other), &mut chunk.as_slice())
            .unwrap();
    }
    let started = std::time::Instant::now();
    let change = change(&mut case, OLD, NEW);
    let took = started.elapsed();
    println!(
        "re-key: {} evidence files, 500 MiB, {:.1} s ({:.0} MiB/s)",
        change.evidence_files,
        took.as_secs_f64(),
        500.0 / took.as_secs_f64()
    );
}

/// Removing the recovery code changes the case key: the removed code opens
/// nothing, even with the key file as it was before; the passphrase still opens.
#[test]
fn vault_a_removed_recovery_code_opens_nothing_afterwards() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let mut case = vault.create_case(&new_case("remove"), fast(OLD)).unwrap();
    let code = case.code().to_owned();
    let case_dir = case.dir().to_owned();
    let recovery = case.add_recovery_code().unwrap();
    let keys_with_recovery = std::fs::read(case_dir.join("case.keys")).unwrap();
    let change = case
        .remove_slot(
            SlotKind::Recovery,
            &pass(OLD),
            KdfStrength::InsecureForTests,
        )
        .unwrap();
    assert!(change.new_recovery_code.is_none());
    assert_eq!(case.slots().unwrap(), vec![SlotKind::Passphrase]);
    case.lock();
    assert!(vault
        .open_case(&code, Unlock::RecoveryCode(recovery.clone()))
        .is_err());
    let (case, _) = vault
        .open_case(&code, Unlock::Passphrase(pass(OLD)))
        .unwrap();
    case.lock();
    // The key file from before the removal, put back in both places.
    std::fs::write(case_dir.join("case.keys"), &keys_with_recovery).unwrap();
    std::fs::write(case_dir.join("case.keys.copy"), &keys_with_recovery).unwrap();
    assert!(vault
        .open_case(&code, Unlock::RecoveryCode(recovery))
        .is_err());
}
