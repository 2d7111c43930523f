//! From an unlocked vault case to a [`CaseFile`] (the export of a vault case
//! is in `export.rs`).
//!
//! Evidence is decrypted into memory only; the one copy written to disk is
//! the bundle the person asked for. Evidence of kind `image` (the person's
//! own pictures) is loaded only when she explicitly chose to include it.

use std::collections::HashMap;

use time::OffsetDateTime;

use super::case::*;
use crate::error::CoreResult;
use crate::vault::{self, OpenCase};

use crate::model::timestamp::parse;

/// The first of `texts` that is an RFC 3339 time, else the Unix epoch (a
/// visible "1970" rather than a failed export).
fn time_of(texts: &[Option<&str>]) -> OffsetDateTime {
    texts
        .iter()
        .flatten()
        .find_map(|t| parse(t))
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// Who a request went to, as the report shows it: the platform by name, then
/// where (an Instagram form may live on facebook.com, so the address alone
/// would name the wrong company).
fn recipient(platform: &str, channel: &serde_json::Value) -> String {
    let name = crate::platforms::by_id(platform).map(|p| p.name.clone());
    let place = ["address", "url", "to", "email"]
        .iter()
        .find_map(|key| channel.get(*key).and_then(|v| v.as_str()))
        .map(str::to_owned);
    match (name, place) {
        (Some(name), Some(place)) => format!("{name} — {place}"),
        (Some(name), None) => name,
        (None, Some(place)) => place,
        (None, None) => platform.to_owned(),
    }
}

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
        let url_text: HashMap<i64, String> = snapshot
            .urls
            .iter()
            .map(|u| (u.id, u.original.clone()))
            .collect();

        let urls = snapshot
            .urls
            .iter()
            .map(|u| UrlRecord {
                url: u.original.clone(),
                platform: u.platform.clone().unwrap_or_else(|| "unknown".into()),
                captured_at: time_of(&[u.found_at.as_deref(), Some(&u.added_at)]),
                note: u.notes.clone(),
                checks: u
                    .history
                    .iter()
                    .filter_map(|h| {
                        Some(UrlCheck {
                            at: time_of(&[Some(&h.at)]),
                            state: Some(h.status).filter(|s| s.is_check())?,
                            http_status: None,
                            final_url: None,
                        })
                    })
                    .collect(),
            })
            .collect();

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
                source_url: e.url_id.and_then(|id| url_text.get(&id).cloned()),
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

        let requests = snapshot
            .requests
            .iter()
            .map(|r| RequestRecord {
                id: format!("request:{}", r.id),
                platform: r.platform.clone(),
                recipient: recipient(&r.platform, &r.channel),
                channel: r
                    .channel
                    .get("type")
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_owned(),
                legal_basis: r.legal_bases.clone(),
                sent_at: r
                    .history
                    .iter()
                    .find(|h| h.status == vault::RequestStatus::Sent)
                    .and_then(|h| parse(&h.at)),
                reference: (!r.tickets.is_empty()).then(|| r.tickets.join(", ")),
                urls: r
                    .url_ids
                    .iter()
                    .filter_map(|id| url_text.get(id).cloned())
                    .collect(),
                history: r
                    .history
                    .iter()
                    .map(|h| RequestStatusChange {
                        at: time_of(&[Some(&h.at)]),
                        state: h.status,
                        note: h.note.clone(),
                    })
                    .collect(),
                // The vault records answers as status notes; there is no
                // separate answer text yet.
                answers: Vec::new(),
            })
            .collect();

        let custody = snapshot.custody.clone();

        Ok(CaseFile {
            summary: CaseSummary {
                code: info.code.clone(),
                language: Language::from_code(&info.language).unwrap_or(Language::En),
                created_at: time_of(&[Some(&info.created_at)]),
                prepared_by: None,
                description: None,
            },
            urls,
            evidence,
            images,
            requests,
            custody,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::recipient;
    use serde_json::json;

    #[test]
    fn a_request_names_the_platform_it_went_to_not_only_the_address() {
        // Instagram's form lives on facebook.com: the report says Instagram.
        let form = json!({"type": "form", "url": "https://www.facebook.com/help/contact/1"});
        assert_eq!(
            recipient("instagram", &form),
            "Instagram — https://www.facebook.com/help/contact/1"
        );
        let mail = json!({"type": "email", "address": "abuse@host.example"});
        assert_eq!(recipient("unknown", &mail), "abuse@host.example");
    }
}
