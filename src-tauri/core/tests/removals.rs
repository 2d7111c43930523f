//! "Nothing lost" (issue 14 item 5): what she takes out of her case leaves
//! it (lists, matching, requests, the report, bundles, hand-overs), its
//! content is gone (an evidence file's encrypted file deleted from disk), a
//! custody entry records that it existed, and nothing else is touched.
//! Real SQLCipher, real photos from `shared/pdq-vectors`, real bundles.

mod common;

use std::path::{Path, PathBuf};

use reclaim_core::hashing::{hash_file, CropGrid, HashOptions};
use reclaim_core::report::{export_case, verify_bundle, BundleOptions, BundleProblemKind};
use reclaim_core::vault::{
    AddedImage, CreateOptions, EvidenceKind, KdfStrength, NewEvidence, NewUrl, OpenCase, Vault,
};
use reclaim_core::ErrorKind;
use secrecy::SecretString;

fn vectors() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/pdq-vectors/images"
    ))
}

fn options() -> CreateOptions {
    CreateOptions {
        passphrase: Some(SecretString::from("correct horse battery staple")),
        use_keyring: false,
        kdf: KdfStrength::InsecureForTests,
    }
}

fn note(text: &str) -> NewEvidence {
    NewEvidence {
        kind: EvidenceKind::Screenshot,
        original_name: Some(format!("{text}.png")),
        captured_at: Some("2026-11-23T17:05:00+01:00".to_owned()),
        note: Some(text.to_owned()),
        url_id: None,
    }
}

fn add_evidence(case: &mut OpenCase, text: &str) -> (i64, String) {
    let bytes = format!("screenshot bytes of {text}");
    let record = case
        .add_evidence(&note(text), &mut bytes.as_bytes())
        .unwrap();
    (record.id, record.sha256)
}

/// The encrypted files of the case's evidence (every `blobs/` folder under `dir`).
fn blob_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() && path.file_name().is_some_and(|n| n == "blobs") {
            out.extend(
                std::fs::read_dir(&path)
                    .unwrap()
                    .flatten()
                    .map(|e| e.path()),
            );
        } else if path.is_dir() {
            out.extend(blob_files(&path));
        }
    }
    out.sort();
    out
}

fn hashed(case: &mut OpenCase, file: &Path) -> i64 {
    let options = HashOptions {
        crop_windows: Some(CropGrid::default()),
        ..HashOptions::default()
    };
    match case
        .add_hashed_image("Image", &hash_file(file, &options))
        .unwrap()
    {
        AddedImage::Added(id) | AddedImage::AlreadyKept(id) => id,
    }
}

#[test]
fn a_removed_fingerprint_no_longer_matches_nor_goes_into_the_report_or_a_hand_over() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(tmp.path(), "fingerprints");
    let labelme = vectors().join("reg-test-input/labelme-subset");
    let wrong = hashed(&mut case, &labelme.join("q2821.jpg"));
    let right = hashed(
        &mut case,
        &vectors().join("reg-test-input/dih/bridge-1-original.jpg"),
    );
    assert_eq!(case.stored_originals().unwrap().len(), 2);

    case.remove_image_hash(wrong, Some("wrong photo")).unwrap();

    let kept: Vec<i64> = case.image_hashes().unwrap().iter().map(|h| h.id).collect();
    assert_eq!(
        kept,
        [right],
        "the wrong photo's fingerprint no longer shows"
    );
    let originals = case.stored_originals().unwrap();
    assert_eq!(
        originals.iter().map(|o| o.id).collect::<Vec<_>>(),
        [right],
        "the copy search no longer compares against it"
    );
    assert!(
        originals[0].matching.is_some(),
        "the other fingerprint keeps its matching data"
    );
    let log = case.custody_log().unwrap();
    let removal = log
        .iter()
        .find(|e| e.action == "fingerprint_removed")
        .expect("the removal is in the custody log");
    assert_eq!(removal.subject, format!("image_hash:{wrong}"));
    assert!(removal.details.contains("wrong photo"));
    assert!(log
        .iter()
        .any(|e| e.action == "image_hash_added" && e.subject == format!("image_hash:{wrong}")));
    assert!(case.verify().unwrap().ok);

    // Twice, or an id the case never had: a clear error, nothing changed.
    assert_eq!(
        case.remove_image_hash(wrong, None).unwrap_err().kind,
        ErrorKind::AlreadyRemoved
    );
    assert_eq!(
        case.remove_image_hash(9999, None).unwrap_err().kind,
        ErrorKind::NotFound
    );
    assert_eq!(case.image_hashes().unwrap().len(), 1);

    // The same photo picked again (the right one after all) is kept anew.
    let again = hashed(&mut case, &labelme.join("q2821.jpg"));
    assert_ne!(again, wrong);
    case.remove_image_hash(again, None).unwrap();

    // The report's bundle lists only the right one.
    let bundle = tmp.path().join("bundle");
    export_case(&mut case, &bundle, &BundleOptions::default()).unwrap();
    let manifest = std::fs::read_to_string(bundle.join("manifest.json")).unwrap();
    let log = case.custody_log().unwrap();
    let added = log
        .iter()
        .find(|e| e.action == "image_hash_added" && e.subject == format!("image_hash:{wrong}"))
        .unwrap();
    let added: serde_json::Value = serde_json::from_str(&added.details).unwrap();
    let wrong_sha = added["sha256"].as_str().unwrap().to_owned();
    let images: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    let listed: Vec<&str> = images["images"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["sha256"].as_str().unwrap())
        .collect();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(!listed.contains(&wrong_sha.as_str()));
    assert!(verify_bundle(&bundle).ok);

    // A hand-over carries the right one only, with its matching data.
    let handover = tmp.path().join("case.age");
    let passphrase = SecretString::from("hand-over passphrase long enough");
    case.export(&handover, &passphrase).unwrap();
    let other = Vault::without_keyring(&tmp.path().join("other"));
    let imported = other
        .import_case(&handover, &passphrase, options())
        .unwrap();
    let originals = imported.stored_originals().unwrap();
    assert_eq!(originals.iter().map(|o| o.id).collect::<Vec<_>>(), [right]);
    assert!(originals[0].matching.is_some());
}

