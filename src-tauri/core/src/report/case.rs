//! `CaseFile`: what the report reads.
//!
//! A plain, in-memory snapshot of one unlocked case, made of the vault's own
//! records (`CaseInfo`, `UrlRecord`, `RequestRecord`) and the decrypted files.
//! [`CaseFile::from_vault`](super::from_vault) fills it from an open case; a
//! test may build one by hand. Evidence bytes are held in memory only:
//! decrypted evidence never touches disk except as the copy the person asked
//! to export.
//!
//! Every string here is user or attacker controlled (URLs, page titles,
//! notes, answers from platforms): it is drawn in the PDF as text, never
//! interpreted as markup.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::model::{timestamp, CustodyEntry};
pub use crate::model::{EvidenceKind, Language, RequestStatus, UrlStatus};
pub use crate::vault::{CaseInfo, RequestRecord, UrlRecord};

/// One case, as the report needs it: the vault's own records, plus the
/// decrypted files and what only the export knows.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CaseFile {
    /// The case as stored (its opaque code, language and creation time).
    pub case: CaseInfo,
    /// Who prepared the file, as the person wants it shown ("the victim",
    /// "counsellor, organisation X"); optional.
    pub prepared_by: Option<String>,
    /// Free text the person wrote about what happened; optional.
    pub description: Option<String>,
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
    pub custody: Vec<CustodyEntry>,
}

/// The first of `texts` that is an RFC 3339 time, else the Unix epoch (a
/// visible "1970" rather than a failed export).
pub(super) fn time_of(texts: &[Option<&str>]) -> OffsetDateTime {
    texts
        .iter()
        .flatten()
        .find_map(|t| timestamp::parse(t))
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

impl CaseFile {
    /// The language of the report (English for a code it does not know).
    pub fn language(&self) -> Language {
        Language::from_code(&self.case.language).unwrap_or(Language::En)
    }

    pub fn created_at(&self) -> OffsetDateTime {
        time_of(&[Some(&self.case.created_at)])
    }

    /// The text of one of the case's URLs, verbatim.
    pub fn url_text(&self, id: i64) -> Option<&str> {
        self.urls
            .iter()
            .find(|u| u.id == id)
            .map(|u| u.original.as_str())
    }
}

/// What the report reads from a recorded URL.
pub(super) trait UrlView {
    /// When it was found (with the device's offset then), else when recorded.
    fn captured_at(&self) -> OffsetDateTime;
    /// Its checks (never `found`, which is not a check), in the order made.
    fn checks(&self) -> Vec<(OffsetDateTime, UrlStatus)>;
}

impl UrlView for UrlRecord {
    fn captured_at(&self) -> OffsetDateTime {
        time_of(&[self.found_at.as_deref(), Some(&self.added_at)])
    }

    fn checks(&self) -> Vec<(OffsetDateTime, UrlStatus)> {
        self.history
            .iter()
            .filter(|h| h.status.is_check())
            .map(|h| (time_of(&[Some(&h.at)]), h.status))
            .collect()
    }
}

/// What the report reads from a recorded request.
pub(super) trait RequestView {
    /// Who it went to: the platform by name, then where (an Instagram form
    /// may live on facebook.com, so the address alone would name the wrong
    /// company).
    fn recipient(&self) -> String;
    /// The form's address or e-mail address it went to, if it has one.
    fn address(&self) -> Option<String>;
    /// How it was sent: `form`, `email`, `in_app`, `letter`…
    fn channel_type(&self) -> &str;
    /// When it was first marked sent.
    fn sent_at(&self) -> Option<OffsetDateTime>;
    /// The platform's ticket or case numbers, if any.
    fn reference(&self) -> Option<String>;
}

impl RequestView for RequestRecord {
    /// The service by name, with who runs it when that is another name
    /// ("Instagram (Meta Platforms)": its forms are on facebook.com); for a
    /// site the catalogue does not know, the address it went to.
    fn recipient(&self) -> String {
        match crate::platforms::by_id(&self.platform) {
            Some(p) if !p.operator.is_empty() && !p.operator.starts_with(&p.name) => {
                format!("{} ({})", p.name, p.operator)
            }
            Some(p) => p.name.clone(),
            None => self.address().unwrap_or_else(|| self.platform.clone()),
        }
    }

    fn address(&self) -> Option<String> {
        ["address", "url", "to", "email"]
            .iter()
            .find_map(|key| self.channel.get(*key).and_then(|v| v.as_str()))
            .map(str::to_owned)
    }

    fn channel_type(&self) -> &str {
        self.channel
            .get("type")
            .and_then(|v| v.as_str())
            .unwrap_or("")
    }

    fn sent_at(&self) -> Option<OffsetDateTime> {
        self.history
            .iter()
            .find(|h| h.status == RequestStatus::Sent)
            .and_then(|h| timestamp::parse(&h.at))
    }

    fn reference(&self) -> Option<String> {
        (!self.tickets.is_empty()).then(|| self.tickets.join(", "))
    }
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
    /// The platform it was found on (its name), for a copy tied to a
    /// platform rather than a link.
    #[serde(default)]
    pub platform: Option<String>,
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn request(platform: &str, channel: serde_json::Value) -> RequestRecord {
        RequestRecord {
            id: 1,
            platform: platform.into(),
            channel,
            legal_bases: Vec::new(),
            language: "en".into(),
            subject: None,
            body: None,
            url_ids: Vec::new(),
            deadline: None,
            tickets: Vec::new(),
            created_at: "2026-11-23T16:32:32Z".into(),
            history: Vec::new(),
        }
    }

    #[test]
    fn a_request_names_the_platform_it_went_to_not_only_the_address() {
        // Instagram's form lives on facebook.com: the report says Instagram.
        let form = json!({"type": "form", "url": "https://www.facebook.com/help/contact/1"});
        let instagram = request("instagram", form);
        assert_eq!(instagram.recipient(), "Instagram (Meta Platforms)");
        assert_eq!(
            instagram.address().as_deref(),
            Some("https://www.facebook.com/help/contact/1")
        );
        let mail = json!({"type": "email", "address": "abuse@host.example"});
        assert_eq!(
            request("unknown", mail.clone()).recipient(),
            "abuse@host.example"
        );
        assert_eq!(request("unknown", mail).channel_type(), "email");
    }
}
