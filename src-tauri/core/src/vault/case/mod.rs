//! An unlocked case: the database connection, the evidence store and the case
//! key, all dropped (and zeroed) by [`OpenCase::lock`] or on drop.

mod anchors;
mod captures;
mod checks;
mod custody_log;
mod details;
mod drafts;
mod evidence;
mod found_copies;
mod hash_services;
mod host_lookups;
mod images;
mod key_slots;
mod removals;
mod request_languages;
mod requests;
mod settings;
mod urls;

pub use anchors::{CustodyAnchor, TimeStampingChoice, CUSTODY_TIME_STAMPED, TIME_STAMPING_SET};
pub use captures::{
    minor_refused_for_pages, page_capture_of, NewPageCapture, PageCapture, PAGE_CAPTURED,
};
pub(crate) use checks::{check_new_case, code_of};
pub use checks::{MAX_TEXT_BYTES, MAX_URL_BYTES};
pub use found_copies::{minor_refused_for_copies, FOUND_COPY_KEPT};
pub use host_lookups::HOST_LOOKED_UP;
pub(crate) use images::{insert_original_matching, OriginalMatching};
pub use removals::{EVIDENCE_NOTE_CHANGED, EVIDENCE_REMOVED, FINGERPRINT_REMOVED};
pub use requests::{CORRECTED, REQUEST_SENT_UNDONE, TICKET_REMOVED};
pub(crate) use urls::checked_url;

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use rusqlite::{params, Connection, Transaction};
use serde_json::json;
use zeroize::Zeroizing;

use super::blobs::BlobStore;
use super::custody;
use super::fsutil::now_utc;
use super::keyring::KeyringConfig;
use super::keys::CaseKey;
use super::lock::{CaseLock, IdleTimer};
use crate::{CoreError, CoreResult, ErrorKind};
use checks::{ensure_exists, StatusTable};

/// An unlocked case. Only one process can hold a case open at a time.
pub struct OpenCase {
    pub(crate) code: String,
    pub(crate) dir: PathBuf,
    // Field order is drop order: the database closes before the lock is released.
    pub(crate) conn: Connection,
    pub(crate) blobs: BlobStore,
    pub(crate) key: CaseKey,
    pub(crate) keyring: Option<KeyringConfig>,
    idle: IdleTimer,
    _lock: CaseLock,
}

impl OpenCase {
    pub(crate) fn assemble(
        code: String,
        dir: PathBuf,
        conn: Connection,
        key: CaseKey,
        keyring: Option<KeyringConfig>,
        lock: CaseLock,
        idle_timeout: Option<Duration>,
    ) -> CoreResult<Self> {
        let identity_text: String = conn
            .query_row(
                "SELECT value FROM secrets WHERE name = 'evidence_identity'",
                [],
                |r| r.get(0),
            )
            .map_err(|_| {
                CoreError::new(ErrorKind::Corrupt, "the case's evidence key is missing")
            })?;
        let identity_text = Zeroizing::new(identity_text);
        let identity: age::x25519::Identity = identity_text.parse().map_err(|_| {
            CoreError::new(ErrorKind::Corrupt, "the case's evidence key is damaged")
        })?;
        let blobs = BlobStore::new(&dir, identity);
        let case = Self {
            code,
            dir,
            conn,
            blobs,
            key,
            keyring,
            idle: IdleTimer::new(idle_timeout),
            _lock: lock,
        };
        case.remove_orphans()?;
        Ok(case)
    }

    /// Removes blobs left by an interrupted import (file renamed, row never
    /// committed), and the file of an evidence file taken out of the case
    /// that could not be deleted then.
    pub(in crate::vault) fn remove_orphans(&self) -> CoreResult<usize> {
        let mut stmt = self
            .conn
            .prepare("SELECT blob FROM evidence WHERE removed_at IS NULL")?;
        let referenced: HashSet<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        self.blobs.remove_orphans(&referenced)
    }

    /// The opaque case code.
    pub fn code(&self) -> &str {
        &self.code
    }

    #[cfg(test)]
    pub(crate) fn dir(&self) -> &std::path::Path {
        &self.dir
    }

    /// Locks the case: closes the database, zeroes the keys, releases the lock file.
    pub fn lock(self) {
        drop(self);
    }

    /// "Delete everything now": closes the case and removes its whole folder
    /// (key slots, database, evidence). Without the key-slot header nothing in
    /// it can be decrypted again, even from leftover disk blocks.
    pub fn delete_forever(self) -> CoreResult<()> {
        let dir = self.dir.clone();
        let Self {
            conn, _lock: lock, ..
        } = self;
        drop(conn);
        // The header (both copies) first: once it is gone the rest is unreadable.
        std::fs::remove_file(dir.join(super::header::HEADER_FILE))?;
        match std::fs::remove_file(dir.join(super::header::HEADER_COPY)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
        super::fsutil::sync_dir(&dir)?;
        drop(lock);
        std::fs::remove_dir_all(&dir)?;
        if let Some(parent) = dir.parent() {
            super::fsutil::sync_dir(parent)?;
        }
        Ok(())
    }

    /// Records activity for the idle auto-lock.
    pub fn touch(&mut self) {
        self.idle.touch();
    }

    /// Sets the idle auto-lock (`None` = off).
    pub fn set_idle_timeout(&mut self, timeout: Option<Duration>) {
        self.idle.set_timeout(timeout);
    }

    /// Time left before the idle auto-lock (the UI warns at 20 s); `None` if off.
    pub fn idle_remaining(&self) -> Option<Duration> {
        self.idle.remaining_at(SystemTime::now())
    }

    /// True when the shell should lock the case now.
    pub fn idle_expired(&self) -> bool {
        self.idle.expired_at(SystemTime::now())
    }

    fn tx<T>(&mut self, f: impl FnOnce(&Transaction) -> CoreResult<T>) -> CoreResult<T> {
        self.idle.touch();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Appends a status to a URL's or a request's history, with its custody
    /// entry, in one transaction.
    fn record_status(
        &mut self,
        table: StatusTable,
        id: i64,
        status: String,
        note: Option<&str>,
    ) -> CoreResult<()> {
        let (owner_table, sql, event, subject) = match table {
            StatusTable::Url => (
                "urls",
                "INSERT INTO url_status (url_id, at, status, note) VALUES (?1, ?2, ?3, ?4)",
                "url_status",
                "url",
            ),
            StatusTable::Request => (
                "requests",
                "INSERT INTO request_status (request_id, at, status, note) VALUES (?1, ?2, ?3, ?4)",
                "request_status",
                "request",
            ),
        };
        let now = now_utc();
        self.tx(|tx| {
            ensure_exists(tx, owner_table, id)?;
            tx.execute(sql, params![id, now, status, note])?;
            custody::append(
                tx,
                event,
                &format!("{subject}:{id}"),
                &json!({ "status": status }),
            )?;
            Ok(())
        })
    }
}
