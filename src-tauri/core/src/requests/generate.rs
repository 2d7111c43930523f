//! Turning a case into requests: one per platform and channel, grouping the
//! platform's URLs, with every element its legal bases require.
//!
//! Which letter and which legal bases a service gets come from the data:
//! `legal_bases.toml` (scope of each basis by kind of service, country, date) and
//! `services.toml` (the letter of each kind of service, forwarding, CDNs, search engines
//! that delist, services that want one report per link). The texts are in [`super::letter`].

use time::OffsetDateTime;

use super::case::{checked_url, url_host, CaseInput, WhoisContact};
use super::email::validate_address;
use super::legal::{cited_bases, notice_bases, BasisRoute};
use super::letter::{write, Context};
pub use super::request::{Fields, Generated, Request, RequestChannel, Stage, UrlProblem};
use super::routes::{PlatformRoutes, Route};
use super::services::services;
use super::templates::Language;
use crate::error::{CoreError, CoreResult, ErrorKind};
use crate::model::Situation;
use crate::platforms::{ChannelPurpose, ChannelTarget, PlatformRole};

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

enum Group {
    /// A catalogue service; `added` when only its delisting of other sites' links is asked.
    Known {
        routes: PlatformRoutes,
        urls: Vec<String>,
        added: bool,
    },
    Unknown(String, Vec<String>),
}

/// One request to write.
pub(super) struct Plan {
    /// `subject-<letter>` and `intro-<letter>` in the letter templates.
    pub letter: String,
    pub bases: Vec<&'static str>,
    pub target: Target,
    pub stage: Stage,
    pub verified: bool,
    /// The recipient may pass the request, with the sender's name, on to the site's operator.
    pub forwards: bool,
}

pub(super) enum Target {
    Route(ChannelTarget),
    FindContact,
}

/// What holds for every request of one case.
struct Law {
    /// Provisions named to give a request force (by country, date of sharing, fake or not).
    cited: Vec<&'static str>,
    /// Today (YYYY-MM-DD): a notice basis must be in force when the request is sent.
    today: String,
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
    let wanted = options.language.unwrap_or(case.language);
    if case.is(Situation::ChildPhotos) {
        // A parent or carer: the links go to the hotline; no letter claims the
        // images are hers, and no image is asked for.
        let (report, problems) = super::hotline::hotline_report(case, wanted)?;
        return Ok(Generated {
            requests: Vec::new(),
            problems,
            hotline: Some(report),
        });
    }
    if !case.adult_at_capture {
        return Err(CoreError::new(
            ErrorKind::MinorImagesRefused,
            "images made before the age of 18: no request is written here; Child Focus \
             (116 000) and Take It Down handle the removal",
        ));
    }
    let today = iso_day(options.now);
    let law = Law {
        cited: cited_bases(
            &case.victim.country,
            case.content.fake,
            &case.sharing_date(&today),
        ),
        today,
    };
    let (mut groups, problems) = group_urls(case, platforms);
    if case.search_engines {
        add_delisting(&mut groups, platforms);
    }
    let mut requests = Vec::new();
    for group in groups {
        let (id, name, host, routes, urls, added) = match &group {
            Group::Known {
                routes,
                urls,
                added,
            } => (
                routes.id.clone(),
                routes.name.clone(),
                None,
                Some(routes),
                urls,
                *added,
            ),
            Group::Unknown(host, urls) => (
                UNKNOWN.to_string(),
                host.clone(),
                Some(host.clone()),
                None,
                urls,
                false,
            ),
        };
        if options.platform.as_deref().is_some_and(|want| want != id) {
            continue;
        }
        let host = host
            .or_else(|| urls.first().and_then(|u| url_host(u)))
            .unwrap_or_default();
        let (plans, effective) = match routes {
            Some(p) => match plan_known(p, case, &law) {
                plans if !plans.is_empty() => (plans, p.clone()),
                // No channel in the catalogue: the same route as an unknown site.
                _ => plan_unknown(&host, case, platforms, &law),
            },
            None => plan_unknown(&host, case, platforms, &law),
        };
        let effective_name = if routes.is_some() {
            name.clone()
        } else {
            host.clone()
        };
        let one_each = routes.is_some() && services().one_request_per_url(&id);
        let batches: Vec<Vec<String>> = if one_each {
            urls.iter().map(|u| vec![u.clone()]).collect()
        } else {
            vec![urls.clone()]
        };
        // The language she chose for this service wins over its rules.
        let chosen = case
            .request_languages
            .get(&super::case::service_key(&id, &effective_name))
            .copied();
        for plan in &plans {
            for batch in &batches {
                let ctx = Context {
                    case,
                    wanted: chosen.unwrap_or(wanted),
                    chosen,
                    platform_id: &id,
                    platform_name: &effective_name,
                    host: &host,
                    routes: &effective,
                    urls: batch,
                    now: options.now,
                    added,
                };
                requests.push(write(&ctx, plan)?);
            }
        }
    }
    let mut problems = problems;
    if case.is(Situation::Threatened) {
        // The accounts that threaten her, reported as accounts; content removals
        // only for links that exist.
        let (reports, account_problems) =
            super::accounts::account_reports(case, platforms, options)?;
        requests.splice(0..0, reports);
        problems.extend(account_problems);
    }
    Ok(Generated {
        requests,
        problems,
        hotline: None,
    })
}

