//! Taking a fingerprint or an evidence file out of the case, and correcting
//! an evidence file's note (issue 14 item 5, "nothing lost").
//!
//! What goes is the content: a fingerprint's matching data, an evidence
//! file's encrypted bytes. The row stays, marked removed with the time and
//! her reason, so the custody log's entries about it keep their meaning, and
//! the log records the removal. A removed item no longer shows, matches,
//! goes into a request, the report, a bundle or a hand-over.

use rusqlite::{params, OptionalExtension, Transaction};
use serde_json::json;

use super::checks::check_text;
use super::OpenCase;
use crate::vault::custody;
use crate::vault::fsutil::now_utc;
use crate::{CoreError, CoreResult, ErrorKind};

/// Custody action: a fingerprint taken out of the case.
pub const FINGERPRINT_REMOVED: &str = "fingerprint_removed";
/// Custody action: an evidence file taken out of the case (its file deleted).
pub const EVIDENCE_REMOVED: &str = "evidence_removed";
/// Custody action: an evidence file's note corrected.
pub const EVIDENCE_NOTE_CHANGED: &str = "evidence_note_changed";

/// A reason as kept: trimmed, `None` when blank.
pub(super) fn kept_reason(reason: Option<&str>) -> CoreResult<Option<String>> {
    let reason = reason
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_owned);
    check_text("reason", &reason)?;
    Ok(reason)
}

/// Marks row `id` of `table` removed at `now` with `reason`. An id the case
/// never had is `NotFound`; one already removed is `AlreadyRemoved`.
/// `what` names the thing in the message ("link", "fingerprint", …).
pub(super) fn mark_removed(
    tx: &Transaction<'_>,
    table: &str,
    id: i64,
    reason: &Option<String>,
    what: &str,
) -> CoreResult<()> {
    let removed_at: Option<Option<String>> = tx
        .query_row(
            &format!("SELECT removed_at FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .optional()?;
    match removed_at {
        None => Err(CoreError::new(
            ErrorKind::NotFound,
            format!("no {what} with id {id} in this case"),
        )),
        Some(Some(_)) => Err(CoreError::new(
            ErrorKind::AlreadyRemoved,
            format!("the {what} {id} was already taken out of the case"),
        )),
        Some(None) => {
            tx.execute(
                &format!("UPDATE {table} SET removed_at = ?1, removed_reason = ?2 WHERE id = ?3"),
                params![now_utc(), reason, id],
            )?;
            Ok(())
        }
    }
}

impl OpenCase {
    /// Takes a fingerprint (the hashes of one of her images) out of the
    /// case: she added the wrong photo. Its matching data is deleted, so it
    /// no longer finds copies nor goes into a request, a hash service, the
    /// report or a hand-over; the custody log records `fingerprint_removed`.
    pub fn remove_image_hash(&mut self, id: i64, reason: Option<&str>) -> CoreResult<()> {
        let reason = kept_reason(reason)?;
        self.tx(|tx| {
            mark_removed(tx, "image_hashes", id, &reason, "fingerprint")?;
            tx.execute(
                "DELETE FROM image_match_hashes WHERE image_hash_id = ?1",
                [id],
            )?;
            tx.execute("DELETE FROM image_features WHERE image_hash_id = ?1", [id])?;
            custody::append(
                tx,
                FINGERPRINT_REMOVED,
                &format!("image_hash:{id}"),
                &json!({ "id": id, "reason": reason }),
            )?;
            Ok(())
        })
    }

    /// Takes an evidence file out of the case: its encrypted file is deleted
    /// from disk (the content is gone); its row stays, marked removed with
    /// the time and her reason, and the custody log records
    /// `evidence_removed` with the SHA-256 it had, so a bundle made later
    /// without it still verifies.
    pub fn remove_evidence(&mut self, id: i64, reason: Option<&str>) -> CoreResult<()> {
        let reason = kept_reason(reason)?;
        let blob = self.tx(|tx| {
            mark_removed(tx, "evidence", id, &reason, "evidence file")?;
            let (blob, sha256): (String, String) = tx.query_row(
                "SELECT blob, sha256 FROM evidence WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            // A fingerprint kept beside it no longer points at a file that is gone.
            tx.execute(
                "UPDATE image_hashes SET evidence_id = NULL WHERE evidence_id = ?1",
                [id],
            )?;
            custody::append(
                tx,
                EVIDENCE_REMOVED,
                &format!("evidence:{id}"),
                &json!({ "id": id, "sha256": sha256, "reason": reason }),
            )?;
            Ok(blob)
        })?;
        // After the commit: a file not deleted now (disk busy) is no longer
        // referenced, and the next open removes it.
        self.blobs.remove(&blob)
    }

    /// Corrects the note of an evidence file (what it shows, where it came
    /// from). The custody log keeps the old note and the new one.
    pub fn set_evidence_note(&mut self, id: i64, note: Option<&str>) -> CoreResult<()> {
        let note = note
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned);
        check_text("note", &note)?;
        self.tx(|tx| {
            let row: Option<(Option<String>, Option<String>)> = tx
                .query_row(
                    "SELECT note, removed_at FROM evidence WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let old = match row {
                None => {
                    return Err(CoreError::new(
                        ErrorKind::NotFound,
                        format!("no evidence file with id {id} in this case"),
                    ))
                }
                Some((_, Some(_))) => {
                    return Err(CoreError::new(
                        ErrorKind::AlreadyRemoved,
                        format!("the evidence file {id} was taken out of the case"),
                    ))
                }
                Some((old, None)) => old,
            };
            if old == note {
                return Ok(());
            }
            tx.execute(
                "UPDATE evidence SET note = ?1 WHERE id = ?2",
                params![note, id],
            )?;
            custody::append(
                tx,
                EVIDENCE_NOTE_CHANGED,
                &format!("evidence:{id}"),
                &json!({ "old": old, "new": note }),
            )?;
            Ok(())
        })
    }
}
