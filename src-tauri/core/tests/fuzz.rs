//! Bounded fuzzing on the stable toolchain (issue 18, item 14): property
//! tests with generated and mutated inputs for every parser that reads
//! what someone else made. Each target runs a fixed number of cases (a few
//! seconds) and prints how many it ran (`fuzz <target>: N executions`, seen
//! with `--nocapture`); docs/security.md lists the figures.
//!
//! A failure is shrunk by proptest to a small input and saved beside this
//! file (`fuzz.regressions`); commit that file, and the input is tried
//! first on every later run: a crash becomes a regression test.

mod common;

use std::io::{Cursor, Write};
use std::path::Path;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use reclaim_core::hashing::file::{hash_file, HashOptions};
use reclaim_core::requests::email::{eml, mailto, EmailDraft};
use reclaim_core::urls::classify_text;
use reclaim_core::vault::{CreateOptions, KdfStrength, NewCase, NewUrl, Vault};
use secrecy::SecretString;

/// Runs `cases` generated inputs through `test`; prints and returns how many ran.
fn fuzz<S: Strategy>(
    target: &str,
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let runs = std::sync::atomic::AtomicU32::new(0);
    let mut runner = TestRunner::new(Config {
        cases,
        source_file: Some(file!()),
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::WithSource("regressions"),
        )),
        ..Config::default()
    });
    let result = runner.run(&strategy, |value| {
        runs.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        test(value)
    });
    eprintln!(
        "fuzz {target}: {} executions",
        runs.load(std::sync::atomic::Ordering::Relaxed)
    );
    if let Err(e) = result {
        panic!("fuzz {target}: {e}");
    }
}

/// Byte edits applied to a valid input: (where, what) overwrites, an
/// optional cut, an optional insertion.
#[derive(Debug, Clone)]
struct Mutation {
    overwrite: Vec<(usize, u8)>,
    cut: Option<usize>,
    insert: Option<(usize, Vec<u8>)>,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    (
        vec((any::<usize>(), any::<u8>()), 0..8),
        proptest::option::of(any::<usize>()),
        proptest::option::of((any::<usize>(), vec(any::<u8>(), 1..64))),
    )
        .prop_map(|(overwrite, cut, insert)| Mutation {
            overwrite,
            cut,
            insert,
        })
}

impl Mutation {
    fn apply(&self, seed: &[u8]) -> Vec<u8> {
        let mut out = seed.to_vec();
        for &(at, byte) in &self.overwrite {
            if !out.is_empty() {
                let i = at % out.len();
                out[i] = byte;
            }
        }
        if let Some((at, bytes)) = &self.insert {
            let i = at % (out.len() + 1);
            out.splice(i..i, bytes.iter().copied());
        }
        if let Some(cut) = self.cut {
            out.truncate(cut % (out.len() + 1));
        }
        out
    }
}

/// Pieces that URL tricks are made of.
const URL_PIECES: &[&str] = &[
    "https://",
    "http://",
    "javascript:",
    "data:",
    "HTTPS://",
    "//",
    "\\\\",
    "@",
    ":",
    "user",
    "x:y@",
    ".",
    ".com",
    "example",
    "xn--",
    "xn--80ak6aa92e",
    "\u{0131}nstagram",
    "f\u{0251}cebook",
    "facebook.com",
    "/",
    "?",
    "#",
    "&",
    "=",
    "%",
    "%00",
    "%2e%2e",
    "[",
    "]",
    "::1",
    "127.0.0.1",
    "0x7f.1",
    "\u{202E}",
    "\u{2066}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{1b}[2J",
    "\r",
    "\n",
    "\t",
    " ",
    "\u{0430}",
    "日本",
    "ß",
    "\u{0301}",
    "~",
    "'",
    "\"",
    "<",
    ">",
    "a",
    "1",
];

#[test]
fn fuzz_url_intake() {
    let text = prop_oneof![
        any::<String>(),
        vec(proptest::sample::select(URL_PIECES), 0..24).prop_map(|p| p.concat()),
    ];
    fuzz("url_intake", 3_000, text, |text| {
        for item in classify_text(&text) {
            prop_assert!(text.contains(item.input.as_str()) || item.error.is_some());
            let Some(url) = &item.url else { continue };
            let parsed = url::Url::parse(url).expect("an accepted URL parses");
            prop_assert!(matches!(parsed.scheme(), "http" | "https"), "{url}");
            prop_assert!(
                parsed.username().is_empty() && parsed.password().is_none(),
                "{url}"
            );
            prop_assert!(!url.chars().any(|c| c.is_control()), "{url:?}");
            prop_assert!(
                !url.chars()
                    .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
                "{url:?}"
            );
            prop_assert!(
                item.host.as_deref().is_some_and(str::is_ascii),
                "{:?}",
                item.host
            );
        }
        Ok(())
    });
}

