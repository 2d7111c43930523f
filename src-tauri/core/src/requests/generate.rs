//! Turning a case into requests: one per platform and channel, grouping the
//! platform's URLs, with every element its legal bases require.

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use time::OffsetDateTime;
use ts_rs::TS;

use super::case::{checked_url, url_host, CaseInput, WhoisContact};
use super::email::{eml, mailto, validate_address, EmailDraft};
use super::legal::{basis, ids, Element};
use super::routes::{PlatformRoutes, Route, RoutePurpose, RouteTarget};
use super::templates::{render, Language};
use crate::error::{CoreError, CoreResult, ErrorKind};

/// Where the person sends a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum RequestChannel {
    /// A web form: copy each of `fields` into it.
    Form { url: String },
    /// An e-mail: the `.eml` draft or the `mailto:` link, or copy subject and body.
    Email { address: String },
    /// Inside the app: follow the steps, paste the body where there is a text box.
    InApp { steps: Vec<String> },
    /// Nobody known yet: steps to find the site's own form or its host's address.
    FindContact { steps: Vec<String> },
}

/// When to send it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Stage {
    /// Now.
    First,
    /// Another way to send the same report (web form instead of in-app, or the reverse):
    /// send one of the two.
    Alternative,
    /// When the first request was refused or not answered in time (e.g. GDPR to the DPO).
    IfNoAnswer,
}

/// Form fields in the order a form asks for them, serialised as a JSON object.
#[derive(Debug, Clone, Default, PartialEq, Eq, TS)]
#[ts(export, type = "Record<string, string>")]
pub struct Fields(pub Vec<(String, String)>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = std::collections::BTreeMap::<String, String>::deserialize(deserializer)?;
        Ok(Fields(map.into_iter().collect()))
    }
}

impl Fields {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
    fn push(&mut self, key: &str, value: String) {
        if self.get(key).is_none() {
            self.0.push((key.to_string(), value));
        }
    }
}

impl Serialize for Fields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// One request, ready to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Request {
    /// Catalogue id, or `unknown` for a site the catalogue does not know.
    pub platform: String,
    pub platform_name: String,
    pub channel: RequestChannel,
    /// Ids of the legal bases (see `legal_bases.toml`).
    pub legal_basis: Vec<String>,
    /// The language of subject, body and fields.
    pub language: Language,
    pub subject: String,
    pub body: String,
    /// One value per form field, keyed by element (`exact_urls`, `notifier_name`, …).
    pub fields: Fields,
    /// The URLs this request covers, verbatim.
    pub urls: Vec<String>,
    pub stage: Stage,
    /// Things to know before sending, in the person's language (e.g. the DMCA warning).
    pub warnings: Vec<String>,
    /// For e-mail: the draft as an `.eml` file.
    #[ts(optional)]
    pub eml: Option<String>,
    #[ts(optional)]
    pub mailto: Option<String>,
    /// The channel was seen in an official or curated source.
    pub verified: bool,
    /// The platform's own promised answer time, for the follow-up.
    #[ts(optional)]
    pub response_hours: Option<u32>,
    /// Form fields only the person can fill (e.g. `screenshots`, `search_terms`).
    pub to_fill: Vec<String>,
}

/// A URL no request could be made for, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UrlProblem {
    pub url: String,
    pub error: CoreError,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Generated {
    pub requests: Vec<Request>,
    pub problems: Vec<UrlProblem>,
}

/// How to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Overrides the case's language.
    pub language: Option<Language>,
    /// Only this platform id (`unknown` for unknown sites).
    pub platform: Option<String>,
    /// The date written into `.eml` drafts.
    pub now: OffsetDateTime,
}

/// Where the generator finds platforms: by id, and by host.
pub trait PlatformSource {
    fn by_id(&self, id: &str) -> Option<PlatformRoutes>;
    fn by_host(&self, host: &str) -> Option<PlatformRoutes>;
}

/// Id used for sites the catalogue does not know.
pub const UNKNOWN: &str = "unknown";
const CLOUDFLARE: &str = "cloudflare";

enum Group {
    Known(PlatformRoutes, Vec<String>),
    Unknown(String, Vec<String>),
}

/// What the letter is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Letter {
    Notice,
    Host,
    Gdpr,
    Dmca,
    TakeItDown,
    Google,
    InApp,
}

