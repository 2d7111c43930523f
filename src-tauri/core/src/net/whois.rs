//! "Who can remove it?": the hosting provider, the registrar and a CDN in
//! front of a site, looked up only when the person asks.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::cdn;
use super::client::Net;
use super::guard;
use super::nameservers::{name_servers, system_resolvers};
use super::rdap::{self, Bootstrap, Contact};
use crate::platforms::{ChannelPurpose, ChannelTarget, Platform};
use crate::urls;
use crate::{CoreError, ErrorKind};

/// The answer to "who can remove it?" for one site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct WhoisReport {
    /// The ASCII host looked up.
    pub host: String,
    /// Its addresses.
    pub ips: Vec<String>,
    /// The network the first address belongs to: the hosting provider.
    pub hosting: Option<Contact>,
    /// Every distinct network the addresses belong to (all addresses are
    /// asked, not only the first), `hosting` first.
    pub networks: Vec<Contact>,
    /// The domain's name servers, when they could be asked.
    pub name_servers: Vec<String>,
    /// The domain's registrar.
    pub registrar: Option<Contact>,
    /// Catalogue id of a CDN/proxy in front of the site (`cloudflare`): the
    /// host above is then the proxy, not the real host.
    pub cdn: Option<String>,
    /// Where to report to that CDN (its intimate-imagery form).
    pub cdn_report_url: Option<String>,
    /// Catalogue id when the site is a known platform (use its own channels first).
    pub platform: Option<String>,
    /// Parts that could not be found, in plain words.
    pub notes: Vec<String>,
    /// Set when nothing could be looked up (bad address, name not found).
    pub error: Option<CoreError>,
}

impl WhoisReport {
    fn empty(host: String) -> Self {
        Self {
            host,
            ips: Vec::new(),
            hosting: None,
            networks: Vec::new(),
            name_servers: Vec::new(),
            registrar: None,
            cdn: None,
            cdn_report_url: None,
            platform: None,
            notes: Vec::new(),
            error: None,
        }
    }
}

/// The intimate-imagery form of a proxy/CDN entry (its first form otherwise).
fn proxy_form(platform: &Platform) -> Option<String> {
    let form = |c: &&crate::platforms::Channel| match &c.target {
        ChannelTarget::Form { url, .. } => Some(url.clone()),
        _ => None,
    };
    platform
        .channels
        .iter()
        .filter(|c| c.purpose == ChannelPurpose::Ncii)
        .find_map(|c| form(&c))
        .or_else(|| platform.channels.iter().find_map(|c| form(&c)))
}

/// Most addresses asked about one host (round-robin sets rarely have more).
const MAX_ADDRESSES: usize = 8;

