//! Cases opened with hash services (StopNCII, Take It Down).

use rusqlite::params;
use serde_json::json;

use super::checks::{check_text, check_time, code_of, from_code};
use super::OpenCase;
use crate::vault::custody;
use crate::vault::fsutil::now_utc;
use crate::vault::model::*;
use crate::{CoreError, CoreResult};

impl OpenCase {
    pub fn add_hash_service_case(&mut self, c: &NewHashServiceCase) -> CoreResult<i64> {
        if c.case_number.trim().is_empty() || c.case_number.len() > 200 {
            return Err(CoreError::invalid_input(
                "the case number is empty or too long",
            ));
        }
        check_time("submitted_at", &c.submitted_at)?;
        check_text("note", &c.note)?;
        if c.pin.as_ref().is_some_and(|p| p.len() > 100) {
            return Err(CoreError::invalid_input("the PIN is too long"));
        }
        let now = now_utc();
        self.tx(|tx| {
            tx.execute(
                "INSERT INTO hash_service_cases (service, case_number, pin, submitted_at, note, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![code_of(c.service), c.case_number, c.pin, c.submitted_at, c.note, now],
            )?;
            let id = tx.last_insert_rowid();
            custody::append(tx, "hash_service_case_added", &format!("hash_service_case:{id}"), &json!({ "service": c.service }))?;
            Ok(id)
        })
    }

    pub fn hash_service_cases(&self) -> CoreResult<Vec<HashServiceRecord>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, service, case_number, submitted_at, note, added_at, pin FROM hash_service_cases ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok(HashServiceRecord {
                id: r.get(0)?,
                service: from_code(&r.get::<_, String>(1)?)?,
                case_number: r.get(2)?,
                pin: r.get(6)?,
                submitted_at: r.get(3)?,
                note: r.get(4)?,
                added_at: r.get(5)?,
            })
        })?;
        rows.collect::<Result<_, _>>().map_err(CoreError::from)
    }
}
