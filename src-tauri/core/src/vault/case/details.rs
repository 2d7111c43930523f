//! The case itself: its details, and what marking the person as a minor removes.

use rusqlite::params;
use serde_json::json;

use super::checks::check_new_case;
use super::OpenCase;
use crate::hashing::document::verify_document;
use crate::model::situation::{self, Situation};
use crate::vault::custody;
use crate::vault::fsutil::now_utc;
use crate::vault::model::*;
use crate::{CoreError, CoreResult};

impl OpenCase {
    pub fn info(&self) -> CoreResult<CaseInfo> {
        self.conn
            .query_row(
                "SELECT code, label, language, contact_name, contact_email, country, minor, created_at, updated_at,
                        situations
                 FROM case_info WHERE id = 1",
                [],
                |r| {
                    Ok(CaseInfo {
                        code: r.get(0)?,
                        label: r.get(1)?,
                        language: r.get(2)?,
                        contact_name: r.get(3)?,
                        contact_email: r.get(4)?,
                        country: r.get(5)?,
                        minor: r.get(6)?,
                        created_at: r.get(7)?,
                        updated_at: r.get(8)?,
                        situations: situation::from_stored(&r.get::<_, String>(9)?)
                            .map_err(|e| {
                                rusqlite::Error::FromSqlConversionFailure(
                                    9,
                                    rusqlite::types::Type::Text,
                                    Box::new(e),
                                )
                            })?,
                    })
                },
            )
            .map_err(CoreError::from)
    }

    /// Changes the case's details. Marking the person as a minor removes every
    /// stored picture (screenshots, kept images, any file that is a picture).
    pub fn update_case(&mut self, update: &NewCase) -> CoreResult<CaseInfo> {
        check_new_case(update)?;
        let before = self.info()?;
        let pictures = if update.minor && !before.stores_no_pictures() {
            self.picture_evidence()?
        } else {
            Vec::new()
        };
        let now = now_utc();
        let removed = self.tx(|tx| {
            tx.execute(
                "UPDATE case_info SET label = ?1, language = ?2, contact_name = ?3, contact_email = ?4,
                 country = ?5, minor = ?6, updated_at = ?7 WHERE id = 1",
                params![
                    update.label,
                    update.language,
                    update.contact_name,
                    update.contact_email,
                    update.country,
                    update.minor,
                    now
                ],
            )?;
            custody::append(tx, "case_updated", "case", &json!({ "minor": update.minor }))?;
            remove_pictures(tx, &pictures)
        })?;
        if !removed.is_empty() {
            // The rows are gone; their files become orphans and are removed now.
            self.remove_orphans()?;
        }
        self.info()
    }

    /// Changes what is happening (one or more situations; none means `shared`).
    /// The change is recorded in the custody log with what it was before. A case
    /// that becomes about a child's photos loses every stored picture, as when
    /// the person is marked as a minor.
    pub fn set_situations(&mut self, situations: &[Situation]) -> CoreResult<CaseInfo> {
        let before = self.info()?;
        let after = situation::normalise(situations);
        if after == before.situations {
            return Ok(before);
        }
        let pictures = if after.contains(&Situation::ChildPhotos) && !before.stores_no_pictures() {
            self.picture_evidence()?
        } else {
            Vec::new()
        };
        let now = now_utc();
        let removed = self.tx(|tx| {
            tx.execute(
                "UPDATE case_info SET situations = ?1, updated_at = ?2 WHERE id = 1",
                params![situation::to_stored(&after), now],
            )?;
            custody::append(
                tx,
                "situation_changed",
                "case",
                &json!({ "from": before.situations, "to": after }),
            )?;
            remove_pictures(tx, &pictures)
        })?;
        if !removed.is_empty() {
            self.remove_orphans()?;
        }
        self.info()
    }

    /// (id, blob, sha256) of evidence that pictures the person.
    fn picture_evidence(&self) -> CoreResult<Vec<(i64, String, String)>> {
        let mut out = Vec::new();
        for e in self.evidence()? {
            let blob: String =
                self.conn
                    .query_row("SELECT blob FROM evidence WHERE id = ?1", [e.id], |r| {
                        r.get(0)
                    })?;
            // The same gate as a file added to a minor's case.
            let is_picture = e.kind.pictures_the_person() || {
                let bytes = self.blobs.read(&blob)?;
                verify_document(&bytes).is_err()
            };
            if is_picture {
                out.push((e.id, blob, e.sha256));
            }
        }
        Ok(out)
    }
}

/// Deletes the rows of `pictures` (id, blob, sha256), each with its custody
/// entry; returns their blobs (orphans once the transaction commits).
fn remove_pictures(
    tx: &rusqlite::Transaction<'_>,
    pictures: &[(i64, String, String)],
) -> CoreResult<Vec<String>> {
    let mut removed = Vec::new();
    for (id, blob, sha256) in pictures {
        tx.execute(
            "UPDATE image_hashes SET evidence_id = NULL WHERE evidence_id = ?1",
            [id],
        )?;
        tx.execute("DELETE FROM evidence WHERE id = ?1", [id])?;
        custody::append(
            tx,
            "evidence_removed",
            &format!("evidence:{id}"),
            &json!({ "sha256": sha256, "reason": "minor_images_refused" }),
        )?;
        removed.push(blob.clone());
    }
    Ok(removed)
}
