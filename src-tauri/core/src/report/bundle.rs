//! Writing the evidence bundle into a folder.
//!
//! The bundle is first written into a hidden, owner-only sibling folder and
//! renamed into place once every file is on disk ([`super::staging`]), so an
//! interrupted export never leaves a half bundle under the chosen name, and
//! its plaintext is removed on the next export or start. Evidence is copied
//! one file at a time in small chunks ([`EvidenceSource`]): memory use does
//! not grow with the evidence.

use std::fs;
use std::io::{Read, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::case::{CaseFile, UrlView};
use super::content::{self, ReportFacts};
use super::custody::{self, CustodyEntry};
use super::i18n::Labels;
use super::manifest::{
    self, FileRole, Manifest, ManifestFile, ManifestImage, ManifestUrl, CUSTODY_LOG, MANIFEST_JSON,
    MANIFEST_SHA256, REPORT_PDF,
};
use super::pdf::{self, flow::Flow, fonts::Fonts, DocInfo};
use super::private_fs;
use super::staging::Staging;
use crate::error::{CoreError, CoreResult, ErrorKind};

/// What the person chose for this export.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct BundleOptions {
    /// Put the intimate images themselves into the bundle (folder
    /// `images/`). Off unless the person explicitly chooses it; their hashes
    /// are always in the report and the manifest.
    pub include_intimate_images: bool,
    /// Plain names for the ids the case holds (legal bases), in the report's
    /// language; the app layer fills them (`app::file::export_case`).
    #[serde(skip)]
    #[ts(skip)]
    pub names: super::PlainNames,
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

/// A small file made by the export itself: relative path and bytes.
struct Pending {
    path: String,
    bytes: Vec<u8>,
}

/// Where the bytes of the evidence and of the person's images come from:
/// the [`CaseFile`] itself, or the vault, read one file at a time.
pub(crate) trait EvidenceSource {
    /// The bytes of `case.evidence[index]`.
    fn evidence(&mut self, index: usize) -> CoreResult<Box<dyn Read + '_>>;
    /// The bytes of `case.images[index]`, when they were handed over.
    fn image(&mut self, index: usize) -> CoreResult<Option<Box<dyn Read + '_>>>;
    /// True when the export must stop and leave nothing (the case is being
    /// locked): asked once more before the finished bundle is moved into place.
    fn stopped(&self) -> bool {
        false
    }
}

/// The bytes held in the [`CaseFile`].
struct InMemory<'a>(&'a CaseFile);

impl EvidenceSource for InMemory<'_> {
    fn evidence(&mut self, index: usize) -> CoreResult<Box<dyn Read + '_>> {
        Ok(Box::new(self.0.evidence[index].bytes.as_slice()))
    }

    fn image(&mut self, index: usize) -> CoreResult<Option<Box<dyn Read + '_>>> {
        Ok(self.0.images[index]
            .bytes
            .as_deref()
            .map(|b| Box::new(b) as Box<dyn Read>))
    }
}

/// Creates the folders of `rel` inside the staging folder, owner-only.
fn create_parents(root: &Path, rel: &str) -> CoreResult<()> {
    let mut dir = root.to_path_buf();
    let parts: Vec<&str> = rel.split('/').collect();
    for part in &parts[..parts.len().saturating_sub(1)] {
        dir.push(part);
        if !dir.is_dir() {
            private_fs::create_dir(&dir)?;
        }
    }
    Ok(())
}

fn write_synced(root: &Path, rel: &str, bytes: &[u8]) -> CoreResult<()> {
    create_parents(root, rel)?;
    let mut file = private_fs::create_file(&root.join(rel))?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

/// Copies `input` into the new file `rel`, 64 KiB at a time; returns its
/// SHA-256 and size.
fn stream_synced(root: &Path, rel: &str, input: &mut dyn Read) -> CoreResult<(String, u64)> {
    use sha2::{Digest, Sha256};
    use zeroize::Zeroize;
    create_parents(root, rel)?;
    let mut file = private_fs::create_file(&root.join(rel))?;
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    let mut buf = vec![0u8; 64 * 1024];
    let copied = (|| -> CoreResult<()> {
        loop {
            let n = match input.read(&mut buf) {
                Ok(0) => return Ok(()),
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                    return Err(CoreError::new(ErrorKind::Corrupt, e.to_string()))
                }
                Err(e) => return Err(e.into()),
            };
            hasher.update(&buf[..n]);
            file.write_all(&buf[..n])?;
            size += n as u64;
        }
    })();
    buf.zeroize();
    copied?;
    file.sync_all()?;
    Ok((hex::encode(hasher.finalize()), size))
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
    export_bundle_inner(case, out, options, now, true, None)
}