impl Letter {
    fn intro(self) -> &'static str {
        match self {
            Letter::Notice => "intro-notice",
            Letter::Host => "intro-host",
            Letter::Gdpr => "intro-gdpr",
            Letter::Dmca => "intro-dmca",
            Letter::TakeItDown => "intro-notice",
            Letter::Google => "intro-google",
            Letter::InApp => "intro-in-app",
        }
    }
    fn subject(self) -> &'static str {
        match self {
            Letter::Notice | Letter::InApp => "subject-notice",
            Letter::Host => "subject-host",
            Letter::Gdpr => "subject-gdpr",
            Letter::Dmca => "subject-dmca",
            Letter::TakeItDown => "subject-take-it-down",
            Letter::Google => "subject-google",
        }
    }
}

/// One request to write.
struct Plan {
    letter: Letter,
    bases: Vec<&'static str>,
    target: Target,
    stage: Stage,
    verified: bool,
}

enum Target {
    Route(RouteTarget),
    FindContact,
}

/// Writes every request for `case`.
///
/// A case about images made before the person was 18 gets no request: the error
/// (`minor_images_refused`) tells the app to route to Child Focus and Take It Down.
pub fn generate(
    case: &CaseInput,
    platforms: &dyn PlatformSource,
    options: &Options,
) -> CoreResult<Generated> {
    let cleaned = case.cleaned();
    let case = &cleaned;
    case.validate()?;
    if !case.adult_at_capture {
        return Err(CoreError::new(
            ErrorKind::MinorImagesRefused,
            "images made before the age of 18: no request is written here; Child Focus \
             (116 000) and Take It Down handle the removal",
        ));
    }
    let wanted = options.language.unwrap_or(case.language);
    let (groups, problems) = group_urls(case, platforms);
    let mut requests = Vec::new();
    for group in groups {
        let (id, name, host, routes, urls) = match &group {
            Group::Known(p, urls) => (p.id.clone(), p.name.clone(), None, Some(p), urls),
            Group::Unknown(host, urls) => (
                UNKNOWN.to_string(),
                host.clone(),
                Some(host.clone()),
                None,
                urls,
            ),
        };
        if options.platform.as_deref().is_some_and(|want| want != id) {
            continue;
        }
        let host = host
            .or_else(|| urls.first().and_then(|u| url_host(u)))
            .unwrap_or_default();
        let (plans, effective) = match routes {
            Some(p) => (plan_known(p, case), p.clone()),
            None => plan_unknown(&host, case, platforms),
        };
        let effective_name = if routes.is_some() {
            name.clone()
        } else {
            host.clone()
        };
        for plan in plans {
            let ctx = Context {
                case,
                wanted,
                platform_id: &id,
                platform_name: &effective_name,
                host: &host,
                routes: &effective,
                urls,
                now: options.now,
            };
            requests.push(write(&ctx, &plan)?);
        }
    }
    Ok(Generated { requests, problems })
}

fn group_urls(case: &CaseInput, platforms: &dyn PlatformSource) -> (Vec<Group>, Vec<UrlProblem>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut problems = Vec::new();
    for item in &case.urls {
        let (quoted, host) = match checked_url(&item.url) {
            Ok(checked) => checked,
            Err(error) => {
                problems.push(UrlProblem {
                    url: item.url.clone(),
                    error,
                });
                continue;
            }
        };
        let known = match item.platform.as_deref() {
            Some(UNKNOWN) => None,
            Some(id) => match platforms.by_id(id) {
                Some(p) => Some(p),
                None => {
                    problems.push(UrlProblem {
                        url: item.url.clone(),
                        error: CoreError::new(
                            ErrorKind::NotFound,
                            format!("no platform with id {id:?} in the catalogue"),
                        ),
                    });
                    continue;
                }
            },
            None => platforms.by_host(&host),
        };
        // Cloudflare is a route for unknown sites, not a platform URLs belong to.
        let known = known.filter(|p| p.id != CLOUDFLARE);
        match known {
            Some(p) => {
                if let Some(Group::Known(_, urls)) = groups
                    .iter_mut()
                    .find(|g| matches!(g, Group::Known(q, _) if q.id == p.id))
                {
                    urls.push(quoted.clone());
                } else {
                    groups.push(Group::Known(p, vec![quoted.clone()]));
                }
            }
            None => {
                if let Some(Group::Unknown(_, urls)) = groups
                    .iter_mut()
                    .find(|g| matches!(g, Group::Unknown(h, _) if *h == host))
                {
                    urls.push(quoted.clone());
                } else {
                    groups.push(Group::Unknown(host, vec![quoted.clone()]));
                }
            }
        }
    }
    (groups, problems)
}

