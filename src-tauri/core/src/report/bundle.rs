//! Writing the evidence bundle into a folder.
//!
//! The bundle is first written into a hidden sibling folder and renamed into
//! place once every file is on disk, so an interrupted export never leaves
//! a half bundle under the chosen name.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::case::CaseFile;
use super::content::{self, ReportFacts};
use super::custody::{self, CustodyEntry};
use super::i18n::Labels;
use super::manifest::{
    self, FileRole, Manifest, ManifestFile, ManifestImage, ManifestUrl, CUSTODY_LOG, MANIFEST_JSON,
    MANIFEST_SHA256, REPORT_PDF,
};
use super::pdf::{self, flow::Flow, fonts::Fonts, DocInfo};
use crate::error::{CoreError, CoreResult, ErrorKind};

/// What the person chose for this export.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct BundleOptions {
    /// Put the intimate images themselves into the bundle (folder
    /// `images/`). Off unless the person explicitly chooses it; their hashes
    /// are always in the report and the manifest.
    pub include_intimate_images: bool,
}

/// What the export did.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct BundleSummary {
    /// The bundle folder.
    pub dir: String,
    /// Number of files listed in `manifest.sha256`.
    pub files: usize,
    pub pdf_pages: usize,
    #[ts(type = "number")]
    pub pdf_bytes: u64,
    /// SHA-256 of `manifest.sha256`: the one value that fixes the whole
    /// bundle (what a trusted timestamp covers).
    pub manifest_sha256: String,
    /// Breaks found in the case's custody chain before export (empty when
    /// intact); the bundle and report state them too.
    pub custody_problems: Vec<String>,
    /// Evidence ids whose bytes no longer match the hash recorded at capture.
    pub changed_evidence: Vec<String>,
    /// Intimate images the person chose to include but whose bytes were not
    /// handed over (listed by hash only).
    pub images_without_bytes: Vec<String>,
    /// The `case_exported` custody entry: the last entry of the bundle's log
    /// ([`export_bundle`]) or the entry recorded in the vault after the
    /// bundle was written ([`super::export_case`]).
    pub export_entry: Option<CustodyEntry>,
}

/// A file to write: relative path and bytes.
struct Pending<'a> {
    path: String,
    bytes: std::borrow::Cow<'a, [u8]>,
}

fn write_synced(path: &Path, bytes: &[u8]) -> CoreResult<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let mut file = fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

fn staging_dir(out: &Path) -> CoreResult<PathBuf> {
    let name = out
        .file_name()
        .ok_or_else(|| CoreError::invalid_input("the output folder needs a name"))?;
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok(parent.join(format!(".{}.partial", name.to_string_lossy())))
}

/// Exports `case` as an evidence bundle into the folder `out`, which must not
/// exist yet or be empty. `now` is the export time (passed in so tests and
/// the custody log agree).
///
/// A `case_exported` entry is appended to the custody log in the bundle (and
/// returned, for a caller that keeps the log elsewhere). For a vault case use
/// [`super::export_case`], which records the export in the vault instead.
pub fn export_bundle(
    case: &CaseFile,
    out: &Path,
    options: &BundleOptions,
    now: OffsetDateTime,
) -> CoreResult<BundleSummary> {
    export_bundle_inner(case, out, options, now, true)
}

pub(crate) fn export_bundle_inner(
    case: &CaseFile,
    out: &Path,
    options: &BundleOptions,
    now: OffsetDateTime,
    append_export_entry: bool,
) -> CoreResult<BundleSummary> {
    if out.exists() {
        let empty = out.is_dir() && fs::read_dir(out)?.next().is_none();
        if !empty {
            return Err(CoreError::new(
                ErrorKind::InvalidInput,
                format!(
                    "{} already exists and is not an empty folder; choose a new folder",
                    out.display()
                ),
            ));
        }
    }
    let staging = staging_dir(out)?;
    if staging.exists() {
        // Left by an export that was interrupted: it was never complete.
        fs::remove_dir_all(&staging)?;
    }
    fs::create_dir_all(&staging)?;
    let result = write_bundle(case, &staging, options, now, append_export_entry);
    match result {
        Ok(mut summary) => {
            if out.exists() {
                fs::remove_dir(out)?;
            }
            fs::rename(&staging, out)?;
            if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
                // Make the rename durable where the OS allows it.
                if let Ok(dir) = fs::File::open(parent) {
                    let _ = dir.sync_all();
                }
            }
            summary.dir = out.display().to_string();
            Ok(summary)
        }
        Err(err) => {
            let _ = fs::remove_dir_all(&staging);
            Err(err)
        }
    }
}

