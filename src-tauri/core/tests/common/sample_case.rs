//! A realistic case for the report tests and the export benchmark: URLs
//! (one of 300+ characters), screenshots and documents with non-ASCII names,
//! image hashes, requests with answers, and a valid custody chain.

#![allow(dead_code)]

use reclaim_core::model::timestamp::format_utc;
use reclaim_core::model::{CustodyEntry, EvidenceKind, Language, RequestStatus, UrlStatus};
use reclaim_core::report::*;
use reclaim_core::vault::{CaseInfo, RequestRecord, StatusEntry, UrlRecord};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime, UtcOffset};

pub fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A URL of more than 300 characters, with a query string.
pub fn long_url() -> String {
    let mut url =
        String::from("https://www.example-tube.test/view_video.php?viewkey=ph5f9a3b2c1d0e&");
    let mut i = 0;
    while url.len() < 310 {
        url.push_str(&format!("utm_param{i}=value-{i}-abcdefghij&"));
        i += 1;
    }
    url.push_str("end=1");
    url
}

/// Pseudo-random but reproducible bytes standing in for a screenshot.
pub fn fake_file(seed: usize, len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    let mut state = seed as u64 ^ 0x9E37_79B9_7F4A_7C15;
    while out.len() < len {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.extend_from_slice(&state.to_le_bytes());
    }
    out.truncate(len);
    out
}

pub struct Sizes {
    pub urls: usize,
    pub evidence: usize,
    pub images: usize,
    pub requests: usize,
    pub evidence_bytes: usize,
}

impl Sizes {
    pub const SMALL: Sizes = Sizes {
        urls: 6,
        evidence: 4,
        images: 2,
        requests: 2,
        evidence_bytes: 4096,
    };
}

