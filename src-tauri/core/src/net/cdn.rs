//! Spotting a site behind Cloudflare from its addresses.
//!
//! Cloudflare publishes its ranges at https://www.cloudflare.com/ips-v4 and
//! https://www.cloudflare.com/ips-v6; this is that list as seen in 2025–2026.

use std::net::IpAddr;

const CLOUDFLARE_RANGES: &[&str] = &[
    "173.245.48.0/20",
    "103.21.244.0/22",
    "103.22.200.0/22",
    "103.31.4.0/22",
    "141.101.64.0/18",
    "108.162.192.0/18",
    "190.93.240.0/20",
    "188.114.96.0/20",
    "197.234.240.0/22",
    "198.41.128.0/17",
    "162.158.0.0/15",
    "104.16.0.0/13",
    "104.24.0.0/14",
    "172.64.0.0/13",
    "131.0.72.0/22",
    "2400:cb00::/32",
    "2606:4700::/32",
    "2803:f800::/32",
    "2405:b500::/32",
    "2405:8100::/32",
    "2a06:98c0::/29",
    "2c0f:f248::/32",
];

fn in_range(ip: IpAddr, range: &str) -> bool {
    let Some((net, len)) = range.split_once('/') else {
        return false;
    };
    let (Ok(net), Ok(len)) = (net.parse::<IpAddr>(), len.parse::<u32>()) else {
        return false;
    };
    match (net, ip) {
        (IpAddr::V4(n), IpAddr::V4(i)) => {
            let mask = u32::MAX.checked_shl(32 - len).unwrap_or(0);
            u32::from(n) & mask == u32::from(i) & mask
        }
        (IpAddr::V6(n), IpAddr::V6(i)) => {
            let mask = u128::MAX.checked_shl(128 - len).unwrap_or(0);
            u128::from(n) & mask == u128::from(i) & mask
        }
        _ => false,
    }
}

/// True when the address is one of Cloudflare's.
pub fn is_cloudflare(ip: IpAddr) -> bool {
    let ip = match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    };
    CLOUDFLARE_RANGES.iter().any(|range| in_range(ip, range))
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
}
