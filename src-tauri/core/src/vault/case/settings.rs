//! Small choices kept in a case (`case_settings`: a name and a JSON value),
//! read and written typed. What a setting means belongs to its caller (the
//! time-stamping choice in `anchors.rs`, the step she was on in
//! `app::resume`, the links draft in `drafts.rs`); this file only stores it, encrypted with the rest of the case.

use rusqlite::{params, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::OpenCase;
use crate::{CoreError, CoreResult};

impl OpenCase {
    /// The setting `name`, or `None` when it was never set (or was written by
    /// a version of Reclaim that stored another shape: the default applies).
    pub fn setting<T: DeserializeOwned>(&self, name: &str) -> CoreResult<Option<T>> {
        let value: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM case_settings WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .optional()?;
        Ok(value.and_then(|v| serde_json::from_str(&v).ok()))
    }

    /// Keeps `value` as the setting `name` (`None` removes it). Not written in
    /// the custody log: a setting is a preference, not a record; a caller
    /// whose choice matters as evidence logs it itself.
    pub fn set_setting<T: Serialize>(&mut self, name: &str, value: Option<&T>) -> CoreResult<()> {
        match value {
            Some(v) => {
                let text = serde_json::to_string(v)
                    .map_err(|e| CoreError::internal(format!("setting {name}: {e}")))?;
                self.conn.execute(
                    "INSERT INTO case_settings (name, value) VALUES (?1, ?2)
                     ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                    params![name, text],
                )?;
            }
            None => {
                self.conn
                    .execute("DELETE FROM case_settings WHERE name = ?1", [name])?;
            }
        }
        Ok(())
    }
}
