//! Over 600 lines on purpose: the tests share the loopback servers and resolver set-up defined at the top; a split would repeat it.
//!
//! Network code against real HTTP servers on loopback (127.0.0.1 / 127.0.0.2).
//! Real DNS cannot be reached on the build machines, so host names are
//! resolved with a `StaticResolver` table instead; no test ever sends traffic
//! to a non-loopback address (the public-looking addresses in the tables are
//! only looked *up* in the loopback RDAP server, never contacted).

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::Method;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use super::client::Body;
use super::rdap::{self, Bootstrap};
use super::*;
use crate::ErrorKind;

#[derive(Debug, Clone)]
pub(super) struct Recorded {
    pub(super) method: String,
    pub(super) path: String,
    /// Header lines, lower-cased.
    pub(super) headers: Vec<String>,
}

pub(super) enum Reply {
    Json(u16, String),
    Status(u16),
    Redirect(u16, String),
    /// Accepts and never answers.
    Hang,
    /// A status with extra header lines.
    WithHeaders(u16, &'static str),
    /// A body of this many bytes, without Content-Length (ends at close).
    Endless(usize),
}

pub(super) struct TestServer {
    pub(super) addr: SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

impl TestServer {
    pub(super) fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
    pub(super) fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }
}

pub(super) async fn serve<F>(ip: &str, route: F) -> TestServer
where
    F: Fn(&str, &str) -> Reply + Send + Sync + 'static,
{
    let listener = TcpListener::bind((ip.parse::<IpAddr>().unwrap(), 0))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    assert!(
        addr.ip().is_loopback(),
        "test servers live on loopback only"
    );
    let requests = Arc::new(Mutex::new(Vec::new()));
    let log = requests.clone();
    let route = Arc::new(route);
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let log = log.clone();
            let route = route.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 65_536 {
                    match socket.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let head = String::from_utf8_lossy(&buf).to_string();
                let mut lines = head.split("\r\n");
                let first = lines.next().unwrap_or_default();
                let mut parts = first.split(' ');
                let method = parts.next().unwrap_or_default().to_owned();
                let path = parts.next().unwrap_or_default().to_owned();
                let headers = lines
                    .take_while(|l| !l.is_empty())
                    .map(str::to_ascii_lowercase)
                    .collect();
                log.lock().unwrap().push(Recorded {
                    method: method.clone(),
                    path: path.clone(),
                    headers,
                });
                let reply = route(&method, &path);
                let head_only = method == "HEAD";
                let write = |status: u16, extra: String, body: String| {
                    let mut out = format!("HTTP/1.1 {status} X\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n", body.len());
                    if !head_only {
                        out.push_str(&body);
                    }
                    out
                };
                let text = match reply {
                    Reply::Json(status, body) => write(
                        status,
                        "Content-Type: application/rdap+json\r\n".into(),
                        body,
                    ),
                    Reply::Status(status) => write(status, String::new(), String::new()),
                    Reply::WithHeaders(status, extra) => {
                        write(status, extra.to_owned(), String::new())
                    }
                    Reply::Redirect(status, to) => {
                        write(status, format!("Location: {to}\r\n"), String::new())
                    }
                    Reply::Hang => {
                        tokio::time::sleep(Duration::from_secs(30)).await;
                        return;
                    }
                    Reply::Endless(size) => {
                        let _ = socket.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n").await;
                        let block = vec![b' '; 64 * 1024];
                        let mut sent = 0;
                        while sent < size {
                            if socket.write_all(&block).await.is_err() {
                                return;
                            }
                            sent += block.len();
                        }
                        return;
                    }
                };
                let _ = socket.write_all(text.as_bytes()).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    TestServer { addr, requests }
}

pub(super) fn loopback() -> IpAddr {
    "127.0.0.1".parse().unwrap()
}

/// Guard on, with the test servers' loopback addresses exempted.
pub(super) fn config(exempt: &[&str]) -> NetConfig {
    NetConfig {
        connect_timeout: Duration::from_secs(2),
        total_timeout: Duration::from_secs(5),
        guard: Guard {
            refuse_private: true,
            exempt: exempt.iter().map(|s| s.parse().unwrap()).collect(),
        },
        ..NetConfig::default()
    }
}

pub(super) fn net(config: NetConfig, resolver: StaticResolver) -> Net {
    Net::with_resolver(config, Arc::new(resolver)).unwrap()
}

pub(super) fn bootstrap_for(
    server: &TestServer,
    dns: &[(&str, &str)],
    v4: &[(&str, &str)],
) -> Bootstrap {
    let svc = |entries: &[(&str, &str)]| {
        entries
            .iter()
            .map(|(k, path)| serde_json::json!([[k], [server.url(path)]]))
            .collect::<Vec<_>>()
    };
    let dns = serde_json::json!({"services": svc(dns)}).to_string();
    let v4 = serde_json::json!({"services": svc(v4)}).to_string();
    let v6 =
        serde_json::json!({"services": [[["2001:db8::/32"], [server.url("/v6/")]]]}).to_string();
    let mut boot = Bootstrap::from_json(&dns, &v4, &v6).unwrap();
    // No DNS server exists here: the name servers are not asked.
    boot.dns_resolvers = Some(Vec::new());
    boot
}

pub(super) fn network_record(name: &str, org: &str, abuse: &str) -> String {
    serde_json::json!({
        "objectClassName": "ip network",
        "handle": "NET-185-199-0-0-1",
        "name": name,
        "entities": [{
            "objectClassName": "entity",
            "roles": ["registrant"],
            "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", org]]],
            "entities": [{
                "objectClassName": "entity",
                "roles": ["abuse"],
                "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Abuse desk"], ["email", {}, "text", abuse]]]
            }]
        }]
    })
    .to_string()
}