pub fn case(language: Language, sizes: &Sizes) -> CaseFile {
    let brussels = UtcOffset::from_hms(1, 0, 0).unwrap();
    let t0 = OffsetDateTime::from_unix_timestamp(1_763_900_000)
        .unwrap()
        .to_offset(brussels);
    let platforms = [
        "x",
        "reddit",
        "pornhub",
        "telegram",
        "unknown",
        "google_drive",
    ];
    let mut urls = Vec::new();
    for i in 0..sizes.urls {
        let url = if i == 1 {
            long_url()
        } else {
            format!(
                "https://{}.test/p/{i}/post?id={}&lang=fr",
                platforms[i % platforms.len()],
                1000 + i
            )
        };
        let captured_at = t0 + Duration::minutes(5 + i as i64);
        let mut history = vec![StatusEntry {
            at: format_utc(captured_at),
            status: UrlStatus::Found,
            note: None,
        }];
        if i % 3 == 0 {
            history.push(StatusEntry {
                at: format_utc(t0 + Duration::days(3) + Duration::minutes(i as i64)),
                status: if i % 2 == 0 {
                    UrlStatus::Removed
                } else {
                    UrlStatus::Online
                },
                note: None,
            });
        }
        urls.push(UrlRecord {
            id: i as i64 + 1,
            original: url.clone(),
            normalised: Some(url),
            platform: Some(platforms[i % platforms.len()].to_owned()),
            kind: None,
            // As the device gave it, with its offset.
            found_at: Some(
                captured_at
                    .format(&time::format_description::well_known::Rfc3339)
                    .unwrap(),
            ),
            how_found: None,
            notes: (i == 0)
                .then(|| "Posted by an account using my first name — « Zoë »".to_owned()),
            added_at: format_utc(captured_at),
            history,
        });
    }
    let names = [
        "capture d'écran été.png",
        "Straße Übersicht.pdf",
        "screenshot 2026-11-20.png",
        "bewijsstuk één.jpg",
    ];
    let mut evidence = Vec::new();
    for i in 0..sizes.evidence {
        let bytes = fake_file(i, sizes.evidence_bytes + i);
        let name = if i < names.len() {
            names[i].to_owned()
        } else {
            format!("capture-{i:03}.png")
        };
        evidence.push(EvidenceFile {
            id: format!("ev-{i}"),
            kind: if name.ends_with(".pdf") {
                EvidenceKind::Document
            } else {
                EvidenceKind::Screenshot
            },
            file_name: name,
            media_type: "image/png".into(),
            captured_at: t0 + Duration::minutes(30 + i as i64),
            recorded_sha256: sha(&bytes),
            source_url: Some(urls[i % urls.len().max(1)].original.clone())
                .filter(|_| !urls.is_empty()),
            platform: None,
            note: None,
            bytes,
        });
    }
    let mut images = Vec::new();
    for i in 0..sizes.images {
        let bytes = fake_file(10_000 + i, 2048);
        images.push(ImageRecord {
            id: format!("img-{i}"),
            label: format!("Image {}", i + 1),
            file_name: format!("IMG_{:04}.jpg", i + 1),
            media_type: "image/jpeg".into(),
            added_at: t0 + Duration::minutes(60 + i as i64),
            sha256: sha(&bytes),
            md5: Some(format!("{:032x}", i + 1)),
            pdq: Some(format!("{:064x}", (i as u128 + 7) * 0x1234_5678_9abc_def1)),
            pdq_quality: Some(100),
            bytes: Some(bytes),
        });
    }
    let mut requests = Vec::new();
    for i in 0..sizes.requests {
        let sent = t0 + Duration::days(1) + Duration::hours(i as i64);
        let platform = platforms[i % platforms.len()];
        requests.push(RequestRecord {
            id: i as i64 + 1,
            platform: platform.to_owned(),
            channel: serde_json::json!({
                "type": "email",
                "address": format!("trust-safety@{platform}.test"),
            }),
            legal_bases: vec!["DSA art. 16".into(), "GDPR art. 17".into()],
            language: language.code().to_owned(),
            subject: None,
            body: None,
            url_ids: urls.iter().skip(i).take(2).map(|u| u.id).collect(),
            deadline: None,
            tickets: vec![format!("TS-{}", 4000 + i)],
            created_at: format_utc(sent),
            history: vec![
                StatusEntry {
                    at: format_utc(sent),
                    status: RequestStatus::Sent,
                    note: None,
                },
                StatusEntry {
                    at: format_utc(sent + Duration::days(2)),
                    status: RequestStatus::Removed,
                    // What the platform answered, as she noted it: shown as
                    // text, never interpreted.
                    note: Some("We reviewed your report and removed the content.\nReference TS-4000. <b>not markup</b> {$x}".into()),
                },
            ],
        });
    }
    let mut custody: Vec<CustodyEntry> = Vec::new();
    let mut push = |at: OffsetDateTime, event: &str, subject: &str, detail: &str| {
        let at = at
            .to_offset(UtcOffset::UTC)
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
        let entry = CustodyEntry::append(custody.last(), &at, event, subject, detail);
        custody.push(entry);
    };
    push(t0, "case_created", "case", "{}");
    // The details the vault writes (vault/case.rs).
    for (n, u) in urls.iter().enumerate() {
        push(
            reclaim_core::model::timestamp::parse(&u.added_at).unwrap(),
            "url_added",
            &format!("url:{}", n + 1),
            &serde_json::json!({ "original": u.original, "found_at": null }).to_string(),
        );
    }
    for e in &evidence {
        let captured = e
            .captured_at
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
        push(
            e.captured_at,
            "evidence_added",
            &e.id,
            &serde_json::json!({
                "sha256": e.recorded_sha256,
                "size": e.bytes.len(),
                "kind": "screenshot",
                "captured_at": captured,
            })
            .to_string(),
        );
    }
    // The person's own pictures kept in the case (the vault records them as
    // evidence of kind "image").
    for image in &images {
        let added = image
            .added_at
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
        push(
            image.added_at,
            "evidence_added",
            &image.id,
            &serde_json::json!({ "sha256": image.sha256, "kind": "image", "captured_at": added })
                .to_string(),
        );
    }
    CaseFile {
        case: CaseInfo {
            code: "K7-QX42".into(),
            label: "my case".into(),
            language: language.code().to_owned(),
            contact_name: None,
            contact_email: None,
            country: Some("BE".into()),
            minor: false,
            situations: vec![reclaim_core::model::Situation::Shared],
            created_at: format_utc(t0),
            updated_at: format_utc(t0),
        },
        prepared_by: Some("Conseillère, service d'aide (Liège)".into()),
        description: Some(
            "Mes photos ont été publiées sans mon accord après la rupture. Ich habe sofort Screenshots gemacht.".into(),
        ),
        urls,
        evidence,
        images,
        requests,
        custody,
    }
}

pub fn export_time() -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_764_000_000).unwrap()
}

/// The small sample case in `language`, exported at [`export_time`] into a
/// fresh folder `bundle` of a temporary directory (kept alive by the first
/// value).
pub fn exported(language: Language) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bundle");
    export_bundle(
        &case(language, &Sizes::SMALL),
        &dir,
        &BundleOptions::default(),
        export_time(),
    )
    .unwrap();
    (tmp, dir)
}
