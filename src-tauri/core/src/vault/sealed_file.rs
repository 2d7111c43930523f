//! One small file encrypted under a passphrase of its own, beside the cases:
//! the counsellor's private list of her cases (`app::workspace`) is kept in
//! one. The same parts as a case's passphrase slot: Argon2id ([`KdfParams`],
//! its parameters kept in the file) stretches the passphrase into a key, and
//! XChaCha20-Poly1305 seals the whole content, the file's format and KDF
//! parameters bound in as associated data (editing them breaks the seal).
//!
//! The file is JSON holding only the format, the parameters, a salt, a nonce
//! and the sealed bytes; it is rewritten atomically with a fresh nonce each
//! time. Losing the passphrase loses this file's content only.

use std::path::Path;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::codes::check_passphrase;
use super::fsutil::{random_bytes, write_atomic};
use super::kdf::{KdfParams, KdfStrength};
use crate::{CoreError, CoreResult, ErrorKind};

const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct OnDisk {
    format: String,
    version: u32,
    kdf: KdfParams,
    salt: String,
    nonce: String,
    sealed: String,
}

/// The key of an opened sealed file, kept in memory only while it is open;
/// zeroed when dropped.
pub struct SealKey {
    key: Zeroizing<[u8; 32]>,
    kdf: KdfParams,
    salt: [u8; 16],
}

impl std::fmt::Debug for SealKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealKey(…)")
    }
}

fn associated_data(format: &str, kdf: &KdfParams, salt: &[u8]) -> Vec<u8> {
    format!(
        "{format};v={VERSION};{};salt={}",
        kdf.describe(),
        hex::encode(salt)
    )
    .into_bytes()
}

fn damaged(format: &str) -> CoreError {
    CoreError::new(
        ErrorKind::Corrupt,
        format!("the file {format} is damaged and cannot be read"),
    )
}

/// Creates the sealed file at `path` holding `content`, under `passphrase`
/// (the case passphrase rule: at least 8 characters). Refuses to write over
/// an existing one: its content would be lost.
pub fn create(
    path: &Path,
    format: &str,
    passphrase: &SecretString,
    strength: KdfStrength,
    content: &[u8],
) -> CoreResult<SealKey> {
    check_passphrase(passphrase)?;
    if path.exists() {
        return Err(CoreError::invalid_input(format!(
            "{format} exists already; open it with its passphrase"
        )));
    }
    let kdf = KdfParams::for_new_slot(strength)?;
    let salt = random_bytes::<16>();
    let key = SealKey {
        key: kdf.derive(passphrase.expose_secret().as_bytes(), &salt)?,
        kdf,
        salt,
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    save(path, format, &key, content)?;
    Ok(key)
}

/// Opens the sealed file at `path`: its key and its content. A wrong
/// passphrase is `WrongSecret`; a missing file `NotFound`; a damaged one
/// `Corrupt` only when its format cannot be read (a flipped bit in the sealed
/// bytes cannot be told from a wrong passphrase by design of the AEAD).
pub fn open(
    path: &Path,
    format: &str,
    passphrase: &SecretString,
) -> CoreResult<(SealKey, Zeroizing<Vec<u8>>)> {
    let text = match std::fs::read(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(CoreError::new(
                ErrorKind::NotFound,
                format!("there is no {format} on this computer"),
            ))
        }
        Err(e) => return Err(e.into()),
    };
    let disk: OnDisk = serde_json::from_slice(&text).map_err(|_| damaged(format))?;
    if disk.format != format || disk.version != VERSION {
        return Err(damaged(format));
    }
    let salt: [u8; 16] = hex::decode(&disk.salt)
        .ok()
        .and_then(|s| s.try_into().ok())
        .ok_or_else(|| damaged(format))?;
    let nonce = hex::decode(&disk.nonce)
        .ok()
        .filter(|n| n.len() == 24)
        .ok_or_else(|| damaged(format))?;
    let sealed = hex::decode(&disk.sealed).map_err(|_| damaged(format))?;
    // The parameters are bound into the seal: made cheaper by editing the
    // file, they open nothing.
    let key = SealKey {
        key: disk
            .kdf
            .derive(passphrase.expose_secret().as_bytes(), &salt)?,
        kdf: disk.kdf,
        salt,
    };
    let cipher = XChaCha20Poly1305::new((&*key.key).into());
    let aad = associated_data(format, &disk.kdf, &salt);
    let content = cipher
        .decrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &sealed,
                aad: &aad,
            },
        )
        .map_err(|_| {
            CoreError::new(
                ErrorKind::WrongSecret,
                format!("this passphrase does not open {format}"),
            )
        })?;
    Ok((key, Zeroizing::new(content)))
}

/// Writes `content` sealed under `key`, with a fresh nonce, atomically.
pub fn save(path: &Path, format: &str, key: &SealKey, content: &[u8]) -> CoreResult<()> {
    let cipher = XChaCha20Poly1305::new((&*key.key).into());
    let nonce = random_bytes::<24>();
    let aad = associated_data(format, &key.kdf, &key.salt);
    let sealed = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: content,
                aad: &aad,
            },
        )
        .map_err(|_| CoreError::internal("sealing failed"))?;
    let disk = OnDisk {
        format: format.to_owned(),
        version: VERSION,
        kdf: key.kdf,
        salt: hex::encode(key.salt),
        nonce: hex::encode(nonce),
        sealed: hex::encode(sealed),
    };
    let text = serde_json::to_vec(&disk).map_err(|e| CoreError::internal(e.to_string()))?;
    write_atomic(path, &text)?;
    Ok(())
}
