//! Over 600 lines on purpose: every test opens a real SQLCipher case with the shared helpers at the top; split by section they would repeat them.
//!
//! Vault tests against the real SQLCipher build and, for the keyring tests,
//! the real Secret Service (run them inside `scripts/with-desktop-session.sh`).

use std::io::Read;
use std::path::PathBuf;
use std::time::SystemTime;

use secrecy::SecretString;
use sha2::{Digest, Sha256};

use super::*;
use crate::ErrorKind;

pub(super) fn pass(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

pub(crate) fn fast(passphrase: &str) -> CreateOptions {
    CreateOptions {
        passphrase: Some(pass(passphrase)),
        use_keyring: false,
        kdf: KdfStrength::InsecureForTests,
    }
}

pub(crate) fn new_case(label: &str) -> NewCase {
    NewCase {
        label: label.to_owned(),
        language: "fr".to_owned(),
        contact_name: Some("Alex Example".to_owned()),
        contact_email: Some("alex@example.org".to_owned()),
        country: Some("BE".to_owned()),
        minor: false,
        situations: Vec::new(),
    }
}

pub(super) fn evidence(kind: EvidenceKind) -> NewEvidence {
    NewEvidence {
        kind,
        original_name: Some("capture.png".to_owned()),
        captured_at: Some("2026-11-23T17:05:00+01:00".to_owned()),
        note: None,
        url_id: None,
    }
}

pub(crate) use super::test_files::files_containing;

/// Fills every field of a case with `marker`.
pub(super) fn fill_everything(case: &mut OpenCase, marker: &str) -> i64 {
    let url = case
        .add_url(&NewUrl {
            original: format!("https://example.com/{marker}"),
            normalised: Some(format!("https://example.com/{marker}/n")),
            platform: Some(format!("p{marker}")),
            kind: Some(format!("k{marker}")),
            found_at: Some("2026-11-20T09:00:00+01:00".to_owned()),
            how_found: Some(format!("a friend {marker}")),
            notes: Some(format!("notes {marker}")),
        })
        .unwrap();
    case.set_url_status(url, UrlStatus::Online, Some(marker))
        .unwrap();
    let content = format!("screenshot bytes {marker} {}", "x".repeat(200_000));
    let ev = case
        .add_evidence(
            &NewEvidence {
                kind: EvidenceKind::Screenshot,
                original_name: Some(format!("{marker}.png")),
                captured_at: None,
                note: Some(format!("note {marker}")),
                url_id: Some(url),
            },
            &mut content.as_bytes(),
        )
        .unwrap();
    case.add_image_hash(&NewImageHash {
        label: Some(format!("photo {marker}")),
        sha256: hex::encode(Sha256::digest(marker.as_bytes())),
        md5: Some(marker.to_owned()),
        pdq: Some(marker.to_owned()),
        pdq_quality: Some(100),
        phash: Some(marker.to_owned()),
        dhash: Some(marker.to_owned()),
        width: Some(10),
        height: Some(10),
        evidence_id: Some(ev.id),
    })
    .unwrap();
    let req = case
        .add_request(&NewRequest {
            platform: format!("x{marker}"),
            channel: serde_json::json!({ "type": "form", "url": format!("https://help.example/{marker}") }),
            legal_bases: vec![format!("dsa_art16_{marker}")],
            language: "fr".to_owned(),
            subject: Some(format!("subject {marker}")),
            body: Some(format!("body {marker}")),
            url_ids: vec![url],
            deadline: Some("2026-12-01T00:00:00Z".to_owned()),
        })
        .unwrap();
    case.set_request_status(req, RequestStatus::Sent, Some(marker))
        .unwrap();
    case.add_ticket(req, &format!("T-{marker}")).unwrap();
    case.add_hash_service_case(&NewHashServiceCase {
        service: HashService::Stopncii,
        case_number: format!("S-{marker}"),
        pin: Some(format!("P-{marker}")),
        submitted_at: None,
        note: Some(marker.to_owned()),
    })
    .unwrap();
    case.record_custody(
        "note",
        &format!("s{marker}"),
        &serde_json::json!({ "m": marker }),
    )
    .unwrap();
    url
}

#[test]
fn vault_marker_is_nowhere_in_plaintext_and_db_has_no_sqlite_header() {
    let started = SystemTime::now() - std::time::Duration::from_secs(2);
    let data = tempfile::tempdir().unwrap();
    let marker = format!("MARKER{}", fsutil::random_name());
    let vault = Vault::without_keyring(data.path());
    let mut info = new_case(&format!("label {marker}"));
    info.contact_name = Some(format!("name {marker}"));
    info.contact_email = Some(format!("{marker}@example.org"));
    info.country = Some(marker.clone());
    let mut case = vault
        .create_case(&info, fast("correct horse battery"))
        .unwrap();
    fill_everything(&mut case, &marker);
    let code = case.code().to_owned();

    // While open (WAL present) and after locking, in every file of the data
    // dir and of the temp dir, neither the marker nor its UTF-16 form appears.
    let utf16: Vec<u8> = marker
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    let scan = |phase: &str| {
        for needle in [marker.as_bytes(), utf16.as_slice()] {
            assert_eq!(
                files_containing(data.path(), needle, None),
                Vec::<PathBuf>::new(),
                "{phase}"
            );
            assert_eq!(
                files_containing(&std::env::temp_dir(), needle, Some(started)),
                Vec::<PathBuf>::new(),
                "{phase}"
            );
        }
    };
    scan("open");
    case.lock();
    scan("locked");
    let db = data
        .path()
        .join("vault/v1/cases")
        .join(&code)
        .join("case.db");
    let head = std::fs::read(&db).unwrap();
    assert!(head.len() > 4096);
    assert_ne!(&head[..16], b"SQLite format 3\0");

    // And everything is there again after unlocking.
    let (mut case, _) = vault
        .open_case(&code, Unlock::Passphrase(pass("correct horse battery")))
        .unwrap();
    let snap = case.snapshot().unwrap();
    assert_eq!(snap.case.label, format!("label {marker}"));
    assert_eq!(
        snap.urls[0].original,
        format!("https://example.com/{marker}")
    );
    let bytes = case.evidence_bytes(snap.evidence[0].id).unwrap();
    assert!(bytes.starts_with(format!("screenshot bytes {marker}").as_bytes()));
    assert!(case.verify().unwrap().ok);
}

#[test]
fn vault_wrong_passphrase_fails_counts_and_backs_off() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let code = vault
        .create_case(&new_case("c"), fast("right passphrase"))
        .unwrap()
        .code()
        .to_owned();

    for _ in 0..3 {
        let err = vault
            .open_case(&code, Unlock::Passphrase(pass("wrong passphrase")))
            .err()
            .unwrap();
        assert_eq!(err.kind, ErrorKind::WrongSecret);
    }
    let info = vault.unlock_info(&code).unwrap();
    assert_eq!(info.failed_attempts, 3);
    assert!(info.retry_after_secs >= 1);
    // Even the right passphrase waits out the back-off.
    let err = vault
        .open_case(&code, Unlock::Passphrase(pass("right passphrase")))
        .err()
        .unwrap();
    assert_eq!(err.kind, ErrorKind::TooManyAttempts);
    std::thread::sleep(std::time::Duration::from_secs(info.retry_after_secs + 1));
    let (case, report) = vault
        .open_case(&code, Unlock::Passphrase(pass("right passphrase")))
        .unwrap();
    assert_eq!(report.failed_attempts_since, 3);
    assert!(report.previous_open_at.is_some());
    drop(case);
    assert_eq!(vault.unlock_info(&code).unwrap().failed_attempts, 0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for dir in ["vault/v1", "vault/v1/cases"] {
            let mode = std::fs::metadata(data.path().join(dir))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "{dir} is private to its owner");
        }
        let case_dir = data.path().join("vault/v1/cases").join(&code);
        let mode = std::fs::metadata(case_dir).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the case folder is private to its owner");
    }
    assert_eq!(vault.list_cases().unwrap()[0].code, code);
}

