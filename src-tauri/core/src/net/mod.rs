//! Network look-ups, only ever on the person's request: who can remove
//! content at a site ([`whois`]) and whether a URL is still online
//! ([`check_url`]). No image, and nothing derived from one, is ever sent.
//!
//! Every request goes through [`Net`]: connect and total timeouts, at most
//! `max_redirects` redirects (each hop checked), no cookies, no environment
//! proxies, an optional SOCKS5 proxy, and a guard that refuses loopback,
//! private, link-local and CGNAT addresses at connect time.

mod cdn;
mod check;
mod client;
mod dns;
mod guard;
pub mod rdap;
#[cfg(test)]
mod tests;
mod whois;

pub use cdn::is_cloudflare;
pub use check::{check_url, rfc3339_utc, LivenessResult};
pub use client::{Net, NetConfig, RedirectHop};
pub use dns::{Guard, HostResolver, Resolving, StaticResolver, SystemResolver};
pub use guard::is_public;
pub use rdap::{Bootstrap, Contact};
pub use whois::{whois, WhoisReport};
