//! The evidence bundle end to end: export a case, check the PDF with real
//! tools (qpdf, poppler's pdftotext/pdftoppm, coreutils' sha256sum), then
//! tamper with it and check that verification names what changed.
//!
//! Needs the Debian packages `qpdf` and `poppler-utils`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::sample_case::{self, Sizes};
use reclaim_core::model::Language;
use reclaim_core::report::*;

fn export(
    lang: Language,
    options: &BundleOptions,
) -> (tempfile::TempDir, PathBuf, CaseFile, BundleSummary) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("bundle");
    let case = sample_case::case(lang, &Sizes::SMALL);
    let summary = export_bundle(&case, &out, options, sample_case::export_time()).unwrap();
    (tmp, out, case, summary)
}

fn tool(name: &str) -> Command {
    let probe = Command::new(name).arg("--version").output();
    assert!(
        probe.is_ok(),
        "{name} is needed by this test: apt-get install qpdf poppler-utils"
    );
    Command::new(name)
}

fn pdf_text(pdf: &Path) -> String {
    let out = tool("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext failed: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// The text with line breaks removed: long URLs are wrapped without any
/// added character, so they read back whole once the breaks are gone.
fn joined(text: &str) -> String {
    text.replace('\n', "")
}

fn bundle_files(dir: &Path) -> Vec<String> {
    let mut files = Vec::new();
    for entry in walk(dir) {
        files.push(
            entry
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/"),
        );
    }
    files.sort();
    files
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    for file in walk(from) {
        let target = to.join(file.strip_prefix(from).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(&file, &target).unwrap();
    }
}

#[test]
fn a_fresh_bundle_verifies_with_reclaim_and_with_sha256sum() {
    let (_tmp, dir, case, summary) = export(Language::En, &BundleOptions::default());
    let report = verify_bundle(&dir);
    assert!(report.ok, "{:?}", report.problems);
    assert_eq!(report.files_checked, summary.files);
    assert_eq!(
        summary.files,
        case.evidence.len() + 3,
        "evidence + report + custody + manifest.json"
    );

    let out = tool("sha256sum")
        .args(["-c", "manifest.sha256"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "sha256sum -c failed: {out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(said.matches(": OK").count(), summary.files);
}

#[test]
fn the_report_is_a_valid_pdf_holding_every_url_and_every_hash() {
    let (_tmp, dir, case, _) = export(Language::En, &BundleOptions::default());
    let pdf = dir.join("report.pdf");
    let check = tool("qpdf").arg("--check").arg(&pdf).output().unwrap();
    assert!(check.status.success(), "qpdf --check: {check:?}");

    let bytes = std::fs::read(&pdf).unwrap();
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).into_owned();
    assert!(head.starts_with("%PDF-1.7"), "PDF/A-2 is based on PDF 1.7");
    let all = String::from_utf8_lossy(&bytes);
    assert!(
        all.contains("pdfaid:part"),
        "PDF/A identification in the XMP metadata"
    );
    assert!(
        all.contains("pdfuaid:part"),
        "PDF/UA identification in the XMP metadata"
    );
    assert!(all.contains("/StructTreeRoot"), "the PDF is tagged");
    assert!(all.contains("/Outlines"), "the PDF has bookmarks");

    let text = pdf_text(&pdf);
    let flat = joined(&text);
    let long = sample_case::long_url();
    assert!(long.len() > 300);
    for url in &case.urls {
        assert!(
            flat.contains(&url.original),
            "URL missing from the report: {}",
            url.original
        );
    }
    for file in &case.evidence {
        assert!(
            flat.contains(&file.recorded_sha256),
            "hash of {} missing",
            file.file_name
        );
    }
    for image in &case.images {
        assert!(flat.contains(&image.sha256), "image SHA-256 missing");
        assert!(
            flat.contains(image.pdq.as_deref().unwrap()),
            "image PDQ missing"
        );
    }
    // Answers are shown as text, never interpreted.
    assert!(flat.contains("<b>not markup</b> {$x}"));
    // Every request of the sample got an answer (removed, with her note): the
    // report lists it under "Answers" and never says none was recorded.
    assert!(!text.contains("No answer recorded."), "{text}");
    for r in &case.requests {
        let name = reclaim_core::platforms::by_id(&r.platform)
            .map_or(r.platform.clone(), |p| p.name.clone());
        assert!(
            flat.contains(&format!("From {name}, received")),
            "answer of request {} missing",
            r.id
        );
    }
    assert!(flat.contains("content removed — We reviewed your report"));
    assert!(text.contains("sha256sum -c manifest.sha256"));
    assert!(text.contains("reclaim-cli bundle verify"));
    assert!(
        !text.contains(['\u{2068}', '\u{2069}']),
        "no bidi isolation marks"
    );
}

#[test]
fn french_and_german_reports_keep_accented_names() {
    for (lang, heading) in [
        (Language::Fr, "Adresses où les images ont été trouvées"),
        (
            Language::De,
            "Adressen, unter denen die Bilder gefunden wurden",
        ),
        (Language::Nl, "Adressen waar de beelden zijn gevonden"),
    ] {
        let (_tmp, dir, case, _) = export(lang, &BundleOptions::default());
        let text = pdf_text(&dir.join("report.pdf"));
        assert!(text.contains(heading), "{lang:?} heading missing");
        for name in [
            "capture d'écran été.png",
            "Straße Übersicht.pdf",
            "bewijsstuk één.jpg",
        ] {
            assert!(text.contains(name), "{lang:?}: {name} missing");
        }
        assert!(text.contains("Conseillère, service d'aide (Liège)"));
        let flat = joined(&text);
        for url in &case.urls {
            assert!(flat.contains(&url.original), "{lang:?}: URL missing");
        }
        let check = tool("qpdf")
            .arg("--check")
            .arg(dir.join("report.pdf"))
            .output()
            .unwrap();
        assert!(check.status.success(), "{lang:?}: qpdf --check failed");
    }
}

#[test]
fn a_changed_byte_in_any_file_fails_verification_and_names_the_file() {
    let (tmp, dir, _, _) = export(Language::En, &BundleOptions::default());
    let files = bundle_files(&dir);
    assert!(files.contains(&"report.pdf".to_owned()));
    assert!(files.contains(&"custody.jsonl".to_owned()));
    for (n, file) in files.iter().enumerate() {
        let copy = tmp.path().join(format!("copy-{n}"));
        copy_dir(&dir, &copy);
        let path = copy.join(file);
        let mut bytes = std::fs::read(&path).unwrap();
        let middle = bytes.len() / 2;
        // Flip one bit of one ASCII character, so the text files stay text.
        bytes[middle] ^= if bytes[middle].is_ascii_digit() {
            0x01
        } else {
            0x20
        };
        std::fs::write(&path, &bytes).unwrap();

        let report = verify_bundle(&copy);
        assert!(!report.ok, "a changed byte in {file} went unnoticed");
        let named: Vec<_> = report
            .problems
            .iter()
            .filter_map(|p| p.file.clone())
            .collect();
        assert!(
            named.contains(file),
            "{file} not named: {:?}",
            report.problems
        );
    }
}

#[test]
fn a_missing_or_added_file_is_named() {
    let (_tmp, dir, _, _) = export(Language::En, &BundleOptions::default());
    let victim = bundle_files(&dir)
        .into_iter()
        .find(|f| f.starts_with("evidence/"))
        .unwrap();
    std::fs::remove_file(dir.join(&victim)).unwrap();
    std::fs::write(dir.join("evidence/extra.png"), b"added later").unwrap();
    let report = verify_bundle(&dir);
    assert!(!report.ok);
    let find = |kind: BundleProblemKind| {
        report
            .problems
            .iter()
            .find(|p| p.kind == kind)
            .and_then(|p| p.file.clone())
    };
    assert_eq!(find(BundleProblemKind::Missing), Some(victim));
    assert_eq!(
        find(BundleProblemKind::Unlisted),
        Some("evidence/extra.png".to_owned())
    );
}

#[test]
fn a_rewritten_custody_log_is_detected_even_with_fresh_checksums() {
    let (_tmp, dir, _, _) = export(Language::En, &BundleOptions::default());
    // Forge entry 2 and recompute its own hash, then fix manifest.sha256 and
    // manifest.json so only the chain itself can tell.
    let log_path = dir.join("custody.jsonl");
    let text = std::fs::read_to_string(&log_path).unwrap();
    let mut entries: Vec<CustodyEntry> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    entries[1].details = "forged".into();
    entries[1].hash = entries[1].compute_hash();
    let forged: String = entries
        .iter()
        .map(|e| serde_json::to_string(e).unwrap() + "\n")
        .collect();
    std::fs::write(&log_path, &forged).unwrap();
    let new_sha = sample_case::sha(forged.as_bytes());
    let manifest_path = dir.join("manifest.json");
    let mut manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&manifest_path).unwrap()).unwrap();
    for file in manifest["files"].as_array_mut().unwrap() {
        if file["path"] == "custody.jsonl" {
            file["sha256"] = new_sha.clone().into();
            file["size"] = forged.len().into();
        }
    }
    let manifest_bytes = serde_json::to_vec_pretty(&manifest).unwrap();
    std::fs::write(&manifest_path, &manifest_bytes).unwrap();
    let sums: String = std::fs::read_to_string(dir.join("manifest.sha256"))
        .unwrap()
        .lines()
        .map(|line| {
            let (_, path) = line.split_once("  ").unwrap();
            let hash = sample_case::sha(&std::fs::read(dir.join(path)).unwrap());
            format!("{hash}  {path}\n")
        })
        .collect();
    std::fs::write(dir.join("manifest.sha256"), sums).unwrap();

    let report = verify_bundle(&dir);
    assert!(!report.ok);
    // The chain breaks after the forged entry, and the custody log no
    // longer records the address that entry was about.
    assert!(
        report.problems.iter().all(|p| matches!(
            p.kind,
            BundleProblemKind::CustodyBroken
                | BundleProblemKind::NotInCustody
                | BundleProblemKind::EvidenceMissing
        )),
        "{:?}",
        report.problems
    );
    assert!(report
        .problems
        .iter()
        .any(|p| p.kind == BundleProblemKind::NotInCustody));
    assert!(report
        .problems
        .iter()
        .any(|p| p.message.contains("entry 3")));
}

#[test]
fn a_broken_chain_handed_to_export_is_reported_not_hidden() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = sample_case::case(Language::En, &Sizes::SMALL);
    case.custody.remove(2);
    let out = tmp.path().join("b");
    let summary = export_bundle(
        &case,
        &out,
        &BundleOptions::default(),
        sample_case::export_time(),
    )
    .unwrap();
    assert!(!summary.custody_problems.is_empty());
    let text = pdf_text(&out.join("report.pdf"));
    assert!(text.contains("NOT intact"));
    let report = verify_bundle(&out);
    assert!(report
        .problems
        .iter()
        .any(|p| p.kind == BundleProblemKind::CustodyBroken));
}

#[test]
fn intimate_images_stay_out_unless_chosen_but_their_hashes_are_always_there() {
    let (_tmp, dir, case, _) = export(Language::En, &BundleOptions::default());
    assert!(!dir.join("images").exists());
    let manifest = std::fs::read_to_string(dir.join("manifest.json")).unwrap();
    for image in &case.images {
        assert!(manifest.contains(&image.sha256));
        for file in walk(&dir) {
            let bytes = std::fs::read(&file).unwrap();
            let needle = image.bytes.as_deref().unwrap();
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "image bytes found in {}",
                file.display()
            );
        }
    }

    let (_tmp2, dir2, case2, summary) = export(
        Language::En,
        &BundleOptions {
            include_intimate_images: true,
            ..BundleOptions::default()
        },
    );
    let images = bundle_files(&dir2)
        .into_iter()
        .filter(|f| f.starts_with("images/"))
        .count();
    assert_eq!(images, case2.images.len());
    assert!(verify_bundle(&dir2).ok);
    assert!(summary.images_without_bytes.is_empty());
}

#[test]
fn export_refuses_a_folder_that_already_holds_files() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("keep.txt"), b"mine").unwrap();
    let case = sample_case::case(Language::En, &Sizes::SMALL);
    let err = export_bundle(
        &case,
        tmp.path(),
        &BundleOptions::default(),
        sample_case::export_time(),
    )
    .unwrap_err();
    assert_eq!(err.kind, reclaim_core::ErrorKind::InvalidInput);
    assert_eq!(std::fs::read(tmp.path().join("keep.txt")).unwrap(), b"mine");
}

#[test]
fn the_first_page_renders() {
    let (tmp, dir, _, _) = export(Language::Fr, &BundleOptions::default());
    let prefix = tmp.path().join("page");
    let out = tool("pdftoppm")
        .args(["-png", "-r", "60", "-f", "1", "-l", "1"])
        .arg(dir.join("report.pdf"))
        .arg(&prefix)
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftoppm: {out:?}");
    let png = walk(tmp.path())
        .into_iter()
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("page"))
        })
        .expect("a PNG page");
    assert!(
        std::fs::metadata(png).unwrap().len() > 5_000,
        "the page has content"
    );
}