fn write_bundle(
    case: &CaseFile,
    dir: &Path,
    options: &BundleOptions,
    now: OffsetDateTime,
    append_export_entry: bool,
) -> CoreResult<BundleSummary> {
    let mut pending: Vec<Pending<'_>> = Vec::new();
    let mut files: Vec<ManifestFile> = Vec::new();

    // Evidence files, hashed as written.
    let mut evidence_facts = Vec::with_capacity(case.evidence.len());
    let mut changed_evidence = Vec::new();
    for (n, file) in case.evidence.iter().enumerate() {
        let path = format!(
            "evidence/{:03}-{}",
            n + 1,
            manifest::safe_file_name(&file.file_name)
        );
        let sha = manifest::sha256_hex(&file.bytes);
        if !file.recorded_sha256.eq_ignore_ascii_case(&sha) {
            changed_evidence.push(file.id.clone());
        }
        evidence_facts.push((path.clone(), sha.clone(), file.bytes.len() as u64));
        files.push(ManifestFile {
            path: path.clone(),
            role: FileRole::Evidence,
            sha256: sha,
            size: file.bytes.len() as u64,
            captured_at: Some(content::rfc3339_utc(file.captured_at)),
            original_name: Some(file.file_name.clone()),
            id: Some(file.id.clone()),
        });
        pending.push(Pending {
            path,
            bytes: file.bytes.as_slice().into(),
        });
    }

    // The person's images: files only on explicit choice, hashes always.
    let mut image_paths = Vec::with_capacity(case.images.len());
    let mut images = Vec::with_capacity(case.images.len());
    let mut images_without_bytes = Vec::new();
    for (n, image) in case.images.iter().enumerate() {
        let included = match (&image.bytes, options.include_intimate_images) {
            (Some(bytes), true) => {
                let path = format!(
                    "images/{:03}-{}",
                    n + 1,
                    manifest::safe_file_name(&image.file_name)
                );
                files.push(ManifestFile {
                    path: path.clone(),
                    role: FileRole::IntimateImage,
                    sha256: manifest::sha256_hex(bytes),
                    size: bytes.len() as u64,
                    captured_at: Some(content::rfc3339_utc(image.added_at)),
                    original_name: Some(image.file_name.clone()),
                    id: Some(image.id.clone()),
                });
                pending.push(Pending {
                    path: path.clone(),
                    bytes: bytes.as_slice().into(),
                });
                Some(path)
            }
            (None, true) => {
                images_without_bytes.push(image.id.clone());
                None
            }
            _ => None,
        };
        images.push(ManifestImage {
            id: image.id.clone(),
            label: image.label.clone(),
            sha256: image.sha256.clone(),
            md5: image.md5.clone(),
            pdq: image.pdq.clone(),
            pdq_quality: image.pdq_quality,
            included_as: included.clone(),
        });
        image_paths.push(included);
    }

    // Custody: check the chain as handed over, then record this export.
    let custody_problems: Vec<String> = custody::verify_chain(&case.custody)
        .into_iter()
        .map(|b| b.message)
        .collect();
    let mut log = case.custody.clone();
    let export_entry = append_export_entry.then(|| {
        CustodyEntry::append(
            log.last(),
            &content::rfc3339_utc(now),
            "case_exported",
            "case",
            &serde_json::json!({
                "evidence_files": case.evidence.len(),
                "image_hashes": case.images.len(),
                "images_included": image_paths.iter().filter(|p| p.is_some()).count(),
            })
            .to_string(),
        )
    });
    if let Some(entry) = &export_entry {
        log.push(entry.clone());
    }
    let custody_head = log
        .last()
        .map_or_else(|| custody::GENESIS_HASH.to_owned(), |e| e.hash.clone());
    let custody_bytes = custody::to_jsonl(&log);

    // The report.
    let fonts = Fonts::load();
    let labels = Labels::new(case.summary.language);
    let mut flow = Flow::new(&fonts);
    content::build(
        &mut flow,
        case,
        &ReportFacts {
            generated_at: now,
            evidence: &evidence_facts,
            image_paths: &image_paths,
            custody_problems: &custody_problems,
            custody: &log,
        },
        &labels,
    );
    let code = case.summary.code.clone();
    let footer = |page: usize, total: usize| {
        labels.with(
            "footer",
            &[
                ("code", super::i18n::Arg::Str(&code)),
                ("page", super::i18n::Arg::Num(page)),
                ("total", super::i18n::Arg::Num(total)),
            ],
        )
    };
    let title = labels.with("doc-title", &[("code", super::i18n::Arg::Str(&code))]);
    let pdf_bytes = pdf::render(
        &flow,
        &DocInfo {
            title: &title,
            language: case.summary.language.code(),
            created: now,
            footer: &footer,
        },
    )?;
    let pdf_pages = flow.pages.len();

    files.push(ManifestFile {
        path: CUSTODY_LOG.to_owned(),
        role: FileRole::CustodyLog,
        sha256: manifest::sha256_hex(&custody_bytes),
        size: custody_bytes.len() as u64,
        captured_at: None,
        original_name: None,
        id: None,
    });
    files.push(ManifestFile {
        path: REPORT_PDF.to_owned(),
        role: FileRole::Report,
        sha256: manifest::sha256_hex(&pdf_bytes),
        size: pdf_bytes.len() as u64,
        captured_at: None,
        original_name: None,
        id: None,
    });
    let pdf_len = pdf_bytes.len() as u64;
    pending.push(Pending {
        path: CUSTODY_LOG.to_owned(),
        bytes: custody_bytes.into(),
    });
    pending.push(Pending {
        path: REPORT_PDF.to_owned(),
        bytes: pdf_bytes.into(),
    });

    let urls = case
        .urls
        .iter()
        .map(|u| {
            let last = u.checks.iter().max_by_key(|c| c.at);
            ManifestUrl {
                url: u.url.clone(),
                platform: u.platform.clone(),
                captured_at: content::rfc3339_utc(u.captured_at),
                captured_at_local: u
                    .captured_at
                    .format(&time::format_description::well_known::Rfc3339)
                    .unwrap_or_default(),
                last_state: last.map(|c| {
                    serde_json::to_value(c.state)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default()
                }),
                last_checked_at: last.map(|c| content::rfc3339_utc(c.at)),
            }
        })
        .collect();
    let manifest = Manifest {
        format: manifest::FORMAT.to_owned(),
        case_code: case.summary.code.clone(),
        language: case.summary.language.code().to_owned(),
        generated_at: content::rfc3339_utc(now),
        app_version: crate::VERSION.to_owned(),
        files,
        urls,
        images,
        custody_head,
    };
    let manifest_bytes = serde_json::to_vec_pretty(&manifest)
        .map_err(|e| CoreError::internal(format!("manifest: {e}")))?;

    let mut sums: Vec<(String, String)> = manifest
        .files
        .iter()
        .map(|f| (f.path.clone(), f.sha256.clone()))
        .collect();
    sums.push((
        MANIFEST_JSON.to_owned(),
        manifest::sha256_hex(&manifest_bytes),
    ));
    let sums_text = manifest::sha256_lines(&sums);

    for file in &pending {
        write_synced(&dir.join(&file.path), &file.bytes)?;
    }
    write_synced(&dir.join(MANIFEST_JSON), &manifest_bytes)?;
    write_synced(&dir.join(MANIFEST_SHA256), sums_text.as_bytes())?;
    for sub in ["evidence", "images"] {
        if let Ok(d) = fs::File::open(dir.join(sub)) {
            let _ = d.sync_all();
        }
    }

    Ok(BundleSummary {
        dir: dir.display().to_string(),
        files: sums.len(),
        pdf_pages,
        pdf_bytes: pdf_len,
        manifest_sha256: manifest::sha256_hex(sums_text.as_bytes()),
        custody_problems,
        changed_evidence,
        images_without_bytes,
        export_entry,
    })
}
