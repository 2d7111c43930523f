//! Finding which found images are copies of the victim's originals.
//!
//! A found image matches an original when its PDQ hash is within the
//! threshold (default 31 bits of 256, Meta's recommendation) of any of the
//! original's 8 dihedral variants, so mirrored and rotated copies are found
//! too. Images with PDQ quality below 50 are too plain to match reliably:
//! they are reported, never matched. Brute force with hardware popcount:
//! 1,000,000 found x 1,000 originals x 8 variants is a few seconds on two
//! cores, and the app's usual 30,000 x 1,000 well under one.

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use std::sync::OnceLock;

use super::hash256::Hash256;
use super::mih::{MihIndex, MAX_THRESHOLD as MIH_MAX_THRESHOLD};
use super::pdq::PdqResult;
use super::popcount;
use super::transform::Transform;
use crate::error::{CoreError, ErrorKind};

/// Meta's match threshold for PDQ (distance <= 31).
pub const DEFAULT_THRESHOLD: u32 = 31;

/// Below this PDQ quality an image is not matched (Meta: discard <= 49).
pub const MIN_QUALITY: u8 = 50;

/// The answer for one found file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MatchResult {
    /// The found file.
    pub found: String,
    /// The closest original within the threshold, if any.
    pub original: Option<String>,
    /// Bits apart (0-256) from that original's matching variant.
    pub distance: Option<u32>,
    /// How the found copy is turned or mirrored relative to the original.
    pub transform: Option<Transform>,
    /// Why this file could not be compared (unreadable, too plain, ...).
    pub error: Option<CoreError>,
}

impl MatchResult {
    /// A result with no match and the given error.
    pub fn failed(found: String, error: CoreError) -> Self {
        Self {
            found,
            original: None,
            distance: None,
            transform: None,
            error: Some(error),
        }
    }
}

/// The best match for one query: original index, distance, transform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub original: usize,
    pub distance: u32,
    pub transform: Transform,
}

/// An index over the originals' dihedral hashes.
///
/// Up to a threshold of 31 a multi-index ([`MihIndex`]) built on first use
/// answers each query from a few dozen candidates; above, a linear scan.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    hashes: Vec<[u64; 4]>,
    owners: Vec<(u32, Transform)>,
    threshold: u32,
    index: OnceLock<MihIndex>,
}

impl Matcher {
    /// An empty index matching within `threshold` bits.
    pub fn new(threshold: u32) -> Self {
        Self {
            hashes: Vec::new(),
            owners: Vec::new(),
            threshold,
            index: OnceLock::new(),
        }
    }

    /// Adds one hash standing for original `original` seen through `transform`.
    pub fn add_hash(&mut self, original: usize, hash: Hash256, transform: Transform) {
        self.index.take();
        self.hashes.push(hash.0);
        self.owners.push((original as u32, transform));
    }

    /// Adds all 8 dihedral variants of an original. Returns false (and adds
    /// nothing) when its quality is below [`MIN_QUALITY`].
    pub fn add_original(&mut self, original: usize, pdq: &PdqResult) -> bool {
        if pdq.quality < MIN_QUALITY {
            return false;
        }
        for t in Transform::ALL {
            self.add_hash(original, pdq.variant(t), t);
        }
        true
    }

    /// Number of hashes indexed.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// The closest indexed hash within the threshold; on a tie the one added
    /// first (so the untransformed original wins over its variants).
    pub fn best(&self, query: &Hash256) -> Option<Hit> {
        let nearest = if self.threshold <= MIH_MAX_THRESHOLD && self.hashes.len() >= 64 {
            self.index
                .get_or_init(|| MihIndex::build(&self.hashes))
                .nearest(&self.hashes, &query.0, self.threshold)
        } else {
            popcount::nearest_within(&query.0, &self.hashes, self.threshold)
        };
        nearest.map(|(i, distance)| {
            let (original, transform) = self.owners[i];
            Hit {
                original: original as usize,
                distance,
                transform,
            }
        })
    }

    /// [`Matcher::best`] for many queries, in parallel; quality-filtered
    /// queries (`None`) give `None`.
    pub fn best_many(&self, queries: &[Option<Hash256>]) -> Vec<Option<Hit>> {
        queries
            .par_iter()
            .with_min_len(256)
            .map(|q| q.as_ref().and_then(|q| self.best(q)))
            .collect()
    }
}

/// The match result for a found image given its hashes (or its error).
pub fn match_found(
    matcher: &Matcher,
    original_names: &[String],
    found: String,
    pdq: Option<&PdqResult>,
    error: Option<CoreError>,
) -> MatchResult {
    match_found_at(matcher, original_names, found, pdq, error).0
}

/// [`match_found`], plus the index of the matched original (as added to the
/// matcher), if any.
pub fn match_found_at(
    matcher: &Matcher,
    original_names: &[String],
    found: String,
    pdq: Option<&PdqResult>,
    error: Option<CoreError>,
) -> (MatchResult, Option<usize>) {
    if let Some(e) = error {
        return (MatchResult::failed(found, e), None);
    }
    let Some(pdq) = pdq else {
        return (
            MatchResult::failed(
                found,
                CoreError::new(ErrorKind::UnsupportedFormat, "no image to compare"),
            ),
            None,
        );
    };
    if pdq.quality < MIN_QUALITY {
        return (MatchResult::failed(found, low_quality(pdq.quality)), None);
    }
    match matcher.best(&pdq.hash()) {
        Some(hit) => (
            MatchResult {
                found,
                original: Some(original_names[hit.original].clone()),
                distance: Some(hit.distance),
                transform: Some(hit.transform),
                error: None,
            },
            Some(hit.original),
        ),
        None => (
            MatchResult {
                found,
                original: None,
                distance: None,
                transform: None,
                error: None,
            },
            None,
        ),
    }
}

/// The error for an image too plain to match.
pub fn low_quality(quality: u8) -> CoreError {
    CoreError::new(
        ErrorKind::LowQuality,
        format!("the image has too little detail to compare reliably (PDQ quality {quality}, needs {MIN_QUALITY})"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(limbs: [u64; 4]) -> Hash256 {
        Hash256(limbs)
    }

    #[test]
    fn best_prefers_smallest_distance_then_first_added() {
        let mut m = Matcher::new(31);
        m.add_hash(0, h([0b1111, 0, 0, 0]), Transform::Original);
        m.add_hash(1, h([0b0011, 0, 0, 0]), Transform::Mirrored);
        m.add_hash(2, h([0b0011, 0, 0, 0]), Transform::Original);
        let hit = m.best(&h([0b0001, 0, 0, 0])).unwrap();
        assert_eq!(
            (hit.original, hit.distance, hit.transform),
            (1, 1, Transform::Mirrored)
        );
        assert_eq!(m.best(&h([u64::MAX, u64::MAX, 0, 0])), None);
    }

    #[test]
    fn threshold_is_inclusive() {
        let mut m = Matcher::new(31);
        m.add_hash(0, Hash256::ZERO, Transform::Original);
        assert!(m.best(&h([(1 << 31) - 1, 0, 0, 0])).is_some());
        assert!(m.best(&h([(1 << 32) - 1, 0, 0, 0])).is_none());
    }
}
