//! The plain data that goes into a case and comes out of it. Other modules
//! (URL parsing, hashing, requests, report) fill the `New…` types and read the
//! `…Record` types; the vault does not interpret their contents.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::header::SlotKind;

/// A new case, as the person describes it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewCase {
    /// A label only the person sees once the case is open (never shown in the case list).
    pub label: String,
    /// Language for screens and letters: en, fr, nl or de.
    pub language: String,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    /// ISO 3166-1 alpha-2, e.g. "BE".
    pub country: Option<String>,
    /// The person in the images was under 18: no images or screenshots are ever stored.
    pub minor: bool,
    /// What is happening, kept from the start, in the case's first custody entry
    /// (empty: images shared). Changed later only by `OpenCase::set_situations`;
    /// `update_case` leaves it as it is.
    #[serde(default)]
    pub situations: Vec<crate::model::Situation>,
}

/// The case as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseInfo {
    pub code: String,
    pub label: String,
    pub language: String,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub country: Option<String>,
    pub minor: bool,
    /// What is happening (one or more; `shared` for cases made before this was asked).
    #[serde(default = "crate::model::situation::default_situations")]
    pub situations: Vec<crate::model::Situation>,
    pub created_at: String,
    pub updated_at: String,
}

impl CaseInfo {
    /// No picture of the person is ever stored: she was under 18, or the case is
    /// about a child's photos (a parent or carer keeps only the links).
    pub fn stores_no_pictures(&self) -> bool {
        self.minor
            || self
                .situations
                .contains(&crate::model::Situation::ChildPhotos)
    }
}

/// One line of the case picker: nothing but the opaque code and unlock facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseSummary {
    pub code: String,
    pub created_at: String,
    pub slots: Vec<SlotKind>,
    pub last_opened_at: Option<String>,
    pub failed_attempts: u32,
}

/// Shown on the unlock screen, before and after unlocking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UnlockInfo {
    pub code: String,
    pub slots: Vec<SlotKind>,
    /// When the case was last opened (UTC, RFC 3339).
    pub last_opened_at: Option<String>,
    /// Wrong passphrases since it was last opened.
    pub failed_attempts: u32,
    /// Seconds to wait before the next try (0 = now).
    #[ts(type = "number")]
    pub retry_after_secs: u64,
}

/// A URL where the images were found.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewUrl {
    /// Exactly as the person pasted it (kept verbatim as evidence).
    pub original: String,
    pub normalised: Option<String>,
    /// Catalogue id (facebook, x, …) or "unknown".
    pub platform: Option<String>,
    /// What the page is (post, profile, video, search_result, …), as the URL classifier says.
    pub kind: Option<String>,
    /// When the person found it (RFC 3339 with offset).
    pub found_at: Option<String>,
    /// How it was found (a friend told me, search, the ex sent it, …).
    pub how_found: Option<String>,
    pub notes: Option<String>,
}

impl NewUrl {
    /// The URL to store for one accepted line of pasted text: the original
    /// exactly as given, its normalised form, platform and kind. `None` for a
    /// rejected line (nothing to store; the person still has the text).
    pub fn from_classified(item: &crate::urls::ClassifiedUrl) -> Option<Self> {
        if item.error.is_some() {
            return None;
        }
        let kind = serde_json::to_value(item.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned));
        Some(Self {
            original: item.input.clone(),
            normalised: item.url.clone(),
            platform: Some(item.platform.clone()),
            kind,
            found_at: None,
            how_found: None,
            notes: None,
        })
    }
}

/// The shared nouns, defined once in [`crate::model`].
pub use crate::model::{CustodyEntry, EvidenceKind, HashService, RequestStatus, UrlStatus};

/// One entry of a status history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StatusEntry<S> {
    pub at: String,
    pub status: S,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UrlRecord {
    #[ts(type = "number")]
    pub id: i64,
    pub original: String,
    pub normalised: Option<String>,
    pub platform: Option<String>,
    pub kind: Option<String>,
    pub found_at: Option<String>,
    pub how_found: Option<String>,
    pub notes: Option<String>,
    pub added_at: String,
    /// Oldest first; the last one is the current status.
    pub history: Vec<StatusEntry<UrlStatus>>,
}

