//! "Find who hosts this site" on a real vault (SQLCipher, in a temporary
//! folder) against a real RDAP server on 127.0.0.1. Real DNS cannot be
//! reached here, so the site's name resolves through a `StaticResolver` to a
//! public-looking address that is only looked *up* in the loopback registry,
//! never contacted.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use secrecy::SecretString;
use time::OffsetDateTime;

use super::*;
use crate::app::requests;
use crate::net::{Bootstrap, Guard, Net, NetConfig, StaticResolver};
use crate::requests::RequestChannel;
use crate::vault::{CreateOptions, KdfStrength, NewCase, NewUrl, OpenCase, Vault, HOST_LOOKED_UP};
use crate::ErrorKind;

const SITE: &str = "https://unknown-site.example/p/1";
const SITE_IP: &str = "185.199.1.1";
const ABUSE: &str = "abuse@badhost.example";

fn open(dir: &std::path::Path) -> OpenCase {
    Vault::without_keyring(dir)
        .create_case(
            &NewCase {
                label: "test".into(),
                language: "en".into(),
                contact_name: Some("Alex Example".into()),
                contact_email: Some("alex@example.org".into()),
                country: Some("BE".into()),
                minor: false,
                situations: Vec::new(),
            },
            CreateOptions {
                passphrase: Some(SecretString::from("a long enough passphrase".to_owned())),
                use_keyring: false,
                kdf: KdfStrength::InsecureForTests,
            },
        )
        .unwrap()
}

fn add(case: &mut OpenCase, url: &str) -> i64 {
    let item = crate::urls::classify_one(url);
    case.add_url(&NewUrl::from_classified(&item).unwrap())
        .unwrap()
}

/// A registry on 127.0.0.1 that answers every `ip/…` question with the
/// network of "Bad Hosting Ltd" and every other with 404; records the paths.
fn registry() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}/", listener.local_addr().unwrap());
    let paths = Arc::new(Mutex::new(Vec::new()));
    let seen = paths.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap_or(0);
            let head = String::from_utf8_lossy(&buf[..n]).to_string();
            let path = head.split(' ').nth(1).unwrap_or_default().to_owned();
            seen.lock().unwrap().push(path.clone());
            let (status, body) = if path.contains("/ip/") {
                ("200 OK", network_record())
            } else {
                ("404 Not Found", String::new())
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\ncontent-type: application/rdap+json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (base, paths)
}

fn network_record() -> String {
    serde_json::json!({
        "objectClassName": "ip network",
        "handle": "NET-185-199-0-0-1",
        "entities": [{
            "roles": ["registrant"],
            "vcardArray": ["vcard", [["fn", {}, "text", "Bad Hosting Ltd"]]],
            "entities": [{
                "roles": ["abuse"],
                "vcardArray": ["vcard", [["email", {}, "text", ABUSE]]]
            }]
        }]
    })
    .to_string()
}

fn bootstrap(base: &str) -> Bootstrap {
    let list = |entry: &str| serde_json::json!({"services": [[[entry], [base]]]}).to_string();
    let mut boot = Bootstrap::from_json(
        &list("example"),
        &list("185.0.0.0/8"),
        &list("2001:db8::/32"),
    )
    .unwrap();
    boot.dns_resolvers = Some(Vec::new());
    boot
}