#[test]
fn vault_one_process_per_case() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let case = vault
        .create_case(&new_case("c"), fast("right passphrase"))
        .unwrap();
    let err = vault
        .open_case(case.code(), Unlock::Passphrase(pass("right passphrase")))
        .err()
        .unwrap();
    assert_eq!(err.kind, ErrorKind::Busy);
    let code = case.code().to_owned();
    case.lock();
    vault
        .open_case(&code, Unlock::Passphrase(pass("right passphrase")))
        .unwrap();
}

#[test]
fn vault_edited_kdf_parameters_do_not_open() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let case = vault
        .create_case(&new_case("c"), fast("right passphrase"))
        .unwrap();
    let dir = case.dir().to_owned();
    let code = case.code().to_owned();
    case.lock();
    let path = dir.join("case.keys");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["slots"][0]["kdf"]["t"] = serde_json::json!(2);
    // Without its checksum (which would call the edit damage and use the
    // copy), in both copies: the slot's associated data still refuses it.
    json.as_object_mut().unwrap().remove("checksum");
    std::fs::write(&path, serde_json::to_vec(&json).unwrap()).unwrap();
    std::fs::write(
        dir.join("case.keys.copy"),
        serde_json::to_vec(&json).unwrap(),
    )
    .unwrap();
    let err = vault
        .open_case(&code, Unlock::Passphrase(pass("right passphrase")))
        .err()
        .unwrap();
    assert_eq!(err.kind, ErrorKind::WrongSecret);
}

