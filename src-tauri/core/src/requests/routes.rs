//! What the generator needs from a platform: its reporting routes, languages and
//! promised answer time. Kept as a small input type so the generator does not depend
//! on every detail of the catalogue (provenance, notes, URL patterns);
//! [`PlatformRoutes::from_platform`] picks them from a catalogue entry. A route's
//! purpose and target are the catalogue's own types.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::platforms::{self, Channel, ChannelPurpose, ChannelTarget, Platform, PlatformRole};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Route {
    pub purpose: ChannelPurpose,
    pub target: ChannelTarget,
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
        self.target.is_actionable()
    }
}

impl PlatformRoutes {
    /// The first actionable own-rules route among `purposes`, in the catalogue's order
    /// of preference for each purpose in turn.
    pub fn first_channel(&self, purposes: &[ChannelPurpose]) -> Option<&Route> {
        purposes.iter().find_map(|p| {
            self.channels
                .iter()
                .find(|r| r.purpose == *p && r.is_actionable())
        })
    }

    /// The first actionable legal route of `purpose`, preferring forms and e-mail.
    pub fn legal_route(&self, purpose: ChannelPurpose) -> Option<&Route> {
        self.legal_routes
            .iter()
            .find(|r| r.purpose == purpose && r.is_actionable())
    }
}

fn route(c: &Channel) -> Route {
    Route {
        purpose: c.purpose,
        target: c.target.clone(),
        verified: c.provenance.verified,
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
