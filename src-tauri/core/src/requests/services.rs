//! How requests go to each kind of service, shipped as data
//! (`data/requests/services.toml`): the letter a kind gets, whether it forwards
//! complaints to the site's operator, the search engines that delist every link, the
//! CDNs a host lookup can name, and the few services that need one request per link.

use std::sync::OnceLock;

use serde::Deserialize;

use super::case::WhoisInput;
use crate::platforms::PlatformRole;

/// How Reclaim writes to one kind of service.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceKind {
    pub role: PlatformRole,
    /// `subject-<letter>` and `intro-<letter>` in the letter templates.
    pub letter: String,
    /// It usually forwards complaints, with the sender's name, to whoever runs the site.
    #[serde(default)]
    pub forwards: bool,
}

/// A site the catalogue does not know, when no host or CDN is known.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnknownSite {
    pub letter: String,
    /// The kind of service whose bases its letter rests on.
    pub role: PlatformRole,
}

/// A CDN or reverse proxy a host lookup can name.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cdn {
    /// Its catalogue id.
    pub platform: String,
    /// Names matched (ignoring case) in the lookup's `cdn` value.
    pub names: Vec<String>,
}

/// Behaviour of one service.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlatformRule {
    pub id: String,
    #[serde(default)]
    pub one_request_per_url: bool,
    #[serde(flatten)]
    pub provenance: crate::model::Provenance,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Services {
    pub delist_with: Vec<String>,
    pub kind: Vec<ServiceKind>,
    pub unknown_site: UnknownSite,
    #[serde(default)]
    pub cdn: Vec<Cdn>,
    #[serde(default)]
    pub platform: Vec<PlatformRule>,
}

const SERVICES_TOML: &str = include_str!("../../data/requests/services.toml");

/// The shipped rules.
pub fn services() -> &'static Services {
    static SERVICES: OnceLock<Services> = OnceLock::new();
    SERVICES.get_or_init(|| {
        toml::from_str(SERVICES_TOML).expect("data/requests/services.toml is validated by tests")
    })
}

impl Services {
    /// How a kind of service is written to; every role has an entry (checked by tests).
    pub fn kind(&self, role: PlatformRole) -> &ServiceKind {
        self.kind
            .iter()
            .find(|k| k.role == role)
            .unwrap_or(&self.kind[0])
    }

    /// The catalogue id of the CDN a lookup names in front of a site, if Reclaim knows it.
    pub fn cdn_of(&self, whois: &WhoisInput) -> Option<&str> {
        let seen = whois.cdn.as_ref()?.to_string().to_ascii_lowercase();
        self.cdn
            .iter()
            .find(|c| {
                c.names
                    .iter()
                    .any(|n| seen.contains(&n.to_ascii_lowercase()))
            })
            .map(|c| c.platform.as_str())
    }

    /// Whether the service asks for one report per link.
    pub fn one_request_per_url(&self, platform: &str) -> bool {
        self.platform
            .iter()
            .any(|p| p.id == platform && p.one_request_per_url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platforms;
    use crate::requests::templates::{message_ids, Language};

    const ALL_ROLES: [PlatformRole; 9] = [
        PlatformRole::Social,
        PlatformRole::Messaging,
        PlatformRole::SearchEngine,
        PlatformRole::Adult,
        PlatformRole::FileHosting,
        PlatformRole::Dating,
        PlatformRole::CdnProxy,
        PlatformRole::WebHost,
        PlatformRole::Registrar,
    ];

    #[test]
    fn every_kind_of_service_has_exactly_one_entry_with_its_letters() {
        let s = services();
        for role in ALL_ROLES {
            assert_eq!(
                s.kind.iter().filter(|k| k.role == role).count(),
                1,
                "{role:?}"
            );
        }
        let mut letters: Vec<&str> = s.kind.iter().map(|k| k.letter.as_str()).collect();
        letters.push(&s.unknown_site.letter);
        for lang in Language::ALL {
            let ids = message_ids(lang);
            for l in &letters {
                for part in ["subject", "intro"] {
                    let id = format!("{part}-{l}");
                    assert!(ids.contains(&id), "{} lacks {id}", lang.code());
                }
            }
        }
    }

    #[test]
    fn hosts_cdns_and_registrars_forward_and_platforms_do_not() {
        let s = services();
        for role in [
            PlatformRole::CdnProxy,
            PlatformRole::WebHost,
            PlatformRole::Registrar,
        ] {
            assert!(s.kind(role).forwards, "{role:?}");
        }
        assert!(!s.kind(PlatformRole::Social).forwards);
        assert_eq!(s.kind(PlatformRole::WebHost).letter, "host");
    }

    #[test]
    fn named_services_exist_in_the_catalogue_with_the_right_kind() {
        let s = services();
        assert!(!s.delist_with.is_empty());
        for id in &s.delist_with {
            let p = platforms::by_id(id).unwrap_or_else(|| panic!("{id} not in catalogue"));
            assert_eq!(p.role, PlatformRole::SearchEngine, "{id}");
        }
        for c in &s.cdn {
            let p = platforms::by_id(&c.platform).unwrap();
            assert_eq!(p.role, PlatformRole::CdnProxy, "{}", c.platform);
            assert!(!c.names.is_empty());
        }
        for p in &s.platform {
            assert!(platforms::by_id(&p.id).is_some(), "{}", p.id);
            assert!(p.provenance.source.starts_with("https://"), "{}", p.id);
            assert!(p.provenance.problems(&p.id).is_empty(), "{}", p.id);
        }
        assert!(s.one_request_per_url("discord"));
        assert!(!s.one_request_per_url("facebook"));
    }

    #[test]
    fn a_lookup_naming_a_known_cdn_in_any_shape_finds_it() {
        let s = services();
        for (cdn, found) in [
            (serde_json::json!("Cloudflare"), Some("cloudflare")),
            (
                serde_json::json!({"name": "cloudflare", "detected_by": "cf-ray"}),
                Some("cloudflare"),
            ),
            (serde_json::json!(null), None),
            (serde_json::json!("fastly"), None),
        ] {
            let w: WhoisInput =
                serde_json::from_value(serde_json::json!({"host": "a.example", "cdn": cdn}))
                    .unwrap();
            assert_eq!(s.cdn_of(&w), found, "{w:?}");
        }
    }
}
