//! The case key, the keys derived from it, and the wrapping of the case key
//! inside key slots (XChaCha20-Poly1305, slot description as associated data).

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::Zeroizing;

use super::fsutil::random_bytes;

/// The random 32-byte key of one case. Only ever in memory; zeroed on drop.
pub(crate) struct CaseKey(Zeroizing<[u8; 32]>);

impl CaseKey {
    pub(crate) fn random() -> Self {
        Self(Zeroizing::new(random_bytes::<32>()))
    }

    /// A key for one purpose (`"db"`, …), so no two uses share a key.
    pub(crate) fn subkey(&self, purpose: &str) -> Zeroizing<[u8; 32]> {
        let hk = Hkdf::<Sha256>::new(Some(b"reclaim-case-key-v1"), self.0.as_ref());
        let mut out = Zeroizing::new([0u8; 32]);
        hk.expand(purpose.as_bytes(), out.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        out
    }
}

/// Encrypts the case key under `kek`; returns (nonce, ciphertext).
pub(crate) fn wrap(kek: &[u8; 32], key: &CaseKey, aad: &[u8]) -> ([u8; 24], Vec<u8>) {
    let cipher = XChaCha20Poly1305::new(kek.into());
    let nonce = random_bytes::<24>();
    let wrapped = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: key.0.as_ref(),
                aad,
            },
        )
        .expect("encrypting 32 bytes cannot fail");
    (nonce, wrapped)
}

/// Decrypts a wrapped case key; `None` if the key-encryption key or the slot is wrong.
pub(crate) fn unwrap(kek: &[u8; 32], nonce: &[u8], wrapped: &[u8], aad: &[u8]) -> Option<CaseKey> {
    if nonce.len() != 24 {
        return None;
    }
    let cipher = XChaCha20Poly1305::new(kek.into());
    let plain = Zeroizing::new(
        cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: wrapped, aad })
            .ok()?,
    );
    let bytes: [u8; 32] = plain.as_slice().try_into().ok()?;
    Some(CaseKey(Zeroizing::new(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vault_wrap_needs_same_kek_and_same_slot_description() {
        let key = CaseKey::random();
        let kek = [7u8; 32];
        let (nonce, wrapped) = wrap(&kek, &key, b"slot A");
        let back = unwrap(&kek, &nonce, &wrapped, b"slot A").unwrap();
        assert_eq!(*back.0, *key.0);
        assert!(unwrap(&[8u8; 32], &nonce, &wrapped, b"slot A").is_none());
        // Editing the slot's parameters (e.g. a KDF downgrade) breaks the unwrap.
        assert!(unwrap(&kek, &nonce, &wrapped, b"slot B").is_none());
    }

    #[test]
    fn vault_subkeys_differ_by_purpose() {
        let key = CaseKey::random();
        assert_ne!(*key.subkey("db"), *key.subkey("other"));
        assert_eq!(*key.subkey("db"), *key.subkey("db"));
    }
}
