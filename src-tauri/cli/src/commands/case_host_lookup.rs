//! `reclaim-cli case host-lookup CASE --link ID [--proxy URL] [--rdap-dir DIR]`:
//! "Find who hosts this site" for one link of the case, only when asked
//! (issue 14 item 3). The registries' public lookup services (RDAP, or WHOIS
//! for a top-level domain without RDAP) and this computer's DNS resolver are
//! asked, never the site itself. What was found is kept encrypted in the
//! case, and the site's request is then written to the host's abuse address
//! (`case requests`). A lookup that found nothing keeps nothing.

use std::path::PathBuf;

use clap::Args;
use reclaim_core::app::host_lookup;
use reclaim_core::net::{Bootstrap, Net, NetConfig};
use reclaim_core::vault::OpenCase;
use reclaim_core::CoreError;
use serde_json::{json, Value};

use super::case_anchor::block_on;

/// Which link to look up, and how.
#[derive(Debug, Clone, Args)]
pub struct HostLookupArgs {
    /// The link's id in the case (from `show` or `add-url`).
    #[arg(long)]
    pub link: i64,
    /// Send the questions through this proxy, e.g. socks5h://127.0.0.1:9050
    /// (Tor). Finding the site's address is then refused: a look-up of our
    /// own would leave outside the proxy.
    #[arg(long, value_name = "URL")]
    pub proxy: Option<String>,
    /// Let the proxy look the registries' names up itself (see `urls check --help`).
    #[arg(long, requires = "proxy")]
    pub allow_names_through_proxy: bool,
    /// Use the RDAP registry lists refreshed into DIR (see `urls rdap-refresh`).
    #[arg(long, value_name = "DIR")]
    pub rdap_dir: Option<PathBuf>,
}

/// What she is told each time.
const WHAT_LEFT: &str = "The site's name went to the registries' public lookup services (RDAP or WHOIS) and to this computer's DNS resolver, and the site's address to the registries; the site itself was not contacted. These services saw this computer's IP address (or the proxy's, with --proxy).";

/// `case host-lookup`.
pub fn host_lookup(case: &mut OpenCase, args: HostLookupArgs) -> Result<Value, CoreError> {
    let net = Net::new(NetConfig {
        proxy: args.proxy.clone(),
        allow_names_through_proxy: args.allow_names_through_proxy,
        ..NetConfig::default()
    })?;
    let bootstrap = Bootstrap::load(args.rdap_dir.as_deref());
    let kept = block_on(host_lookup::look_up_host(case, &net, &bootstrap, args.link))??;
    Ok(json!({ "host_lookup": kept, "what_left_this_computer": WHAT_LEFT }))
}