pub(crate) fn export_bundle_inner(
    case: &CaseFile,
    out: &Path,
    options: &BundleOptions,
    now: OffsetDateTime,
    append_export_entry: bool,
    source: Option<&mut dyn EvidenceSource>,
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
    let staging = Staging::begin(out)?;
    let mut in_memory = InMemory(case);
    let source: &mut dyn EvidenceSource = match source {
        Some(source) => source,
        None => &mut in_memory,
    };
    // On an error, dropping `staging` removes everything written so far.
    let mut summary = write_bundle(
        case,
        staging.path(),
        options,
        now,
        append_export_entry,
        source,
    )?;
    if source.stopped() {
        return Err(super::export::stopped());
    }
    staging.commit(out)?;
    summary.dir = out.display().to_string();
    Ok(summary)
}

fn write_bundle(
    case: &CaseFile,
    dir: &Path,
    options: &BundleOptions,
    now: OffsetDateTime,
    append_export_entry: bool,
    source: &mut dyn EvidenceSource,
) -> CoreResult<BundleSummary> {
    let mut pending: Vec<Pending> = Vec::new();
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
        let (sha, size) = stream_synced(dir, &path, &mut source.evidence(n)?)?;
        if !file.recorded_sha256.eq_ignore_ascii_case(&sha) {
            changed_evidence.push(file.id.clone());
        }
        evidence_facts.push((path.clone(), sha.clone(), size));
        files.push(ManifestFile {
            path,
            role: FileRole::Evidence,
            sha256: sha,
            size,
            captured_at: Some(content::rfc3339_utc(file.captured_at)),
            original_name: Some(file.file_name.clone()),
            id: Some(file.id.clone()),
        });
    }

    // The person's images: files only on explicit choice, hashes always.
    let mut image_paths = Vec::with_capacity(case.images.len());
    let mut images = Vec::with_capacity(case.images.len());
    let mut images_without_bytes = Vec::new();
    for (n, image) in case.images.iter().enumerate() {
        let bytes = if options.include_intimate_images {
            source.image(n)?
        } else {
            None
        };
        let included = match (bytes, options.include_intimate_images) {
            (Some(mut bytes), true) => {
                let path = format!(
                    "images/{:03}-{}",
                    n + 1,
                    manifest::safe_file_name(&image.file_name)
                );
                let (sha256, size) = stream_synced(dir, &path, &mut bytes)?;
                files.push(ManifestFile {
                    path: path.clone(),
                    role: FileRole::IntimateImage,
                    sha256,
                    size,
                    captured_at: Some(content::rfc3339_utc(image.added_at)),
                    original_name: Some(image.file_name.clone()),
                    id: Some(image.id.clone()),
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

    let evidence_paths: Vec<String> = evidence_facts.iter().map(|f| f.0.clone()).collect();
    let page_captures = super::captures::listed_captures(case, &evidence_paths, &log);

    // The report.
    let fonts = Fonts::load();
    let labels = Labels::new(case.language());
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
            captures: &page_captures,
            names: &options.names,
        },
        &labels,
    );
    let code = case.case.code.clone();
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
            language: case.language().code(),
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
        bytes: custody_bytes,
    });
    pending.push(Pending {
        path: REPORT_PDF.to_owned(),
        bytes: pdf_bytes,
    });

    let urls = case
        .urls
        .iter()
        .map(|u| {
            let last = u.checks().into_iter().max_by_key(|(at, _)| *at);
            let captured_at = u.captured_at();
            ManifestUrl {
                url: u.original.clone(),
                platform: u.platform.clone().unwrap_or_else(|| "unknown".into()),
                captured_at: content::rfc3339_utc(captured_at),
                captured_at_local: captured_at
                    .format(&time::format_description::well_known::Rfc3339)
                    .unwrap_or_default(),
                last_state: last.map(|(_, state)| state.code().to_owned()),
                last_checked_at: last.map(|(at, _)| content::rfc3339_utc(at)),
            }
        })
        .collect();
    let manifest = Manifest {
        format: manifest::FORMAT.to_owned(),
        case_code: case.case.code.clone(),
        language: case.language().code().to_owned(),
        generated_at: content::rfc3339_utc(now),
        app_version: crate::VERSION.to_owned(),
        files,
        urls,
        images,
        page_captures,
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
        write_synced(dir, &file.path, &file.bytes)?;
    }
    write_synced(dir, MANIFEST_JSON, &manifest_bytes)?;
    write_synced(dir, MANIFEST_SHA256, sums_text.as_bytes())?;
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