fn iso_day(now: OffsetDateTime) -> String {
    let d = now.date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
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
        // A CDN / proxy is a route for the sites behind it, not a service URLs belong to.
        let known = known.filter(|p| p.role != PlatformRole::CdnProxy);
        match known {
            Some(p) => {
                if let Some(Group::Known { urls, .. }) = groups
                    .iter_mut()
                    .find(|g| matches!(g, Group::Known { routes, .. } if routes.id == p.id))
                {
                    urls.push(quoted.clone());
                } else {
                    groups.push(Group::Known {
                        routes: p,
                        urls: vec![quoted.clone()],
                        added: false,
                    });
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

/// Every link on a site that is not a search engine also goes to the search engines of
/// `services.toml` (`delist_with`): they can show the pages even when the site does not act.
fn add_delisting(groups: &mut Vec<Group>, platforms: &dyn PlatformSource) {
    let pages: Vec<String> = groups
        .iter()
        .flat_map(|g| match g {
            Group::Known { routes, urls, .. } if routes.role != PlatformRole::SearchEngine => {
                urls.clone()
            }
            Group::Known { .. } => Vec::new(),
            Group::Unknown(_, urls) => urls.clone(),
        })
        .collect();
    if pages.is_empty() {
        return;
    }
    for id in &services().delist_with {
        let existing = groups
            .iter_mut()
            .find(|g| matches!(g, Group::Known { routes, .. } if routes.id == *id));
        match existing {
            Some(Group::Known { urls, .. }) => {
                for page in &pages {
                    if !urls.contains(page) {
                        urls.push(page.clone());
                    }
                }
            }
            _ => {
                if let Some(routes) = platforms.by_id(id) {
                    groups.push(Group::Known {
                        routes,
                        urls: pages.clone(),
                        added: true,
                    });
                }
            }
        }
    }
}

fn with_cited(mut bases: Vec<&'static str>, law: &Law) -> Vec<&'static str> {
    bases.extend(law.cited.iter().copied());
    bases
}

/// The notice bases of `route` for a service, in force today.
fn bases_for(route: BasisRoute, p: &PlatformRoutes, law: &Law) -> Vec<&'static str> {
    notice_bases(route, p.role, &p.id)
        .into_iter()
        .filter(|id| super::legal::basis(id).is_some_and(|b| b.in_force_on(&law.today)))
        .collect()
}

/// The letter of the first basis that has one, else `fallback`.
fn letter_of(bases: &[&'static str], fallback: &str) -> String {
    bases
        .iter()
        .find_map(|id| super::legal::basis(id).and_then(|b| b.letter.clone()))
        .unwrap_or_else(|| fallback.to_string())
}

fn plan_known(p: &PlatformRoutes, case: &CaseInput, law: &Law) -> Vec<Plan> {
    use ChannelPurpose::*;
    let kind = services().kind(p.role);
    let mut plans = Vec::new();
    let own = bases_for(BasisRoute::Own, p, law);
    let primary = p
        .first_channel(&[Ncii, Privacy, General])
        .map(|r| (r, own.clone()))
        .or_else(|| {
            p.legal_route(DsaNotice)
                .map(|r| (r, bases_for(BasisRoute::DsaNotice, p, law)))
        })
        .filter(|(_, bases)| !bases.is_empty());
    if let Some((route, bases)) = primary {
        let letter = |r: &Route| match &r.target {
            ChannelTarget::InApp { .. } => "in-app".to_string(),
            _ => kind.letter.clone(),
        };
        plans.push(plan(
            letter(route),
            with_cited(bases.clone(), law),
            route,
            Stage::First,
            kind.forwards,
        ));
        // The other way to send the same report: a web form or e-mail for someone
        // without an account, or the in-app report for someone who has one.
        let in_app = |r: &&Route| matches!(r.target, ChannelTarget::InApp { .. });
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
                with_cited(bases, law),
                alt,
                Stage::Alternative,
                kind.forwards,
            ));
        }
    }
    let own_targets: Vec<ChannelTarget> = plans
        .iter()
        .filter_map(|p| match &p.target {
            Target::Route(t) => Some(t.clone()),
            Target::FindContact => None,
        })
        .collect();
    let tida = bases_for(BasisRoute::TakeItDown, p, law);
    if let Some(route) = p.legal_route(TakeItDown).filter(|_| !tida.is_empty()) {
        if own_targets.contains(&route.target) {
            // The platform's own form also takes TAKE IT DOWN requests: one request
            // carrying both bases (and so every element of both).
            for own in plans.iter_mut() {
                if matches!(&own.target, Target::Route(t) if *t == route.target) {
                    own.bases.extend(tida.iter().copied());
                }
            }
        } else {
            let letter = letter_of(&tida, &kind.letter);
            plans.push(plan(letter, tida, route, Stage::First, false));
        }
    }
    let dmca = bases_for(BasisRoute::Dmca, p, law);
    // Never for fakes: she did not take them, whatever photo they were made from.
    if case.content.self_taken && !case.content.fake && !dmca.is_empty() {
        if let Some(route) = p.legal_route(Dmca) {
            let letter = letter_of(&dmca, &kind.letter);
            plans.push(plan(letter, dmca, route, Stage::First, false));
        }
    }
    let gdpr = bases_for(BasisRoute::Gdpr, p, law);
    if let Some(route) = p.legal_route(Gdpr).filter(|_| !gdpr.is_empty()) {
        let stage = if plans.iter().all(|p| p.stage != Stage::First) {
            Stage::First
        } else {
            Stage::IfNoAnswer
        };
        let letter = letter_of(&gdpr, &kind.letter);
        plans.push(plan(letter, gdpr, route, stage, false));
    }
    plans
}

fn plan(
    letter: String,
    bases: Vec<&'static str>,
    route: &Route,
    stage: Stage,
    forwards: bool,
) -> Plan {
    // An in-app report is made under the platform's rules; its text box is no place for a
    // statute the platform did not ask for, but the DSA still applies to it.
    Plan {
        letter,
        bases,
        target: Target::Route(route.target.clone()),
        stage,
        verified: route.verified,
        forwards,
    }
}

fn abuse_address(contact: Option<&WhoisContact>) -> Option<String> {
    contact
        .and_then(|c| c.abuse_email.as_deref())
        .map(str::trim)
        .filter(|a| validate_address(a).is_ok())
        .map(str::to_string)
}

/// Bases of a letter to a kind of service that is not in the catalogue (a host, a registrar).
fn bases_for_role(role: PlatformRole, law: &Law) -> Vec<&'static str> {
    let p = PlatformRoutes {
        id: UNKNOWN.to_string(),
        name: String::new(),
        role,
        channels: Vec::new(),
        legal_routes: Vec::new(),
        languages: Vec::new(),
        response_hours: None,
    };
    with_cited(bases_for(BasisRoute::Own, &p, law), law)
}

/// An unknown site: the form of the CDN in front of it when a lookup saw one, else the
/// host's abuse address, else the registrar's, else the steps to find whoever runs it.
fn plan_unknown(
    host: &str,
    case: &CaseInput,
    platforms: &dyn PlatformSource,
    law: &Law,
) -> (Vec<Plan>, PlatformRoutes) {
    let empty = PlatformRoutes {
        id: UNKNOWN.to_string(),
        name: host.to_string(),
        role: services().unknown_site.role,
        channels: Vec::new(),
        legal_routes: Vec::new(),
        // Whoever runs an unknown site, English is the language most likely read.
        languages: vec!["en".to_string()],
        response_hours: None,
    };
    let whois = case.whois_for(host);
    let cdn = whois
        .and_then(|w| services().cdn_of(w))
        .and_then(|id| platforms.by_id(id));
    if let Some(cdn) = cdn {
        if let Some(route) = cdn.first_channel(&[ChannelPurpose::Ncii, ChannelPurpose::General]) {
            let kind = services().kind(cdn.role);
            let bases = with_cited(bases_for(BasisRoute::Own, &cdn, law), law);
            let p = plan(
                kind.letter.clone(),
                bases,
                route,
                Stage::First,
                kind.forwards,
            );
            return (vec![p], empty);
        }
    }
    let to_host = whois.and_then(|w| abuse_address(w.hosting.as_ref()));
    let to_registrar = whois.and_then(|w| abuse_address(w.registrar.as_ref()));
    let (role, target) = match (to_host, to_registrar) {
        (Some(address), _) => (
            PlatformRole::WebHost,
            Target::Route(ChannelTarget::Email { address }),
        ),
        (None, Some(address)) => (
            PlatformRole::Registrar,
            Target::Route(ChannelTarget::Email { address }),
        ),
        (None, None) => (services().unknown_site.role, Target::FindContact),
    };
    let (letter, forwards) = match target {
        Target::FindContact => (services().unknown_site.letter.clone(), false),
        Target::Route(_) => {
            let kind = services().kind(role);
            (kind.letter.clone(), kind.forwards)
        }
    };
    let p = Plan {
        letter,
        bases: bases_for_role(role, law),
        target,
        stage: Stage::First,
        verified: false,
        forwards,
    };
    (vec![p], empty)
}