fn domain_record() -> String {
    serde_json::json!({
        "objectClassName": "domain",
        "ldhName": "EXAMPLE.COM",
        "entities": [{
            "objectClassName": "entity",
            "roles": ["registrar"],
            "publicIds": [{"type": "IANA Registrar ID", "identifier": "9999"}],
            "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Example Registrar, Inc."]]],
            "entities": [{
                "objectClassName": "entity",
                "roles": ["abuse"],
                "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["email", {}, "text", "abuse@registrar.example"]]]
            }]
        }]
    })
    .to_string()
}

#[tokio::test]
async fn whois_finds_the_hosting_provider_the_registrar_and_their_abuse_contacts() {
    let server = serve("127.0.0.1", |_, path| match path {
        "/ripe/ip/185.199.1.1" => Reply::Json(
            200,
            network_record("BADHOST-NET", "Bad Hosting Ltd", "abuse@badhost.example"),
        ),
        "/verisign/domain/example.com" => Reply::Json(200, domain_record()),
        _ => Reply::Status(404),
    })
    .await;
    let boot = bootstrap_for(
        &server,
        &[("com", "/verisign/")],
        &[("185.0.0.0/8", "/ripe/")],
    );
    let resolver =
        StaticResolver::new().with("leaks.example.com", &["185.199.1.1".parse().unwrap()]);
    let net = net(config(&["127.0.0.1"]), resolver);

    let report = whois(
        &net,
        &boot,
        "https://leaks.example.com/gallery/42?utm_source=x",
    )
    .await;
    assert!(report.error.is_none(), "{:?}", report.error);
    assert_eq!(report.host, "leaks.example.com");
    assert_eq!(report.ips, vec!["185.199.1.1"]);
    let hosting = report.hosting.clone().unwrap();
    assert_eq!(hosting.name.as_deref(), Some("Bad Hosting Ltd"));
    assert_eq!(
        hosting.abuse_email.as_deref(),
        Some("abuse@badhost.example")
    );
    assert_eq!(hosting.handle.as_deref(), Some("NET-185-199-0-0-1"));
    assert_eq!(hosting.source, server.url("/ripe/ip/185.199.1.1"));
    let registrar = report.registrar.clone().unwrap();
    assert_eq!(registrar.name.as_deref(), Some("Example Registrar, Inc."));
    assert_eq!(
        registrar.abuse_email.as_deref(),
        Some("abuse@registrar.example")
    );
    assert_eq!(registrar.handle.as_deref(), Some("9999"));
    assert_eq!(report.cdn, None);
    assert!(report.notes.is_empty(), "{:?}", report.notes);

    let mut paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
    paths.sort();
    assert_eq!(
        paths,
        vec![
            "/ripe/ip/185.199.1.1",
            "/verisign/domain/example.com",
            "/verisign/domain/leaks.example.com"
        ],
        "only the registries are asked, the subdomain first, never a bare TLD"
    );
    for request in server.requests() {
        assert!(
            !request.headers.iter().any(|h| h.starts_with("cookie:")),
            "no cookies"
        );
        let ua = request
            .headers
            .iter()
            .find(|h| h.starts_with("user-agent:"))
            .unwrap();
        assert!(!ua.contains("reclaim"), "a generic user agent: {ua}");
    }
}

