//! Issue 14 item 12: a copy found by "Find copies" kept as evidence, in a
//! real vault (SQLCipher, encrypted evidence store) with real photos from
//! `shared/pdq-vectors` (ThreatExchange, BSD licence): encrypted (its bytes
//! are nowhere on disk in plaintext), with its SHA-256, tied to a link or a
//! platform, named in the custody log with the original it copies, listed
//! with its tie in the report (poppler's pdftotext reads the PDF); refused in
//! a minor's case before the file is opened, with nothing written.
//!
//! Needs `--features test-support` (cheap key derivation) and the Debian
//! package `poppler-utils`.
#![cfg(feature = "test-support")]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;

use reclaim_core::app::{copies, images};
use reclaim_core::vault::{CopyTie, EvidenceKind, NewCase, NewUrl, OpenCase, FOUND_COPY_KEPT};
use reclaim_core::ErrorKind;
use sha2::{Digest, Sha256};

const LINK: &str = "https://www.reddit.com/r/example/comments/abc123/post/";

fn vectors() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/pdq-vectors/images"
    ))
}

/// Keeps the bridge photo's fingerprints in `case` and searches a folder
/// holding two copies of it (mirrored, turned) and an unrelated photo; the
/// search is kept in the case as the app keeps it. Returns the folder.
fn search_with_two_copies(case: &mut OpenCase, dir: &Path) -> PathBuf {
    let dih = vectors().join("reg-test-input/dih");
    let hashed = images::hash_picked(&[dih.join("bridge-1-original.jpg")]);
    assert_eq!(
        images::keep_hashed(case, "Image", &hashed).unwrap().added,
        1
    );
    let found = dir.join("Downloads/chat");
    std::fs::create_dir_all(&found).unwrap();
    std::fs::copy(dih.join("bridge-6-flipy.jpg"), found.join("IMG_2041.jpg")).unwrap();
    std::fs::copy(dih.join("bridge-2-rotate-90.jpg"), found.join("saved.jpg")).unwrap();
    std::fs::copy(
        vectors().join("reg-test-input/labelme-subset/q2821.jpg"),
        found.join("holiday.jpg"),
    )
    .unwrap();
    let originals = case.stored_originals().unwrap();
    let outcome = copies::find_copies(
        &originals,
        &found,
        &AtomicBool::new(false),
        || false,
        |_| {},
    );
    assert_eq!(outcome.copies.len(), 2, "{outcome:?}");
    case.keep_copies_search(&outcome).unwrap();
    found
}

