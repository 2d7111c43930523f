//! The URLs where the images were found, with their status history.

use rusqlite::{params, OptionalExtension, Transaction};
use serde_json::json;

use super::checks::{check_text, check_time, code_of, status_history, StatusTable, MAX_URL_BYTES};
use super::removals::{kept_reason, mark_removed};
use super::requests::CORRECTED;
use super::OpenCase;
use crate::vault::custody;
use crate::vault::fsutil::now_utc;
use crate::vault::model::*;
use crate::{CoreError, CoreResult, ErrorKind, Field};

/// The checked form of a link, or why it is refused.
pub(crate) struct CheckedUrl {
    pub normalised: Option<String>,
    pub platform: String,
    pub kind: String,
}

/// Runs the URL check on `original` (the same rule as the links screen).
pub(crate) fn checked_url(original: &str) -> CoreResult<CheckedUrl> {
    let item = crate::urls::classify_one(original);
    if let Some(rejection) = item.error {
        return Err(rejection.into());
    }
    Ok(CheckedUrl {
        normalised: item.url,
        platform: item.platform,
        kind: code_of(item.kind),
    })
}

impl OpenCase {
    /// Keeps a link: `original` exactly as given (it is evidence) and, beside
    /// it, the checked form. The one URL check of [`crate::urls`] runs here,
    /// whoever calls (app, CLI, hand-over): a `javascript:` link, a hidden
    /// `name@`, control or text-direction characters never reach the case,
    /// the report or a letter. The platform is the caller's when given,
    /// else the classifier's; the kind is always the classifier's.
    pub fn add_url(&mut self, url: &NewUrl) -> CoreResult<i64> {
        let url = checked_new_url(url)?;
        self.tx(|tx| insert_url(tx, &url, None))
    }

    /// Corrects a link typed wrong: the old one is taken out (`url_removed`,
    /// reason "corrected") and the corrected one kept (checked like every
    /// link, with the old one's "found at", "how found" and notes), its
    /// `url_added` entry naming the one it replaces (`replaces: url:<id>`);
    /// the screenshots kept of it move to the corrected link. One transaction: never both, never neither. Returns the new link's id.
    pub fn correct_url(&mut self, url_id: i64, corrected: &str) -> CoreResult<i64> {
        let old: Option<NewUrl> = self
            .conn
            .query_row(
                "SELECT found_at, how_found, notes FROM urls WHERE id = ?1",
                [url_id],
                |r| {
                    Ok(NewUrl {
                        found_at: r.get(0)?,
                        how_found: r.get(1)?,
                        notes: r.get(2)?,
                        ..Default::default()
                    })
                },
            )
            .optional()?;
        let Some(old) = old else {
            return Err(CoreError::new(
                ErrorKind::NotFound,
                "no such link in the case",
            ));
        };
        let url = checked_new_url(&NewUrl {
            original: corrected.trim().to_owned(),
            ..old
        })?;
        let reason = Some(CORRECTED.to_owned());
        self.tx(|tx| {
            mark_removed(tx, "urls", url_id, &reason, "link")?;
            custody::append(
                tx,
                "url_removed",
                &format!("url:{url_id}"),
                &json!({ "reason": reason }),
            )?;
            let id = insert_url(tx, &url, Some(url_id))?;
            // Her screenshots of it now belong to the corrected link.
            tx.execute(
                "UPDATE evidence SET url_id = ?1 WHERE url_id = ?2",
                params![id, url_id],
            )?;
            Ok(id)
        })
    }

    pub fn set_url_status(
        &mut self,
        url_id: i64,
        status: UrlStatus,
        note: Option<&str>,
    ) -> CoreResult<()> {
        self.record_status(StatusTable::Url, url_id, code_of(status), note)
    }

