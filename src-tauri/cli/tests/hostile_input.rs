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
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    json_lines(&out).remove(0)
}

#[test]
fn links_that_disguise_where_they_lead_are_refused_by_add_url_and_never_stored() {
    let data = tempfile::tempdir().unwrap();
    let code = common::fast_case(data.path(), PASS, "en").code().to_owned();
    for (url, reason) in [
        ("javascript:alert(document.cookie)", "unsupported_scheme"),
        (
            "data:text/html,<script>alert(1)</script>",
            "unsupported_scheme",
        ),
        (
            "https://facebook.com@evil.example/login",
            "credentials_in_url",
        ),
        ("https://user:secret@example.com/p/1", "credentials_in_url"),
        ("https://example.com/\u{202E}gpj.exe", "bidi_characters"),
        ("https://example.com/a\u{1b}[2Jb", "control_characters"),
        (
            "https://exa\u{200B}mple.com/p",
            "invisible_characters_in_host",
        ),
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
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let snapshot = show(data.path(), &code);
    let url = &snapshot["urls"][0];
    assert_eq!(url["original"], given);
    assert_eq!(url["normalised"], "https://example.com/b?x=1");
}

/// Runs `reclaim-cli hash` on `paths`, killed after 60 s (a pipe opened for
/// reading would wait for a writer forever).
#[cfg(unix)]
fn hash(paths: &[&Path]) -> Output {
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let mut c = Command::new(env!("CARGO_BIN_EXE_reclaim-cli"));
    c.arg("hash").args(paths);
    let mut child = c
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("reclaim-cli hash did not finish: it waits on a pipe");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
#[test]
fn hash_answers_every_path_given_even_a_pipe_or_a_device() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("a pipe.jpg");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo is needed for this test");
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, b"not an image").unwrap();
    let out = hash(&[&fifo, Path::new("/dev/null"), &text]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3, "one line per path given: {lines:?}");
    for special in [fifo.display().to_string(), "/dev/null".to_owned()] {
        let line = lines
            .iter()
            .find(|l| l["path"] == special.as_str())
            .unwrap_or_else(|| panic!("no line for {special}: {lines:?}"));
        assert_eq!(line["error"]["kind"], "unsupported_format", "{line}");
        assert!(
            line["error"]["message"]
                .as_str()
                .unwrap()
                .contains("not a regular file"),
            "{line}"
        );
        assert!(line["sha256"].is_null(), "{line}");
    }
}
