//! The 8 dihedral transforms (rotations and mirrors) PDQ can see through.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How a found image differs from the original it matches.
///
/// Names describe what was done to the original's pixels to get the copy;
/// they follow the pixel-domain checks in
/// `pdq-vectors/expected/pdq-dihedral-pixel-transforms.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Transform {
    /// Same orientation.
    Original,
    /// Turned 90° counter-clockwise (PDQ `rotate90`).
    #[serde(rename = "rotated_90")]
    Rotated90,
    /// Turned upside down by rotation (PDQ `rotate180`).
    #[serde(rename = "rotated_180")]
    Rotated180,
    /// Turned 90° clockwise (PDQ `rotate270`).
    #[serde(rename = "rotated_270")]
    Rotated270,
    /// Flipped top to bottom (PDQ `flipX`).
    Flipped,
    /// Mirrored left to right (PDQ `flipY`).
    Mirrored,
    /// Mirrored along the main diagonal (PDQ `flipPlus1`).
    Transposed,
    /// Mirrored along the other diagonal (PDQ `flipMinus1`).
    AntiTransposed,
    /// Cut at the edges (matched a crop window of the original; see
    /// `crops.rs`). Not one of the 8 dihedral variants.
    Cropped,
}

impl Transform {
    /// All eight, in the reference's output order (pdq, rotate90, rotate180,
    /// rotate270, flipX, flipY, flipPlus1, flipMinus1).
    pub const ALL: [Transform; 8] = [
        Transform::Original,
        Transform::Rotated90,
        Transform::Rotated180,
        Transform::Rotated270,
        Transform::Flipped,
        Transform::Mirrored,
        Transform::Transposed,
        Transform::AntiTransposed,
    ];

    /// The `snake_case` name, as serialised.
    pub fn name(self) -> &'static str {
        match self {
            Self::Original => "original",
            Self::Rotated90 => "rotated_90",
            Self::Rotated180 => "rotated_180",
            Self::Rotated270 => "rotated_270",
            Self::Flipped => "flipped",
            Self::Mirrored => "mirrored",
            Self::Transposed => "transposed",
            Self::AntiTransposed => "anti_transposed",
            Self::Cropped => "cropped",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_serialisation() {
        for t in Transform::ALL.into_iter().chain([Transform::Cropped]) {
            assert_eq!(
                serde_json::to_string(&t).unwrap(),
                format!("\"{}\"", t.name())
            );
        }
        for (i, t) in Transform::ALL.iter().enumerate() {
            assert_eq!(*t as usize, i);
        }
    }
}