#[test]
fn a_removed_evidence_file_is_deleted_from_disk_and_its_record_stays() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(tmp.path(), "evidence");
    let (keep, keep_sha) = add_evidence(&mut case, "keep");
    let (mistake, mistake_sha) = add_evidence(&mut case, "not mine");
    let before = blob_files(tmp.path());
    assert_eq!(before.len(), 2);

    case.remove_evidence(mistake, Some("not about me")).unwrap();

    let after = blob_files(tmp.path());
    assert_eq!(after.len(), 1, "its encrypted file is gone from disk");
    assert!(before.contains(&after[0]), "the other file is untouched");
    let listed: Vec<i64> = case.evidence().unwrap().iter().map(|e| e.id).collect();
    assert_eq!(listed, [keep]);
    assert_eq!(
        case.evidence_bytes(keep).unwrap().as_slice(),
        b"screenshot bytes of keep"
    );
    assert_eq!(
        case.evidence_bytes(mistake).unwrap_err().kind,
        ErrorKind::NotFound
    );
    let log = case.custody_log().unwrap();
    let removal = log
        .iter()
        .find(|e| e.action == "evidence_removed")
        .expect("the removal is in the custody log");
    assert_eq!(removal.subject, format!("evidence:{mistake}"));
    let details: serde_json::Value = serde_json::from_str(&removal.details).unwrap();
    assert_eq!(details["sha256"], mistake_sha.as_str());
    assert_eq!(details["reason"], "not about me");
    assert_ne!(keep_sha, mistake_sha);
    let check = case.verify().unwrap();
    assert!(check.ok, "{:?}", check.problems);
    assert_eq!(check.evidence_checked, 1);

    assert_eq!(
        case.remove_evidence(mistake, None).unwrap_err().kind,
        ErrorKind::AlreadyRemoved
    );
    assert_eq!(
        case.remove_evidence(777, None).unwrap_err().kind,
        ErrorKind::NotFound
    );

    // Its note can no longer be changed; the other's can, old and new kept.
    assert_eq!(
        case.set_evidence_note(mistake, Some("x")).unwrap_err().kind,
        ErrorKind::AlreadyRemoved
    );
    case.set_evidence_note(keep, Some("the post of 23 November"))
        .unwrap();
    assert_eq!(
        case.evidence().unwrap()[0].note.as_deref(),
        Some("the post of 23 November")
    );
    let changed = case.custody_log().unwrap();
    let changed = changed
        .iter()
        .find(|e| e.action == "evidence_note_changed")
        .unwrap();
    let details: serde_json::Value = serde_json::from_str(&changed.details).unwrap();
    assert_eq!(details["old"], "keep");
    assert_eq!(details["new"], "the post of 23 November");

    // Locked and opened again: still gone, and no orphan brought back.
    let code = case.code().to_owned();
    case.lock();
    let (case, _) = Vault::without_keyring(tmp.path())
        .open_case(
            &code,
            reclaim_core::vault::Unlock::Passphrase(SecretString::from(
                "correct horse battery staple",
            )),
        )
        .unwrap();
    assert_eq!(case.evidence().unwrap().len(), 1);
    assert_eq!(blob_files(tmp.path()).len(), 1);
}

