//! A child's photos taken and reposted: the report a parent or carer sends to the
//! country's hotline (`data/requests/hotlines.toml`). It carries the links only;
//! nobody is asked to look at, download or keep an image.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::case::{checked_url, CaseInput};
use super::generate::UrlProblem;
use super::templates::{render, Language};
use crate::error::CoreResult;

/// A hotline as the data file has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Hotline {
    /// ISO 3166-1 alpha-2 (`BE`); absent on a second hotline of the same country.
    #[serde(default)]
    #[ts(optional)]
    pub country: Option<String>,
    pub id: String,
    pub name: String,
    /// Where the report is made.
    pub report_url: String,
    #[serde(default)]
    #[ts(optional)]
    pub phone: Option<String>,
    /// Languages it takes (ISO 639-1); empty on a second hotline (the first's apply).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Reports can be made without a name.
    #[serde(default)]
    pub anonymous: bool,
    /// Where the address was seen, and when.
    #[serde(flatten)]
    pub provenance: crate::model::Provenance,
    #[serde(default)]
    #[ts(optional)]
    pub notes: Option<String>,
    /// Another hotline of the same country.
    #[serde(default)]
    pub also: Vec<Hotline>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HotlineFile {
    hotline: Vec<Hotline>,
}

const HOTLINES_TOML: &str = include_str!("../../data/requests/hotlines.toml");

/// The shipped hotlines, one per country.
pub fn hotlines() -> &'static [Hotline] {
    static LIST: OnceLock<Vec<Hotline>> = OnceLock::new();
    LIST.get_or_init(|| {
        toml::from_str::<HotlineFile>(HOTLINES_TOML)
            .expect("data/requests/hotlines.toml is validated by tests")
            .hotline
    })
}

/// The hotline of `country` (`BE`), if one is known.
pub fn hotline_for(country: &str) -> Option<&'static Hotline> {
    hotlines()
        .iter()
        .find(|h| h.country.as_deref() == Some(&country.trim().to_ascii_uppercase()))
}

/// The ready text for the hotline, with the links.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HotlineReport {
    /// Where to send it; `None` when no hotline of her country is known (then the
    /// police, or Child Focus by phone for Belgium, are the way).
    #[ts(optional)]
    pub hotline: Option<Hotline>,
    /// The language of `subject` and `body`.
    pub language: Language,
    pub subject: String,
    pub body: String,
    /// The links it reports, verbatim.
    pub urls: Vec<String>,
    /// What to know before sending, in the person's language.
    pub notes: Vec<String>,
}

/// The hotline report of a child-photo case, and the links that could not go in it.
pub fn hotline_report(
    case: &CaseInput,
    wanted: Language,
) -> CoreResult<(HotlineReport, Vec<UrlProblem>)> {
    let hotline = hotline_for(&case.victim.country);
    let language = match hotline {
        Some(h) if !h.languages.iter().any(|l| l == wanted.code()) => h
            .languages
            .iter()
            .find_map(|l| Language::from_code(l))
            .unwrap_or(wanted),
        _ => wanted,
    };
    let mut urls = Vec::new();
    let mut problems = Vec::new();
    for u in &case.urls {
        match checked_url(&u.url) {
            Ok((quoted, _)) => {
                if !urls.contains(&quoted) {
                    urls.push(quoted)
                }
            }
            Err(error) => problems.push(UrlProblem {
                url: u.url.clone(),
                error,
            }),
        }
    }
    let rep = case.representative.as_ref();
    let (name, email) = match rep {
        Some(r) => (r.name.trim(), r.email.trim()),
        None => (case.victim.name.trim(), case.victim.email.trim()),
    };
    let hotline_name = hotline.map(|h| h.name.as_str()).unwrap_or_default();
    let args = [
        ("name", name),
        ("email", email),
        ("hotline", hotline_name),
        (
            "by",
            if rep.is_some() {
                "representative"
            } else {
                "self"
            },
        ),
    ];
    let t = |id: &str| render(language, id, &args);
    let mut body = vec![t("hotline-intro")?, String::new(), t("hotline-urls")?];
    body.extend(urls.iter().cloned());
    body.push(String::new());
    body.push(t("hotline-ask")?);
    body.push(String::new());
    body.push(t("hotline-contact")?);
    let guide = |id: &str| render(wanted, id, &args);
    let mut notes = vec![guide("hotline-note-links-only")?];
    match hotline {
        Some(h) if h.anonymous => notes.push(guide("hotline-note-anonymous")?),
        Some(_) => {}
        None => notes.push(guide("hotline-note-none-known")?),
    }
    notes.push(guide("hotline-note-police")?);
    Ok((
        HotlineReport {
            hotline: hotline.cloned(),
            language,
            subject: t("hotline-subject")?,
            body: body.join("\n") + "\n",
            urls,
            notes,
        },
        problems,
    ))
}

/// Problems in the data file (empty when it is valid).
pub fn validate_hotlines() -> Vec<String> {
    let mut problems = Vec::new();
    let mut countries = Vec::new();
    fn check(h: &Hotline, problems: &mut Vec<String>) {
        let what = &h.id;
        if !h.report_url.starts_with("https://") {
            problems.push(format!("{what}: report_url must be https"));
        }
        problems.extend(h.provenance.problems(what));
        for l in &h.languages {
            if Language::from_code(l).is_none() {
                problems.push(format!("{what}: language {l:?} is not one of Reclaim's"));
            }
        }
    }
    for h in hotlines() {
        check(h, &mut problems);
        match &h.country {
            Some(c) if c.len() == 2 && !countries.contains(c) => countries.push(c.clone()),
            other => problems.push(format!("{}: country {other:?} missing or repeated", h.id)),
        }
        if h.languages.is_empty() {
            problems.push(format!("{}: languages missing", h.id));
        }
        for a in &h.also {
            check(a, &mut problems);
            if a.country.is_some() || !a.also.is_empty() {
                problems.push(format!("{}: a second hotline names no country", a.id));
            }
        }
    }
    problems
}
