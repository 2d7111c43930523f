//! Spotting a reverse proxy or CDN (Cloudflare, …) in front of a site, from
//! its addresses, its name servers or the name of its network. The signs are
//! data: the `[proxy]` section of each `cdn_proxy` entry in
//! `data/platforms/` (with its source), so a new proxy is a new TOML file.

use std::net::IpAddr;
use std::sync::OnceLock;

pub use crate::platforms::validate::parse_range;
use crate::platforms::{self, Platform, PlatformRole};

/// A CIDR range parsed once.
#[derive(Debug, Clone, Copy)]
struct Range {
    net: IpAddr,
    len: u32,
}

fn contains(range: Range, ip: IpAddr) -> bool {
    match (range.net, ip) {
        (IpAddr::V4(n), IpAddr::V4(i)) => {
            let mask = u32::MAX.checked_shl(32 - range.len).unwrap_or(0);
            u32::from(n) & mask == u32::from(i) & mask
        }
        (IpAddr::V6(n), IpAddr::V6(i)) => {
            let mask = u128::MAX.checked_shl(128 - range.len).unwrap_or(0);
            u128::from(n) & mask == u128::from(i) & mask
        }
        _ => false,
    }
}

struct Proxy {
    platform: &'static Platform,
    ranges: Vec<Range>,
}

fn proxies() -> &'static [Proxy] {
    static PROXIES: OnceLock<Vec<Proxy>> = OnceLock::new();
    PROXIES.get_or_init(|| {
        platforms::catalogue()
            .iter()
            .filter(|p| p.role == PlatformRole::CdnProxy)
            .filter_map(|platform| {
                let signs = platform.proxy.as_ref()?;
                let ranges = signs
                    .ip_ranges
                    .iter()
                    .filter_map(|r| parse_range(r))
                    .map(|(net, len)| Range { net, len })
                    .collect();
                Some(Proxy { platform, ranges })
            })
            .collect()
    })
}

/// The proxy/CDN whose published ranges hold this address.
pub fn proxy_for_ip(ip: IpAddr) -> Option<&'static Platform> {
    let ip = match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    };
    proxies()
        .iter()
        .find(|p| p.ranges.iter().any(|r| contains(*r, ip)))
        .map(|p| p.platform)
}

/// The proxy/CDN a name server belongs to (`kate.ns.cloudflare.com`).
pub fn proxy_for_name_server(name_server: &str) -> Option<&'static Platform> {
    let ns = name_server.trim_end_matches('.').to_ascii_lowercase();
    proxies()
        .iter()
        .find(|p| {
            p.platform.proxy.as_ref().is_some_and(|s| {
                s.name_servers
                    .iter()
                    .any(|pat| ns == *pat || ns.ends_with(&format!(".{pat}")))
            })
        })
        .map(|p| p.platform)
}

/// The proxy/CDN an RDAP network name points to ("Cloudflare, Inc.").
pub fn proxy_for_network_name(name: &str) -> Option<&'static Platform> {
    let name = name.to_ascii_lowercase();
    proxies()
        .iter()
        .find(|p| {
            p.platform
                .proxy
                .as_ref()
                .is_some_and(|s| s.network_names.iter().any(|w| name.contains(w.as_str())))
        })
        .map(|p| p.platform)
}

/// True when the address is one of Cloudflare's.
pub fn is_cloudflare(ip: IpAddr) -> bool {
    proxy_for_ip(ip).is_some_and(|p| p.id == "cloudflare")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cloudflare_addresses_are_recognised() {
        for ip in [
            "104.16.132.229",
            "172.67.1.1",
            "188.114.97.3",
            "2606:4700::6810:84e5",
            "::ffff:104.21.0.1",
        ] {
            assert!(is_cloudflare(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["104.32.0.1", "8.8.8.8", "172.80.0.1", "2a00:1450::1"] {
            assert!(!is_cloudflare(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn cloudflare_name_servers_and_network_names_are_recognised() {
        let id = |p: Option<&Platform>| p.map(|p| p.id.clone());
        assert_eq!(
            id(proxy_for_name_server("kate.ns.cloudflare.com.")),
            Some("cloudflare".into())
        );
        assert_eq!(id(proxy_for_name_server("ns1.notcloudflare.com")), None);
        assert_eq!(
            id(proxy_for_name_server("ns.cloudflare.com.evil.net")),
            None
        );
        assert_eq!(
            id(proxy_for_network_name("Cloudflare, Inc.")),
            Some("cloudflare".into())
        );
        assert_eq!(id(proxy_for_network_name("Bad Hosting Ltd")), None);
    }
}