#[test]
fn a_bundle_made_after_a_removal_verifies_and_a_file_missing_without_a_removal_does_not() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(tmp.path(), "bundle");
    let link = case
        .add_url(&NewUrl {
            original: "https://example.org/typo".to_owned(),
            ..Default::default()
        })
        .unwrap();
    let (_, kept_sha) = add_evidence(&mut case, "kept");
    let (gone, gone_sha) = add_evidence(&mut case, "gone");
    add_evidence(&mut case, "also kept");
    case.remove_evidence(gone, Some("wrong screenshot"))
        .unwrap();
    case.correct_url(link, "https://example.org/post/1")
        .unwrap();

    let bundle = tmp.path().join("bundle");
    let summary = export_case(&mut case, &bundle, &BundleOptions::default()).unwrap();
    let report = verify_bundle(&bundle);
    assert!(report.ok, "{:#?}", report.problems);
    let manifest = std::fs::read_to_string(bundle.join("manifest.json")).unwrap();
    assert!(
        !manifest.contains(&gone_sha),
        "removed evidence is not exported"
    );
    assert!(manifest.contains(&kept_sha));
    assert!(manifest.contains("https://example.org/post/1"));
    assert!(!manifest.contains("https://example.org/typo"));
    assert!(summary.files > 0);

    // A file missing from the bundle that the custody log never says was
    // removed: verify names it.
    let files: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    let evidence_path = files["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["role"] == "evidence")
        .unwrap()["path"]
        .as_str()
        .unwrap()
        .to_owned();
    std::fs::remove_file(bundle.join(&evidence_path)).unwrap();
    let report = verify_bundle(&bundle);
    assert!(!report.ok);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.kind == BundleProblemKind::Missing
                && p.file.as_deref() == Some(evidence_path.as_str())),
        "{:#?}",
        report.problems
    );
}

#[test]
fn a_corrected_link_replaces_the_old_one_in_one_step() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(tmp.path(), "links");
    let typo = case
        .add_url(&NewUrl {
            original: "https://exmaple.org/post/1".to_owned(),
            notes: Some("seen by a friend".to_owned()),
            found_at: Some("2026-11-20T10:00:00+01:00".to_owned()),
            ..Default::default()
        })
        .unwrap();
    // A correction that is not a link changes nothing.
    assert!(case.correct_url(typo, "javascript:alert(1)").is_err());
    assert_eq!(case.urls().unwrap()[0].id, typo);

    let fixed = case
        .correct_url(typo, "https://example.org/post/1")
        .unwrap();
    let urls = case.urls().unwrap();
    assert_eq!(urls.len(), 1);
    assert_eq!(urls[0].id, fixed);
    assert_eq!(urls[0].original, "https://example.org/post/1");
    assert_eq!(urls[0].notes.as_deref(), Some("seen by a friend"));
    assert_eq!(
        urls[0].found_at.as_deref(),
        Some("2026-11-20T10:00:00+01:00")
    );
    let log = case.custody_log().unwrap();
    let removed = log.iter().find(|e| e.action == "url_removed").unwrap();
    assert_eq!(removed.subject, format!("url:{typo}"));
    assert!(removed.details.contains("corrected"));
    let added = log.iter().rev().find(|e| e.action == "url_added").unwrap();
    assert_eq!(added.subject, format!("url:{fixed}"));
    assert!(added
        .details
        .contains(&format!("\"replaces\":\"url:{typo}\"")));
    assert_eq!(
        case.correct_url(typo, "https://example.org/2")
            .unwrap_err()
            .kind,
        ErrorKind::AlreadyRemoved
    );
}

/// The report's custody section says in plain words, in the case's
/// language, what she took out and why (pdftotext from poppler-utils).
#[test]
fn the_report_says_what_was_removed_in_plain_words_in_each_language() {
    for (language, said, reason) in [
        (
            "en",
            "took this evidence file out of the case",
            "Reason given: not about me",
        ),
        (
            "fr",
            "a retiré ce fichier de preuve du dossier",
            "Raison donnée : not about me",
        ),
        (
            "nl",
            "bewijsbestand uit het dossier gehaald",
            "Opgegeven reden: not about me",
        ),
        (
            "de",
            "Beweisdatei aus dem Fall genommen",
            "Angegebener Grund: not about me",
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let mut case = common::vault_case::open_new(tmp.path(), "plain");
        let mut info = case.info().unwrap();
        info.language = language.to_owned();
        case.update_case(&reclaim_core::vault::NewCase {
            label: info.label,
            language: info.language,
            contact_name: None,
            contact_email: None,
            country: None,
            minor: false,
            situations: info.situations,
        })
        .unwrap();
        add_evidence(&mut case, "kept");
        let (gone, _) = add_evidence(&mut case, "gone");
        case.remove_evidence(gone, Some("not about me")).unwrap();
        let out = tmp.path().join("bundle");
        export_case(&mut case, &out, &BundleOptions::default()).unwrap();
        let text = std::process::Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(out.join("report.pdf"))
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils) is installed");
        assert!(text.status.success());
        let text = String::from_utf8(text.stdout).unwrap();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(said), "{language}: {text}");
        assert!(text.contains(reason), "{language}: {text}");
    }
}