#[test]
fn vault_refuses_a_plaintext_database() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let case = vault
        .create_case(&new_case("c"), fast("right passphrase"))
        .unwrap();
    let (dir, code) = (case.dir().to_owned(), case.code().to_owned());
    case.lock();
    // (With its backup there, the case opens from the backup instead.)
    for f in ["case.db", "case.db-wal", "case.db-shm", "case.db.backup"] {
        let _ = std::fs::remove_file(dir.join(f));
    }
    let plain = rusqlite::Connection::open(dir.join("case.db")).unwrap();
    plain
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    drop(plain);
    let err = vault
        .open_case(&code, Unlock::Passphrase(pass("right passphrase")))
        .err()
        .unwrap();
    assert_eq!(err.kind, ErrorKind::Corrupt);
}

#[test]
fn vault_custody_log_is_append_only_and_tampering_is_detected() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut case = vault
        .create_case(&new_case("c"), fast("right passphrase"))
        .unwrap();
    fill_everything(&mut case, "m");
    let log = case.custody_log().unwrap();
    assert!(log.len() >= 9);
    assert_eq!(log[0].action, "case_created");
    assert_eq!(log[0].prev_hash, CUSTODY_GENESIS);
    assert!(case.verify().unwrap().ok);

    // The schema refuses edits…
    assert!(case
        .conn
        .execute("UPDATE custody SET subject = 'x' WHERE seq = 2", [])
        .is_err());
    assert!(case
        .conn
        .execute("DELETE FROM custody WHERE seq = 2", [])
        .is_err());
    // …and someone who goes around it is caught by the chain.
    case.conn
        .execute_batch(
            "DROP TRIGGER custody_no_update; UPDATE custody SET details = '{}' WHERE seq = 3;",
        )
        .unwrap();
    let report = case.verify().unwrap();
    assert!(!report.ok);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.contains("custody entry 3")),
        "{:?}",
        report.problems
    );
}

#[test]
fn vault_evidence_keeps_hash_and_a_changed_blob_is_reported() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut case = vault
        .create_case(&new_case("c"), fast("right passphrase"))
        .unwrap();
    let content: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    let rec = case
        .add_evidence(&evidence(EvidenceKind::Document), &mut content.as_slice())
        .unwrap();
    assert_eq!(rec.sha256, hex::encode(Sha256::digest(&content)));
    assert_eq!(rec.size, 300_000);
    assert_eq!(rec.captured_at_utc, "2026-11-23T16:05:00Z");
    assert_eq!(*case.evidence_bytes(rec.id).unwrap(), content);

    // Replace the blob by another valid age file of the case: the hash check catches it.
    let (blob, _) = case.blob_name(rec.id).unwrap();
    let other = case
        .add_evidence(&evidence(EvidenceKind::Document), &mut &b"other"[..])
        .unwrap();
    let (other_blob, _) = case.blob_name(other.id).unwrap();
    let blobs = case.dir().join("blobs");
    std::fs::copy(
        blobs.join(format!("{other_blob}.age")),
        blobs.join(format!("{blob}.age")),
    )
    .unwrap();
    assert_eq!(
        case.evidence_bytes(rec.id).unwrap_err().kind,
        ErrorKind::Corrupt
    );
    let report = case.verify().unwrap();
    assert!(!report.ok);
    assert!(report
        .problems
        .iter()
        .any(|p| p.contains(&format!("evidence {}", rec.id))));
}

