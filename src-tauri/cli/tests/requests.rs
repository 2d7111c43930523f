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

fn bodies(items: &[Value]) -> Vec<(String, String)> {
    items
        .iter()
        .filter(|r| r.get("error").is_none())
        .map(|r| {
            (
                r["platform"].as_str().unwrap().to_string(),
                r["body"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_belgian_case_cites_the_law_in_force_when_the_images_were_shared() {
    // Found in November 2026 (the example case): after the new Criminal Code.
    let items = array(&requests(&["--case-json", CASE]));
    for (platform, body) in bodies(&items) {
        assert!(!body.contains("417/"), "{platform}: repealed article cited");
    }
    let all: String = bodies(&items).into_iter().map(|(_, b)| b).collect();
    assert!(all.contains("Livre II"), "the new Code is named");
    // Shared before 8 April 2026: the old articles.
    let before = temp_case("shared-before", |c| c["shared_on"] = "2026-04-07".into());
    let items = array(&requests(&["--case-json", before.to_str().unwrap()]));
    let all: String = bodies(&items).into_iter().map(|(_, b)| b).collect();
    assert!(all.contains("417/9") && all.contains("417/10"), "{all}");
    assert!(!all.contains("Livre II"));
    // Fake images shared then: the voyeurism article the courts applied.
    let fake = temp_case("fake-before", |c| {
        c["shared_on"] = "2025-06-01".into();
        c["content"]["fake"] = true.into();
    });
    let items = array(&requests(&["--case-json", fake.to_str().unwrap()]));
    let all: String = bodies(&items).into_iter().map(|(_, b)| b).collect();
    assert!(all.contains("417/8") && !all.contains("417/9"), "{all}");
    assert!(
        all.contains("créées ou modifiées sans mon consentement")
            && all.contains("Ce sont des faux"),
        "the letter says the images were made or edited, and are fake"
    );
    for p in [before, fake] {
        std::fs::remove_file(p).unwrap();
    }
}

#[test]
fn no_letter_to_a_search_engine_cdn_or_registrar_cites_dsa_article_16() {
    let path = temp_case("kinds", |c| {
        c["urls"].as_array_mut().unwrap().extend([
            serde_json::json!({"url": "https://behind-cf.example/v/1"}),
            serde_json::json!({"url": "https://only-registrar.example/v/1"}),
        ]);
        c["whois"].as_array_mut().unwrap().extend([
            serde_json::json!({"host": "behind-cf.example", "cdn": "cloudflare"}),
            serde_json::json!({"host": "only-registrar.example",
                "registrar": {"name": "Reg", "abuse_email": "abuse@reg.example"}}),
        ]);
    });
    let items = array(&requests(&[
        "--case-json",
        path.to_str().unwrap(),
        "--lang",
        "en",
    ]));
    let mut seen = 0;
    for r in &items {
        let body = r["body"].as_str().unwrap();
        let to_search = ["google_search", "bing"].contains(&r["platform"].as_str().unwrap());
        let to_cdn = r["channel"]["url"]
            .as_str()
            .is_some_and(|u| u.contains("cloudflare.com"));
        let to_registrar = r["channel"]["address"] == "abuse@reg.example";
        if to_search || to_cdn || to_registrar {
            seen += 1;
            assert!(
                !r["legal_basis"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|b| b == "dsa_art16"),
                "{r}"
            );
            assert!(!body.contains("Article 16"), "{body}");
        }
        if to_registrar {
            assert!(body.contains("registrar of the domain name"), "{body}");
            assert!(
                !r["warnings"].as_array().unwrap().is_empty(),
                "forwarding warning"
            );
        }
    }
    assert!(
        seen >= 5,
        "Google (2 ways + GDPR), Bing, Cloudflare, registrar: {seen}"
    );
    std::fs::remove_file(path).unwrap();
}

#[test]
fn the_host_letter_addresses_the_host_as_the_host() {
    // Unknown sites get English, the language most likely read; the other languages'
    // host letters are checked in reclaim-core (templates tests).
    let items = array(&requests(&["--case-json", CASE, "--platform", "unknown"]));
    let host_letter = &items[0];
    assert_eq!(host_letter["channel"]["address"], "abuse@hosting.example");
    let body = host_letter["body"].as_str().unwrap();
    assert!(
        body.contains("as the hosting provider of the website unknown-site.example"),
        "{body}"
    );
    assert!(!body.contains("as the operator"), "{body}");
    let warning = host_letter["warnings"][0].as_str().unwrap();
    assert!(
        warning.contains("adresse"),
        "forwarding warning in her language: {warning}"
    );
}

#[test]
fn discord_gets_one_report_per_link() {
    let path = temp_case("discord", |c| {
        c["urls"] = serde_json::json!([
            {"url": "https://cdn.discordapp.com/attachments/1/2/a.jpg", "platform": "discord"},
            {"url": "https://cdn.discordapp.com/attachments/1/2/b.jpg", "platform": "discord"},
        ]);
    });
    let items = array(&requests(&[
        "--case-json",
        path.to_str().unwrap(),
        "--platform",
        "discord",
    ]));
    assert!(items.len() >= 2);
    for r in &items {
        assert_eq!(r["urls"].as_array().unwrap().len(), 1, "{r}");
    }
    std::fs::remove_file(path).unwrap();
}

#[test]
fn a_representative_writes_in_their_own_name_on_her_behalf() {
    let path = temp_case("rep", |c| {
        c["representative"] = serde_json::json!({"name": "Eva Janssens",
            "email": "eva@service.example", "organisation": "CAW Example", "role": "counsellor"});
    });
    let items = array(&requests(&[
        "--case-json",
        path.to_str().unwrap(),
        "--platform",
        "unknown",
        "--lang",
        "en",
    ]));
    let r = &items[0];
    let body = r["body"].as_str().unwrap();
    assert!(body.contains("on behalf of Anna Peeters"), "{body}");
    assert!(body.contains("Name: Eva Janssens"), "{body}");
    assert!(body.contains("E-mail: eva@service.example"), "{body}");
    assert!(
        !body.contains("anna.peeters@example.org"),
        "her address is not needed: {body}"
    );
    let eml = r["eml"].as_str().unwrap();
    assert!(eml.contains("eva@service.example"));
    std::fs::remove_file(path).unwrap();
}

#[test]
fn search_engines_are_added_with_a_reason_unless_turned_off() {
    let path = temp_case("one-site", |c| {
        c["urls"] = serde_json::json!([{"url": "https://unknown-site.example/v/anna-1"}]);
    });
    let items = array(&requests(&["--case-json", path.to_str().unwrap()]));
    for engine in ["google_search", "bing"] {
        let r = items.iter().find(|r| r["platform"] == engine);
        let r = r.unwrap_or_else(|| panic!("{engine} missing"));
        assert!(r["reason"].as_str().is_some_and(|s| !s.is_empty()), "{r}");
        assert!(r["urls"]
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u == "https://unknown-site.example/v/anna-1"));
    }
    let items = array(&requests(&[
        "--case-json",
        path.to_str().unwrap(),
        "--no-search-engines",
    ]));
    assert!(
        items.iter().all(|r| r["platform"] == "unknown"),
        "{items:?}"
    );
    std::fs::remove_file(path).unwrap();
}

#[test]
fn content_fake_and_situation_fake_write_made_or_edited_and_no_dmca() {
    for (name, edit) in [
        (
            "content-fake",
            (|c: &mut Value| c["content"]["fake"] = Value::Bool(true)) as fn(&mut Value),
        ),
        ("situation-fake", |c: &mut Value| {
            c["situation"] = Value::from("fake")
        }),
    ] {
        let path = temp_case(name, edit);
        let items = array(&requests(&[
            "--case-json",
            path.to_str().unwrap(),
            "--lang",
            "en",
        ]));
        let _ = std::fs::remove_file(&path);
        assert!(!items.is_empty());
        let mut said = false;
        for r in &items {
            let text = format!("{}{}", r["body"], r["fields"]);
            assert!(!text.contains("I took"), "{name}: {text}");
            assert!(!text.contains("show me nude"), "{name}: {text}");
            assert!(
                !r["legal_basis"].to_string().contains("dmca"),
                "{name}: no DMCA for fakes"
            );
            said |=
                text.contains("sexual images of me that were made or edited without my consent");
        }
        assert!(said, "{name}");
    }
}

#[test]
fn a_threat_without_links_prints_account_reports() {
    let path = temp_case("threat", |c| {
        c["urls"] = Value::Array(Vec::new());
        c["situation"] = serde_json::json!(["threatened"]);
        c["accounts"] = serde_json::json!([
            {"platform": "instagram", "handle": "@threatening.account"}
        ]);
    });
    let items = array(&requests(&[
        "--case-json",
        path.to_str().unwrap(),
        "--lang",
        "nl",
    ]));
    let _ = std::fs::remove_file(&path);
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["account"], "@threatening.account");
    assert_eq!(items[0]["platform"], "instagram");
    assert_eq!(items[0]["legal_basis"], serde_json::json!([]));
    assert!(items[0]["body"]
        .as_str()
        .unwrap()
        .contains("@threatening.account"));
}

#[test]
fn a_child_photo_case_prints_the_hotline_report_and_no_request() {
    let path = temp_case("child", |c| {
        c["situation"] = Value::from("child_photos");
        c["adult_at_capture"] = Value::Bool(false);
        c["victim"]["country"] = Value::from("FR");
    });
    let items = array(&requests(&["--case-json", path.to_str().unwrap()]));
    let _ = std::fs::remove_file(&path);
    assert_eq!(items.len(), 1, "{items:?}");
    let report = &items[0]["hotline"];
    assert_eq!(report["hotline"]["id"], "point_de_contact");
    assert_eq!(report["language"], "fr");
    let body = report["body"].as_str().unwrap();
    assert!(body.contains("https://x.com/someone/status/1860000000000000001"));
}

#[test]
fn an_unknown_situation_is_refused_with_a_reason() {
    let path = temp_case("bad-situation", |c| c["situation"] = Value::from("nude"));
    let out = requests(&["--case-json", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("situation"));
}
