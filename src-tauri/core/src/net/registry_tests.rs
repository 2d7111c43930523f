//! Issue 17: "who can remove it" for any domain, against servers on
//! 127.0.0.1 only — RDAP over HTTP, WHOIS over TCP, DNS over UDP. The
//! shipped registry files decide which server is asked; the tests resolve
//! that server's name to loopback with a `StaticResolver` (no real DNS here).

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, UdpSocket};

use super::rdap::{self, Bootstrap, DomainRegistry};
use super::*;
use crate::ErrorKind;

const SHIPPED_DNS: &str = include_str!("../../data/rdap/dns.json");
const SHIPPED_V4: &str = include_str!("../../data/rdap/ipv4.json");
const SHIPPED_V6: &str = include_str!("../../data/rdap/ipv6.json");

fn loopback() -> IpAddr {
    "127.0.0.1".parse().unwrap()
}

fn config() -> NetConfig {
    NetConfig {
        connect_timeout: Duration::from_secs(2),
        total_timeout: Duration::from_secs(5),
        guard: Guard {
            refuse_private: true,
            exempt: vec![loopback()],
        },
        ..NetConfig::default()
    }
}

fn net_with(config: NetConfig, resolver: StaticResolver) -> Net {
    Net::with_resolver(config, Arc::new(resolver)).unwrap()
}

/// A WHOIS server on 127.0.0.1: records each question, answers `reply(question)`.
async fn whois_server<F>(reply: F) -> (u16, Arc<Mutex<Vec<String>>>)
where
    F: Fn(&str) -> String + Send + Sync + 'static,
{
    let listener = TcpListener::bind((loopback(), 0)).await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let asked = Arc::new(Mutex::new(Vec::new()));
    let log = asked.clone();
    let reply = Arc::new(reply);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut buf = vec![0u8; 512];
            let mut got = Vec::new();
            while !got.ends_with(b"\r\n") {
                match socket.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => got.extend_from_slice(&buf[..n]),
                }
            }
            let question = String::from_utf8_lossy(&got).trim().to_owned();
            let answer = reply(&question);
            log.lock().unwrap().push(question);
            let _ = socket.write_all(answer.as_bytes()).await;
        }
    });
    (port, asked)
}

/// A DNS server on 127.0.0.1 answering every NS question with `names`.
async fn dns_server(names: &'static [&'static str]) -> (SocketAddr, Arc<Mutex<Vec<Vec<u8>>>>) {
    let socket = UdpSocket::bind((loopback(), 0)).await.unwrap();
    let addr = socket.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        let mut buf = vec![0u8; 512];
        while let Ok((n, from)) = socket.recv_from(&mut buf).await {
            let question = buf[..n].to_vec();
            log.lock().unwrap().push(question.clone());
            let mut answer = question;
            answer[2] = 0x81;
            answer[3] = 0x80;
            answer[6..8].copy_from_slice(&(names.len() as u16).to_be_bytes());
            for name in names {
                let mut rdata = Vec::new();
                for label in name.split('.') {
                    rdata.push(label.len() as u8);
                    rdata.extend_from_slice(label.as_bytes());
                }
                rdata.push(0);
                answer.extend_from_slice(&[0xC0, 12, 0, 2, 0, 1, 0, 0, 1, 0]);
                answer.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
                answer.extend_from_slice(&rdata);
            }
            let _ = socket.send_to(&answer, from).await;
        }
    });
    (addr, seen)
}

/// An RDAP server on 127.0.0.1 giving `record` for every domain, 404 otherwise.
async fn rdap_server(record: String) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind((loopback(), 0)).await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let paths = Arc::new(Mutex::new(Vec::new()));
    let log = paths.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut buf = vec![0u8; 4096];
            let n = socket.read(&mut buf).await.unwrap_or(0);
            let head = String::from_utf8_lossy(&buf[..n]).to_string();
            let path = head.split(' ').nth(1).unwrap_or_default().to_owned();
            log.lock().unwrap().push(path.clone());
            let (status, body) =
                if path.contains("/domain/") && !path.ends_with("/domain/www.leaks.nl") {
                    (200, record.clone())
                } else {
                    (404, String::new())
                };
            let text = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/rdap+json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(text.as_bytes()).await;
        }
    });
    (base, paths)
}

fn registrar_record(name: &str) -> String {
    serde_json::json!({
        "objectClassName": "domain",
        "entities": [{
            "roles": ["registrar"],
            "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", name]]],
            "entities": [{
                "roles": ["abuse"],
                "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["email", {}, "text", "abuse@registrar.example"]]]
            }]
        }]
    })
    .to_string()
}

