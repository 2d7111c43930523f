//! Issue 14, item 13: the police report speaks plainly. A case with an
//! Instagram request marked sent and a liveness check that could not tell is
//! exported through the app layer, and the PDF's text (poppler's pdftotext)
//! is read in English and French: names, not codes; Instagram's request goes
//! to Instagram (run by Meta, whose form it is), not "facebook.com/…"; a check
//! that could not tell is "not checked", never "could not be reached".
//!
//! Needs the Debian package `poppler-utils`.

mod common;

use std::process::Command;

use reclaim_core::app;
use reclaim_core::net::LivenessResult;
use reclaim_core::vault::{NewCase, NewUrl};
use time::OffsetDateTime;

/// The report's text up to its custody log: the log quotes each record as it
/// was hashed (ids included) and is read by whoever checks the chain.
fn report_text(language: &str, custody_heading: &str) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(tmp.path(), "plain");
    case.update_case(&NewCase {
        label: "plain".into(),
        language: language.into(),
        contact_name: Some("Anna Peeters".into()),
        contact_email: Some("anna@example.org".into()),
        country: Some("BE".into()),
        minor: false,
        situations: Vec::new(),
    })
    .unwrap();
    let url_id = case
        .add_url(&NewUrl {
            original: "https://www.instagram.com/p/Cabc123/".into(),
            platform: Some("instagram".into()),
            ..NewUrl::default()
        })
        .unwrap();
    let now = OffsetDateTime::now_utc();
    let planned = app::requests::requests(&mut case, now).unwrap();
    let first = planned
        .requests
        .iter()
        .find(|p| p.request.platform == "instagram")
        .expect("an Instagram request")
        .request
        .clone();
    app::requests::mark_sent(&mut case, &first.platform, &first.channel, None, now).unwrap();
    // Offline: the check could not tell.
    let offline = LivenessResult {
        url: "https://www.instagram.com/p/Cabc123/".into(),
        status: None,
        final_url: None,
        redirects: Vec::new(),
        online: None,
        cdn: None,
        checked_at: "2026-11-29T08:00:00Z".into(),
        elapsed_ms: 1,
        error: None,
    };
    app::followup::record_checks(&mut case, &[(url_id, offline)]).unwrap();

    let out = tmp.path().join("bundle");
    app::file::export_case(&mut case, &out, false).unwrap();
    let text = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(out.join("report.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(text.status.success());
    // Lines joined: the PDF wraps long lines without any added character.
    let text = String::from_utf8(text.stdout).unwrap().replace('\n', " ");
    let end = text.rfind(custody_heading).expect("a custody log section");
    text[..end].to_string()
}

fn assert_no_codes(text: &str) {
    for code in [
        "dsa_art16",
        "platform_policy",
        "gdpr_art17",
        "us_take_it_down_act",
        "Platform: instagram",
        "not_checked",
    ] {
        assert!(!text.contains(code), "the report shows the code {code:?}");
    }
}

#[test]
fn the_english_report_names_the_law_the_service_and_what_was_not_checked() {
    let text = report_text("en", "Custody log");
    assert_no_codes(&text);
    assert!(text.contains("Instagram (Meta Platforms)"), "{text}");
    assert!(
        !text.contains("To facebook.com") && !text.contains("To https://www.facebook.com"),
        "the recipient is the form's host"
    );
    assert!(text.contains("The service's own rules on intimate images shared without consent"));
    assert!(text.contains("Digital Services Act (Regulation (EU) 2022/2065), Article 16"));
    assert!(
        text.contains("could not tell whether it is still online"),
        "{text}"
    );
    assert!(!text.contains("could not be reached"));
    assert!(
        !text.contains("removed ("),
        "a check that could not tell is not 'gone'"
    );
}

#[test]
fn the_french_report_names_them_in_french() {
    let text = report_text("fr", "Journal de la chaîne de conservation");
    assert_no_codes(&text);
    assert!(text.contains("Instagram (Meta Platforms)"));
    assert!(
        text.contains(
            "Règlement sur les services numériques (règlement (UE) 2022/2065), article 16"
        ),
        "{text}"
    );
    assert!(
        text.contains("impossible de dire si elle est encore en ligne"),
        "{text}"
    );
    assert!(!text.contains("inaccessible"));
}
