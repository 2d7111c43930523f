//! On a real vault (SQLCipher, in a temporary folder) and, for the liveness
//! check, a real HTTP server on 127.0.0.1 (exempted from the address guard the
//! way the net module's own tests do it; the app's client refuses loopback).

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;

use secrecy::SecretString;
use time::{Duration, OffsetDateTime};

use super::*;
use crate::net::{Guard, LivenessResult, Net, NetConfig, StaticResolver};
use crate::vault::{CreateOptions, KdfStrength, NewCase, NewUrl, UrlStatus, Vault};

const X_POST: &str = "https://x.com/someone/status/1234567890";
const REDDIT_POST: &str = "https://www.reddit.com/r/pics/comments/abc123/title/";

fn new_case(email: Option<&str>) -> NewCase {
    NewCase {
        label: "test".into(),
        language: "fr".into(),
        contact_name: Some("Alex Example".into()),
        contact_email: email.map(str::to_owned),
        country: Some("BE".into()),
        minor: false,
        situations: Vec::new(),
    }
}

fn open(dir: &std::path::Path, email: Option<&str>) -> OpenCase {
    Vault::without_keyring(dir)
        .create_case(
            &new_case(email),
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

#[test]
fn the_case_input_comes_from_the_vault_and_missing_details_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path(), None);
    add(&mut case, X_POST);
    let snapshot = case.snapshot().unwrap();
    let input = case_input(&snapshot);
    assert_eq!(input.victim.name, "Alex Example");
    assert_eq!(input.victim.country, "BE");
    assert_eq!(input.language, Language::Fr);
    assert_eq!(input.urls.len(), 1);
    assert_eq!(input.urls[0].url, X_POST);
    assert_eq!(input.urls[0].platform.as_deref(), Some("x"));

    let view = case_requests(&snapshot, OffsetDateTime::now_utc()).unwrap();
    assert_eq!(view.missing, vec![ContactDetail::Email]);
    assert!(
        view.requests.is_empty(),
        "nothing written without an e-mail"
    );

    // Adding the e-mail later keeps everything else.
    let mut info = new_case(Some("alex@example.org"));
    info.label = snapshot.case.label.clone();
    case.update_case(&info).unwrap();
    let view = case_requests(&case.snapshot().unwrap(), OffsetDateTime::now_utc()).unwrap();
    assert!(view.missing.is_empty());
    assert!(!view.requests.is_empty());
}

