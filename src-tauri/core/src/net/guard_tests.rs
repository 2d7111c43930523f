//! The guard's promises end to end, against servers on loopback only: no
//! private address reaches a registry, a proxy is never handed a name it
//! would resolve unchecked, and IPv6 forms that carry a private IPv4 address
//! are refused before any connection.

use std::sync::Arc;

use super::tests::{bootstrap_for, config, net, network_record, serve, Reply};
use super::*;
use crate::ErrorKind;

#[tokio::test]
async fn whois_never_sends_a_private_address_to_a_registry() {
    let registry = serve("127.0.0.1", |_, _| {
        Reply::Json(
            200,
            network_record("LAN", "Home router", "abuse@lan.example"),
        )
    })
    .await;
    let boot = bootstrap_for(
        &registry,
        &[("test", "/dns/")],
        &[
            ("10.0.0.0/8", "/v4/"),
            ("127.0.0.0/8", "/v4/"),
            ("192.168.0.0/16", "/v4/"),
        ],
    );
    let resolver = StaticResolver::new()
        .with("intranet.test", &["10.0.0.5".parse().unwrap()])
        .with("router.test", &["192.168.1.1".parse().unwrap()]);
    let net = net(config(&["127.0.0.1"]), resolver);
    for input in [
        "http://192.168.1.1/admin",
        "http://127.0.0.1/",
        "https://intranet.test/wiki",
        "router.test",
    ] {
        let report = whois(&net, &boot, input).await;
        let err = report
            .error
            .clone()
            .unwrap_or_else(|| panic!("{input} was looked up: {report:?}"));
        assert_eq!(err.kind, ErrorKind::AddressRefused, "{input}: {err:?}");
        assert!(report.hosting.is_none() && report.registrar.is_none());
    }
    assert!(
        registry.requests().is_empty(),
        "no private address or intranet name reached a registry: {:?}",
        registry
            .requests()
            .iter()
            .map(|r| r.path.clone())
            .collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn a_proxy_is_not_handed_names_unless_the_person_opted_in() {
    // An HTTP proxy on loopback: it would resolve `intranet.test` itself, in
    // its own network, where Reclaim cannot check the address.
    let proxy = serve("127.0.0.1", |_, _| Reply::Status(200)).await;
    let proxied = |allow: bool| NetConfig {
        proxy: Some(format!("http://{}", proxy.addr)),
        allow_names_through_proxy: allow,
        ..config(&[])
    };
    let guarded = net(proxied(false), StaticResolver::new());
    let result = check_url(&guarded, "http://intranet.test/admin").await;
    let err = result.error.clone().expect("refused");
    assert_eq!(err.kind, ErrorKind::AddressRefused, "{err:?}");
    // A private IP literal is refused through the proxy as well.
    let result = check_url(&guarded, "http://10.1.2.3/").await;
    assert_eq!(
        result.error.map(|e| e.kind),
        Some(ErrorKind::AddressRefused)
    );
    assert!(proxy.requests().is_empty(), "nothing reached the proxy");

    // Opted in (Tor, a proxy she trusts): the name goes to the proxy.
    let open = net(proxied(true), StaticResolver::new());
    let result = check_url(&open, "http://intranet.test/admin").await;
    assert_eq!(result.status, Some(200), "{result:?}");
    assert_eq!(proxy.requests().len(), 1);
    assert_eq!(proxy.requests()[0].path, "http://intranet.test/admin");
}

#[tokio::test]
async fn a_socks_proxy_resolving_here_has_its_names_checked() {
    // socks5:// (not socks5h://) looks names up on this computer, through the
    // guard: a name leading to a private address is refused before the proxy
    // (here a closed port) is even contacted.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let proxy = format!("socks5://{}", closed.local_addr().unwrap());
    drop(closed);
    let resolver = StaticResolver::new().with("intranet.test", &["10.0.0.5".parse().unwrap()]);
    let net = net(
        NetConfig {
            proxy: Some(proxy),
            ..config(&[])
        },
        resolver,
    );
    let result = check_url(&net, "http://intranet.test/").await;
    assert_eq!(
        result.error.map(|e| e.kind),
        Some(ErrorKind::AddressRefused)
    );
}

#[tokio::test]
async fn ipv6_literals_carrying_loopback_are_refused_before_connecting() {
    let inside = serve("127.0.0.1", |_, _| Reply::Status(200)).await;
    let port = inside.addr.port();
    let net = Net::with_resolver(config(&[]), Arc::new(StaticResolver::new())).unwrap();
    for host in [
        "[::127.0.0.1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:0:127.0.0.1]",
        "[64:ff9b::127.0.0.1]",
        "[2002:7f00:1::1]",
    ] {
        let result = check_url(&net, &format!("http://{host}:{port}/")).await;
        let err = result.error.unwrap_or_else(|| panic!("{host} passed"));
        assert_eq!(err.kind, ErrorKind::AddressRefused, "{host}: {err:?}");
    }
    assert!(inside.requests().is_empty());
}
