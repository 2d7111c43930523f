//! What the request generator needs to know about a case (the `--case-json` file of
//! `reclaim-cli requests`, and what the app passes from an open case).
//!
//! ```json
//! {
//!   "victim": {"name": "Anna Peeters", "email": "anna@example.org", "country": "BE"},
//!   "language": "fr",
//!   "adult_at_capture": true,
//!   "content": {"kind": "photo", "self_taken": true, "fake": false, "description": "two photos from 2024"},
//!   "shared_on": "2026-03-01",
//!   "representative": {"name": "Eva Janssens", "email": "eva@service.example",
//!                      "organisation": "CAW Example", "role": "counsellor"},
//!   "search_engines": true,
//!   "situation": ["shared"],
//!   "urls": [
//!     {"url": "https://www.facebook.com/photo/?fbid=1", "found_at": "2026-11-20T09:30:00Z", "platform": "facebook"},
//!     {"url": "https://unknown-site.example/v/1", "found_at": "2026-11-21T10:00:00Z"}
//!   ],
//!   "whois": [
//!     {"host": "unknown-site.example", "hosting": {"name": "Host BV", "abuse_email": "abuse@host.example"},
//!      "registrar": {"name": "Registrar Inc", "abuse_email": "abuse@registrar.example"}, "cdn": null}
//!   ]
//! }
//! ```
//!
//! `platform` is optional: without it the URL's host is looked up in the platform
//! catalogue. `whois` is optional and takes the lines of `reclaim-cli urls whois`
//! unchanged (extra keys are ignored). `shared_on` (optional) is the day the images were
//! shared, which decides the law a letter cites; without it the earliest `found_at` is
//! used. `representative` (optional) is someone filing for her (a counsellor, a lawyer, the
//! Institute): the letters are then in that person's name, on her behalf. `search_engines`
//! (default true) adds Google and Bing delisting for the links on other sites.
//!
//! `situation` (optional, one code or a list; default `shared`) is what is happening
//! ([`Situation`]): `fake` writes every letter about images made or edited without her
//! consent (as `content.fake` does) and never a DMCA notice; `threatened` with
//! `accounts` writes account reports (and no removal request until a link exists);
//! `child_photos` writes no letter in anyone's name but a report for the country's
//! hotline (`Generated::hotline`). `accounts` (optional) are the accounts that threaten
//! her: `{"platform": "instagram", "handle": "@someone", "url": "https://…"}`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::email::validate_address;
use super::templates::Language;
use crate::error::{CoreError, CoreResult};
use crate::model::situation::{default_situations, deserialize_one_or_many};
use crate::model::Situation;

/// The person the request is for (she may be helped by a counsellor, who still
/// writes in her name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Victim {
    pub name: String,
    pub email: String,
    /// ISO 3166-1 alpha-2 country of residence (`BE`).
    pub country: String,
}

/// What was shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ContentKind {
    Photo,
    Video,
    PhotoAndVideo,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Content {
    pub kind: ContentKind,
    /// She took the photos or videos herself (the only case where a DMCA notice fits).
    #[serde(default)]
    pub self_taken: bool,
    /// A short, neutral description (used in DMCA notices to identify the work).
    #[serde(default)]
    #[ts(optional)]
    pub description: Option<String>,
    /// Fake images: made or edited (for example with AI) to show her.
    #[serde(default)]
    pub fake: bool,
}

/// Who is filing for her, with her consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RepresentativeRole {
    Counsellor,
    Lawyer,
    /// The Institute for the Equality of Women and Men, or a similar body.
    Institute,
    Other,
}

impl RepresentativeRole {
    pub fn key(self) -> &'static str {
        match self {
            RepresentativeRole::Counsellor => "counsellor",
            RepresentativeRole::Lawyer => "lawyer",
            RepresentativeRole::Institute => "institute",
            RepresentativeRole::Other => "other",
        }
    }
}

/// Someone filing the requests on her behalf; the letters go out in this person's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Representative {
    pub name: String,
    pub email: String,
    #[serde(default)]
    #[ts(optional)]
    pub organisation: Option<String>,
    pub role: RepresentativeRole,
}

/// One place the images were found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseUrl {
    /// Kept verbatim: requests quote it exactly.
    pub url: String,
    /// When it was found (RFC 3339), for the follow-up and the file.
    #[serde(default)]
    #[ts(optional)]
    pub found_at: Option<String>,
    /// A catalogue id, or `unknown`; when absent the host decides.
    #[serde(default)]
    #[ts(optional)]
    pub platform: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct WhoisContact {
    #[serde(default)]
    #[ts(optional)]
    pub name: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub abuse_email: Option<String>,
}

