//! `verify_bundle`: checks every hash and size, the custody chain, the
//! custody log against the manifest and the files, and the time-stamp (its
//! signature, its signer, its chain to the roots the reader names), naming
//! each file that does not match. It then says exactly what was proven:
//! "unchanged since <time>, time-stamped by <TSA>" or "internally consistent
//! only".
//!
//! The bundle may be hostile: only regular files are read, hashing is
//! streamed, every whole-file read is capped ([`files`]).

mod anchors;
mod cross;
mod files;

use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path};

use serde::{Deserialize, Serialize};

use super::custody;
use super::i18n::{Arg, Labels};
use super::manifest::{self, Manifest, CUSTODY_LOG, MANIFEST_JSON, MANIFEST_SHA256, MANIFEST_TSR};
use super::token::{self, BundleTimestamp, TokenError};
use crate::model::Language;

pub use anchors::RecordTimeStamp;
pub use cross::TIMESTAMP_REQUESTED;

/// Caps on the files read whole (far above what an export writes).
const MAX_SUMS_BYTES: u64 = 16 << 20;
const MAX_MANIFEST_BYTES: u64 = 64 << 20;
const MAX_CUSTODY_BYTES: u64 = 64 << 20;
const MAX_TOKEN_BYTES: u64 = 256 << 10;

/// What is wrong with a bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BundleProblemKind {
    /// A listed file is not there.
    Missing,
    /// A file's bytes do not match its SHA-256.
    HashMismatch,
    /// A file's size does not match the manifest.
    SizeMismatch,
    /// A file is in the folder but in no list.
    Unlisted,
    /// A file could not be read.
    Unreadable,
    /// A symlink, FIFO, device or socket: never opened.
    NotRegularFile,
    /// `manifest.json` or `manifest.sha256` is damaged or they disagree.
    ManifestInvalid,
    /// `manifest.json` does not list the report.
    ReportMissing,
    /// The custody log's chain is broken.
    CustodyBroken,
    /// A file or address in the bundle that the custody log does not record.
    NotInCustody,
    /// A file or address that differs from what the custody log recorded
    /// (content, capture time).
    CustodyMismatch,
    /// Something the custody log records that the bundle no longer holds.
    EvidenceMissing,
    /// The custody log says the bundle was time-stamped; the token is gone.
    TimestampMissing,
    /// The time-stamp does not cover this bundle, or cannot be read.
    TimestampInvalid,
    /// The time-stamp's signature is not valid, or its signer may not sign
    /// time-stamps.
    TimestampSignatureInvalid,
    /// The time-stamp's signer does not lead to the roots the reader named.
    TimestampNotTrusted,
}

/// One finding, naming the file it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct BundleProblem {
    /// The file, relative to the bundle folder (`null` for the folder itself).
    pub file: Option<String>,
    pub kind: BundleProblemKind,
    pub message: String,
}

/// How much a verification proves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BundleProof {
    /// Unchanged since the time-stamp's time; its signer leads to a root the
    /// reader named.
    TimeStamped,
    /// Unchanged since the time-stamp's time, by the signature of a
    /// time-stamping certificate that no trusted root vouches for.
    TimeStampedUnanchored,
    /// The files agree with each other and with the custody log; nothing
    /// shows when they were made.
    ConsistentOnly,
    /// Problems were found: nothing is proven.
    NotProven,
}

/// The result of a verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct BundleVerifyReport {
    pub ok: bool,
    pub problems: Vec<BundleProblem>,
    /// Files whose hash was checked.
    pub files_checked: usize,
    pub timestamp: Option<BundleTimestamp>,
    pub proof: BundleProof,
    /// What was proven, in one sentence, in the language asked for.
    pub statement: String,
    /// For each record of the custody log, the earliest time-stamp that
    /// covers it (records time-stamped when they were made); empty when the
    /// log holds no time-stamp.
    pub records: Vec<RecordTimeStamp>,
}

