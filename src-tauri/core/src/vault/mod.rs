//! The case vault: one encrypted folder per case (security.md §1.8).
//!
//! ```text
//! <data_dir>/vault/v1/cases/<CODE>/
//!     case.keys     key-slot header (JSON): the case key wrapped by a passphrase
//!                   (Argon2id), the OS keyring, and/or a recovery code
//!     case.db       SQLCipher 4 database, raw key = HKDF(case key, "db")
//!     blobs/*.age   evidence files, each age-encrypted, random names
//!     tmp/          unfinished evidence writes (removed at open)
//!     unlock.json   last opened, failed attempts (no secrets)
//!     case.lock     held while a process has the case open
//! ```
//!
//! Nothing readable at rest, never a plaintext key, nothing lost: see the
//! tests in `vault::tests` for each promise.

mod blobs;
mod case;
mod custody;
mod db;
mod fsutil;
mod header;
mod kdf;
mod keyring;
mod keys;
mod lock;
mod model;
mod state;
mod transfer;

#[cfg(test)]
mod tests;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::params;
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

pub use blobs::MAX_EVIDENCE_BYTES;
pub use case::{check_passphrase, OpenCase, MAX_TEXT_BYTES, MAX_URL_BYTES, MIN_PASSPHRASE_CHARS};
pub use custody::{
    entry_hash as custody_entry_hash, verify_chain as verify_custody_chain,
    GENESIS as CUSTODY_GENESIS,
};
pub use header::SlotKind;
pub use kdf::{KdfParams, KdfStrength};
pub use keyring::{forget_device_key, probe as probe_keyring, KeyringConfig, KeyringStatus};
pub use lock::IdleTimer;
pub use model::*;
pub use transfer::ExportReport;

use crate::{CoreError, CoreResult, ErrorKind};
use fsutil::{now_utc, random_bytes, random_name, sync_dir};
use header::{KeyHeader, Slot};
use keys::CaseKey;
use lock::CaseLock;
use state::UnlockState;

/// Auto-lock after this much idle time unless the shell sets another (personal use).
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// How a case is opened.
pub enum Unlock {
    Passphrase(SecretString),
    RecoveryCode(SecretString),
    /// The device key in the OS keyring (no prompt).
    Keyring,
}

/// How a new case is protected.
pub struct CreateOptions {
    /// Required when the keyring is not used or not usable.
    pub passphrase: Option<SecretString>,
    /// Also add an OS keyring slot (if the vault uses the keyring and it works).
    pub use_keyring: bool,
    pub kdf: KdfStrength,
}

impl Default for CreateOptions {
    fn default() -> Self {
        Self {
            passphrase: None,
            use_keyring: true,
            kdf: KdfStrength::Calibrated,
        }
    }
}

/// All the cases under one data folder.
#[derive(Debug, Clone)]
pub struct Vault {
    root: PathBuf,
    keyring: Option<KeyringConfig>,
    idle_timeout: Option<Duration>,
}

impl Vault {
    /// The vault under `data_dir`, using the OS keyring when it works.
    pub fn new(data_dir: &Path) -> Self {
        Self {
            root: data_dir.join("vault").join("v1"),
            keyring: Some(KeyringConfig::default()),
            idle_timeout: Some(DEFAULT_IDLE_TIMEOUT),
        }
    }

    /// The vault under `data_dir` that never touches the OS keyring
    /// (counsellor mode, `--passphrase-stdin`).
    pub fn without_keyring(data_dir: &Path) -> Self {
        Self {
            keyring: None,
            ..Self::new(data_dir)
        }
    }

    /// Uses another keyring entry (tests; one vault per OS user otherwise).
    pub fn with_keyring(mut self, config: KeyringConfig) -> Self {
        self.keyring = Some(config);
        self
    }