fn cited(case: &CaseInput) -> Option<&'static str> {
    case.victim
        .country
        .eq_ignore_ascii_case("BE")
        .then_some(ids::BE_CRIMINAL_CODE)
}

fn with_cited(mut bases: Vec<&'static str>, case: &CaseInput) -> Vec<&'static str> {
    bases.extend(cited(case));
    bases
}

fn plan_known(p: &PlatformRoutes, case: &CaseInput) -> Vec<Plan> {
    use RoutePurpose::*;
    let mut plans = Vec::new();
    let own = [ids::PLATFORM_POLICY, ids::DSA_ART16];
    let primary = p
        .first_channel(&[Ncii, Privacy, General])
        .map(|r| (r, own.to_vec()))
        .or_else(|| p.legal_route(DsaNotice).map(|r| (r, vec![ids::DSA_ART16])));
    if let Some((route, bases)) = primary {
        let google = p.id == "google_search";
        let bases = if google {
            vec![ids::GOOGLE_NCEI, ids::DSA_ART16]
        } else {
            bases
        };
        let letter = |r: &Route| match (&r.target, google) {
            (RouteTarget::InApp { .. }, _) => Letter::InApp,
            (_, true) => Letter::Google,
            _ => Letter::Notice,
        };
        plans.push(plan(
            letter(route),
            with_cited(bases.clone(), case),
            route,
            Stage::First,
        ));
        // The other way to send the same report: a web form or e-mail for someone
        // without an account, or the in-app report for someone who has one.
        let in_app = |r: &&Route| matches!(r.target, RouteTarget::InApp { .. });
        let alternative = if in_app(&route) {
            p.channels
                .iter()
                .filter(|r| matches!(r.purpose, Ncii | Privacy) && r.is_actionable())
                .find(|r| !in_app(r))
        } else {
            p.channels
                .iter()
                .filter(|r| r.purpose == route.purpose)
                .find(in_app)
        };
        if let Some(alt) = alternative {
            plans.push(plan(
                letter(alt),
                with_cited(bases, case),
                alt,
                Stage::Alternative,
            ));
        }
    }
    let own_targets: Vec<RouteTarget> = plans
        .iter()
        .filter_map(|p| match &p.target {
            Target::Route(t) => Some(t.clone()),
            Target::FindContact => None,
        })
        .collect();
    if let Some(route) = p.legal_route(TakeItDown) {
        if own_targets.contains(&route.target) {
            // The platform's own form also takes TAKE IT DOWN requests: one request
            // carrying both bases (and so every element of both).
            for own in plans.iter_mut() {
                if matches!(&own.target, Target::Route(t) if *t == route.target) {
                    own.bases.push(ids::TAKE_IT_DOWN_ACT);
                }
            }
        } else {
            plans.push(plan(
                Letter::TakeItDown,
                vec![ids::TAKE_IT_DOWN_ACT],
                route,
                Stage::First,
            ));
        }
    }
    if case.content.self_taken {
        if let Some(route) = p.legal_route(Dmca) {
            plans.push(plan(Letter::Dmca, vec![ids::DMCA], route, Stage::First));
        }
    }
    if let Some(route) = p.legal_route(Gdpr) {
        let stage = if plans.iter().all(|p| p.stage != Stage::First) {
            Stage::First
        } else {
            Stage::IfNoAnswer
        };
        plans.push(plan(Letter::Gdpr, vec![ids::GDPR_ART17], route, stage));
    }
    if plans.is_empty() {
        // No channel in the catalogue: the same route as an unknown site.
        plans.push(Plan {
            letter: Letter::Host,
            bases: with_cited(vec![ids::DSA_ART16], case),
            target: Target::FindContact,
            stage: Stage::First,
            verified: false,
        });
    }
    plans
}

fn plan(letter: Letter, bases: Vec<&'static str>, route: &Route, stage: Stage) -> Plan {
    // An in-app report is made under the platform's rules; its text box is no place for a
    // statute the platform did not ask for, but the DSA still applies to it.
    Plan {
        letter,
        bases,
        target: Target::Route(route.target.clone()),
        stage,
        verified: route.verified,
    }
}

fn abuse_address(contact: Option<&WhoisContact>) -> Option<String> {
    contact
        .and_then(|c| c.abuse_email.as_deref())
        .map(str::trim)
        .filter(|a| validate_address(a).is_ok())
        .map(str::to_string)
}

/// An unknown site: Cloudflare's form when the site is behind it, else the host's
/// abuse address, else the registrar's, else the steps to find one.
fn plan_unknown(
    host: &str,
    case: &CaseInput,
    platforms: &dyn PlatformSource,
) -> (Vec<Plan>, PlatformRoutes) {
    let bases = with_cited(vec![ids::DSA_ART16], case);
    let empty = PlatformRoutes {
        id: UNKNOWN.to_string(),
        name: host.to_string(),
        search_engine: false,
        channels: Vec::new(),
        legal_routes: Vec::new(),
        // Whoever runs an unknown site, English is the language most likely read.
        languages: vec!["en".to_string()],
        response_hours: None,
    };
    let whois = case.whois_for(host);
    let behind_cloudflare = whois.is_some_and(|w| w.behind_cloudflare());
    if behind_cloudflare {
        if let Some(cf) = platforms.by_id(CLOUDFLARE) {
            if let Some(route) = cf.first_channel(&[RoutePurpose::Ncii, RoutePurpose::General]) {
                let p = plan(Letter::Host, bases, route, Stage::First);
                return (vec![p], empty);
            }
        }
    }
    let address = whois.and_then(|w| {
        abuse_address(w.hosting.as_ref()).or_else(|| abuse_address(w.registrar.as_ref()))
    });
    let target = match address {
        Some(address) => Target::Route(RouteTarget::Email { address }),
        None => Target::FindContact,
    };
    let p = Plan {
        letter: Letter::Host,
        bases,
        target,
        stage: Stage::First,
        verified: false,
    };
    (vec![p], empty)
}

struct Context<'a> {
    case: &'a CaseInput,
    wanted: Language,
    platform_id: &'a str,
    platform_name: &'a str,
    host: &'a str,
    routes: &'a PlatformRoutes,
    urls: &'a [String],
    now: OffsetDateTime,
}

