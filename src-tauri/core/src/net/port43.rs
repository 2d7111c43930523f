//! WHOIS over port 43 (RFC 3912), for the top-level domains whose registry
//! has no RDAP server (DNS Belgium's `.be`, EURid's `.eu`, …). The server
//! table is data (`data/rdap/whois-servers.toml`); every connection passes
//! the same address guard as the HTTP client, and nothing goes out when a
//! proxy is set (a WHOIS connection could not go through it).

use std::net::{IpAddr, SocketAddr};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::client::Net;
use super::rdap::Contact;
use crate::{CoreError, ErrorKind};

/// Largest WHOIS answer read; registries answer in a few kilobytes.
const MAX_ANSWER: usize = 64 * 1024;

/// Sends one query to a WHOIS server and returns its answer as text.
pub(crate) async fn query(
    net: &Net,
    server: &str,
    port: u16,
    question: &str,
) -> Result<String, CoreError> {
    let config = net.config();
    if config.proxy.is_some() {
        return Err(CoreError::new(
            ErrorKind::Network,
            "the registry's WHOIS service is not asked through the proxy; turn the proxy off for this look-up",
        ));
    }
    if question.contains(['\r', '\n']) || question.len() > 253 {
        return Err(CoreError::invalid_input("not a domain name"));
    }
    let ips: Vec<IpAddr> = net
        .resolve(server)
        .await?
        .into_iter()
        .filter(|ip| config.guard.allows(*ip))
        .collect();
    if ips.is_empty() {
        return Err(CoreError::new(
            ErrorKind::AddressRefused,
            format!("{server} points to an address inside a private network; it is not contacted"),
        ));
    }
    let mut last_error = None;
    for ip in ips {
        let addr = SocketAddr::new(ip, port);
        let asked = tokio::time::timeout(config.total_timeout, async {
            let mut stream = tokio::time::timeout(config.connect_timeout, TcpStream::connect(addr))
                .await
                .map_err(|_| {
                    CoreError::new(ErrorKind::Timeout, format!("{server} did not answer"))
                })??;
            stream
                .write_all(format!("{question}\r\n").as_bytes())
                .await?;
            let mut answer = Vec::new();
            let mut chunk = [0u8; 4096];
            loop {
                let n = stream.read(&mut chunk).await?;
                if n == 0 {
                    break;
                }
                if answer.len() + n > MAX_ANSWER {
                    return Err(CoreError::new(
                        ErrorKind::TooLarge,
                        format!("{server}'s answer is larger than {MAX_ANSWER} bytes"),
                    ));
                }
                answer.extend_from_slice(&chunk[..n]);
            }
            Ok(String::from_utf8_lossy(&answer).into_owned())
        })
        .await;
        match asked {
            Ok(Ok(text)) => return Ok(text),
            Ok(Err(err)) => last_error = Some(err),
            Err(_) => {
                last_error = Some(CoreError::new(
                    ErrorKind::Timeout,
                    format!("no answer from {server} in time"),
                ))
            }
        }
    }
    Err(last_error.unwrap_or_else(|| CoreError::new(ErrorKind::Network, "no answer")))
}

fn email_in(text: &str) -> Option<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | ',' | ';' | '(' | ')'))
        .map(|w| w.trim_start_matches("mailto:"))
        .find(|w| {
            w.split_once('@')
                .is_some_and(|(l, d)| !l.is_empty() && d.contains('.'))
        })
        .map(str::to_owned)
}

