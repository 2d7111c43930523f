//! Which IP addresses Reclaim may connect to when the guard is on: only public
//! ones. Loopback, private (RFC 1918), CGNAT, link-local, unique-local,
//! multicast, unspecified, broadcast and documentation ranges are refused.
//! An IPv6 address that carries an IPv4 one (mapped, translated, compatible,
//! NAT64, 6to4, Teredo) is judged by that IPv4 address; local-use NAT64
//! (`64:ff9b:1::/48`) is refused whatever it carries.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

fn v4_is_public(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // CGNAT 100.64.0.0/10
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || a >= 240) // reserved
}

/// The IPv4 address an IPv6 address stands for, when it is one of the forms
/// that carry one: IPv4-mapped `::ffff:a.b.c.d`, IPv4-translated
/// `::ffff:0:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::a.b.c.d`
/// and 6to4 `2002:aabb:ccdd::`. A connection to such an address can end up
/// at that IPv4 address (through the OS, a NAT64 gateway or a 6to4 relay).
fn embedded_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    let s = ip.segments();
    let low = Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
    match s {
        [0, 0, 0, 0, 0, 0xffff, _, _] => Some(low),
        [0, 0, 0, 0, 0xffff, 0, _, _] => Some(low),
        [0, 0, 0, 0, 0, 0, _, _] => Some(low),
        [0x64, 0xff9b, 0, 0, 0, 0, _, _] => Some(low),
        [0x2002, high, low16, ..] => Some(Ipv4Addr::new(
            (high >> 8) as u8,
            high as u8,
            (low16 >> 8) as u8,
            low16 as u8,
        )),
        _ => None,
    }
}

fn v6_is_public(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    if ip.is_loopback() || ip.is_unspecified() {
        return false;
    }
    if let Some(v4) = embedded_v4(ip) {
        return v4_is_public(v4);
    }
    if s[0] == 0x2001 && s[1] == 0 {
        // Teredo 2001::/32: the server's IPv4 in bits 32–63, the client's
        // (inverted) in the last 32 bits; both must be public.
        let server = Ipv4Addr::new((s[2] >> 8) as u8, s[2] as u8, (s[3] >> 8) as u8, s[3] as u8);
        let client = !u32::from(Ipv4Addr::new(
            (s[6] >> 8) as u8,
            s[6] as u8,
            (s[7] >> 8) as u8,
            s[7] as u8,
        ));
        return v4_is_public(server) && v4_is_public(Ipv4Addr::from(client));
    }
    let first = s[0];
    !(ip.is_multicast()
        || (first & 0xfe00) == 0xfc00 // unique local fc00::/7
        || (first & 0xffc0) == 0xfe80 // link-local fe80::/10
        || (first & 0xffc0) == 0xfec0 // site-local (deprecated)
        || first == 0x2001 && s[1] == 0x0db8 // documentation
        || first == 0x2001 && s[1] == 0x0002 && s[2] == 0 // benchmarking 2001:2::/48
        || first == 0x0100 && s[1..4] == [0, 0, 0] // discard-only 100::/64
        || first == 0x0064 && s[1] == 0xff9b && s[2] == 1) // local-use NAT64 64:ff9b:1::/48
}

/// True when the address is on the public internet.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4_is_public(v4),
        IpAddr::V6(v6) => v6_is_public(v6),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_and_special_addresses_are_refused() {
        for ip in [
            "127.0.0.1",
            "127.9.9.9",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "100.64.0.1",
            "100.127.255.254",
            "169.254.169.254",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "192.0.2.10",
            "::1",
            "::",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "::ffff:127.0.0.1",
            "::ffff:192.168.0.1",
            "2001:db8::1",
            "ff02::1",
        ] {
            assert!(!is_public(ip.parse().unwrap()), "{ip} must be refused");
        }
    }

    #[test]
    fn ipv6_forms_carrying_a_private_ipv4_are_refused() {
        for ip in [
            "::127.0.0.1",          // IPv4-compatible
            "::10.0.0.1",           // IPv4-compatible
            "::ffff:0:127.0.0.1",   // IPv4-translated (RFC 2765)
            "::ffff:0:192.168.1.1", // IPv4-translated
            "64:ff9b::127.0.0.1",   // NAT64 well-known prefix
            "64:ff9b::169.254.169.254",
            "64:ff9b:1::10.0.0.1", // local-use NAT64 (RFC 8215)
            "64:ff9b:1::8.8.8.8",  // local-use NAT64: never routed publicly
            "2002:7f00:1::",       // 6to4 of 127.0.0.1
            "2002:c0a8:101::1",    // 6to4 of 192.168.1.1
            "2002:a9fe:a9fe::1",   // 6to4 of 169.254.169.254
            "2001:0:4136:e378:8000:63bf:80ff:fffe", // Teredo, client 127.0.0.1
            "100::1",              // discard-only
            "2001:2::1",           // benchmarking
        ] {
            assert!(!is_public(ip.parse().unwrap()), "{ip} must be refused");
        }
    }

    #[test]
    fn ipv6_forms_carrying_a_public_ipv4_pass() {
        for ip in ["64:ff9b::8.8.8.8", "2002:0808:0808::1", "::ffff:0:8.8.8.8"] {
            assert!(is_public(ip.parse().unwrap()), "{ip} is public");
        }
    }

    #[test]
    fn public_addresses_pass() {
        for ip in [
            "1.1.1.1",
            "104.16.1.1",
            "172.32.0.1",
            "100.128.0.1",
            "2606:4700::1",
            "::ffff:8.8.8.8",
        ] {
            assert!(is_public(ip.parse().unwrap()), "{ip} is public");
        }
    }
}
