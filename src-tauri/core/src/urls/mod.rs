//! Step 2, "Where are the images?": turning pasted text into checked, classified URLs.
//!
//! Each URL is kept exactly as given (`input`, it is evidence), parsed and
//! checked (http/https only, no `user@host`, at most 8,000 octets, no control
//! or bidi characters), shown with an ASCII host (IDNs in punycode, with a
//! warning when scripts mix), classified by platform and kind, and given a
//! dedupe key that only ever *suggests* duplicates: nothing is merged.

mod dedupe;
mod idn;
mod split;
#[cfg(test)]
mod tests;
mod validate;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platforms::{self, HostClass, UrlKind};
use crate::{CoreError, ErrorDetail, ErrorKind};

pub use dedupe::{dedupe_key, is_tracking_param};
pub use split::{split_candidates, Candidate};
pub use validate::MAX_URL_OCTETS;

/// The platform id given to hosts the catalogue does not know.
pub const UNKNOWN_PLATFORM: &str = "unknown";

/// Something worth telling the person about an accepted URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum UrlWarning {
    /// No `http://` or `https://` was given; `https://` was assumed.
    SchemeAdded,
    /// The host has non-ASCII characters; it is shown in its ASCII (punycode) form.
    InternationalHost,
    /// The host mixes writing systems (e.g. Latin and Cyrillic): it may imitate another site.
    MixedScripts,
    /// The host is written only with letters that look like Latin ones (e.g. Cyrillic `аррӏе`).
    LookalikeCharacters,
    /// The site name looks like a well-known site's (see `imitates`) but is
    /// another one: `ınstagram.com` with a dotless ı, `fɑcebook.com` with a Latin alpha.
    ImitatesKnownSite,
    /// Invisible characters (zero-width spaces) were found in the path or query and are shown encoded.
    InvisibleCharacters,
    /// The host is an IP address rather than a name.
    IpAddressHost,
    /// A short link: the page it leads to is not known without opening it.
    ShortLink,
    /// The address of the image or video file itself, not of the page showing it.
    DirectFile,
    /// Looks like the same page as an earlier URL in the list (see `duplicate_of`).
    PossibleDuplicate,
}

impl UrlWarning {
    /// The `snake_case` code, as serialised.
    pub fn code(self) -> &'static str {
        match self {
            Self::SchemeAdded => "scheme_added",
            Self::InternationalHost => "international_host",
            Self::MixedScripts => "mixed_scripts",
            Self::LookalikeCharacters => "lookalike_characters",
            Self::ImitatesKnownSite => "imitates_known_site",
            Self::InvisibleCharacters => "invisible_characters",
            Self::IpAddressHost => "ip_address_host",
            Self::ShortLink => "short_link",
            Self::DirectFile => "direct_file",
            Self::PossibleDuplicate => "possible_duplicate",
        }
    }
}

/// Why a line or URL was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RejectReason {
    /// The line holds no web address.
    NoUrlFound,
    /// Not a web address (`javascript:`, `data:`, `file:`, `ftp:` …).
    UnsupportedScheme,
    /// A `name@host` or `user:password@host` address, a trick to hide the real site.
    CredentialsInUrl,
    /// Longer than 8,000 octets.
    TooLong,
    /// Contains control characters.
    ControlCharacters,
    /// Contains right-to-left/left-to-right override characters that can disguise it.
    BidiCharacters,
    /// Invisible characters inside the site name.
    InvisibleCharactersInHost,
    /// The site name is not valid.
    InvalidHost,
    /// Not a valid web address for another reason.
    InvalidUrl,
}

impl RejectReason {
    /// The `snake_case` code, as serialised.
    pub fn code(self) -> &'static str {
        match self {
            Self::NoUrlFound => "no_url_found",
            Self::UnsupportedScheme => "unsupported_scheme",
            Self::CredentialsInUrl => "credentials_in_url",
            Self::TooLong => "too_long",
            Self::ControlCharacters => "control_characters",
            Self::BidiCharacters => "bidi_characters",
            Self::InvisibleCharactersInHost => "invisible_characters_in_host",
            Self::InvalidHost => "invalid_host",
            Self::InvalidUrl => "invalid_url",
        }
    }
}

/// A rejection with a plain message for logs and the CLI (the UI words it by `reason`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UrlRejection {
    pub reason: RejectReason,
    pub message: String,
}

impl UrlRejection {
    fn new(reason: RejectReason, message: impl Into<String>) -> Self {
        Self {
            reason,
            message: message.into(),
        }
    }
}

impl From<UrlRejection> for CoreError {
    fn from(r: UrlRejection) -> Self {
        CoreError::new(ErrorKind::InvalidInput, r.message).with_detail(ErrorDetail::UrlRefused {
            reason: r.reason.code().to_owned(),
        })
    }
}

