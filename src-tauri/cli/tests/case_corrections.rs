//! Taking things out of a case and correcting them from the command line
//! (issue 14 item 5), against a real vault: each change leaves the lists, is
//! in the custody log, and a second removal is refused with its own kind.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

mod common;

const PASS: &str = common::CASE_PASS;

/// The error kind a refused command printed.
fn refused(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(1));
    let error: Value = serde_json::from_slice(&out.stdout).unwrap();
    error["error"]["kind"].as_str().unwrap().to_owned()
}

fn show(data: &Path, code: &str) -> Value {
    common::json_lines(&common::case_cli(data, &["show", code])).remove(0)
}

fn actions(show: &Value) -> Vec<String> {
    show["custody"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect()
}

fn image() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/pdq-vectors/images/reg-test-input/dih/bridge-1-original.jpg"
    ))
}

#[test]
fn fingerprints_evidence_and_links_are_removed_or_corrected_with_a_record() {
    let data = tempfile::tempdir().unwrap();
    let code = common::fast_case(data.path(), PASS.trim(), "en")
        .code()
        .to_owned();
    let added = &common::json_lines(&common::case_cli(
        data.path(),
        &["hash-images", &code, image().to_str().unwrap()],
    ))[0];
    let fingerprint = added["images"][0]["id"].as_i64().unwrap().to_string();
    let shot = data.path().join("shot.png");
    std::fs::write(&shot, b"not really a png, but evidence bytes").unwrap();
    let evidence = common::json_lines(&common::case_cli(
        data.path(),
        &[
            "add-evidence",
            &code,
            shot.to_str().unwrap(),
            "--note",
            "typo",
        ],
    ))[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let link = common::json_lines(&common::case_cli(
        data.path(),
        &["add-url", &code, "https://exmaple.org/post/1"],
    ))[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();

    common::json_lines(&common::case_cli(
        data.path(),
        &[
            "evidence-note",
            &code,
            &evidence,
            "--note",
            "the post of 23 November",
        ],
    ));
    let corrected = &common::json_lines(&common::case_cli(
        data.path(),
        &["correct-url", &code, &link, "https://example.org/post/1"],
    ))[0];
    assert_eq!(corrected["replaces"].to_string(), link);
    common::json_lines(&common::case_cli(
        data.path(),
        &[
            "remove-fingerprint",
            &code,
            &fingerprint,
            "--reason",
            "wrong photo",
        ],
    ));
    common::json_lines(&common::case_cli(
        data.path(),
        &["remove-evidence", &code, &evidence],
    ));

    let case = show(data.path(), &code);
    assert_eq!(case["image_hashes"], serde_json::json!([]));
    assert_eq!(case["evidence"], serde_json::json!([]));
    let urls = case["urls"].as_array().unwrap();
    assert_eq!(urls.len(), 1);
    assert_eq!(urls[0]["original"], "https://example.org/post/1");
    let done = actions(&case);
    for action in [
        "evidence_note_changed",
        "url_removed",
        "fingerprint_removed",
        "evidence_removed",
    ] {
        assert!(done.iter().any(|a| a == action), "{action} in {done:?}");
    }
    // The case still checks out: no evidence file is missing.
    common::json_lines(&common::case_cli(data.path(), &["verify", &code]));

    assert_eq!(
        refused(&common::case_cli(
            data.path(),
            &["remove-evidence", &code, &evidence]
        )),
        "already_removed"
    );
    assert_eq!(
        refused(&common::case_cli(
            data.path(),
            &["remove-fingerprint", &code, "999"]
        )),
        "not_found"
    );
}

#[test]
fn a_request_marked_sent_by_mistake_is_not_sent_after_all() {
    let data = tempfile::tempdir().unwrap();
    let code = common::fast_case(data.path(), PASS.trim(), "en")
        .code()
        .to_owned();
    common::json_lines(&common::case_cli(
        data.path(),
        &[
            "add-url",
            &code,
            "https://www.facebook.com/photo/?fbid=123456",
            "--platform",
            "facebook",
        ],
    ));
    let view = common::json_lines(&common::case_cli(
        data.path(),
        &[
            "contact",
            &code,
            "--name",
            "Alex Example",
            "--email",
            "alex@example.org",
            "--country",
            "be",
        ],
    ))
    .remove(0);
    let first = view["requests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["request"]["platform"] == "facebook")
        .unwrap();
    let channel = first["request"]["channel"].to_string();
    common::json_lines(&common::case_cli(
        data.path(),
        &[
            "mark-sent",
            &code,
            "--platform",
            "facebook",
            "--channel",
            &channel,
            "--ticket",
            "FB-1",
        ],
    ));
    let follow = common::json_lines(&common::case_cli(data.path(), &["followup", &code]));
    let id = follow[0]["id"].as_i64().unwrap().to_string();

    let fixed = common::json_lines(&common::case_cli(
        data.path(),
        &["correct-ticket", &code, &id, "FB-1", "FB-11"],
    ));
    assert_eq!(fixed[0]["tickets"], serde_json::json!(["FB-11"]));

    let undone = common::json_lines(&common::case_cli(
        data.path(),
        &["undo-sent", &code, &id, "--reason", "clicked too soon"],
    ))
    .remove(0);
    let facebook = undone["requests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["request"]["platform"] == "facebook")
        .unwrap();
    assert_eq!(facebook["recorded"]["status"], "draft");
    let follow = common::json_lines(&common::case_cli(data.path(), &["followup", &code]));
    assert!(
        follow.iter().all(|l| l.get("not_sent").is_some()),
        "nothing followed up: {follow:?}"
    );
    assert!(follow
        .iter()
        .any(|l| l["not_sent"]["platform"] == "facebook"));
    assert!(actions(&show(data.path(), &code))
        .iter()
        .any(|a| a == "request_sent_undone"));
    assert_eq!(
        refused(&common::case_cli(data.path(), &["undo-sent", &code, &id])),
        "not_marked_sent"
    );
}