/// What the reader brings to a verification.
#[derive(Debug, Clone, Default)]
pub struct VerifyOptions {
    /// Roots the reader trusts for time-stamp authorities (DER certificates).
    pub tsa_roots: Vec<Vec<u8>>,
    /// The language of `statement` (English when `None`).
    pub language: Option<Language>,
}

pub(crate) fn problem(
    file: Option<&str>,
    kind: BundleProblemKind,
    message: impl Into<String>,
) -> BundleProblem {
    BundleProblem {
        file: file.map(str::to_owned),
        kind,
        message: message.into(),
    }
}

/// A path from a manifest that stays inside the bundle.
fn is_safe_relative(path: &str) -> bool {
    let p = Path::new(path);
    !path.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_)))
}

/// Verifies the bundle in `dir` without trusted roots, in English.
pub fn verify_bundle(dir: &Path) -> BundleVerifyReport {
    verify_bundle_with(dir, &VerifyOptions::default())
}

/// Verifies the bundle in `dir`. Never fails: every finding is a problem in
/// the report, and `ok` is true only when there is none.
pub fn verify_bundle_with(dir: &Path, options: &VerifyOptions) -> BundleVerifyReport {
    let mut problems = Vec::new();
    let mut files_checked = 0;
    let mut records = Vec::new();
    let timestamp = check_all(
        dir,
        options,
        &mut problems,
        &mut files_checked,
        &mut records,
    );
    let mut report = finish(problems, files_checked, timestamp, options);
    let stamped: Vec<&RecordTimeStamp> = records
        .iter()
        .filter(|r| r.time_stamped_at.is_some())
        .collect();
    if report.proof != BundleProof::NotProven && !stamped.is_empty() {
        // Records time-stamped as they were made: said too, no more.
        let mut tsas: Vec<&str> = stamped.iter().filter_map(|r| r.tsa.as_deref()).collect();
        tsas.dedup();
        let labels = Labels::new(options.language.unwrap_or(Language::En));
        report.statement.push(' ');
        report.statement.push_str(&labels.with(
            "proof-records",
            &[
                ("stamped", Arg::Num(stamped.len())),
                ("total", Arg::Num(records.len())),
                ("tsa", Arg::Str(&tsas.join(", "))),
            ],
        ));
    }
    report.records = records;
    report
}

