//! RDAP (RFC 9082/9083): the registry record of an IP network (hosting
//! provider and its abuse contact) and of a domain (registrar and its abuse
//! contact). Servers are found with IANA's bootstrap files (RFC 9224).

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use reqwest::Method;
use serde::Deserialize;
use serde_json::Value;

use super::client::{Body, Net};
pub use crate::model::Contact;
use crate::{CoreError, ErrorKind};

/// Where IANA publishes the bootstrap files.
pub const IANA_BOOTSTRAP_BASE: &str = "https://data.iana.org/rdap/";

/// RDAP server used for an IP missing from the bootstrap: RIR servers
/// redirect queries for space another RIR holds.
pub const FALLBACK_IP_SERVER: &str = "https://rdap.arin.net/registry/";

const SHIPPED_DNS: &str = include_str!("../../data/rdap/dns.json");
const SHIPPED_V4: &str = include_str!("../../data/rdap/ipv4.json");
const SHIPPED_V6: &str = include_str!("../../data/rdap/ipv6.json");
const SHIPPED_WHOIS: &str = include_str!("../../data/rdap/whois-servers.toml");

/// The standard WHOIS port (RFC 3912).
pub const WHOIS_PORT: u16 = 43;

/// `data/rdap/whois-servers.toml`: the port-43 server of each top-level
/// domain that has no RDAP server.
#[derive(Deserialize)]
struct WhoisTable {
    servers: std::collections::BTreeMap<String, String>,
}

fn shipped_whois_servers() -> Vec<(String, String)> {
    let table: WhoisTable =
        toml::from_str(SHIPPED_WHOIS).expect("shipped WHOIS table is validated by tests");
    table.servers.into_iter().collect()
}

/// The three bootstrap file names, as IANA names them.
pub const BOOTSTRAP_FILES: [&str; 3] = ["dns.json", "ipv4.json", "ipv6.json"];

#[derive(Deserialize)]
struct BootstrapFile {
    #[serde(default)]
    publication: Option<String>,
    services: Vec<(Vec<String>, Vec<String>)>,
}

fn prefer_https(urls: &[String]) -> Option<String> {
    let pick = urls
        .iter()
        .find(|u| u.starts_with("https://"))
        .or_else(|| urls.first())?;
    Some(if pick.ends_with('/') {
        pick.clone()
    } else {
        format!("{pick}/")
    })
}

fn parse_cidr(text: &str) -> Option<(IpAddr, u8)> {
    let (addr, len) = text.split_once('/').unwrap_or((text, ""));
    // IANA's IPv4 file also writes a bare "8" for 8.0.0.0/8.
    let ip: IpAddr = match addr.parse() {
        Ok(ip) => ip,
        Err(_) => format!("{addr}.0.0.0").parse().ok()?,
    };
    let max = if ip.is_ipv4() { 32 } else { 128 };
    let len = if len.is_empty() {
        if addr.contains('.') || addr.contains(':') {
            max
        } else {
            8
        }
    } else {
        len.parse().ok()?
    };
    (len <= max).then_some((ip, len))
}

fn prefix_contains(net: IpAddr, len: u8, ip: IpAddr) -> bool {
    match (net, ip) {
        (IpAddr::V4(n), IpAddr::V4(i)) => {
            let mask = if len == 0 {
                0
            } else {
                u32::MAX << (32 - u32::from(len))
            };
            (u32::from(n) & mask) == (u32::from(i) & mask)
        }
        (IpAddr::V6(n), IpAddr::V6(i)) => {
            let mask = if len == 0 {
                0
            } else {
                u128::MAX << (128 - u32::from(len))
            };
            (u128::from(n) & mask) == (u128::from(i) & mask)
        }
        _ => false,
    }
}