/// Small valid images of every decoded format, to be mutated.
fn image_seeds() -> Vec<Vec<u8>> {
    let mut picture = image::RgbImage::new(24, 16);
    for (x, y, p) in picture.enumerate_pixels_mut() {
        *p = image::Rgb([(x * 10) as u8, (y * 15) as u8, ((x ^ y) * 7) as u8]);
    }
    let picture = image::DynamicImage::ImageRgb8(picture);
    let mut seeds = Vec::new();
    for format in [
        image::ImageFormat::Png,
        image::ImageFormat::Jpeg,
        image::ImageFormat::Gif,
        image::ImageFormat::WebP,
    ] {
        let mut bytes = Cursor::new(Vec::new());
        picture.write_to(&mut bytes, format).unwrap();
        seeds.push(bytes.into_inner());
    }
    seeds.push(common::hostile_images::png(
        8,
        8,
        16,
        2,
        &[common::hostile_images::iccp_bomb(4096)],
    ));
    seeds
}

#[test]
fn fuzz_image_sniff_and_decode() {
    let seeds = image_seeds();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fuzzed");
    let input = (0..seeds.len(), mutation());
    fuzz("image_sniff_decode", 400, input, |(seed, m)| {
        let bytes = m.apply(&seeds[seed]);
        std::fs::write(&path, &bytes).unwrap();
        // Never panics, never fails as a whole: a damaged image is an error line.
        let hashed = hash_file(&path, &HashOptions::default());
        prop_assert!(bytes.is_empty() || hashed.hashes.sha256.is_some());
        prop_assert!(
            hashed.hashes.error.is_some()
                || hashed.hashes.pdq.is_some()
                || hashed.hashes.md5.is_some()
        );
        Ok(())
    });
}

const CASE_JSON: &str = include_str!("../../cli/tests/fixtures/case.json");

#[test]
fn fuzz_case_json() {
    let pieces = proptest::sample::select(vec![
        "null",
        "true",
        "-1",
        "1e999",
        "0",
        "\"\"",
        "[]",
        "{}",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"x\"",
        ",",
        ":",
        "\"",
        "{",
        "}",
        "[",
        "]",
    ]);
    let edit = (mutation(), vec((any::<usize>(), pieces), 0..4));
    fuzz("case_json", 1_500, edit, |(m, inserts)| {
        let mut text = String::from_utf8_lossy(&m.apply(CASE_JSON.as_bytes())).into_owned();
        for (at, piece) in inserts {
            let mut i = at % (text.len() + 1);
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            text.insert_str(i, piece);
        }
        // Ok or a clear error; never a panic.
        let _ = reclaim_core::requests::case::CaseInput::from_json(&text);
        Ok(())
    });
}

const HANDOVER: &str = "the fuzzing hand-over passphrase";

/// The plain content of a real hand-over file (magic, length, manifest, evidence).
fn handover_plaintext() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let mut case = Vault::without_keyring(dir.path())
        .create_case(
            &NewCase {
                label: "fuzz".into(),
                language: "en".into(),
                ..NewCase::default()
            },
            options(),
        )
        .unwrap();
    case.add_url(&NewUrl {
        original: "https://www.reddit.com/r/x/comments/abc/y/".into(),
        ..NewUrl::default()
    })
    .unwrap();
    case.add_evidence(
        &reclaim_core::vault::NewEvidence {
            kind: reclaim_core::vault::EvidenceKind::Correspondence,
            original_name: None,
            captured_at: None,
            note: Some("note".into()),
            url_id: None,
        },
        &mut &b"The platform answered."[..],
    )
    .unwrap();
    let file = dir.path().join("h.age");
    case.export(&file, &SecretString::from(HANDOVER.to_owned()))
        .unwrap();
    let decryptor =
        age::Decryptor::new_buffered(std::io::BufReader::new(std::fs::File::open(&file).unwrap()))
            .unwrap();
    let identity = age::scrypt::Identity::new(SecretString::from(HANDOVER.to_owned()));
    let mut plain = Vec::new();
    std::io::Read::read_to_end(
        &mut decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .unwrap(),
        &mut plain,
    )
    .unwrap();
    plain
}

fn options() -> CreateOptions {
    CreateOptions {
        passphrase: Some(SecretString::from("a fuzzing case passphrase".to_owned())),
        use_keyring: false,
        kdf: KdfStrength::Floor,
    }
}