/// One URL (or one rejected line) of the pasted text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ClassifiedUrl {
    /// 1-based line of the pasted text it came from.
    pub line: usize,
    /// Exactly the characters given (the whole line when nothing was found).
    pub input: String,
    /// The parsed URL with an ASCII host; `None` when rejected.
    pub url: Option<String>,
    /// Key to *suggest* duplicates (never to merge); `None` when rejected.
    pub dedupe_key: Option<String>,
    /// Catalogue id, or `unknown`.
    pub platform: String,
    pub kind: UrlKind,
    /// The ASCII host (punycode for IDNs).
    pub host: Option<String>,
    /// Which of the platform's hosts it is on (web, mobile, short link, CDN).
    pub host_class: Option<HostClass>,
    /// The host in Unicode when it differs from `host` (IDNs), to show beside it.
    pub host_unicode: Option<String>,
    pub warnings: Vec<UrlWarning>,
    /// The well-known site (a catalogue domain, e.g. `instagram.com`) whose
    /// name this host only looks like ([`UrlWarning::ImitatesKnownSite`]).
    pub imitates: Option<String>,
    /// Index (in the same list) of the first URL with the same dedupe key.
    pub duplicate_of: Option<usize>,
    pub error: Option<UrlRejection>,
}

impl ClassifiedUrl {
    fn rejected(line: usize, input: &str, error: UrlRejection) -> Self {
        Self {
            line,
            input: input.to_owned(),
            url: None,
            dedupe_key: None,
            platform: UNKNOWN_PLATFORM.to_owned(),
            kind: UrlKind::Unknown,
            host: None,
            host_class: None,
            host_unicode: None,
            warnings: Vec::new(),
            imitates: None,
            duplicate_of: None,
            error: Some(error),
        }
    }
}

/// Checks and classifies one URL as given (no splitting).
pub fn classify_one(input: &str) -> ClassifiedUrl {
    classify_at(1, input)
}

/// Checks one URL; `Err` carries the reason as an `invalid_input` [`CoreError`].
pub fn parse_one(input: &str) -> Result<ClassifiedUrl, CoreError> {
    let item = classify_one(input);
    match item.error {
        Some(err) => Err(err.into()),
        None => Ok(item),
    }
}

fn classify_at(line: usize, input: &str) -> ClassifiedUrl {
    let checked = match validate::check(input) {
        Ok(checked) => checked,
        Err(err) => return ClassifiedUrl::rejected(line, input, err),
    };
    let mut warnings = checked.warnings;
    let host = checked.url.host_str().unwrap_or_default().to_owned();
    let matched = platforms::match_host(&host);
    let query: Vec<(String, String)> = checked
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let kind = platforms::url_kind(matched.as_ref(), checked.url.path(), &query);
    match kind {
        UrlKind::ShortLink => warnings.push(UrlWarning::ShortLink),
        UrlKind::DirectFile => warnings.push(UrlWarning::DirectFile),
        _ => {}
    }
    let platform = matched.as_ref().map(|m| m.platform.id.as_str());
    // A host of the catalogue is the real site; any other that looks like one is not.
    let imitates = match (&matched, checked.url.host()) {
        (None, Some(url::Host::Domain(domain))) => {
            idn::imitated_domain(checked.host_unicode.as_deref().unwrap_or(domain))
        }
        _ => None,
    };
    if imitates.is_some() {
        warnings.push(UrlWarning::ImitatesKnownSite);
    }
    ClassifiedUrl {
        line,
        input: input.to_owned(),
        dedupe_key: Some(dedupe_key(&checked.url, platform)),
        url: Some(checked.url.to_string()),
        platform: platform.unwrap_or(UNKNOWN_PLATFORM).to_owned(),
        kind,
        host: Some(host),
        host_class: matched.map(|m| m.class),
        host_unicode: checked.host_unicode,
        warnings,
        imitates: imitates.map(str::to_owned),
        duplicate_of: None,
        error: None,
    }
}

/// Splits pasted text into URLs and checks and classifies each one.
///
/// Blank lines are skipped; a non-blank line without any web address gives one
/// rejected item. URLs whose dedupe keys match an earlier one get
/// `duplicate_of` and a [`UrlWarning::PossibleDuplicate`], and are still listed.
pub fn classify_text(text: &str) -> Vec<ClassifiedUrl> {
    let mut out: Vec<ClassifiedUrl> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let candidates = split_candidates(line);
        if candidates.is_empty() {
            if !line.trim().is_empty() {
                out.push(ClassifiedUrl::rejected(
                    i + 1,
                    line,
                    UrlRejection::new(
                        RejectReason::NoUrlFound,
                        "no web address found on this line",
                    ),
                ));
            }
            continue;
        }
        for candidate in candidates {
            out.push(classify_at(i + 1, candidate.text));
        }
    }
    mark_duplicates(&mut out);
    out
}

/// Sets `duplicate_of` on every item whose dedupe key an earlier item has.
pub fn mark_duplicates(items: &mut [ClassifiedUrl]) {
    let mut first: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, item) in items.iter_mut().enumerate() {
        let Some(key) = item.dedupe_key.as_ref() else {
            continue;
        };
        match first.get(key) {
            Some(&j) => {
                item.duplicate_of = Some(j);
                if !item.warnings.contains(&UrlWarning::PossibleDuplicate) {
                    item.warnings.push(UrlWarning::PossibleDuplicate);
                }
            }
            None => {
                first.insert(key.clone(), i);
            }
        }
    }
}
