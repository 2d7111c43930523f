//! Which secrets open the case: passphrase, recovery code, OS keyring.

use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use super::OpenCase;
use crate::vault::codes::{check_passphrase, normalise_recovery, recovery_code_text};
use crate::vault::custody;
use crate::vault::fsutil::random_bytes;
use crate::vault::header::{KeyHeader, Slot, SlotKind};
use crate::vault::kdf::{KdfParams, KdfStrength};
use crate::vault::keyring as kr;
use crate::{CoreError, CoreResult, ErrorKind};

impl OpenCase {
    fn header(&self) -> CoreResult<KeyHeader> {
        KeyHeader::load(&self.dir)
    }

    /// Which slots can open this case.
    pub fn slots(&self) -> CoreResult<Vec<SlotKind>> {
        Ok(self.header()?.kinds())
    }

    /// Adds a passphrase to a case that has none (one opened only through
    /// the keyring). Changing an existing passphrase also changes the case
    /// key: see [`OpenCase::change_passphrase`].
    pub fn set_passphrase(
        &mut self,
        passphrase: &SecretString,
        strength: KdfStrength,
    ) -> CoreResult<()> {
        check_passphrase(passphrase)?;
        let mut header = self.header()?;
        if header.has(SlotKind::Passphrase) {
            return Err(CoreError::invalid_input(
                "this case has a passphrase already; change it with the current one",
            ));
        }
        let kdf = KdfParams::for_new_slot(strength)?;
        header.put(Slot::passphrase(
            &self.code,
            passphrase.expose_secret().as_bytes(),
            kdf,
            &self.key,
        )?);
        header.save(&self.dir)?;
        self.tx(|tx| custody::append(tx, "passphrase_set", "case", &json!({})).map(|_| ()))
    }

    /// Creates a recovery code (shown once; write it down) and its slot.
    pub fn add_recovery_code(&mut self) -> CoreResult<SecretString> {
        let code = recovery_code_text(&random_bytes::<16>());
        // A 128-bit random code needs little stretching; the floor still applies.
        let kdf = KdfParams::for_new_slot(KdfStrength::Floor)?;
        let mut header = self.header()?;
        header.put(Slot::recovery(
            &self.code,
            normalise_recovery(&code).as_bytes(),
            kdf,
            &self.key,
        )?);
        header.save(&self.dir)?;
        self.tx(|tx| custody::append(tx, "recovery_code_set", "case", &json!({})).map(|_| ()))?;
        Ok(SecretString::from(code))
    }

    /// Adds (or refreshes) the OS keyring slot. Fails with `KeyringUnavailable`
    /// when the vault was opened without keyring or the keyring does not work.
    pub fn enable_keyring(&mut self) -> CoreResult<()> {
        let config = self.keyring.clone().ok_or_else(|| {
            CoreError::new(
                ErrorKind::KeyringUnavailable,
                "the keyring is not used in this session",
            )
        })?;
        if let kr::KeyringStatus::Unavailable { reason } = kr::probe(&config) {
            return Err(CoreError::new(ErrorKind::KeyringUnavailable, reason));
        }
        let kek = kr::device_kek_or_create(&config)?;
        let mut header = self.header()?;
        header.put(Slot::keyring(
            &self.code,
            &config.service,
            &config.user,
            &kek,
            &self.key,
        ));
        header.save(&self.dir)?;
        Ok(())
    }
}