#[test]
fn vault_crash_before_commit_leaves_no_dangling_row_and_no_orphan() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut case = vault
        .create_case(&new_case("c"), fast("right passphrase"))
        .unwrap();
    case.add_evidence(&evidence(EvidenceKind::Document), &mut &b"kept"[..])
        .unwrap();
    // Durability settings the crash promises rest on.
    let mode: String = case
        .conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let sync: i64 = case
        .conn
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        (mode.as_str(), sync),
        ("wal", 2),
        "WAL with synchronous=FULL"
    );
    let cipher: String = case
        .conn
        .query_row("PRAGMA cipher_version", [], |r| r.get(0))
        .unwrap();
    assert!(!cipher.is_empty(), "a real SQLCipher build");
    let version: u32 = case
        .conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, db::SCHEMA_VERSION);
    // Crash points: (1) blob renamed into place, row never committed;
    // (2) a half-written temp file.
    case.blobs.write(&[], &mut &b"never committed"[..]).unwrap();
    let dir = case.dir().to_owned();
    std::fs::write(dir.join("tmp").join("abc.age.part"), b"half").unwrap();
    let code = case.code().to_owned();
    drop(case);
    assert_eq!(std::fs::read_dir(dir.join("blobs")).unwrap().count(), 2);

    let (mut case, _) = vault
        .open_case(&code, Unlock::Passphrase(pass("right passphrase")))
        .unwrap();
    assert_eq!(std::fs::read_dir(dir.join("blobs")).unwrap().count(), 1);
    assert_eq!(std::fs::read_dir(dir.join("tmp")).unwrap().count(), 0);
    assert_eq!(case.evidence().unwrap().len(), 1);
    assert!(case.verify().unwrap().ok);
}

#[test]
fn vault_minor_case_refuses_pictures_and_marking_minor_removes_them() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut info = new_case("minor");
    info.minor = true;
    let mut case = vault.create_case(&info, fast("right passphrase")).unwrap();
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    for kind in [EvidenceKind::Screenshot, EvidenceKind::Image] {
        let err = case
            .add_evidence(&evidence(kind), &mut &b"%PDF-1.7"[..])
            .unwrap_err();
        assert_eq!(err.kind, ErrorKind::MinorImagesRefused);
    }
    // A picture sent as a "document" is refused too.
    let err = case
        .add_evidence(&evidence(EvidenceKind::Document), &mut png.as_slice())
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::MinorImagesRefused);
    case.add_evidence(
        &evidence(EvidenceKind::Correspondence),
        &mut &b"%PDF-1.7 letter"[..],
    )
    .unwrap();
    assert_eq!(
        std::fs::read_dir(case.dir().join("blobs")).unwrap().count(),
        1
    );
    // Hashes (never the image) are still allowed: Take It Down works with them.
    case.add_image_hash(&NewImageHash {
        sha256: "a".repeat(64),
        ..Default::default()
    })
    .unwrap();

    // An adult case later marked as minor loses its pictures.
    let mut case2 = vault
        .create_case(&new_case("adult"), fast("right passphrase"))
        .unwrap();
    case2
        .add_evidence(&evidence(EvidenceKind::Screenshot), &mut &b"shot"[..])
        .unwrap();
    case2
        .add_evidence(&evidence(EvidenceKind::Other), &mut png.as_slice())
        .unwrap();
    case2
        .add_evidence(&evidence(EvidenceKind::Correspondence), &mut &b"letter"[..])
        .unwrap();
    let mut update = new_case("adult");
    update.minor = true;
    case2.update_case(&update).unwrap();
    let left = case2.evidence().unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].kind, EvidenceKind::Correspondence);
    assert_eq!(
        std::fs::read_dir(case2.dir().join("blobs"))
            .unwrap()
            .count(),
        1
    );
    assert!(case2.verify().unwrap().ok);
}

