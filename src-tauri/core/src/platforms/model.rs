//! The shape of one catalogue entry, as read from `data/platforms/<id>.toml`
//! and as sent to the UI.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Provenance;

/// What kind of service a catalogue entry is; decides how the UI explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum PlatformRole {
    /// A social network, video or image site where people post.
    Social,
    /// A private or group messenger.
    Messaging,
    /// A search engine: it can delist, not delete.
    SearchEngine,
    /// An adult video or image site.
    Adult,
    /// File hosting or cloud storage with shareable links.
    FileHosting,
    /// A dating app.
    Dating,
    /// A reverse proxy / CDN in front of other sites (Cloudflare): it forwards
    /// reports to the real host rather than removing content itself.
    CdnProxy,
    /// A web hosting provider: it stores whole sites for their operators.
    WebHost,
    /// A domain-name registrar: it can act on the domain, not on the content.
    Registrar,
}

impl PlatformRole {
    /// Whether people post or share pictures on it, so a copy of an image
    /// can have been found there (not a search engine, proxy, web host or
    /// registrar: they only lead to content held elsewhere).
    pub fn holds_posts(self) -> bool {
        matches!(
            self,
            Self::Social | Self::Messaging | Self::Adult | Self::FileHosting | Self::Dating
        )
    }
}

/// Which list of host patterns a host matched; tells what a URL on it likely is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum HostClass {
    /// The main website.
    Web,
    /// The mobile website (e.g. `m.facebook.com`).
    Mobile,
    /// A short-link domain (e.g. `t.co`, `redd.it`): the real target is elsewhere.
    ShortLink,
    /// A host serving the image or video files themselves.
    Cdn,
}

/// What a URL points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum UrlKind {
    /// One post, photo, video or message.
    Post,
    /// A person's profile or account page.
    Profile,
    /// A group, channel, server, community, subreddit or shared folder.
    Group,
    /// The image or video file itself (often on a CDN host).
    DirectFile,
    /// A page of search results.
    SearchResult,
    /// A short link whose target is not known without following it.
    ShortLink,
    /// Recognised host, but the page type is not known.
    Unknown,
}

/// Host patterns of a platform. A pattern `example.com` matches that host and
/// every subdomain of it (`m.example.com`), on a label boundary only: it never
/// matches `notexample.com` or `example.com.evil.net`. When patterns of several
/// platforms match, the longest one wins (`drive.google.com` over `google.com`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Hosts {
    pub web: Vec<String>,
    #[serde(default)]
    pub mobile: Vec<String>,
    #[serde(default)]
    pub short_link: Vec<String>,
    #[serde(default)]
    pub cdn: Vec<String>,
    /// Where it was seen (URL), the day it was last checked there, and
    /// whether an official or curated source confirmed it.
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl Hosts {
    /// Every host pattern: web, mobile, short-link and CDN hosts.
    pub fn patterns(&self) -> impl Iterator<Item = &String> {
        self.web
            .iter()
            .chain(&self.mobile)
            .chain(&self.short_link)
            .chain(&self.cdn)
    }
}

/// A rule giving the [`UrlKind`] of a URL on the platform from its path.
///
/// `path` is matched segment by segment: a literal segment matches itself
/// (ASCII case-insensitively), `*` matches any one segment, `prefix*` /
/// `*suffix` match a segment by its start or end, and a final `**` matches any
/// remaining segments (none included). The first matching rule wins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct UrlKindRule {
    pub kind: UrlKind,
    pub path: String,
    /// Only for hosts of this class (when absent: any class but `cdn`).
    #[serde(default)]
    #[ts(optional)]
    pub class: Option<HostClass>,
    /// Only when this catalogue host pattern matched (e.g. `youtu.be`).
    #[serde(default)]
    #[ts(optional)]
    pub host: Option<String>,
    /// Query parameters that must be present (e.g. YouTube's `v`).
    #[serde(default)]
    pub query: Vec<String>,
}

/// What a reporting channel is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ChannelPurpose {
    /// Made for non-consensual intimate images.
    Ncii,
    /// Privacy violations (usable for NCII where no dedicated channel exists).
    Privacy,
    /// General abuse / terms-of-service reports.
    General,
    /// Impersonation (fake profile using the person's photos).
    Impersonation,
    /// Reporting an account that threatens to share intimate images unless the person
    /// pays or sends more (sextortion): the account, not content.
    Sextortion,
    /// Escalation after a first report went unanswered.
    Escalation,
    /// EU Digital Services Act art. 16 notice.
    DsaNotice,
    /// GDPR request (art. 17 erasure) or the Data Protection Officer.
    Gdpr,
    /// US TAKE IT DOWN Act removal request.
    TakeItDown,
    /// Copyright notice (17 U.S.C. §512(c)); only when the person owns the copyright.
    Dmca,
}

