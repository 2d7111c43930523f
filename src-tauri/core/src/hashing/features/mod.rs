//! Local features: finding an original *inside* another picture.
//!
//! PDQ describes a whole picture, so it misses copies that are only part of
//! what was posted (a story screenshot, a chat, a collage, a forum post), or
//! that were cut, turned a few degrees or written over. Local features find
//! them: corners of the picture's grey levels ([`corners`]), each described
//! by 256 bits that survive scaling, turning and re-encoding ([`describe`]),
//! then matched between a found image and each original and accepted only
//! when many of them agree on one geometric placement of the original in
//! the found image, spread over the original ([`verify`]).
//!
//! Bounded work per image: the luma is reduced to [`FeatureConfig::max_pixels`]
//! and at most [`FeatureConfig::max_keypoints`] are kept. Originals also
//! get the features of their mirror image, so mirrored copies are found.
//! Only positions, orientations and 256-bit descriptors are kept; no pixels.

pub mod corners;
pub mod describe;
pub mod encode;
pub mod index;
pub mod lsh;
pub mod pyramid;
pub mod verify;

pub use describe::Descriptor;
pub use index::{FeatureHit, FeatureIndex};
pub use verify::{Placement, Rules, Similarity};

/// A feature point, in the coordinates of the image's level 0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Keypoint {
    pub x: f32,
    pub y: f32,
    /// Level-0 pixels per pixel of the level it was found on.
    pub scale: f32,
    /// Orientation in radians.
    pub angle: f32,
}

/// The local features of one image (or of its mirror image).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    /// Size of level 0 (the reduced image the coordinates refer to).
    pub width: u32,
    pub height: u32,
    pub keypoints: Vec<Keypoint>,
    pub descriptors: Vec<Descriptor>,
}

impl Features {
    pub fn len(&self) -> usize {
        self.keypoints.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keypoints.is_empty()
    }
}

/// How much of an image to look at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FeatureConfig {
    /// Level 0 holds at most this many pixels.
    pub max_pixels: usize,
    /// Keypoints kept over all levels.
    pub max_keypoints: usize,
    /// Smallest short side of a level.
    pub min_short_side: usize,
    /// Most levels.
    pub max_levels: usize,
    /// FAST intensity threshold.
    pub threshold: u8,
    /// Also describe the mirror image (originals: mirrored copies).
    pub with_mirror: bool,
}

impl FeatureConfig {
    /// For originals: a deep pyramid, so an original shown small (a
    /// collage tile, a chat picture, a thumbnail-sized post) still meets
    /// its own features at that size.
    pub const ORIGINAL: Self = Self {
        max_pixels: 640_000,
        max_keypoints: 2_000,
        min_short_side: 56,
        max_levels: 9,
        threshold: 12,
        with_mirror: true,
    };

    /// For found images: fine levels, where a small embedded copy is.
    pub const FOUND: Self = Self {
        max_pixels: 1_000_000,
        max_keypoints: 3_000,
        min_short_side: 96,
        max_levels: 5,
        threshold: 12,
        with_mirror: false,
    };
}

/// The features of an image as displayed, and of its mirror image when
/// asked for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImageFeatures {
    pub plain: Features,
    pub mirrored: Option<Features>,
}

/// [`extract`] of `luma`, and of its mirror image when `config` says so.
pub fn image_features(
    luma: &[u8],
    width: usize,
    height: usize,
    config: &FeatureConfig,
) -> ImageFeatures {
    ImageFeatures {
        plain: extract(luma, width, height, config),
        mirrored: config
            .with_mirror
            .then(|| extract(&mirrored(luma, width, height), width, height, config)),
    }
}

/// Margin kept from level edges (the patch plus one pixel).
const BORDER: usize = describe::PATCH_RADIUS + 1;

/// Cells per side of the grid spreading keypoints over a level.
const GRID: usize = 8;

/// The features of a grey image (`width * height` luma values).
pub fn extract(luma: &[u8], width: usize, height: usize, config: &FeatureConfig) -> Features {
    if width < 2 * BORDER + 8 || height < 2 * BORDER + 8 || luma.len() < width * height {
        return Features::default();
    }
    let (levels, _) = pyramid::build(
        luma,
        width,
        height,
        config.max_pixels,
        config.min_short_side,
        config.max_levels,
    );
    // Budgets per level follow the side, not the area, so the small levels
    // (where an original shown small meets its copy) keep enough points.
    let areas: Vec<f32> = levels
        .iter()
        .map(|l| ((l.width * l.height) as f32).sqrt())
        .collect();
    let total_area: f32 = areas.iter().sum();
    let mut out = Features {
        width: levels[0].width as u32,
        height: levels[0].height as u32,
        ..Features::default()
    };
    for (level, area) in levels.iter().zip(&areas) {
        let budget = (config.max_keypoints as f32 * area / total_area).round() as usize;
        let mut found = corners::detect(level, config.threshold, BORDER, budget, GRID);
        if found.len() < budget / 4 {
            // Soft or dim pictures: look again with half the contrast.
            found = corners::detect(level, (config.threshold / 2).max(4), BORDER, budget, GRID);
        }
        for c in found {
            let angle = describe::orientation(level, c.x, c.y);
            out.descriptors
                .push(describe::describe(level, c.x, c.y, angle));
            out.keypoints.push(Keypoint {
                x: (c.x as f32 + 0.5) * level.scale - 0.5,
                y: (c.y as f32 + 0.5) * level.scale - 0.5,
                scale: level.scale,
                angle,
            });
        }
    }
    out
}

/// The image mirrored left to right.
pub fn mirrored(luma: &[u8], width: usize, height: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(width * height);
    for row in luma.chunks_exact(width).take(height) {
        out.extend(row.iter().rev());
    }
    out
}
