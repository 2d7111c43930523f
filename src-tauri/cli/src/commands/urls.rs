//! `reclaim-cli urls …`: URL intake and "who can remove it".

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use reclaim_core::net::{
    self, rdap, Bootstrap, Contact, LivenessResult, Net, NetConfig, RedirectHop,
};
use reclaim_core::platforms::UrlKind;
use reclaim_core::urls::{self, ClassifiedUrl, UrlWarning};
use serde::Serialize;

use crate::output;

#[derive(Debug, Subcommand)]
pub enum UrlsCommand {
    /// Split pasted text into URLs, check and classify each one.
    ///
    /// Reads FILE, or standard input when FILE is `-` or absent. Prints one
    /// JSON object per URL found (several on a line of running text), and one
    /// with `error` set for a non-blank line holding no usable web address.
    Classify {
        /// A text file with the links, or `-` for standard input.
        file: Option<PathBuf>,
    },
    /// Find who can remove content at a site: hosting provider, registrar,
    /// their abuse contacts, and a CDN such as Cloudflare in front of it.
    ///
    /// Contacts the domain and IP registries (RDAP, or WHOIS for a top-level
    /// domain without RDAP such as .be and .eu) and asks this computer's DNS
    /// resolver for the name servers; never the site itself.
    Whois {
        /// A URL or a host name.
        url: String,
        #[command(flatten)]
        net: NetArgs,
    },
    /// Check whether URLs still answer (HEAD, else a one-byte GET; the body is
    /// never read). Contacts each site: it sees this computer's address unless
    /// a proxy is given.
    Check {
        /// One or more URLs.
        #[arg(required = true)]
        urls: Vec<String>,
        #[command(flatten)]
        net: NetArgs,
    },
    /// Download IANA's current RDAP registry lists into DIR; `whois --rdap-dir DIR` then uses them.
    RdapRefresh {
        dir: PathBuf,
        #[command(flatten)]
        net: NetArgs,
    },
}

#[derive(Debug, clap::Args)]
pub struct NetArgs {
    /// Send requests through this proxy, e.g. socks5h://127.0.0.1:9050 (Tor).
    #[arg(long)]
    proxy: Option<String>,
    /// Let the proxy look site names up itself (socks5h://, http://). Reclaim
    /// cannot then check that a name does not lead into a private network, so
    /// names are refused through such a proxy without this flag. Use it for
    /// Tor or a proxy you trust; socks5:// looks names up here and needs no flag.
    #[arg(long, requires = "proxy")]
    allow_names_through_proxy: bool,
    /// Use the RDAP registry lists refreshed into DIR (see `urls rdap-refresh`).
    #[arg(long)]
    rdap_dir: Option<PathBuf>,
}

impl NetArgs {
    fn net(&self) -> Result<Net, reclaim_core::CoreError> {
        Net::new(NetConfig {
            proxy: self.proxy.clone(),
            allow_names_through_proxy: self.allow_names_through_proxy,
            ..NetConfig::default()
        })
    }
}

/// One line of `urls whois` output (ARCHITECTURE.md §6).
#[derive(Debug, Serialize)]
struct WhoisLine<'a> {
    host: &'a str,
    ips: &'a [String],
    hosting: Option<&'a Contact>,
    /// Every network the host's addresses belong to (all are asked).
    networks: &'a [Contact],
    name_servers: &'a [String],
    registrar: Option<&'a Contact>,
    cdn: Option<&'a str>,
    error: Option<&'a str>,
    cdn_report_url: Option<&'a str>,
    platform: Option<&'a str>,
    notes: &'a [String],
}

/// One line of `urls check` output.
#[derive(Debug, Serialize)]
struct CheckLine<'a> {
    url: &'a str,
    status: Option<u16>,
    online: Option<bool>,
    final_url: Option<&'a str>,
    redirects: &'a [RedirectHop],
    cdn: Option<&'a str>,
    checked_at: &'a str,
    elapsed_ms: u64,
    error: Option<&'a str>,
}

