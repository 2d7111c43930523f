//! The case file for police, the Institute or a lawyer: a PDF report and a
//! verifiable evidence bundle (issue 8; security.md §4).
//!
//! Input is a [`CaseFile`], the plain snapshot the vault hands over. Output
//! is a folder:
//!
//! ```text
//! report.pdf          PDF/A-2a + PDF/UA-1 (tagged, bookmarks), in the case's language
//! manifest.json       every file with SHA-256, size, capture time; every URL verbatim; image hashes
//! manifest.sha256     `sha256sum -c manifest.sha256` checks every file
//! custody.jsonl       the hash-chained custody log, with the export entry
//! evidence/NNN-name   screenshots and documents
//! images/NNN-name     the person's images, ONLY if she explicitly chose to include them
//! manifest.tsr        optional RFC 3161 time-stamp token over manifest.sha256's hash
//! ```
//!
//! [`verify_bundle`] checks all of it and names every file that is off.

pub mod anchor;
pub mod bundle;
mod captures;
pub mod case;
mod content;
pub mod custody;
mod export;
mod from_vault;
mod i18n;
pub mod manifest;
mod names;
mod pdf;
pub(crate) mod private_fs;
mod removals;
mod staging;
pub mod token;
pub mod tsa;
pub mod verify;

pub use anchor::{
    anchor_custody, anchor_if_asked, anchor_job, anchor_job_if_asked, ask_for_anchor, authority,
    keep_anchor, time_stamp_authorities, AnchorJob, AnchorReply, TimeStampAuthority,
};
pub use bundle::{export_bundle, BundleOptions, BundleSummary};
pub use captures::ManifestPageCapture;
pub use case::{CaseFile, EvidenceFile, ImageRecord};
pub use custody::CustodyEntry;
pub use export::{export_case, export_case_until, stopped as export_stopped, ExportProgress};
pub use names::PlainNames;
pub use staging::remove_interrupted_exports;
pub use token::BundleTimestamp;
pub use tsa::timestamp_bundle;
pub use verify::{
    verify_bundle, verify_bundle_with, BundleProblem, BundleProblemKind, BundleProof,
    BundleVerifyReport, RecordTimeStamp, VerifyOptions,
};
