//! Hostile input through the command line (issue 18): links that disguise
//! where they lead, look-alike site names, files that are not files, and
//! pictures declared as documents in a minor's case. Each test drives the
//! real `reclaim-cli` binary against a real vault.

use std::path::Path;
use std::process::{Command, Output};

mod common;

fn cli(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_reclaim-cli"));
    c.arg("--data-dir").arg(data);
    c
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

const PASS: &str = "a hostile input passphrase";

fn add_url(data: &Path, code: &str, url: &str) -> Output {
    let mut c = cli(data);
    c.args(["--passphrase-stdin", "case", "add-url", code, url]);
    common::run_with_stdin(c, &format!("{PASS}\n"))
}

fn show(data: &Path, code: &str) -> serde_json::Value {
    let mut c = cli(data);
    c.args(["--passphrase-stdin", "case", "show", code]);
    let out = common::run_with_stdin(c, &format!("{PASS}\n"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    json_lines(&out).remove(0)
}

#[test]
fn links_that_disguise_where_they_lead_are_refused_by_add_url_and_never_stored() {
    let data = tempfile::tempdir().unwrap();
    let code = common::fast_case(data.path(), PASS, "en").code().to_owned();
    for (url, reason) in [
        ("javascript:alert(document.cookie)", "unsupported_scheme"),
        ("data:text/html,<script>alert(1)</script>", "unsupported_scheme"),
        ("https://facebook.com@evil.example/login", "credentials_in_url"),
        ("https://user:secret@example.com/p/1", "credentials_in_url"),
        ("https://example.com/\u{202E}gpj.exe", "bidi_characters"),
        ("https://example.com/a\u{1b}[2Jb", "control_characters"),
        ("https://exa\u{200B}mple.com/p", "invisible_characters_in_host"),
    ] {
        let out = add_url(data.path(), &code, url);
        assert_eq!(out.status.code(), Some(1), "{url:?} was accepted");
        let line = &json_lines(&out)[0]["error"];
        assert_eq!(line["kind"], "invalid_input", "{url:?}: {line}");
        assert_eq!(line["detail"]["type"], "url_refused", "{url:?}: {line}");
        assert_eq!(line["detail"]["reason"], reason, "{url:?}: {line}");
    }
    let snapshot = show(data.path(), &code);
    assert_eq!(snapshot["urls"], serde_json::json!([]), "{snapshot}");

    // A good link keeps the text as given beside its checked form.
    let given = "Example.com/a/../b?x=1";
    let out = add_url(data.path(), &code, given);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let snapshot = show(data.path(), &code);
    let url = &snapshot["urls"][0];
    assert_eq!(url["original"], given);
    assert_eq!(url["normalised"], "https://example.com/b?x=1");
}