/// Where the registry of a domain answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DomainRegistry<'a> {
    /// An RDAP base URL (from IANA's dns.json).
    Rdap(&'a str),
    /// A WHOIS server on port 43, for a top-level domain without RDAP.
    Whois(&'a str),
}

/// Parsed bootstrap registries.
#[derive(Debug, Clone, Default)]
pub struct Bootstrap {
    /// (domain suffix, base URL), e.g. ("com", "https://rdap.verisign.com/com/v1/").
    dns: Vec<(String, String)>,
    /// (network, prefix length, base URL).
    ip: Vec<(IpAddr, u8, String)>,
    /// Publication dates of the three files.
    pub publication: Vec<String>,
    /// Server asked for an IP the files do not cover (None: give up).
    pub ip_fallback: Option<String>,
    /// (top-level domain, WHOIS server) for domains without RDAP.
    whois: Vec<(String, String)>,
    /// Port the WHOIS servers are asked on ([`WHOIS_PORT`]; tests change it).
    pub whois_port: u16,
    /// DNS resolvers asked for a domain's name servers (None: the system's).
    pub dns_resolvers: Option<Vec<std::net::SocketAddr>>,
}

impl Bootstrap {
    /// Parses IANA's three files (`dns.json`, `ipv4.json`, `ipv6.json`).
    /// The WHOIS fallback table shipped with the app is added.
    pub fn from_json(dns: &str, ipv4: &str, ipv6: &str) -> Result<Self, CoreError> {
        let mut out = Bootstrap {
            whois: shipped_whois_servers(),
            whois_port: WHOIS_PORT,
            ..Bootstrap::default()
        };
        for (name, text) in [("dns.json", dns), ("ipv4.json", ipv4), ("ipv6.json", ipv6)] {
            let file: BootstrapFile = serde_json::from_str(text).map_err(|e| {
                CoreError::new(ErrorKind::Corrupt, format!("RDAP bootstrap {name}: {e}"))
            })?;
            if file.services.is_empty() {
                return Err(CoreError::new(
                    ErrorKind::Corrupt,
                    format!("RDAP bootstrap {name} lists no servers"),
                ));
            }
            out.publication.push(file.publication.unwrap_or_default());
            for (entries, urls) in file.services {
                let Some(base) = prefer_https(&urls) else {
                    continue;
                };
                for entry in entries {
                    if name == "dns.json" {
                        out.dns.push((
                            entry.trim_end_matches('.').to_ascii_lowercase(),
                            base.clone(),
                        ));
                    } else if let Some((net, len)) = parse_cidr(&entry) {
                        out.ip.push((net, len, base.clone()));
                    } else {
                        return Err(CoreError::new(
                            ErrorKind::Corrupt,
                            format!("RDAP bootstrap {name}: bad prefix {entry:?}"),
                        ));
                    }
                }
            }
        }
        Ok(out)
    }

    /// The copy shipped with the app (see `data/rdap/README.md`).
    pub fn shipped() -> Self {
        let mut b = Self::from_json(SHIPPED_DNS, SHIPPED_V4, SHIPPED_V6)
            .expect("shipped RDAP bootstrap is validated by tests");
        b.ip_fallback = Some(FALLBACK_IP_SERVER.to_owned());
        b
    }

    /// A refreshed copy from `dir` when one is there and valid, else the shipped one.
    pub fn load(dir: Option<&Path>) -> Self {
        if let Some(dir) = dir {
            let read = |name: &str| std::fs::read_to_string(dir.join(name)).ok();
            if let (Some(dns), Some(v4), Some(v6)) =
                (read("dns.json"), read("ipv4.json"), read("ipv6.json"))
            {
                if let Ok(mut b) = Self::from_json(&dns, &v4, &v6) {
                    b.ip_fallback = Some(FALLBACK_IP_SERVER.to_owned());
                    return b;
                }
            }
        }
        Self::shipped()
    }

    /// The RDAP base URL for a domain (longest matching suffix).
    pub fn domain_server(&self, domain: &str) -> Option<&str> {
        let domain = domain.trim_end_matches('.').to_ascii_lowercase();
        self.dns
            .iter()
            .filter(|(suffix, _)| domain == *suffix || domain.ends_with(&format!(".{suffix}")))
            .max_by_key(|(suffix, _)| suffix.len())
            .map(|(_, base)| base.as_str())
    }

    /// The WHOIS server (port 43) of a domain whose top-level domain has no RDAP.
    pub fn whois_server(&self, domain: &str) -> Option<&str> {
        let domain = domain.trim_end_matches('.').to_ascii_lowercase();
        let tld = domain.rsplit('.').next()?;
        self.whois
            .iter()
            .find(|(t, _)| t == tld)
            .map(|(_, server)| server.as_str())
    }

    /// Where to ask about a domain: RDAP when IANA lists a server, else WHOIS.
    pub fn domain_registry(&self, domain: &str) -> Option<DomainRegistry<'_>> {
        self.domain_server(domain)
            .map(DomainRegistry::Rdap)
            .or_else(|| self.whois_server(domain).map(DomainRegistry::Whois))
    }

    /// Replaces the WHOIS table (tests point it at loopback servers).
    pub fn with_whois_server(mut self, tld: &str, server: &str) -> Self {
        self.whois.retain(|(t, _)| t != tld);
        self.whois.push((tld.to_owned(), server.to_owned()));
        self
    }

    /// The RDAP base URL for an IP address (longest matching prefix, else the fallback).
    pub fn ip_server(&self, ip: IpAddr) -> Option<&str> {
        self.ip
            .iter()
            .filter(|(net, len, _)| prefix_contains(*net, *len, ip))
            .max_by_key(|(_, len, _)| *len)
            .map(|(_, _, base)| base.as_str())
            .or(self.ip_fallback.as_deref())
    }
}