#[tokio::test]
async fn whois_points_to_cloudflare_when_the_site_is_behind_it() {
    let server = serve("127.0.0.1", |_, path| match path {
        "/arin/ip/104.16.1.1" => Reply::Json(
            200,
            network_record("CLOUDFLARENET", "Cloudflare, Inc.", "abuse@cloudflare.com"),
        ),
        _ => Reply::Status(404),
    })
    .await;
    let boot = bootstrap_for(
        &server,
        &[("net", "/verisign/")],
        &[("104.0.0.0/8", "/arin/")],
    );
    let resolver = StaticResolver::new().with("tube.example.net", &["104.16.1.1".parse().unwrap()]);
    let report = whois(
        &net(config(&["127.0.0.1"]), resolver),
        &boot,
        "tube.example.net",
    )
    .await;
    assert_eq!(report.cdn.as_deref(), Some("cloudflare"));
    assert_eq!(
        report.cdn_report_url.as_deref(),
        Some("https://www.cloudflare.com/abuse/")
    );
    assert_eq!(
        report.hosting.unwrap().name.as_deref(),
        Some("Cloudflare, Inc.")
    );
    assert!(report.registrar.is_none());
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("registrar not found")),
        "{:?}",
        report.notes
    );
}

#[tokio::test]
async fn whois_of_a_known_platform_says_so_and_a_bad_input_fails_alone() {
    let server = serve("127.0.0.1", |_, _| Reply::Status(404)).await;
    let boot = bootstrap_for(&server, &[("com", "/v/")], &[("31.0.0.0/8", "/r/")]);
    let resolver = StaticResolver::new().with("www.facebook.com", &["31.13.1.1".parse().unwrap()]);
    let net = net(config(&["127.0.0.1"]), resolver);
    let report = whois(&net, &boot, "https://www.facebook.com/photo.php?fbid=1").await;
    assert_eq!(report.platform.as_deref(), Some("facebook"));

    let bad = whois(&net, &boot, "javascript:alert(1)").await;
    assert_eq!(bad.error.unwrap().kind, ErrorKind::InvalidInput);
    let unknown = whois(&net, &boot, "https://nowhere.example.org/").await;
    assert_eq!(unknown.error.unwrap().kind, ErrorKind::Network);
}