#[test]
fn one_platform_per_link_then_sent_once_with_a_deadline_and_followed_up() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path(), Some("alex@example.org"));
    let x_id = add(&mut case, X_POST);
    add(&mut case, REDDIT_POST);
    let now = OffsetDateTime::now_utc();
    let view = case_requests(&case.snapshot().unwrap(), now).unwrap();
    let platforms: std::collections::BTreeSet<_> = view
        .requests
        .iter()
        .map(|p| p.request.platform.as_str())
        .collect();
    // Google and Bing delisting are added for links on other sites.
    assert_eq!(
        platforms,
        ["bing", "google_search", "reddit", "x"]
            .into_iter()
            .collect()
    );
    assert!(view.requests.iter().all(|p| p.recorded.is_none()));

    let x = view
        .requests
        .iter()
        .find(|p| p.request.platform == "x")
        .unwrap()
        .request
        .clone();
    let id = mark_sent(&mut case, &x, Some(" T-42 "), now).unwrap();

    let records = case.requests().unwrap();
    let record = records.iter().find(|r| r.id == id).unwrap();
    assert_eq!(
        record.body.as_deref(),
        Some(x.body.as_str()),
        "kept as sent"
    );
    assert_eq!(record.url_ids, vec![x_id]);
    assert_eq!(record.tickets, vec!["T-42".to_string()]);
    assert!(record.deadline.is_some());

    // Shown as sent, not offered as new, and not recorded twice.
    let view = case_requests(&case.snapshot().unwrap(), now).unwrap();
    let shown = view
        .requests
        .iter()
        .find(|p| p.request == x)
        .unwrap()
        .recorded
        .clone()
        .unwrap();
    assert_eq!(shown.status, RequestStatus::Sent);
    assert!(shown.sent_at.is_some());
    assert!(mark_sent(&mut case, &x, None, now).is_err());
    assert_eq!(case.requests().unwrap().len(), 1);

    let found = find_request(&case.snapshot().unwrap(), "x", &x.channel, now).unwrap();
    assert_eq!(found, x);
    assert!(find_request(
        &case.snapshot().unwrap(),
        "x",
        &RequestChannel::Form {
            url: "https://evil.example/".into()
        },
        now
    )
    .is_err());

    // Follow-up: waiting now, overdue in a year with an escalation explained in French.
    let items = follow_up(&case.snapshot().unwrap(), now).unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].status, RequestStatus::Sent);
    assert_eq!(
        items[0].platform_name,
        crate::platforms::by_id("x").unwrap().name
    );
    assert!(!items[0].overdue);
    assert!(items[0].next_steps.is_empty());
    assert!(items[0].allowed.contains(&RequestStatus::Removed));
    assert_eq!(items[0].urls, vec![X_POST.to_string()]);
    let later = now + Duration::days(400);
    let items = follow_up(&case.snapshot().unwrap(), later).unwrap();
    assert!(items[0].overdue);
    assert!(!items[0].next_steps.is_empty());
    assert!(items[0]
        .next_steps
        .iter()
        .all(|s| !s.explanation.is_empty()));

    // Status changes follow the rules and each is kept with its time.
    assert!(change_status(&mut case, id, RequestStatus::CameBack, None, now).is_err());
    change_status(&mut case, id, RequestStatus::Refused, None, now).unwrap();
    let items = follow_up(&case.snapshot().unwrap(), now).unwrap();
    assert_eq!(items[0].status, RequestStatus::Refused);
    assert!(!items[0].next_steps.is_empty(), "refused: what to do next");
    let statuses: Vec<_> = items[0].history.iter().map(|e| e.status).collect();
    assert_eq!(
        statuses,
        vec![
            RequestStatus::Draft,
            RequestStatus::Sent,
            RequestStatus::Refused
        ]
    );
}

/// A tiny HTTP server on 127.0.0.1 answering every request by path.
fn serve(routes: &'static [(&'static str, u16)]) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap_or(0);
            let head = String::from_utf8_lossy(&buf[..n]);
            let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
            let code = routes
                .iter()
                .find(|(p, _)| *p == path)
                .map_or(500, |(_, c)| *c);
            let _ = write!(
                stream,
                "HTTP/1.1 {code} X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
            );
        }
    });
    port
}

#[tokio::test]
async fn still_online_gone_or_could_not_tell_is_recorded_per_link() {
    let port = serve(&[("/live", 200), ("/gone", 410), ("/forbidden", 403)]);
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path(), Some("alex@example.org"));
    for path in ["/live", "/gone", "/forbidden"] {
        case.add_url(&NewUrl {
            original: format!("http://127.0.0.1:{port}{path}"),
            ..NewUrl::default()
        })
        .unwrap();
    }
    let urls = case.urls().unwrap();
    let config = NetConfig {
        guard: Guard {
            refuse_private: true,
            exempt: vec!["127.0.0.1".parse().unwrap()],
        },
        ..NetConfig::default()
    };
    let net = Net::with_resolver(config, Arc::new(StaticResolver::new())).unwrap();
    let results = check_urls(&net, &urls).await;
    let checks = record_checks(&mut case, &results).unwrap();
    let liveness: Vec<_> = checks.iter().map(|c| c.liveness).collect();
    assert_eq!(
        liveness,
        vec![
            Liveness::StillOnline,
            Liveness::Gone,
            Liveness::CouldNotTell
        ]
    );
    let statuses: Vec<_> = case
        .urls()
        .unwrap()
        .iter()
        .map(|u| u.history.last().unwrap().status)
        .collect();
    assert_eq!(
        statuses,
        vec![UrlStatus::Online, UrlStatus::Removed, UrlStatus::NotChecked]
    );

    // The default client (guard on, nothing exempted) never reaches loopback.
    let guarded = Net::new(NetConfig::default()).unwrap();
    let results = check_urls(&guarded, &urls[..1]).await;
    assert_eq!(results[0].1.online, None);
    assert!(results[0].1.error.is_some());
}

