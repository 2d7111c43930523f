//! "Find who hosts this site" in the real app: a case created through the
//! screens, a link on a site Reclaim does not know, its card on the Requests
//! screen, the warning of what leaves the computer, then the lookup against
//! a real RDAP registry on loopback: the host's abuse address is shown and
//! the request is addressed to it. The screen passes axe.
//!
//! The app's network guard refuses loopback and its registry list names the
//! real registries, so this needs the app built with the cargo feature
//! `e2e-hooks` (scripts/test.sh): `RECLAIM_E2E_RDAP_DIR` then names the
//! registry lists written here (pointing to the loopback registry, which the
//! guard then lets through), and `RECLAIM_E2E_HOSTS` gives the test site's
//! address (no DNS is asked; the address is only looked *up* in the loopback
//! registry, never contacted).

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use e2e::{
    assert_accessible, click_css, close_app, create_case_through_screens, go_to_step, open_app,
    screenshot, test_data_dir, text_of, type_into, wait_for, Driver,
};

const SITE: &str = "https://unknown-site.example/p/1";
const SITE_IP: &str = "185.199.1.1";
const ABUSE: &str = "abuse@bad-hosting.example";

/// An RDAP registry on 127.0.0.1: the network of `SITE_IP` ("Bad Hosting
/// Ltd" and its abuse address) for `ip/…`, 404 for everything else. Returns
/// its base URL and every path asked.
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
            let (status, body) = if path == format!("/ip/{SITE_IP}") {
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
            "objectClassName": "entity",
            "roles": ["registrant"],
            "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Bad Hosting Ltd"]]],
            "entities": [{
                "objectClassName": "entity",
                "roles": ["abuse"],
                "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["email", {}, "text", ABUSE]]]
            }]
        }]
    })
    .to_string()
}

/// IANA's three registry lists, naming only the loopback registry.
fn registry_lists(dir: &std::path::Path, base: &str) {
    std::fs::create_dir_all(dir).unwrap();
    for (name, entry) in [
        ("dns.json", "example"),
        ("ipv4.json", "185.0.0.0/8"),
        ("ipv6.json", "2001:db8::/32"),
    ] {
        let list = serde_json::json!({"services": [[[entry], [base]]]});
        std::fs::write(dir.join(name), list.to_string()).unwrap();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_host_of_an_unknown_site_is_found_on_request_and_the_request_goes_to_it() {
    let data_dir = test_data_dir("host-lookup");
    let (base, paths) = registry();
    let lists = data_dir.with_extension("rdap");
    registry_lists(&lists, &base);
    let driver = Driver::start_with_env(
        &data_dir,
        &[
            ("RECLAIM_E2E_RDAP_DIR", lists.to_string_lossy().into_owned()),
            (
                "RECLAIM_E2E_HOSTS",
                format!("unknown-site.example={SITE_IP}"),
            ),
        ],
    );
    let client = open_app(&driver).await;
    create_case_through_screens(&client, "host lookup walk", "a calm and long passphrase").await;

    // One link, on a site Reclaim does not know.
    e2e::click(&client, "case-continue").await;
    wait_for(
        &client,
        "document.querySelector('#links-text')",
        "the links screen",
    )
    .await;
    type_into(&client, "links-text", SITE).await;
    e2e::click(&client, "links-check").await;
    wait_for(
        &client,
        "document.querySelector('#links-save')",
        "the checked link",
    )
    .await;
    e2e::click(&client, "links-save").await;
    wait_for(
        &client,
        "document.querySelectorAll('#links-saved li').length === 1",
        "the kept link",
    )
    .await;

    go_to_step(&client, "requests").await;
    wait_for(
        &client,
        "document.querySelector('#requests-missing')",
        "the missing details",
    )
    .await;
    type_into(&client, "requests-name", "Alex Example").await;
    type_into(&client, "requests-email", "alex@example.org").await;
    e2e::click(&client, "requests-save-contact").await;

    // The site's card is open first (it carries the link), with the button.
    let start = ".request-card[data-platform='unknown'] .host-lookup button[id$='-start']";
    wait_for(
        &client,
        &format!("document.querySelector(\"{start}\")"),
        "the unknown site's card with its lookup button",
    )
    .await;
    let label = text_of(&client, start).await;
    assert_eq!(label, "Find who hosts this site");
    assert!(
        paths.lock().unwrap().is_empty(),
        "nothing is asked before she presses the button"
    );

    // What leaves the computer is said before anything is sent.
    click_css(&client, start).await;
    wait_for(
        &client,
        "document.querySelector('.host-lookup .warning-box')",
        "the warning",
    )
    .await;
    let warning = text_of(&client, ".host-lookup .warning-box p").await;
    assert!(warning.contains("unknown-site.example"), "{warning}");
    assert!(
        warning.contains("The site itself is not contacted"),
        "{warning}"
    );
    assert!(warning.contains("IP address"), "{warning}");
    assert!(
        paths.lock().unwrap().is_empty(),
        "nothing sent before she confirms"
    );
    assert_accessible(&client, "host lookup warning").await;

    click_css(&client, ".host-lookup button[id$='-confirm']").await;
    wait_for(
        &client,
        "document.querySelector('[data-abuse-email]')",
        "the host's abuse address",
    )
    .await;
    assert_eq!(text_of(&client, "[data-abuse-email]").await, ABUSE);
    assert_eq!(
        text_of(&client, "[data-host-name]").await,
        "Bad Hosting Ltd"
    );
    let found = text_of(&client, ".host-lookup").await;
    assert!(
        found.contains(&format!("{base}ip/{SITE_IP}")),
        "where it came from: {found}"
    );
    let sent_to = text_of(&client, "[data-sent-to]").await;
    assert!(sent_to.contains(ABUSE), "{sent_to}");

    // The request itself is now an e-mail to that address.
    let fields = text_of(&client, ".row-body > .request .request-fields").await;
    assert!(
        fields.contains(ABUSE),
        "the request is addressed to the host: {fields}"
    );

    assert!(
        paths.lock().unwrap().contains(&format!("/ip/{SITE_IP}")),
        "the loopback registry was asked: {:?}",
        paths.lock().unwrap()
    );
    assert_accessible(&client, "host lookup result").await;
    screenshot(&client, "requests-host-lookup.png").await;
    close_app(client).await;
    let _ = std::fs::remove_dir_all(&lists);
}
