//! Network look-ups, only ever on the person's request: who can remove
//! content at a site ([`whois`]) and whether a URL is still online
//! ([`check_url`]). No image, and nothing derived from one, is ever sent.
//!
//! Every request goes through [`Net`]: connect and total timeouts, at most
//! `max_redirects` redirects (each hop checked), no cookies, no environment
//! proxies, an optional proxy, and a guard that refuses loopback, private,
//! link-local and CGNAT addresses at connect time (also when carried inside
//! an IPv6 address). A proxy that looks names up itself is handed none unless
//! the person allowed it. The bundle's time-stamp request goes through the
//! same client (`Net::post`); `whois` asks no registry about a private
//! address. A page kept as evidence ([`capture_page`]) is one `GET` through
//! the same guard, every redirect hop checked and recorded.

mod capture;
mod cdn;
mod check;
mod client;
mod dns;
mod guard;
#[cfg(test)]
mod guard_tests;
mod nameservers;
mod port43;
pub mod rdap;
#[cfg(test)]
mod registry_tests;
#[cfg(test)]
mod tests;
mod whois;

pub use capture::{
    capture_page, capture_page_trusting, BodyNotKept, HeaderLine, PageCaptureRecord, PageFetch,
    MAX_PAGE_BYTES,
};
pub use cdn::{
    is_cloudflare, parse_range, proxy_for_ip, proxy_for_name_server, proxy_for_network_name,
};
pub use check::{check_url, LivenessResult};
pub use client::{Net, NetConfig, RedirectHop};
pub use dns::{Guard, HostResolver, Resolving, StaticResolver, SystemResolver};
pub use guard::is_public;
pub use nameservers::{name_servers, system_resolvers};
pub use rdap::{Bootstrap, Contact, DomainRegistry};
pub use whois::{whois, WhoisReport};