/// Facts about an evidence file being added (its bytes come separately).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewEvidence {
    pub kind: EvidenceKind,
    /// The file's name on the person's device (may be None for pasted screenshots).
    pub original_name: Option<String>,
    /// When it was captured, RFC 3339 with the local offset; now (UTC) if None.
    pub captured_at: Option<String>,
    pub note: Option<String>,
    /// The URL it shows, if any.
    #[ts(type = "number | null")]
    pub url_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EvidenceRecord {
    #[ts(type = "number")]
    pub id: i64,
    /// SHA-256 of the original bytes, lower-case hex.
    pub sha256: String,
    #[ts(type = "number")]
    pub size: i64,
    pub original_name: Option<String>,
    /// As given, with its offset.
    pub captured_at: String,
    /// The same instant in UTC.
    pub captured_at_utc: String,
    pub kind: EvidenceKind,
    pub note: Option<String>,
    #[ts(type = "number | null")]
    pub url_id: Option<i64>,
    /// The catalogue id of the platform it was found on, when it is tied to
    /// a platform rather than a link (a copy saved from a chat).
    #[serde(default)]
    pub platform: Option<String>,
    pub added_at: String,
}

/// Where a copy found on her device came from: one of the case's links, or
/// a platform of the catalogue when there is no link (a copy saved from a
/// chat).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "to", rename_all = "snake_case")]
#[ts(export)]
pub enum CopyTie {
    Link {
        #[ts(type = "number")]
        url_id: i64,
    },
    Platform {
        /// Catalogue id (`discord`, `telegram`, …).
        platform: String,
    },
}

/// Hashes of one image, computed on the device (never the image itself).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewImageHash {
    /// A private name for the image ("photo 3"), never the file path.
    pub label: Option<String>,
    pub sha256: String,
    pub md5: Option<String>,
    pub pdq: Option<String>,
    #[ts(type = "number | null")]
    pub pdq_quality: Option<i64>,
    pub phash: Option<String>,
    pub dhash: Option<String>,
    #[ts(type = "number | null")]
    pub width: Option<i64>,
    #[ts(type = "number | null")]
    pub height: Option<i64>,
    /// When the person also kept the image as evidence.
    #[ts(type = "number | null")]
    pub evidence_id: Option<i64>,
}