    /// Idle auto-lock for cases opened from now on (`None` = off).
    pub fn with_idle_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.idle_timeout = timeout;
        self
    }

    fn cases_dir(&self) -> PathBuf {
        self.root.join("cases")
    }

    /// Whether the OS keyring works (write/read/delete round trip).
    pub fn keyring_status(&self) -> KeyringStatus {
        match &self.keyring {
            Some(config) => keyring::probe(config),
            None => KeyringStatus::Unavailable {
                reason: "the keyring is not used in this session".to_owned(),
            },
        }
    }

    fn case_dir(&self, code: &str) -> CoreResult<PathBuf> {
        let code = parse_code(code)?;
        let dir = self.cases_dir().join(&code);
        if !dir.join(header::HEADER_FILE).exists() {
            return Err(CoreError::new(
                ErrorKind::NotFound,
                format!("no case {code} here"),
            ));
        }
        Ok(dir)
    }

    /// Every case, by opaque code (never by label), oldest first.
    pub fn list_cases(&self) -> CoreResult<Vec<CaseSummary>> {
        let mut out = Vec::new();
        let entries = match fs::read_dir(self.cases_dir()) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
            Err(e) => return Err(e.into()),
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(".staging-") {
                remove_stale_staging(&entry.path());
                continue;
            }
            if parse_code(&name).ok().as_deref() != Some(name.as_str()) {
                continue; // staging folders and strangers
            }
            let Ok(header) = KeyHeader::load(&entry.path()) else {
                continue;
            };
            let state = UnlockState::load(&entry.path());
            out.push(CaseSummary {
                code: header.code.clone(),
                created_at: header.created_at.clone(),
                slots: header.kinds(),
                last_opened_at: state.last_opened_at,
                failed_attempts: state.failed_attempts,
            });
        }
        out.sort_by(|a, b| (&a.created_at, &a.code).cmp(&(&b.created_at, &b.code)));
        Ok(out)
    }

    /// What the unlock screen shows before the person types anything.
    pub fn unlock_info(&self, code: &str) -> CoreResult<UnlockInfo> {
        let dir = self.case_dir(code)?;
        let header = KeyHeader::load(&dir)?;
        let state = UnlockState::load(&dir);
        Ok(UnlockInfo {
            slots: header.kinds(),
            code: header.code,
            retry_after_secs: state.retry_after_secs(fsutil::unix_now()),
            last_opened_at: state.last_opened_at,
            failed_attempts: state.failed_attempts,
        })
    }

    /// Creates a new case and returns it open.
    pub fn create_case(&self, new: &NewCase, options: CreateOptions) -> CoreResult<OpenCase> {
        self.create_with(new, options, None, |tx, code, _| {
            custody::append(
                tx,
                "case_created",
                "case",
                &json!({ "code": code, "schema_version": db::SCHEMA_VERSION, "reclaim_version": crate::VERSION }),
            )
            .map(|_| ())
        })
    }

    /// Shared by create and import: builds the case in a staging folder, then
    /// renames it into place so a crash never leaves half a case.
    pub(crate) fn create_with(
        &self,
        new: &NewCase,
        options: CreateOptions,
        code: Option<String>,
        fill: impl FnOnce(&rusqlite::Transaction, &str, &blobs::BlobStore) -> CoreResult<()>,
    ) -> CoreResult<OpenCase> {
        case::check_new_case(new)?;
        if let Some(p) = &options.passphrase {
            case::check_passphrase(p)?;
        }
        let keyring = match (&self.keyring, options.use_keyring) {
            (Some(config), true) => match keyring::probe(config) {
                KeyringStatus::Usable => Some(config.clone()),
                KeyringStatus::Unavailable { reason } if options.passphrase.is_none() => {
                    return Err(CoreError::new(
                        ErrorKind::KeyringUnavailable,
                        format!("{reason}; choose a passphrase for this case"),
                    ))
                }
                KeyringStatus::Unavailable { .. } => None,
            },
            _ if options.passphrase.is_none() => {
                return Err(CoreError::new(
                    ErrorKind::KeyringUnavailable,
                    "a passphrase is needed when the keyring is not used",
                ))
            }
            _ => None,
        };

        let cases = self.cases_dir();
        fs::create_dir_all(&cases)?;
        private_dir(&self.root)?;
        private_dir(&cases)?;
        let code = match code {
            Some(c) => {
                let c = parse_code(&c)?;
                if cases.join(&c).exists() {
                    return Err(CoreError::invalid_input(format!(
                        "a case {c} is already on this device"
                    )));
                }
                c
            }
            None => loop {
                let c = case::base32_groups(&random_bytes::<5>(), 8);
                if !cases.join(&c).exists() {
                    break c;
                }
            },
        };
        let staging = cases.join(format!(".staging-{}", random_name()));
        fs::create_dir(&staging)?;
        private_dir(&staging)?;
        let built = (|| -> CoreResult<CaseKey> {
            let key = CaseKey::random();
            let now = now_utc();
            let mut header = KeyHeader::new(&code, now.clone());
            if let Some(p) = &options.passphrase {
                let kdf = KdfParams::for_new_slot(options.kdf)?;
                header.put(Slot::passphrase(
                    &code,
                    p.expose_secret().as_bytes(),
                    kdf,
                    &key,
                )?);
            }
            if let Some(config) = &keyring {
                let kek = keyring::device_kek_or_create(config)?;
                header.put(Slot::keyring(
                    &code,
                    &config.service,
                    &config.user,
                    &kek,
                    &key,
                ));
            }
            header.save(&staging)?;
            let mut conn = db::open(&staging, &key.subkey("db"), true)?;
            let identity = age::x25519::Identity::generate();
            let tx = conn.transaction().map_err(db::db_error)?;
            tx.execute(
                "INSERT INTO case_info (id, code, label, language, contact_name, contact_email, country, minor, created_at, updated_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![code, new.label, new.language, new.contact_name, new.contact_email, new.country, new.minor, now],
            )
            .map_err(db::db_error)?;
            tx.execute(
                "INSERT INTO secrets (name, value) VALUES ('evidence_identity', ?1)",
                [identity.to_string().expose_secret()],
            )
            .map_err(db::db_error)?;
            let staged_blobs = blobs::BlobStore::new(&staging, identity.clone());
            fill(&tx, &code, &staged_blobs)?;
            tx.commit().map_err(db::db_error)?;
            // Fold the WAL into the database before the folder moves.
            conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
                .map_err(db::db_error)?;
            drop(conn);
            Ok(key)
        })();
        let key = match built {
            Ok(k) => k,
            Err(e) => {
                let _ = fs::remove_dir_all(&staging);
                return Err(e);
            }
        };
        let dir = cases.join(&code);
        fs::rename(&staging, &dir)?;
        sync_dir(&cases)?;
        UnlockState::record_success(&dir)?;
        let lock = CaseLock::acquire(&dir)?;
        let conn = db::open(&dir, &key.subkey("db"), false)?;
        OpenCase::assemble(
            code,
            dir,
            conn,
            key,
            self.keyring.clone(),
            lock,
            self.idle_timeout,
        )
    }

    /// Unlocks a case. A wrong passphrase or recovery code counts as a failed
    /// attempt (back-off after three); a passphrase unlock re-creates a lost
    /// keyring entry.
    pub fn open_case(&self, code: &str, unlock: Unlock) -> CoreResult<(OpenCase, UnlockReport)> {
        let dir = self.case_dir(code)?;
        let lock = CaseLock::acquire(&dir)?;
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
                        case::normalise_recovery(secret.expose_secret()),
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
        let conn = db::open(&dir, &key.subkey("db"), false)?;
        let before = UnlockState::record_success(&dir)?;
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
            },
        ))
    }
}

/// Only the owner may list or enter the folder (Unix: mode 0700). The content
/// is encrypted anyway; this keeps other OS users from even seeing sizes and
/// case codes.
fn private_dir(path: &Path) -> CoreResult<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o700))?;
    }
    #[cfg(not(unix))]
    {
        let _ = path;
    }
    Ok(())
}

/// Removes what a create or import interrupted more than an hour ago left
/// behind (encrypted, but useless). Younger ones may still be in progress.
fn remove_stale_staging(path: &Path) {
    let stale = fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > Duration::from_secs(3600));
    if stale {
        let _ = fs::remove_dir_all(path);
    }
}

/// Validates a case code (`K7QM-4XP2`, any case, look-alikes mapped) and
/// returns it in canonical form. Keeps paths like `../x` out of the vault.
pub fn parse_code(text: &str) -> CoreResult<String> {
    let compact: String = case::normalise_recovery(text).to_string();
    let valid = compact.len() == 8
        && compact
            .bytes()
            .all(|b| b"0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(&b));
    if !valid {
        return Err(CoreError::invalid_input("a case code looks like K7QM-4XP2"));
    }
    Ok(format!("{}-{}", &compact[..4], &compact[4..]))
}