#[test]
fn online_again_after_removal_is_recorded_as_came_back() {
    let result = |online| LivenessResult {
        url: "https://x.example/".into(),
        status: Some(200),
        final_url: None,
        redirects: Vec::new(),
        online,
        cdn: None,
        checked_at: "2026-11-23T10:00:00Z".into(),
        elapsed_ms: 1,
        error: None,
    };
    assert_eq!(
        url_status_for(&result(Some(true)), Some(UrlStatus::Removed)),
        (Liveness::StillOnline, UrlStatus::CameBack)
    );
    assert_eq!(
        url_status_for(&result(Some(true)), Some(UrlStatus::Found)).1,
        UrlStatus::Online
    );
    assert_eq!(
        url_status_for(&result(None), None),
        (Liveness::CouldNotTell, UrlStatus::NotChecked)
    );
}

#[test]
fn a_check_that_could_not_tell_is_not_checked_and_leaves_what_was_known() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path(), Some("alex@example.org"));
    let id = case
        .add_url(&NewUrl {
            original: "https://x.example/p/1".into(),
            ..NewUrl::default()
        })
        .unwrap();
    let result = |online, status| LivenessResult {
        url: "https://x.example/p/1".into(),
        status,
        final_url: None,
        redirects: Vec::new(),
        online,
        cdn: None,
        checked_at: "2026-11-23T10:00:00Z".into(),
        elapsed_ms: 1,
        error: None,
    };
    record_checks(&mut case, &[(id, result(Some(false), Some(404)))]).unwrap();
    // Offline or refused: recorded as not checked, never as gone or unreachable.
    let checks = record_checks(&mut case, &[(id, result(None, Some(403)))]).unwrap();
    assert_eq!(checks[0].status, UrlStatus::NotChecked);
    // Online again: judged against the last check that could tell (removed).
    let checks = record_checks(&mut case, &[(id, result(Some(true), Some(200)))]).unwrap();
    assert_eq!(checks[0].status, UrlStatus::CameBack);
    let history: Vec<_> = case.urls().unwrap()[0]
        .history
        .iter()
        .map(|e| e.status)
        .collect();
    assert_eq!(
        history,
        vec![
            UrlStatus::Found,
            UrlStatus::Removed,
            UrlStatus::NotChecked,
            UrlStatus::CameBack
        ]
    );
}

#[test]
fn requests_progress_counts_services_sent_not_routes() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path(), Some("alex@example.org"));
    add(&mut case, X_POST);
    add(&mut case, REDDIT_POST);
    let now = OffsetDateTime::now_utc();
    let view = case_requests(&case.snapshot().unwrap(), now).unwrap();
    // X, Reddit, and Google and Bing delisting: four services, more routes.
    assert!(view.requests.len() > 4, "{}", view.requests.len());
    assert_eq!(view.progress, RequestsProgress { sent: 0, total: 4 });

    // Every route of X marked sent counts X once.
    let routes: Vec<Request> = view
        .requests
        .iter()
        .filter(|p| p.request.platform == "x")
        .map(|p| p.request.clone())
        .collect();
    for route in &routes {
        mark_sent(&mut case, route, None, now).unwrap();
    }
    let view = case_requests(&case.snapshot().unwrap(), now).unwrap();
    assert_eq!(view.progress, RequestsProgress { sent: 1, total: 4 });
    // The app layer gives the step list the same count.
    assert_eq!(
        crate::app::requests::requests_progress(&mut case, now).unwrap(),
        view.progress
    );

    // No links yet: nothing to count.
    let empty = tempfile::tempdir().unwrap();
    let case = open(empty.path(), Some("alex@example.org"));
    let view = case_requests(&case.snapshot().unwrap(), now).unwrap();
    assert_eq!(view.progress, RequestsProgress { sent: 0, total: 0 });
}
