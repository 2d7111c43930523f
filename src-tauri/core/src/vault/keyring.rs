//! The OS keyring slot: one random device key per OS user, kept in the real
//! credential store of the OS (Keychain, Credential Manager, Secret Service).
//!
//! Usability is decided by a write/read/delete round trip, never assumed. When
//! it fails the passphrase is required; there is no file or mock fallback.

use keyring::Entry;
use zeroize::Zeroizing;

use super::fsutil::{random_bytes, random_name};
use crate::{CoreError, CoreResult, ErrorKind};

/// Where the device key lives in the OS keyring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyringConfig {
    pub service: String,
    pub user: String,
}

impl Default for KeyringConfig {
    fn default() -> Self {
        Self {
            service: "org.reclaim.vault".to_owned(),
            user: "device-kek-v1".to_owned(),
        }
    }
}

/// Whether this machine has a keyring Reclaim can rely on.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case", tag = "status")]
#[ts(export)]
pub enum KeyringStatus {
    Usable,
    /// No keyring (or a locked or broken one): a passphrase is required.
    Unavailable {
        reason: String,
    },
}

/// True on the systems whose real store is compiled in (never the mock).
const HAS_REAL_STORE: bool = cfg!(any(
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "macos",
    target_os = "ios",
    target_os = "windows"
));

fn unavailable(err: impl std::fmt::Display) -> CoreError {
    CoreError::new(
        ErrorKind::KeyringUnavailable,
        format!("the system keyring cannot be used ({err}); a passphrase is needed"),
    )
}

fn entry(config: &KeyringConfig, user: &str) -> CoreResult<Entry> {
    if !HAS_REAL_STORE {
        return Err(unavailable("no keyring support on this system"));
    }
    Entry::new(&config.service, user).map_err(unavailable)
}

/// Writes, reads back and deletes a random probe entry.
pub fn probe(config: &KeyringConfig) -> KeyringStatus {
    let run = || -> CoreResult<()> {
        let probe = entry(config, &format!("probe-{}", random_name()))?;
        let value = random_name();
        probe.set_password(&value).map_err(unavailable)?;
        let read = probe.get_password();
        let deleted = probe.delete_credential();
        match read {
            Ok(back) if back == value => {}
            Ok(_) => return Err(unavailable("the keyring returned something else")),
            Err(e) => return Err(unavailable(e)),
        }
        deleted.map_err(unavailable)
    };
    match run() {
        Ok(()) => KeyringStatus::Usable,
        Err(e) => KeyringStatus::Unavailable { reason: e.message },
    }
}

fn parse_kek(text: &str) -> CoreResult<Zeroizing<[u8; 32]>> {
    let bytes = Zeroizing::new(hex::decode(text).map_err(|_| {
        CoreError::new(
            ErrorKind::KeyringUnavailable,
            "the keyring entry is damaged",
        )
    })?);
    let mut out = Zeroizing::new([0u8; 32]);
    if bytes.len() != 32 {
        return Err(CoreError::new(
            ErrorKind::KeyringUnavailable,
            "the keyring entry is damaged",
        ));
    }
    out.copy_from_slice(&bytes);
    Ok(out)
}

/// The device key, or `None` if the keyring has no entry (e.g. it was reset).
pub(crate) fn device_kek(config: &KeyringConfig) -> CoreResult<Option<Zeroizing<[u8; 32]>>> {
    let e = entry(config, &config.user)?;
    match e.get_password() {
        Ok(text) => {
            let text = Zeroizing::new(text);
            parse_kek(&text).map(Some)
        }
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(err) => Err(unavailable(err)),
    }
}

/// The device key, created and stored first if the keyring has none.
pub(crate) fn device_kek_or_create(config: &KeyringConfig) -> CoreResult<Zeroizing<[u8; 32]>> {
    if let Some(kek) = device_kek(config)? {
        return Ok(kek);
    }
    let fresh = Zeroizing::new(random_bytes::<32>());
    let text = Zeroizing::new(hex::encode(fresh.as_slice()));
    entry(config, &config.user)?
        .set_password(&text)
        .map_err(unavailable)?;
    // Read back: another process may have raced us; the stored one wins.
    device_kek(config)?.ok_or_else(|| unavailable("the keyring did not keep the entry"))
}

/// Removes the device key (tests, and "forget this device").
pub fn forget_device_key(config: &KeyringConfig) -> CoreResult<()> {
    match entry(config, &config.user)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(unavailable(e)),
    }
}