/// The result of a host lookup (`reclaim-cli urls whois`), as far as requests need it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct WhoisInput {
    pub host: String,
    #[serde(default)]
    #[ts(optional)]
    pub hosting: Option<WhoisContact>,
    #[serde(default)]
    #[ts(optional)]
    pub registrar: Option<WhoisContact>,
    /// A CDN in front of the site, if one was seen: a name (`"cloudflare"`) or an
    /// object naming it; any shape `urls whois` gives is accepted.
    #[serde(default)]
    #[ts(optional, type = "unknown")]
    pub cdn: Option<serde_json::Value>,
}

/// An account that threatens her (a threat case): reported to its platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseAccount {
    /// A catalogue id (`instagram`, `snapchat`…).
    pub platform: String,
    /// The account's name as the platform shows it (`@someone`).
    pub handle: String,
    /// A link to the account's profile, if she has it (kept verbatim).
    #[serde(default)]
    #[ts(optional)]
    pub url: Option<String>,
}

/// Everything the generator reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseInput {
    pub victim: Victim,
    /// The language she picked; requests use it where the channel accepts it.
    #[serde(default = "default_language")]
    pub language: Language,
    /// Was the person 18 or older when the images were made? When not, no request
    /// is written: Child Focus and Take It Down take over.
    pub adult_at_capture: bool,
    pub content: Content,
    pub urls: Vec<CaseUrl>,
    #[serde(default)]
    pub whois: Vec<WhoisInput>,
    /// The day the images were shared (YYYY-MM-DD), if she knows it.
    #[serde(default)]
    #[ts(optional)]
    pub shared_on: Option<String>,
    /// Someone filing for her (counsellor, lawyer, the Institute).
    #[serde(default)]
    #[ts(optional)]
    pub representative: Option<Representative>,
    /// Ask Google and Bing to delist the links found on other sites (default: yes).
    #[serde(default = "yes")]
    pub search_engines: bool,
    /// What is happening: one situation or several (default: images shared).
    #[serde(
        default = "default_situations",
        deserialize_with = "deserialize_one_or_many"
    )]
    pub situation: Vec<Situation>,
    /// The accounts that threaten her (a threat case).
    #[serde(default)]
    pub accounts: Vec<CaseAccount>,
    /// The language she chose for the requests to a service, by
    /// [`service_key`]: its letters and steps are written in it, whatever the
    /// service's own language rules. Absent: those rules, then `language`.
    #[serde(default)]
    pub request_languages: std::collections::BTreeMap<String, Language>,
}

/// How a service is named where a language is chosen for it: its catalogue
/// id, or `unknown:<host>` for a site the catalogue does not know (they all
/// share the id `unknown`).
pub fn service_key(platform: &str, platform_name: &str) -> String {
    if platform == super::generate::UNKNOWN {
        format!("unknown:{platform_name}")
    } else {
        platform.to_owned()
    }
}

fn default_language() -> Language {
    Language::En
}

fn yes() -> bool {
    true
}

pub use crate::model::timestamp::is_iso_date;

impl CaseInput {
    /// Reads a case file's JSON.
    pub fn from_json(text: &str) -> CoreResult<CaseInput> {
        let case: CaseInput = serde_json::from_str(text)
            .map_err(|e| CoreError::invalid_input(format!("case file: {e}")))?;
        case.validate()?;
        Ok(case)
    }