/// Downloads IANA's three bootstrap files from `base` (normally
/// [`IANA_BOOTSTRAP_BASE`]), checks that they parse, and stores them in `dir`
/// (each written to a temporary file, synced, then renamed). Only on request.
pub async fn refresh_bootstrap(net: &Net, base: &str, dir: &Path) -> Result<Bootstrap, CoreError> {
    let base = if base.ends_with('/') {
        base.to_owned()
    } else {
        format!("{base}/")
    };
    let mut texts = Vec::new();
    for name in BOOTSTRAP_FILES {
        let fetched = net
            .fetch(
                Method::GET,
                &format!("{base}{name}"),
                &[("accept", "application/json")],
                Body::Full,
            )
            .await?;
        if !fetched.status.is_success() {
            return Err(CoreError::new(
                ErrorKind::Network,
                format!("{name}: the server answered {}", fetched.status),
            ));
        }
        let text = String::from_utf8(fetched.body)
            .map_err(|_| CoreError::new(ErrorKind::Corrupt, format!("{name} is not UTF-8")))?;
        texts.push(text);
    }
    let mut bootstrap = Bootstrap::from_json(&texts[0], &texts[1], &texts[2])?;
    bootstrap.ip_fallback = Some(FALLBACK_IP_SERVER.to_owned());
    std::fs::create_dir_all(dir)?;
    for (name, text) in BOOTSTRAP_FILES.iter().zip(&texts) {
        let tmp: PathBuf = dir.join(format!(".{name}.tmp"));
        {
            use std::io::Write;
            let mut file = std::fs::File::create(&tmp)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()?;
        }
        std::fs::rename(&tmp, dir.join(name))?;
    }
    Ok(bootstrap)
}

fn vcard_field(entity: &Value, field: &str) -> Option<String> {
    entity
        .get("vcardArray")?
        .get(1)?
        .as_array()?
        .iter()
        .find(|prop| prop.get(0).and_then(Value::as_str) == Some(field))
        .and_then(|prop| prop.get(3))
        .and_then(|value| match value {
            Value::String(s) => Some(s.clone()),
            Value::Array(parts) => parts.iter().find_map(|p| p.as_str().map(str::to_owned)),
            _ => None,
        })
        .map(|s| s.trim().trim_start_matches("mailto:").to_owned())
        .filter(|s| !s.is_empty())
}

fn has_role(entity: &Value, role: &str) -> bool {
    entity
        .get("roles")
        .and_then(Value::as_array)
        .is_some_and(|roles| {
            roles
                .iter()
                .any(|r| r.as_str().is_some_and(|r| r.eq_ignore_ascii_case(role)))
        })
}

fn entities(value: &Value) -> impl Iterator<Item = &Value> {
    value
        .get("entities")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

/// Depth-first search for an entity with `role`, nested entities included.
fn find_entity<'a>(value: &'a Value, role: &str, depth: usize) -> Option<&'a Value> {
    if depth > 4 {
        return None;
    }
    for entity in entities(value) {
        if has_role(entity, role) {
            return Some(entity);
        }
    }
    entities(value).find_map(|e| find_entity(e, role, depth + 1))
}

fn abuse_email(value: &Value) -> Option<String> {
    find_entity(value, "abuse", 0).and_then(|e| vcard_field(e, "email"))
}

