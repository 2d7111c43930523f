//! Time-stamps of the custody log ("anchors", issue 19 item 2) and the case
//! setting that asks for them.
//!
//! When the person turns it on, each time something is recorded the custody
//! chain's head (one SHA-256, nothing else) is sent to a time-stamp authority
//! through the network guard; one time-stamp covers every entry up to it.
//! The vault only keeps what the authority answered (checked by the caller,
//! `report::anchor`), in `custody_anchors` and, token included, in a
//! `custody_time_stamped` custody entry, so the log itself carries the
//! proof into every export and a removed time-stamp breaks the chain.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::OpenCase;
use crate::vault::custody;
use crate::vault::model::CustodyEntry;
use crate::{CoreError, CoreResult};

/// The custody action that records a time-stamp of the chain.
pub const CUSTODY_TIME_STAMPED: &str = "custody_time_stamped";
/// The custody action that records the person's choice.
pub const TIME_STAMPING_SET: &str = "time_stamping_set";
const SETTING: &str = "time_stamp_records";

/// The time-stamp authority the person chose for her records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TimeStampingChoice {
    /// The authority's id in Reclaim's list, or `custom`.
    pub tsa_id: String,
    /// Where requests go.
    pub tsa_url: String,
}

/// One time-stamp of the custody chain, as kept in the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct CustodyAnchor {
    #[ts(type = "number")]
    pub id: i64,
    /// The last custody entry it covers (and every one before it).
    #[ts(type = "number")]
    pub custody_seq: i64,
    /// That entry's hash: the SHA-256 the authority signed.
    pub custody_hash: String,
    /// The authority, as its certificate names it.
    pub tsa: String,
    pub tsa_url: String,
    /// When the authority signed, RFC 3339 UTC.
    pub gen_time: String,
    /// The authority's reply (DER).
    #[serde(skip)]
    #[ts(skip)]
    pub token: Vec<u8>,
}

impl OpenCase {
    /// The authority her records are time-stamped by; `None` (the default)
    /// when she has not asked for it.
    pub fn time_stamping(&self) -> CoreResult<Option<TimeStampingChoice>> {
        self.setting(SETTING)
    }

    /// Turns time-stamping of her records on (with this authority) or off;
    /// the choice is written in the custody log.
    pub fn set_time_stamping(&mut self, choice: Option<&TimeStampingChoice>) -> CoreResult<()> {
        if let Some(c) = choice {
            if c.tsa_id.is_empty() || c.tsa_id.len() > 100 || c.tsa_url.len() > 2000 {
                return Err(CoreError::invalid_input(
                    "the time-stamp authority's name or address is empty or too long",
                ));
            }
            if !(c.tsa_url.starts_with("https://") || c.tsa_url.starts_with("http://")) {
                return Err(CoreError::invalid_input(
                    "the time-stamp authority's address must start with https:// or http://",
                ));
            }
        }
        self.tx(|tx| {
            match choice {
                Some(c) => tx.execute(
                    "INSERT INTO case_settings (name, value) VALUES (?1, ?2)
                     ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                    params![SETTING, json!(c).to_string()],
                )?,
                None => tx.execute("DELETE FROM case_settings WHERE name = ?1", [SETTING])?,
            };
            custody::append(
                tx,
                TIME_STAMPING_SET,
                "case",
                &json!({ "tsa": choice.map(|c| &c.tsa_id), "tsa_url": choice.map(|c| &c.tsa_url) }),
            )?;
            Ok(())
        })
    }

    /// The custody entry to time-stamp now: the chain's head, when anything
    /// other than a time-stamp was recorded since the last time-stamp.
    /// `None` when everything is covered already.
    pub fn custody_head_to_anchor(&self) -> CoreResult<Option<CustodyEntry>> {
        let last_anchored: i64 = self.conn.query_row(
            "SELECT COALESCE(MAX(custody_seq), 0) FROM custody_anchors",
            [],
            |r| r.get(0),
        )?;
        let news: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM custody WHERE seq > ?1 AND action <> ?2",
            params![last_anchored, CUSTODY_TIME_STAMPED],
            |r| r.get(0),
        )?;
        if news == 0 {
            return Ok(None);
        }
        Ok(custody::entries(&self.conn)?.pop())
    }

    /// Keeps a time-stamp of custody entry `anchor.custody_seq` (already
    /// checked: it covers `anchor.custody_hash`) and records it, token
    /// included, in the custody log.
    pub fn add_custody_anchor(&mut self, anchor: &CustodyAnchor) -> CoreResult<CustodyAnchor> {
        self.tx(|tx| {
            let hash: Option<String> = tx
                .query_row(
                    "SELECT hash FROM custody WHERE seq = ?1",
                    [anchor.custody_seq],
                    |r| r.get(0),
                )
                .optional()?;
            if hash.as_deref() != Some(anchor.custody_hash.as_str()) {
                return Err(CoreError::invalid_input(
                    "the time-stamp does not cover an entry of this case's custody log",
                ));
            }
            tx.execute(
                "INSERT INTO custody_anchors (custody_seq, custody_hash, tsa, tsa_url, gen_time, token)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    anchor.custody_seq,
                    anchor.custody_hash,
                    anchor.tsa,
                    anchor.tsa_url,
                    anchor.gen_time,
                    anchor.token
                ],
            )?;
            let id = tx.last_insert_rowid();
            custody::append(
                tx,
                CUSTODY_TIME_STAMPED,
                &format!("custody:{}", anchor.custody_seq),
                &json!({
                    "covers_seq": anchor.custody_seq,
                    "covers_hash": anchor.custody_hash,
                    "tsa": anchor.tsa,
                    "tsa_url": anchor.tsa_url,
                    "time": anchor.gen_time,
                    "token": hex::encode(&anchor.token),
                }),
            )?;
            Ok(CustodyAnchor {
                id,
                ..anchor.clone()
            })
        })
    }

    /// Every time-stamp of the custody log, oldest first.
    pub fn custody_anchors(&self) -> CoreResult<Vec<CustodyAnchor>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, custody_seq, custody_hash, tsa, tsa_url, gen_time, token
             FROM custody_anchors ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CustodyAnchor {
                id: r.get(0)?,
                custody_seq: r.get(1)?,
                custody_hash: r.get(2)?,
                tsa: r.get(3)?,
                tsa_url: r.get(4)?,
                gen_time: r.get(5)?,
                token: r.get(6)?,
            })
        })?;
        rows.collect::<Result<_, _>>().map_err(CoreError::from)
    }
}
