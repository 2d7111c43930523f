//! What the generator needs from a platform: its reporting routes, languages and
//! promised answer time. Kept as a small input type so the generator does not depend
//! on every detail of the catalogue; [`PlatformRoutes::from_platform`] converts a
//! catalogue entry.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a route is for (mirrors the catalogue's channel purposes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RoutePurpose {
    Ncii,
    Privacy,
    General,
    Impersonation,
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
    /// A search engine delists rather than deletes (Google's own removal policy applies).
    pub search_engine: bool,
    /// Routes under the platform's own rules, best first.
    pub channels: Vec<Route>,
    /// Routes founded on a law (DSA notice, GDPR / DPO, TAKE IT DOWN, DMCA).
    pub legal_routes: Vec<Route>,
    /// Languages its reporting flow takes (ISO 639-1); empty when not known.
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