    /// Checks what a request cannot do without. Single URLs are checked later, one by one.
    pub fn validate(&self) -> CoreResult<()> {
        let v = &self.victim;
        if v.name.trim().is_empty() {
            return Err(CoreError::invalid_input("the name is empty"));
        }
        validate_address(&v.email)?;
        if v.country.len() != 2 || !v.country.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(CoreError::invalid_input(format!(
                "country {:?} is not a two-letter code such as BE",
                v.country
            )));
        }
        if self.urls.is_empty() {
            if !self.is(Situation::Threatened) {
                return Err(CoreError::invalid_input("the case has no URL"));
            }
            if self.accounts.is_empty() {
                return Err(CoreError::invalid_input(
                    "the case has no URL and no account to report",
                ));
            }
        }
        for a in &self.accounts {
            if a.platform.trim().is_empty() || clean_text(&a.handle).is_empty() {
                return Err(CoreError::invalid_input(
                    "an account needs its platform and its name",
                ));
            }
            if let Some(url) = &a.url {
                checked_url(url)?;
            }
        }
        if let Some(day) = &self.shared_on {
            if !is_iso_date(day.trim()) {
                return Err(CoreError::invalid_input(format!(
                    "shared_on {day:?} is not a date such as 2026-03-01"
                )));
            }
        }
        if let Some(r) = &self.representative {
            if r.name.trim().is_empty() {
                return Err(CoreError::invalid_input(
                    "the representative's name is empty",
                ));
            }
            validate_address(&r.email)?;
        }
        Ok(())
    }

    /// Whether `situation` applies to the case.
    pub fn is(&self, situation: Situation) -> bool {
        self.situation.contains(&situation)
    }

    /// The day the sharing happened, as far as the case says (YYYY-MM-DD): `shared_on`,
    /// else the earliest `found_at`, else `today`.
    pub fn sharing_date(&self, today: &str) -> String {
        if let Some(day) = self.shared_on.as_deref().map(str::trim) {
            if is_iso_date(day) {
                return day.to_string();
            }
        }
        self.urls
            .iter()
            .filter_map(|u| u.found_at.as_deref())
            .filter_map(|t| t.trim().get(..10))
            .filter(|d| is_iso_date(d))
            .min()
            .unwrap_or(today)
            .to_string()
    }

    /// The case with the name and description made safe for a letter (see [`clean_text`]).
    pub fn cleaned(&self) -> CaseInput {
        let mut case = self.clone();
        case.victim.name = clean_text(&case.victim.name);
        case.victim.email = case.victim.email.trim().to_string();
        case.victim.country = case.victim.country.trim().to_ascii_uppercase();
        case.content.description = case.content.description.as_deref().map(clean_text);
        // Fake images are fake whichever of the two says so.
        case.content.fake |= case.is(Situation::Fake);
        case.situation = crate::model::situation::normalise(&case.situation);
        for a in case.accounts.iter_mut() {
            a.platform = a.platform.trim().to_ascii_lowercase();
            a.handle = clean_text(&a.handle);
        }
        if let Some(r) = case.representative.as_mut() {
            r.name = clean_text(&r.name);
            r.email = r.email.trim().to_string();
            r.organisation = r
                .organisation
                .as_deref()
                .map(clean_text)
                .filter(|o| !o.is_empty());
        }
        case
    }

    /// The lookup result for `host`, if one was given.
    pub fn whois_for(&self, host: &str) -> Option<&WhoisInput> {
        self.whois
            .iter()
            .find(|w| w.host.trim_end_matches('.').eq_ignore_ascii_case(host))
    }
}

/// Text a person typed, made safe to put in a letter: control characters (CR, LF,
/// tabs…) and Unicode bidi controls become spaces, runs of spaces collapse to one,
/// and the ends are trimmed.
pub fn clean_text(text: &str) -> String {
    text.split(|c: char| {
        c.is_whitespace() || c.is_control() || super::templates::BIDI_MARKS.contains(&c)
    })
    .filter(|w| !w.is_empty())
    .collect::<Vec<_>>()
    .join(" ")
}

/// The URL as a request must quote it, and its ASCII host, after the checks of URL
/// intake ([`crate::urls::parse_one`]): http(s) only, no `user@host`, no control or
/// bidi characters. The URL is the one given, verbatim, unless intake had to add
/// `https://`, in which case the completed URL is quoted.
pub fn checked_url(url: &str) -> CoreResult<(String, String)> {
    let parsed = crate::urls::parse_one(url)?;
    let host = parsed
        .host
        .clone()
        .ok_or_else(|| CoreError::invalid_input("the address has no site name"))?;
    let quoted = if parsed
        .warnings
        .contains(&crate::urls::UrlWarning::SchemeAdded)
    {
        parsed.url.clone().unwrap_or_else(|| url.to_string())
    } else {
        url.to_string()
    };
    Ok((quoted, host))
}

