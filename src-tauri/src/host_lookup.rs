//! "Find who hosts this site" on the Requests screen's card of a site Reclaim
//! does not know: asked for one link at a time, after the screen said what
//! leaves the computer. The registries are asked through the app's network
//! guard; the case is not held while they answer.
//!
//! The e2e walk needs the lookup to reach a registry on loopback, which the
//! guard refuses and the shipped registry list never names. Builds with the
//! cargo feature `e2e-hooks` (only `scripts/test.sh`'s e2e build; never a
//! build people use) read three variables for that; every other build
//! ignores them (see [`lookup_network`]).

use reclaim_core::app::host_lookup;
use reclaim_core::app::requests::{self as step, CaseRequests};
use reclaim_core::net::{self, Bootstrap, Net, NetConfig};
use reclaim_core::{CoreError, CoreResult, ErrorKind};
use tauri::{AppHandle, Manager, Runtime};
use time::OffsetDateTime;

use crate::cases::Cases;
use crate::error::AppResult;

/// Looks up who hosts the site of the case's link `url_id`, keeps what was
/// found in the case and returns the requests rewritten with it. A lookup
/// that found nothing keeps nothing; its error says what to do instead.
#[tauri::command]
pub async fn look_up_host<R: Runtime>(app: AppHandle<R>, url_id: i64) -> AppResult<CaseRequests> {
    let cases = app.state::<Cases>();
    let (code, (address, host)) = cases.with_open(|case| {
        Ok((
            case.code().to_owned(),
            host_lookup::site_to_look_up(case, url_id)?,
        ))
    })?;
    let (net, bootstrap) = lookup_network(&|name| std::env::var(name).ok())?;
    let report = net::whois(&net, &bootstrap, &address).await;
    let view = cases.with_open(|case| {
        if case.code() != code {
            return Err(CoreError::new(
                ErrorKind::Locked,
                "the case was closed while the registries answered; nothing was kept",
            ));
        }
        host_lookup::keep_lookup(case, url_id, &host, &report, &bootstrap)?;
        step::requests(case, OffsetDateTime::now_utc())
    })?;
    crate::time_stamps::after_record(&app);
    Ok(view)
}

/// The client and registry list a lookup uses: the app's guarded client and
/// the registry list shipped with the app. `env` (the process environment in
/// the app) is read only by an `e2e-hooks` build.
pub(crate) fn lookup_network(env: &dyn Fn(&str) -> Option<String>) -> CoreResult<(Net, Bootstrap)> {
    #[cfg(feature = "e2e-hooks")]
    if let Some(hooked) = e2e_hooks::network(env)? {
        return Ok(hooked);
    }
    let _ = env;
    Ok((Net::new(NetConfig::default())?, Bootstrap::shipped()))
}

/// Test hooks of the e2e build only (the cargo feature `e2e-hooks`).
#[cfg(feature = "e2e-hooks")]
mod e2e_hooks {
    use std::net::IpAddr;
    use std::path::Path;
    use std::sync::Arc;

    use reclaim_core::net::{Bootstrap, Net, NetConfig, StaticResolver};
    use reclaim_core::{CoreError, CoreResult};

    /// `RECLAIM_E2E_RDAP_DIR`: a folder with the three registry lists (a
    /// test's registry on loopback); `RECLAIM_E2E_HOSTS`: `name=ip,…`, the
    /// addresses of the test's sites (no DNS is asked); loopback is then
    /// allowed. None when the variable of the folder is not set.
    pub(super) fn network(
        env: &dyn Fn(&str) -> Option<String>,
    ) -> CoreResult<Option<(Net, Bootstrap)>> {
        let Some(dir) = env("RECLAIM_E2E_RDAP_DIR") else {
            return Ok(None);
        };
        let mut bootstrap = Bootstrap::load(Some(Path::new(&dir)));
        bootstrap.ip_fallback = None;
        // No name-server question leaves the test machine.
        bootstrap.dns_resolvers = Some(Vec::new());
        let mut resolver = StaticResolver::new();
        for pair in env("RECLAIM_E2E_HOSTS").unwrap_or_default().split(',') {
            if let Some((name, ip)) = pair.split_once('=') {
                let ip: IpAddr = ip
                    .trim()
                    .parse()
                    .map_err(|_| CoreError::invalid_input("RECLAIM_E2E_HOSTS: not an address"))?;
                resolver = resolver.with(name.trim(), &[ip]);
            }
        }
        let mut config = NetConfig::default();
        config.guard.exempt = vec!["127.0.0.1".parse().expect("an address")];
        Ok(Some((
            Net::with_resolver(config, Arc::new(resolver))?,
            bootstrap,
        )))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::tests::{app, counting_loopback_server, invoke, open_new_case, window, APP_ORIGIN};

    #[test]
    fn a_lookup_in_the_app_never_reaches_the_persons_own_network_and_keeps_nothing() {
        let (port, hits) = counting_loopback_server();
        let app = app();
        let main = window(&app, "main");
        open_new_case(&main, "host-lookup");
        let links = invoke(
            &main,
            APP_ORIGIN,
            "save_links",
            json!({"text": format!("http://127.0.0.1:{port}/p/1")}),
        )
        .unwrap();
        let id = links["links"][0]["id"].clone();
        invoke(
            &main,
            APP_ORIGIN,
            "update_contact",
            json!({"name": "A. Person", "email": "a.person@example.org", "country": "BE"}),
        )
        .unwrap();
        let err = invoke(&main, APP_ORIGIN, "look_up_host", json!({"urlId": id})).unwrap_err();
        assert_eq!(err["kind"], "address_refused", "{err}");
        assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 0);
        let view = invoke(&main, APP_ORIGIN, "case_requests", json!({})).unwrap();
        let sites = view["unknown_sites"].as_array().unwrap();
        assert_eq!(sites.len(), 1, "{view}");
        assert_eq!(sites[0]["url_id"], id);
        assert!(sites[0]["lookup"].is_null(), "nothing kept: {sites:?}");
    }

    /// The hooks of the e2e build cannot be switched on in a build people
    /// use: without the feature the variables are not read.
    #[cfg(not(feature = "e2e-hooks"))]
    #[test]
    fn without_the_e2e_feature_the_test_variables_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let lists = [
            (
                "dns.json",
                r#"{"services": [[["com"], ["http://127.0.0.1:9/"]]]}"#,
            ),
            (
                "ipv4.json",
                r#"{"services": [[["185.0.0.0/8"], ["http://127.0.0.1:9/"]]]}"#,
            ),
            (
                "ipv6.json",
                r#"{"services": [[["2001:db8::/32"], ["http://127.0.0.1:9/"]]]}"#,
            ),
        ];
        for (name, text) in lists {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let dir_text = dir.path().to_string_lossy().into_owned();
        let env = |name: &str| match name {
            "RECLAIM_E2E_RDAP_DIR" => Some(dir_text.clone()),
            "RECLAIM_E2E_HOSTS" => Some("unknown-site.example=185.199.1.1".to_owned()),
            _ => None,
        };
        let (net, bootstrap) = super::lookup_network(&env).unwrap();
        assert!(net.config().guard.refuse_private);
        assert!(
            net.config().guard.exempt.is_empty(),
            "loopback stays refused"
        );
        assert_eq!(
            bootstrap.domain_server("leaks.example.com"),
            reclaim_core::net::Bootstrap::shipped().domain_server("leaks.example.com"),
            "the shipped registry list, not the test's"
        );
    }
}
