//! "Which of these found files are mine?": hash the originals, then stream
//! the found folder through the [`Matcher`].

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::decode::DecodeSize;
use super::features::{FeatureConfig, FeatureHit, FeatureIndex, Rules};
use super::file::{HashOptions, HashedFile};
use super::matching::{low_quality, match_found_at, MatchResult, Matcher, MIN_QUALITY};
use super::scan::{collect_files, hash_files, hash_files_with, ScanProgress, ScanStage};
use super::transform::Transform;
use crate::error::CoreError;

/// An original that cannot be matched against, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SkippedOriginal {
    pub path: String,
    pub error: CoreError,
}

/// How a search for copies ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FindSummary {
    /// Originals whose hashes are compared.
    #[ts(type = "number")]
    pub originals_used: u64,
    /// Originals that could not be used (unreadable, too plain, ...).
    pub originals_skipped: Vec<SkippedOriginal>,
    /// Found files compared (or failed).
    #[ts(type = "number")]
    pub found_done: u64,
    #[ts(type = "number")]
    pub found_total: u64,
    /// Found files matching an original.
    #[ts(type = "number")]
    pub matched: u64,
    pub cancelled: bool,
}

/// Hashes every file under `originals`, then every file under `found`, and
/// calls `on_result` once per match, or once for a found file matching
/// nothing (as soon as it is known, in no particular order). Progress
/// reports carry the stage. When `options.features` is set, local features
/// are compared too (originals inside screenshots, collages, crops ...;
/// the configurations for each side are chosen here), and one found file
/// can match several originals.
pub fn find_copies<F, P>(
    originals: &[PathBuf],
    found: &[PathBuf],
    threshold: u32,
    options: &HashOptions,
    cancel: &AtomicBool,
    on_result: F,
    on_progress: P,
) -> FindSummary
where
    F: Fn(MatchResult) + Sync,
    P: Fn(ScanProgress) + Sync,
{
    // Originals: crop windows as asked; found files: PDQ only.
    let options = HashOptions {
        phash_dhash: false,
        md5: false,
        ..*options
    };
    let robust = options.features.is_some();
    let options = HashOptions {
        features: robust.then_some(FeatureConfig::ORIGINAL),
        ..options
    };
    let found_options = found_options(&options, robust);
    // 1. Originals: kept in memory as hashes only.
    let (files, listing_errors) = collect_files(originals);
    let hashed: Mutex<Vec<HashedFile>> = Mutex::new(Vec::with_capacity(files.len()));
    let summary = hash_files(
        &files,
        &options,
        cancel,
        |h| hashed.lock().unwrap_or_else(|e| e.into_inner()).push(h),
        |p| {
            on_progress(ScanProgress {
                stage: ScanStage::Originals,
                ..p
            })
        },
    );
    let mut hashed = hashed.into_inner().unwrap_or_else(|e| e.into_inner());
    hashed.sort_by(|a, b| a.hashes.path.cmp(&b.hashes.path));
    let mut skipped: Vec<SkippedOriginal> = listing_errors
        .into_iter()
        .filter_map(|h| {
            Some(SkippedOriginal {
                path: h.path,
                error: h.error?,
            })
        })
        .collect();
    let mut matcher = Matcher::new(threshold);
    let mut index = FeatureIndex::new(Rules::default());
    let mut names = Vec::new();
    for h in hashed {
        match (h.pdq, h.hashes.error) {
            (_, Some(error)) => skipped.push(SkippedOriginal {
                path: h.hashes.path,
                error,
            }),
            (Some(pdq), None) if pdq.quality >= MIN_QUALITY => {
                matcher.add_original(names.len(), &pdq);
                for c in &h.crop_hashes {
                    matcher.add_hash(names.len(), *c, Transform::Cropped);
                }
                if let Some(f) = &h.features {
                    index.add(names.len(), &f.plain, false);
                    if let Some(m) = &f.mirrored {
                        index.add(names.len(), m, true);
                    }
                }
                names.push(h.hashes.path);
            }
            (Some(pdq), None) => skipped.push(SkippedOriginal {
                path: h.hashes.path,
                error: low_quality(pdq.quality),
            }),
            (None, None) => skipped.push(SkippedOriginal {
                path: h.hashes.path,
                error: CoreError::new(
                    crate::ErrorKind::UnsupportedFormat,
                    "a video or other non-image file: it has no picture hash to compare",
                ),
            }),
        }
    }
    let mut out = FindSummary {
        originals_used: names.len() as u64,
        originals_skipped: skipped,
        found_done: 0,
        found_total: 0,
        matched: 0,
        cancelled: summary.cancelled,
    };
    if summary.cancelled {
        return out;
    }
    // 2. Found files: streamed, nothing kept.
    let outcome = match_found_files(
        Originals {
            pdq: &matcher,
            features: robust.then_some(&index),
            names: &names,
        },
        found,
        &found_options,
        cancel,
        |r, _, _| on_result(r),
        on_progress,
    );
    out.found_done = outcome.done;
    out.found_total = outcome.total;
    out.matched = outcome.matched;
    out.cancelled = outcome.cancelled;
    out
}

