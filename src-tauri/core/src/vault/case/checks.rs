//! Input checks and small helpers shared by the sections of [`OpenCase`](super::OpenCase).

use rusqlite::{Connection, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::vault::fsutil::parse_time;
use crate::vault::model::NewCase;
use crate::{CoreError, CoreResult, ErrorKind};

/// Longest URL accepted (RFC 9110 §4.1 asks to support at least 8000 octets).
pub const MAX_URL_BYTES: usize = 8000;
/// Longest free text (notes, letters) accepted in one field.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;

pub(crate) fn code_of<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

pub(crate) fn from_code<T: DeserializeOwned>(code: &str) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(code.to_owned())).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// The status history of one URL or request, oldest first: `stmt` selects
/// `at, status, note` of the row `id`.
pub(super) fn status_history<S: DeserializeOwned>(
    stmt: &mut rusqlite::Statement<'_>,
    id: i64,
) -> rusqlite::Result<Vec<crate::vault::model::StatusEntry<S>>> {
    stmt.query_map([id], |r| {
        Ok(crate::vault::model::StatusEntry {
            at: r.get(0)?,
            status: from_code(&r.get::<_, String>(1)?)?,
            note: r.get(2)?,
        })
    })?
    .collect()
}

pub(super) fn check_text(field: &str, value: &Option<String>) -> CoreResult<()> {
    if let Some(v) = value {
        if v.len() > MAX_TEXT_BYTES {
            return Err(CoreError::new(
                ErrorKind::TooLarge,
                format!("{field} is too long"),
            ));
        }
    }
    Ok(())
}

pub(super) fn check_time(field: &str, value: &Option<String>) -> CoreResult<()> {
    match value {
        Some(v) if parse_time(v).is_none() => Err(CoreError::invalid_input(format!(
            "{field} is not a date and time like 2026-11-23T17:05:00+01:00"
        ))),
        _ => Ok(()),
    }
}

pub(crate) fn check_new_case(case: &NewCase) -> CoreResult<()> {
    if case.label.trim().is_empty() {
        return Err(CoreError::invalid_input("the case needs a label"));
    }
    if !["en", "fr", "nl", "de"].contains(&case.language.as_str()) {
        return Err(CoreError::invalid_input(
            "language must be en, fr, nl or de",
        ));
    }
    for (field, value) in [
        ("label", &Some(case.label.clone())),
        ("contact name", &case.contact_name),
        ("contact e-mail", &case.contact_email),
        ("country", &case.country),
    ] {
        check_text(field, value)?;
    }
    if let Some(email) = &case.contact_email {
        // The same rule as the Requests step, so an address kept here is never
        // called missing there.
        crate::model::email::validate_email(email)?;
    }
    Ok(())
}

pub(super) fn minor_refused() -> CoreError {
    CoreError::new(
        ErrorKind::MinorImagesRefused,
        "the person in the images was under 18: Reclaim does not store images or screenshots of them",
    )
}

pub(super) fn ensure_exists(conn: &Connection, table: &str, id: i64) -> CoreResult<()> {
    let found = conn
        .query_row(
            &format!("SELECT 1 FROM {table} WHERE id = ?1"),
            [id],
            |_| Ok(()),
        )
        .optional()?;
    found.ok_or_else(|| {
        CoreError::new(
            ErrorKind::NotFound,
            format!(
                "no {} with id {id} in this case",
                table.trim_end_matches('s')
            ),
        )
    })
}

pub(super) fn column<T: rusqlite::types::FromSql>(
    conn: &Connection,
    sql: &str,
    id: i64,
) -> CoreResult<Vec<T>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    rows.collect::<Result<_, _>>().map_err(CoreError::from)
}

/// The two status histories a case keeps.
#[derive(Clone, Copy)]
pub(super) enum StatusTable {
    Url,
    Request,
}