impl ChannelPurpose {
    /// A route founded on a law rather than on the platform's own rules.
    pub fn is_legal(self) -> bool {
        matches!(
            self,
            Self::DsaNotice | Self::Gdpr | Self::TakeItDown | Self::Dmca
        )
    }
}

/// A piece of information a form asks for; the requests step fills each one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FormField {
    /// The exact URLs of the content.
    ContentUrls,
    /// URLs of the search results pages that show it.
    SearchResultUrls,
    /// Search terms that bring it up.
    SearchTerms,
    /// The reporter's name.
    FullName,
    /// Legal name of the person depicted.
    DepictedLegalName,
    /// The reporter's e-mail address.
    Email,
    /// Country of residence.
    Country,
    /// A description of the content and why it must go.
    Description,
    /// Whether the reporter is the person depicted or acts for them.
    Relationship,
    /// Statement that the depicted person did not consent.
    ConsentStatement,
    /// Good-faith / accuracy statement.
    GoodFaithStatement,
    /// Typed name as an electronic signature.
    Signature,
    /// Where in a video the person appears.
    VideoTimestamp,
    /// Username of the account that posted it.
    ReportedUsername,
    /// The reporter's own username on the platform.
    OwnUsername,
    /// Screenshots (adults only; never for minors).
    Screenshots,
    /// Identity document.
    IdDocument,
    /// The decryption key of an encrypted link (MEGA).
    DecryptionKey,
    /// Which service of the operator the content is on.
    Service,
    /// Category of the complaint.
    ConcernType,
    /// Reference of an earlier report.
    CaseNumber,
}

impl FormField {
    /// The `snake_case` name, as in the catalogue files and a request's fields.
    pub fn key(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}

/// Where and how a report is sent. Serialised with a `type` tag, so the
/// requests step can emit `{type, url|address|steps}` unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum ChannelTarget {
    /// A web form.
    Form {
        url: String,
        /// What the form asks (only what a source states; may be empty).
        #[serde(default)]
        fields: Vec<FormField>,
    },
    /// An e-mail address.
    Email { address: String },
    /// Steps inside the app or website, in order (the menu path), in English;
    /// `translated` gives the same steps in other languages (by ISO 639-1 code)
    /// and `translated_checked` says, per language, where its menu words were
    /// seen: `verified = false` when they are Reclaim's translation of the
    /// English ones (the screen then says the buttons may read differently).
    InApp {
        steps: Vec<String>,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        #[ts(optional, type = "Record<string, Array<string>>")]
        translated: BTreeMap<String, Vec<String>>,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        #[ts(optional, as = "Option<BTreeMap<String, Provenance>>")]
        translated_checked: BTreeMap<String, Provenance>,
    },
    /// A help page explaining the process (not itself a way to send a report).
    Page { url: String },
}

impl ChannelTarget {
    /// The in-app steps in `language` (ISO 639-1), else in English; `None` when
    /// the target is not in-app.
    pub fn in_app_steps(&self, language: &str) -> Option<&[String]> {
        match self {
            Self::InApp {
                steps, translated, ..
            } => Some(translated.get(language).unwrap_or(steps).as_slice()),
            _ => None,
        }
    }

    /// True when the in-app steps in `language` are a translation that no
    /// source confirmed word for word: the platform's buttons may read
    /// slightly differently. False for the English steps and other targets.
    pub fn in_app_wording_unconfirmed(&self, language: &str) -> bool {
        match self {
            Self::InApp {
                translated,
                translated_checked,
                ..
            } if translated.contains_key(language) => {
                !translated_checked.get(language).is_some_and(|p| p.verified)
            }
            _ => false,
        }
    }

    /// True when a report can be sent through it (a page only explains).
    pub fn is_actionable(&self) -> bool {
        !matches!(self, Self::Page { .. })
    }
}

/// Whether a channel can be used without an account on the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AccountNeeded {
    Yes,
    No,
    Unknown,
}

