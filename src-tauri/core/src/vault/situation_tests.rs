//! What is happening, kept in the case: stored, changed with a custody entry, and a
//! child-photo case keeps no picture (real SQLCipher).

use secrecy::SecretString;

use super::*;
use crate::model::Situation;
use crate::ErrorKind;

fn options() -> CreateOptions {
    CreateOptions {
        passphrase: Some(SecretString::from("right passphrase".to_owned())),
        use_keyring: false,
        kdf: KdfStrength::InsecureForTests,
    }
}

fn new_case() -> NewCase {
    NewCase {
        label: "situations".to_owned(),
        language: "en".to_owned(),
        contact_name: Some("Alex Example".to_owned()),
        contact_email: Some("alex@example.org".to_owned()),
        country: Some("BE".to_owned()),
        minor: false,
        situations: Vec::new(),
    }
}

fn screenshot() -> NewEvidence {
    NewEvidence {
        kind: EvidenceKind::Screenshot,
        original_name: Some("capture.png".to_owned()),
        captured_at: Some("2026-11-23T17:05:00+01:00".to_owned()),
        note: None,
        url_id: None,
    }
}

#[test]
fn a_new_case_is_about_shared_images_and_the_change_is_kept_and_logged() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut case = vault.create_case(&new_case(), options()).unwrap();
    assert_eq!(case.info().unwrap().situations, vec![Situation::Shared]);

    let info = case
        .set_situations(&[Situation::Fake, Situation::Threatened, Situation::Fake])
        .unwrap();
    assert_eq!(
        info.situations,
        vec![Situation::Threatened, Situation::Fake]
    );
    let code = info.code.clone();
    drop(case);
    let (case, _) = vault
        .open_case(
            &code,
            Unlock::Passphrase(SecretString::from("right passphrase".to_owned())),
        )
        .unwrap();
    assert_eq!(
        case.info().unwrap().situations,
        vec![Situation::Threatened, Situation::Fake],
        "kept across closing and opening"
    );
    let log = case.custody_log().unwrap();
    let change = log
        .iter()
        .find(|e| e.action == "situation_changed")
        .expect("the change is in the custody log");
    let details: serde_json::Value = serde_json::from_str(&change.details).unwrap();
    assert_eq!(details["from"], serde_json::json!(["shared"]));
    assert_eq!(details["to"], serde_json::json!(["threatened", "fake"]));
}

#[test]
fn setting_the_same_situations_again_records_nothing() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut case = vault.create_case(&new_case(), options()).unwrap();
    let before = case.custody_log().unwrap().len();
    case.set_situations(&[]).unwrap();
    case.set_situations(&[Situation::Shared]).unwrap();
    assert_eq!(case.custody_log().unwrap().len(), before);
}

#[test]
fn a_child_photo_case_removes_and_refuses_pictures() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut case = vault.create_case(&new_case(), options()).unwrap();
    case.add_evidence(&screenshot(), &mut &b"%PDF-1.7"[..])
        .unwrap();
    assert_eq!(case.evidence().unwrap().len(), 1);

    case.set_situations(&[Situation::ChildPhotos]).unwrap();
    assert!(
        case.evidence().unwrap().is_empty(),
        "the screenshot is gone"
    );
    assert_eq!(
        std::fs::read_dir(case.dir().join("blobs")).unwrap().count(),
        0,
        "its encrypted file too"
    );
    assert!(case
        .custody_log()
        .unwrap()
        .iter()
        .any(|e| e.action == "evidence_removed"));
    let err = case
        .add_evidence(&screenshot(), &mut &b"%PDF-1.7"[..])
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::MinorImagesRefused);
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let mut doc = screenshot();
    doc.kind = EvidenceKind::Document;
    let err = case.add_evidence(&doc, &mut png.as_slice()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::MinorImagesRefused);
}

#[test]
fn a_case_created_with_its_situations_keeps_them_in_its_first_custody_entry() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let new = NewCase {
        situations: vec![
            Situation::Threatened,
            Situation::Fake,
            Situation::Threatened,
        ],
        ..new_case()
    };
    let mut case = vault.create_case(&new, options()).unwrap();
    let info = case.info().unwrap();
    assert_eq!(
        info.situations,
        vec![Situation::Threatened, Situation::Fake]
    );
    let log = case.custody_log().unwrap();
    assert_eq!(log.len(), 1, "one entry: the case with what is happening");
    assert_eq!(log[0].action, "case_created");
    let details: serde_json::Value = serde_json::from_str(&log[0].details).unwrap();
    assert_eq!(
        details["situations"],
        serde_json::json!(["threatened", "fake"])
    );
    // Changing the contact details leaves what is happening as it was.
    let update = NewCase {
        situations: Vec::new(),
        ..new_case()
    };
    assert_eq!(
        case.update_case(&update).unwrap().situations,
        vec![Situation::Threatened, Situation::Fake]
    );
}