/// Finds who can remove content at `input` (a URL or a host name).
///
/// Resolves the host, asks the IP registries about every address (up to
/// eight) for the networks and their abuse contacts, the domain registry for
/// the registrar (RDAP, or WHOIS on port 43 for a top-level domain without
/// RDAP), and the DNS resolver for the name servers; then flags a proxy/CDN
/// in front of the site by address range, name server or network name.
/// Sends nothing to the site itself.
pub async fn whois(net: &Net, bootstrap: &Bootstrap, input: &str) -> WhoisReport {
    let item = urls::classify_one(input);
    let host = match (&item.error, &item.host) {
        (None, Some(host)) => host.clone(),
        (Some(err), _) => {
            let mut report = WhoisReport::empty(input.trim().to_owned());
            report.error = Some(err.clone().into());
            return report;
        }
        (None, None) => {
            let mut report = WhoisReport::empty(input.trim().to_owned());
            report.error = Some(CoreError::invalid_input("no site name in the address"));
            return report;
        }
    };
    let mut report = WhoisReport::empty(host.clone());
    report.platform = (item.platform != urls::UNKNOWN_PLATFORM).then(|| item.platform.clone());

    let ips = match net.resolve(&host).await {
        Ok(ips) => ips,
        Err(err) => {
            report.error = Some(err);
            return report;
        }
    };
    // A registry knows nothing of private addresses, and asking it would tell
    // it about her network: only public addresses are looked up, and a site
    // with none is refused before any registry is asked.
    let (ips, private): (Vec<IpAddr>, Vec<IpAddr>) =
        ips.into_iter().partition(|ip| guard::is_public(*ip));
    if ips.is_empty() {
        report.ips = private.iter().map(IpAddr::to_string).collect();
        report.error = Some(CoreError::new(
            ErrorKind::AddressRefused,
            format!("{host} points to an address inside a private network; no registry is asked"),
        ));
        return report;
    }
    if !private.is_empty() {
        report
            .notes
            .push(format!("{} private address(es) left out", private.len()));
    }
    report.ips = ips.iter().map(IpAddr::to_string).collect();
    let is_ip_host = host.trim_matches(['[', ']']).parse::<IpAddr>().is_ok();
    let asked: Vec<IpAddr> = ips.iter().copied().take(MAX_ADDRESSES).collect();
    if ips.len() > asked.len() {
        report.notes.push(format!(
            "{} addresses; the first {MAX_ADDRESSES} were looked up",
            ips.len()
        ));
    }

    // All addresses at once: a slow registry does not hold up the others.
    let networks = async {
        let mut set = tokio::task::JoinSet::new();
        for (i, ip) in asked.iter().copied().enumerate() {
            let (net, boot) = (net.clone(), bootstrap.clone());
            set.spawn(async move { (i, ip, rdap::lookup_ip(&net, &boot, ip).await) });
        }
        let mut found = Vec::new();
        while let Some(done) = set.join_next().await {
            if let Ok(one) = done {
                found.push(one);
            }
        }
        found.sort_by_key(|(i, _, _)| *i);
        found
    };
    let registrar = async {
        if is_ip_host {
            None
        } else {
            Some(rdap::lookup_domain(net, bootstrap, &host).await)
        }
    };
    let name_servers = async {
        if is_ip_host {
            return None;
        }
        if net.config().proxy.is_some() {
            return Some(Err(CoreError::new(
                crate::ErrorKind::Network,
                "not asked through the proxy",
            )));
        }
        let resolvers = bootstrap
            .dns_resolvers
            .clone()
            .unwrap_or_else(system_resolvers);
        Some(name_servers(&resolvers, &host, net.config().connect_timeout).await)
    };
    let (networks, registrar, ns) = tokio::join!(networks, registrar, name_servers);

    for (_, ip, found) in networks {
        match found {
            Ok(contact) => {
                let seen = report.networks.iter().any(|c| {
                    c.handle.is_some() && c.handle == contact.handle && c.name == contact.name
                });
                if !seen {
                    report.networks.push(contact);
                }
            }
            Err(err) => report.notes.push(format!(
                "hosting provider of {ip} not found: {}",
                err.message
            )),
        }
    }
    report.hosting = report.networks.first().cloned();
    match registrar {
        Some(Ok(contact)) => report.registrar = Some(contact),
        Some(Err(err)) => report
            .notes
            .push(format!("registrar not found: {}", err.message)),
        None => {}
    }
    match ns {
        Some(Ok(names)) => report.name_servers = names,
        Some(Err(err)) => report
            .notes
            .push(format!("name servers not checked: {}", err.message)),
        None => {}
    }

    let proxy = ips
        .iter()
        .find_map(|ip| cdn::proxy_for_ip(*ip))
        .or_else(|| {
            report
                .name_servers
                .iter()
                .find_map(|ns| cdn::proxy_for_name_server(ns))
        })
        .or_else(|| {
            report
                .networks
                .iter()
                .filter_map(|c| c.name.as_deref())
                .find_map(cdn::proxy_for_network_name)
        });
    if let Some(proxy) = proxy {
        report.cdn = Some(proxy.id.clone());
        report.cdn_report_url = proxy_form(proxy);
    }
    report
}
