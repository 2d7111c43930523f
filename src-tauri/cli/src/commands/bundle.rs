//! `reclaim-cli bundle verify DIR [--tsa-root FILE]... [--lang L]` and
//! `reclaim-cli bundle timestamp DIR --tsa URL [--tsa-root FILE]... [--proxy URL]`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use reclaim_core::model::Language;
use reclaim_core::net::{Net, NetConfig};
use reclaim_core::report::{token, VerifyOptions};
use reclaim_core::CoreError;
use serde::Serialize;

use crate::output;

#[derive(Debug, Subcommand)]
pub enum BundleCommand {
    /// Check an exported evidence bundle: every hash and size, the custody
    /// chain, the custody log against the files, addresses and capture times,
    /// and the time-stamp (signature, signer, chain to the roots given).
    /// Prints {ok, problems, files_checked, timestamp, proof, statement} and
    /// exits 1 when anything is off (the one command that exits non-zero on a
    /// finding). `statement` says exactly what was proven.
    Verify {
        /// The bundle folder (the one holding manifest.sha256).
        dir: PathBuf,
        /// A root certificate (PEM or DER) you trust for time-stamp
        /// authorities; repeat for several. Without one, a valid signature is
        /// reported as not anchored to a trusted root.
        #[arg(long, value_name = "FILE")]
        tsa_root: Vec<PathBuf>,
        /// Language of `statement`.
        #[arg(long, value_parser = ["en", "fr", "nl", "de"], default_value = "en")]
        lang: String,
    },
    /// Ask an RFC 3161 time-stamp authority to time-stamp the bundle. Only the
    /// SHA-256 of manifest.sha256 is sent; the reply is checked (signature,
    /// time-stamping certificate, roots if given) and stored as manifest.tsr.
    /// Prints {time, tsa, covers_manifest, signature_valid, trusted_root, error}.
    Timestamp {
        dir: PathBuf,
        /// The authority's URL (http:// or https://).
        #[arg(long)]
        tsa: String,
        /// A root certificate the authority must lead to (PEM or DER).
        #[arg(long, value_name = "FILE")]
        tsa_root: Vec<PathBuf>,
        /// Send the request through this proxy, e.g. socks5h://127.0.0.1:9050 (Tor).
        #[arg(long)]
        proxy: Option<String>,
        /// Give up after this many seconds.
        #[arg(long, default_value_t = 30)]
        timeout_secs: u64,
        /// Let the proxy look the authority's name up itself (see `urls check --help`).
        #[arg(long, requires = "proxy")]
        allow_names_through_proxy: bool,
    },
}

#[derive(Serialize)]
struct TimestampLine {
    #[serde(flatten)]
    info: Option<reclaim_core::report::BundleTimestamp>,
    error: Option<CoreError>,
}

#[derive(Serialize)]
struct ErrorLine {
    error: CoreError,
}

/// The roots in the files given, as DER.
pub(crate) fn load_roots(files: &[PathBuf]) -> Result<Vec<Vec<u8>>, CoreError> {
    let mut roots = Vec::new();
    for file in files {
        let bytes = std::fs::read(file).map_err(|e| {
            CoreError::invalid_input(format!("cannot read {}: {e}", file.display()))
        })?;
        roots.extend(token::load_roots(&bytes).map_err(|e| {
            CoreError::invalid_input(format!("{} is not a certificate: {e}", file.display()))
        })?);
    }
    Ok(roots)
}

pub fn run(command: BundleCommand) -> ExitCode {
    match command {
        BundleCommand::Verify {
            dir,
            tsa_root,
            lang,
        } => {
            let tsa_roots = match load_roots(&tsa_root) {
                Ok(roots) => roots,
                Err(error) => {
                    output::line(&ErrorLine { error });
                    return ExitCode::from(2);
                }
            };
            let options = VerifyOptions {
                tsa_roots,
                language: Language::from_code(&lang),
            };
            let report = reclaim_core::report::verify_bundle_with(&dir, &options);
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
            tsa_root,
            proxy,
            timeout_secs,
            allow_names_through_proxy,
        } => {
            let result = load_roots(&tsa_root).and_then(|roots| {
                // The same guarded client as every other request (no private
                // address, names through a proxy only when allowed).
                let timeout = std::time::Duration::from_secs(timeout_secs.max(1));
                let net = Net::new(NetConfig {
                    proxy,
                    allow_names_through_proxy,
                    connect_timeout: timeout.min(std::time::Duration::from_secs(10)),
                    total_timeout: timeout,
                    ..NetConfig::default()
                })?;
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map_err(|e| CoreError::internal(e.to_string()))?
                    .block_on(reclaim_core::report::timestamp_bundle(
                        &dir, &net, &tsa, &roots,
                    ))
            });
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