/// Every file under `dir`, read whole.
fn files_under(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn report_text(bundle: &Path) -> String {
    let text = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(bundle.join("report.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(text.status.success());
    // Words joined by one space: the PDF lays fields out in columns.
    String::from_utf8(text.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_found_copy_is_kept_encrypted_tied_to_a_link_or_a_platform_and_listed_in_the_report() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut case = common::vault_case::open_new(&data, "found copy");
    let url_id = case
        .add_url(&NewUrl {
            original: LINK.into(),
            platform: Some("reddit".into()),
            ..NewUrl::default()
        })
        .unwrap();
    let found = search_with_two_copies(&mut case, tmp.path());

    // What the screen offers: the case's link, platforms where pictures are
    // posted or shared (a chat app, not a search engine), nothing kept yet.
    let offer = copies::copy_evidence(&case).unwrap();
    assert!(offer.can_keep);
    assert_eq!(offer.links.len(), 1);
    assert_eq!(
        (offer.links[0].id, offer.links[0].url.as_str()),
        (url_id, LINK)
    );
    let ids: Vec<&str> = offer.platforms.iter().map(|p| p.id.as_str()).collect();
    assert!(
        ids.contains(&"discord") && ids.contains(&"whatsapp"),
        "{ids:?}"
    );
    assert!(!ids.contains(&"google_search") && !ids.contains(&"cloudflare"));
    assert!(offer.kept.is_empty());

    let copy = found.join("IMG_2041.jpg");
    let bytes = std::fs::read(&copy).unwrap();
    let sha256 = hex::encode(Sha256::digest(&bytes));
    let after = copies::keep_copy(
        &mut case,
        &copy,
        &CopyTie::Link { url_id },
        Some("saved from the group chat".into()),
    )
    .unwrap();
    assert_eq!(after.kept.len(), 1);
    let kept = &after.kept[0];
    assert_eq!(kept.sha256, sha256);
    assert_eq!(kept.file_name.as_deref(), Some("IMG_2041.jpg"));
    assert_eq!(
        (kept.url_id, kept.platform.as_deref()),
        (Some(url_id), None)
    );

    // Tied to a platform when there is no link.
    let other = found.join("saved.jpg");
    let after = copies::keep_copy(
        &mut case,
        &other,
        &CopyTie::Platform {
            platform: "discord".into(),
        },
        None,
    )
    .unwrap();
    assert_eq!(after.kept[1].platform.as_deref(), Some("discord"));
    assert_eq!(after.kept[1].url_id, None);

    // Kept encrypted: no stretch of the copy's bytes is anywhere in the case
    // folder, while the decrypted evidence is the file, byte for byte.
    let evidence = case.evidence().unwrap();
    assert_eq!(evidence[0].kind, EvidenceKind::FoundCopy);
    assert_eq!(
        &case.evidence_bytes(evidence[0].id).unwrap()[..],
        &bytes[..]
    );
    let sample = &bytes[bytes.len() / 2..bytes.len() / 2 + 48];
    for (path, content) in files_under(&data) {
        assert!(
            !contains(&content, sample),
            "{} holds the copy in plaintext",
            path.display()
        );
    }

    // The custody log names the copy, the original it matches and the tie.
    let custody = case.snapshot().unwrap().custody;
    let entry = custody
        .iter()
        .find(|e| e.action == FOUND_COPY_KEPT)
        .expect("a custody entry for the kept copy");
    assert_eq!(entry.subject, format!("evidence:{}", evidence[0].id));
    let details: serde_json::Value = serde_json::from_str(&entry.details).unwrap();
    assert_eq!(details["sha256"], sha256.as_str());
    assert_eq!(details["original"], "Image 1");
    assert_eq!(details["transform"], "mirrored");
    assert_eq!(details["tie"]["url_id"], url_id);

    // The report lists both as evidence, each with what it is tied to.
    let bundle = tmp.path().join("bundle");
    reclaim_core::app::file::export_case(&mut case, &bundle, false).unwrap();
    let text = report_text(&bundle);
    let evidence_part = &text[text.find("Evidence files").unwrap()..];
    assert!(
        evidence_part.contains("copy of an image, found on the device"),
        "{evidence_part}"
    );
    assert!(
        evidence_part.contains(&format!("Found at the address: {LINK}")),
        "{evidence_part}"
    );
    assert!(
        evidence_part.contains("Found on: Discord"),
        "{evidence_part}"
    );
    assert!(evidence_part.contains("saved from the group chat"));
    assert!(evidence_part.contains(&sha256));
}

#[test]
fn only_a_copy_the_last_search_found_unchanged_is_kept_and_a_tie_must_exist() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "checks");
    let found = search_with_two_copies(&mut case, tmp.path());
    let platform = |id: &str| CopyTie::Platform {
        platform: id.into(),
    };
    fn case_kind(case: &mut OpenCase, file: &Path, tie: &CopyTie) -> ErrorKind {
        case.keep_found_copy(file, tie, None).unwrap_err().kind
    }

    // Not a copy: the unrelated photo in the same folder.
    let err = case_kind(&mut case, &found.join("holiday.jpg"), &platform("discord"));
    assert_eq!(err, ErrorKind::NotFound);
    // A link that is not in the case; a search engine is not where a copy
    // is found; a name that is no platform.
    let copy = found.join("IMG_2041.jpg");
    assert_eq!(
        case_kind(&mut case, &copy, &CopyTie::Link { url_id: 99 }),
        ErrorKind::NotFound
    );
    assert_eq!(
        case_kind(&mut case, &copy, &platform("google_search")),
        ErrorKind::InvalidInput
    );
    assert_eq!(
        case_kind(&mut case, &copy, &platform("../etc")),
        ErrorKind::InvalidInput
    );
    // The same name with other bytes since the search: not the copy found.
    std::fs::write(&copy, b"\xFF\xD8\xFF\xE0 something else").unwrap();
    assert_eq!(
        case_kind(&mut case, &copy, &platform("discord")),
        ErrorKind::NotFound
    );
    assert!(case.evidence().unwrap().is_empty(), "nothing was kept");
}

#[test]
fn a_minors_case_refuses_a_copy_before_reading_it_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut case = common::vault_case::open_new(&data, "minor");
    let found = search_with_two_copies(&mut case, tmp.path());
    let info = case.info().unwrap();
    case.update_case(&NewCase {
        label: info.label,
        language: info.language,
        minor: true,
        ..NewCase::default()
    })
    .unwrap();
    let custody_before = case.snapshot().unwrap().custody.len();
    let files_before = files_under(&data).len();

    let offer = copies::copy_evidence(&case).unwrap();
    assert!(!offer.can_keep, "the screen offers no keeping");
    assert!(offer.platforms.is_empty() && offer.links.is_empty());

    let tie = CopyTie::Platform {
        platform: "discord".into(),
    };
    let copy = found.join("IMG_2041.jpg");
    let err = copies::keep_copy(&mut case, &copy, &tie, None).unwrap_err();
    assert_eq!(err.kind, ErrorKind::MinorCopyRefused);
    // Refused before anything is read: a file that cannot be opened gets
    // the same answer, not an error about the file.
    std::fs::remove_file(&copy).unwrap();
    let err = copies::keep_copy(&mut case, &copy, &tie, None).unwrap_err();
    assert_eq!(err.kind, ErrorKind::MinorCopyRefused);

    assert!(case.evidence().unwrap().is_empty());
    assert_eq!(case.snapshot().unwrap().custody.len(), custody_before);
    assert_eq!(
        files_under(&data).len(),
        files_before,
        "no file was written"
    );
}
