//! Helpers shared by the CLI's integration tests.

#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use reclaim_core::vault::{CreateOptions, KdfStrength, NewCase, OpenCase, Vault};
use secrecy::SecretString;

/// Runs a command with `stdin` as its standard input and collects its output.
pub fn run_with_stdin(mut command: Command, stdin: &str) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// A case made through the library with cheap Argon2 parameters (stored in
/// its slot, so the CLI opens it quickly too), left open.
pub fn fast_case(data: &Path, passphrase: &str, language: &str) -> OpenCase {
    Vault::without_keyring(data)
        .create_case(
            &NewCase {
                label: "cli test".to_owned(),
                language: language.to_owned(),
                ..NewCase::default()
            },
            CreateOptions {
                passphrase: Some(SecretString::from(passphrase.to_owned())),
                use_keyring: false,
                kdf: KdfStrength::InsecureForTests,
            },
        )
        .unwrap()
}

/// The passphrase of the cases `case_cli` opens.
pub const CASE_PASS: &str = "a long enough passphrase\n";

/// `reclaim-cli --data-dir DATA --passphrase-stdin case ARGS…`, with the
/// case passphrase on standard input.
pub fn case_cli(data: &Path, args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_reclaim-cli"));
    c.arg("--data-dir")
        .arg(data)
        .arg("--passphrase-stdin")
        .arg("case")
        .args(args);
    run_with_stdin(c, CASE_PASS)
}

/// The JSON lines of a command that succeeded.
pub fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

/// `reclaim-cli --data-dir DATA --passphrase-stdin ARGS…` with `passphrase`
/// on standard input: its first JSON line (null when none) and exit code.
pub fn run_json(data: &Path, passphrase: &str, args: &[&str]) -> (serde_json::Value, Option<i32>) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_reclaim-cli"));
    command
        .arg("--data-dir")
        .arg(data)
        .arg("--passphrase-stdin")
        .args(args);
    let output = run_with_stdin(command, &format!("{passphrase}\n"));
    let line = serde_json::from_slice(&output.stdout).unwrap_or(serde_json::Value::Null);
    (line, output.status.code())
}

/// A server on loopback that answers every connection with `response` and
/// counts the connections: the guard tests assert it got none.
pub fn counting_loopback_server(
    response: &'static [u8],
) -> (
    std::net::SocketAddr,
    std::sync::Arc<std::sync::atomic::AtomicUsize>,
) {
    use std::io::Read;
    use std::sync::atomic::Ordering;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = hits.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            seen.fetch_add(1, Ordering::SeqCst);
            if let Ok(mut s) = stream {
                let _ = s.read(&mut [0u8; 1024]);
                let _ = s.write_all(response);
            }
        }
    });
    (addr, hits)
}