#[test]
fn vault_read_api_returns_the_whole_case() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut case = vault
        .create_case(&new_case("c"), fast("right passphrase"))
        .unwrap();
    let url = fill_everything(&mut case, "m");
    let snap = case.snapshot().unwrap();
    assert_eq!(snap.case.language, "fr");
    assert_eq!(snap.urls.len(), 1);
    let statuses: Vec<_> = snap.urls[0].history.iter().map(|h| h.status).collect();
    assert_eq!(statuses, vec![UrlStatus::Found, UrlStatus::Online]);
    let req = &snap.requests[0];
    assert_eq!(req.url_ids, vec![url]);
    assert_eq!(req.tickets, vec!["T-m".to_owned()]);
    assert_eq!(req.channel["type"], "form");
    let statuses: Vec<_> = req.history.iter().map(|h| h.status).collect();
    assert_eq!(statuses, vec![RequestStatus::Draft, RequestStatus::Sent]);
    let json = serde_json::to_value(&snap).unwrap();
    assert_eq!(json["requests"][0]["history"][1]["status"], "sent");
    assert_eq!(json["evidence"][0]["kind"], "screenshot");
    assert_eq!(snap.image_hashes[0].evidence_id, Some(snap.evidence[0].id));
    assert_eq!(snap.hash_service_cases[0].service, HashService::Stopncii);
    assert!(verify_custody_chain(&snap.custody).is_empty());
    // Bad input fails alone, with the right kind.
    assert_eq!(
        case.add_url(&NewUrl {
            original: "x".repeat(MAX_URL_BYTES + 1),
            ..Default::default()
        })
        .unwrap_err()
        .kind,
        ErrorKind::TooLarge
    );
    assert_eq!(
        case.set_url_status(999, UrlStatus::Removed, None)
            .unwrap_err()
            .kind,
        ErrorKind::NotFound
    );
}

#[test]
fn vault_recovery_code_opens_the_case() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut case = vault
        .create_case(&new_case("c"), fast("right passphrase"))
        .unwrap();
    let code_text = {
        use secrecy::ExposeSecret;
        case.add_recovery_code().unwrap().expose_secret().to_owned()
    };
    assert_eq!(code_text.len(), 26 + 6);
    let code = case.code().to_owned();
    case.lock();
    // Typed in lower case without dashes, it still works.
    let typed = code_text.replace('-', "").to_lowercase();
    let (_case, _) = vault
        .open_case(&code, Unlock::RecoveryCode(pass(&typed)))
        .unwrap();
}

#[test]
fn vault_export_import_hands_the_case_over_intact() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let marker = format!("EXPORT{}", fsutil::random_name());
    let mut case = vault
        .create_case(&new_case(&marker), fast("counsellor passphrase"))
        .unwrap();
    fill_everything(&mut case, &marker);
    let before = case.snapshot().unwrap();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("case.age");
    let report = case.export(&file, &pass("hand-over passphrase")).unwrap();
    assert_eq!(report.evidence_files, 1);
    assert!(files_containing(out.path(), marker.as_bytes(), None).is_empty());

    let other = tempfile::tempdir().unwrap();
    let victim = Vault::without_keyring(other.path());
    let err = victim
        .import_case(
            &file,
            &pass("not the passphrase"),
            fast("her own passphrase"),
        )
        .err()
        .unwrap();
    assert_eq!(err.kind, ErrorKind::WrongSecret);
    let mut imported = victim
        .import_case(
            &file,
            &pass("hand-over passphrase"),
            fast("her own passphrase"),
        )
        .unwrap();
    let after = imported.snapshot().unwrap();
    assert_eq!(after.case, before.case);
    assert_eq!(after.urls, before.urls);
    assert_eq!(after.evidence, before.evidence);
    assert_eq!(after.requests, before.requests);
    assert_eq!(after.image_hashes, before.image_hashes);
    assert_eq!(&after.custody[..before.custody.len()], &before.custody[..]);
    assert_eq!(after.custody.last().unwrap().action, "case_imported");
    let id = before.evidence[0].id;
    let mut original = Vec::new();
    case.evidence_bytes(id)
        .unwrap()
        .as_slice()
        .read_to_end(&mut original)
        .unwrap();
    assert_eq!(*imported.evidence_bytes(id).unwrap(), original);
    assert!(imported.verify().unwrap().ok);
    // The counsellor's passphrase does not open the victim's copy.
    let code = imported.code().to_owned();
    imported.lock();
    let err = victim
        .open_case(&code, Unlock::Passphrase(pass("counsellor passphrase")))
        .err()
        .unwrap();
    assert_eq!(err.kind, ErrorKind::WrongSecret);
}

