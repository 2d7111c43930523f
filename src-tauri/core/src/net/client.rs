//! The one HTTP client of the app: strict timeouts, a redirect limit with
//! every hop checked, no cookies, no environment proxies, an optional SOCKS5
//! proxy, and the address guard at connect time.

use std::net::IpAddr;
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use reqwest::header::{HeaderValue, LOCATION};
use reqwest::{Method, StatusCode};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use url::Url;

use super::dns::{Guard, GuardedResolver, HostResolver, RefusedAddress, SystemResolver};
use crate::{CoreError, ErrorKind};

/// Network settings. The defaults follow security.md §3.4.
#[derive(Debug, Clone)]
pub struct NetConfig {
    /// Time allowed to open a connection.
    pub connect_timeout: Duration,
    /// Time allowed for one request, body included.
    pub total_timeout: Duration,
    /// Redirects followed before giving up.
    pub max_redirects: usize,
    /// Largest response body read (RDAP JSON); larger ones are refused.
    pub max_body: usize,
    /// Optional proxy, e.g. `socks5h://127.0.0.1:9050` for Tor (DNS of the
    /// contacted sites then goes through the proxy too).
    pub proxy: Option<String>,
    /// Let a proxy that looks names up itself (`socks5h://`, `socks4a://`,
    /// `http://`, `https://`) be handed host names. Reclaim cannot then check
    /// where a name leads (it may be a machine in the proxy's own network),
    /// so this is off unless the person turns it on (e.g. for Tor, whose
    /// exits refuse private addresses). `socks5://` looks names up here,
    /// through the guard, and needs no opt-in.
    pub allow_names_through_proxy: bool,
    /// Which addresses may be contacted.
    pub guard: Guard,
    /// Sent as `User-Agent`: a generic one, so a site owner is not tipped off.
    pub user_agent: String,
}

impl Default for NetConfig {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(20),
            max_redirects: 5,
            max_body: 2 * 1024 * 1024,
            proxy: None,
            allow_names_through_proxy: false,
            guard: Guard {
                refuse_private: true,
                exempt: Vec::new(),
            },
            user_agent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
                .into(),
        }
    }
}

/// One redirect that was followed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RedirectHop {
    pub status: u16,
    pub from: String,
    pub to: String,
}

/// What a request returned (the body only when asked for, and capped).
#[derive(Debug, Clone)]
pub(crate) struct Fetched {
    pub status: StatusCode,
    pub final_url: String,
    pub redirects: Vec<RedirectHop>,
    /// `server` and `cf-ray` response headers (lower-cased values), to spot a CDN.
    pub server_header: Option<String>,
    pub cf_ray: bool,
    pub body: Vec<u8>,
    pub elapsed: Duration,
}

/// How much of the body to read.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Body {
    /// None: the response is dropped unread.
    Skip,
    /// Up to the configured `max_body`; more is an error.
    Full,
}

/// A configured client plus the resolver it uses.
#[derive(Clone)]
pub struct Net {
    client: reqwest::Client,
    config: NetConfig,
    resolver: Arc<dyn HostResolver>,
}

impl std::fmt::Debug for Net {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Net")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

/// Makes rustls use ring (reqwest is built without a provider of its own).
pub(crate) fn install_crypto_provider() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Err means another provider is installed already, which is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

impl Net {
    /// A client resolving names with the operating system.
    pub fn new(config: NetConfig) -> Result<Self, CoreError> {
        Self::with_resolver(config, Arc::new(SystemResolver))
    }

    /// A client resolving names with `resolver`.
    pub fn with_resolver(
        config: NetConfig,
        resolver: Arc<dyn HostResolver>,
    ) -> Result<Self, CoreError> {
        install_crypto_provider();
        let client = Self::builder(&config, &resolver)?
            .build()
            .map_err(|e| CoreError::internal(format!("HTTP client: {e}")))?;
        Ok(Self {
            client,
            config,
            resolver,
        })
    }

    /// The settings every client of the app shares: timeouts, no automatic
    /// redirect, the generic user agent, the guarded resolver, the proxy.
    fn builder(
        config: &NetConfig,
        resolver: &Arc<dyn HostResolver>,
    ) -> Result<reqwest::ClientBuilder, CoreError> {
        let builder = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.total_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(config.user_agent.clone())
            .dns_resolver(Arc::new(GuardedResolver {
                inner: resolver.clone(),
                guard: config.guard.clone(),
            }));
        Ok(match &config.proxy {
            Some(proxy) => builder.proxy(reqwest::Proxy::all(proxy).map_err(|e| {
                CoreError::invalid_input(format!("proxy {proxy:?} is not usable: {e}"))
            })?),
            None => builder.no_proxy(),
        })
    }

