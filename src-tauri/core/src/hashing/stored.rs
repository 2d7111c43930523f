//! Finding copies against originals kept in a case as hashes only.
//!
//! In the app the person's images are hashed once ("Your images") and only
//! their hashes are kept in the vault; the files may be gone when she looks
//! for copies. The 8 dihedral PDQ variants cannot be derived from the stored
//! PDQ hash (they come from the DCT coefficients before thresholding), and the
//! crop windows need the pixels, so both are kept at hashing time as
//! [`MatchHashes`] and rebuilt into a [`Matcher`] here.
//!
//! [`find_copies_of_stored`] streams a found folder through that matcher
//! exactly like [`super::find_copies`] does for originals given as files;
//! [`CopiesSearch`] gathers the outcome with a bounded list of unreadable
//! files, ready to be shown and kept in the case.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::features::{FeatureIndex, ImageFeatures, Rules};
use super::file::{HashOptions, HashedFile};
use super::find::{found_options, match_found_files, FindSummary, Originals, SkippedOriginal};
use super::hash256::Hash256;
use super::matching::{low_quality, MatchResult, Matcher, MIN_QUALITY};
use super::scan::ScanProgress;
use super::transform::Transform;
use crate::error::{CoreError, CoreResult, ErrorKind};

/// What is kept of an original to find its copies later: the PDQ hashes of
/// its 8 dihedral variants and of its crop windows. Hashes only, no pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchHashes {
    /// In [`Transform::ALL`] order; `dihedral[0]` is the image as given.
    pub dihedral: [Hash256; 8],
    /// Crop windows (see [`super::crops`]); may be empty.
    pub crops: Vec<Hash256>,
}

impl MatchHashes {
    /// The matching hashes of a hashed image; `None` when it has no picture
    /// hash (a video, an unreadable file).
    pub fn from_hashed(h: &HashedFile) -> Option<Self> {
        let pdq = h.pdq.as_ref()?;
        Some(Self {
            dihedral: pdq.variants,
            crops: h.crop_hashes.clone(),
        })
    }

    /// The hashes as text: 64 hex characters each, concatenated (dihedral,
    /// crops).
    pub fn encode(&self) -> (String, String) {
        let join = |hashes: &[Hash256]| hashes.iter().map(Hash256::to_hex).collect::<String>();
        (join(&self.dihedral), join(&self.crops))
    }

    /// Reads what [`MatchHashes::encode`] wrote.
    pub fn decode(dihedral: &str, crops: &str) -> CoreResult<Self> {
        let split = |text: &str| -> CoreResult<Vec<Hash256>> {
            if !text.len().is_multiple_of(64) || !text.is_ascii() {
                return Err(CoreError::new(
                    ErrorKind::Corrupt,
                    "stored matching hashes are damaged",
                ));
            }
            (0..text.len() / 64)
                .map(|i| text[i * 64..(i + 1) * 64].parse())
                .collect()
        };
        let dihedral: [Hash256; 8] = split(dihedral)?.try_into().map_err(|_| {
            CoreError::new(
                ErrorKind::Corrupt,
                "stored matching hashes are damaged (not 8 variants)",
            )
        })?;
        Ok(Self {
            dihedral,
            crops: split(crops)?,
        })
    }
}

/// One original as the case keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredOriginal {
    /// Its id in the case (`image_hashes.id`).
    pub id: i64,
    /// Its private name ("Image 1").
    pub label: String,
    /// PDQ quality, 0-100 (`None` for files without a picture hash).
    pub quality: Option<u8>,
    /// The PDQ hash of the image as given, when it has one.
    pub pdq: Option<Hash256>,
    /// The matching hashes, when they were kept (cases made before they
    /// were, or imported ones, have only `pdq`).
    pub matching: Option<MatchHashes>,
    /// Its local features and its mirror image's (cases made before they
    /// were kept have none: such an original is matched by PDQ alone).
    pub features: Option<ImageFeatures>,
}

/// One found file compared against the stored originals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundFile {
    /// Path, matched original (its label), distance, transform, error.
    pub result: MatchResult,
    /// Id of the matched original in the case.
    pub original_id: Option<i64>,
    /// SHA-256 of the found file's bytes (when it could be read).
    pub sha256: Option<String>,
}

