//! Creating a case: built in a staging folder, renamed into place.

use std::fs;

use rusqlite::params;
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use super::case::{check_new_case, OpenCase};
use super::cases::private_dir;
use super::codes::{base32_groups, check_passphrase};
use super::fsutil::{now_utc, random_bytes, random_name, sync_dir};
use super::header::{KeyHeader, Slot};
use super::kdf::{KdfParams, KdfStrength};
use super::keyring::{self, KeyringStatus};
use super::keys::CaseKey;
use super::lock::CaseLock;
use super::model::NewCase;
use super::state::{self, UnlockState};
use super::{backup, blobs, custody, db, parse_code, Vault};
use crate::{CoreError, CoreResult, ErrorKind};

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
            // Off unless she chooses it: a keyring slot opens the case for
            // anyone using her logged-in session.
            use_keyring: false,
            kdf: KdfStrength::Calibrated,
        }
    }
}

impl Vault {
    /// Creates a new case and returns it open.
    pub fn create_case(&self, new: &NewCase, options: CreateOptions) -> CoreResult<OpenCase> {
        self.create_with(new, options, None, |tx, code, _| {
            custody::append(
                tx,
                "case_created",
                "case",
                &json!({
                    "code": code,
                    "schema_version": db::SCHEMA_VERSION,
                    "reclaim_version": crate::VERSION,
                    "situations": crate::model::situation::normalise(&new.situations),
                }),
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
        check_new_case(new)?;
        if let Some(p) = &options.passphrase {
            check_passphrase(p)?;
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
                let c = base32_groups(&random_bytes::<5>(), 8);
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
            let tx = conn.transaction()?;
            tx.execute(
                "INSERT INTO case_info (id, code, label, language, contact_name, contact_email, country, minor, created_at, updated_at, situations)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)",
                params![
                    code,
                    new.label,
                    new.language,
                    new.contact_name,
                    new.contact_email,
                    new.country,
                    new.minor,
                    now,
                    crate::model::situation::to_stored(&new.situations)
                ],
            )?;
            tx.execute(
                "INSERT INTO secrets (name, value) VALUES ('evidence_identity', ?1)",
                [identity.to_string().expose_secret()],
            )?;
            let staged_blobs = blobs::BlobStore::new(&staging, identity.clone());
            fill(&tx, &code, &staged_blobs)?;
            tx.commit()?;
            // Fold the WAL into the database before the folder moves.
            conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
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
        let (_, opened_at) = UnlockState::record_success(&dir)?;
        let lock = CaseLock::acquire(&dir)?;
        let conn = db::open(&dir, &key.subkey("db"), false)?;
        state::write_mirror(&conn, &opened_at, 0)?;
        let _ = backup::refresh(&conn, &dir);
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
}
