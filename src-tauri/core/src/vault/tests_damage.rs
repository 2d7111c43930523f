//! Issue 18, items 9 and 4: one flipped bit does not lose the case, damage is
//! never taken for a wrong passphrase, and a removed record of wrong tries is
//! noticed.

use std::path::Path;

use super::state::UnlockState;
use super::tests::{evidence, fast, new_case, pass};
use super::*;
use crate::error::{CasePart, ErrorDetail};
use crate::ErrorKind;

const PASS: &str = "correct horse battery staple";

/// Flips one bit of the wrapped key in a key file: the JSON stays valid, so
/// only a checksum tells this from a wrong passphrase.
fn flip_wrapped_key_bit(path: &Path) {
    let mut text = std::fs::read_to_string(path).unwrap();
    let at = text.find("\"wrapped\": \"").unwrap() + "\"wrapped\": \"".len();
    let digit = text.as_bytes()[at];
    let flipped = if digit == b'0' { '1' } else { '0' };
    text.replace_range(at..at + 1, &flipped.to_string());
    std::fs::write(path, text).unwrap();
}

/// Flips one bit in the middle of a file.
fn flip_bit(path: &Path) {
    let mut bytes = std::fs::read(path).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 0x10;
    std::fs::write(path, bytes).unwrap();
}

fn made_case(vault: &Vault) -> (String, std::path::PathBuf) {
    let mut case = vault.create_case(&new_case("damage"), fast(PASS)).unwrap();
    case.add_evidence(&evidence(EvidenceKind::Document), &mut &b"a message"[..])
        .unwrap();
    let code = case.code().to_owned();
    let dir = case.dir().to_owned();
    case.lock();
    (code, dir)
}

#[test]
fn vault_a_flipped_bit_in_the_key_file_opens_from_its_copy_and_is_repaired() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let (code, dir) = made_case(&vault);
    let sound = std::fs::read(dir.join("case.keys")).unwrap();
    flip_wrapped_key_bit(&dir.join("case.keys"));

    let (case, _) = vault
        .open_case(&code, Unlock::Passphrase(pass(PASS)))
        .expect("the copy of the key file opens the case");
    assert_eq!(case.evidence().unwrap().len(), 1);
    case.lock();
    assert_eq!(std::fs::read(dir.join("case.keys")).unwrap(), sound);
    assert_eq!(UnlockState::load(&dir).failed_attempts, 0);
}

#[test]
fn vault_both_key_files_damaged_reads_as_damaged_and_counts_no_wrong_try() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let (code, dir) = made_case(&vault);
    flip_wrapped_key_bit(&dir.join("case.keys"));
    flip_wrapped_key_bit(&dir.join("case.keys.copy"));
    for _ in 0..5 {
        let err = vault
            .open_case(&code, Unlock::Passphrase(pass(PASS)))
            .err()
            .unwrap();
        assert_eq!(err.kind, ErrorKind::Corrupt, "{err:?}");
        assert_eq!(
            err.detail,
            Some(ErrorDetail::Damaged {
                part: CasePart::KeyFile
            })
        );
    }
    let state = UnlockState::load(&dir);
    assert_eq!(state.failed_attempts, 0);
    assert_eq!(state.retry_after_secs(fsutil::unix_now()), 0);
}

#[test]
fn vault_a_flipped_bit_in_the_database_opens_its_backup_and_says_from_when() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let (code, dir) = made_case(&vault);
    // An open makes the backup (evidence included); then the database is damaged.
    let (case, _) = vault
        .open_case(&code, Unlock::Passphrase(pass(PASS)))
        .unwrap();
    case.lock();
    assert!(dir.join("case.db.backup").exists());
    flip_bit(&dir.join("case.db"));

    let (mut case, report) = vault
        .open_case(&code, Unlock::Passphrase(pass(PASS)))
        .expect("the backup opens");
    let when = report.restored_from_backup.expect("the person is told");
    assert!(fsutil::parse_time(&when).is_some(), "{when}");
    let items = case.evidence().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(
        case.evidence_bytes(items[0].id).unwrap().as_slice(),
        b"a message"
    );
    assert!(case.verify().unwrap().ok);
    case.lock();
    // The damaged database is kept aside, not deleted.
    let kept = std::fs::read_dir(&dir).unwrap().flatten().any(|e| {
        e.file_name()
            .to_string_lossy()
            .starts_with("case.db.damaged-")
    });
    assert!(kept);
}

#[test]
fn vault_database_and_backup_damaged_reads_as_damaged_and_counts_no_wrong_try() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let (code, dir) = made_case(&vault);
    flip_bit(&dir.join("case.db"));
    flip_bit(&dir.join("case.db.backup"));
    let err = vault
        .open_case(&code, Unlock::Passphrase(pass(PASS)))
        .err()
        .unwrap();
    assert_eq!(err.kind, ErrorKind::Corrupt, "{err:?}");
    assert_eq!(
        err.detail,
        Some(ErrorDetail::Damaged {
            part: CasePart::Database
        })
    );
    assert_eq!(UnlockState::load(&dir).failed_attempts, 0);
}

/// Deleting `unlock.json` after wrong tries no longer hides them: the open
/// says the record was removed, and since when the case was not opened.
#[test]
fn vault_a_deleted_record_of_wrong_tries_is_noticed_at_the_next_open() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let (code, dir) = made_case(&vault);
    let (case, first) = vault
        .open_case(&code, Unlock::Passphrase(pass(PASS)))
        .unwrap();
    assert_eq!(first.record_warning, None);
    case.lock();
    let last_open = UnlockState::load(&dir).last_opened_at.unwrap();
    for _ in 0..3 {
        assert!(vault
            .open_case(&code, Unlock::Passphrase(pass("a wrong guess here")))
            .is_err());
    }
    std::fs::remove_file(dir.join("unlock.json")).unwrap();

    let (case, report) = vault
        .open_case(&code, Unlock::Passphrase(pass(PASS)))
        .unwrap();
    assert_eq!(
        report.record_warning,
        Some(UnlockRecordWarning::Removed {
            last_opened_at: last_open.clone()
        })
    );
    case.lock();

    // An edited record (the wrong tries set back to 0, an older time) is noticed too.
    std::fs::write(
        dir.join("unlock.json"),
        br#"{"last_opened_at":"2026-01-01T00:00:00Z","failed_attempts":0,"last_failed_unix":null}"#,
    )
    .unwrap();
    let (case, report) = vault
        .open_case(&code, Unlock::Passphrase(pass(PASS)))
        .unwrap();
    assert!(matches!(
        report.record_warning,
        Some(UnlockRecordWarning::Changed { .. })
    ));
    case.lock();
    // And an untouched record gives no warning.
    let (case, report) = vault
        .open_case(&code, Unlock::Passphrase(pass(PASS)))
        .unwrap();
    assert_eq!(report.record_warning, None);
    case.lock();
}