fn check_all(
    dir: &Path,
    options: &VerifyOptions,
    problems: &mut Vec<BundleProblem>,
    files_checked: &mut usize,
    records: &mut Vec<RecordTimeStamp>,
) -> Option<BundleTimestamp> {
    let on_disk = match files::list(dir, problems) {
        Ok(list) => list,
        Err(err) => {
            problems.push(problem(
                None,
                BundleProblemKind::Unreadable,
                format!("cannot read the folder {}: {err}", dir.display()),
            ));
            return None;
        }
    };

    // manifest.sha256: the list every other check starts from.
    let sums_bytes = match files::read_capped(&dir.join(MANIFEST_SHA256), MAX_SUMS_BYTES) {
        Ok(bytes) => bytes,
        Err(err) => {
            problems.push(problem(
                Some(MANIFEST_SHA256),
                BundleProblemKind::Missing,
                format!("cannot read {MANIFEST_SHA256}: {err}"),
            ));
            return None;
        }
    };
    let sums: BTreeMap<String, String> = match std::str::from_utf8(&sums_bytes)
        .map_err(|_| 0)
        .and_then(manifest::parse_sha256_lines)
    {
        Ok(list) => list.into_iter().collect(),
        Err(line) => {
            problems.push(problem(
                Some(MANIFEST_SHA256),
                BundleProblemKind::ManifestInvalid,
                format!("line {line} of {MANIFEST_SHA256} is not a checksum line"),
            ));
            BTreeMap::new()
        }
    };
    // The files as they are now, hashed one chunk at a time.
    let mut actual: BTreeMap<String, (String, u64)> = BTreeMap::new();
    for path in &on_disk {
        if path == MANIFEST_SHA256 || path == MANIFEST_TSR {
            continue;
        }
        match files::hash(&dir.join(path)) {
            Ok(found) => {
                actual.insert(path.clone(), found);
            }
            Err(err) => problems.push(problem(
                Some(path),
                BundleProblemKind::Unreadable,
                format!("cannot read {path}: {err}"),
            )),
        }
    }

    // manifest.json, trusted only as far as manifest.sha256 vouches for it.
    let manifest: Option<Manifest> =
        match files::read_capped(&dir.join(MANIFEST_JSON), MAX_MANIFEST_BYTES) {
            Ok(bytes) => match serde_json::from_slice(&bytes) {
                Ok(m) => Some(m),
                Err(err) => {
                    problems.push(problem(
                        Some(MANIFEST_JSON),
                        BundleProblemKind::ManifestInvalid,
                        format!("{MANIFEST_JSON} cannot be read: {err}"),
                    ));
                    None
                }
            },
            Err(_) => None, // reported as missing below
        };
    compare_hashes(
        &sums,
        &actual,
        &on_disk,
        manifest.as_ref(),
        problems,
        files_checked,
    );

    // The custody chain, then the custody log against everything else.
    let log = match files::read_capped(&dir.join(CUSTODY_LOG), MAX_CUSTODY_BYTES) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            match custody::from_jsonl(&text) {
                Ok(entries) => Some(entries),
                Err(brk) => {
                    problems.push(problem(
                        Some(CUSTODY_LOG),
                        BundleProblemKind::CustodyBroken,
                        brk.message,
                    ));
                    None
                }
            }
        }
        Err(err) => {
            if !sums.contains_key(CUSTODY_LOG) {
                problems.push(problem(
                    Some(CUSTODY_LOG),
                    BundleProblemKind::Missing,
                    format!("the bundle has no custody log ({err})"),
                ));
            }
            None
        }
    };
    let has_token = on_disk.contains(MANIFEST_TSR);
    if let Some(entries) = &log {
        for brk in custody::verify_chain(entries) {
            problems.push(problem(
                Some(CUSTODY_LOG),
                BundleProblemKind::CustodyBroken,
                brk.message,
            ));
        }
        *records = anchors::check(entries, &options.tsa_roots, problems);
        if let Some(manifest) = &manifest {
            let head = entries.last().map(|e| e.hash.as_str()).unwrap_or("");
            if head != manifest.custody_head {
                problems.push(problem(
                    Some(CUSTODY_LOG),
                    BundleProblemKind::CustodyBroken,
                    "the last custody entry is not the one the manifest names (entries were removed or added)",
                ));
            }
            let hashes: HashMap<String, String> = actual
                .iter()
                .map(|(path, (sha, _))| (path.clone(), sha.clone()))
                .collect();
            cross::check(entries, manifest, &hashes, has_token, problems);
        }
    }

    // The time-stamp, when there is one.
    if !has_token {
        return None;
    }
    let bytes = match files::read_capped(&dir.join(MANIFEST_TSR), MAX_TOKEN_BYTES) {
        Ok(bytes) => bytes,
        Err(err) => {
            problems.push(problem(
                Some(MANIFEST_TSR),
                BundleProblemKind::TimestampInvalid,
                format!("{MANIFEST_TSR} cannot be read: {err}"),
            ));
            return None;
        }
    };
    check_token(&bytes, &sums_bytes, &options.tsa_roots, problems)
}

