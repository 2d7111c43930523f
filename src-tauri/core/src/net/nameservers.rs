//! The name servers of a domain (DNS `NS` records), asked of the computer's
//! own DNS resolver, only on request: a site whose name servers are
//! Cloudflare's (`*.ns.cloudflare.com`) is behind Cloudflare even when its
//! addresses are not yet in the shipped ranges.
//!
//! The query is a plain DNS message over UDP (RFC 1035 §4), written here so
//! no resolver library has to be added for one record type. Only the
//! resolvers of the system configuration (or those a test sets) are asked,
//! never an address taken from an answer, and nothing is sent when a proxy
//! is set (the question would leave outside it).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use tokio::net::UdpSocket;

use crate::{CoreError, ErrorKind};

const TYPE_NS: u16 = 2;
const CLASS_IN: u16 = 1;

/// The resolvers named in `/etc/resolv.conf` (Linux, macOS, BSD); none elsewhere.
pub fn system_resolvers() -> Vec<SocketAddr> {
    let Ok(text) = std::fs::read_to_string("/etc/resolv.conf") else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|line| line.trim().strip_prefix("nameserver"))
        .filter_map(|rest| rest.trim().split('%').next()?.parse::<IpAddr>().ok())
        .map(|ip| SocketAddr::new(ip, 53))
        .collect()
}

/// A DNS question for the `NS` records of `name`.
pub fn ns_query(id: u16, name: &str) -> Result<Vec<u8>, CoreError> {
    let mut msg = Vec::with_capacity(32 + name.len());
    msg.extend_from_slice(&id.to_be_bytes());
    msg.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]); // recursion desired, 1 question
    for label in name.trim_end_matches('.').split('.') {
        if label.is_empty() || label.len() > 63 || !label.is_ascii() {
            return Err(CoreError::invalid_input(format!(
                "{name} is not a DNS name"
            )));
        }
        msg.push(label.len() as u8);
        msg.extend_from_slice(label.as_bytes());
    }
    msg.push(0);
    msg.extend_from_slice(&TYPE_NS.to_be_bytes());
    msg.extend_from_slice(&CLASS_IN.to_be_bytes());
    Ok(msg)
}

fn u16_at(buf: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*buf.get(at)?, *buf.get(at + 1)?]))
}

/// Reads a (possibly compressed) name; returns it and the offset after it.
fn read_name(buf: &[u8], mut at: usize) -> Option<(String, usize)> {
    let mut labels: Vec<String> = Vec::new();
    let mut end = None;
    for _ in 0..64 {
        let len = *buf.get(at)? as usize;
        if len == 0 {
            return Some((labels.join("."), end.unwrap_or(at + 1)));
        }
        if len & 0xC0 == 0xC0 {
            let target = (u16_at(buf, at)? & 0x3FFF) as usize;
            end.get_or_insert(at + 2);
            at = target;
            continue;
        }
        let label = buf.get(at + 1..at + 1 + len)?;
        labels.push(String::from_utf8_lossy(label).to_ascii_lowercase());
        at += 1 + len;
    }
    None // a pointer loop
}

/// The `NS` names in the answer to question `id` (empty for "no such name").
pub fn parse_ns_answer(buf: &[u8], id: u16) -> Option<Vec<String>> {
    if u16_at(buf, 0)? != id || buf.get(2)? & 0x80 == 0 {
        return None;
    }
    let questions = u16_at(buf, 4)?;
    let answers = u16_at(buf, 6)?;
    let mut at = 12;
    for _ in 0..questions {
        at = read_name(buf, at)?.1 + 4;
    }
    let mut names = Vec::new();
    for _ in 0..answers {
        at = read_name(buf, at)?.1;
        let rtype = u16_at(buf, at)?;
        let rdlen = u16_at(buf, at + 8)? as usize;
        let rdata = at + 10;
        if rtype == TYPE_NS {
            names.push(read_name(buf, rdata)?.0);
        }
        at = rdata + rdlen;
    }
    Some(names)
}

async fn ask(
    resolver: SocketAddr,
    name: &str,
    timeout: Duration,
) -> Result<Vec<String>, CoreError> {
    let id: u16 = rand::random();
    let query = ns_query(id, name)?;
    let local: SocketAddr = if resolver.is_ipv4() {
        (Ipv4Addr::UNSPECIFIED, 0).into()
    } else {
        (Ipv6Addr::UNSPECIFIED, 0).into()
    };
    let socket = UdpSocket::bind(local).await?;
    socket.connect(resolver).await?;
    socket.send(&query).await?;
    let mut buf = vec![0u8; 4096];
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        let n = tokio::time::timeout_at(deadline, socket.recv(&mut buf))
            .await
            .map_err(|_| CoreError::new(ErrorKind::Timeout, "the DNS resolver did not answer"))??;
        // An answer to another question (or garbage) is dropped; wait on.
        if let Some(names) = parse_ns_answer(&buf[..n], id) {
            return Ok(names);
        }
    }
}

/// The name servers of the domain `host` belongs to: the host, then its
/// parent domains (never a bare top-level domain), up to four questions.
pub async fn name_servers(
    resolvers: &[SocketAddr],
    host: &str,
    timeout: Duration,
) -> Result<Vec<String>, CoreError> {
    // No resolver configured (e.g. Windows, which has no resolv.conf): the
    // name servers stay unknown and the other signs still count.
    let Some(&resolver) = resolvers.first() else {
        return Ok(Vec::new());
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').collect();
    for start in (0..labels.len().saturating_sub(1)).take(4) {
        let names = ask(resolver, &labels[start..].join("."), timeout).await?;
        if !names.is_empty() {
            return Ok(names);
        }
    }
    Ok(Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_with_compressed_names_are_read_and_stray_ones_refused() {
        let q = ns_query(0x1234, "leaks.example").unwrap();
        let mut a = q.clone();
        a[2] = 0x81;
        a[3] = 0x80;
        a[7] = 1; // one answer
        a.extend_from_slice(&[0xC0, 12, 0, 2, 0, 1, 0, 0, 0, 60]);
        let rdata = b"\x04kate\x02ns\x0acloudflare\x03com\x00";
        a.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
        a.extend_from_slice(rdata);
        assert_eq!(
            parse_ns_answer(&a, 0x1234),
            Some(vec!["kate.ns.cloudflare.com".to_owned()])
        );
        assert_eq!(
            parse_ns_answer(&a, 0x9999),
            None,
            "another question's answer"
        );
        assert_eq!(
            parse_ns_answer(&q, 0x1234),
            None,
            "a question is not an answer"
        );
        let mut looped = a.clone();
        let end = looped.len();
        looped[end - rdata.len()] = 0xC0;
        looped[end - rdata.len() + 1] = (end - rdata.len()) as u8;
        assert_eq!(parse_ns_answer(&looped, 0x1234), None, "a pointer loop");
        assert!(ns_query(1, "bad..name").is_err());
    }
}