/// A link removed after a request was sent with it: the hand-over still
/// opens (before: "FOREIGN KEY constraint failed", the request pointed at a
/// link the file did not carry), the link stays removed, the request keeps it.
#[test]
fn a_hand_over_carries_a_removed_link_that_a_request_was_sent_with() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut case = vault
        .create_case(&new_case("removed"), fast("counsellor passphrase"))
        .unwrap();
    let url = fill_everything(&mut case, "removed");
    case.remove_url(url, Some("pasted by mistake")).unwrap();
    // Who hosts a site, looked up before the hand-over, travels with it.
    case.add_host_lookup(&NewHostLookup {
        url_id: Some(url),
        host: "example.com".into(),
        hosting: None,
        registrar: None,
        cdn: None,
        servers: vec!["https://rdap.example.net/".into()],
    })
    .unwrap();
    let before = case.snapshot().unwrap();
    assert_eq!(before.removed_urls.len(), 1);
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("case.age");
    case.export(&file, &pass("hand-over passphrase")).unwrap();

    let other = tempfile::tempdir().unwrap();
    let mut imported = Vault::without_keyring(other.path())
        .import_case(
            &file,
            &pass("hand-over passphrase"),
            fast("her own passphrase"),
        )
        .unwrap();
    let after = imported.snapshot().unwrap();
    assert!(after.urls.iter().all(|u| u.id != url), "still removed");
    assert_eq!(after.removed_urls, before.removed_urls);
    assert_eq!(after.host_lookups, before.host_lookups);
    assert_eq!(after.requests, before.requests);
    assert!(imported.verify().unwrap().ok);
}

#[test]
fn vault_without_keyring_requires_a_passphrase() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let err = vault
        .create_case(
            &new_case("c"),
            CreateOptions {
                passphrase: None,
                use_keyring: true,
                kdf: KdfStrength::InsecureForTests,
            },
        )
        .err()
        .unwrap();
    assert_eq!(err.kind, ErrorKind::KeyringUnavailable);
    assert!(matches!(
        vault.keyring_status(),
        KeyringStatus::Unavailable { .. }
    ));
    // Short passphrases are refused.
    let err = vault
        .create_case(&new_case("c"), fast("short"))
        .err()
        .unwrap();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert!(
        vault.list_cases().unwrap().is_empty(),
        "nothing half-made is left"
    );
}

#[test]
fn vault_delete_forever_leaves_nothing() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let keep = vault
        .create_case(&new_case("keep"), fast("right passphrase"))
        .unwrap();
    let mut gone = vault
        .create_case(&new_case("gone"), fast("right passphrase"))
        .unwrap();
    gone.add_evidence(&evidence(EvidenceKind::Document), &mut &b"bytes"[..])
        .unwrap();
    let code = gone.code().to_owned();
    gone.delete_forever().unwrap();
    assert!(!data.path().join("vault/v1/cases").join(&code).exists());
    let listed: Vec<String> = vault
        .list_cases()
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect();
    assert_eq!(listed, vec![keep.code().to_owned()]);
    assert_eq!(
        vault.unlock_info(&code).unwrap_err().kind,
        ErrorKind::NotFound
    );
}

#[test]
fn vault_open_case_can_move_to_the_shell_thread() {
    // The Tauri shell keeps the open case in a Mutex in its state.
    fn assert_send<T: Send>() {}
    assert_send::<OpenCase>();
    assert_send::<Vault>();
}

#[test]
fn vault_case_codes_are_opaque_and_canonical() {
    assert_eq!(parse_code("k7qm-4xp2").unwrap(), "K7QM-4XP2");
    assert_eq!(parse_code("K7QM4XP2").unwrap(), "K7QM-4XP2");
    assert!(parse_code("../../etc").is_err());
    assert!(parse_code("K7QM-4XP").is_err());
}

// ----- the real OS keyring --------------------------------------------------

/// The real Secret Service is there (inside scripts/with-desktop-session.sh).
/// Outside it, on a developer machine, the keyring tests say so and pass; on
/// CI (`CI` set) they must run.
fn secret_service_or_skip() -> bool {
    let has_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some();
    if !has_bus && std::env::var_os("CI").is_none() {
        eprintln!("keyring test skipped: run it inside scripts/with-desktop-session.sh");
        return false;
    }
    true
}

