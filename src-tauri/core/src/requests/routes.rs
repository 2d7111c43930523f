//! What the generator needs from a platform: its reporting routes, languages and
//! promised answer time. Kept as a small input type so the generator does not depend
//! on every detail of the catalogue; [`PlatformRoutes::from_platform`] converts a
//! catalogue entry.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platforms::{self, Channel, ChannelPurpose, ChannelTarget, Platform, PlatformRole};

/// What a route is for (mirrors the catalogue's channel purposes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RoutePurpose {
    Ncii,
    Privacy,
    General,
    Impersonation,
    /// Reporting an account that threatens to share intimate images (sextortion).
    Sextortion,
    Escalation,
    DsaNotice,
    Gdpr,
    TakeItDown,
    Dmca,
}

/// Where a report goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum RouteTarget {
    Form {
        url: String,
        /// What the form asks for (catalogue `FormField` names), where known.
        #[serde(default)]
        fields: Vec<String>,
    },
    Email {
        address: String,
    },
    /// Menu path inside the app (words as the catalogue has them).
    InApp {
        steps: Vec<String>,
    },
    /// Only explains; nothing can be sent through it.
    Page {
        url: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Route {
    pub purpose: RoutePurpose,
    pub target: RouteTarget,
    /// Seen in an official or curated source.
    pub verified: bool,
}

/// A platform as the request generator sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlatformRoutes {
    pub id: String,
    pub name: String,
    /// What kind of service it is; decides the letter and the legal bases.
    pub role: PlatformRole,
    /// Routes under the platform's own rules, best first.
    pub channels: Vec<Route>,
    /// Routes founded on a law (DSA notice, GDPR / DPO, TAKE IT DOWN, DMCA).
    pub legal_routes: Vec<Route>,
    /// Languages its reporting flow takes (ISO 639-1); empty when not known (then the
    /// person's language is used).
    pub languages: Vec<String>,
    /// The answer time it promises, in hours, where known.
    #[ts(optional)]
    pub response_hours: Option<u32>,
}

impl Route {
    pub fn is_actionable(&self) -> bool {
        !matches!(self.target, RouteTarget::Page { .. })
    }
}

impl PlatformRoutes {
    /// The first actionable own-rules route among `purposes`, in the catalogue's order
    /// of preference for each purpose in turn.
    pub fn first_channel(&self, purposes: &[RoutePurpose]) -> Option<&Route> {
        purposes.iter().find_map(|p| {
            self.channels
                .iter()
                .find(|r| r.purpose == *p && r.is_actionable())
        })
    }

    /// The first actionable legal route of `purpose`, preferring forms and e-mail.
    pub fn legal_route(&self, purpose: RoutePurpose) -> Option<&Route> {
        self.legal_routes
            .iter()
            .find(|r| r.purpose == purpose && r.is_actionable())
    }
}

fn target(t: &ChannelTarget) -> RouteTarget {
    match t {
        ChannelTarget::Form { url, fields } => RouteTarget::Form {
            url: url.clone(),
            fields: fields
                .iter()
                .filter_map(|f| serde_json::to_value(f).ok())
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
        },
        ChannelTarget::Email { address } => RouteTarget::Email {
            address: address.clone(),
        },
        ChannelTarget::InApp { steps } => RouteTarget::InApp {
            steps: steps.clone(),
        },
        ChannelTarget::Page { url } => RouteTarget::Page { url: url.clone() },
    }
}

fn purpose(p: ChannelPurpose) -> RoutePurpose {
    match p {
        ChannelPurpose::Ncii => RoutePurpose::Ncii,
        ChannelPurpose::Privacy => RoutePurpose::Privacy,
        ChannelPurpose::General => RoutePurpose::General,
        ChannelPurpose::Impersonation => RoutePurpose::Impersonation,
        ChannelPurpose::Sextortion => RoutePurpose::Sextortion,
        ChannelPurpose::Escalation => RoutePurpose::Escalation,
        ChannelPurpose::DsaNotice => RoutePurpose::DsaNotice,
        ChannelPurpose::Gdpr => RoutePurpose::Gdpr,
        ChannelPurpose::TakeItDown => RoutePurpose::TakeItDown,
        ChannelPurpose::Dmca => RoutePurpose::Dmca,
    }
}

fn route(c: &Channel) -> Route {
    Route {
        purpose: purpose(c.purpose),
        target: target(&c.target),
        verified: c.verified,
    }
}

impl PlatformRoutes {
    /// The routes of a catalogue entry.
    pub fn from_platform(p: &Platform) -> PlatformRoutes {
        PlatformRoutes {
            id: p.id.clone(),
            name: p.name.clone(),
            role: p.role,
            channels: p.channels.iter().map(route).collect(),
            legal_routes: p.legal_routes.iter().map(route).collect(),
            languages: p.languages.codes.clone(),
            // The answer time of its first route that states one (issue 17).
            response_hours: p.actionable_channels().find_map(|c| c.answer_hours()),
        }
    }
}

/// The shipped platform catalogue as the generator's source of platforms.
#[derive(Debug, Clone, Copy, Default)]
pub struct Catalogue;

impl super::PlatformSource for Catalogue {
    fn by_id(&self, id: &str) -> Option<PlatformRoutes> {
        platforms::by_id(id).map(PlatformRoutes::from_platform)
    }
    fn by_host(&self, host: &str) -> Option<PlatformRoutes> {
        platforms::classify_host(host).map(PlatformRoutes::from_platform)
    }
}