/// The hosting provider from an IP network record.
pub fn parse_ip_network(record: &Value, source: &str) -> Contact {
    let registrant = find_entity(record, "registrant", 0);
    let name = registrant.and_then(|e| vcard_field(e, "fn")).or_else(|| {
        record
            .get("name")
            .and_then(Value::as_str)
            .map(str::to_owned)
    });
    Contact {
        name,
        abuse_email: abuse_email(record),
        handle: record
            .get("handle")
            .and_then(Value::as_str)
            .map(str::to_owned),
        source: source.to_owned(),
    }
}

/// The registrar from a domain record.
pub fn parse_domain(record: &Value, source: &str) -> Option<Contact> {
    let registrar = find_entity(record, "registrar", 0)?;
    let handle = registrar
        .get("publicIds")
        .and_then(Value::as_array)
        .and_then(|ids| {
            ids.iter()
                .find_map(|id| id.get("identifier").and_then(Value::as_str))
        })
        .or_else(|| registrar.get("handle").and_then(Value::as_str))
        .map(str::to_owned);
    Some(Contact {
        name: vcard_field(registrar, "fn"),
        // Registries nest the abuse contact under the registrar.
        abuse_email: abuse_email(registrar).or_else(|| abuse_email(record)),
        handle,
        source: source.to_owned(),
    })
}

async fn get_record(net: &Net, url: &str) -> Result<Option<(Value, String)>, CoreError> {
    let fetched = net
        .fetch(
            Method::GET,
            url,
            &[("accept", "application/rdap+json, application/json")],
            Body::Full,
        )
        .await?;
    if fetched.status == reqwest::StatusCode::NOT_FOUND {
        return Ok(None);
    }
    if !fetched.status.is_success() {
        return Err(CoreError::new(
            ErrorKind::Network,
            format!("the registry answered {} for {url}", fetched.status),
        ));
    }
    let value: Value = serde_json::from_slice(&fetched.body).map_err(|e| {
        CoreError::new(
            ErrorKind::Corrupt,
            format!("the registry's answer is not RDAP JSON: {e}"),
        )
    })?;
    Ok(Some((value, fetched.final_url)))
}

/// Looks up the network of `ip`.
pub async fn lookup_ip(net: &Net, bootstrap: &Bootstrap, ip: IpAddr) -> Result<Contact, CoreError> {
    let base = bootstrap.ip_server(ip).ok_or_else(|| {
        CoreError::new(
            ErrorKind::NotFound,
            format!("no registry is known for {ip}"),
        )
    })?;
    let url = format!("{base}ip/{ip}");
    match get_record(net, &url).await? {
        Some((record, source)) => Ok(parse_ip_network(&record, &source)),
        None => Err(CoreError::new(
            ErrorKind::NotFound,
            format!("the registry has no record for {ip}"),
        )),
    }
}

/// Looks up the registrar of the domain `host` belongs to: tries the host,
/// then its parent domains (never a bare top-level domain), up to four asks.
/// A top-level domain without RDAP (`.be`, `.eu`) is asked over WHOIS.
pub async fn lookup_domain(
    net: &Net,
    bootstrap: &Bootstrap,
    host: &str,
) -> Result<Contact, CoreError> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let base = match bootstrap.domain_registry(&host) {
        Some(DomainRegistry::Rdap(base)) => base,
        Some(DomainRegistry::Whois(server)) => {
            return super::port43::lookup_domain(net, server, bootstrap.whois_port, &host).await
        }
        None => {
            let tld = host.rsplit('.').next().unwrap_or_default();
            return Err(CoreError::new(
                ErrorKind::NotFound,
                format!(
                    "no RDAP or WHOIS server is known for .{tld}; refresh the registry list, or look the domain up on the registry's website"
                ),
            ));
        }
    };
    let labels: Vec<&str> = host.split('.').collect();
    // Longest first, at most four asks, never the bare top-level domain.
    for start in (0..labels.len().saturating_sub(1)).take(4) {
        let candidate = labels[start..].join(".");
        if let Some((record, source)) =
            get_record(net, &format!("{base}domain/{candidate}")).await?
        {
            return parse_domain(&record, &source).ok_or_else(|| {
                CoreError::new(
                    ErrorKind::NotFound,
                    format!("the record of {candidate} names no registrar"),
                )
            });
        }
    }
    Err(CoreError::new(
        ErrorKind::NotFound,
        format!("the registry has no record for {host}"),
    ))
}