/// What became of an image the person picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "status", content = "id")]
#[ts(export)]
pub enum AddedImage {
    /// Its hashes are now kept, under this id.
    Added(#[ts(type = "number")] i64),
    /// The same file was already kept, under this id.
    AlreadyKept(#[ts(type = "number")] i64),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ImageHashRecord {
    #[ts(type = "number")]
    pub id: i64,
    pub label: Option<String>,
    pub sha256: String,
    pub md5: Option<String>,
    pub pdq: Option<String>,
    #[ts(type = "number | null")]
    pub pdq_quality: Option<i64>,
    pub phash: Option<String>,
    pub dhash: Option<String>,
    #[ts(type = "number | null")]
    pub width: Option<i64>,
    #[ts(type = "number | null")]
    pub height: Option<i64>,
    #[ts(type = "number | null")]
    pub evidence_id: Option<i64>,
    pub added_at: String,
}

/// A removal request as generated (and possibly edited) for one platform.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewRequest {
    pub platform: String,
    /// The channel as the request generator describes it ({type, url|address|steps}).
    #[ts(type = "unknown")]
    pub channel: serde_json::Value,
    /// Legal bases invoked (platform_policy, dsa_art16, gdpr_art17, …).
    pub legal_bases: Vec<String>,
    pub language: String,
    pub subject: Option<String>,
    pub body: Option<String>,
    /// The URLs of this case the request is about.
    #[ts(type = "Array<number>")]
    pub url_ids: Vec<i64>,
    /// When an answer is due (RFC 3339).
    pub deadline: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RequestRecord {
    #[ts(type = "number")]
    pub id: i64,
    pub platform: String,
    #[ts(type = "unknown")]
    pub channel: serde_json::Value,
    pub legal_bases: Vec<String>,
    pub language: String,
    pub subject: Option<String>,
    pub body: Option<String>,
    #[ts(type = "Array<number>")]
    pub url_ids: Vec<i64>,
    pub deadline: Option<String>,
    pub tickets: Vec<String>,
    pub created_at: String,
    /// Oldest first; starts with `draft`.
    pub history: Vec<StatusEntry<RequestStatus>>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewHashServiceCase {
    pub service: HashService,
    pub case_number: String,
    /// StopNCII's PIN (Take It Down gives none).
    #[serde(default)]
    pub pin: Option<String>,
    pub submitted_at: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HashServiceRecord {
    #[ts(type = "number")]
    pub id: i64,
    pub service: HashService,
    pub case_number: String,
    /// StopNCII's PIN, never put in the police report.
    #[serde(default)]
    pub pin: Option<String>,
    pub submitted_at: Option<String>,
    pub note: Option<String>,
    pub added_at: String,
}

/// Everything in a case except evidence bytes: what `case show` prints and
/// the report reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseSnapshot {
    pub case: CaseInfo,
    pub urls: Vec<UrlRecord>,
    pub evidence: Vec<EvidenceRecord>,
    pub image_hashes: Vec<ImageHashRecord>,
    pub requests: Vec<RequestRecord>,
    pub hash_service_cases: Vec<HashServiceRecord>,
    /// The language chosen for the requests to a service, where she chose one.
    #[serde(default)]
    pub request_languages: Vec<RequestLanguage>,
    /// Links she took out of the case. Not shown, asked about or reported as
    /// links any more; carried by a hand-over so that a request sent with one
    /// and the custody entries about it keep their meaning.
    #[serde(default)]
    pub removed_urls: Vec<RemovedUrl>,
    /// "Find who hosts this site": every lookup kept, oldest first.
    #[serde(default)]
    pub host_lookups: Vec<HostLookup>,
    pub custody: Vec<CustodyEntry>,
}

/// A link taken out of the case (pasted by mistake, not hers, corrected).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RemovedUrl {
    #[ts(type = "number")]
    pub id: i64,
    pub original: String,
    pub platform: Option<String>,
    pub found_at: Option<String>,
    pub added_at: String,
    pub removed_at: String,
    pub removed_reason: Option<String>,
}

/// The language she chose for the requests to one service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RequestLanguage {
    /// Catalogue id, or `unknown:<host>` for a site the catalogue does not know.
    pub service: String,
    pub language: crate::model::Language,
}

/// What a lookup of "who hosts this site" found, as the case keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewHostLookup {
    /// The link she asked about.
    #[ts(type = "number | null")]
    pub url_id: Option<i64>,
    /// The site's name, as her requests write it.
    pub host: String,
    /// The network the site's address belongs to: the hosting provider.
    pub hosting: Option<crate::model::Contact>,
    /// The registrar of the site's domain name.
    pub registrar: Option<crate::model::Contact>,
    /// Catalogue id of a CDN in front of the site (`cloudflare`): the
    /// hosting provider above is then the CDN, not the real host.
    pub cdn: Option<String>,
    /// The registries' servers that were asked, for the record.
    pub servers: Vec<String>,
}

/// A lookup kept in the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HostLookup {
    #[ts(type = "number")]
    pub id: i64,
    #[serde(flatten)]
    pub lookup: NewHostLookup,
    /// When it was kept, UTC (RFC 3339).
    pub looked_up_at: String,
}

/// The result of checking a case end to end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VerifyReport {
    pub ok: bool,
    pub evidence_checked: usize,
    pub custody_entries: usize,
    /// One plain sentence per problem found; empty when `ok`.
    pub problems: Vec<String>,
}

/// What the unlock screen shows right after a successful unlock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UnlockReport {
    pub code: String,
    /// When it was opened before this time.
    pub previous_open_at: Option<String>,
    /// Wrong passphrases between that time and now.
    pub failed_attempts_since: u32,
    /// The keyring slot was missing or stale and has been written again.
    pub keyring_slot_restored: bool,
    /// The record of wrong tries beside the case was removed or changed since
    /// the last open: wrong tries may have been hidden.
    pub record_warning: Option<UnlockRecordWarning>,
    /// The case database was damaged and its backup from this time (UTC,
    /// RFC 3339) was opened instead: changes made after it may be missing.
    pub restored_from_backup: Option<String>,
}

/// Why the record of wrong tries beside a case cannot be trusted this time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum UnlockRecordWarning {
    /// The record was deleted; the case was last opened at `last_opened_at`.
    Removed { last_opened_at: String },
    /// The record does not match the copy inside the case (edited or replaced).
    Changed { last_opened_at: String },
}