/// The language of a request: the person's, except where the channel needs English:
/// US-law notices (TAKE IT DOWN, DMCA), a platform whose reporting languages are known
/// and do not include hers, and unknown sites (`accepted` = `["en"]`).
/// An empty `accepted` means the platform's languages are not known.
pub fn request_language(wanted: Language, bases: &[&str], accepted: &[String]) -> Language {
    let us_law = bases
        .iter()
        .any(|b| *b == ids::TAKE_IT_DOWN_ACT || *b == ids::DMCA);
    let takes_hers = accepted.is_empty()
        || accepted
            .iter()
            .any(|c| c.eq_ignore_ascii_case(wanted.code()));
    if !us_law && takes_hers {
        wanted
    } else {
        Language::En
    }
}

fn country_name(lang: Language, code: &str) -> CoreResult<String> {
    let id = format!("country-{}", code.to_ascii_lowercase());
    match render(lang, &id, &[]) {
        Ok(name) => Ok(name),
        Err(_) => Ok(code.to_ascii_uppercase()),
    }
}

/// Statements in the order a reader expects them; identity lines come after.
const STATEMENTS: [Element; 11] = [
    Element::Explanation,
    Element::DepictedPerson,
    Element::NonConsentStatement,
    Element::CopyrightedWork,
    Element::UnauthorisedUseStatement,
    Element::ErasureGround,
    Element::OtherControllers,
    Element::OneMonthDeadline,
    Element::ComplaintRight,
    Element::BonaFideStatement,
    Element::PerjuryStatement,
];
const IDENTITY: [Element; 5] = [
    Element::NotifierName,
    Element::NotifierEmail,
    Element::ContactInformation,
    Element::CountryOfResidence,
    Element::Signature,
];

