//! The Follow-up step on a real (SQLCipher) case: every service, sent or
//! not; what is late first; after a refusal, next steps with a ready letter,
//! who to call and where in the app to go.

use time::{Duration, OffsetDateTime};

use super::*;
use crate::app::flow::Step;
use crate::vault::tests::{fast, new_case};
use crate::vault::{NewUrl, Vault};

const X_POST: &str = "https://x.com/someone/status/1234567890";
const REDDIT_POST: &str = "https://www.reddit.com/r/pics/comments/abc123/title/";
const UNKNOWN_SITE: &str = "https://unknown-site.example/gallery/7";

fn open(dir: &std::path::Path) -> OpenCase {
    Vault::without_keyring(dir)
        .create_case(&new_case("test"), fast("a long enough passphrase"))
        .unwrap()
}

fn add(case: &mut OpenCase, url: &str) {
    let item = crate::urls::classify_one(url);
    case.add_url(&NewUrl::from_classified(&item).unwrap())
        .unwrap();
}

/// Marks the first request written for `platform` sent at `at`; its record id.
fn send(case: &mut OpenCase, platform: &str, at: OffsetDateTime) -> i64 {
    let planned = super::super::requests::requests(case, at).unwrap();
    let request = planned
        .requests
        .iter()
        .find(|p| p.request.platform == platform)
        .unwrap()
        .request
        .clone();
    case_requests::mark_sent(case, &request, None, at).unwrap()
}

#[test]
fn every_service_shows_sent_or_not_and_what_is_late_comes_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path());
    for url in [X_POST, REDDIT_POST, UNKNOWN_SITE] {
        add(&mut case, url);
    }
    let start = OffsetDateTime::now_utc();
    // Nothing sent yet: every service is there, none forgotten.
    let view = follow_up(&mut case, start).unwrap();
    assert!(view.items.is_empty());
    let names: Vec<&str> = view.not_sent.iter().map(|n| n.platform.as_str()).collect();
    for platform in ["x", "reddit", "unknown", "google_search"] {
        assert!(
            names.contains(&platform),
            "{platform} missing from {names:?}"
        );
    }
    let site = view
        .not_sent
        .iter()
        .find(|n| n.platform == "unknown")
        .unwrap();
    assert_eq!(site.urls, vec![UNKNOWN_SITE.to_string()]);

    // Reddit sent first, X a day later; a month on, Reddit's answer is late.
    let reddit = send(&mut case, "reddit", start);
    let x = send(&mut case, "x", start + Duration::days(1));
    change_status(
        &mut case,
        x,
        RequestStatus::Removed,
        None,
        start + Duration::days(2),
    )
    .unwrap();
    let later = start + Duration::days(40);
    let view = follow_up(&mut case, later).unwrap();
    let order: Vec<i64> = view.items.iter().map(|i| i.id).collect();
    assert_eq!(order, vec![reddit, x], "late first, removed last");
    assert!(view.items[0].overdue);
    let not_sent: Vec<&str> = view.not_sent.iter().map(|n| n.platform.as_str()).collect();
    assert!(!not_sent.contains(&"x") && !not_sent.contains(&"reddit"));
    assert!(not_sent.contains(&"unknown"));
}

#[test]
fn after_a_refusal_each_next_step_says_how_to_take_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path());
    add(&mut case, X_POST);
    let now = OffsetDateTime::now_utc();
    let id = send(&mut case, "x", now);
    case.add_ticket(id, "X-555").unwrap();
    let view = change_status(&mut case, id, RequestStatus::Refused, None, now).unwrap();
    let steps = &view.items[0].next_steps;
    let ids: Vec<&str> = steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids[..2],
        ["dsa_internal_complaint", "iefh_support"],
        "{ids:?}"
    );

    // The complaint letter, ready, in the request's language (French here).
    let letter = steps[0].letter.as_ref().expect("a ready letter");
    assert!(letter.body.contains("article 20"), "{}", letter.body);
    assert!(letter.body.contains(X_POST));
    assert!(letter.body.contains("X-555"));
    assert!(letter.body.contains("Alex Example"));
    // The Institute: its number and address from the helplines data.
    let iefh = steps[1].contact.as_ref().expect("who to call");
    assert_eq!(iefh.phone, "0800 12 800");
    assert_eq!(
        iefh.email.as_deref(),
        Some("egalite.hommesfemmes@iefh.belgique.be")
    );
    // The police: the case file is made in the app.
    let police = steps.iter().find(|s| s.id == "police_complaint").unwrap();
    assert_eq!(police.opens, Some(Step::File));
    // Every step offers a way: a letter, a contact, a page or a step of the app.
    for s in steps {
        assert!(
            s.letter.is_some()
                || s.contact.is_some()
                || s.url.is_some()
                || s.opens.is_some()
                || [
                    "dpa_complaint",
                    "prosecutor_removal_order",
                    "court_fast_procedure"
                ]
                .contains(&s.id.as_str()),
            "{} offers no way to take it",
            s.id
        );
    }
}
