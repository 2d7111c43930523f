//! The JSON-lines output convention shared by every command.

use std::io::Write;

use serde::Serialize;

/// Prints one JSON object on its own line to standard output.
///
/// A closed pipe (e.g. `reclaim-cli … | head -1`) ends the program quietly
/// instead of panicking.
pub fn line<T: Serialize>(value: &T) {
    let text = serde_json::to_string(value).expect("CLI output types serialise");
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{text}").and_then(|()| out.flush()).is_err() {
        std::process::exit(0);
    }
}

/// A usage problem found after parsing (clap handles the rest): a message on
/// standard error and exit code 2.
pub fn usage_error(message: &str) -> std::process::ExitCode {
    eprintln!("reclaim-cli: {message}");
    std::process::ExitCode::from(2)
}
