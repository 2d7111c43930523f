//! The case vault: one encrypted folder per case (security.md §1.8).
//!
//! ```text
//! <data_dir>/vault/v1/cases/<CODE>/
//!     case.keys     key-slot header (JSON): the case key wrapped by a passphrase
//!                   (Argon2id), the OS keyring, and/or a recovery code
//!     case.keys.copy  its second copy (used when the first is damaged)
//!     case.db       SQLCipher 4 database, raw key = HKDF(case key, "db")
//!     case.db.backup  the same database as at the last open (same key), used
//!                   when case.db is damaged
//!     blobs/*.age   evidence files, each age-encrypted, random names
//!     tmp/          unfinished evidence writes (removed at open)
//!     unlock.json   last opened, failed attempts (no secrets)
//!     case.lock     held while a process has the case open
//! ```
//!
//! Nothing readable at rest, never a plaintext key, nothing lost: see the
//! tests in `vault::tests` for each promise.
//!
//! Where things are:
//!
//! | file | what it holds |
//! |------|---------------|
//! | `cases.rs`  | [`Vault`]: the cases under one data folder, listing, unlock info |
//! | `create.rs` | creating a case ([`CreateOptions`]) in a staging folder |
//! | `open.rs`   | opening a case ([`Unlock`]): secrets, back-off, keyring repair |
//! | `case/`     | [`OpenCase`], one file per section: details, URLs, evidence, pages kept as evidence, image hashes, requests, hash services, custody log, key slots |
//! | `rekey.rs`  | changing the case key (new passphrase, removed slot), crash-safe |
//! | `transfer.rs` | hand-over files (export / import of a whole case) |
//! | `codes.rs`  | case codes, recovery codes, the passphrase rule |
//! | `model.rs`  | the records a case holds (shared with the shell and the CLI) |
//! | `header.rs`, `keys.rs`, `kdf.rs`, `keyring.rs` | `case.keys`: key slots, key derivation, the OS keyring |
//! | `backup.rs` | the rolling database backup and the restore from it |
//! | `db.rs`, `schema_v*.sql` | the SQLCipher database, migrations, database errors |
//! | `blobs.rs`  | encrypted evidence files |
//! | `sealed_file.rs` | a small file sealed under a passphrase of its own (the counsellor's list of cases) |
//! | `custody.rs` | the hash-chained custody log |
//! | `state.rs`, `lock.rs`, `fsutil.rs` | `unlock.json` back-off, the case lock and idle timer, file helpers |

mod backup;
mod blobs;
mod case;
mod cases;
mod codes;
mod create;
mod custody;
mod db;
mod fsutil;
mod header;
mod kdf;
mod keyring;
mod keys;
mod lock;
mod model;
mod open;
mod rekey;
pub mod sealed_file;
mod state;
mod strength;
mod transfer;

#[cfg(test)]
mod situation_tests;
#[cfg(any(test, feature = "test-support"))]
mod test_files;
#[cfg(test)]
pub(crate) mod tests;
#[cfg(test)]
mod tests_damage;
#[cfg(test)]
mod tests_memory;
#[cfg(test)]
mod tests_rekey;

pub use blobs::MAX_EVIDENCE_BYTES;
pub use case::{
    minor_refused_for_copies, minor_refused_for_pages, page_capture_of, CustodyAnchor,
    NewPageCapture, OpenCase, PageCapture, TimeStampingChoice, CORRECTED, CUSTODY_TIME_STAMPED,
    EVIDENCE_NOTE_CHANGED, EVIDENCE_REMOVED, FINGERPRINT_REMOVED, FOUND_COPY_KEPT, HOST_LOOKED_UP,
    MAX_TEXT_BYTES, MAX_URL_BYTES, PAGE_CAPTURED, REQUEST_SENT_UNDONE, TICKET_REMOVED,
    TIME_STAMPING_SET,
};
pub use cases::{Vault, DEFAULT_IDLE_TIMEOUT};
pub use codes::{check_passphrase, parse_code, MIN_PASSPHRASE_CHARS};
pub use create::CreateOptions;
pub use custody::{
    entry_hash as custody_entry_hash, verify_chain as verify_custody_chain,
    GENESIS as CUSTODY_GENESIS,
};
pub use header::SlotKind;
pub use kdf::{KdfParams, KdfStrength};
pub use keyring::{forget_device_key, probe as probe_keyring, KeyringConfig, KeyringStatus};
pub use lock::IdleTimer;
pub use model::*;
pub use open::Unlock;
pub use rekey::KeyChange;
pub use strength::{rate_passphrase, PassphraseStrength};
#[cfg(any(test, feature = "test-support"))]
pub use test_files::files_containing;
pub use transfer::ExportReport;
