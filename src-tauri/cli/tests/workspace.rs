//! `reclaim-cli workspace …`: a counsellor's private list of her cases, on a
//! real vault and a real sealed file (calibrated Argon2id, as the app uses).

use std::path::Path;
use std::process::{Command, Output};

mod common;

const LIST: &str = "the counsellor's own words";
const CASE: &str = "a long enough passphrase";

fn workspace(data: &Path, args: &[&str], stdin: &str) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_reclaim-cli"));
    c.arg("--data-dir")
        .arg(data)
        .arg("--passphrase-stdin")
        .arg("workspace")
        .args(args);
    common::run_with_stdin(c, stdin)
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

fn ok(out: Output) -> Vec<serde_json::Value> {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    lines(&out)
}

#[test]
fn a_counsellors_list_is_made_labelled_listed_and_survives_a_removed_case() {
    let data = tempfile::tempdir().unwrap();
    let created = ok(workspace(data.path(), &["create"], &format!("{LIST}\n")));
    assert_eq!(created, vec![serde_json::json!({"workspace": "created"})]);

    let case = common::fast_case(data.path(), CASE, "en");
    let code = case.code().to_owned();
    case.lock();
    let entry = ok(workspace(
        data.path(),
        &["update", &code, "--opened"],
        &format!("{LIST}\n{CASE}\n"),
    ));
    assert_eq!(entry[0]["code"], code.as_str());
    assert_eq!(
        entry[0]["label"], "cli test",
        "the case's own name at first"
    );
    assert_eq!(entry[0]["overdue"], 0);
    assert!(entry[0]["last_opened_at"].is_string());

    let labelled = ok(workspace(
        data.path(),
        &["label", &code, "Noor, Wednesday"],
        &format!("{LIST}\n"),
    ));
    assert_eq!(labelled[0]["label"], "Noor, Wednesday");
    let listed = ok(workspace(data.path(), &["list"], &format!("{LIST}\n")));
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["label"], "Noor, Wednesday");
    assert_eq!(listed[0]["missing"], false);

    // Nothing of her label is readable on disk.
    assert_eq!(
        reclaim_core::vault::files_containing(data.path(), b"Noor", None),
        Vec::<std::path::PathBuf>::new()
    );

    // A wrong passphrase: exit 1, the kind and the detail the app words.
    let wrong = workspace(data.path(), &["list"], "not the list's words\n");
    assert_eq!(wrong.status.code(), Some(1));
    let error = &lines(&wrong)[0]["error"];
    assert_eq!(error["kind"], "wrong_secret");
    assert_eq!(error["detail"]["type"], "wrong_workspace_passphrase");

    // The case is removed from this computer: the list says so, then drops it.
    std::fs::remove_dir_all(data.path().join("vault/v1/cases").join(&code)).unwrap();
    let listed = ok(workspace(data.path(), &["list"], &format!("{LIST}\n")));
    assert_eq!(listed[0]["missing"], true);
    let dropped = ok(workspace(
        data.path(),
        &["drop", &code],
        &format!("{LIST}\n"),
    ));
    assert_eq!(dropped[0]["dropped"], code.as_str());
    assert!(ok(workspace(data.path(), &["list"], &format!("{LIST}\n"))).is_empty());
}
