//! Who can act on a site, as a registry record names them: the hosting
//! provider of its address, or the registrar of its domain. Found by the
//! network module's lookups (RDAP, WHOIS) and kept in a case.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Who a registry record names, with where it was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Contact {
    /// Organisation name (registrant of the network, or the registrar).
    pub name: Option<String>,
    /// The e-mail of the entity with the `abuse` role.
    pub abuse_email: Option<String>,
    /// Registry handle (network handle, or the registrar's IANA id).
    pub handle: Option<String>,
    /// The RDAP URL the facts came from (after redirects), for the record.
    pub source: String,
}
