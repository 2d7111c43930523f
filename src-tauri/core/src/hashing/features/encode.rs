//! Local features as bytes, to keep an original's features inside the
//! encrypted case (never anywhere else): a version byte, the level-0 size,
//! the number of points, then per point its position, scale and orientation
//! (4 little-endian `f32`) and its 256-bit descriptor (4 little-endian
//! `u64`). 48 bytes a point: about 96 KB for an original's 2,000 points.

use super::{Features, Keypoint};
use crate::error::{CoreError, CoreResult, ErrorKind};

/// The format written by [`to_bytes`].
const VERSION: u8 = 1;
const HEADER: usize = 1 + 4 + 4 + 4;
const POINT: usize = 4 * 4 + 4 * 8;
/// More points than any configuration keeps: a longer blob is damaged.
const MAX_POINTS: usize = 20_000;

/// The bytes of `features`.
pub fn to_bytes(features: &Features) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER + POINT * features.len());
    out.push(VERSION);
    out.extend_from_slice(&features.width.to_le_bytes());
    out.extend_from_slice(&features.height.to_le_bytes());
    out.extend_from_slice(&(features.len() as u32).to_le_bytes());
    for (k, d) in features.keypoints.iter().zip(&features.descriptors) {
        for v in [k.x, k.y, k.scale, k.angle] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for word in d {
            out.extend_from_slice(&word.to_le_bytes());
        }
    }
    out
}

/// Reads what [`to_bytes`] wrote; anything else is `Corrupt`.
pub fn from_bytes(bytes: &[u8]) -> CoreResult<Features> {
    let damaged = || CoreError::new(ErrorKind::Corrupt, "stored image features are damaged");
    if bytes.len() < HEADER || bytes[0] != VERSION {
        return Err(damaged());
    }
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap_or([0; 4]));
    let (width, height, n) = (u32_at(1), u32_at(5), u32_at(9) as usize);
    if n > MAX_POINTS || bytes.len() != HEADER + n * POINT {
        return Err(damaged());
    }
    let mut out = Features {
        width,
        height,
        keypoints: Vec::with_capacity(n),
        descriptors: Vec::with_capacity(n),
    };
    for point in bytes[HEADER..].chunks_exact(POINT) {
        let f = |i: usize| f32::from_le_bytes(point[4 * i..4 * i + 4].try_into().unwrap_or([0; 4]));
        let (x, y, scale, angle) = (f(0), f(1), f(2), f(3));
        if ![x, y, scale, angle].iter().all(|v| v.is_finite()) || scale <= 0.0 {
            return Err(damaged());
        }
        out.keypoints.push(Keypoint { x, y, scale, angle });
        let word = |i: usize| {
            u64::from_le_bytes(point[16 + 8 * i..24 + 8 * i].try_into().unwrap_or([0; 8]))
        };
        out.descriptors.push([word(0), word(1), word(2), word(3)]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_round_trip_and_damage_is_refused() {
        let features = Features {
            width: 640,
            height: 480,
            keypoints: vec![
                Keypoint {
                    x: 1.5,
                    y: 2.25,
                    scale: 1.0,
                    angle: -0.5,
                },
                Keypoint {
                    x: 300.0,
                    y: 200.0,
                    scale: 2.0,
                    angle: 3.0,
                },
            ],
            descriptors: vec![[1, 2, 3, u64::MAX], [0, 0, 0, 7]],
        };
        let bytes = to_bytes(&features);
        assert_eq!(bytes.len(), HEADER + 2 * POINT);
        assert_eq!(from_bytes(&bytes).unwrap(), features);
        assert_eq!(
            from_bytes(&to_bytes(&Features::default())).unwrap(),
            Features::default()
        );
        for bad in [&bytes[..bytes.len() - 1], &bytes[..5], &[2u8; HEADER][..]] {
            assert_eq!(from_bytes(bad).unwrap_err().kind, ErrorKind::Corrupt);
        }
        let mut nan = bytes.clone();
        nan[HEADER..HEADER + 4].copy_from_slice(&f32::NAN.to_le_bytes());
        assert_eq!(from_bytes(&nan).unwrap_err().kind, ErrorKind::Corrupt);
    }
}
