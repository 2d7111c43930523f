//! Name resolution behind a trait, so the app uses the system resolver and
//! tests can resolve their test host to 127.0.0.1 (no real DNS exists here).

use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;

use super::guard;

/// A boxed future returning the addresses of a host.
pub type Resolving = Pin<Box<dyn Future<Output = io::Result<Vec<IpAddr>>> + Send>>;

/// Resolves host names to IP addresses.
pub trait HostResolver: Send + Sync {
    fn resolve(&self, host: &str) -> Resolving;
}

/// The operating system's resolver (`getaddrinfo` through tokio).
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemResolver;

impl HostResolver for SystemResolver {
    fn resolve(&self, host: &str) -> Resolving {
        let host = host.to_owned();
        Box::pin(async move {
            let addrs = tokio::net::lookup_host((host.as_str(), 0)).await?;
            let mut ips: Vec<IpAddr> = Vec::new();
            for addr in addrs {
                if !ips.contains(&addr.ip()) {
                    ips.push(addr.ip());
                }
            }
            Ok(ips)
        })
    }
}

/// A fixed table of names, like a hosts file. Used by the tests in place of
/// DNS, which cannot be reached on the build machines.
#[derive(Debug, Clone, Default)]
pub struct StaticResolver {
    table: HashMap<String, Vec<IpAddr>>,
}

impl StaticResolver {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or replaces) the addresses of one name.
    pub fn with(mut self, host: &str, ips: &[IpAddr]) -> Self {
        self.table.insert(host.to_ascii_lowercase(), ips.to_vec());
        self
    }
}

impl HostResolver for StaticResolver {
    fn resolve(&self, host: &str) -> Resolving {
        let found = self.table.get(&host.to_ascii_lowercase()).cloned();
        let host = host.to_owned();
        Box::pin(async move {
            found.ok_or_else(|| {
                io::Error::new(io::ErrorKind::NotFound, format!("no address for {host}"))
            })
        })
    }
}

/// Which addresses may be connected to.
#[derive(Debug, Clone, Default)]
pub struct Guard {
    /// Refuse every address that is not public (see [`guard::is_public`]).
    pub refuse_private: bool,
    /// Addresses treated as public although they are not — only for tests,
    /// whose servers live on loopback.
    pub exempt: Vec<IpAddr>,
}

impl Guard {
    /// Whether a connection to `ip` is allowed.
    pub fn allows(&self, ip: IpAddr) -> bool {
        !self.refuse_private || guard::is_public(ip) || self.exempt.contains(&ip)
    }
}

/// The resolver given to reqwest: resolves through a [`HostResolver`] and
/// drops refused addresses at connect time, so a name that re-resolves to a
/// private address (DNS rebinding) is still refused.
pub(crate) struct GuardedResolver {
    pub inner: Arc<dyn HostResolver>,
    pub guard: Guard,
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let fut = self.inner.resolve(name.as_str());
        let guard = self.guard.clone();
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let ips = fut.await?;
            let allowed: Vec<SocketAddr> = ips
                .iter()
                .filter(|ip| guard.allows(**ip))
                .map(|ip| SocketAddr::new(*ip, 0))
                .collect();
            if allowed.is_empty() {
                let err: Box<dyn std::error::Error + Send + Sync> = Box::new(RefusedAddress(host));
                return Err(err);
            }
            let addrs: reqwest::dns::Addrs = Box::new(allowed.into_iter());
            Ok(addrs)
        })
    }
}

/// Error raised when every address of a host is refused by the guard.
#[derive(Debug)]
pub(crate) struct RefusedAddress(pub String);

impl std::fmt::Display for RefusedAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} points to an address inside a private network; it is not contacted",
            self.0
        )
    }
}

impl std::error::Error for RefusedAddress {}