fn write(ctx: &Context<'_>, plan: &Plan) -> CoreResult<Request> {
    let in_app = matches!(plan.target, Target::Route(RouteTarget::InApp { .. }));
    let lang = request_language(ctx.wanted, &plan.bases, &ctx.routes.languages);
    let victim = &ctx.case.victim;
    let t = |id: &str, args: &[(&str, &str)]| render(lang, id, args);

    // Every element the bases require, in a stable order.
    let mut needed: Vec<Element> = Vec::new();
    for id in &plan.bases {
        let b = basis(id).ok_or_else(|| CoreError::internal(format!("basis {id} missing")))?;
        needed.extend(b.required_elements(in_app));
    }
    // A form that says what it asks for: fill what maps to an element, list the rest.
    let mut to_fill = Vec::new();
    let mut extra = Vec::new();
    if let Target::Route(RouteTarget::Form { fields: asked, .. }) = &plan.target {
        for f in asked {
            match form_field_element(f) {
                Some(FormFill::Element(e)) => needed.push(e),
                Some(FormFill::DepictedName) => extra.push(f.clone()),
                None => to_fill.push(f.clone()),
            }
        }
    }
    needed.sort();
    needed.dedup();

    let description = ctx
        .case
        .content
        .description
        .clone()
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(|| match ctx.case.content.kind {
            super::case::ContentKind::Photo => "photos".to_string(),
            super::case::ContentKind::Video => "videos".to_string(),
            super::case::ContentKind::PhotoAndVideo => "photos, videos".to_string(),
        });
    let country = country_name(lang, &victim.country)?;
    let mut fields = Fields::default();
    for e in &needed {
        let value = match e {
            Element::ExactUrls => ctx.urls.join("\n"),
            Element::Explanation => {
                let mut text = t("element-explanation", &[])?;
                if cited(ctx.case).is_some() {
                    text.push(' ');
                    text.push_str(&t("element-explanation-be", &[])?);
                }
                text
            }
            Element::NotifierName | Element::Signature => victim.name.trim().to_string(),
            Element::NotifierEmail => victim.email.clone(),
            Element::ContactInformation => format!("{}, {}", victim.name.trim(), victim.email),
            Element::CountryOfResidence => country.clone(),
            Element::BonaFideStatement => t("element-bona-fide", &[])?,
            Element::NonConsentStatement => t("element-non-consent", &[])?,
            Element::CopyrightedWork => {
                t("element-copyrighted-work", &[("description", &description)])?
            }
            Element::UnauthorisedUseStatement => t("element-unauthorised-use", &[])?,
            Element::PerjuryStatement => t("element-perjury", &[])?,
            Element::ErasureGround => t("element-erasure-ground", &[])?,
            Element::OtherControllers => t("element-other-controllers", &[])?,
            Element::OneMonthDeadline => t("element-one-month", &[])?,
            Element::ComplaintRight => t("element-complaint-right", &[])?,
            Element::DepictedPerson => t("element-depicted", &[])?,
        };
        fields.push(e.key(), value);
    }
    for f in &extra {
        fields.push(f, victim.name.trim().to_string());
    }

    let name_args = [
        ("platform", ctx.platform_name),
        ("host", ctx.host),
        ("name", victim.name.trim()),
        ("email", victim.email.as_str()),
        ("country", country.as_str()),
    ];
    let letter = if in_app { Letter::InApp } else { plan.letter };
    let subject = t(letter.subject(), &name_args)?;

    let mut body: Vec<String> = Vec::new();
    if !in_app {
        body.push(t("greeting", &[])?);
        body.push(String::new());
    }
    body.push(t(letter.intro(), &name_args)?);
    for (b, line) in [
        (ids::DSA_ART16, "legal-dsa"),
        (ids::TAKE_IT_DOWN_ACT, "legal-take-it-down"),
        (ids::DMCA, "legal-dmca"),
        (ids::GDPR_ART17, "legal-gdpr"),
    ] {
        if plan.bases.contains(&b) {
            body.push(t(line, &[])?);
        }
    }
    body.push(String::new());
    body.push(t("urls-heading", &[])?);
    body.extend(ctx.urls.iter().cloned());
    body.push(String::new());
    for e in STATEMENTS {
        if let Some(v) = fields.get(e.key()) {
            body.push(v.to_string());
        }
    }
    // "Contact information: name, e-mail" already says what the name and e-mail lines would.
    let has_contact = fields.get(Element::ContactInformation.key()).is_some();
    let identity: Vec<String> = IDENTITY
        .iter()
        .filter(|e| !(has_contact && matches!(e, Element::NotifierName | Element::NotifierEmail)))
        .filter_map(|e| {
            fields.get(e.key()).map(|_| match e {
                Element::NotifierName => t("element-notifier-name", &name_args),
                Element::NotifierEmail => t("element-notifier-email", &name_args),
                Element::ContactInformation => t("element-contact", &name_args),
                Element::CountryOfResidence => t("element-country", &name_args),
                _ => t("element-signature", &name_args),
            })
        })
        .collect::<CoreResult<_>>()?;
    if !identity.is_empty() {
        body.push(String::new());
        body.extend(identity);
    }
    body.push(String::new());
    if in_app {
        body.push(t("closing-in-app", &[])?);
    } else {
        body.push(t("closing", &[])?);
        body.push(String::new());
        body.push(t("sign-off", &[])?);
        body.push(victim.name.trim().to_string());
    }
    let body = body.join("\n") + "\n";

    // What the person reads next to it is in her own language.
    let guide = |id: &str| render(ctx.wanted, id, &name_args);
    let mut warnings = Vec::new();
    for b in &plan.bases {
        if let Some(w) = basis(b).and_then(|b| b.warning.as_deref()) {
            warnings.push(guide(w)?);
        }
    }
    if plan.bases.contains(&ids::TAKE_IT_DOWN_ACT) {
        warnings.push(guide("warning-take-it-down-us")?);
    }

    let (channel, eml_text, mailto_link) = match &plan.target {
        Target::Route(RouteTarget::Form { url, .. }) | Target::Route(RouteTarget::Page { url }) => {
            (RequestChannel::Form { url: url.clone() }, None, None)
        }
        Target::Route(RouteTarget::Email { address }) => {
            let draft = EmailDraft {
                from_name: victim.name.trim(),
                from_address: &victim.email,
                to_address: address,
                subject: &subject,
                body: &body,
                date: ctx.now,
            };
            (
                RequestChannel::Email {
                    address: address.clone(),
                },
                Some(eml(&draft)?),
                Some(mailto(address, &subject, &body)?),
            )
        }
        Target::Route(RouteTarget::InApp { steps }) => {
            let mut all = vec![guide("steps-in-app-1")?];
            if steps.is_empty() {
                all.push(guide("steps-in-app-2")?);
                all.push(guide("steps-in-app-3")?);
            } else {
                all.push(steps.join(" › "));
            }
            all.push(guide("steps-in-app-4")?);
            all.push(guide("steps-in-app-5")?);
            (RequestChannel::InApp { steps: all }, None, None)
        }
        Target::FindContact => {
            let steps = (1..=5)
                .map(|i| guide(&format!("steps-find-contact-{i}")))
                .collect::<CoreResult<Vec<_>>>()?;
            (RequestChannel::FindContact { steps }, None, None)
        }
    };

    Ok(Request {
        platform: ctx.platform_id.to_string(),
        platform_name: ctx.platform_name.to_string(),
        channel,
        legal_basis: plan.bases.iter().map(|b| b.to_string()).collect(),
        language: lang,
        subject,
        body,
        fields,
        urls: ctx.urls.to_vec(),
        stage: plan.stage,
        warnings,
        eml: eml_text,
        mailto: mailto_link,
        verified: plan.verified,
        response_hours: ctx.routes.response_hours,
        to_fill,
    })
}

enum FormFill {
    Element(Element),
    DepictedName,
}

/// Which element answers a catalogue form field (`FormField` names); `None` when only
/// the person can (screenshots, search terms, a username, an identity document…).
fn form_field_element(field: &str) -> Option<FormFill> {
    use Element::*;
    Some(FormFill::Element(match field {
        "content_urls" => ExactUrls,
        "full_name" => NotifierName,
        "email" => NotifierEmail,
        "country" => CountryOfResidence,
        "description" => Explanation,
        "consent_statement" => NonConsentStatement,
        "good_faith_statement" => BonaFideStatement,
        "signature" => Signature,
        "relationship" => DepictedPerson,
        "depicted_legal_name" => return Some(FormFill::DepictedName),
        _ => return None,
    }))
}