/// How long a route usually takes to answer, with where that was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ResponseTime {
    /// Hours within which an answer is promised or usually comes.
    pub hours: u32,
    /// Where it was seen (URL), the day it was last checked there, and
    /// whether an official or curated source confirmed it.
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// One way to ask the platform to remove content, with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Channel {
    pub purpose: ChannelPurpose,
    pub target: ChannelTarget,
    pub account_needed: AccountNeeded,
    /// Where it was seen (URL), the day it was last checked there, and
    /// whether an official or curated source confirmed it.
    #[serde(flatten)]
    pub provenance: Provenance,
    #[serde(default)]
    #[ts(optional)]
    pub notes: Option<String>,
    /// How long this route usually takes to answer, where a source says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub response_hours: Option<ResponseTime>,
    /// Languages (ISO 639-1) a report through this route may be written in,
    /// where known; empty when no source says.
    #[serde(default)]
    pub languages: Vec<String>,
}

impl Channel {
    /// The promised answer time in hours, for follow-up deadlines.
    pub fn answer_hours(&self) -> Option<u32> {
        self.response_hours.as_ref().map(|r| r.hours)
    }

    /// Whether a report in `lang` (ISO 639-1) is accepted; unknown counts as yes.
    pub fn accepts_language(&self, lang: &str) -> bool {
        self.languages.is_empty() || self.languages.iter().any(|l| l == lang)
    }
}

/// How to recognise a reverse proxy or CDN in front of a site (entries with
/// the `cdn_proxy` role): its name servers, address ranges and network names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProxySigns {
    /// Name-server host patterns (`ns.cloudflare.com` matches
    /// `kate.ns.cloudflare.com`, on a label boundary).
    #[serde(default)]
    pub name_servers: Vec<String>,
    /// Address ranges it answers from, in CIDR form.
    #[serde(default)]
    pub ip_ranges: Vec<String>,
    /// Words in the name of the network an address belongs to (RDAP), lower case.
    #[serde(default)]
    pub network_names: Vec<String>,
    /// Where it was seen (URL), the day it was last checked there, and
    /// whether an official or curated source confirmed it.
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// Participation in a hash-sharing programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ParticipationStatus {
    Yes,
    No,
    /// Announced or in testing.
    Testing,
    Unknown,
    NotApplicable,
}

/// Whether the platform uses StopNCII / Take It Down hashes, with provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Participation {
    pub status: ParticipationStatus,
    #[serde(default)]
    #[ts(optional)]
    pub source: Option<String>,
    pub checked: String,
    pub verified: bool,
}

/// Languages the platform's reporting flow is offered in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Languages {
    /// ISO 639-1 codes known to be supported (may be empty when unknown).
    #[serde(default)]
    pub codes: Vec<String>,
    #[serde(default)]
    #[ts(optional)]
    pub note: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub source: Option<String>,
    pub checked: String,
    pub verified: bool,
}

/// One platform (or the Cloudflare special route) in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Platform {
    /// Stable id, used in the CLI and across IPC (`facebook`, `x`, …).
    pub id: String,
    pub name: String,
    pub operator: String,
    pub role: PlatformRole,
    pub hosts: Hosts,
    #[serde(default)]
    pub url_kinds: Vec<UrlKindRule>,
    /// Reporting channels under the platform's own rules, best first (none
    /// when no channel of its own could be confirmed: then its requests go to
    /// its hosting provider and registrar).
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// Routes founded on a law: DSA notice, GDPR / DPO, TAKE IT DOWN, DMCA.
    #[serde(default)]
    pub legal_routes: Vec<Channel>,
    pub stopncii: Participation,
    pub take_it_down: Participation,
    pub languages: Languages,
    /// True when the main reporting channel was seen in a stored source.
    pub verified: bool,
    #[serde(default)]
    #[ts(optional)]
    pub notes: Option<String>,
    /// How to spot this proxy/CDN in front of a site (only `cdn_proxy` entries).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(skip)]
    pub proxy: Option<ProxySigns>,
}

impl Platform {
    /// Reporting channels a report can actually be sent through, best first.
    pub fn actionable_channels(&self) -> impl Iterator<Item = &Channel> {
        self.channels.iter().filter(|c| c.target.is_actionable())
    }

    /// The legal routes of one purpose (e.g. [`ChannelPurpose::Gdpr`]).
    pub fn legal_routes_for(&self, purpose: ChannelPurpose) -> impl Iterator<Item = &Channel> {
        self.legal_routes
            .iter()
            .filter(move |c| c.purpose == purpose)
    }
}