/// Encrypts `plain` as a hand-over file, with a low scrypt work factor (the
/// content is fuzzed, not the passphrase).
fn seal(plain: &[u8], path: &Path) {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(HANDOVER.to_owned()));
    recipient.set_work_factor(4);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut w = encryptor
        .wrap_output(std::fs::File::create(path).unwrap())
        .unwrap();
    w.write_all(plain).unwrap();
    w.finish().unwrap();
}

#[test]
fn fuzz_handover_import() {
    let plain = handover_plaintext();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("crafted.age");
    fuzz("handover_import", 150, mutation(), |m| {
        seal(&m.apply(&plain), &file);
        let data = tempfile::tempdir().unwrap();
        let vault = Vault::without_keyring(data.path());
        match vault.import_case(&file, &SecretString::from(HANDOVER.to_owned()), options()) {
            // An edit that left the case valid (a note's letter, say): it opens whole.
            Ok(mut case) => prop_assert!(case.verify().unwrap().ok),
            // Refused: nothing is left behind.
            Err(_) => prop_assert_eq!(vault.list_cases().unwrap().len(), 0),
        }
        Ok(())
    });
}

#[test]
fn fuzz_bundle_verify() {
    use common::sample_case::{self, Sizes};
    use reclaim_core::model::Language;
    use reclaim_core::report::{export_bundle, verify_bundle, BundleOptions};

    let tmp = tempfile::tempdir().unwrap();
    let original = tmp.path().join("bundle");
    let case = sample_case::case(Language::En, &Sizes::SMALL);
    export_bundle(
        &case,
        &original,
        &BundleOptions::default(),
        sample_case::export_time(),
    )
    .unwrap();
    let files: Vec<_> = walkdir::WalkDir::new(&original)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(&original).unwrap().to_owned())
        .collect();
    let input = (0..files.len(), mutation());
    fuzz("bundle_verify", 200, input, |(which, m)| {
        let copy = tempfile::tempdir().unwrap();
        for f in &files {
            let to = copy.path().join(f);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(original.join(f), to).unwrap();
        }
        let target = copy.path().join(&files[which]);
        let before = std::fs::read(&target).unwrap();
        let after = m.apply(&before);
        std::fs::write(&target, &after).unwrap();
        let report = verify_bundle(copy.path());
        // Whatever was changed in a file the manifest lists, verify says so.
        if after != before && files[which].starts_with("evidence") {
            prop_assert!(!report.ok, "{:?} changed, verify said ok", files[which]);
        }
        Ok(())
    });
}

#[test]
fn fuzz_eml_and_mailto() {
    let text = prop_oneof![
        any::<String>(),
        vec(
            proptest::sample::select(vec![
                "\r\n",
                "\n",
                "\r",
                "Bcc: x@evil.example",
                "To: y@evil.example",
                ":",
                " ",
                "=?utf-8?q?",
                "é",
                "\u{202E}",
                "\u{0}",
                "a",
                ".",
                "\r\n.\r\n",
                "--boundary",
            ]),
            0..16
        )
        .prop_map(|p| p.concat()),
    ];
    let input = (text.clone(), text.clone(), text);
    fuzz("eml_mailto", 1_000, input, |(name, subject, body)| {
        let link = mailto("helpdesk@example.org", &subject, &body).unwrap();
        prop_assert!(link.starts_with("mailto:helpdesk@example.org?subject="));
        prop_assert!(link.chars().all(|c| c.is_ascii_graphic()), "{link:?}");
        let draft = EmailDraft {
            from_name: &name,
            from_address: "person@example.org",
            to_address: "helpdesk@example.org",
            subject: &subject,
            body: &body,
            date: time::OffsetDateTime::UNIX_EPOCH,
        };
        if let Ok(message) = eml(&draft) {
            // No header can be injected: exactly one To, no Bcc, from the text.
            let parsed = mail_parser::MessageParser::default()
                .parse(message.as_bytes())
                .expect("the .eml parses");
            let to = parsed.to().map(|a| a.iter().count()).unwrap_or(0);
            prop_assert_eq!(to, 1, "{}", message);
            prop_assert!(parsed.bcc().is_none(), "{}", message);
            // Every header line is one Reclaim writes (or a folded continuation).
            let headers = message.split("\r\n\r\n").next().unwrap();
            for line in headers.split("\r\n") {
                prop_assert!(
                    line.starts_with([' ', '\t'])
                        || [
                            "From:",
                            "To:",
                            "Subject:",
                            "Date:",
                            "MIME-Version:",
                            "Content-Type:",
                            "Content-Transfer-Encoding:",
                            "X-Unsent:",
                        ]
                        .iter()
                        .any(|name| line.starts_with(name)),
                    "{}",
                    headers
                );
            }
        }
        Ok(())
    });
}