#[test]
fn the_shipped_files_know_who_answers_for_be_nl_fr_and_eu() {
    let boot = Bootstrap::shipped();
    // DNS Belgium and EURid have no RDAP server: their WHOIS is used.
    assert_eq!(
        boot.domain_registry("leaks.be"),
        Some(DomainRegistry::Whois("whois.dns.be"))
    );
    assert_eq!(
        boot.domain_registry("www.leaks.eu"),
        Some(DomainRegistry::Whois("whois.eu"))
    );
    assert_eq!(
        boot.domain_registry("leaks.nl"),
        Some(DomainRegistry::Rdap("https://rdap.sidn.nl/"))
    );
    assert_eq!(
        boot.domain_registry("leaks.fr"),
        Some(DomainRegistry::Rdap("https://rdap.nic.fr/"))
    );
    assert_eq!(
        boot.domain_registry("LEAKS.DE."),
        Some(DomainRegistry::Whois("whois.denic.de"))
    );
    assert_eq!(boot.domain_registry("leaks.invalid-tld"), None);
    // The complete IANA file: hundreds of top-level domains, not a subset.
    let dns: serde_json::Value = serde_json::from_str(SHIPPED_DNS).unwrap();
    assert!(dns["services"].as_array().unwrap().len() > 500);
    assert_eq!(boot.publication[0], "2026-07-23T02:00:03Z");
}

#[tokio::test]
async fn a_be_and_an_eu_domain_are_looked_up_over_whois_on_loopback() {
    let (port, asked) = whois_server(|q| match q {
        "leaks.be" => "Domain:\tleaks.be\nStatus:\tNOT AVAILABLE\n\nRegistrar:\n\tName:\t Hoster NV\n\tWebsite: https://hoster.example\n".into(),
        "leaks.eu" => "Domain: leaks.eu\n\nRegistrar:\n        Name: EU Registrar Ltd\n        Website: eu-registrar.example\n".into(),
        _ => "Domain:\tfree.be\nStatus:\tAVAILABLE\n".into(),
    })
    .await;
    let resolver = StaticResolver::new()
        .with("whois.dns.be", &[loopback()])
        .with("whois.eu", &[loopback()]);
    let net = net_with(config(), resolver);
    let mut boot = Bootstrap::shipped();
    boot.whois_port = port;

    let be = rdap::lookup_domain(&net, &boot, "www.leaks.be")
        .await
        .unwrap();
    assert_eq!(be.name.as_deref(), Some("Hoster NV"));
    assert_eq!(be.source, "whois://whois.dns.be/leaks.be");
    let eu = rdap::lookup_domain(&net, &boot, "leaks.eu").await.unwrap();
    assert_eq!(eu.name.as_deref(), Some("EU Registrar Ltd"));
    assert_eq!(
        *asked.lock().unwrap(),
        vec!["www.leaks.be", "leaks.be", "leaks.eu"],
        "the host first, then its domain; never the bare top-level domain"
    );
}

#[tokio::test]
async fn an_nl_and_an_fr_domain_are_looked_up_at_the_rdap_server_the_shipped_file_names() {
    let (base, paths) = rdap_server(registrar_record("Registrar B.V.")).await;
    // The shipped dns.json, with SIDN's and AFNIC's servers moved to loopback.
    let dns = SHIPPED_DNS
        .replace("https://rdap.sidn.nl/", &format!("{base}/sidn/"))
        .replace("https://rdap.nic.fr/", &format!("{base}/afnic/"));
    assert_ne!(dns, SHIPPED_DNS, "both servers are in the shipped file");
    let boot = Bootstrap::from_json(&dns, SHIPPED_V4, SHIPPED_V6).unwrap();
    let net = net_with(config(), StaticResolver::new());
    let nl = rdap::lookup_domain(&net, &boot, "www.leaks.nl")
        .await
        .unwrap();
    assert_eq!(nl.name.as_deref(), Some("Registrar B.V."));
    assert_eq!(nl.abuse_email.as_deref(), Some("abuse@registrar.example"));
    let fr = rdap::lookup_domain(&net, &boot, "leaks.fr").await.unwrap();
    assert_eq!(fr.name.as_deref(), Some("Registrar B.V."));
    assert_eq!(
        *paths.lock().unwrap(),
        vec![
            "/sidn/domain/www.leaks.nl",
            "/sidn/domain/leaks.nl",
            "/afnic/domain/leaks.fr"
        ]
    );
}