    /// A client with this one's settings (guard, proxy, timeouts) that uses
    /// the TLS settings `tls` (a page capture records the certificates) and
    /// opens a new connection for every request (so each hop's certificates
    /// are seen).
    pub(crate) fn client_with_tls(
        &self,
        tls: rustls::ClientConfig,
    ) -> Result<reqwest::Client, CoreError> {
        Self::builder(&self.config, &self.resolver)?
            .pool_max_idle_per_host(0)
            .tls_backend_preconfigured(tls)
            .build()
            .map_err(|e| CoreError::internal(format!("HTTP client: {e}")))
    }

    pub fn config(&self) -> &NetConfig {
        &self.config
    }

    /// Resolves a host (IP literals are returned as they are).
    pub async fn resolve(&self, host: &str) -> Result<Vec<IpAddr>, CoreError> {
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        if let Ok(ip) = bare.parse::<IpAddr>() {
            return Ok(vec![ip]);
        }
        if self.config.proxy.is_some() {
            // The proxy resolves the sites it connects to, but a look-up of our
            // own would still go to the local resolver: say so rather than leak it.
            return Err(CoreError::new(
                ErrorKind::Network,
                "finding a site's address is not done through the proxy; turn the proxy off for this look-up",
            ));
        }
        let ips = self.resolver.resolve(bare).await.map_err(|e| {
            CoreError::new(
                ErrorKind::Network,
                format!("{host} could not be found: {e}"),
            )
        })?;
        if ips.is_empty() {
            return Err(CoreError::new(
                ErrorKind::Network,
                format!("{host} has no address"),
            ));
        }
        Ok(ips)
    }

    /// Whether the configured proxy looks host names up itself (everything
    /// but `socks5://` and `socks4://`, which resolve here, through the guard).
    fn proxy_resolves_names(&self) -> bool {
        self.config.proxy.as_deref().is_some_and(|proxy| {
            let scheme = proxy
                .split_once("://")
                .map_or("http", |(scheme, _)| scheme)
                .to_ascii_lowercase();
            !matches!(scheme.as_str(), "socks5" | "socks4")
        })
    }

    pub(crate) fn check_target(&self, url: &Url) -> Result<(), CoreError> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(CoreError::new(
                ErrorKind::AddressRefused,
                format!("{url} is not a web address; it is not followed"),
            ));
        }
        let ip = match url.host() {
            Some(url::Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
            Some(url::Host::Domain(_)) => None,
            None => return Err(CoreError::invalid_input(format!("{url} has no host"))),
        };
        if ip.is_none() && self.proxy_resolves_names() && !self.config.allow_names_through_proxy {
            return Err(CoreError::new(
                ErrorKind::AddressRefused,
                format!(
                    "{} would be looked up by the proxy, where Reclaim cannot check that it is not a private machine; it is not contacted (allow names through the proxy to go on)",
                    url.host_str().unwrap_or_default()
                ),
            ));
        }
        if let Some(ip) = ip {
            if !self.config.guard.allows(ip) {
                return Err(CoreError::new(
                    ErrorKind::AddressRefused,
                    format!("{ip} is inside a private network; it is not contacted"),
                ));
            }
        }
        Ok(())
    }

