//! Pages kept as evidence (issue 19 item 5): what one capture of a link saw
//! (fetched by the network module's `capture_page`), kept as the case's own
//! evidence files.
//!
//! A capture is two evidence files of kind `document`, each encrypted like
//! every evidence file and each with its `evidence_added` custody entry: the
//! full record (JSON: every redirect, the headers, the server's address, the
//! TLS certificates, the body's SHA-256) and, when it is a text page, the
//! body. A `page_captured` custody entry ties them together with the address,
//! the status and the body's SHA-256; the list of captures is read from these
//! entries, so a hand-over or an export carries it with the custody log.

use serde::{Deserialize, Serialize};
use serde_json::json;
use ts_rs::TS;

use super::checks::{check_text, ensure_exists};
use super::evidence::insert_evidence;
use super::OpenCase;
use crate::model::EvidenceKind;
use crate::vault::custody;
use crate::vault::fsutil::{format_utc, now_utc, parse_time};
use crate::vault::model::EvidenceRecord;
use crate::{CoreError, CoreResult};

/// The custody action of a page capture.
pub const PAGE_CAPTURED: &str = "page_captured";

/// What a capture saw, in short (the full record is its JSON file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewPageCapture {
    /// The case's link that was captured, when it is one.
    #[ts(type = "number | null")]
    pub url_id: Option<i64>,
    pub url: String,
    pub final_url: String,
    pub status: u16,
    pub server_ip: Option<String>,
    pub body_sha256: String,
    #[ts(type = "number")]
    pub body_size: u64,
    pub body_kept: bool,
    pub truncated: bool,
    /// When the answer came, UTC (RFC 3339).
    pub captured_at: String,
}

/// A capture kept in the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PageCapture {
    #[serde(flatten)]
    pub capture: NewPageCapture,
    /// The evidence file holding the full record (JSON), and its SHA-256.
    #[ts(type = "number")]
    pub record_evidence_id: i64,
    pub record_sha256: String,
    /// The evidence file holding the page, when it was kept.
    #[ts(type = "number | null")]
    pub body_evidence_id: Option<i64>,
    /// The custody entry that recorded it (its time-stamps cover it).
    #[serde(default)]
    #[ts(type = "number")]
    pub custody_seq: i64,
}

impl OpenCase {
    /// Keeps one capture: its record (JSON) and, when given, the page's
    /// body, each as an encrypted evidence file, and a `page_captured`
    /// custody entry, in one transaction. Refused in a minor's case.
    pub fn add_page_capture(
        &mut self,
        capture: &NewPageCapture,
        record_json: &[u8],
        body: Option<&[u8]>,
    ) -> CoreResult<PageCapture> {
        if self.info()?.stores_no_pictures() {
            return Err(minor_refused_for_pages());
        }
        check_text("url", &Some(capture.url.clone()))?;
        let captured = parse_time(&capture.captured_at)
            .ok_or_else(|| CoreError::invalid_input("captured_at is not a date and time"))?;
        if let Some(url_id) = capture.url_id {
            ensure_exists(&self.conn, "urls", url_id)?;
        }
        let record_blob = self.blobs.write(record_json, &mut std::io::empty())?;
        let body_blob = body
            .map(|b| self.blobs.write(b, &mut std::io::empty()))
            .transpose()?;
        let now = now_utc();
        let evidence = |sha256: String, size: u64, name: String| EvidenceRecord {
            id: 0,
            sha256,
            size: size as i64,
            original_name: Some(name),
            captured_at: capture.captured_at.clone(),
            captured_at_utc: format_utc(captured),
            kind: EvidenceKind::Document,
            note: Some(format!("page kept as evidence: {}", capture.url)),
            url_id: capture.url_id,
            platform: None,
            added_at: now.clone(),
        };
        let number = self.page_captures()?.len() + 1;
        self.tx(|tx| {
            let record = insert_evidence(
                tx,
                &record_blob.name,
                evidence(
                    record_blob.sha256.clone(),
                    record_blob.size,
                    format!("page-capture-{number}.json"),
                ),
            )?;
            let body = body_blob
                .as_ref()
                .map(|b| {
                    insert_evidence(
                        tx,
                        &b.name,
                        evidence(
                            b.sha256.clone(),
                            b.size,
                            format!("page-capture-{number}.html"),
                        ),
                    )
                })
                .transpose()?;
            let mut kept = PageCapture {
                capture: capture.clone(),
                record_evidence_id: record.id,
                record_sha256: record.sha256,
                body_evidence_id: body.map(|b| b.id),
                custody_seq: 0,
            };
            let mut details = json!(kept);
            if let Some(fields) = details.as_object_mut() {
                fields.remove("custody_seq");
            }
            let entry = custody::append(
                tx,
                PAGE_CAPTURED,
                &format!("evidence:{}", record.id),
                &details,
            )?;
            kept.custody_seq = entry.seq;
            Ok(kept)
        })
    }

    /// The pages kept as evidence, oldest first (one whose record file she
    /// took out of the case left out).
    pub fn page_captures(&self) -> CoreResult<Vec<PageCapture>> {
        let removed = removed_evidence_ids(&self.conn)?;
        let mut stmt = self
            .conn
            .prepare("SELECT seq, details FROM custody WHERE action = ?1 ORDER BY seq")?;
        let rows = stmt.query_map([PAGE_CAPTURED], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (seq, details) = row?;
            let capture = page_capture_of(seq, &details)?;
            if !removed.contains(&capture.record_evidence_id) {
                out.push(capture);
            }
        }
        Ok(out)
    }
}

/// The capture a `page_captured` custody entry records.
pub fn page_capture_of(seq: i64, details: &str) -> CoreResult<PageCapture> {
    let mut capture: PageCapture = serde_json::from_str(details).map_err(|e| {
        CoreError::new(
            crate::ErrorKind::Corrupt,
            format!("a page capture's custody entry is damaged: {e}"),
        )
    })?;
    capture.custody_seq = seq;
    Ok(capture)
}

/// In a minor's case no page is fetched or kept: it could hold her pictures.
pub fn minor_refused_for_pages() -> CoreError {
    CoreError::new(
        crate::ErrorKind::MinorPageCaptureRefused,
        "the person in the images was under 18: Reclaim does not fetch or keep pages that may show them",
    )
}

/// The evidence files taken out of the case (their `evidence_removed`
/// custody entries).
fn removed_evidence_ids(conn: &rusqlite::Connection) -> CoreResult<Vec<i64>> {
    let mut stmt = conn.prepare("SELECT subject FROM custody WHERE action = ?1")?;
    let rows = stmt.query_map([super::removals::EVIDENCE_REMOVED], |r| {
        r.get::<_, String>(0)
    })?;
    let mut out = Vec::new();
    for subject in rows {
        if let Some(id) = subject?
            .strip_prefix("evidence:")
            .and_then(|n| n.parse().ok())
        {
            out.push(id);
        }
    }
    Ok(out)
}
