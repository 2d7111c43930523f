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
