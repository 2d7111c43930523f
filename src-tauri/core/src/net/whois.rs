//! "Who can remove it?": the hosting provider, the registrar and a CDN in
//! front of a site, looked up only when the person asks.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::cdn;
use super::client::Net;
use super::guard;
use super::rdap::{self, Bootstrap, Contact};
use crate::platforms::{self, ChannelPurpose, ChannelTarget};
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
            registrar: None,
            cdn: None,
            cdn_report_url: None,
            platform: None,
            notes: Vec::new(),
            error: None,
        }
    }
}

fn cloudflare_form() -> Option<String> {
    platforms::by_id("cloudflare")?
        .channels
        .iter()
        .filter(|c| c.purpose == ChannelPurpose::Ncii)
        .find_map(|c| match &c.target {
            ChannelTarget::Form { url, .. } => Some(url.clone()),
            _ => None,
        })
}

/// Finds who can remove content at `input` (a URL or a host name).
///
/// Resolves the host, asks the registry of its first address for the network
/// (hosting provider, abuse contact) and the domain registry for the registrar
/// and its abuse contact, and flags Cloudflare. Sends nothing to the site itself.
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

    let first = ips[0];
    let (hosting, registrar) = tokio::join!(rdap::lookup_ip(net, bootstrap, first), async {
        if is_ip_host {
            None
        } else {
            Some(rdap::lookup_domain(net, bootstrap, &host).await)
        }
    });
    match hosting {
        Ok(contact) => report.hosting = Some(contact),
        Err(err) => report
            .notes
            .push(format!("hosting provider not found: {}", err.message)),
    }
    match registrar {
        Some(Ok(contact)) => report.registrar = Some(contact),
        Some(Err(err)) => report
            .notes
            .push(format!("registrar not found: {}", err.message)),
        None => {}
    }

    let behind_cloudflare = ips.iter().any(|ip| cdn::is_cloudflare(*ip))
        || report
            .hosting
            .as_ref()
            .and_then(|h| h.name.as_deref())
            .is_some_and(|name| name.to_ascii_lowercase().contains("cloudflare"));
    if behind_cloudflare {
        report.cdn = Some("cloudflare".to_owned());
        report.cdn_report_url = cloudflare_form();
    }
    report
}
