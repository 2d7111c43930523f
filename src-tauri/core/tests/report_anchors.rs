//! Records anchored in time when they are made (issue 19 item 2), against
//! OpenSSL's RFC 3161 authority on loopback (a real authority cannot be
//! reached from here): off by default; when on, each record's time-stamp
//! covers everything since the last; the tokens travel in the custody log
//! into the bundle; verify gives each record the earliest time-stamp that
//! covers it, the PDF lists it, and a rewritten record is caught.
//!
//! Needs `--features test-support` (cheap key derivation) and poppler's
//! pdftotext.
#![cfg(feature = "test-support")]

mod common;

use std::path::Path;

use common::authority::{block_on, loopback_net, Authority};
use reclaim_core::report::*;
use reclaim_core::vault::{EvidenceKind, NewEvidence, NewUrl, OpenCase, TimeStampingChoice};

fn add_url(case: &mut OpenCase, url: &str) {
    case.add_url(&NewUrl {
        original: url.into(),
        ..NewUrl::default()
    })
    .unwrap();
}

fn pdf_text(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed by this test");
    String::from_utf8(out.stdout).unwrap().replace('\n', " ")
}

#[test]
fn time_stamping_is_off_by_default_and_then_nothing_is_sent() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "anchors");
    add_url(&mut case, "https://example.test/a");
    assert_eq!(case.time_stamping().unwrap(), None);
    // A guard that refuses loopback: any request would fail loudly.
    let net = reclaim_core::net::Net::new(reclaim_core::net::NetConfig::default()).unwrap();
    assert_eq!(block_on(anchor_if_asked(&mut case, &net)).unwrap(), None);
    assert!(case.custody_anchors().unwrap().is_empty());
}

#[test]
fn records_time_stamped_as_made_show_their_times_in_verify_and_the_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "anchors");
    let authority = Authority::new(tmp.path(), "Loopback test TSA", true);
    let roots = authority.root();
    let (url, requests) = authority.serve_all();
    case.set_time_stamping(Some(&TimeStampingChoice {
        tsa_id: "custom".into(),
        tsa_url: url,
    }))
    .unwrap();
    let net = loopback_net();

    add_url(&mut case, "https://example.test/first");
    add_url(&mut case, "https://example.test/second");
    // One request covers both links (and the choice before them).
    let first = block_on(anchor_if_asked(&mut case, &net)).unwrap().unwrap();
    let (_, sent) = requests
        .recv_timeout(std::time::Duration::from_secs(5))
        .unwrap();
    let head = case.custody_log().unwrap();
    let second_url = head.iter().rfind(|e| e.action == "url_added").unwrap();
    assert_eq!(first.custody_seq, second_url.seq);
    assert!(
        sent.windows(32)
            .any(|w| w == hex::decode(&second_url.hash).unwrap().as_slice()),
        "the request carries the head's hash"
    );
    assert!(sent.len() < 200, "only a hash leaves: {} bytes", sent.len());
    // Nothing new: no request at all.
    assert_eq!(block_on(anchor_if_asked(&mut case, &net)).unwrap(), None);
    assert!(requests.try_recv().is_err());

    case.add_evidence(
        &NewEvidence {
            kind: EvidenceKind::Document,
            original_name: Some("chat.txt".into()),
            captured_at: None,
            note: None,
            url_id: None,
        },
        &mut &b"the chat, as saved"[..],
    )
    .unwrap();
    let second = block_on(anchor_if_asked(&mut case, &net)).unwrap().unwrap();
    assert!(second.custody_seq > first.custody_seq);
    // Recorded after the last time-stamp: not covered (yet).
    add_url(&mut case, "https://example.test/late");

    let out = tmp.path().join("bundle");
    export_case(&mut case, &out, &BundleOptions::default()).unwrap();
    let report = verify_bundle_with(
        &out,
        &VerifyOptions {
            tsa_roots: roots.clone(),
            ..VerifyOptions::default()
        },
    );
    assert!(report.ok, "{:?}", report.problems);
    // The sentence says what the record time-stamps prove, and no more.
    assert!(
        report.statement.contains(
            "5 of the 6 records in the custody log were time-stamped when they were made"
        ),
        "{}",
        report.statement
    );
    let time_of = |action: &str, nth: usize| {
        report
            .records
            .iter()
            .filter(|r| r.action == action)
            .nth(nth)
            .unwrap()
            .clone()
    };
    let url1 = time_of("url_added", 0);
    let evidence = time_of("evidence_added", 0);
    let late = time_of("url_added", 2);
    assert_eq!(
        url1.time_stamped_at.as_deref(),
        Some(first.gen_time.as_str())
    );
    assert!(url1.tsa.as_deref().unwrap().contains("Loopback test TSA"));
    assert_eq!(
        evidence.time_stamped_at.as_deref(),
        Some(second.gen_time.as_str())
    );
    assert_eq!(late.time_stamped_at, None, "{late:?}");
    assert!(
        report
            .records
            .iter()
            .all(|r| r.action != "custody_time_stamped"),
        "time-stamps are not records"
    );

    let text = pdf_text(&out.join("report.pdf"));
    assert!(text.contains("Time-stamped"), "{text}");
    assert!(text.contains("Loopback test TSA"));
    assert!(text.contains("Not time-stamped yet"));
}

#[test]
fn a_record_rewritten_after_its_time_stamp_is_caught_even_with_the_chain_recomputed() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "anchors");
    let authority = Authority::new(tmp.path(), "Loopback test TSA", true);
    let (url, _requests) = authority.serve_all();
    add_url(&mut case, "https://example.test/what-she-found");
    block_on(anchor_custody(&mut case, &loopback_net(), &url, &[]))
        .unwrap()
        .unwrap();
    let out = tmp.path().join("bundle");
    export_case(&mut case, &out, &BundleOptions::default()).unwrap();
    assert!(verify_bundle(&out).ok);

    // A forger changes the link, recomputes every hash of the chain after
    // it, and points the time-stamp entry at the new hash.
    let log_path = out.join("custody.jsonl");
    let text = std::fs::read_to_string(&log_path).unwrap();
    let mut log = custody::from_jsonl(&text).unwrap();
    let i = log.iter().position(|e| e.action == "url_added").unwrap();
    let old_hash = log[i].hash.clone();
    log[i].details = log[i].details.replace("what-she-found", "something-else");
    let mut prev = log[i].prev_hash.clone();
    let mut new_hash = String::new();
    for (k, e) in log.iter_mut().enumerate().skip(i) {
        if k > i && e.action == "custody_time_stamped" {
            let mut claim: serde_json::Value = serde_json::from_str(&e.details).unwrap();
            assert_eq!(claim["covers_hash"], old_hash.as_str());
            claim["covers_hash"] = new_hash.clone().into();
            e.details = claim.to_string();
        }
        e.prev_hash = prev.clone();
        e.hash = reclaim_core::model::custody::entry_hash(
            e.seq,
            &e.at,
            &e.action,
            &e.subject,
            &e.details,
            &e.prev_hash,
        );
        if k == i {
            new_hash = e.hash.clone();
        }
        prev = e.hash.clone();
    }
    std::fs::write(&log_path, custody::to_jsonl(&log)).unwrap();
    let report = verify_bundle(&out);
    assert!(!report.ok);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.kind == BundleProblemKind::TimestampInvalid
                && p.message.contains("does not cover custody entry")),
        "{:?}",
        report.problems
    );
}
