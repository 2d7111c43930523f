//! "Find who hosts this site": the lookups she asked for, kept in the case
//! (encrypted with it) so her requests to a site Reclaim does not know go
//! to the host's abuse address. Each is also in the custody log with the
//! host and the servers that were asked.

use rusqlite::params;
use serde_json::json;

use super::checks::ensure_exists;
use super::OpenCase;
use crate::vault::custody;
use crate::vault::fsutil::now_utc;
use crate::vault::model::{HostLookup, NewHostLookup};
use crate::{CoreError, CoreResult};

/// The custody action of a host lookup.
pub const HOST_LOOKED_UP: &str = "host_looked_up";

/// Longest site name kept (a DNS name is at most 253 characters).
const MAX_HOST_BYTES: usize = 253;

impl OpenCase {
    /// Every lookup kept, oldest first. A row this build cannot read is
    /// skipped, never guessed.
    pub fn host_lookups(&self) -> CoreResult<Vec<HostLookup>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, record, looked_up_at FROM host_lookups ORDER BY id")?;
        let rows = stmt.query_map([], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, record, looked_up_at) = row?;
            if let Ok(lookup) = serde_json::from_str::<NewHostLookup>(&record) {
                out.push(HostLookup {
                    id,
                    lookup,
                    looked_up_at,
                });
            }
        }
        Ok(out)
    }

    /// Keeps one lookup and its `host_looked_up` custody entry in one
    /// transaction.
    pub fn add_host_lookup(&mut self, lookup: &NewHostLookup) -> CoreResult<HostLookup> {
        let host = lookup.host.trim();
        if host.is_empty() || host.len() > MAX_HOST_BYTES {
            return Err(CoreError::invalid_input(
                "the site name is empty or too long",
            ));
        }
        if let Some(url_id) = lookup.url_id {
            ensure_exists(&self.conn, "urls", url_id)?;
        }
        let record = serde_json::to_string(lookup)
            .map_err(|e| CoreError::internal(format!("host lookup: {e}")))?;
        let now = now_utc();
        let id = self.tx(|tx| {
            tx.execute(
                "INSERT INTO host_lookups (url_id, host, record, looked_up_at) VALUES (?1, ?2, ?3, ?4)",
                params![lookup.url_id, host, record, now],
            )?;
            let id = tx.last_insert_rowid();
            let subject = match lookup.url_id {
                Some(url_id) => format!("url:{url_id}"),
                None => format!("host:{host}"),
            };
            custody::append(
                tx,
                HOST_LOOKED_UP,
                &subject,
                &json!({
                    "host": host,
                    "servers": lookup.servers,
                    "hosting_abuse_email": lookup.hosting.as_ref().and_then(|c| c.abuse_email.as_deref()),
                    "registrar_abuse_email": lookup.registrar.as_ref().and_then(|c| c.abuse_email.as_deref()),
                    "cdn": lookup.cdn,
                }),
            )?;
            Ok(id)
        })?;
        Ok(HostLookup {
            id,
            lookup: lookup.clone(),
            looked_up_at: now,
        })
    }
}
