//! Hostile files against a real vault (SQLCipher, age) (issue 18, items 6
//! and 10): pictures declared as "documents" in a minor's case, and crafted
//! hand-over files (a minor's case carrying a JPEG, a `javascript:` link).

use std::io::{Read, Write};
use std::path::Path;

use reclaim_core::vault::{
    CreateOptions, EvidenceKind, KdfStrength, NewCase, NewEvidence, NewUrl, OpenCase, Vault,
};
use reclaim_core::ErrorKind;
use secrecy::SecretString;

const PASS: &str = "a hostile files passphrase";
const HANDOVER: &str = "the hand-over passphrase";

fn options() -> CreateOptions {
    CreateOptions {
        passphrase: Some(SecretString::from(PASS.to_owned())),
        use_keyring: false,
        // The floor (64 MiB): the cheap test parameters need a feature.
        kdf: KdfStrength::Floor,
    }
}

fn case(vault: &Vault, minor: bool) -> OpenCase {
    vault
        .create_case(
            &NewCase {
                label: "hostile".into(),
                language: "en".into(),
                minor,
                ..NewCase::default()
            },
            options(),
        )
        .unwrap()
}

fn document() -> NewEvidence {
    NewEvidence {
        kind: EvidenceKind::Document,
        original_name: Some("letter.pdf".into()),
        captured_at: None,
        note: None,
        url_id: None,
    }
}

fn blob_count(data: &Path, case: &OpenCase) -> usize {
    let dir = data.join("vault/v1/cases").join(case.code()).join("blobs");
    assert!(data.join("vault/v1/cases").join(case.code()).is_dir());
    std::fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
}

/// A one-page PDF with `objects` as its objects.
fn pdf(objects: &[&[u8]]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    for (i, o) in objects.iter().enumerate() {
        out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend(*o);
        out.extend(b"\nendobj\n");
    }
    out.extend(b"trailer\n<< /Root 1 0 R >>\n%%EOF\n");
    out
}

const TINY_JPEG: &[u8] =
    b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xFF\xD9";

/// Small but well-formed starts of the 14 picture and video formats the
/// review stored as "documents" in a minor's case.
fn pictures_as_documents() -> Vec<(&'static str, Vec<u8>)> {
    let mut ts = vec![0x47, 0x40, 0x00, 0x10];
    ts.resize(188, 0xFF);
    let mut qoi = b"qoif".to_vec();
    qoi.extend(1u32.to_be_bytes());
    qoi.extend(1u32.to_be_bytes());
    qoi.extend([4, 0, 0xFE, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    let mut tga = vec![0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 24, 0];
    tga.extend([0, 0, 255]);
    let mut ico = vec![0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 32, 0];
    ico.extend(40u32.to_le_bytes());
    ico.extend(22u32.to_le_bytes());
    let mut png_after_a_byte = vec![0xC2]; // with 0x89: valid UTF-8
    png_after_a_byte.extend(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0");
    let html = format!(
        "<!DOCTYPE html><html><body><p>Report</p><img src=\"data:image/jpeg;base64,{}\"></body></html>",
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2Q=="
    );
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"><image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/></svg>";
    let image_pdf = pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream",
    ]);
    vec![
        ("FLV", b"FLV\x01\x05\0\0\0\x09\0\0\0\0".to_vec()),
        (
            "WMV (ASF)",
            b"\x30\x26\xB2\x75\x8E\x66\xCF\x11\xA6\xD9\x00\xAA\x00\x62\xCE\x6C".to_vec(),
        ),
        (
            "MPEG-PS",
            b"\x00\x00\x01\xBA\x44\x00\x04\x00\x04\x01\x01\x89\xC3\xF8".to_vec(),
        ),
        ("MPEG-TS", ts),
        ("Ogg", b"OggS\x00\x02\0\0\0\0\0\0\0\0\x01\0\0\0".to_vec()),
        ("JPEG XL", b"\xFF\x0A\xFA\x7F\x01\x90\x08".to_vec()),
        (
            "PSD",
            b"8BPS\0\x01\0\0\0\0\0\0\0\x03\0\0\0\x01\0\0\0\x01\0\x08\0\x03".to_vec(),
        ),
        ("QOI", qoi),
        ("ICO", ico),
        ("TGA", tga),
        ("SVG with an embedded image", svg.as_bytes().to_vec()),
        ("HTML with an embedded image", html.into_bytes()),
        ("PDF with an embedded image", image_pdf),
        ("PNG after one leading byte", png_after_a_byte),
    ]
}

#[test]
fn a_minors_case_keeps_no_picture_declared_as_a_document() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let mut minor = case(&vault, true);
    for (format, bytes) in pictures_as_documents() {
        let err = minor
            .add_evidence(&document(), &mut bytes.as_slice())
            .expect_err(format);
        assert_eq!(err.kind, ErrorKind::MinorImagesRefused, "{format}: {err:?}");
        for kind in [EvidenceKind::Correspondence, EvidenceKind::Other] {
            let meta = NewEvidence { kind, ..document() };
            let err = minor
                .add_evidence(&meta, &mut bytes.as_slice())
                .expect_err(format);
            assert_eq!(err.kind, ErrorKind::MinorImagesRefused, "{format}");
        }
    }
    assert!(minor.evidence().unwrap().is_empty());
    assert_eq!(
        blob_count(data.path(), &minor),
        0,
        "no refused file left a blob"
    );

    // What is verified to hold no picture is kept.
    minor
        .add_evidence(&document(), &mut &b"The platform answered: refused.\n"[..])
        .unwrap();
    let text_pdf = pdf(&[
        b"<< /Type /Catalog >>",
        b"<< /Length 20 >>\nstream\nBT (Received) Tj ET\nendstream",
    ]);
    minor
        .add_evidence(&document(), &mut text_pdf.as_slice())
        .unwrap();
    assert_eq!(minor.evidence().unwrap().len(), 2);

    // An adult's case keeps the same files: she decides what is evidence.
    let mut adult = case(&vault, false);
    for (format, bytes) in pictures_as_documents() {
        adult
            .add_evidence(&document(), &mut bytes.as_slice())
            .unwrap_or_else(|e| panic!("{format}: {e:?}"));
    }
}

