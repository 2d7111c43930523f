//! `reclaim-cli case time-stamping` and `case anchor`: off by default, the
//! choice is kept and said plainly, and the request goes through the network
//! guard (a time-stamp authority on this machine's loopback is refused, and
//! nothing is stored). The anchoring itself, against a real RFC 3161
//! authority on loopback, is tested in core/tests/report_anchors.rs.

use std::process::Command;

mod common;

use common::{fast_case, run_with_stdin};

const PASSPHRASE: &str = "correct horse battery staple";

fn run(data: &std::path::Path, args: &[&str]) -> serde_json::Value {
    let mut command = Command::new(env!("CARGO_BIN_EXE_reclaim-cli"));
    command
        .arg("--data-dir")
        .arg(data)
        .arg("--passphrase-stdin")
        .args(args);
    let output = run_with_stdin(command, &format!("{PASSPHRASE}\n"));
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|_| panic!("not one JSON line: {output:?}"))
}

#[test]
fn time_stamping_is_off_until_chosen_and_a_loopback_authority_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let case = fast_case(&data, PASSPHRASE, "en");
    let code = case.code().to_owned();
    case.lock();

    let shown = run(&data, &["case", "time-stamping", &code]);
    assert_eq!(shown["time_stamping"], serde_json::Value::Null);
    assert!(shown["what_leaves"]
        .as_str()
        .unwrap()
        .contains("Only a SHA-256"));
    assert!(shown["authorities"].as_array().unwrap().len() >= 2);

    let err = run(&data, &["case", "anchor", &code]);
    assert_eq!(err["error"]["kind"], "invalid_input", "{err}");

    let on = run(&data, &["case", "time-stamping", &code, "--tsa", "sectigo"]);
    assert_eq!(
        on["time_stamping"]["tsa_url"],
        "http://timestamp.sectigo.com"
    );

    let refused = run(
        &data,
        &["case", "anchor", &code, "--tsa", "http://127.0.0.1:9/tsa"],
    );
    assert_eq!(refused["error"]["kind"], "address_refused", "{refused}");

    let off = run(&data, &["case", "time-stamping", &code, "--off"]);
    assert_eq!(off["time_stamping"], serde_json::Value::Null);
    let log = run(&data, &["case", "show", &code]);
    let actions: Vec<&str> = log["custody"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions
            .iter()
            .filter(|a| **a == "time_stamping_set")
            .count(),
        2,
        "each choice is in the custody log: {actions:?}"
    );
    assert!(!actions.contains(&"custody_time_stamped"));
}
