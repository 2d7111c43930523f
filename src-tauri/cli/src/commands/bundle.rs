//! `reclaim-cli bundle verify DIR` and `reclaim-cli bundle timestamp DIR --tsa URL`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Subcommand;
use reclaim_core::net::NetConfig;
use serde::Serialize;

use crate::output;

#[derive(Debug, Subcommand)]
pub enum BundleCommand {
    /// Check every hash, the custody chain and the timestamp of an exported
    /// evidence bundle. Prints {ok, problems, files_checked, timestamp} and
    /// exits 1 when anything is off (the one command that exits non-zero on
    /// a finding).
    Verify {
        /// The bundle folder (the one holding manifest.sha256).
        dir: PathBuf,
    },
    /// Ask an RFC 3161 time-stamp authority to timestamp the bundle. Only the
    /// SHA-256 of manifest.sha256 is sent; the reply is stored as
    /// manifest.tsr. Prints {gen_time, imprint_matches, signature_checked, error}.
    Timestamp {
        dir: PathBuf,
        /// The authority's URL (http:// or https://).
        #[arg(long)]
        tsa: String,
        /// Give up after this many seconds.
        #[arg(long, default_value_t = 30)]
        timeout_secs: u64,
        /// Send the request through this proxy, e.g. socks5h://127.0.0.1:9050 (Tor).
        #[arg(long)]
        proxy: Option<String>,
        /// Let the proxy look the authority's name up itself (see `urls check --help`).
        #[arg(long, requires = "proxy")]
        allow_names_through_proxy: bool,
    },
}

#[derive(Serialize)]
struct TimestampLine {
    #[serde(flatten)]
    info: Option<reclaim_core::report::BundleTimestamp>,
    error: Option<reclaim_core::CoreError>,
}

pub fn run(command: BundleCommand) -> ExitCode {
    match command {
        BundleCommand::Verify { dir } => {
            let report = reclaim_core::report::verify_bundle(&dir);
            output::line(&report);
            if report.ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        BundleCommand::Timestamp {
            dir,
            tsa,
            timeout_secs,
            proxy,
            allow_names_through_proxy,
        } => {
            // The same guarded client as every other request (no private
            // address, names through a proxy only when allowed).
            let timeout = Duration::from_secs(timeout_secs.max(1));
            let net = NetConfig {
                connect_timeout: timeout.min(Duration::from_secs(10)),
                total_timeout: timeout,
                proxy,
                allow_names_through_proxy,
                ..NetConfig::default()
            };
            let result = reclaim_core::report::timestamp_bundle(&dir, &tsa, &net);
            let line = match result {
                Ok(info) => TimestampLine {
                    info: Some(info),
                    error: None,
                },
                Err(err) => TimestampLine {
                    info: None,
                    error: Some(err),
                },
            };
            output::line(&line);
            ExitCode::SUCCESS
        }
    }
}