/// Checks `manifest.tsr` against the bytes of `manifest.sha256`.
fn check_token(
    bytes: &[u8],
    sums_bytes: &[u8],
    roots: &[Vec<u8>],
    problems: &mut Vec<BundleProblem>,
) -> Option<BundleTimestamp> {
    let tsr = Some(MANIFEST_TSR);
    let checked = match token::check(bytes, roots) {
        Ok(checked) => checked,
        Err(TokenError::NotAnchored(why)) => {
            problems.push(problem(
                tsr,
                BundleProblemKind::TimestampNotTrusted,
                format!("the time-stamp's signer does not lead to a root you named: {why}"),
            ));
            // Checked once more without the roots, to say who signed and when.
            token::check(bytes, &[]).ok()?
        }
        Err(err @ (TokenError::BadSignature(_) | TokenError::SignerNotForTimeStamping(_))) => {
            problems.push(problem(
                tsr,
                BundleProblemKind::TimestampSignatureInvalid,
                format!("{MANIFEST_TSR} cannot be trusted: {err}"),
            ));
            return None;
        }
        Err(err) => {
            problems.push(problem(
                tsr,
                BundleProblemKind::TimestampInvalid,
                format!("{MANIFEST_TSR}: {err}"),
            ));
            return None;
        }
    };
    let covers_manifest = checked.imprint_algorithm == token::ID_SHA256
        && checked.imprint == manifest::sha256(sums_bytes);
    let mut stamp = BundleTimestamp::from_checked(&checked, covers_manifest);
    if matches!(checked.anchor, token::Anchor::NotAnchored) && !roots.is_empty() {
        stamp.trusted_root = None;
    }
    if !stamp.covers_manifest {
        problems.push(problem(
            tsr,
            BundleProblemKind::TimestampInvalid,
            format!(
                "the time-stamp does not cover this {MANIFEST_SHA256}: the bundle was changed after it was time-stamped"
            ),
        ));
    }
    Some(stamp)
}

/// manifest.sha256, manifest.json and the files agree; each difference is
/// blamed on the file that changed when that can be told.
fn compare_hashes(
    sums: &BTreeMap<String, String>,
    actual: &BTreeMap<String, (String, u64)>,
    on_disk: &std::collections::BTreeSet<String>,
    manifest: Option<&Manifest>,
    problems: &mut Vec<BundleProblem>,
    files_checked: &mut usize,
) {
    let json_intact = matches!(
        (sums.get(MANIFEST_JSON), actual.get(MANIFEST_JSON)),
        (Some(listed), Some((sha, _))) if listed == sha
    );
    let json_hash = |path: &str| {
        manifest
            .and_then(|m| m.files.iter().find(|f| f.path == path))
            .map(|f| f.sha256.as_str())
    };

    // 1. Every file listed in manifest.sha256 is there and matches.
    for (path, expected) in sums {
        if !is_safe_relative(path) {
            problems.push(problem(
                Some(MANIFEST_SHA256),
                BundleProblemKind::ManifestInvalid,
                format!("{MANIFEST_SHA256} lists a path outside the bundle: {path}"),
            ));
            continue;
        }
        match actual.get(path) {
            Some((sha, _)) => {
                *files_checked += 1;
                if sha == expected {
                    continue;
                }
                if path == MANIFEST_JSON {
                    // Either file may be the one that changed.
                    problems.push(problem(
                        Some(MANIFEST_JSON),
                        BundleProblemKind::HashMismatch,
                        format!("{MANIFEST_JSON} does not match its line in {MANIFEST_SHA256}: one of the two was changed"),
                    ));
                    problems.push(problem(
                        Some(MANIFEST_SHA256),
                        BundleProblemKind::HashMismatch,
                        format!("the line for {MANIFEST_JSON} in {MANIFEST_SHA256} does not match it: one of the two was changed"),
                    ));
                    continue;
                }
                if json_intact && json_hash(path) == Some(sha.as_str()) {
                    // The file agrees with manifest.json: the checksum line changed.
                    problems.push(problem(
                        Some(MANIFEST_SHA256),
                        BundleProblemKind::HashMismatch,
                        format!("the line for {path} in {MANIFEST_SHA256} was changed"),
                    ));
                } else {
                    problems.push(problem(
                        Some(path),
                        BundleProblemKind::HashMismatch,
                        format!("{path} was changed: its SHA-256 is {sha}, the manifest says {expected}"),
                    ));
                }
            }
            None if on_disk.contains(path) => {} // unreadable, reported already
            None => problems.push(problem(
                Some(path),
                BundleProblemKind::Missing,
                format!("{path} is listed but missing"),
            )),
        }
    }

    // 2. Nothing was added.
    for path in actual.keys() {
        if !sums.contains_key(path) {
            problems.push(problem(
                Some(path),
                BundleProblemKind::Unlisted,
                format!("{path} is not part of the bundle as it was made"),
            ));
        }
    }

    // 3. manifest.json agrees with the checksums and the files.
    if !sums.contains_key(MANIFEST_JSON) && !sums.is_empty() {
        problems.push(problem(
            Some(MANIFEST_SHA256),
            BundleProblemKind::ManifestInvalid,
            format!("{MANIFEST_JSON} is not listed in {MANIFEST_SHA256}"),
        ));
    }
    let Some(manifest) = manifest else {
        return;
    };
    for file in &manifest.files {
        let listed = sums.get(&file.path);
        let now = actual.get(&file.path);
        if listed.is_none() {
            problems.push(problem(
                Some(MANIFEST_SHA256),
                BundleProblemKind::ManifestInvalid,
                format!(
                    "{} is in {MANIFEST_JSON} but not in {MANIFEST_SHA256}",
                    file.path
                ),
            ));
        } else if listed != Some(&file.sha256) && now.map(|(sha, _)| sha) == listed {
            problems.push(problem(
                Some(MANIFEST_JSON),
                BundleProblemKind::ManifestInvalid,
                format!("{MANIFEST_JSON} gives another hash for {}", file.path),
            ));
        }
        if let Some((sha, size)) = now {
            if *sha == file.sha256 && *size != file.size {
                problems.push(problem(
                    Some(MANIFEST_JSON),
                    BundleProblemKind::SizeMismatch,
                    format!("{MANIFEST_JSON} gives another size for {}", file.path),
                ));
            }
        }
    }
    for path in sums.keys() {
        if path != MANIFEST_JSON && !manifest.files.iter().any(|f| &f.path == path) {
            problems.push(problem(
                Some(MANIFEST_SHA256),
                BundleProblemKind::ManifestInvalid,
                format!("{path} is in {MANIFEST_SHA256} but not in {MANIFEST_JSON}"),
            ));
        }
    }
}

