//! Opening a case with a passphrase, a recovery code or the OS keyring.

use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use super::case::OpenCase;
use super::codes::normalise_recovery;
use super::fsutil;
use super::header::{KeyHeader, Slot, SlotKind};
use super::keyring::{self, KeyringStatus};
use super::lock::CaseLock;
use super::model::UnlockReport;
use super::state::UnlockState;
use super::{backup, header, rekey, state, Vault};
use crate::{CoreError, CoreResult, ErrorKind};

/// How a case is opened.
pub enum Unlock {
    Passphrase(SecretString),
    RecoveryCode(SecretString),
    /// The device key in the OS keyring (no prompt).
    Keyring,
}

impl Vault {
    /// Unlocks a case. A wrong passphrase or recovery code counts as a failed
    /// attempt (back-off after three); a passphrase unlock re-creates a lost
    /// keyring entry.
    pub fn open_case(&self, code: &str, unlock: Unlock) -> CoreResult<(OpenCase, UnlockReport)> {
        let dir = self.case_dir(code)?;
        let lock = CaseLock::acquire(&dir)?;
        rekey::recover(&dir)?;
        let mut header = KeyHeader::load(&dir)?;
        let code = header.code.clone();
        let mut keyring_slot_restored = false;
        let key = match &unlock {
            Unlock::Passphrase(secret) | Unlock::RecoveryCode(secret) => {
                let wait = UnlockState::load(&dir).retry_after_secs(fsutil::unix_now());
                if wait > 0 {
                    return Err(CoreError::new(
                        ErrorKind::TooManyAttempts,
                        format!("too many wrong tries; try again in {wait} s"),
                    ));
                }
                let (kind, text) = match &unlock {
                    Unlock::RecoveryCode(_) => (
                        SlotKind::Recovery,
                        normalise_recovery(secret.expose_secret()),
                    ),
                    _ => (
                        SlotKind::Passphrase,
                        zeroize::Zeroizing::new(secret.expose_secret().to_owned()),
                    ),
                };
                let slot = header
                    .slots
                    .iter()
                    .find(|s| s.kind() == kind)
                    .ok_or_else(|| {
                        CoreError::new(
                            ErrorKind::WrongSecret,
                            format!("this case has no {kind:?} slot").to_lowercase(),
                        )
                    })?;
                match slot.open_stretched(&code, text.as_bytes())? {
                    Some(key) => key,
                    None => {
                        UnlockState::record_failure(&dir)?;
                        return Err(CoreError::new(
                            ErrorKind::WrongSecret,
                            "the passphrase or recovery code does not open this case",
                        ));
                    }
                }
            }
            Unlock::Keyring => {
                let config = self.keyring.as_ref().ok_or_else(|| {
                    CoreError::new(
                        ErrorKind::KeyringUnavailable,
                        "the keyring is not used in this session",
                    )
                })?;
                let slot = header
                    .slots
                    .iter()
                    .find(|s| s.kind() == SlotKind::Keyring)
                    .ok_or_else(|| {
                        CoreError::new(
                            ErrorKind::KeyringUnavailable,
                            "this case is not kept in the keyring; use the passphrase",
                        )
                    })?;
                let kek = keyring::device_kek(config)?.ok_or_else(|| {
                    CoreError::new(
                        ErrorKind::KeyringUnavailable,
                        "the keyring no longer has this device's key; open the case with its passphrase",
                    )
                })?;
                slot.open_keyring(&code, &kek)?.ok_or_else(|| {
                    CoreError::new(
                        ErrorKind::KeyringUnavailable,
                        "the keyring's key no longer fits this case; open it with its passphrase",
                    )
                })?
            }
        };
        // Passphrase or recovery unlock: put a lost keyring slot back.
        if !matches!(unlock, Unlock::Keyring) && header.has(SlotKind::Keyring) {
            if let Some(config) = &self.keyring {
                let current = keyring::device_kek(config).ok().flatten();
                let fits = match (
                    &current,
                    header.slots.iter().find(|s| s.kind() == SlotKind::Keyring),
                ) {
                    (Some(kek), Some(slot)) => slot.open_keyring(&code, kek)?.is_some(),
                    _ => false,
                };
                if !fits && keyring::probe(config) == KeyringStatus::Usable {
                    let kek = keyring::device_kek_or_create(config)?;
                    header.put(Slot::keyring(
                        &code,
                        &config.service,
                        &config.user,
                        &kek,
                        &key,
                    ));
                    header.save(&dir)?;
                    keyring_slot_restored = true;
                }
            }
        }
        let record_existed = UnlockState::exists(&dir);
        let (conn, restored_from_backup) = backup::open_or_restore(&dir, &key.subkey("db"))?;
        header::after_switch(&dir)?;
        let (before, opened_at) = UnlockState::record_success(&dir)?;
        // A restored backup holds an older mirror: no comparison then.
        let record_warning = match restored_from_backup {
            Some(_) => None,
            None => state::compare_mirror(&conn, record_existed, &before)?,
        };
        state::write_mirror(&conn, &opened_at, before.failed_attempts)?;
        // A full disk must not stop the case opening; the previous backup stays.
        let _ = backup::refresh(&conn, &dir);
        let mut case = OpenCase::assemble(
            code.clone(),
            dir,
            conn,
            key,
            self.keyring.clone(),
            lock,
            self.idle_timeout,
        )?;
        let slot = match unlock {
            Unlock::Passphrase(_) => SlotKind::Passphrase,
            Unlock::RecoveryCode(_) => SlotKind::Recovery,
            Unlock::Keyring => SlotKind::Keyring,
        };
        case.record_custody(
            "case_unlocked",
            "case",
            &json!({ "slot": slot, "keyring_slot_restored": keyring_slot_restored }),
        )?;
        Ok((
            case,
            UnlockReport {
                code,
                previous_open_at: before.last_opened_at,
                failed_attempts_since: before.failed_attempts,
                keyring_slot_restored,
                record_warning,
                restored_from_backup,
            },
        ))
    }
}