fn test_keyring() -> KeyringConfig {
    KeyringConfig {
        service: format!("org.reclaim.vault.test-{}", fsutil::random_name()),
        user: "device-kek-v1".to_owned(),
    }
}

#[test]
fn vault_keyring_slot_round_trip_with_the_real_secret_service() {
    if !secret_service_or_skip() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let config = test_keyring();
    let vault = Vault::new(data.path()).with_keyring(config.clone());
    assert_eq!(vault.keyring_status(), KeyringStatus::Usable);
    let case = vault
        .create_case(
            &new_case("keyring only"),
            CreateOptions {
                passphrase: None,
                use_keyring: true,
                kdf: KdfStrength::InsecureForTests,
            },
        )
        .unwrap();
    let code = case.code().to_owned();
    assert_eq!(case.slots().unwrap(), vec![SlotKind::Keyring]);
    case.lock();
    let (case, _) = vault.open_case(&code, Unlock::Keyring).unwrap();
    assert_eq!(case.info().unwrap().label, "keyring only");
    case.lock();
    // The key file holds no key: only a wrapped one.
    let keys = std::fs::read_to_string(
        data.path()
            .join("vault/v1/cases")
            .join(&code)
            .join("case.keys"),
    )
    .unwrap();
    let kek = keyring::device_kek(&config).unwrap().unwrap();
    assert!(!keys.contains(&hex::encode(kek.as_slice())));
    forget_device_key(&config).unwrap();
}

#[test]
fn vault_deleted_keyring_entry_is_recreated_by_a_passphrase_unlock() {
    if !secret_service_or_skip() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let config = test_keyring();
    let vault = Vault::new(data.path()).with_keyring(config.clone());
    let case = vault
        .create_case(
            &new_case("both"),
            CreateOptions {
                passphrase: Some(pass("right passphrase")),
                use_keyring: true,
                kdf: KdfStrength::InsecureForTests,
            },
        )
        .unwrap();
    let code = case.code().to_owned();
    assert_eq!(
        case.slots().unwrap(),
        vec![SlotKind::Passphrase, SlotKind::Keyring]
    );
    case.lock();

    forget_device_key(&config).unwrap();
    let err = vault.open_case(&code, Unlock::Keyring).err().unwrap();
    assert_eq!(err.kind, ErrorKind::KeyringUnavailable);

    let (case, report) = vault
        .open_case(&code, Unlock::Passphrase(pass("right passphrase")))
        .unwrap();
    assert!(report.keyring_slot_restored);
    case.lock();
    let (case, report) = vault.open_case(&code, Unlock::Keyring).unwrap();
    assert!(!report.keyring_slot_restored);
    case.lock();
    forget_device_key(&config).unwrap();
}

#[test]
fn vault_ids_cross_ipc_as_plain_numbers() {
    // serde_json sends i64 as a JSON number; the UI's types must say `number`,
    // not `bigint`, whatever TS_RS_LARGE_INT is set to.
    use ts_rs::TS;
    let cfg = ts_rs::Config::default();
    for decl in [
        UrlRecord::decl(&cfg),
        EvidenceRecord::decl(&cfg),
        ImageHashRecord::decl(&cfg),
        RequestRecord::decl(&cfg),
        HashServiceRecord::decl(&cfg),
        CustodyEntry::decl(&cfg),
        UnlockInfo::decl(&cfg),
        NewEvidence::decl(&cfg),
        NewImageHash::decl(&cfg),
        NewRequest::decl(&cfg),
        ExportReport::decl(&cfg),
    ] {
        assert!(!decl.contains("bigint"), "{decl}");
    }
    let json = serde_json::to_value(UnlockInfo {
        code: "K7QM-4XP2".into(),
        slots: vec![SlotKind::Passphrase],
        last_opened_at: None,
        failed_attempts: 0,
        retry_after_secs: 4,
    })
    .unwrap();
    assert!(json["retry_after_secs"].is_number());
}