/// How found files are hashed: SHA-256 (no MD5, no pHash or dHash), PDQ as
/// `options` say, no crop windows, and
/// when `robust` the local features of [`FeatureConfig::FOUND`] on a decode
/// that keeps screenshots and posts at full size.
pub fn found_options(options: &HashOptions, robust: bool) -> HashOptions {
    HashOptions {
        phash_dhash: false,
        crop_windows: None,
        features: robust.then_some(FeatureConfig::FOUND),
        md5: false,
        size: match options.size {
            DecodeSize::Fast if robust => DecodeSize::FastScreens,
            size => size,
        },
        ..*options
    }
}

/// What found files are compared against: the originals' PDQ hashes, their
/// local features (when compared), and their names (`names[i]` for
/// original `i`).
#[derive(Debug, Clone, Copy)]
pub struct Originals<'a> {
    pub pdq: &'a Matcher,
    pub features: Option<&'a FeatureIndex>,
    pub names: &'a [String],
}

/// How streaming found files through a matcher ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundOutcome {
    pub done: u64,
    pub total: u64,
    pub matched: u64,
    pub cancelled: bool,
}

/// Hashes every file under `found` (PDQ as `options` say) and matches it
/// against `originals` (their features too when given and
/// `options.features` is set). `on_result` gets each
/// match (or the file's one no-match or error result), its SHA-256 (when
/// it could be read) and the index of the matched original; progress
/// reports carry stage `found`.
pub fn match_found_files<F, P>(
    originals: Originals<'_>,
    found: &[PathBuf],
    options: &HashOptions,
    cancel: &AtomicBool,
    on_result: F,
    on_progress: P,
) -> FoundOutcome
where
    F: Fn(MatchResult, Option<String>, Option<usize>) + Sync,
    P: Fn(ScanProgress) + Sync,
{
    let (files, listing_errors) = collect_files(found);
    for h in listing_errors {
        on_result(
            MatchResult::failed(
                h.path,
                h.error.unwrap_or_else(|| CoreError::internal("unreadable")),
            ),
            None,
            None,
        );
    }
    let matched = std::sync::atomic::AtomicU64::new(0);
    // A file PDQ matches as a whole is that original: its features would
    // only repeat the match (any other original in it would be inside that
    // original too), so they are not computed.
    let pdq_matches = |pdq: &super::pdq::PdqResult| {
        pdq.quality >= MIN_QUALITY && originals.pdq.best(&pdq.hash()).is_some()
    };
    let summary = hash_files_with(
        &files,
        options,
        &|pdq| !pdq_matches(pdq),
        cancel,
        |h| {
            let sha256 = h.hashes.sha256.clone();
            let results = results_for(&originals, h);
            if results[0].0.original.is_some() {
                matched.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            for (r, hit) in results {
                on_result(r, sha256.clone(), hit);
            }
        },
        |p| {
            on_progress(ScanProgress {
                stage: ScanStage::Found,
                ..p
            })
        },
    );
    FoundOutcome {
        done: summary.done,
        total: summary.total,
        matched: matched.into_inner(),
        cancelled: summary.cancelled,
    }
}

/// Every match of one found file (never empty: a file matching nothing gets
/// its one no-match or error result). The PDQ match comes first, then
/// originals found by local features only (most inliers first), which have
/// no PDQ distance and the nearest quarter turn (and mirror) as transform.
fn results_for(originals: &Originals<'_>, h: HashedFile) -> Vec<(MatchResult, Option<usize>)> {
    let Originals {
        pdq: matcher,
        features,
        names,
    } = *originals;
    let path = h.hashes.path.clone();
    let (pdq_result, pdq_hit) = match_found_at(
        matcher,
        names,
        h.hashes.path,
        h.pdq.as_ref(),
        h.hashes.error,
    );
    let feature_hits: Vec<FeatureHit> = match (features, &h.features) {
        (Some(index), Some(f)) => index.query(&f.plain),
        _ => Vec::new(),
    };
    let mut out = Vec::new();
    if pdq_hit.is_some() {
        out.push((pdq_result.clone(), pdq_hit));
    }
    for hit in feature_hits {
        if Some(hit.original) == pdq_hit {
            continue;
        }
        out.push((
            MatchResult {
                found: path.clone(),
                original: Some(names[hit.original].clone()),
                distance: None,
                transform: Some(nearest_transform(&hit)),
                error: None,
            },
            Some(hit.original),
        ));
    }
    if out.is_empty() {
        out.push((pdq_result, None));
    }
    out
}

/// The dihedral transform nearest to a feature placement's turn and mirror.
fn nearest_transform(hit: &FeatureHit) -> Transform {
    let quarter = (hit.placement.similarity.angle() / std::f32::consts::FRAC_PI_2).round() as i32;
    // Image axes point down: a positive angle turns clockwise on screen.
    match (hit.mirrored, quarter.rem_euclid(4)) {
        (false, 0) => Transform::Original,
        (false, 1) => Transform::Rotated270,
        (false, 2) => Transform::Rotated180,
        (false, _) => Transform::Rotated90,
        (true, 0) => Transform::Mirrored,
        (true, 1) => Transform::AntiTransposed,
        (true, 2) => Transform::Flipped,
        (true, _) => Transform::Transposed,
    }
}