/// Builds the matcher over stored originals: every dihedral variant and crop
/// window when kept, the plain PDQ hash otherwise. Originals too plain to
/// match, or without a picture hash, are reported as skipped.
pub fn matcher_for_stored(
    originals: &[StoredOriginal],
    threshold: u32,
) -> (Matcher, Vec<usize>, Vec<SkippedOriginal>) {
    let mut matcher = Matcher::new(threshold);
    // Matcher index -> position in `originals`.
    let mut used = Vec::new();
    let mut skipped = Vec::new();
    for (position, o) in originals.iter().enumerate() {
        let quality = match (o.pdq, o.quality) {
            (Some(_), Some(q)) => q,
            _ => {
                skipped.push(SkippedOriginal {
                    path: o.label.clone(),
                    error: CoreError::new(
                        ErrorKind::UnsupportedFormat,
                        "a video or other non-image file: it has no picture hash to compare",
                    ),
                });
                continue;
            }
        };
        if quality < MIN_QUALITY {
            skipped.push(SkippedOriginal {
                path: o.label.clone(),
                error: low_quality(quality),
            });
            continue;
        }
        let index = used.len();
        match &o.matching {
            Some(m) => {
                for t in Transform::ALL {
                    matcher.add_hash(index, m.dihedral[t as usize], t);
                }
                for c in &m.crops {
                    matcher.add_hash(index, *c, Transform::Cropped);
                }
            }
            None => {
                if let Some(pdq) = o.pdq {
                    matcher.add_hash(index, pdq, Transform::Original);
                }
            }
        }
        used.push(position);
    }
    (matcher, used, skipped)
}

/// The local features of the originals in `used` (matcher index -> position
/// in `originals`), indexed under their matcher index; empty when none kept
/// any.
fn feature_index_for_stored(originals: &[StoredOriginal], used: &[usize]) -> FeatureIndex {
    let mut index = FeatureIndex::new(Rules::default());
    for (i, &position) in used.iter().enumerate() {
        if let Some(f) = &originals[position].features {
            index.add(i, &f.plain, false);
            if let Some(m) = &f.mirrored {
                index.add(i, m, true);
            }
        }
    }
    index
}

/// Compares every file under `found` (folders recursively) against the
/// stored originals, by PDQ and, for originals whose local features were
/// kept, by those features (copies inside screenshots, chats, collages,
/// posts; one found file can then be a copy of several originals). `on_file` gets each found file as soon as it is known
/// (in no particular order), `on_progress` at most every 100 ms and once at
/// the end (stage `found`). Setting `cancel` stops after the files in
/// progress. Memory: one decoded image per worker thread, nothing kept.
pub fn find_copies_of_stored<F, P>(
    originals: &[StoredOriginal],
    found: &[PathBuf],
    threshold: u32,
    options: &HashOptions,
    cancel: &AtomicBool,
    on_file: F,
    on_progress: P,
) -> FindSummary
where
    F: Fn(FoundFile) + Sync,
    P: Fn(ScanProgress) + Sync,
{
    let (matcher, used, skipped) = matcher_for_stored(originals, threshold);
    let names: Vec<String> = used.iter().map(|&i| originals[i].label.clone()).collect();
    let features = feature_index_for_stored(originals, &used);
    let robust = !features.is_empty();
    let options = found_options(options, robust);
    let outcome = match_found_files(
        Originals {
            pdq: &matcher,
            features: robust.then_some(&features),
            names: &names,
        },
        found,
        &options,
        cancel,
        |result, sha256, hit| {
            on_file(FoundFile {
                original_id: hit.map(|i| originals[used[i]].id),
                result,
                sha256,
            })
        },
        on_progress,
    );
    FindSummary {
        originals_used: used.len() as u64,
        originals_skipped: skipped,
        found_done: outcome.done,
        found_total: outcome.total,
        matched: outcome.matched,
        cancelled: outcome.cancelled,
    }
}

/// A copy found in a search, as shown and as kept in the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FoundCopy {
    /// The file's name, without its folder.
    pub file_name: String,
    /// The folder it is in.
    pub folder: String,
    /// SHA-256 of the found file, for the file given to police or a lawyer.
    pub sha256: Option<String>,
    /// Private name of the original it copies ("Image 1").
    pub original: String,
    #[ts(type = "number")]
    pub original_id: i64,
    /// Bits apart (0-256); 0 is the same picture. `None` when it was found
    /// by its local features: the original is inside a larger picture (a
    /// screenshot, a post, a collage) or cut, turned or written over.
    pub distance: Option<u32>,
    /// How the copy is turned, mirrored or cut.
    pub transform: Transform,
}

/// A found file that could not be compared, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UnreadableFile {
    pub file_name: String,
    pub folder: String,
    pub error: CoreError,
}

/// How a search for copies went: what the screen shows and what the case
/// keeps (hashes and names only, never images).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CopiesSearch {
    /// The folder searched.
    pub folder: String,
    /// When the search ended (RFC 3339, UTC); set when it is kept.
    pub at: Option<String>,
    /// Originals compared against.
    #[ts(type = "number")]
    pub originals_used: u64,
    /// Files looked at (compared or failed).
    #[ts(type = "number")]
    pub looked_at: u64,
    /// Files in the folder.
    #[ts(type = "number")]
    pub total: u64,
    /// Copies found, sorted by folder then name.
    pub copies: Vec<FoundCopy>,
    /// Files that could not be read, in total.
    #[ts(type = "number")]
    pub unreadable_count: u64,
    /// The first [`CopiesSearch::MAX_LISTED`] of them, sorted.
    pub unreadable: Vec<UnreadableFile>,
    /// Stopped before the end.
    pub cancelled: bool,
}

