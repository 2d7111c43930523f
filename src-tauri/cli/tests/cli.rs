//! Runs the real `reclaim-cli` binary and reads its JSON lines.

use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_reclaim-cli"))
}

#[test]
fn version_prints_the_package_version() {
    let out = cli().arg("--version").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.trim(),
        format!("reclaim-cli {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_lists_the_commands() {
    let out = cli().arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("helplines"), "{text}");
    assert!(text.contains("Images never leave this computer"), "{text}");
}

#[test]
fn unknown_command_is_a_usage_error_with_exit_code_2() {
    let out = cli().arg("no-such-command").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing on stdout for a usage error");
}

#[test]
fn helplines_are_json_lines_with_child_focus() {
    let out = cli().arg("helplines").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    assert!(lines.len() >= 5);
    assert!(lines
        .iter()
        .any(|l| l["id"] == "child_focus" && l["phone"] == "116 000"));
}

fn json_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

#[test]
fn urls_classify_reads_a_file_and_prints_the_contract_fields() {
    let dir = std::env::temp_dir().join(format!("reclaim-cli-urls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("links.txt");
    std::fs::write(
        &file,
        "https://www.instagram.com/p/Cx1/?igsh=abc\n\nhttps://facebook.com@evil.example/x\nnot a link\nhttps://instagram.com/p/Cx1\n",
    )
    .unwrap();
    let out = cli()
        .args(["urls", "classify"])
        .arg(&file)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(out.status.success());
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 4);
    for field in [
        "input",
        "url",
        "dedupe_key",
        "platform",
        "kind",
        "host",
        "warnings",
        "error",
    ] {
        assert!(
            lines.iter().all(|l| l.get(field).is_some()),
            "field {field} missing"
        );
    }
    assert_eq!(lines[0]["platform"], "instagram");
    assert_eq!(lines[0]["kind"], "post");
    assert_eq!(
        lines[0]["input"],
        "https://www.instagram.com/p/Cx1/?igsh=abc"
    );
    assert_eq!(lines[0]["dedupe_key"], "instagram.com/p/Cx1");
    assert!(lines[0]["error"].is_null());
    assert_eq!(lines[1]["platform"], "unknown");
    assert!(lines[1]["error"].as_str().unwrap().contains("name@"));
    assert!(lines[1]["url"].is_null());
    assert!(lines[2]["error"]
        .as_str()
        .unwrap()
        .contains("no web address"));
    assert_eq!(
        lines[3]["warnings"],
        serde_json::json!(["possible_duplicate"])
    );
    assert_eq!(lines[3]["duplicate_of"], 0);
}

#[test]
fn urls_classify_reads_standard_input() {
    use std::io::Write;
    let mut child = cli()
        .args(["urls", "classify", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"see https://t.co/abc and www.reddit.com/r/a/comments/b/c/.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["platform"], "x");
    assert_eq!(lines[0]["kind"], "short_link");
    assert_eq!(lines[1]["platform"], "reddit");
    assert_eq!(lines[1]["warnings"][0], "scheme_added");
}

#[test]
fn urls_classify_of_a_missing_file_is_a_usage_error() {
    let out = cli()
        .args(["urls", "classify", "/nonexistent/reclaim/links.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn urls_whois_of_a_non_web_address_reports_an_error_without_any_lookup() {
    let out = cli()
        .args(["urls", "whois", "javascript:alert(1)"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 1);
    for field in ["host", "ips", "hosting", "registrar", "cdn", "error"] {
        assert!(lines[0].get(field).is_some(), "field {field} missing");
    }
    assert!(lines[0]["error"].as_str().unwrap().contains("http"));
    assert!(lines[0]["hosting"].is_null());
}

#[test]
fn urls_check_refuses_an_address_inside_this_computer_without_connecting() {
    // A real listener on loopback: the check must refuse before connecting.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let url = format!(
        "http://127.0.0.1:{}/photo.jpg",
        listener.local_addr().unwrap().port()
    );
    let out = cli().args(["urls", "check", &url]).output().unwrap();
    assert!(out.status.success());
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["url"], url.as_str());
    assert!(
        lines[0]["error"]
            .as_str()
            .unwrap()
            .contains("private network"),
        "{}",
        lines[0]
    );
    assert!(lines[0]["status"].is_null());
    let raw = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(raw.matches("\"error\"").count(), 1, "one error key: {raw}");
    assert!(listener.accept().is_err(), "no connection was made");
}

#[test]
fn urls_check_without_urls_is_a_usage_error() {
    let out = cli().args(["urls", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn helplines_include_the_german_line_and_both_suicide_prevention_lines() {
    let out = cli().arg("helplines").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for phone in ["\"108\"", "\"1813\"", "\"0800 32 123\"", "\"112\""] {
        assert!(text.contains(phone), "{phone} missing: {text}");
    }
}
