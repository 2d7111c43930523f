//! Changing the case key (issue 18, item 2): a new passphrase, or a removed
//! key slot, gives the case a new random key, so an old copy of `case.keys`
//! and an old passphrase open nothing of today's case.
//!
//! Everything new is written beside the old, then switched with renames:
//!
//! 1. `case.db.next`: a copy of the database (`VACUUM INTO`), re-keyed
//!    (`sqlite3_rekey`), with the new evidence key and the custody entry;
//! 2. each evidence file re-encrypted to the new evidence key under a new
//!    random name in `blobs/` (the new database names the new files);
//! 3. `case.keys.next`: the key slots wrapping the new case key;
//! 4. `rekey.commit`, written atomically: **the commit point**;
//! 5. renames: `case.db.next` → `case.db`, `case.keys.next` → `case.keys`;
//!    then `rekey.commit` is removed.
//!
//! [`recover`] runs before every open: with `rekey.commit` it finishes step 5
//! (renames only, no secret needed), without it it removes the `.next` files.
//! Evidence files the database in use does not name (the new ones before the
//! commit, the old ones after) are removed at open like any orphan. A kill at
//! any point therefore leaves a case that opens with the old passphrase
//! (before the commit) or the new one (after), never neither; the test
//! `vault_a_kill_at_any_step_of_a_key_change_leaves_a_case_that_opens` kills
//! a child process at each step.

use std::fs;
use std::path::Path;

use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use super::blobs::BlobStore;
use super::case::OpenCase;
use super::codes::{check_passphrase, normalise_recovery, recovery_code_text};
use super::db::{self, DB_FILE};
use super::fsutil::{random_bytes, sync_dir, write_atomic};
use super::header::{KeyHeader, Slot, SlotKind, HEADER_FILE};
use super::kdf::{KdfParams, KdfStrength};
use super::keyring as kr;
use super::keys::CaseKey;
use super::{backup, custody, header};
use crate::{CoreError, CoreResult, ErrorKind};

const DB_NEXT: &str = "case.db.next";
const KEYS_NEXT: &str = "case.keys.next";
const COMMIT: &str = "rekey.commit";

/// The steps at which a test may kill the process (see [`step`]).
#[cfg(test)]
pub(crate) const STEPS: &[&str] = &[
    "start",
    "db_copied",
    "db_rekeyed",
    "first_evidence_copied",
    "evidence_copied",
    "db_filled",
    "keys_written",
    "old_db_closed",
    "committed",
    "db_switched",
    "keys_switched",
    "done",
];

/// A test hook: the child process of the kill test aborts here (no unwinding,
/// no clean-up: what a power cut or `kill -9` leaves). Nothing in other builds.
fn step(_name: &str) {
    #[cfg(test)]
    if std::env::var("RECLAIM_TEST_ABORT_AT").as_deref() == Ok(_name) {
        std::process::abort();
    }
}

/// What a key change did.
pub struct KeyChange {
    /// Evidence files re-encrypted to the new key.
    pub evidence_files: usize,
    /// The case had a recovery code: the old one no longer opens the case,
    /// this new one does (shown once; write it down).
    pub new_recovery_code: Option<SecretString>,
}

/// The slots the new key gets.
struct NewSlots<'a> {
    passphrase: Option<(&'a SecretString, KdfStrength)>,
    keyring: bool,
    recovery: bool,
}

impl OpenCase {
    /// Changes the passphrase and, with it, the case key: the database is
    /// re-keyed and every evidence file re-encrypted. `current` must open the
    /// case's passphrase slot (someone at an unlocked screen cannot change it).
    /// A keyring slot is kept; a recovery code is replaced by a new one.
    pub fn change_passphrase(
        &mut self,
        current: &SecretString,
        new: &SecretString,
        strength: KdfStrength,
    ) -> CoreResult<KeyChange> {
        check_passphrase(new)?;
        let header = KeyHeader::load(&self.dir)?;
        self.check_current(&header, current)?;
        self.change_key(
            &header,
            NewSlots {
                passphrase: Some((new, strength)),
                keyring: header.has(SlotKind::Keyring),
                recovery: header.has(SlotKind::Recovery),
            },
            "passphrase_changed",
        )
    }