impl CopiesSearch {
    /// Most unreadable files listed one by one (the count is always exact).
    pub const MAX_LISTED: usize = 1000;
    /// Most copies kept one by one.
    pub const MAX_COPIES: usize = 20_000;

    /// Runs [`find_copies_of_stored`] over `folder` and gathers the outcome.
    pub fn run<P>(
        originals: &[StoredOriginal],
        folder: &Path,
        options: &HashOptions,
        cancel: &AtomicBool,
        on_progress: P,
    ) -> Self
    where
        P: Fn(ScanProgress, u64) + Sync,
    {
        let gathered = Mutex::new(Gathered::default());
        let summary = find_copies_of_stored(
            originals,
            &[folder.to_path_buf()],
            super::DEFAULT_THRESHOLD,
            options,
            cancel,
            |f| lock(&gathered).add(f),
            |p| {
                let copies = lock(&gathered).copies_seen;
                on_progress(p, copies);
            },
        );
        let mut g = gathered.into_inner().unwrap_or_else(|e| e.into_inner());
        g.copies
            .sort_by(|a, b| (&a.folder, &a.file_name).cmp(&(&b.folder, &b.file_name)));
        g.unreadable
            .sort_by(|a, b| (&a.folder, &a.file_name).cmp(&(&b.folder, &b.file_name)));
        Self {
            folder: folder.display().to_string(),
            at: None,
            originals_used: summary.originals_used,
            looked_at: summary.found_done,
            total: summary.found_total,
            copies: g.copies,
            unreadable_count: g.unreadable_count,
            unreadable: g.unreadable,
            cancelled: summary.cancelled,
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[derive(Default)]
struct Gathered {
    copies: Vec<FoundCopy>,
    copies_seen: u64,
    unreadable: Vec<UnreadableFile>,
    unreadable_count: u64,
}

impl Gathered {
    fn add(&mut self, f: FoundFile) {
        let path = Path::new(&f.result.found);
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| f.result.found.clone());
        let folder = path
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        if let Some(error) = f.result.error {
            self.unreadable_count += 1;
            if self.unreadable.len() < CopiesSearch::MAX_LISTED {
                self.unreadable.push(UnreadableFile {
                    file_name,
                    folder,
                    error,
                });
            }
            return;
        }
        if let (Some(original), Some(original_id), Some(transform)) =
            (f.result.original, f.original_id, f.result.transform)
        {
            self.copies_seen += 1;
            if self.copies.len() < CopiesSearch::MAX_COPIES {
                self.copies.push(FoundCopy {
                    file_name,
                    folder,
                    sha256: f.sha256,
                    original,
                    original_id,
                    distance: f.result.distance,
                    transform,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_hashes_round_trip_through_text() {
        let mut dihedral = [Hash256::ZERO; 8];
        for (i, d) in dihedral.iter_mut().enumerate() {
            d.set_bit(i * 31);
        }
        let m = MatchHashes {
            dihedral,
            crops: vec![Hash256([1, 2, 3, u64::MAX])],
        };
        let (d, c) = m.encode();
        assert_eq!((d.len(), c.len()), (8 * 64, 64));
        assert_eq!(MatchHashes::decode(&d, &c).unwrap(), m);
        assert_eq!(MatchHashes::decode(&d, "").unwrap().crops, vec![]);
        assert_eq!(
            MatchHashes::decode(&d[..64 * 7], &c).unwrap_err().kind,
            ErrorKind::Corrupt
        );
        assert_eq!(
            MatchHashes::decode(&d, &c[..63]).unwrap_err().kind,
            ErrorKind::Corrupt
        );
    }

    #[test]
    fn plain_and_pictureless_originals_are_skipped_with_a_reason() {
        let stored = |id, quality, pdq| StoredOriginal {
            id,
            label: format!("Image {id}"),
            quality,
            pdq,
            matching: None,
            features: None,
        };
        let (matcher, used, skipped) = matcher_for_stored(
            &[
                stored(1, Some(30), Some(Hash256::ZERO)),
                stored(2, None, None),
                stored(3, Some(90), Some(Hash256([7, 0, 0, 0]))),
            ],
            31,
        );
        assert_eq!(used, vec![2]);
        assert_eq!(matcher.len(), 1, "only the plain PDQ hash without variants");
        let kinds: Vec<_> = skipped.iter().map(|s| s.error.kind).collect();
        assert_eq!(kinds, [ErrorKind::LowQuality, ErrorKind::UnsupportedFormat]);
        assert_eq!(skipped[0].path, "Image 1");
    }
}