fn finish(
    problems: Vec<BundleProblem>,
    files_checked: usize,
    timestamp: Option<BundleTimestamp>,
    options: &VerifyOptions,
) -> BundleVerifyReport {
    let proof = match (&timestamp, problems.is_empty()) {
        (_, false) => BundleProof::NotProven,
        (Some(t), true) if t.trusted_root.is_some() => BundleProof::TimeStamped,
        (Some(_), true) => BundleProof::TimeStampedUnanchored,
        (None, true) => BundleProof::ConsistentOnly,
    };
    let statement = statement(
        proof,
        timestamp.as_ref(),
        problems.len(),
        options.language.unwrap_or(Language::En),
    );
    BundleVerifyReport {
        ok: problems.is_empty(),
        problems,
        files_checked,
        timestamp,
        proof,
        statement,
        records: Vec::new(),
    }
}

/// The sentence saying what was proven (report.ftl, `proof-*`).
pub fn statement(
    proof: BundleProof,
    timestamp: Option<&BundleTimestamp>,
    problems: usize,
    language: Language,
) -> String {
    let labels = Labels::new(language);
    let time = timestamp.map(|t| t.time.as_str()).unwrap_or("");
    let tsa = timestamp.map(|t| t.tsa.as_str()).unwrap_or("");
    let root = timestamp
        .and_then(|t| t.trusted_root.as_deref())
        .unwrap_or("");
    match proof {
        BundleProof::TimeStamped => labels.with(
            "proof-timestamped",
            &[
                ("time", Arg::Str(time)),
                ("tsa", Arg::Str(tsa)),
                ("root", Arg::Str(root)),
            ],
        ),
        BundleProof::TimeStampedUnanchored => labels.with(
            "proof-timestamped-unanchored",
            &[("time", Arg::Str(time)), ("tsa", Arg::Str(tsa))],
        ),
        BundleProof::ConsistentOnly => labels.get("proof-consistent-only"),
        BundleProof::NotProven => labels.with("proof-not-proven", &[("count", Arg::Num(problems))]),
    }
}