#[test]
fn vault_damaged_key_file_is_corrupt_not_a_crash() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let case = vault
        .create_case(&new_case("c"), fast("right passphrase"))
        .unwrap();
    let (dir, code) = (case.dir().to_owned(), case.code().to_owned());
    case.lock();
    let keys = dir.join("case.keys");
    let original = std::fs::read(&keys).unwrap();
    for damaged in [
        original[..original.len() / 2].to_vec(),
        b"\0\xff garbage".to_vec(),
        br#"{"format":"reclaim-case-keys","version":1,"code":"K7QM-4XP2","created_at":"x","slots":[{"kind":"passphrase","kdf":{"m_kib":1,"t":0,"p":0},"salt":"zz","nonce":"","wrapped":""}]}"#.to_vec(),
    ] {
        std::fs::write(&keys, &damaged).unwrap();
        std::fs::write(dir.join("case.keys.copy"), &damaged).unwrap();
        let err = vault.open_case(&code, Unlock::Passphrase(pass("right passphrase"))).err().unwrap();
        assert!(
            matches!(err.kind, ErrorKind::Corrupt | ErrorKind::WrongSecret),
            "{err:?}"
        );
    }
    std::fs::write(&keys, &original).unwrap();
    vault
        .open_case(&code, Unlock::Passphrase(pass("right passphrase")))
        .unwrap();
}

#[test]
fn vault_truncated_export_fails_cleanly_and_leaves_no_case() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut case = vault
        .create_case(&new_case("c"), fast("right passphrase"))
        .unwrap();
    fill_everything(&mut case, "m");
    let file = data.path().join("export.age");
    case.export(&file, &pass("hand-over passphrase")).unwrap();
    let bytes = std::fs::read(&file).unwrap();
    std::fs::write(&file, &bytes[..bytes.len() - 100]).unwrap();

    let other = tempfile::tempdir().unwrap();
    let victim = Vault::without_keyring(other.path());
    let err = victim
        .import_case(
            &file,
            &pass("hand-over passphrase"),
            fast("her own passphrase"),
        )
        .err()
        .unwrap();
    assert_eq!(err.kind, ErrorKind::Corrupt, "{err:?}");
    assert!(victim.list_cases().unwrap().is_empty());
    let cases = other.path().join("vault/v1/cases");
    assert_eq!(
        std::fs::read_dir(&cases).unwrap().count(),
        0,
        "staging folder removed"
    );
}

#[test]
fn a_pasted_link_is_stored_verbatim_with_its_platform_and_a_rejected_one_not_at_all() {
    let pasted = "https://www.instagram.com/p/AbC123/?igsh=xyz\njavascript:alert(1)";
    let items = crate::urls::classify_text(pasted);
    let stored: Vec<NewUrl> = items.iter().filter_map(NewUrl::from_classified).collect();
    assert_eq!(stored.len(), 1, "{items:?}");
    assert_eq!(
        stored[0].original,
        "https://www.instagram.com/p/AbC123/?igsh=xyz"
    );
    assert_eq!(stored[0].platform.as_deref(), Some("instagram"));
    assert_eq!(stored[0].kind.as_deref(), Some("post"));
}

#[test]
fn vault_a_removed_link_leaves_the_case_but_its_record_stays_in_the_custody_log() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut case = vault
        .create_case(&new_case("links"), fast("right passphrase"))
        .unwrap();
    let keep = case
        .add_url(&NewUrl {
            original: "https://example.org/keep".to_owned(),
            ..Default::default()
        })
        .unwrap();
    let mistake = case
        .add_url(&NewUrl {
            original: "https://example.org/not-mine".to_owned(),
            ..Default::default()
        })
        .unwrap();
    case.remove_url(mistake, Some("pasted by mistake")).unwrap();

    let ids: Vec<i64> = case.urls().unwrap().iter().map(|u| u.id).collect();
    assert_eq!(ids, [keep], "the removed link no longer shows");
    let custody = case.snapshot().unwrap().custody;
    let removed = custody
        .iter()
        .find(|e| e.action == "url_removed")
        .expect("the removal is in the custody log");
    assert_eq!(removed.subject, format!("url:{mistake}"));
    assert!(
        custody
            .iter()
            .any(|e| e.action == "url_added" && e.subject == format!("url:{mistake}")),
        "the record that it existed stays"
    );
    assert!(verify_custody_chain(&custody).is_empty());
    // Removing it twice, or a link that never existed, says so and changes nothing.
    assert_eq!(
        case.remove_url(mistake, None).unwrap_err().kind,
        ErrorKind::AlreadyRemoved
    );
    assert_eq!(
        case.remove_url(9999, None).unwrap_err().kind,
        ErrorKind::NotFound
    );
    assert_eq!(case.urls().unwrap().len(), 1);
}
