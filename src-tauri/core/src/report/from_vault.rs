//! From an unlocked vault case to a [`CaseFile`] (the export of a vault case
//! is in `export.rs`).
//!
//! Evidence is decrypted into memory only; the one copy written to disk is
//! the bundle the person asked for. Evidence of kind `image` (the person's
//! own pictures) is loaded only when she explicitly chose to include it.

use super::case::*;
use crate::error::CoreResult;
use crate::vault::{self, OpenCase};

impl CaseFile {
    /// Reads everything the report needs from an unlocked case. Evidence
    /// bytes are decrypted into memory; the person's own images only when
    /// `include_intimate_images`.
    pub fn from_vault(case: &mut OpenCase, include_intimate_images: bool) -> CoreResult<CaseFile> {
        Self::read_vault(case, include_intimate_images, true)
    }

    /// [`CaseFile::from_vault`]; with `load_bytes` false no evidence is
    /// decrypted (the export streams it from the vault one file at a time).
    pub(crate) fn read_vault(
        case: &mut OpenCase,
        include_intimate_images: bool,
        load_bytes: bool,
    ) -> CoreResult<CaseFile> {
        let snapshot = case.snapshot()?;
        let info = &snapshot.case;
        let mut evidence = Vec::new();
        let mut images = Vec::new();
        for e in &snapshot.evidence {
            let captured_at = time_of(&[Some(&e.captured_at), Some(&e.captured_at_utc)]);
            let file_name = e
                .original_name
                .clone()
                .unwrap_or_else(|| format!("evidence-{}", e.id));
            if e.kind == vault::EvidenceKind::Image {
                let bytes = if include_intimate_images && load_bytes {
                    Some(case.evidence_bytes(e.id)?.to_vec())
                } else {
                    None
                };
                images.push(ImageRecord {
                    id: format!("evidence:{}", e.id),
                    label: format!("evidence {}", e.id),
                    file_name,
                    media_type: String::new(),
                    added_at: captured_at,
                    sha256: e.sha256.clone(),
                    md5: None,
                    pdq: None,
                    pdq_quality: None,
                    bytes,
                });
                continue;
            }
            let bytes = if load_bytes {
                case.evidence_bytes(e.id)?.to_vec()
            } else {
                Vec::new()
            };
            evidence.push(EvidenceFile {
                id: format!("evidence:{}", e.id),
                kind: e.kind,
                file_name,
                media_type: String::new(),
                captured_at,
                recorded_sha256: e.sha256.clone(),
                source_url: e
                    .url_id
                    .and_then(|id| snapshot.urls.iter().find(|u| u.id == id))
                    .map(|u| u.original.clone()),
                platform: e.platform.as_deref().map(|id| {
                    crate::platforms::by_id(id).map_or_else(|| id.to_owned(), |p| p.name.clone())
                }),
                note: e.note.clone(),
                bytes,
            });
        }
        for (n, h) in snapshot.image_hashes.iter().enumerate() {
            // An image already listed as image evidence gets its hashes added.
            if let Some(existing) = images.iter_mut().find(|i| i.sha256 == h.sha256) {
                existing.md5 = h.md5.clone();
                existing.pdq = h.pdq.clone();
                existing.pdq_quality = h.pdq_quality.and_then(|q| u8::try_from(q).ok());
                if let Some(label) = &h.label {
                    existing.label = label.clone();
                }
                continue;
            }
            images.push(ImageRecord {
                id: format!("image:{}", h.id),
                label: h
                    .label
                    .clone()
                    .unwrap_or_else(|| format!("image {}", n + 1)),
                file_name: String::new(),
                media_type: String::new(),
                added_at: time_of(&[Some(&h.added_at)]),
                sha256: h.sha256.clone(),
                md5: h.md5.clone(),
                pdq: h.pdq.clone(),
                pdq_quality: h.pdq_quality.and_then(|q| u8::try_from(q).ok()),
                bytes: None,
            });
        }

        let custody = snapshot.custody.clone();

        Ok(CaseFile {
            case: info.clone(),
            prepared_by: None,
            description: None,
            urls: snapshot.urls.clone(),
            evidence,
            images,
            requests: snapshot.requests.clone(),
            custody,
        })
    }
}