#[tokio::test]
async fn a_registry_referral_redirect_is_followed_and_the_final_source_kept() {
    let server = serve("127.0.0.1", |_, path| match path {
        "/arin/ip/185.199.1.1" => Reply::Redirect(301, "/ripe/ip/185.199.1.1".into()),
        "/ripe/ip/185.199.1.1" => {
            Reply::Json(200, network_record("N", "Host B.V.", "abuse@hostb.example"))
        }
        _ => Reply::Status(404),
    })
    .await;
    let boot = bootstrap_for(&server, &[("com", "/v/")], &[("185.0.0.0/8", "/arin/")]);
    let net = net(config(&["127.0.0.1"]), StaticResolver::new());
    let contact = rdap::lookup_ip(&net, &boot, "185.199.1.1".parse().unwrap())
        .await
        .unwrap();
    assert_eq!(contact.abuse_email.as_deref(), Some("abuse@hostb.example"));
    assert_eq!(contact.source, server.url("/ripe/ip/185.199.1.1"));
}

#[tokio::test]
async fn redirects_stop_at_the_limit() {
    let server = serve("127.0.0.1", |_, path| {
        let n: u32 = path.trim_start_matches("/loop/").parse().unwrap_or(0);
        Reply::Redirect(302, format!("/loop/{}", n + 1))
    })
    .await;
    let net = net(
        NetConfig {
            max_redirects: 3,
            ..config(&["127.0.0.1"])
        },
        StaticResolver::new(),
    );
    let err = net
        .fetch(Method::GET, &server.url("/loop/0"), &[], Body::Skip)
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::AddressRefused);
    assert!(
        err.message.contains("more than 3 redirects"),
        "{}",
        err.message
    );
    assert_eq!(
        server.requests().len(),
        4,
        "the first request and three redirects"
    );
}

#[tokio::test]
async fn a_redirect_to_loopback_is_refused_when_the_guard_is_on() {
    // The "site" on 127.0.0.2 stands in for a public host (exempted); its
    // redirect to 127.0.0.1 — by IP literal, or by a name resolving there —
    // must never reach the server on 127.0.0.1.
    let inside = serve("127.0.0.1", |_, _| Reply::Status(200)).await;
    let inside_port = inside.addr.port();
    let site = serve("127.0.0.2", move |_, path| match path {
        "/by-ip" => Reply::Redirect(302, format!("http://127.0.0.1:{inside_port}/admin")),
        "/by-name" => Reply::Redirect(302, format!("http://router.test:{inside_port}/admin")),
        _ => Reply::Status(404),
    })
    .await;
    let resolver = StaticResolver::new()
        .with("site.test", &["127.0.0.2".parse().unwrap()])
        .with("router.test", &[loopback()]);
    let net = net(config(&["127.0.0.2"]), resolver.clone());

    for path in ["/by-ip", "/by-name"] {
        let result = check_url(
            &net,
            &format!("http://site.test:{}{path}", site.addr.port()),
        )
        .await;
        let err = result
            .error
            .clone()
            .unwrap_or_else(|| panic!("{path}: {result:?}"));
        assert_eq!(
            err.kind,
            ErrorKind::AddressRefused,
            "{path}: {}",
            err.message
        );
    }
    assert!(inside.requests().is_empty(), "nothing reached 127.0.0.1");

    // With the guard off (a developer setting) the same redirect is followed.
    let open = super::Net::with_resolver(
        NetConfig {
            guard: Guard::default(),
            ..config(&[])
        },
        Arc::new(resolver),
    )
    .unwrap();
    let result = check_url(
        &open,
        &format!("http://site.test:{}/by-ip", site.addr.port()),
    )
    .await;
    assert_eq!(result.status, Some(200), "{result:?}");
    assert_eq!(result.redirects.len(), 1);
    assert_eq!(inside.requests().len(), 1);
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    let server = serve("127.0.0.1", |_, _| Reply::Hang).await;
    let net = net(
        NetConfig {
            total_timeout: Duration::from_millis(400),
            ..config(&["127.0.0.1"])
        },
        StaticResolver::new(),
    );
    let boot = bootstrap_for(&server, &[("com", "/v/")], &[("185.0.0.0/8", "/r/")]);
    let err = rdap::lookup_ip(&net, &boot, "185.199.1.1".parse().unwrap())
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Timeout, "{}", err.message);
}