/// The registrar and abuse contact in a WHOIS answer, or `None` when the
/// answer names no registrar (domain free, unknown, or refused).
///
/// Handles the one-line form of gTLD registries (`Registrar: Name`) and the
/// block form of ccTLD registries (`Registrar:` then indented `Name: …`
/// lines, or the name alone on the next line, as SIDN writes it).
pub fn parse_answer(text: &str, source: &str) -> Option<Contact> {
    let mut name: Option<String> = None;
    let mut abuse: Option<String> = None;
    let mut section = String::new();
    for raw in text.lines() {
        if raw.trim_start().starts_with(['%', '#']) || raw.trim().is_empty() {
            if raw.trim().is_empty() {
                section.clear();
            }
            continue;
        }
        let indented = raw.starts_with([' ', '\t']);
        let line = raw.trim();
        let (key, value) = match line.split_once(':') {
            Some((k, v)) if !k.contains("//") => (k.trim().to_ascii_lowercase(), v.trim()),
            _ => (String::new(), line),
        };
        if !indented && !key.is_empty() && value.is_empty() {
            section = key;
            continue;
        }
        if (key.contains("abuse") || section.contains("abuse")) && abuse.is_none() {
            abuse = email_in(value);
        }
        if name.is_none() {
            if !indented && (key == "registrar" || key == "registrar name") && !value.is_empty() {
                name = Some(value.to_owned());
            } else if indented && section == "registrar" {
                if key == "name" || key == "organisation" || key == "organization" {
                    name = Some(value.to_owned());
                } else if key.is_empty() {
                    name = Some(line.to_owned());
                }
            }
        }
    }
    let name = name.filter(|n| !n.is_empty())?;
    Some(Contact {
        name: Some(name),
        abuse_email: abuse,
        handle: None,
        source: source.to_owned(),
    })
}

/// Asks a WHOIS server for the registrar of `host`: the host, then its
/// parent domains (never a bare top-level domain), up to four asks.
pub(crate) async fn lookup_domain(
    net: &Net,
    server: &str,
    port: u16,
    host: &str,
) -> Result<Contact, CoreError> {
    let labels: Vec<&str> = host.split('.').collect();
    for start in (0..labels.len().saturating_sub(1)).take(4) {
        let candidate = labels[start..].join(".");
        let answer = query(net, server, port, &candidate).await?;
        let source = format!("whois://{server}/{candidate}");
        if let Some(contact) = parse_answer(&answer, &source) {
            return Ok(contact);
        }
    }
    Err(CoreError::new(
        ErrorKind::NotFound,
        format!("the registry's WHOIS ({server}) names no registrar for {host}"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrars_are_read_from_the_answer_forms_of_be_nl_eu_and_gtlds() {
        // Answer shapes as the registries document them; names made up.
        let be = "Domain:\tleaks.be\nStatus:\tNOT AVAILABLE\n\nRegistrar Technical Contacts:\n\tOrganisation:\tHoster NV\n\tEmail:\tsupport@hoster.example\n\nRegistrar:\n\tName:\t Hoster NV\n\tWebsite: https://www.hoster.example\n";
        let c = parse_answer(be, "s").unwrap();
        assert_eq!(c.name.as_deref(), Some("Hoster NV"));
        assert_eq!(
            c.abuse_email, None,
            "a technical contact is not an abuse desk"
        );

        let nl = "Domain name: leaks.nl\nStatus:      active\n\nRegistrar:\n   Hostnet B.V.\n   De Ruijterkade 6\n\nAbuse Contact:\n   +31.201234567\n   abuse@hostnet.example\n";
        let c = parse_answer(nl, "s").unwrap();
        assert_eq!(c.name.as_deref(), Some("Hostnet B.V."));
        assert_eq!(c.abuse_email.as_deref(), Some("abuse@hostnet.example"));

        let gtld = "Domain Name: LEAKS.COM\nRegistrar: Example Registrar, Inc.\nRegistrar Abuse Contact Email: abuse@registrar.example\n";
        let c = parse_answer(gtld, "s").unwrap();
        assert_eq!(c.name.as_deref(), Some("Example Registrar, Inc."));
        assert_eq!(c.abuse_email.as_deref(), Some("abuse@registrar.example"));

        assert_eq!(
            parse_answer("Domain:\tfree.be\nStatus:\tAVAILABLE\n", "s"),
            None
        );
        assert_eq!(parse_answer("% comment only\n", "s"), None);
    }
}
