//! The app's case-bound steps from the command line, against a real vault:
//! a person's walk from links to a request sent and followed up, and from her
//! images to a copy found in a folder, without a window.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

mod common;

const PASS: &str = common::CASE_PASS;

fn vectors() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/pdq-vectors/images/reg-test-input/dih"
    ))
}

/// Gives the case the name, e-mail and country requests need; returns the
/// requests view that `contact` prints.
fn give_contact_details(data: &Path, code: &str) -> Value {
    common::json_lines(&common::case_cli(
        data,
        &[
            "contact",
            code,
            "--name",
            "Alex Example",
            "--email",
            "alex@example.org",
            "--country",
            "be",
        ],
    ))
    .remove(0)
}

#[test]
fn the_flow_lists_every_step_in_order_with_its_commands() {
    let data = tempfile::tempdir().unwrap();
    let steps = common::json_lines(&common::case_cli(data.path(), &["flow"]));
    let ids: Vec<&str> = steps.iter().map(|s| s["step"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["case", "links", "images", "copies", "requests", "followup", "file"]
    );
    assert_eq!(steps[4]["next"], "followup");
    assert_eq!(steps[6]["next"], Value::Null);
    // Every command the flow names exists.
    for step in &steps {
        for command in step["cli"].as_array().unwrap() {
            let mut help = Command::new(env!("CARGO_BIN_EXE_reclaim-cli"));
            let out = help
                .args(["case", command.as_str().unwrap(), "--help"])
                .output()
                .unwrap();
            assert!(out.status.success(), "case {command} --help");
        }
    }
}

#[test]
fn the_flow_of_each_situation_is_its_own_branch() {
    let data = tempfile::tempdir().unwrap();
    let ids = |args: &[&str]| -> Vec<String> {
        common::json_lines(&common::case_cli(data.path(), args))
            .iter()
            .map(|s| s["step"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids(&["flow", "--situation", "live_now"]), ["emergency"]);
    assert_eq!(
        ids(&["flow", "--situation", "threatened"])[..5],
        ["case", "threat", "images", "file", "links"]
    );
    let children = ids(&["flow", "--situation", "child_photos"]);
    assert!(children.contains(&"hotline".to_owned()));
    assert!(!children.contains(&"images".to_owned()));
    assert_eq!(
        ids(&["flow", "--situation", "dont_know_where"])[1],
        "search"
    );
    let both = ids(&["flow", "--situation", "fake,live_now"]);
    assert_eq!(both[0], "emergency");
    let out = Command::new(env!("CARGO_BIN_EXE_reclaim-cli"))
        .args(["case", "flow", "--situation", "nude"])
        .output()
        .unwrap();
    assert!(!out.status.success(), "an unknown situation is refused");
}

#[test]
fn links_to_a_request_sent_and_followed_up() {
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

    // Without contact details, the requests say what is missing.
    let before = &common::json_lines(&common::case_cli(data.path(), &["requests", &code]))[0];
    assert!(before["missing"].as_array().unwrap().len() >= 2, "{before}");

    // A bad address is refused naming the field; nothing is changed.
    let bad = common::case_cli(
        data.path(),
        &["contact", &code, "--email", "not an address"],
    );
    assert_eq!(bad.status.code(), Some(1));
    let error: Value = serde_json::from_slice(&bad.stdout).unwrap();
    assert_eq!(error["error"]["detail"]["field"], "email");

    let after = &give_contact_details(data.path(), &code);
    assert_eq!(after["missing"], serde_json::json!([]));
    let first = after["requests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["request"]["platform"] == "facebook")
        .expect("a request to Facebook");
    let channel = first["request"]["channel"].to_string();

    let sent = &common::json_lines(&common::case_cli(
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
    ))[0];
    assert!(sent.to_string().contains("FB-1"));

    let (follow, not_sent): (Vec<_>, Vec<_>) =
        common::json_lines(&common::case_cli(data.path(), &["followup", &code]))
            .into_iter()
            .partition(|l| l.get("not_sent").is_none());
    assert_eq!(follow.len(), 1, "{follow:?}");
    // The services not asked yet are listed too (here the search engines).
    assert!(
        not_sent
            .iter()
            .all(|l| l["not_sent"]["platform"] != follow[0]["platform"]),
        "{not_sent:?}"
    );
    assert_eq!(follow[0]["status"], "sent");
    assert_eq!(follow[0]["tickets"], serde_json::json!(["FB-1"]));
    assert!(
        follow[0]["deadline"].is_string(),
        "a deadline: {}",
        follow[0]
    );
    let id = follow[0]["id"].as_i64().expect("the request's id");

    let moved = common::json_lines(&common::case_cli(
        data.path(),
        &["set-status", &code, &id.to_string(), "acknowledged"],
    ));
    assert_eq!(moved[0]["status"], "acknowledged");
    // A status that does not exist is refused and lists the ones that do.
    let wrong = common::case_cli(data.path(), &["set-status", &code, &id.to_string(), "done"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&wrong.stdout).contains("came_back"));

    // A ticket number that came later is kept; the status stays.
    let ticketed = common::json_lines(&common::case_cli(
        data.path(),
        &["add-ticket", &code, &id.to_string(), "FB-2"],
    ));
    assert_eq!(ticketed[0]["tickets"], serde_json::json!(["FB-1", "FB-2"]));
    assert_eq!(ticketed[0]["status"], "acknowledged");
}

#[test]
fn requests_come_in_checklist_order_most_links_first_then_search_engines() {
    let data = tempfile::tempdir().unwrap();
    let code = common::fast_case(data.path(), PASS.trim(), "en")
        .code()
        .to_owned();
    // One link on X pasted first, then three on Reddit.
    for url in [
        "https://x.com/someone/status/1111111111",
        "https://www.reddit.com/r/a/comments/abc123/one/",
        "https://www.reddit.com/r/a/comments/def456/two/",
        "https://www.reddit.com/r/a/comments/ghi789/three/",
    ] {
        common::json_lines(&common::case_cli(data.path(), &["add-url", &code, url]));
    }
    let view = &give_contact_details(data.path(), &code);
    let mut services: Vec<String> = Vec::new();
    for planned in view["requests"].as_array().unwrap() {
        let platform = planned["request"]["platform"].as_str().unwrap().to_owned();
        if services.last() != Some(&platform) {
            assert!(
                !services.contains(&platform),
                "one service's routes stay together: {services:?}"
            );
            services.push(platform);
        }
    }
    assert_eq!(services[..2], ["reddit", "x"], "{services:?}");
    assert!(
        services[2..]
            .iter()
            .all(|s| s == "google_search" || s == "bing"),
        "search engines come after the sites that carry the links: {services:?}"
    );
}

#[test]
fn images_hashed_into_the_case_find_a_flipped_copy_in_a_folder() {
    let data = tempfile::tempdir().unwrap();
    let code = common::fast_case(data.path(), PASS.trim(), "en")
        .code()
        .to_owned();
    let original = vectors().join("bridge-1-original.jpg");
    let added = &common::json_lines(&common::case_cli(
        data.path(),
        &["hash-images", &code, original.to_str().unwrap()],
    ))[0];
    assert_eq!(added["added"], 1);
    assert_eq!(added["images"][0]["label"], "Image 1");
    assert!(!added.to_string().contains("bridge"), "no file names kept");

    // The case number StopNCII gave her is kept with the case.
    let kept = &common::json_lines(&common::case_cli(
        data.path(),
        &["hash-service-case", &code, "SNC-123456"],
    ))[0];
    assert_eq!(kept[0]["case_number"], "SNC-123456");
    assert_eq!(kept[0]["service"], "stopncii");

    let found = tempfile::tempdir().unwrap();
    std::fs::copy(
        vectors().join("bridge-5-flipx.jpg"),
        found.path().join("leak-0001.jpg"),
    )
    .unwrap();
    std::fs::write(found.path().join("notes.txt"), b"not an image").unwrap();
    let outcome = &common::json_lines(&common::case_cli(
        data.path(),
        &[
            "find-copies",
            &code,
            "--folder",
            found.path().to_str().unwrap(),
        ],
    ))[0];
    let copies = outcome["copies"].as_array().unwrap();
    assert_eq!(copies.len(), 1, "{outcome}");
    assert_eq!(copies[0]["file_name"], "leak-0001.jpg");
    assert_eq!(copies[0]["original"], "Image 1");
    assert_eq!(copies[0]["transform"], "flipped");
    assert_eq!(
        outcome["unreadable_count"], 1,
        "the text file is listed, not matched"
    );

    // The search is kept in the case's custody log.
    let show = &common::json_lines(&common::case_cli(data.path(), &["show", &code]))[0];
    assert!(show["custody"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "copies_searched"));

    // The copy found is kept as evidence, tied to the chat app it came from.
    let copy = found.path().join("leak-0001.jpg");
    let copy_arg = copy.to_str().unwrap();
    let no_tie = common::case_cli(data.path(), &["keep-copy", &code, "--file", copy_arg]);
    assert!(!no_tie.status.success(), "a link or a platform is required");
    let kept = &common::json_lines(&common::case_cli(
        data.path(),
        &[
            "keep-copy",
            &code,
            "--file",
            copy_arg,
            "--platform",
            "discord",
            "--note",
            "sent to me in a server",
        ],
    ))[0];
    assert_eq!(kept["platform"], "discord");
    assert_eq!(kept["file_name"], "leak-0001.jpg");
    assert_eq!(kept["sha256"], copies[0]["sha256"]);
    let show = &common::json_lines(&common::case_cli(data.path(), &["show", &code]))[0];
    let evidence = &show["evidence"][0];
    assert_eq!(evidence["kind"], "found_copy");
    assert_eq!(evidence["platform"], "discord");
    assert_eq!(evidence["note"], "sent to me in a server");
    assert!(show["custody"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "found_copy_kept"));
}

#[test]
fn the_requests_to_one_service_can_be_written_in_another_language_and_back() {
    let data = tempfile::tempdir().unwrap();
    let code = common::fast_case(data.path(), PASS.trim(), "en")
        .code()
        .to_owned();
    common::json_lines(&common::case_cli(
        data.path(),
        &[
            "add-url",
            &code,
            "https://www.reddit.com/r/a/comments/abc123/one/",
        ],
    ));
    give_contact_details(data.path(), &code);
    let languages = |view: &Value, platform: &str| -> Vec<String> {
        view["requests"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["request"]["platform"] == platform)
            .map(|p| p["request"]["language"].as_str().unwrap().to_owned())
            .collect()
    };
    let set = |language: &str| {
        common::json_lines(&common::case_cli(
            data.path(),
            &[
                "request-language",
                &code,
                "--platform",
                "reddit",
                "--language",
                language,
            ],
        ))
        .remove(0)
    };
    let dutch = set("nl");
    let reddit = languages(&dutch, "reddit");
    assert!(
        !reddit.is_empty() && reddit.iter().all(|l| l == "nl"),
        "{reddit:?}"
    );
    // The search engines' requests keep their own language.
    assert!(languages(&dutch, "google_search").iter().all(|l| l == "en"));
    let back = set("auto");
    assert!(languages(&back, "reddit").iter().all(|l| l == "en"));
    // A language Reclaim does not speak is refused with the ones it does.
    let refused = common::case_cli(
        data.path(),
        &[
            "request-language",
            &code,
            "--platform",
            "reddit",
            "--language",
            "es",
        ],
    );
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&refused.stdout),
        String::from_utf8_lossy(&refused.stderr)
    );
    let error: Value = said
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|v| v.get("error").is_some())
        .unwrap_or_else(|| panic!("no error line: {said}"));
    assert_eq!(error["error"]["kind"], "invalid_input", "{error}");
}
