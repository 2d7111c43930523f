//! `reclaim-cli case time-stamping CASE [--tsa ID|URL | --off]` and
//! `reclaim-cli case anchor CASE [--tsa ID|URL]`: anchoring the case's
//! records in time (issue 19 item 2). Only the SHA-256 of the custody log's
//! newest entry leaves this computer, through the network guard.

use std::path::PathBuf;

use clap::Args;
use reclaim_core::net::{Net, NetConfig};
use reclaim_core::report::{self, TimeStampAuthority};
use reclaim_core::vault::{OpenCase, TimeStampingChoice};
use reclaim_core::CoreError;
use serde_json::{json, Value};

/// How to reach the time-stamp authority.
#[derive(Debug, Clone, Args)]
pub struct NetArgs {
    /// Send the request through this proxy, e.g. socks5h://127.0.0.1:9050 (Tor).
    #[arg(long, value_name = "URL")]
    pub proxy: Option<String>,
    /// Let the proxy look the authority's name up itself (see `urls check --help`).
    #[arg(long, requires = "proxy")]
    pub allow_names_through_proxy: bool,
}

impl NetArgs {
    pub(super) fn net(&self) -> Result<Net, CoreError> {
        Net::new(NetConfig {
            proxy: self.proxy.clone(),
            allow_names_through_proxy: self.allow_names_through_proxy,
            ..NetConfig::default()
        })
    }
}

/// What the person is told each time she turns it on.
const WHAT_LEAVES: &str = "Only a SHA-256 of the case's custody log (a number that reveals nothing of its content) is sent to the time-stamp authority, through the network guard; the authority sees your IP address unless you use a proxy.";

pub(super) fn block_on<T>(future: impl std::future::Future<Output = T>) -> Result<T, CoreError> {
    Ok(tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CoreError::internal(e.to_string()))?
        .block_on(future))
}

fn authority_json(a: &TimeStampAuthority) -> Value {
    json!(a)
}

/// `case time-stamping`: shows, turns on (with an authority) or off.
pub fn time_stamping(
    case: &mut OpenCase,
    tsa: Option<String>,
    off: bool,
) -> Result<Value, CoreError> {
    if off {
        case.set_time_stamping(None)?;
    } else if let Some(tsa) = tsa {
        let chosen = report::authority(&tsa)?;
        case.set_time_stamping(Some(&TimeStampingChoice {
            tsa_id: chosen.id,
            tsa_url: chosen.url,
        }))?;
    }
    Ok(json!({
        "time_stamping": case.time_stamping()?,
        "what_leaves": WHAT_LEAVES,
        "authorities": report::time_stamp_authorities().iter().map(authority_json).collect::<Vec<_>>(),
    }))
}

/// `case anchor`: time-stamps the custody head now.
pub fn anchor(
    case: &mut OpenCase,
    tsa: Option<String>,
    tsa_root: &[PathBuf],
    net: &NetArgs,
) -> Result<Value, CoreError> {
    let url = match tsa {
        Some(tsa) => report::authority(&tsa)?.url,
        None => case.time_stamping()?.map(|c| c.tsa_url).ok_or_else(|| {
            CoreError::invalid_input(
                "no time-stamp authority chosen for this case: give --tsa (see `case time-stamping`)",
            )
        })?,
    };
    let roots = super::bundle::load_roots(tsa_root)?;
    let net = net.net()?;
    let done = block_on(report::anchor_custody(case, &net, &url, &roots))??;
    Ok(match done {
        Some(anchor) => json!({ "time_stamped": true, "anchor": anchor }),
        None => json!({ "time_stamped": false, "reason": "every record is time-stamped already" }),
    })
}

/// After a record was added: its time-stamp when the person asked for them
/// (`None` when she did not), or the reason it failed (the next record's
/// time-stamp will cover this one too).
pub fn after_record(case: &mut OpenCase) -> Option<Value> {
    case.time_stamping().ok()??;
    let result = NetArgs {
        proxy: None,
        allow_names_through_proxy: false,
    }
    .net()
    .and_then(|net| block_on(report::anchor_if_asked(case, &net))?);
    Some(match result {
        Ok(anchor) => json!({ "anchor": anchor }),
        Err(err) => json!({ "error": err }),
    })
}