/// The ASCII host of a URL that passes [`checked_url`].
pub fn url_host(url: &str) -> Option<String> {
    checked_url(url).ok().map(|(_, host)| host)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../../cli/tests/fixtures/case.json");

    #[test]
    fn the_shipped_example_case_reads() {
        let case = CaseInput::from_json(EXAMPLE).unwrap();
        assert!(case.adult_at_capture);
        assert!(case.urls.len() >= 3);
        assert!(case.whois_for("unknown-site.example").is_some());
    }

    #[test]
    fn a_line_of_urls_whois_is_read_as_is() {
        // The shape `reclaim-cli urls whois` prints (net::WhoisReport), extra keys included.
        let line = serde_json::json!({
            "host": "unknown-site.example", "ips": ["192.0.2.10"],
            "hosting": {"name": "Host BV", "abuse_email": "abuse@host.example",
                        "handle": "NET-1", "source": "https://rdap.example/ip/192.0.2.10"},
            "registrar": {"name": "Reg", "abuse_email": null, "handle": "9999",
                          "source": "https://rdap.example/domain/unknown-site.example"},
            "cdn": null, "cdn_report_url": null, "platform": null, "notes": [], "error": null
        });
        let w: WhoisInput = serde_json::from_value(line).unwrap();
        assert_eq!(
            w.hosting.unwrap().abuse_email.as_deref(),
            Some("abuse@host.example")
        );
        assert_eq!(w.registrar.unwrap().abuse_email, None);
        assert!(w.cdn.is_none());
    }

    #[test]
    fn the_sharing_date_is_the_given_day_else_the_earliest_find() {
        let mut case = CaseInput::from_json(EXAMPLE).unwrap();
        case.shared_on = None;
        assert_eq!(case.sharing_date("2026-11-29"), "2026-11-20");
        case.shared_on = Some("2026-03-01".into());
        assert_eq!(case.sharing_date("2026-11-29"), "2026-03-01");
        case.shared_on = None;
        for u in case.urls.iter_mut() {
            u.found_at = None;
        }
        assert_eq!(case.sharing_date("2026-11-29"), "2026-11-29");
        case.shared_on = Some("1 March".into());
        assert!(case.validate().is_err(), "a date that is not a date");
        assert!(!is_iso_date("2026-13-01") && is_iso_date("2026-04-08"));
    }

    #[test]
    fn a_representative_needs_a_name_and_a_real_address() {
        let mut case = CaseInput::from_json(EXAMPLE).unwrap();
        case.representative = Some(Representative {
            name: "Eva Janssens".into(),
            email: "eva@service.example".into(),
            organisation: Some("CAW".into()),
            role: RepresentativeRole::Counsellor,
        });
        assert!(case.validate().is_ok());
        case.representative.as_mut().unwrap().email = "eva at service".into();
        assert!(case.validate().is_err());
        assert!(
            CaseInput::from_json(EXAMPLE).unwrap().search_engines,
            "on unless turned off"
        );
    }

    #[test]
    fn a_case_without_contact_or_urls_is_refused_with_a_reason() {
        let mut case = CaseInput::from_json(EXAMPLE).unwrap();
        case.victim.email = "anna at example".into();
        assert_eq!(
            case.validate().unwrap_err().kind,
            crate::ErrorKind::InvalidInput
        );
        let mut case = CaseInput::from_json(EXAMPLE).unwrap();
        case.urls.clear();
        assert!(case.validate().unwrap_err().message.contains("no URL"));
        let mut case = CaseInput::from_json(EXAMPLE).unwrap();
        case.victim.country = "Belgium".into();
        assert!(case.validate().is_err());
        assert!(CaseInput::from_json("{").is_err());
    }

    #[test]
    fn typed_text_loses_line_breaks_and_bidi_controls() {
        assert_eq!(
            clean_text("  Anna\r\nBcc: x\u{2068}y\u{202e} "),
            "Anna Bcc: x y"
        );
        let mut case = CaseInput::from_json(EXAMPLE).unwrap();
        case.victim.name = "\r\n\u{2069}".into();
        assert!(
            case.cleaned().validate().is_err(),
            "nothing left of the name"
        );
    }

    #[test]
    fn urls_are_quoted_verbatim_and_tricks_are_refused() {
        let given = "https://WWW.Example.BE:8443/a?b=%22c%22#d";
        let (quoted, host) = checked_url(given).unwrap();
        assert_eq!(quoted, given, "quoted exactly as found");
        assert_eq!(host, "www.example.be");
        let (quoted, host) = checked_url("site.example/page").unwrap();
        assert_eq!(quoted, "https://site.example/page");
        assert_eq!(host, "site.example");
        assert_eq!(
            url_host("http://site.example").as_deref(),
            Some("site.example")
        );
        for bad in [
            "ftp://x.example/",
            "javascript:alert(1)",
            "https://x.example/a\r\nBcc: y",
            "https://user@x.example/",
            "https://x.example/\u{202e}gpj.exe",
        ] {
            let err = checked_url(bad).unwrap_err();
            assert_eq!(err.kind, crate::ErrorKind::InvalidInput, "{bad:?}");
        }
    }
}
