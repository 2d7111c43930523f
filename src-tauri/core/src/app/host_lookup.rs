//! "Find who hosts this site" (issue 14 item 3): for a link on a site
//! Reclaim does not know, the hosting provider and its abuse address, looked
//! up only when she asks ([`net::whois`]: the registries' public lookup
//! services and her DNS resolver are asked, never the site itself), kept in
//! the case, and used by her requests from then on: the unknown site's
//! request is written to the host's abuse address instead of the steps to
//! find one.
//!
//! The steps are apart so the desktop app can ask the network without
//! holding the case: [`site_to_look_up`] → [`net::whois`] → [`keep_lookup`].
//! A lookup that failed or found no address is not kept; its error says
//! what to do next.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::case_requests::PlannedRequest;
use crate::error::{CoreError, CoreResult, ErrorKind};
use crate::net::{self, Bootstrap, DomainRegistry, Net, WhoisReport};
use crate::requests::case::{url_host, WhoisContact, WhoisInput};
use crate::requests::UNKNOWN;
use crate::vault::{HostLookup, NewHostLookup, OpenCase, UrlRecord};

/// A site of the case that Reclaim does not know, as the Requests screen's
/// card for it needs it: the link to look up, and what the last lookup found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UnknownSite {
    /// The site's name, as its request names it (`platform_name`).
    pub host: String,
    /// The first of her links on it: the one a lookup is asked for.
    #[ts(type = "number")]
    pub url_id: i64,
    /// The latest lookup kept for it.
    #[ts(optional)]
    pub lookup: Option<HostLookup>,
}

/// The latest lookup kept for `host`.
fn latest_for<'a>(lookups: &'a [HostLookup], host: &str) -> Option<&'a HostLookup> {
    lookups
        .iter()
        .rev()
        .find(|l| l.lookup.host.eq_ignore_ascii_case(host))
}

/// The sites of `requests` that Reclaim does not know, each with the first
/// link on it and its latest lookup.
pub fn unknown_sites(
    requests: &[PlannedRequest],
    urls: &[UrlRecord],
    lookups: &[HostLookup],
) -> Vec<UnknownSite> {
    let mut out: Vec<UnknownSite> = Vec::new();
    for planned in requests {
        let host = &planned.request.platform_name;
        if planned.request.platform != UNKNOWN || out.iter().any(|s| &s.host == host) {
            continue;
        }
        let link = urls
            .iter()
            .find(|u| url_host(&u.original).is_some_and(|h| h.eq_ignore_ascii_case(host)));
        if let Some(link) = link {
            out.push(UnknownSite {
                host: host.clone(),
                url_id: link.id,
                lookup: latest_for(lookups, host).cloned(),
            });
        }
    }
    out
}

/// What the generator reads of the lookups: the latest one per site.
pub fn whois_inputs(lookups: &[HostLookup]) -> Vec<WhoisInput> {
    let mut out: Vec<WhoisInput> = Vec::new();
    for kept in lookups.iter().rev() {
        let l = &kept.lookup;
        if out.iter().any(|w| w.host.eq_ignore_ascii_case(&l.host)) {
            continue;
        }
        let contact = |c: &Option<crate::model::Contact>| {
            c.as_ref().map(|c| WhoisContact {
                name: c.name.clone(),
                abuse_email: c.abuse_email.clone(),
            })
        };
        out.push(WhoisInput {
            host: l.host.clone(),
            hosting: contact(&l.hosting),
            registrar: contact(&l.registrar),
            cdn: l.cdn.clone().map(serde_json::Value::String),
        });
    }
    out
}

/// The link `url_id` of the case and its site's name, as her requests write
/// it: what [`net::whois`] is asked about.
pub fn site_to_look_up(case: &OpenCase, url_id: i64) -> CoreResult<(String, String)> {
    let link = case
        .urls()?
        .into_iter()
        .find(|u| u.id == url_id)
        .ok_or_else(|| CoreError::new(ErrorKind::NotFound, "no such link in this case"))?;
    let host = url_host(&link.original)
        .ok_or_else(|| CoreError::invalid_input("this link has no site name to look up"))?;
    Ok((link.original, host))
}

/// The registries' servers a lookup of `report` asked (the bootstrap's base
/// for each address looked up and for the domain, then where each answer
/// came from after redirects), for the custody log.
fn servers_asked(report: &WhoisReport, bootstrap: &Bootstrap) -> Vec<String> {
    let mut servers: Vec<String> = Vec::new();
    let mut add = |s: String| {
        if !servers.contains(&s) {
            servers.push(s);
        }
    };
    for ip in report.ips.iter().filter_map(|ip| ip.parse().ok()).take(8) {
        if let Some(base) = bootstrap.ip_server(ip) {
            add(base.to_owned());
        }
    }
    let is_ip_host = report
        .host
        .trim_matches(['[', ']'])
        .parse::<std::net::IpAddr>()
        .is_ok();
    if !is_ip_host {
        match bootstrap.domain_registry(&report.host) {
            Some(DomainRegistry::Rdap(base)) => add(base.to_owned()),
            Some(DomainRegistry::Whois(server)) => add(format!("whois://{server}")),
            None => {}
        }
    }
    for contact in report.networks.iter().chain(&report.registrar) {
        add(contact.source.clone());
    }
    servers
}

/// Keeps what a lookup of `host` (the site of link `url_id`) found. Nothing
/// is kept when it failed, or when it found no address to write to: the
/// error says so, and that she can write to the site itself or ask a
/// helpline instead.
pub fn keep_lookup(
    case: &mut OpenCase,
    url_id: i64,
    host: &str,
    report: &WhoisReport,
    bootstrap: &Bootstrap,
) -> CoreResult<HostLookup> {
    if let Some(err) = &report.error {
        return Err(err.clone());
    }
    let has_address =
        |c: &Option<crate::model::Contact>| c.as_ref().is_some_and(|c| c.abuse_email.is_some());
    if !has_address(&report.hosting) && !has_address(&report.registrar) && report.cdn.is_none() {
        let mut message = format!(
            "no abuse address was found for {host}; write to the site itself, or ask a helpline"
        );
        if !report.notes.is_empty() {
            message.push_str(&format!(" ({})", report.notes.join("; ")));
        }
        return Err(CoreError::new(ErrorKind::HostNotFound, message));
    }
    case.add_host_lookup(&NewHostLookup {
        url_id: Some(url_id),
        host: host.to_owned(),
        hosting: report.hosting.clone(),
        registrar: report.registrar.clone(),
        cdn: report.cdn.clone(),
        servers: servers_asked(report, bootstrap),
    })
}

/// Looks up who hosts the site of link `url_id` and keeps it: the three
/// steps at once, holding the case while the network answers (the CLI; the
/// desktop app runs them apart).
pub async fn look_up_host(
    case: &mut OpenCase,
    net: &Net,
    bootstrap: &Bootstrap,
    url_id: i64,
) -> CoreResult<HostLookup> {
    let (address, host) = site_to_look_up(case, url_id)?;
    let report = net::whois(net, bootstrap, &address).await;
    keep_lookup(case, url_id, &host, &report, bootstrap)
}

#[cfg(test)]
#[path = "host_lookup_tests.rs"]
mod tests;
