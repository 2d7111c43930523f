//! A new, open case in a throwaway vault, with cheap key derivation: for tests
//! that need an open case and do not test the key derivation itself.
// Each test binary compiles every common module and uses only some of them.
#![allow(dead_code)]

use std::path::Path;

use reclaim_core::vault::{CreateOptions, KdfStrength, NewCase, OpenCase, Vault};
use secrecy::SecretString;

pub fn open_new(data: &Path, label: &str) -> OpenCase {
    Vault::without_keyring(data)
        .create_case(
            &NewCase {
                label: label.into(),
                language: "en".into(),
                ..NewCase::default()
            },
            CreateOptions {
                passphrase: Some(SecretString::from("correct horse battery staple")),
                use_keyring: false,
                kdf: KdfStrength::InsecureForTests,
            },
        )
        .unwrap()
}
