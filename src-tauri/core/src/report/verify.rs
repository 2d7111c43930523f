//! `verify_bundle`: checks every hash, every size, the custody chain and the
//! optional trusted timestamp of an exported bundle, naming each file that
//! does not match.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Component, Path};

use serde::{Deserialize, Serialize};

use super::custody;
use super::manifest::{self, Manifest, CUSTODY_LOG, MANIFEST_JSON, MANIFEST_SHA256, MANIFEST_TSR};
use super::tsa;

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
    /// `manifest.json` or `manifest.sha256` is damaged or they disagree.
    ManifestInvalid,
    /// The custody log's chain is broken.
    CustodyBroken,
    /// The trusted timestamp does not cover this manifest or is unreadable.
    TimestampInvalid,
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

/// What the trusted timestamp says, when the bundle has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct BundleTimestamp {
    /// The time the authority signed, as it wrote it (UTC).
    pub gen_time: String,
    /// The token's imprint equals the SHA-256 of `manifest.sha256`.
    pub imprint_matches: bool,
    /// The authority's signature is not checked here: use
    /// `openssl ts -verify` with the authority's certificate.
    pub signature_checked: bool,
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
}

fn problem(
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

fn list_files(root: &Path, dir: &Path, out: &mut BTreeSet<String>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let path = entry.path();
        if kind.is_dir() {
            list_files(root, &path, out)?;
        } else {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.insert(rel.join("/"));
        }
    }
    Ok(())
}

/// Verifies the bundle in `dir`. Never fails: every finding is a problem in
/// the report, and `ok` is true only when there is none.
pub fn verify_bundle(dir: &Path) -> BundleVerifyReport {
    let mut problems = Vec::new();
    let mut files_checked = 0;
    let mut timestamp = None;

    let mut on_disk = BTreeSet::new();
    if let Err(err) = list_files(dir, dir, &mut on_disk) {
        problems.push(problem(
            None,
            BundleProblemKind::Unreadable,
            format!("cannot read the folder {}: {err}", dir.display()),
        ));
        return finish(problems, files_checked, timestamp);
    }

    // manifest.sha256: the list every other check starts from.
    let sums_bytes = match fs::read(dir.join(MANIFEST_SHA256)) {
        Ok(bytes) => bytes,
        Err(err) => {
            problems.push(problem(
                Some(MANIFEST_SHA256),
                BundleProblemKind::Missing,
                format!("cannot read {MANIFEST_SHA256}: {err}"),
            ));
            return finish(problems, files_checked, timestamp);
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
    // The files as they are now.
    let mut actual: BTreeMap<String, (String, u64)> = BTreeMap::new();
    for path in &on_disk {
        if path == MANIFEST_SHA256 || path == MANIFEST_TSR {
            continue;
        }
        match fs::read(dir.join(path)) {
            Ok(bytes) => {
                actual.insert(
                    path.clone(),
                    (manifest::sha256_hex(&bytes), bytes.len() as u64),
                );
            }
            Err(err) => problems.push(problem(
                Some(path),
                BundleProblemKind::Unreadable,
                format!("cannot read {path}: {err}"),
            )),
        }
    }

    // manifest.json, trusted only as far as manifest.sha256 vouches for it.
    let manifest_bytes = fs::read(dir.join(MANIFEST_JSON)).ok();
    let manifest: Option<Manifest> =
        manifest_bytes
            .as_deref()
            .and_then(|bytes| match serde_json::from_slice(bytes) {
                Ok(m) => Some(m),
                Err(err) => {
                    problems.push(problem(
                        Some(MANIFEST_JSON),
                        BundleProblemKind::ManifestInvalid,
                        format!("{MANIFEST_JSON} cannot be read: {err}"),
                    ));
                    None
                }
            });
    let json_intact = matches!(
        (sums.get(MANIFEST_JSON), actual.get(MANIFEST_JSON)),
        (Some(listed), Some((sha, _))) if listed == sha
    );
    let json_hash = |path: &str| {
        manifest
            .as_ref()
            .and_then(|m| m.files.iter().find(|f| f.path == path))
            .map(|f| f.sha256.as_str())
    };

    // 1. Every file listed in manifest.sha256 is there and matches.
    for (path, expected) in &sums {
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
                files_checked += 1;
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
                let sums_line_changed = json_intact && json_hash(path) == Some(sha.as_str());
                if sums_line_changed {
                    // The file agrees with manifest.json: the checksum line
                    // is what changed.
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
            None if on_disk.contains(path) => {} // unreadable, reported above
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
    if let Some(manifest) = &manifest {
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
                // The file matches manifest.sha256 but not manifest.json.
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

    // 4. The custody chain.
    match fs::read(dir.join(CUSTODY_LOG)) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            match custody::from_jsonl(&text) {
                Ok(entries) => {
                    for brk in custody::verify_chain(&entries) {
                        problems.push(problem(
                            Some(CUSTODY_LOG),
                            BundleProblemKind::CustodyBroken,
                            brk.message,
                        ));
                    }
                    if let Some(manifest) = &manifest {
                        let head = entries.last().map(|e| e.hash.as_str()).unwrap_or("");
                        if head != manifest.custody_head {
                            problems.push(problem(
                                Some(CUSTODY_LOG),
                                BundleProblemKind::CustodyBroken,
                                "the last custody entry is not the one the manifest names (entries were removed or added)",
                            ));
                        }
                    }
                }
                Err(brk) => problems.push(problem(
                    Some(CUSTODY_LOG),
                    BundleProblemKind::CustodyBroken,
                    brk.message,
                )),
            }
        }
        Err(_) => {
            if !sums.contains_key(CUSTODY_LOG) {
                problems.push(problem(
                    Some(CUSTODY_LOG),
                    BundleProblemKind::Missing,
                    "the bundle has no custody log",
                ));
            }
        }
    }

    // 5. The trusted timestamp, when there is one.
    if on_disk.contains(MANIFEST_TSR) {
        match fs::read(dir.join(MANIFEST_TSR))
            .map_err(|e| e.to_string())
            .and_then(|bytes| tsa::parse_response(&bytes))
        {
            Ok(token) => {
                let expected = manifest::sha256_hex(&sums_bytes);
                let matches = hex::encode(&token.imprint) == expected
                    && token.hash_algorithm == tsa::SHA256_OID;
                if !matches {
                    problems.push(problem(
                        Some(MANIFEST_TSR),
                        BundleProblemKind::TimestampInvalid,
                        format!("the timestamp does not cover this {MANIFEST_SHA256}"),
                    ));
                }
                timestamp = Some(BundleTimestamp {
                    gen_time: token.gen_time,
                    imprint_matches: matches,
                    signature_checked: false,
                });
            }
            Err(err) => problems.push(problem(
                Some(MANIFEST_TSR),
                BundleProblemKind::TimestampInvalid,
                format!("{MANIFEST_TSR} cannot be read: {err}"),
            )),
        }
    }

    finish(problems, files_checked, timestamp)
}

fn finish(
    problems: Vec<BundleProblem>,
    files_checked: usize,
    timestamp: Option<BundleTimestamp>,
) -> BundleVerifyReport {
    BundleVerifyReport {
        ok: problems.is_empty(),
        problems,
        files_checked,
        timestamp,
    }
}
