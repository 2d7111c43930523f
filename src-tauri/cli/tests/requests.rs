//! Runs the real `reclaim-cli requests` on the example case and reads its JSON array.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const CASE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/case.json");

fn requests(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reclaim-cli"))
        .arg("requests")
        .args(args)
        .output()
        .unwrap()
}

/// Exactly one line holding one JSON array.
fn array(out: &Output) -> Vec<Value> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(text.lines().count(), 1, "one line: {text}");
    serde_json::from_str::<Value>(&text)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn temp_case(name: &str, edit: impl FnOnce(&mut Value)) -> PathBuf {
    let mut case: Value = serde_json::from_str(&std::fs::read_to_string(CASE).unwrap()).unwrap();
    edit(&mut case);
    let path = std::env::temp_dir().join(format!("reclaim-cli-{}-{name}.json", std::process::id()));
    std::fs::write(&path, serde_json::to_string(&case).unwrap()).unwrap();
    path
}

#[test]
fn the_example_case_gives_one_complete_request_per_platform_and_channel() {
    let items = array(&requests(&["--case-json", CASE]));
    let case: Value = serde_json::from_str(&std::fs::read_to_string(CASE).unwrap()).unwrap();
    assert!(items.len() >= 7, "{items:?}");
    for r in &items {
        assert!(r.get("error").is_none(), "{r}");
        let channel = &r["channel"];
        let kind = channel["type"].as_str().unwrap();
        match kind {
            "form" => assert!(channel["url"].as_str().unwrap().starts_with("https://")),
            "email" => {
                let address = channel["address"].as_str().unwrap();
                let eml = r["eml"].as_str().unwrap();
                let msg = mail_parser::MessageParser::default()
                    .parse(eml.as_bytes())
                    .unwrap();
                assert_eq!(msg.to().unwrap().first().unwrap().address(), Some(address));
                assert_eq!(msg.subject(), r["subject"].as_str());
                assert!(r["mailto"]
                    .as_str()
                    .unwrap()
                    .starts_with(&format!("mailto:{address}?")));
            }
            "in_app" | "find_contact" => assert!(!channel["steps"].as_array().unwrap().is_empty()),
            other => panic!("channel type {other}"),
        }
        assert!(!r["legal_basis"].as_array().unwrap().is_empty());
        assert!(["en", "fr", "nl", "de"].contains(&r["language"].as_str().unwrap()));
        assert!(!r["subject"].as_str().unwrap().is_empty());
        let body = r["body"].as_str().unwrap();
        for url in r["urls"].as_array().unwrap() {
            assert!(body.contains(url.as_str().unwrap()));
        }
        if kind != "in_app" {
            assert!(body.contains("Anna Peeters") && body.contains("anna.peeters@example.org"));
        }
        let fields = r["fields"].as_object().unwrap();
        assert!(fields.contains_key("exact_urls"), "{r}");
    }
    // Every URL of the case is in some request of its platform.
    for u in case["urls"].as_array().unwrap() {
        let url = u["url"].as_str().unwrap();
        assert!(
            items
                .iter()
                .any(|r| r["urls"].as_array().unwrap().iter().any(|x| x == url)),
            "{url} has no request"
        );
    }
}

#[test]
fn fields_keep_the_order_of_the_form() {
    let out = requests(&["--case-json", CASE, "--platform", "facebook"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text.find("\"fields\":{\"exact_urls\"");
    assert!(first.is_some(), "URLs come first: {text}");
}

#[test]
fn language_and_platform_options_apply() {
    let items = array(&requests(&[
        "--case-json",
        CASE,
        "--lang",
        "nl",
        "--platform",
        "facebook",
    ]));
    assert!(!items.is_empty());
    assert!(items.iter().all(|r| r["platform"] == "facebook"));
    // Meta takes Dutch; the DMCA notice (US law) stays in English.
    for r in &items {
        let dmca = r["legal_basis"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b == "dmca_512c3");
        assert_eq!(r["language"], if dmca { "en" } else { "nl" }, "{r}");
        if dmca {
            assert!(r["warnings"][0]
                .as_str()
                .unwrap()
                .contains("tegenkennisgeving"));
        }
    }
    let items = array(&requests(&["--case-json", CASE, "--platform", "unknown"]));
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["channel"]["address"], "abuse@hosting.example");
    assert_eq!(items[1]["channel"]["type"], "find_contact");
}

#[test]
fn usage_errors_exit_2_with_nothing_on_stdout() {
    for args in [
        vec!["--case-json", "/nonexistent/case.json"],
        vec!["--case-json", CASE, "--lang", "es"],
        vec!["--case-json", CASE, "--platform", "no-such-platform"],
        vec![],
    ] {
        let out = requests(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let bad = temp_case("bad-email", |c| {
        c["victim"]["email"] = "not an address".into()
    });
    let out = requests(&["--case-json", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("e-mail"));
    std::fs::remove_file(bad).unwrap();
}

#[test]
fn images_of_a_minor_get_no_request_but_an_error_item() {
    let path = temp_case("minor", |c| c["adult_at_capture"] = false.into());
    let items = array(&requests(&["--case-json", path.to_str().unwrap()]));
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["error"]["kind"], "minor_images_refused");
    std::fs::remove_file(path).unwrap();
}

#[test]
fn a_bad_url_fails_alone() {
    let path = temp_case("bad-url", |c| {
        c["urls"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"url": "javascript:alert(1)"}))
    });
    let items = array(&requests(&["--case-json", path.to_str().unwrap()]));
    let failed: Vec<_> = items.iter().filter(|i| i.get("error").is_some()).collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["url"], "javascript:alert(1)");
    assert_eq!(failed[0]["error"]["kind"], "invalid_input");
    assert!(items.len() > 1, "the other URLs still get their requests");
    std::fs::remove_file(Path::new(&path)).unwrap();
}
