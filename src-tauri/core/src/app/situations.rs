//! What the branches of the flow show besides the old steps: the routes that
//! report a threatening *account* (from the platform catalogue, with the in-app
//! steps in each language), the search services and what each sends off the
//! device (`data/guides/search_services.toml`), and the hotline report of a
//! child-photo case. The first two need no case: a test writes them to
//! `ui/src/bindings/situationGuide.ts` (like the flow), so the screens never
//! keep a second copy of a fact.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::case_requests::{case_input, case_language};
use crate::error::CoreResult;
use crate::model::Language;
use crate::platforms::{catalogue, ChannelPurpose};
use crate::requests::hotline::{hotline_report as write_hotline_report, HotlineReport};
use crate::vault::OpenCase;

/// A platform's way to report an account that threatens to share images.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AccountRoute {
    pub platform: String,
    pub platform_name: String,
    /// The in-app steps by language code (`en`, `fr`, `nl`, `de`): every
    /// language of Reclaim, English where the catalogue has no translation.
    pub steps: BTreeMap<String, Vec<String>>,
    pub source: String,
    pub checked: String,
    /// Whether the source confirmed the route (the menu words may still not be).
    pub verified: bool,
}

/// Every catalogue platform with an in-app route for threats (`sextortion`), by name.
pub fn account_routes() -> Vec<AccountRoute> {
    let mut routes: Vec<AccountRoute> = catalogue()
        .iter()
        .flat_map(|p| {
            p.channels
                .iter()
                .filter(|c| c.purpose == ChannelPurpose::Sextortion)
                .filter_map(move |c| {
                    let steps = Language::ALL
                        .iter()
                        .map(|l| {
                            Some((
                                l.code().to_string(),
                                c.target.in_app_steps(l.code())?.to_vec(),
                            ))
                        })
                        .collect::<Option<BTreeMap<_, _>>>()?;
                    Some(AccountRoute {
                        platform: p.id.clone(),
                        platform_name: p.name.clone(),
                        steps,
                        source: c.provenance.source.clone(),
                        checked: c.provenance.checked.to_string(),
                        verified: c.provenance.verified,
                    })
                })
        })
        .collect();
    routes.sort_by(|a, b| a.platform_name.cmp(&b.platform_name));
    routes
}

/// What leaves the device when she uses a search service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SearchSends {
    /// Only the words she types.
    Nothing,
    /// Her contact details (name, e-mail, phone).
    Details,
    /// A fingerprint (hash) made on the device, never the image.
    Fingerprint,
    /// The photo itself.
    Photo,
    /// A photo of her face, searched by face recognition.
    Face,
}

impl SearchSends {
    /// Whether the image itself leaves the device.
    pub fn uploads_image(self) -> bool {
        matches!(self, SearchSends::Photo | SearchSends::Face)
    }
}

/// A service the "where could they be?" screen names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SearchService {
    /// Its messages are `search-service-<id>` in the UI.
    pub id: String,
    /// The service's own name; absent for what is no named service (searching
    /// her name), which the UI names with `search-generic-<id>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub url: Option<String>,
    pub sends: SearchSends,
    pub source: String,
    pub checked: String,
    pub verified: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub notes: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SearchServiceFile {
    service: Vec<SearchService>,
}

const SEARCH_SERVICES_TOML: &str = include_str!("../../data/guides/search_services.toml");

/// The search services, those that upload nothing first (the file's order).
pub fn search_services() -> &'static [SearchService] {
    static LIST: OnceLock<Vec<SearchService>> = OnceLock::new();
    LIST.get_or_init(|| {
        toml::from_str::<SearchServiceFile>(SEARCH_SERVICES_TOML)
            .expect("data/guides/search_services.toml is validated by tests")
            .service
    })
}