/// Decrypts a hand-over file, lets `edit` change its manifest, encrypts it
/// again: what someone crafting a hostile hand-over would do.
fn rewrite_handover(path: &Path, edit: impl FnOnce(&mut serde_json::Value)) {
    let file = std::fs::File::open(path).unwrap();
    let decryptor = age::Decryptor::new_buffered(std::io::BufReader::new(file)).unwrap();
    let identity = age::scrypt::Identity::new(SecretString::from(HANDOVER.to_owned()));
    let mut plain = Vec::new();
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap()
        .read_to_end(&mut plain)
        .unwrap();
    let magic = b"RECLAIM-CASE-EXPORT 1\n";
    assert!(plain.starts_with(magic));
    let at = magic.len();
    let len = u64::from_be_bytes(plain[at..at + 8].try_into().unwrap()) as usize;
    let mut manifest: serde_json::Value =
        serde_json::from_slice(&plain[at + 8..at + 8 + len]).unwrap();
    edit(&mut manifest);
    let manifest = serde_json::to_vec(&manifest).unwrap();
    let mut out = magic.to_vec();
    out.extend((manifest.len() as u64).to_be_bytes());
    out.extend(&manifest);
    out.extend(&plain[at + 8 + len..]);
    let encryptor = age::Encryptor::with_user_passphrase(SecretString::from(HANDOVER.to_owned()));
    let mut w = encryptor
        .wrap_output(std::fs::File::create(path).unwrap())
        .unwrap();
    w.write_all(&out).unwrap();
    w.finish().unwrap();
}

fn import(vault: &Vault, file: &Path) -> Result<OpenCase, reclaim_core::CoreError> {
    vault.import_case(file, &SecretString::from(HANDOVER.to_owned()), options())
}

#[test]
fn a_handover_marked_minor_carrying_a_jpeg_as_a_document_is_refused() {
    let from = tempfile::tempdir().unwrap();
    let mut adult = case(&Vault::without_keyring(from.path()), false);
    adult
        .add_evidence(&document(), &mut TINY_JPEG.to_vec().as_slice())
        .unwrap();
    let file = from.path().join("handover.age");
    adult
        .export(&file, &SecretString::from(HANDOVER.to_owned()))
        .unwrap();
    rewrite_handover(&file, |m| m["snapshot"]["case"]["minor"] = true.into());

    let to = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(to.path());
    let err = import(&vault, &file).err().expect("the JPEG was imported");
    assert_eq!(err.kind, ErrorKind::MinorImagesRefused, "{err:?}");
    assert_eq!(vault.list_cases().unwrap().len(), 0, "no case was kept");
}

#[test]
fn a_handover_carrying_a_disguised_link_is_refused() {
    let from = tempfile::tempdir().unwrap();
    let mut case = case(&Vault::without_keyring(from.path()), false);
    case.add_url(&NewUrl {
        original: "https://example.com/p/1".into(),
        ..NewUrl::default()
    })
    .unwrap();
    let file = from.path().join("handover.age");
    case.export(&file, &SecretString::from(HANDOVER.to_owned()))
        .unwrap();
    for hostile in [
        "javascript:alert(document.cookie)",
        "https://facebook.com@evil.example/",
        "https://example.com/\u{202E}fdp.exe",
    ] {
        let copy = from.path().join("crafted.age");
        std::fs::copy(&file, &copy).unwrap();
        rewrite_handover(&copy, |m| {
            m["snapshot"]["urls"][0]["original"] = hostile.into();
            m["snapshot"]["urls"][0]["normalised"] = hostile.into();
        });
        let to = tempfile::tempdir().unwrap();
        let vault = Vault::without_keyring(to.path());
        let err = import(&vault, &copy).err().expect(hostile);
        assert_eq!(err.kind, ErrorKind::InvalidInput, "{hostile}: {err:?}");
        let detail = serde_json::to_value(&err.detail).unwrap();
        assert_eq!(detail["type"], "url_refused", "{hostile}: {detail}");
        assert_eq!(vault.list_cases().unwrap().len(), 0, "{hostile}");
    }
}
