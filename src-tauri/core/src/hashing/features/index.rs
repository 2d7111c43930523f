//! The originals' features, and the question asked for each found image:
//! which originals does it show, and where?

use std::sync::OnceLock;

use super::describe::{distance, Descriptor};
use super::lsh::PieceIndex;
use super::verify::{best_placement, Placement, Rules};
use super::{Features, Keypoint};

/// Largest descriptor distance (bits of 256) a match may have.
const MAX_DISTANCE: u32 = 64;

/// A match must be this much closer than the next candidate elsewhere
/// (Lowe's ratio test): ambiguous corners (text, repeated patterns) drop out.
const RATIO: f32 = 0.8;

/// One original (or its mirror image) as indexed.
#[derive(Debug, Clone)]
struct View {
    original: usize,
    mirrored: bool,
    size: (u32, u32),
    keypoints: Vec<Keypoint>,
    /// Where its descriptors start in [`FeatureIndex::descriptors`].
    first: usize,
}

/// An original found in a found image.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureHit {
    pub original: usize,
    /// Found through the original's mirror image.
    pub mirrored: bool,
    pub placement: Placement,
}

/// Features of every original, searched through a [`PieceIndex`] (a few
/// hundred candidates per found descriptor, whatever the number of
/// originals).
#[derive(Debug, Clone, Default)]
pub struct FeatureIndex {
    descriptors: Vec<Descriptor>,
    /// View of each descriptor.
    owners: Vec<u32>,
    views: Vec<View>,
    rules: Rules,
    /// Built on the first query.
    pieces: OnceLock<PieceIndex>,
}

impl FeatureIndex {
    pub fn new(rules: Rules) -> Self {
        Self {
            rules,
            ..Self::default()
        }
    }

    /// Adds the features of original `original` (of its mirror image when
    /// `mirrored`).
    pub fn add(&mut self, original: usize, features: &Features, mirrored: bool) {
        self.pieces.take();
        let view = self.views.len() as u32;
        self.views.push(View {
            original,
            mirrored,
            size: (features.width, features.height),
            keypoints: features.keypoints.clone(),
            first: self.descriptors.len(),
        });
        self.descriptors.extend_from_slice(&features.descriptors);
        self.owners
            .extend(std::iter::repeat_n(view, features.descriptors.len()));
    }

    pub fn is_empty(&self) -> bool {
        self.descriptors.is_empty()
    }

    /// Descriptors indexed (originals and mirror images).
    pub fn len(&self) -> usize {
        self.descriptors.len()
    }

    /// The originals `found` shows, each once (best view), most inliers first.
    pub fn query(&self, found: &Features) -> Vec<FeatureHit> {
        self.placements(found)
            .into_iter()
            .filter(|h| h.placement.passes(&self.rules))
            .collect()
    }

    /// The best placement per original whatever the rules say (for
    /// measuring margins); most inliers first.
    pub fn placements(&self, found: &Features) -> Vec<FeatureHit> {
        if self.views.is_empty() || found.is_empty() {
            return Vec::new();
        }
        let per_view = self.matches_per_view(found);
        self.verify(found, &per_view)
    }

    /// Descriptor matches passing the distance and ratio tests, as
    /// (original keypoint, found keypoint) per view.
    pub fn matches_per_view(&self, found: &Features) -> Vec<Vec<(u32, u32)>> {
        let mut per_view: Vec<Vec<(u32, u32)>> = vec![Vec::new(); self.views.len()];
        for (fi, d) in found.descriptors.iter().enumerate() {
            if let Some((oi, view)) = self.nearest(d) {
                let local = oi - self.views[view].first;
                per_view[view].push((local as u32, fi as u32));
            }
        }
        per_view
    }

    /// The best placement per original from [`Self::matches_per_view`].
    pub fn verify(&self, found: &Features, per_view: &[Vec<(u32, u32)>]) -> Vec<FeatureHit> {
        let mut best: Vec<Option<FeatureHit>> = vec![None; self.views.len()];
        let mut originals = 0;
        for (v, pairs) in per_view.iter().enumerate() {
            let view = &self.views[v];
            originals = originals.max(view.original + 1);
            if pairs.len() < self.rules.min_inliers {
                continue;
            }
            let Some(p) = best_placement(&view.keypoints, &found.keypoints, pairs, view.size)
            else {
                continue;
            };
            let hit = FeatureHit {
                original: view.original,
                mirrored: view.mirrored,
                placement: p,
            };
            let slot = &mut best[v];
            *slot = Some(hit);
        }
        // One per original: the view with the most inliers.
        let mut per_original: Vec<Option<FeatureHit>> = vec![None; originals];
        for hit in best.into_iter().flatten() {
            let slot = &mut per_original[hit.original];
            if slot
                .as_ref()
                .is_none_or(|s| hit.placement.inliers > s.placement.inliers)
            {
                *slot = Some(hit);
            }
        }
        let mut out: Vec<FeatureHit> = per_original.into_iter().flatten().collect();
        out.sort_by_key(|h| std::cmp::Reverse(h.placement.inliers));
        out
    }

    /// The nearest indexed descriptor to `d` when it passes the distance
    /// and ratio tests: (descriptor index, view). The other view of the
    /// same original does not count as a rival.
    fn nearest(&self, d: &Descriptor) -> Option<(usize, usize)> {
        // Three best (distance, index).
        let mut top = [(u32::MAX, usize::MAX); 3];
        let pieces = self
            .pieces
            .get_or_init(|| PieceIndex::build(&self.descriptors));
        pieces.candidates(d, |i| {
            let dist = distance(d, &self.descriptors[i]);
            if dist < top[2].0 && !top.iter().any(|t| t.1 == i) {
                if dist < top[1].0 {
                    top[2] = top[1];
                    if dist < top[0].0 {
                        top[1] = top[0];
                        top[0] = (dist, i);
                    } else {
                        top[1] = (dist, i);
                    }
                } else {
                    top[2] = (dist, i);
                }
            }
        });
        let (best, at) = top[0];
        if best > MAX_DISTANCE {
            return None;
        }
        let view = self.owners[at] as usize;
        let original = self.views[view].original;
        let rival = top[1..]
            .iter()
            .find(|(_, i)| {
                *i != usize::MAX && {
                    let v = self.owners[*i] as usize;
                    v == view || self.views[v].original != original
                }
            })
            .map_or(u32::MAX, |r| r.0);
        (rival == u32::MAX || (best as f32) < RATIO * rival as f32).then_some((at, view))
    }
}