    /// Removes a way to open the case (the keyring or the recovery code) and
    /// changes the case key, so the removed slot's secret opens nothing, even
    /// with an old copy of `case.keys`. The passphrase stays: it is needed to
    /// wrap the new key.
    pub fn remove_slot(
        &mut self,
        kind: SlotKind,
        passphrase: &SecretString,
        strength: KdfStrength,
    ) -> CoreResult<KeyChange> {
        if kind == SlotKind::Passphrase {
            return Err(CoreError::invalid_input(
                "the passphrase cannot be removed; change it instead",
            ));
        }
        let header = KeyHeader::load(&self.dir)?;
        self.check_current(&header, passphrase)?;
        self.change_key(
            &header,
            NewSlots {
                passphrase: Some((passphrase, strength)),
                keyring: kind != SlotKind::Keyring && header.has(SlotKind::Keyring),
                recovery: kind != SlotKind::Recovery && header.has(SlotKind::Recovery),
            },
            match kind {
                SlotKind::Keyring => "keyring_slot_removed",
                _ => "recovery_code_removed",
            },
        )
    }

    fn check_current(&self, header: &KeyHeader, current: &SecretString) -> CoreResult<()> {
        let slot = header
            .slots
            .iter()
            .find(|s| s.kind() == SlotKind::Passphrase)
            .ok_or_else(|| {
                CoreError::new(ErrorKind::WrongSecret, "this case has no passphrase yet")
            })?;
        match slot.open_stretched(&self.code, current.expose_secret().as_bytes())? {
            Some(_) => Ok(()),
            None => Err(CoreError::new(
                ErrorKind::WrongSecret,
                "the current passphrase is not right",
            )),
        }
    }

    fn change_key(
        &mut self,
        old_header: &KeyHeader,
        slots: NewSlots<'_>,
        event: &str,
    ) -> CoreResult<KeyChange> {
        self.touch();
        step("start");
        discard_unfinished(&self.dir)?;
        let key = CaseKey::random();
        let identity = age::x25519::Identity::generate();
        let prepared = self.prepare(&key, &identity, old_header, &slots, event);
        let (evidence_files, new_recovery_code) = match prepared {
            Ok(done) => done,
            Err(e) => {
                let _ = discard_unfinished(&self.dir);
                // The new evidence files are orphans of the database in use.
                let _ = self.remove_orphans();
                return Err(e);
            }
        };
        // Close the database (its WAL folded in) before it is replaced.
        let committed = (|| -> CoreResult<()> {
            self.conn
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
            let old = std::mem::replace(&mut self.conn, rusqlite::Connection::open_in_memory()?);
            old.close().map_err(|(_, e)| CoreError::from(e))?;
            step("old_db_closed");
            write_atomic(
                &self.dir.join(COMMIT),
                b"switch to case.db.next and case.keys.next\n",
            )?;
            Ok(())
        })();
        if let Err(e) = committed {
            // Not committed: the old case stays; drop the new files, reopen the old.
            let _ = discard_unfinished(&self.dir);
            self.conn = db::open(&self.dir, &self.key.subkey("db"), false)?;
            let _ = self.remove_orphans();
            return Err(e);
        }
        step("committed");
        // Committed: if a rename fails now, the next open finishes the switch.
        finish_switch(&self.dir)?;
        self.conn = db::open(&self.dir, &key.subkey("db"), false)?;
        self.key = key;
        self.blobs = BlobStore::new(&self.dir, identity);
        self.remove_orphans()?;
        let _ = backup::refresh(&self.conn, &self.dir);
        step("done");
        Ok(KeyChange {
            evidence_files,
            new_recovery_code,
        })
    }

    /// Steps 1 to 3: everything new, beside the old.
    fn prepare(
        &mut self,
        key: &CaseKey,
        identity: &age::x25519::Identity,
        old_header: &KeyHeader,
        slots: &NewSlots<'_>,
        event: &str,
    ) -> CoreResult<(usize, Option<SecretString>)> {
        let next_path = self.dir.join(DB_NEXT);
        let next_text = next_path
            .to_str()
            .ok_or_else(|| CoreError::internal("the case folder's path is not UTF-8"))?;
        // The copy is encrypted with the database's key (an attached database
        // without a key clause takes the main one's).
        self.conn.execute("VACUUM INTO ?1", [next_text])?;
        step("db_copied");
        let mut next = rusqlite::Connection::open(&next_path)?;
        let _ = next.execute_batch("PRAGMA cipher_log_level = NONE;");
        db::apply_key(&next, &self.key.subkey("db"))?;
        next.execute_batch("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;")?;
        db::rekey(&next, &key.subkey("db"))?;
        step("db_rekeyed");

        let new_blobs = BlobStore::new(&self.dir, identity.clone());
        let mut renamed = Vec::new();
        {
            let mut stmt = self
                .conn
                .prepare("SELECT id, blob, sha256 FROM evidence WHERE removed_at IS NULL")?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            for (id, old_name, sha256) in rows {
                let written = self.blobs.reencrypt_into(&old_name, &new_blobs)?;
                if written.sha256 != sha256 {
                    return Err(CoreError::new(
                        ErrorKind::Corrupt,
                        format!(
                            "evidence {id} does not match its recorded hash; run a check of the case before changing the passphrase"
                        ),
                    ));
                }
                renamed.push((id, written.name));
                if renamed.len() == 1 {
                    step("first_evidence_copied");
                }
            }
        }
        step("evidence_copied");
        let tx = next.transaction()?;
        tx.execute(
            "UPDATE secrets SET value = ?1 WHERE name = 'evidence_identity'",
            [identity.to_string().expose_secret()],
        )?;
        for (id, name) in &renamed {
            tx.execute(
                "UPDATE evidence SET blob = ?1 WHERE id = ?2",
                rusqlite::params![name, id],
            )?;
        }
        let kept: Vec<SlotKind> = [
            (slots.passphrase.is_some(), SlotKind::Passphrase),
            (slots.keyring, SlotKind::Keyring),
            (slots.recovery, SlotKind::Recovery),
        ]
        .into_iter()
        .filter_map(|(keep, kind)| keep.then_some(kind))
        .collect();
        custody::append(
            &tx,
            event,
            "case",
            &json!({ "case_key_changed": true, "evidence_files": renamed.len(), "slots": kept }),
        )?;
        tx.commit()?;
        next.close().map_err(|(_, e)| CoreError::from(e))?;
        step("db_filled");

        let (header, recovery) = self.new_header(key, old_header, slots)?;
        header.save_as(&self.dir, KEYS_NEXT)?;
        step("keys_written");
        Ok((renamed.len(), recovery))
    }

