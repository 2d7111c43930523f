//! Passphrase stretching with Argon2id, parameters kept in each key slot.

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::{CoreError, CoreResult};

/// Argon2id cost parameters, stored in the passphrase slot so a case made on a
/// fast machine still opens on a slow one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes over the memory.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

/// How strong the Argon2id parameters of a new passphrase slot are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KdfStrength {
    /// The floor (64 MiB, t = 3, p = 4), with more passes until one unlock
    /// takes about a second on this machine. The app's choice.
    Calibrated,
    /// Exactly the floor: RFC 9106's second recommended option (64 MiB, t = 3, p = 4).
    Floor,
    /// Tiny parameters so tests run fast. Never available to the app.
    #[cfg(any(test, feature = "test-support"))]
    InsecureForTests,
}

/// The calibration target: about one second per unlock.
const TARGET: Duration = Duration::from_millis(1000);
/// Upper bound on passes, so a very fast machine does not make slow ones wait minutes.
const MAX_T: u32 = 12;

impl KdfParams {
    /// RFC 9106 §4 second recommended option, the weakest a new slot may get.
    pub const FLOOR: KdfParams = KdfParams {
        m_kib: 64 * 1024,
        t: 3,
        p: 4,
    };

    /// Parameters for a new slot of the given strength.
    pub fn for_new_slot(strength: KdfStrength) -> CoreResult<KdfParams> {
        match strength {
            KdfStrength::Floor => Ok(Self::FLOOR),
            KdfStrength::Calibrated => Self::calibrated(TARGET),
            #[cfg(any(test, feature = "test-support"))]
            KdfStrength::InsecureForTests => Ok(KdfParams {
                m_kib: 64,
                t: 1,
                p: 1,
            }),
        }
    }

    /// Times the floor once and adds passes until a derivation takes about `target`.
    pub fn calibrated(target: Duration) -> CoreResult<KdfParams> {
        let floor = Self::FLOOR;
        let start = Instant::now();
        floor.derive(b"calibration", &[0u8; 16])?;
        let took = start.elapsed().max(Duration::from_millis(1));
        let per_pass = took / floor.t;
        let wanted = (target.as_secs_f64() / per_pass.as_secs_f64()).floor() as u32;
        Ok(KdfParams {
            t: wanted.clamp(floor.t, MAX_T),
            ..floor
        })
    }

    fn argon2(&self) -> CoreResult<argon2::Argon2<'static>> {
        let params = argon2::Params::new(self.m_kib, self.t, self.p, Some(32)).map_err(|e| {
            CoreError::new(
                crate::ErrorKind::Corrupt,
                format!("bad KDF parameters: {e}"),
            )
        })?;
        Ok(argon2::Argon2::new(
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            params,
        ))
    }

    /// Stretches `secret` with `salt` into a 32-byte key-encryption key.
    pub(crate) fn derive(&self, secret: &[u8], salt: &[u8]) -> CoreResult<Zeroizing<[u8; 32]>> {
        let mut out = Zeroizing::new([0u8; 32]);
        self.argon2()?
            .hash_password_into(secret, salt, out.as_mut())
            .map_err(|e| CoreError::internal(format!("Argon2id failed: {e}")))?;
        Ok(out)
    }

    /// The text bound into the slot's authenticated data (no downgrade by editing the header).
    pub(crate) fn describe(&self) -> String {
        format!("argon2id,v=19,m={},t={},p={}", self.m_kib, self.t, self.p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vault_kdf_floor_is_rfc9106_second_option() {
        assert_eq!(KdfParams::FLOOR.m_kib, 65536);
        assert_eq!(KdfParams::FLOOR.t, 3);
        assert_eq!(KdfParams::FLOOR.p, 4);
        // The app's strengths never go below it.
        assert_eq!(
            KdfParams::for_new_slot(KdfStrength::Floor).unwrap(),
            KdfParams::FLOOR
        );
    }

    #[test]
    fn vault_kdf_same_input_same_key_other_salt_other_key() {
        let p = KdfParams::for_new_slot(KdfStrength::InsecureForTests).unwrap();
        let a = p.derive(b"correct horse", b"salt-salt-salt-1").unwrap();
        let b = p.derive(b"correct horse", b"salt-salt-salt-1").unwrap();
        let c = p.derive(b"correct horse", b"salt-salt-salt-2").unwrap();
        assert_eq!(*a, *b);
        assert_ne!(*a, *c);
    }
}
