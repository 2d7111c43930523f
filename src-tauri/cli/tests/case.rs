//! `reclaim-cli case …` against a real vault (SQLCipher, age), including the
//! crash test: SIGKILL at random moments while evidence is being added.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod common;

use rand::Rng;
use reclaim_core::vault::{Unlock, Vault};
use secrecy::SecretString;

fn cli(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_reclaim-cli"));
    c.arg("--data-dir").arg(data);
    c
}

fn run(cmd: Command, stdin: &str) -> Output {
    common::run_with_stdin(cmd, stdin)
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

/// The code of a new case with cheap Argon2 parameters (see common::fast_case).
fn fast_case(data: &Path, passphrase: &str) -> String {
    common::fast_case(data, passphrase, "en").code().to_owned()
}

#[test]
fn case_commands_round_trip_with_a_passphrase() {
    let data = tempfile::tempdir().unwrap();
    let pass = "a long enough passphrase\n";
    // A real `case create` uses the app's calibrated Argon2id parameters.
    let out = run(
        {
            let mut c = cli(data.path());
            c.args([
                "--passphrase-stdin",
                "case",
                "create",
                "--label",
                "Counsellor case 1",
                "--language",
                "nl",
            ]);
            c
        },
        pass,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let code = json_lines(&out)[0]["case"].as_str().unwrap().to_owned();
    // A hint of how hard it is to guess (the app shows the same one).
    assert_eq!(json_lines(&out)[0]["passphrase_strength"], "strong");

    let out = run(
        {
            let mut c = cli(data.path());
            c.args(["case", "list"]);
            c
        },
        "",
    );
    let list = json_lines(&out);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["code"], code.as_str());
    assert_eq!(list[0]["slots"], serde_json::json!(["passphrase"]));
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("Counsellor"),
        "labels never listed"
    );

    let url = "https://Example.com/a/../b?utm_source=x&id=7#frag";
    let mut c = cli(data.path());
    c.args(["--passphrase-stdin", "case", "add-url", &code, url]);
    let out = run(c, pass);
    assert!(out.status.success());
    let url_id = json_lines(&out)[0]["id"].as_i64().unwrap();

    let file = data.path().join("shot.png");
    std::fs::write(&file, b"\x89PNG fake screenshot bytes").unwrap();
    let mut c = cli(data.path());
    c.args(["--passphrase-stdin", "case", "add-evidence", &code])
        .arg(&file)
        .args(["--url-id", &url_id.to_string()]);
    let out = run(c, pass);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let added = &json_lines(&out)[0];
    assert_eq!(
        added["sha256"],
        sha256_hex(b"\x89PNG fake screenshot bytes")
    );

    let mut c = cli(data.path());
    c.args(["--passphrase-stdin", "case", "show", &code]);
    let out = run(c, pass);
    let shown = &json_lines(&out)[0];
    assert_eq!(shown["case"]["label"], "Counsellor case 1");
    assert_eq!(shown["case"]["language"], "nl");
    assert_eq!(shown["urls"][0]["original"], url, "kept verbatim");
    assert_eq!(shown["evidence"][0]["original_name"], "shot.png");
    assert_eq!(shown["evidence"][0]["url_id"], url_id);
    assert_eq!(shown["custody"][0]["action"], "case_created");

    let mut c = cli(data.path());
    c.args(["--passphrase-stdin", "case", "verify", &code]);
    let out = run(c, pass);
    assert!(out.status.success());
    assert_eq!(json_lines(&out)[0]["ok"], true);
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

#[test]
fn wrong_passphrase_is_one_line_and_a_non_zero_exit() {
    let data = tempfile::tempdir().unwrap();
    let code = fast_case(data.path(), "the right passphrase");
    let mut c = cli(data.path());
    c.args(["--passphrase-stdin", "case", "show", &code]);
    let out = run(c, "not the right one\n");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("backtrace"),
        "{stderr}"
    );
    assert_eq!(json_lines(&out)[0]["error"]["kind"], "wrong_secret");
    // The case is untouched and still opens with the right passphrase.
    let mut c = cli(data.path());
    c.args(["--passphrase-stdin", "case", "verify", &code]);
    assert!(run(c, "the right passphrase\n").status.success());
}