#[tokio::test]
async fn a_huge_answer_is_not_read_past_the_cap() {
    let server = serve("127.0.0.1", |_, _| Reply::Endless(16 * 1024 * 1024)).await;
    let net = net(
        NetConfig {
            max_body: 256 * 1024,
            ..config(&["127.0.0.1"])
        },
        StaticResolver::new(),
    );
    let boot = bootstrap_for(&server, &[("com", "/v/")], &[("185.0.0.0/8", "/r/")]);
    let err = rdap::lookup_ip(&net, &boot, "185.199.1.1".parse().unwrap())
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::TooLarge, "{}", err.message);
}

#[tokio::test]
async fn liveness_uses_head_then_a_one_byte_range_and_never_the_body() {
    let server = serve("127.0.0.1", |method, path| match (method, path) {
        ("HEAD", "/gone") => Reply::Status(404),
        ("HEAD", "/moved") => Reply::Redirect(301, "/photo".into()),
        ("HEAD", "/photo") => Reply::Status(405),
        ("GET", "/photo") => Reply::Json(206, "x".into()),
        _ => Reply::Status(500),
    })
    .await;
    let net = net(
        config(&["127.0.0.1"]),
        StaticResolver::new().with("img.test", &[loopback()]),
    );
    let base = format!("http://img.test:{}", server.addr.port());

    let live = check_url(&net, &format!("{base}/moved")).await;
    assert_eq!(live.status, Some(206));
    assert_eq!(live.online, Some(true));
    assert_eq!(
        live.final_url.as_deref(),
        Some(format!("{base}/photo").as_str())
    );
    assert_eq!(live.redirects.len(), 1);
    assert_eq!(live.redirects[0].status, 301);
    assert!(
        live.checked_at.ends_with('Z') && live.checked_at.len() == 20,
        "{}",
        live.checked_at
    );
    let get = server
        .requests()
        .into_iter()
        .find(|r| r.method == "GET")
        .unwrap();
    assert!(
        get.headers.contains(&"range: bytes=0-0".to_owned()),
        "{:?}",
        get.headers
    );

    let gone = check_url(&net, &format!("{base}/gone")).await;
    assert_eq!((gone.status, gone.online), (Some(404), Some(false)));
    let odd = check_url(&net, &format!("{base}/error")).await;
    assert_eq!(odd.online, None, "a 500 says nothing about the content");
    assert_eq!(live.cdn, None);
}

#[tokio::test]
async fn liveness_notices_cloudflare_from_its_headers() {
    let server = serve("127.0.0.1", |_, path| match path {
        "/cf" => Reply::WithHeaders(200, "Server: cloudflare\r\nCF-RAY: 8a1b2c3d4e5f-BRU\r\n"),
        _ => Reply::WithHeaders(200, "Server: nginx\r\n"),
    })
    .await;
    let net = net(config(&["127.0.0.1"]), StaticResolver::new());
    assert_eq!(
        check_url(&net, &server.url("/cf")).await.cdn.as_deref(),
        Some("cloudflare")
    );
    assert_eq!(check_url(&net, &server.url("/plain")).await.cdn, None);
}

#[tokio::test]
async fn with_a_socks_proxy_nothing_goes_to_the_site_directly() {
    let site = serve("127.0.0.1", |_, _| Reply::Status(200)).await;
    // A port with nothing listening stands in for a stopped Tor.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let proxy = format!("socks5h://{}", closed.local_addr().unwrap());
    drop(closed);
    let net = net(
        NetConfig {
            proxy: Some(proxy),
            ..config(&["127.0.0.1"])
        },
        StaticResolver::new(),
    );
    let result = check_url(&net, &site.url("/")).await;
    assert!(result.error.is_some(), "{result:?}");
    assert!(
        site.requests().is_empty(),
        "the request went to the proxy, not the site"
    );
    // And no local DNS look-up is made for whois through a proxy.
    let err = net.resolve("example.com").await.unwrap_err();
    assert!(err.message.contains("proxy"));
}