    fn new_header(
        &self,
        key: &CaseKey,
        old: &KeyHeader,
        slots: &NewSlots<'_>,
    ) -> CoreResult<(KeyHeader, Option<SecretString>)> {
        let mut header = KeyHeader::new(&self.code, old.created_at.clone());
        if let Some((passphrase, strength)) = slots.passphrase {
            let kdf = KdfParams::for_new_slot(strength)?;
            header.put(Slot::passphrase(
                &self.code,
                passphrase.expose_secret().as_bytes(),
                kdf,
                key,
            )?);
        }
        if slots.keyring {
            // The keyring must work now: otherwise the new key could not be
            // wrapped for it and the slot would be lost without a word.
            let config = self.keyring.clone().ok_or_else(|| {
                CoreError::new(
                    ErrorKind::KeyringUnavailable,
                    "the keyring is not used in this session; open the case with the keyring to change its key, or remove the keyring slot",
                )
            })?;
            let kek = kr::device_kek_or_create(&config)?;
            header.put(Slot::keyring(
                &self.code,
                &config.service,
                &config.user,
                &kek,
                key,
            ));
        }
        let mut recovery = None;
        if slots.recovery {
            let code = recovery_code_text(&random_bytes::<16>());
            let kdf = KdfParams::for_new_slot(KdfStrength::Floor)?;
            header.put(Slot::recovery(
                &self.code,
                normalise_recovery(&code).as_bytes(),
                kdf,
                key,
            )?);
            recovery = Some(SecretString::from(code));
        }
        Ok((header, recovery))
    }
}

/// Removes what an unfinished (uncommitted) key change left.
fn discard_unfinished(dir: &Path) -> CoreResult<()> {
    for name in [DB_NEXT, "case.db.next-journal", KEYS_NEXT] {
        match fs::remove_file(dir.join(name)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    sync_dir(dir)?;
    Ok(())
}

/// Step 5: the renames after the commit point. Each is skipped when already
/// done, so running it again after a kill finishes the switch.
fn finish_switch(dir: &Path) -> CoreResult<()> {
    if dir.join(DB_NEXT).exists() {
        // A backup under the old key must not outlive the change.
        backup::remove(dir)?;
        // The old database's write-ahead log must never be applied to the new one.
        for name in ["case.db-wal", "case.db-shm"] {
            match fs::remove_file(dir.join(name)) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
        fs::rename(dir.join(DB_NEXT), dir.join(DB_FILE))?;
        sync_dir(dir)?;
    }
    step("db_switched");
    if dir.join(KEYS_NEXT).exists() {
        fs::rename(dir.join(KEYS_NEXT), dir.join(HEADER_FILE))?;
        sync_dir(dir)?;
    }
    header::after_switch(dir)?;
    step("keys_switched");
    fs::remove_file(dir.join(COMMIT))?;
    sync_dir(dir)?;
    Ok(())
}

/// Before a case opens: finishes a committed key change or discards an
/// unfinished one. Needs no secret.
pub(crate) fn recover(dir: &Path) -> CoreResult<()> {
    if dir.join(COMMIT).exists() {
        finish_switch(dir)
    } else if dir.join(DB_NEXT).exists() || dir.join(KEYS_NEXT).exists() {
        discard_unfinished(dir)
    } else {
        Ok(())
    }
}
