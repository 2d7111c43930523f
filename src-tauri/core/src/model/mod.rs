//! The shared nouns of Reclaim, defined once and used by every other module.
//!
//! This is the bottom layer of `reclaim-core`: it imports nothing from the
//! rest of the crate except the error type, and everything else may import it
//! (`model ← hashing/urls/platforms ← vault/net ← requests/report ← app`).
//! A glossary of these words is in `docs/architecture.md`.

pub mod custody;
pub mod email;
pub mod evidence;
pub mod host;
pub mod language;
pub mod provenance;
pub mod situation;
pub mod status;
pub mod timestamp;

pub use custody::{CustodyEntry, CUSTODY_GENESIS};
pub use email::is_email;
pub use evidence::EvidenceKind;
pub use host::Contact;
pub use language::Language;
pub use provenance::Provenance;
pub use situation::Situation;
pub use status::{HashService, RequestStatus, UrlStatus};

/// Writes a TypeScript module the UI reads next to the ts-rs bindings
/// (`ui/src/bindings/<file>`), only when it changed; CI fails when the
/// committed copy differs. For the tests that generate such files.
#[cfg(test)]
pub(crate) fn write_ui_binding(file: &str, text: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../ui/src/bindings")
        .join(file);
    if std::fs::read_to_string(&path).ok().as_deref() != Some(text) {
        std::fs::write(&path, text).unwrap();
    }
}