    /// Takes a link out of the case. Its row stays, marked removed, and the
    /// custody log records when and why (the entries about it keep their
    /// meaning); it no longer shows, nor goes into requests or the report's
    /// list of links.
    pub fn remove_url(&mut self, url_id: i64, reason: Option<&str>) -> CoreResult<()> {
        let reason = kept_reason(reason)?;
        self.tx(|tx| {
            mark_removed(tx, "urls", url_id, &reason, "link")?;
            custody::append(
                tx,
                "url_removed",
                &format!("url:{url_id}"),
                &json!({ "reason": reason }),
            )?;
            Ok(())
        })
    }

    /// The links taken out of the case, oldest first.
    pub fn removed_urls(&self) -> CoreResult<Vec<RemovedUrl>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, original, platform, found_at, added_at, removed_at, removed_reason
             FROM urls WHERE removed_at IS NOT NULL ORDER BY id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(RemovedUrl {
                    id: r.get(0)?,
                    original: r.get(1)?,
                    platform: r.get(2)?,
                    found_at: r.get(3)?,
                    added_at: r.get(4)?,
                    removed_at: r.get(5)?,
                    removed_reason: r.get(6)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }

    /// The links of the case (removed ones left out), oldest first.
    pub fn urls(&self) -> CoreResult<Vec<UrlRecord>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, original, normalised, platform, kind, found_at, how_found, notes, added_at FROM urls WHERE removed_at IS NULL ORDER BY id")?;
        let mut urls: Vec<UrlRecord> = stmt
            .query_map([], |r| {
                Ok(UrlRecord {
                    id: r.get(0)?,
                    original: r.get(1)?,
                    normalised: r.get(2)?,
                    platform: r.get(3)?,
                    kind: r.get(4)?,
                    found_at: r.get(5)?,
                    how_found: r.get(6)?,
                    notes: r.get(7)?,
                    added_at: r.get(8)?,
                    history: Vec::new(),
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut stmt = self
            .conn
            .prepare("SELECT at, status, note FROM url_status WHERE url_id = ?1 ORDER BY id")?;
        for url in &mut urls {
            url.history = status_history(&mut stmt, url.id)?;
        }
        Ok(urls)
    }
}

/// `url` checked as every link is (the one URL check of [`crate::urls`]),
/// with its checked form, platform and kind filled in.
fn checked_new_url(url: &NewUrl) -> CoreResult<NewUrl> {
    if url.original.trim().is_empty() {
        return Err(CoreError::missing(Field::Url));
    }
    if url.original.len() > MAX_URL_BYTES {
        return Err(CoreError::new(
            ErrorKind::TooLarge,
            "the URL is longer than 8000 characters",
        ));
    }
    let checked = checked_url(&url.original)?;
    check_time("found_at", &url.found_at)?;
    for (f, v) in [("how found", &url.how_found), ("notes", &url.notes)] {
        check_text(f, v)?;
    }
    Ok(NewUrl {
        normalised: checked.normalised,
        platform: url.platform.clone().or(Some(checked.platform)),
        kind: Some(checked.kind),
        ..url.clone()
    })
}

/// Inserts a checked link with its first status and its `url_added`
/// custody entry (naming the link it replaces, when it corrects one).
fn insert_url(tx: &Transaction<'_>, url: &NewUrl, replaces: Option<i64>) -> CoreResult<i64> {
    let now = now_utc();
    tx.execute(
        "INSERT INTO urls (original, normalised, platform, kind, found_at, how_found, notes, added_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![url.original, url.normalised, url.platform, url.kind, url.found_at, url.how_found, url.notes, now],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO url_status (url_id, at, status) VALUES (?1, ?2, ?3)",
        params![id, now, code_of(UrlStatus::Found)],
    )?;
    // found_at: when she saw it, if she said (verify checks the bundle's
    // capture time against it).
    let mut details = json!({ "original": url.original, "found_at": url.found_at });
    if let Some(old) = replaces {
        details["replaces"] = json!(format!("url:{old}"));
    }
    custody::append(tx, "url_added", &format!("url:{id}"), &details)?;
    Ok(id)
}