#[test]
fn case_commands_without_data_dir_are_a_usage_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_reclaim-cli"))
        .args(["case", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn without_a_secret_service_the_passphrase_is_required() {
    // A session with no D-Bus at all: no bus address, no X display to
    // autolaunch one, an empty runtime dir.
    let data = tempfile::tempdir().unwrap();
    let runtime = tempfile::tempdir().unwrap();
    let mut c = cli(data.path());
    c.args(["case", "create", "--label", "no keyring"])
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_RUNTIME_DIR", runtime.path());
    let out = run(c, "");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json_lines(&out)[0]["error"]["kind"], "keyring_unavailable");
    let mut c = cli(data.path());
    c.args(["case", "list"]);
    assert!(
        json_lines(&run(c, "")).is_empty(),
        "no case without a usable secret"
    );
}

/// ≥ 200 rounds: start `case add-evidence`, SIGKILL it at a random moment,
/// then check the case opens, verifies, and has exactly one file per row.
#[test]
fn sigkill_while_adding_evidence_never_loses_or_dangles() {
    let data = tempfile::tempdir().unwrap();
    let pass = "crash test passphrase";
    let code = fast_case(data.path(), pass);
    let case_dir = data.path().join("vault/v1/cases").join(&code);
    let file = data.path().join("evidence.bin");
    let mut rng = rand::thread_rng();
    let content: Vec<u8> = (0..512 * 1024).map(|_| rng.gen()).collect();
    std::fs::write(&file, &content).unwrap();
    let add = || {
        let mut c = cli(data.path());
        c.args(["--passphrase-stdin", "case", "add-evidence", &code])
            .arg(&file)
            .args(["--kind", "document"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut child = c.spawn().unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{pass}\n").as_bytes())
            .unwrap();
        child
    };
    // How long one full add takes here; kills land anywhere in 0..120 % of it.
    let start = Instant::now();
    assert!(add().wait().unwrap().success());
    let full = start.elapsed();
    let vault = Vault::without_keyring(data.path());
    let (mut committed, mut killed) = (1usize, 0usize);
    let rounds = 200;
    for round in 0..rounds {
        let mut child = add();
        let delay = rng.gen_range(0..(full.as_micros() as u64 * 12 / 10).max(1));
        std::thread::sleep(Duration::from_micros(delay));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL on Unix
            killed += 1;
        }
        child.wait().unwrap();

        let (mut case, _) = vault
            .open_case(
                &code,
                Unlock::Passphrase(SecretString::from(pass.to_owned())),
            )
            .unwrap_or_else(|e| panic!("round {round}: the case does not open: {e}"));
        let report = case.verify().unwrap();
        assert!(report.ok, "round {round}: {:?}", report.problems);
        let rows = case.evidence().unwrap();
        assert!(rows.iter().all(|r| r.sha256 == sha256_hex(&content)));
        let blobs = std::fs::read_dir(case_dir.join("blobs")).unwrap().count();
        assert_eq!(
            blobs,
            rows.len(),
            "round {round}: one file per row, no orphan"
        );
        assert_eq!(std::fs::read_dir(case_dir.join("tmp")).unwrap().count(), 0);
        committed = rows.len();
        case.lock();
        if round % 50 == 0 {
            let mut c = cli(data.path());
            c.args(["--passphrase-stdin", "case", "verify", &code]);
            assert!(
                run(c, &format!("{pass}\n")).status.success(),
                "round {round}: case verify"
            );
        }
    }
    eprintln!(
        "crash test: {rounds} rounds, one add = {:?}, {killed} killed mid-way, {committed} evidence files committed",
        full
    );
    assert!(
        killed > rounds / 10,
        "rounds must really be interrupted, got {killed}"
    );
}

#[test]
fn export_then_import_hands_a_case_to_another_device() {
    let counsellor = tempfile::tempdir().unwrap();
    let code = fast_case(counsellor.path(), "counsellor passphrase");
    let mut c = cli(counsellor.path());
    c.args([
        "--passphrase-stdin",
        "case",
        "add-url",
        &code,
        "https://example.com/p/1",
    ]);
    assert!(run(c, "counsellor passphrase\n").status.success());
    let export = counsellor.path().join("handover.age");
    let mut c = cli(counsellor.path());
    c.args(["--passphrase-stdin", "case", "handover", &code])
        .arg(&export);
    let out = run(c, "counsellor passphrase\nhand-over passphrase\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json_lines(&out)[0]["code"], code.as_str());
    // A standard age file.
    assert!(std::fs::read(&export)
        .unwrap()
        .starts_with(b"age-encryption.org/v1\n"));

    let victim = tempfile::tempdir().unwrap();
    let mut c = cli(victim.path());
    c.args(["--passphrase-stdin", "case", "import"])
        .arg(&export);
    let out = run(c, "hand-over passphrase\nher own passphrase\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json_lines(&out)[0]["case"], code.as_str());
    let mut c = cli(victim.path());
    c.args(["--passphrase-stdin", "case", "show", &code]);
    let shown = json_lines(&run(c, "her own passphrase\n"))[0].clone();
    assert_eq!(shown["urls"][0]["original"], "https://example.com/p/1");
    let actions: Vec<&str> = shown["custody"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions.first(), Some(&"case_created"));
    assert!(actions.contains(&"case_imported"));
    let mut c = cli(victim.path());
    c.args(["--passphrase-stdin", "case", "verify", &code]);
    assert!(run(c, "her own passphrase\n").status.success());
}

/// Only inside scripts/with-desktop-session.sh (a throwaway keyring under a
/// temporary XDG_DATA_HOME), so the test never writes into a developer's own
/// keyring.
fn in_throwaway_desktop_session() -> bool {
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
    let scratch = std::env::var_os("XDG_DATA_HOME")
        .is_some_and(|d| Path::new(&d).starts_with(std::env::temp_dir()));
    if !(bus && scratch) {
        eprintln!("keyring CLI test skipped: run it inside scripts/with-desktop-session.sh");
    }
    bus && scratch
}

#[test]
fn without_passphrase_stdin_the_os_keyring_opens_the_case() {
    if !in_throwaway_desktop_session() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let mut c = cli(data.path());
    c.args(["case", "create", "--label", "keyring case"]);
    let out = run(c, "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let code = json_lines(&out)[0]["case"].as_str().unwrap().to_owned();
    let mut c = cli(data.path());
    c.args(["case", "add-url", &code, "https://example.com/k"]);
    assert!(run(c, "").status.success());
    let mut c = cli(data.path());
    c.args(["case", "show", &code]);
    let shown = json_lines(&run(c, ""))[0].clone();
    assert_eq!(shown["case"]["label"], "keyring case");
    assert_eq!(shown["urls"][0]["original"], "https://example.com/k");
    // With --passphrase-stdin the keyring is not used, and this case has no passphrase.
    let mut c = cli(data.path());
    c.args(["--passphrase-stdin", "case", "show", &code]);
    let out = run(c, "some passphrase\n");
    assert_eq!(out.status.code(), Some(1));
}

/// `case change-passphrase`: the current passphrase, then the new one; the
/// old passphrase no longer opens the case, the new one opens it with its
/// evidence, and a wrong current passphrase changes nothing.
#[test]
fn change_passphrase_changes_what_opens_the_case() {
    let data = tempfile::tempdir().unwrap();
    let old = "the old passphrase here";
    let new = "the new passphrase here";
    let code = fast_case(data.path(), old);
    let file = data.path().join("note.txt");
    std::fs::write(&file, "a message kept as evidence").unwrap();
    let mut c = cli(data.path());
    c.args(["--passphrase-stdin", "case", "add-evidence", &code])
        .arg(&file)
        .args(["--kind", "document"]);
    assert!(run(c, &format!("{old}\n")).status.success());

    let mut c = cli(data.path());
    c.args(["--passphrase-stdin", "case", "change-passphrase", &code]);
    let out = run(c, &format!("not the passphrase\n{new}\n"));
    assert!(!out.status.success());
    assert_eq!(json_lines(&out)[0]["error"]["kind"], "wrong_secret");

    let mut c = cli(data.path());
    c.args(["--passphrase-stdin", "case", "change-passphrase", &code]);
    let out = run(c, &format!("{old}\n{new}\n"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = &json_lines(&out)[0];
    assert_eq!(line["case"], code.as_str());
    assert_eq!(line["evidence_files"], 1);

    let vault = Vault::without_keyring(data.path());
    assert!(vault
        .open_case(
            &code,
            Unlock::Passphrase(SecretString::from(old.to_owned()))
        )
        .is_err());
    let mut c = cli(data.path());
    c.args(["--passphrase-stdin", "case", "verify", &code]);
    let out = run(c, &format!("{new}\n"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
