//! `CaseFile`: what the vault hands to the report.
//!
//! A plain, in-memory snapshot of one unlocked case. The vault (or any other
//! source, such as a test) fills it in; the report module never reads the
//! vault itself. Evidence bytes are held in memory only: decrypted evidence
//! never touches disk except as the copy the person asked to export.
//!
//! Every string here is user or attacker controlled (URLs, page titles,
//! notes, answers from platforms): it is drawn in the PDF as text, never
//! interpreted as markup.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

pub use crate::model::{EvidenceKind, Language, RequestStatus, UrlStatus};

/// One case, as the report needs it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CaseFile {
    pub summary: CaseSummary,
    /// Every URL where the images were found, exactly as recorded.
    pub urls: Vec<UrlRecord>,
    /// Screenshots and documents (never the intimate images themselves).
    pub evidence: Vec<EvidenceFile>,
    /// The person's own images: their hashes always go into the report; their
    /// bytes only when she explicitly chose to include them.
    pub images: Vec<ImageRecord>,
    /// Every request sent to a platform, host or authority.
    pub requests: Vec<RequestRecord>,
    /// The case's append-only custody log, hash-chained (see [`super::custody`]).
    pub custody: Vec<super::custody::CustodyEntry>,
}

/// The case itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CaseSummary {
    /// The opaque case code (never the person's name unless she typed it).
    pub code: String,
    pub language: Language,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// Who prepared the file, as the person wants it shown ("the victim",
    /// "counsellor, organisation X"); optional.
    pub prepared_by: Option<String>,
    /// Free text the person wrote about what happened; optional.
    pub description: Option<String>,
}

/// One check of a URL (made only when the person asked for it).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UrlCheck {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// What the check found (never `found`, which is not a check).
    pub state: UrlStatus,
    pub http_status: Option<u16>,
    /// Where the URL redirected to, verbatim, if it did.
    pub final_url: Option<String>,
}

/// A URL where the images were found.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UrlRecord {
    /// The URL exactly as the person pasted it.
    pub url: String,
    /// Catalogue platform id (`facebook`, `x`, …) or `unknown`.
    pub platform: String,
    /// When it was recorded; the offset is the device's local offset then.
    #[serde(with = "time::serde::rfc3339")]
    pub captured_at: OffsetDateTime,
    pub note: Option<String>,
    /// Checks in the order they were made (may be empty).
    pub checks: Vec<UrlCheck>,
}

/// A screenshot or document kept as evidence, with its decrypted bytes.
#[derive(Clone, Serialize, Deserialize)]
pub struct EvidenceFile {
    /// The vault's id for the file.
    pub id: String,
    pub kind: EvidenceKind,
    /// The file name as it was imported (may hold any characters).
    pub file_name: String,
    pub media_type: String,
    #[serde(with = "time::serde::rfc3339")]
    pub captured_at: OffsetDateTime,
    /// The SHA-256 recorded when the file was captured (lower-case hex); the
    /// export checks the bytes still match it.
    pub recorded_sha256: String,
    /// The URL the file documents, verbatim, if any.
    pub source_url: Option<String>,
    pub note: Option<String>,
    #[serde(skip)]
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for EvidenceFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EvidenceFile")
            .field("id", &self.id)
            .field("kind", &self.kind)
            .field("file_name", &self.file_name)
            .field("len", &self.bytes.len())
            .finish_non_exhaustive()
    }
}

/// One of the person's own (intimate) images: hashes always, bytes only if
/// she chose to include them and the vault loaded them.
#[derive(Clone, Serialize, Deserialize)]
pub struct ImageRecord {
    pub id: String,
    /// A neutral label ("image 1"), never a description of the content.
    pub label: String,
    pub file_name: String,
    pub media_type: String,
    #[serde(with = "time::serde::rfc3339")]
    pub added_at: OffsetDateTime,
    pub sha256: String,
    pub md5: Option<String>,
    /// PDQ hash, 64 lower-case hex characters, and its quality (0–100).
    pub pdq: Option<String>,
    pub pdq_quality: Option<u8>,
    #[serde(skip)]
    pub bytes: Option<Vec<u8>>,
}

impl std::fmt::Debug for ImageRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImageRecord")
            .field("id", &self.id)
            .field("label", &self.label)
            .field("has_bytes", &self.bytes.is_some())
            .finish_non_exhaustive()
    }
}

/// One change of a request's status.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RequestStatusChange {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub state: RequestStatus,
    pub note: Option<String>,
}

/// An answer received to a request, as the person recorded it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RequestAnswer {
    #[serde(with = "time::serde::rfc3339")]
    pub received_at: OffsetDateTime,
    pub from: String,
    pub text: String,
}

/// A request sent (or drafted) to a platform, host or authority.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RequestRecord {
    pub id: String,
    /// Catalogue platform id or `unknown`.
    pub platform: String,
    /// To whom: an address, a form URL or an organisation's name.
    pub recipient: String,
    /// How: `form`, `email`, `in_app`, `letter`…
    pub channel: String,
    /// The legal bases invoked, as shown to the person ("DSA art. 16", …).
    pub legal_basis: Vec<String>,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub sent_at: Option<OffsetDateTime>,
    /// The platform's ticket or case number, if any.
    pub reference: Option<String>,
    /// The URLs the request was about, verbatim.
    pub urls: Vec<String>,
    pub history: Vec<RequestStatusChange>,
    pub answers: Vec<RequestAnswer>,
}
