//! The guarded client for code that is not async (the bundle's time-stamp
//! request): the request runs on a thread of its own with a small runtime,
//! so it is safe to call from inside an async task as well.

use super::client::{Net, NetConfig};
use crate::CoreError;

/// What [`post`] got back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posted {
    pub status: u16,
    /// The answer, at most `config.max_body` bytes (more is an error).
    pub body: Vec<u8>,
}

/// Posts `payload` to `url` through the network guard (and the proxy, if one
/// is set), with `config`'s timeouts and body cap. No redirect is followed.
pub fn post(
    config: &NetConfig,
    url: &str,
    headers: &[(&'static str, &str)],
    payload: Vec<u8>,
) -> Result<Posted, CoreError> {
    let net = Net::new(config.clone())?;
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .map_err(|e| CoreError::internal(format!("network runtime: {e}")))?;
                let fetched = runtime.block_on(net.post(url, headers, payload))?;
                Ok(Posted {
                    status: fetched.status.as_u16(),
                    body: fetched.body,
                })
            })
            .join()
            .unwrap_or_else(|_| Err(CoreError::internal("the network thread stopped")))
    })
}
