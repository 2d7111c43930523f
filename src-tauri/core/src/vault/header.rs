//! `case.keys`: the versioned key-slot header of a case (plain JSON, holds only
//! wrapped keys, salts and parameters; written atomically).
//!
//! A SHA-256 of the header (field `checksum`) tells damage from a wrong
//! passphrase: a flipped bit reads as "damaged" and never counts as a wrong
//! try. A second copy, `case.keys.copy`, is used when the first is damaged
//! or missing, and rewritten from the first at each open.

use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::fsutil::{random_bytes, write_atomic};
use super::kdf::KdfParams;
use super::keys::{self, CaseKey};
use crate::error::{CasePart, ErrorDetail};
use crate::{CoreError, CoreResult, ErrorKind};

pub(crate) const HEADER_FILE: &str = "case.keys";
/// The second copy of the header.
pub(crate) const HEADER_COPY: &str = "case.keys.copy";
const FORMAT: &str = "reclaim-case-keys";
const VERSION: u32 = 1;

/// The header as stored on disk.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct KeyHeader {
    pub format: String,
    pub version: u32,
    /// The opaque case code (also the folder name).
    pub code: String,
    pub created_at: String,
    pub slots: Vec<Slot>,
    /// SHA-256 (hex) of the header written with this field empty. Absent in
    /// headers written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<String>,
}

/// One way to open the case. Each wraps the same case key.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum Slot {
    /// Argon2id over the person's passphrase.
    Passphrase {
        kdf: KdfParams,
        salt: String,
        nonce: String,
        wrapped: String,
    },
    /// A device key in the OS keyring (Keychain, Credential Manager, Secret Service).
    Keyring {
        service: String,
        user: String,
        nonce: String,
        wrapped: String,
    },
    /// A random recovery code shown once, to write down.
    Recovery {
        kdf: KdfParams,
        salt: String,
        nonce: String,
        wrapped: String,
    },
}

/// What kind of slot, as reported to the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SlotKind {
    Passphrase,
    Keyring,
    Recovery,
}

impl Slot {
    pub(crate) fn kind(&self) -> SlotKind {
        match self {
            Slot::Passphrase { .. } => SlotKind::Passphrase,
            Slot::Keyring { .. } => SlotKind::Keyring,
            Slot::Recovery { .. } => SlotKind::Recovery,
        }
    }

    /// Associated data: binds the wrapped key to this case, this slot kind, the
    /// format version and the slot's parameters.
    fn aad(code: &str, kind: SlotKind, params: &str) -> Vec<u8> {
        format!("{FORMAT}|v{VERSION}|{code}|{kind:?}|{params}").into_bytes()
    }

    fn stretched(
        code: &str,
        kind: SlotKind,
        secret: &[u8],
        kdf: KdfParams,
        key: &CaseKey,
    ) -> CoreResult<Slot> {
        let salt = random_bytes::<32>();
        let kek = kdf.derive(secret, &salt)?;
        let salt = hex::encode(salt);
        let aad = Self::aad(code, kind, &format!("{},salt={salt}", kdf.describe()));
        let (nonce, wrapped) = keys::wrap(&kek, key, &aad);
        let (nonce, wrapped) = (hex::encode(nonce), hex::encode(wrapped));
        Ok(match kind {
            SlotKind::Recovery => Slot::Recovery {
                kdf,
                salt,
                nonce,
                wrapped,
            },
            _ => Slot::Passphrase {
                kdf,
                salt,
                nonce,
                wrapped,
            },
        })
    }

    pub(crate) fn passphrase(
        code: &str,
        passphrase: &[u8],
        kdf: KdfParams,
        key: &CaseKey,
    ) -> CoreResult<Slot> {
        Self::stretched(code, SlotKind::Passphrase, passphrase, kdf, key)
    }

    pub(crate) fn recovery(
        code: &str,
        recovery: &[u8],
        kdf: KdfParams,
        key: &CaseKey,
    ) -> CoreResult<Slot> {
        Self::stretched(code, SlotKind::Recovery, recovery, kdf, key)
    }

    pub(crate) fn keyring(
        code: &str,
        service: &str,
        user: &str,
        kek: &[u8; 32],
        key: &CaseKey,
    ) -> Slot {
        let aad = Self::aad(
            code,
            SlotKind::Keyring,
            &format!("service={service},user={user}"),
        );
        let (nonce, wrapped) = keys::wrap(kek, key, &aad);
        Slot::Keyring {
            service: service.to_owned(),
            user: user.to_owned(),
            nonce: hex::encode(nonce),
            wrapped: hex::encode(wrapped),
        }
    }

    /// Opens a passphrase or recovery slot with `secret`; `None` when it does not fit.
    pub(crate) fn open_stretched(&self, code: &str, secret: &[u8]) -> CoreResult<Option<CaseKey>> {
        let (kind, kdf, salt, nonce, wrapped) = match self {
            Slot::Passphrase {
                kdf,
                salt,
                nonce,
                wrapped,
            } => (SlotKind::Passphrase, kdf, salt, nonce, wrapped),
            Slot::Recovery {
                kdf,
                salt,
                nonce,
                wrapped,
            } => (SlotKind::Recovery, kdf, salt, nonce, wrapped),
            Slot::Keyring { .. } => return Ok(None),
        };
        let salt_bytes = decode(salt)?;
        let kek = kdf.derive(secret, &salt_bytes)?;
        let aad = Self::aad(code, kind, &format!("{},salt={salt}", kdf.describe()));
        Ok(keys::unwrap(&kek, &decode(nonce)?, &decode(wrapped)?, &aad))
    }