fn net(exempt_loopback: bool) -> Net {
    let config = NetConfig {
        connect_timeout: Duration::from_secs(2),
        total_timeout: Duration::from_secs(5),
        guard: Guard {
            refuse_private: true,
            exempt: if exempt_loopback {
                vec!["127.0.0.1".parse().unwrap()]
            } else {
                Vec::new()
            },
        },
        ..NetConfig::default()
    };
    let resolver = StaticResolver::new().with("unknown-site.example", &[SITE_IP.parse().unwrap()]);
    Net::with_resolver(config, Arc::new(resolver)).unwrap()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn unknown_site_request(case: &mut OpenCase) -> crate::requests::Request {
    requests::requests(case, OffsetDateTime::now_utc())
        .unwrap()
        .requests
        .into_iter()
        .map(|p| p.request)
        .find(|r| r.platform == "unknown" && r.platform_name == "unknown-site.example")
        .expect("a request to the unknown site")
}

#[test]
fn a_lookup_is_kept_and_the_unknown_sites_request_goes_to_the_hosts_abuse_address() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path());
    let url_id = add(&mut case, SITE);
    let before = unknown_site_request(&mut case);
    assert!(
        matches!(before.channel, RequestChannel::FindContact { .. }),
        "{:?}",
        before.channel
    );
    let view = requests::requests(&mut case, OffsetDateTime::now_utc()).unwrap();
    assert_eq!(view.unknown_sites.len(), 1);
    assert_eq!(view.unknown_sites[0].url_id, url_id);
    assert_eq!(view.unknown_sites[0].lookup, None);

    let (base, paths) = registry();
    let kept = runtime()
        .block_on(look_up_host(
            &mut case,
            &net(true),
            &bootstrap(&base),
            url_id,
        ))
        .unwrap();
    assert_eq!(kept.lookup.host, "unknown-site.example");
    let hosting = kept.lookup.hosting.clone().unwrap();
    assert_eq!(hosting.abuse_email.as_deref(), Some(ABUSE));
    assert_eq!(hosting.name.as_deref(), Some("Bad Hosting Ltd"));
    assert_eq!(hosting.source, format!("{base}ip/{SITE_IP}"));
    assert!(
        paths.lock().unwrap().contains(&format!("/ip/{SITE_IP}")),
        "the registry was asked: {:?}",
        paths.lock().unwrap()
    );

    // The request is now an e-mail to the host's abuse address.
    let after = unknown_site_request(&mut case);
    match &after.channel {
        RequestChannel::Email { address, .. } => assert_eq!(address, ABUSE),
        other => panic!("not an e-mail to the host: {other:?}"),
    }
    // The screen's card shows what was found; the case and its custody log keep it.
    let view = requests::requests(&mut case, OffsetDateTime::now_utc()).unwrap();
    assert_eq!(view.unknown_sites[0].lookup.as_ref(), Some(&kept));
    let entry = case
        .custody_log()
        .unwrap()
        .into_iter()
        .find(|e| e.action == HOST_LOOKED_UP)
        .expect("a custody entry");
    assert_eq!(entry.subject, format!("url:{url_id}"));
    let details: serde_json::Value = serde_json::from_str(&entry.details).unwrap();
    assert_eq!(details["host"], "unknown-site.example");
    let servers = details["servers"].as_array().unwrap();
    assert!(servers.iter().any(|s| s == &base), "{servers:?}");

    // Kept in the encrypted case: still there after it is locked and opened again.
    let code = case.code().to_owned();
    case.lock();
    let (case, _) = Vault::without_keyring(dir.path())
        .open_case(
            &code,
            crate::vault::Unlock::Passphrase(SecretString::from(
                "a long enough passphrase".to_owned(),
            )),
        )
        .unwrap();
    assert_eq!(case.host_lookups().unwrap(), vec![kept]);
}

#[test]
fn a_lookup_the_guard_refuses_keeps_nothing_and_says_what_to_do_instead() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path());
    let url_id = add(&mut case, SITE);
    let custody_before = case.custody_log().unwrap().len();
    let (base, paths) = registry();
    // The app's own guard: the registry on loopback is refused.
    let err = runtime()
        .block_on(look_up_host(
            &mut case,
            &net(false),
            &bootstrap(&base),
            url_id,
        ))
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::HostNotFound, "{err:?}");
    assert!(
        err.message.contains("write to the site itself"),
        "{}",
        err.message
    );
    assert!(
        paths.lock().unwrap().is_empty(),
        "nothing reached the registry"
    );
    assert!(case.host_lookups().unwrap().is_empty());
    assert_eq!(case.custody_log().unwrap().len(), custody_before);
    let request = unknown_site_request(&mut case);
    assert!(matches!(
        request.channel,
        RequestChannel::FindContact { .. }
    ));
}

#[test]
fn a_link_whose_site_points_into_a_private_network_is_refused_before_any_registry() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path());
    let url_id = add(&mut case, "http://127.0.0.1:8080/p/1");
    let (base, paths) = registry();
    let err = runtime()
        .block_on(look_up_host(
            &mut case,
            &net(true),
            &bootstrap(&base),
            url_id,
        ))
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::AddressRefused, "{err:?}");
    assert!(paths.lock().unwrap().is_empty());
    assert!(case.host_lookups().unwrap().is_empty());
}

#[test]
fn the_latest_lookup_of_a_site_is_the_one_its_requests_use() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path());
    let url_id = add(&mut case, SITE);
    let contact = |email: &str| crate::model::Contact {
        name: Some("Host".into()),
        abuse_email: Some(email.into()),
        handle: None,
        source: "https://rdap.example/ip/1".into(),
    };
    for email in ["old@host.example", "new@host.example"] {
        case.add_host_lookup(&crate::vault::NewHostLookup {
            url_id: Some(url_id),
            host: "unknown-site.example".into(),
            hosting: Some(contact(email)),
            registrar: None,
            cdn: None,
            servers: vec!["https://rdap.example/".into()],
        })
        .unwrap();
    }
    let inputs = whois_inputs(&case.host_lookups().unwrap());
    assert_eq!(inputs.len(), 1);
    assert_eq!(
        inputs[0].hosting.as_ref().unwrap().abuse_email.as_deref(),
        Some("new@host.example")
    );
    match unknown_site_request(&mut case).channel {
        RequestChannel::Email { address, .. } => assert_eq!(address, "new@host.example"),
        other => panic!("{other:?}"),
    }
}