#[tokio::test]
async fn a_whois_server_inside_a_private_network_is_never_contacted() {
    let (port, asked) = whois_server(|_| "Registrar: Should Not Be Asked\n".into()).await;
    // The guard is on and loopback is NOT exempted: a rebinding attack's shape.
    let strict = NetConfig {
        guard: Guard {
            refuse_private: true,
            exempt: Vec::new(),
        },
        ..config()
    };
    let net = net_with(
        strict,
        StaticResolver::new().with("whois.dns.be", &[loopback()]),
    );
    let mut boot = Bootstrap::shipped();
    boot.whois_port = port;
    let err = rdap::lookup_domain(&net, &boot, "leaks.be")
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::AddressRefused, "{err:?}");
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(asked.lock().unwrap().is_empty(), "nothing was sent");

    // Nor is WHOIS asked around a proxy.
    let proxied = net_with(
        NetConfig {
            proxy: Some("socks5h://127.0.0.1:9".into()),
            ..config()
        },
        StaticResolver::new().with("whois.dns.be", &[loopback()]),
    );
    let err = rdap::lookup_domain(&proxied, &boot, "leaks.be")
        .await
        .unwrap_err();
    assert!(err.message.contains("proxy"), "{err:?}");
    assert!(asked.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_site_whose_name_servers_are_cloudflare_is_recognised_through_a_loopback_dns_server() {
    let (dns, questions) = dns_server(&["kate.ns.cloudflare.com", "rob.ns.cloudflare.com"]).await;
    let (base, _) = rdap_server(registrar_record("Registrar Inc.")).await;
    let v4 =
        serde_json::json!({"services": [[["185.0.0.0/8"], [format!("{base}/ripe/")]]]}).to_string();
    let dns_json =
        serde_json::json!({"services": [[["example"], [format!("{base}/reg/")]]]}).to_string();
    let mut boot = Bootstrap::from_json(&dns_json, &v4, SHIPPED_V6).unwrap();
    boot.dns_resolvers = Some(vec![dns]);
    // Its address is not in Cloudflare's ranges (an origin leak, or new ranges).
    let resolver = StaticResolver::new().with("leaks.example", &["185.199.1.1".parse().unwrap()]);
    let report = whois(
        &net_with(config(), resolver),
        &boot,
        "https://leaks.example/v/1",
    )
    .await;
    assert_eq!(
        report.name_servers,
        vec!["kate.ns.cloudflare.com", "rob.ns.cloudflare.com"]
    );
    assert_eq!(report.cdn.as_deref(), Some("cloudflare"));
    assert_eq!(
        report.cdn_report_url.as_deref(),
        Some("https://www.cloudflare.com/abuse/")
    );
    assert_eq!(
        questions.lock().unwrap().len(),
        1,
        "one question was enough"
    );

    // Without those name servers, the same site is not flagged.
    let (plain_dns, _) = dns_server(&["ns1.hoster.example"]).await;
    boot.dns_resolvers = Some(vec![plain_dns]);
    let resolver = StaticResolver::new().with("leaks.example", &["185.199.1.1".parse().unwrap()]);
    let report = whois(&net_with(config(), resolver), &boot, "leaks.example").await;
    assert_eq!(report.name_servers, vec!["ns1.hoster.example"]);
    assert_eq!(report.cdn, None);
}

#[tokio::test]
async fn every_address_of_a_host_is_looked_up() {
    let listener = TcpListener::bind((loopback(), 0)).await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let paths = Arc::new(Mutex::new(Vec::<String>::new()));
    let log = paths.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut buf = vec![0u8; 4096];
            let n = socket.read(&mut buf).await.unwrap_or(0);
            let head = String::from_utf8_lossy(&buf[..n]).to_string();
            let path = head.split(' ').nth(1).unwrap_or_default().to_owned();
            log.lock().unwrap().push(path.clone());
            let body = match path.as_str() {
                "/rir/ip/185.199.1.1" => {
                    serde_json::json!({"handle": "NET-A", "name": "HOSTER-A"}).to_string()
                }
                "/rir/ip/45.1.1.1" => {
                    serde_json::json!({"handle": "NET-B", "name": "CLOUDFLARENET"}).to_string()
                }
                _ => String::new(),
            };
            let status = if body.is_empty() { 404 } else { 200 };
            let text = format!(
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(text.as_bytes()).await;
        }
    });
    let v4 = serde_json::json!({"services": [[["185.0.0.0/8", "45.0.0.0/8"], [format!("{base}/rir/")]]]}).to_string();
    let mut boot = Bootstrap::from_json(
        r#"{"services":[[["zz"],["https://rdap.zz.test/"]]]}"#,
        &v4,
        SHIPPED_V6,
    )
    .unwrap();
    boot.dns_resolvers = Some(Vec::new());
    let resolver = StaticResolver::new().with(
        "mirror.example",
        &["185.199.1.1".parse().unwrap(), "45.1.1.1".parse().unwrap()],
    );
    let report = whois(&net_with(config(), resolver), &boot, "mirror.example").await;
    let handles: Vec<_> = report
        .networks
        .iter()
        .map(|c| c.handle.clone().unwrap())
        .collect();
    assert_eq!(handles, vec!["NET-A", "NET-B"]);
    assert_eq!(report.hosting.unwrap().handle.as_deref(), Some("NET-A"));
    // The second address's network name gives Cloudflare away.
    assert_eq!(report.cdn.as_deref(), Some("cloudflare"));
    let mut asked = paths.lock().unwrap().clone();
    asked.sort();
    assert_eq!(asked, vec!["/rir/ip/185.199.1.1", "/rir/ip/45.1.1.1"]);
}