    /// Opens a keyring slot with the device key.
    pub(crate) fn open_keyring(
        &self,
        code: &str,
        kek: &Zeroizing<[u8; 32]>,
    ) -> CoreResult<Option<CaseKey>> {
        let Slot::Keyring {
            service,
            user,
            nonce,
            wrapped,
        } = self
        else {
            return Ok(None);
        };
        let aad = Self::aad(
            code,
            SlotKind::Keyring,
            &format!("service={service},user={user}"),
        );
        Ok(keys::unwrap(kek, &decode(nonce)?, &decode(wrapped)?, &aad))
    }
}

/// A damaged key file: never a wrong passphrase.
fn damaged(message: impl Into<String>) -> CoreError {
    CoreError::new(ErrorKind::Corrupt, message).with_detail(ErrorDetail::Damaged {
        part: CasePart::KeyFile,
    })
}

/// Makes both copies of the header the same as the first when it is sound
/// (after a key change, and at each open); rewrites the first from the copy
/// when the first is the damaged one.
pub(crate) fn after_switch(case_dir: &Path) -> CoreResult<()> {
    let first = case_dir.join(HEADER_FILE);
    let copy = case_dir.join(HEADER_COPY);
    match KeyHeader::load_file(&first) {
        Ok(_) => {
            let bytes = std::fs::read(&first)?;
            if std::fs::read(&copy).ok().as_deref() != Some(bytes.as_slice()) {
                write_atomic(&copy, &bytes)?;
            }
        }
        Err(_) => {
            if KeyHeader::load_file(&copy).is_ok() {
                write_atomic(&first, &std::fs::read(&copy)?)?;
            }
        }
    }
    Ok(())
}

fn decode(text: &str) -> CoreResult<Vec<u8>> {
    hex::decode(text).map_err(|_| damaged("the case's key file is damaged"))
}

impl KeyHeader {
    pub(crate) fn new(code: &str, created_at: String) -> Self {
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            code: code.to_owned(),
            created_at,
            slots: Vec::new(),
            checksum: None,
        }
    }

    /// Loads the header, from its copy when the first is damaged or missing.
    pub(crate) fn load(case_dir: &Path) -> CoreResult<Self> {
        match Self::load_file(&case_dir.join(HEADER_FILE)) {
            Ok(header) => Ok(header),
            Err(first) if matches!(first.kind, ErrorKind::Corrupt | ErrorKind::NotFound) => {
                match Self::load_file(&case_dir.join(HEADER_COPY)) {
                    Ok(header) => Ok(header),
                    Err(e) if e.kind == ErrorKind::NotFound => Err(first),
                    Err(_) if first.kind == ErrorKind::NotFound => Err(first),
                    Err(_) => Err(damaged("both copies of the case's key file are damaged")),
                }
            }
            Err(first) => Err(first),
        }
    }

    fn load_file(path: &Path) -> CoreResult<Self> {
        let text = std::fs::read(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => CoreError::new(ErrorKind::NotFound, "no such case"),
            _ => CoreError::from(e),
        })?;
        let header: KeyHeader = serde_json::from_slice(&text)
            .map_err(|e| damaged(format!("the case's key file is damaged: {e}")))?;
        if header.format != FORMAT {
            return Err(damaged("not a Reclaim case key file"));
        }
        if header.version > VERSION {
            return Err(CoreError::new(
                ErrorKind::UnsupportedFormat,
                "this case was made by a newer version of Reclaim",
            ));
        }
        if let Some(stored) = &header.checksum {
            if *stored != header.compute_checksum()? {
                return Err(damaged("the case's key file is damaged (checksum)"));
            }
        }
        Ok(header)
    }

    fn compute_checksum(&self) -> CoreResult<String> {
        let mut bare = self.clone();
        bare.checksum = None;
        let bytes = serde_json::to_vec(&bare).map_err(|e| CoreError::internal(e.to_string()))?;
        Ok(hex::encode(Sha256::digest(&bytes)))
    }

    fn to_bytes(&self) -> CoreResult<Vec<u8>> {
        let mut sealed = self.clone();
        sealed.checksum = Some(self.compute_checksum()?);
        serde_json::to_vec_pretty(&sealed).map_err(|e| CoreError::internal(e.to_string()))
    }

    /// Writes both copies, each atomically, the first one first.
    pub(crate) fn save(&self, case_dir: &Path) -> CoreResult<()> {
        let bytes = self.to_bytes()?;
        write_atomic(&case_dir.join(HEADER_FILE), &bytes)?;
        write_atomic(&case_dir.join(HEADER_COPY), &bytes)?;
        Ok(())
    }

    /// Writes only a file named `name` (a key change's next header).
    pub(crate) fn save_as(&self, case_dir: &Path, name: &str) -> CoreResult<()> {
        write_atomic(&case_dir.join(name), &self.to_bytes()?)?;
        Ok(())
    }

    pub(crate) fn has(&self, kind: SlotKind) -> bool {
        self.slots.iter().any(|s| s.kind() == kind)
    }

    /// Replaces every slot of `slot`'s kind with `slot`.
    pub(crate) fn put(&mut self, slot: Slot) {
        let kind = slot.kind();
        self.slots.retain(|s| s.kind() != kind);
        self.slots.push(slot);
    }

    pub(crate) fn kinds(&self) -> Vec<SlotKind> {
        self.slots.iter().map(Slot::kind).collect()
    }
}