    /// Sends a request, following redirects by hand (each hop is checked by
    /// the guard and recorded) up to `max_redirects`.
    pub(crate) async fn fetch(
        &self,
        method: Method,
        url: &str,
        headers: &[(&'static str, &str)],
        body: Body,
    ) -> Result<Fetched, CoreError> {
        let started = Instant::now();
        let mut url =
            Url::parse(url).map_err(|e| CoreError::invalid_input(format!("{url}: {e}")))?;
        let mut method = method;
        let mut redirects = Vec::new();
        loop {
            self.check_target(&url)?;
            let mut request = self.client.request(method.clone(), url.clone());
            for (name, value) in headers {
                request = request.header(
                    *name,
                    HeaderValue::from_str(value).map_err(|e| CoreError::internal(e.to_string()))?,
                );
            }
            let response = request.send().await.map_err(map_reqwest_error)?;
            let status = response.status();
            if let Some(next) = self.redirect_target(&url, &response, &mut redirects)? {
                if status == StatusCode::SEE_OTHER && method != Method::HEAD {
                    method = Method::GET;
                }
                url = next;
                continue;
            }
            let final_url = response.url().to_string();
            let server_header = response
                .headers()
                .get("server")
                .and_then(|v| v.to_str().ok())
                .map(str::to_ascii_lowercase);
            let cf_ray = response.headers().contains_key("cf-ray");
            let body = match body {
                Body::Skip => Vec::new(),
                Body::Full => read_capped(response, self.config.max_body).await?,
            };
            return Ok(Fetched {
                status,
                final_url,
                redirects,
                server_header,
                cf_ray,
                body,
                elapsed: started.elapsed(),
            });
        }
    }
}

impl Net {
    /// Where a redirect answer leads (recorded in `redirects`), `None` when
    /// `response` is not a redirect; an error past `max_redirects`.
    pub(crate) fn redirect_target(
        &self,
        url: &Url,
        response: &reqwest::Response,
        redirects: &mut Vec<RedirectHop>,
    ) -> Result<Option<Url>, CoreError> {
        let status = response.status();
        let Some(location) = status
            .is_redirection()
            .then(|| response.headers().get(LOCATION))
            .flatten()
        else {
            return Ok(None);
        };
        if redirects.len() >= self.config.max_redirects {
            return Err(CoreError::new(
                ErrorKind::AddressRefused,
                format!(
                    "more than {} redirects; stopped at {url}",
                    self.config.max_redirects
                ),
            ));
        }
        let location = location.to_str().map_err(|_| {
            CoreError::new(ErrorKind::Network, "a redirect had an unreadable target")
        })?;
        let next = url.join(location).map_err(|e| {
            CoreError::new(
                ErrorKind::Network,
                format!("bad redirect target {location:?}: {e}"),
            )
        })?;
        redirects.push(RedirectHop {
            status: status.as_u16(),
            from: url.to_string(),
            to: next.to_string(),
        });
        Ok(Some(next))
    }

    /// Sends `body` by POST to `url` and reads the answer (at most
    /// `max_body` bytes). No redirect is followed; the address guard and the
    /// proxy apply as for every request. Used for RFC 3161 time-stamps, whose
    /// body is one hash.
    pub(crate) async fn post(
        &self,
        url: &str,
        headers: &[(&'static str, &str)],
        body: Vec<u8>,
    ) -> Result<(StatusCode, Vec<u8>), CoreError> {
        let url = Url::parse(url).map_err(|e| CoreError::invalid_input(format!("{url}: {e}")))?;
        self.check_target(&url)?;
        let mut request = self.client.post(url).body(body);
        for (name, value) in headers {
            request = request.header(
                *name,
                HeaderValue::from_str(value).map_err(|e| CoreError::internal(e.to_string()))?,
            );
        }
        let response = request.send().await.map_err(map_reqwest_error)?;
        let status = response.status();
        let body = read_capped(response, self.config.max_body).await?;
        Ok((status, body))
    }
}

async fn read_capped(mut response: reqwest::Response, limit: usize) -> Result<Vec<u8>, CoreError> {
    if response
        .content_length()
        .is_some_and(|len| len as usize > limit)
    {
        return Err(CoreError::new(
            ErrorKind::TooLarge,
            format!("the server's answer is larger than {limit} bytes; it is not read"),
        ));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(map_reqwest_error)? {
        if body.len() + chunk.len() > limit {
            return Err(CoreError::new(
                ErrorKind::TooLarge,
                format!("the server's answer is larger than {limit} bytes; reading stopped"),
            ));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Maps a reqwest error to the core's kinds (timeouts and refusals apart).
pub(crate) fn map_reqwest_error(err: reqwest::Error) -> CoreError {
    let mut source: Option<&dyn std::error::Error> = Some(&err);
    while let Some(e) = source {
        if let Some(refused) = e.downcast_ref::<RefusedAddress>() {
            return CoreError::new(ErrorKind::AddressRefused, refused.to_string());
        }
        source = e.source();
    }
    if err.is_timeout() {
        return CoreError::new(ErrorKind::Timeout, format!("no answer in time: {err}"));
    }
    let mut message = err.to_string();
    let mut source = std::error::Error::source(&err);
    while let Some(e) = source {
        message.push_str(": ");
        message.push_str(&e.to_string());
        source = e.source();
    }
    CoreError::new(ErrorKind::Network, message)
}