/// Problems in the search services file (empty when it is valid).
pub fn validate_search_services() -> Vec<String> {
    let mut problems = Vec::new();
    let list = match toml::from_str::<SearchServiceFile>(SEARCH_SERVICES_TOML) {
        Ok(file) => file.service,
        Err(e) => return vec![format!("search_services.toml: {e}")],
    };
    let mut uploaded = false;
    for (i, s) in list.iter().enumerate() {
        if list[..i].iter().any(|o| o.id == s.id) {
            problems.push(format!("{}: id repeated", s.id));
        }
        if s.url.as_deref().is_some_and(|u| !u.starts_with("https://")) {
            problems.push(format!("{}: url must be https", s.id));
        }
        if !s.source.starts_with("http") {
            problems.push(format!("{}: source must be a web address", s.id));
        }
        if !crate::model::timestamp::is_iso_date(&s.checked) {
            problems.push(format!(
                "{}: checked {:?} is not YYYY-MM-DD",
                s.id, s.checked
            ));
        }
        if s.sends.uploads_image() {
            uploaded = true;
        } else if uploaded {
            problems.push(format!(
                "{}: what uploads nothing comes before what uploads a photo",
                s.id
            ));
        }
    }
    problems
}

/// The hotline report of the open case (a child's photos), in `language` where
/// the hotline takes it; the links that cannot go in it are left out.
pub fn hotline_report(
    case: &mut OpenCase,
    language: Option<Language>,
) -> CoreResult<HotlineReport> {
    let snapshot = case.snapshot()?;
    let wanted = language.unwrap_or_else(|| case_language(&snapshot.case));
    let (report, _problems) = write_hotline_report(&case_input(&snapshot), wanted)?;
    Ok(report)
}

/// The guide as the UI reads it: a TypeScript module with the account routes
/// and the search services (written to `ui/src/bindings/situationGuide.ts` by a test).
pub fn typescript_module() -> String {
    format!(
        "// This file was generated from reclaim-core's app/situations.rs. Do not edit this file manually.\n\
         import type {{ AccountRoute }} from \"./AccountRoute\";\n\
         import type {{ SearchService }} from \"./SearchService\";\n\n\
         /** The platforms' in-app routes to report a threatening account (catalogue, purpose `sextortion`). */\n\
         export const ACCOUNT_ROUTES: readonly AccountRoute[] = {};\n\n\
         /** The search services, with what each sends off the device (data/guides/search_services.toml). */\n\
         export const SEARCH_SERVICES: readonly SearchService[] = {};\n",
        json(&account_routes()),
        json(search_services()),
    )
}

fn json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("plain data serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_services_file_is_valid_and_says_what_leaves_the_device() {
        assert_eq!(validate_search_services(), Vec::<String>::new());
        let all = search_services();
        assert!(all
            .iter()
            .any(|s| s.id == "stopncii" && s.sends == SearchSends::Fingerprint));
        assert!(all
            .iter()
            .any(|s| s.id == "tineye" && s.sends.uploads_image()));
        // The face search is named as one: a photo of her face leaves the device.
        assert!(all.iter().any(|s| s.sends == SearchSends::Face));
    }

    #[test]
    fn every_threat_route_has_its_steps_in_every_language() {
        let routes = account_routes();
        let ids: Vec<&str> = routes.iter().map(|r| r.platform.as_str()).collect();
        for id in ["instagram", "facebook", "snapchat"] {
            assert!(ids.contains(&id), "{id} has a sextortion route: {ids:?}");
        }
        for r in &routes {
            assert_eq!(r.steps.len(), Language::ALL.len(), "{}", r.platform);
            // Translated, not the English words again.
            assert_ne!(r.steps["fr"], r.steps["en"], "{}", r.platform);
            assert_ne!(r.steps["de"], r.steps["en"], "{}", r.platform);
        }
    }

    #[test]
    fn export_situation_guide_for_the_ui() {
        let text = typescript_module();
        crate::model::write_ui_binding("situationGuide.ts", &text);
        assert!(text.contains("\"stopncii\""));
        assert!(text.contains("Signaler le compte"));
    }
}