impl<'a> From<&'a LivenessResult> for CheckLine<'a> {
    fn from(r: &'a LivenessResult) -> Self {
        Self {
            url: &r.url,
            status: r.status,
            online: r.online,
            final_url: r.final_url.as_deref(),
            redirects: &r.redirects,
            cdn: r.cdn.as_deref(),
            checked_at: &r.checked_at,
            elapsed_ms: r.elapsed_ms,
            error: r.error.as_ref().map(|e| e.message.as_str()),
        }
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a single-threaded runtime starts")
}

/// One line of `urls classify` output (ARCHITECTURE.md §6).
#[derive(Debug, Serialize)]
struct ClassifyLine<'a> {
    input: &'a str,
    url: Option<&'a str>,
    dedupe_key: Option<&'a str>,
    platform: &'a str,
    kind: UrlKind,
    host: Option<&'a str>,
    warnings: &'a [UrlWarning],
    /// The well-known site this one only looks like (with `imitates_known_site`).
    #[serde(skip_serializing_if = "Option::is_none")]
    imitates: Option<&'a str>,
    error: Option<&'a str>,
    /// 1-based line of the input.
    line: usize,
    /// Index (0-based, in this output) of an earlier URL that looks the same.
    duplicate_of: Option<usize>,
}

impl<'a> From<&'a ClassifiedUrl> for ClassifyLine<'a> {
    fn from(item: &'a ClassifiedUrl) -> Self {
        Self {
            input: &item.input,
            url: item.url.as_deref(),
            dedupe_key: item.dedupe_key.as_deref(),
            platform: &item.platform,
            kind: item.kind,
            host: item.host.as_deref(),
            warnings: &item.warnings,
            imitates: item.imitates.as_deref(),
            error: item.error.as_ref().map(|e| e.message.as_str()),
            line: item.line,
            duplicate_of: item.duplicate_of,
        }
    }
}

fn read_input(file: Option<&PathBuf>) -> std::io::Result<String> {
    let mut bytes = Vec::new();
    match file {
        Some(path) if path.as_os_str() != "-" => bytes = std::fs::read(path)?,
        _ => {
            std::io::stdin().lock().read_to_end(&mut bytes)?;
        }
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

pub fn run(command: UrlsCommand) -> ExitCode {
    match command {
        UrlsCommand::Classify { file } => {
            let text = match read_input(file.as_ref()) {
                Ok(text) => text,
                Err(err) => return output::usage_error(&format!("cannot read the input: {err}")),
            };
            for item in urls::classify_text(&text) {
                output::line(&ClassifyLine::from(&item));
            }
            ExitCode::SUCCESS
        }
        UrlsCommand::Whois { url, net: args } => {
            let report = match args.net() {
                Ok(client) => {
                    let bootstrap = Bootstrap::load(args.rdap_dir.as_deref());
                    runtime().block_on(net::whois(&client, &bootstrap, &url))
                }
                Err(err) => return output::usage_error(&err.message),
            };
            output::line(&WhoisLine {
                host: &report.host,
                ips: &report.ips,
                hosting: report.hosting.as_ref(),
                networks: &report.networks,
                name_servers: &report.name_servers,
                registrar: report.registrar.as_ref(),
                cdn: report.cdn.as_deref(),
                error: report.error.as_ref().map(|e| e.message.as_str()),
                cdn_report_url: report.cdn_report_url.as_deref(),
                platform: report.platform.as_deref(),
                notes: &report.notes,
            });
            ExitCode::SUCCESS
        }
        UrlsCommand::Check { urls, net: args } => {
            let client = match args.net() {
                Ok(client) => client,
                Err(err) => return output::usage_error(&err.message),
            };
            let rt = runtime();
            for url in urls {
                let result = rt.block_on(net::check_url(&client, &url));
                output::line(&CheckLine::from(&result));
            }
            ExitCode::SUCCESS
        }
        UrlsCommand::RdapRefresh { dir, net: args } => {
            let client = match args.net() {
                Ok(client) => client,
                Err(err) => return output::usage_error(&err.message),
            };
            let result = runtime().block_on(rdap::refresh_bootstrap(
                &client,
                rdap::IANA_BOOTSTRAP_BASE,
                &dir,
            ));
            output::line(&serde_json::json!({
                "dir": dir,
                "publication": result.as_ref().ok().map(|b| b.publication.clone()),
                "error": result.as_ref().err().map(|e| e.message.clone()),
            }));
            ExitCode::SUCCESS
        }
    }
}