#[tokio::test]
async fn the_bootstrap_is_refreshed_from_the_registry_and_preferred_afterwards() {
    let good_dns = r#"{"publication":"2026-11-01T00:00:00Z","services":[[["be"],["https://rdap.example-be.test/"]],[["com","net"],["https://rdap.verisign.com/com/v1/"]]]}"#;
    let v4 = r#"{"services":[[["8.0.0.0/8"],["https://rdap.arin.net/registry/"]]]}"#;
    let v6 = r#"{"services":[[["2600::/12"],["https://rdap.arin.net/registry/"]]]}"#;
    let server = serve("127.0.0.1", move |_, path| match path {
        "/rdap/dns.json" => Reply::Json(200, good_dns.into()),
        "/rdap/ipv4.json" => Reply::Json(200, v4.into()),
        "/rdap/ipv6.json" => Reply::Json(200, v6.into()),
        "/broken/dns.json" => Reply::Json(200, "{not json".into()),
        "/broken/ipv4.json" | "/broken/ipv6.json" => Reply::Json(200, v4.into()),
        _ => Reply::Status(404),
    })
    .await;
    let dir = std::env::temp_dir().join(format!("reclaim-rdap-{}", std::process::id()));
    let net = net(config(&["127.0.0.1"]), StaticResolver::new());

    assert_eq!(
        Bootstrap::load(Some(&dir)).domain_server("site.be"),
        None,
        "the shipped copy has no .be"
    );
    let fresh = rdap::refresh_bootstrap(&net, &server.url("/rdap/"), &dir)
        .await
        .unwrap();
    assert_eq!(
        fresh.domain_server("site.be"),
        Some("https://rdap.example-be.test/")
    );
    let loaded = Bootstrap::load(Some(&dir));
    assert_eq!(
        loaded.domain_server("www.site.be"),
        Some("https://rdap.example-be.test/")
    );
    assert_eq!(loaded.publication[0], "2026-11-01T00:00:00Z");

    let err = rdap::refresh_bootstrap(&net, &server.url("/broken/"), &dir)
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Corrupt);
    assert_eq!(
        Bootstrap::load(Some(&dir)).domain_server("site.be"),
        Some("https://rdap.example-be.test/"),
        "a bad download leaves the good copy in place"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_shipped_bootstrap_knows_the_registries() {
    let boot = Bootstrap::shipped();
    let ip = |s: &str| boot.ip_server(s.parse().unwrap());
    assert_eq!(ip("8.8.8.8"), Some("https://rdap.arin.net/registry/"));
    assert_eq!(ip("193.0.6.139"), Some("https://rdap.db.ripe.net/"));
    assert_eq!(
        ip("81.246.1.1"),
        Some("https://rdap.db.ripe.net/"),
        "a Belgian ISP range"
    );
    assert_eq!(ip("1.1.1.1"), Some("https://rdap.apnic.net/"));
    assert_eq!(ip("200.1.1.1"), Some("https://rdap.lacnic.net/rdap/"));
    assert_eq!(ip("41.1.1.1"), Some("https://rdap.afrinic.net/rdap/"));
    assert_eq!(ip("2a00:1450:4001::1"), Some("https://rdap.db.ripe.net/"));
    assert_eq!(ip("2600:1f18::1"), Some("https://rdap.arin.net/registry/"));
    assert_eq!(
        ip("10.0.0.1"),
        Some(rdap::FALLBACK_IP_SERVER),
        "unlisted space falls back to a RIR"
    );
    assert_eq!(
        boot.domain_server("www.example.com"),
        Some("https://rdap.verisign.com/com/v1/")
    );
    assert_eq!(
        boot.domain_server("EXAMPLE.ORG."),
        Some("https://rdap.publicinterestregistry.org/rdap/")
    );
    assert_eq!(boot.domain_server("notcom"), None);
}
