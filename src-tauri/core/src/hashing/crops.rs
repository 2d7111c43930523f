//! Crop-robust matching: PDQ of sub-windows of each original.
//!
//! PDQ does not survive crops (5 % off each side already moves it about 94
//! bits). Screenshots and re-posts are often cut at the edges, so for each
//! original we also hash the windows left after cutting 0 to `max` of its
//! width/height from each side, on a grid of `step`. A found image cut
//! within that range lands close to one of those windows.

use super::hash256::Hash256;
use super::matching::MIN_QUALITY;
use super::pdq::{LumaSample, MIN_HASHABLE_DIM};
use super::pdq_sampled::{pdq_sampled, LumaWindow};

/// Which sub-windows to hash.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CropGrid {
    /// Largest fraction cut from one side (e.g. 0.10).
    pub max: f32,
    /// Grid step of the cut fractions (e.g. 0.02).
    pub step: f32,
}

impl Default for CropGrid {
    /// Cuts of 0, 2, 4, ... 10 % per side: 1,295 windows per original, which
    /// matched 168 of 192 test crops (2.5 % steps: 624 windows, 161) with no
    /// false positive (docs/benchmarks.md, crop robustness).
    fn default() -> Self {
        Self {
            max: 0.10,
            step: 0.02,
        }
    }
}

impl CropGrid {
    /// The cut fractions per side: 0, step, 2*step, ..., max.
    pub fn fractions(&self) -> Vec<f32> {
        let n = (self.max / self.step).round() as usize;
        (0..=n).map(|i| i as f32 * self.step).collect()
    }
}

/// PDQ hashes (original orientation) of every crop window of an image, given
/// as the luma buffer PDQ takes (`width * height` values), on `grid`, the
/// uncut window excluded; windows below quality 50 skipped. Each window is
/// hashed in place with [`pdq_sampled`] (no copy).
pub fn crop_window_hashes<T: LumaSample>(
    luma: &[T],
    width: usize,
    height: usize,
    grid: &CropGrid,
) -> Vec<Hash256> {
    let fr = grid.fractions();
    let mut out = Vec::new();
    for &l in &fr {
        for &r in &fr {
            for &t in &fr {
                for &b in &fr {
                    if l == 0.0 && r == 0.0 && t == 0.0 && b == 0.0 {
                        continue;
                    }
                    let x0 = (l * width as f32).round() as usize;
                    let x1 = width - (r * width as f32).round() as usize;
                    let y0 = (t * height as f32).round() as usize;
                    let y1 = height - (b * height as f32).round() as usize;
                    let (w, h) = (x1.saturating_sub(x0), y1.saturating_sub(y0));
                    if w < MIN_HASHABLE_DIM || h < MIN_HASHABLE_DIM {
                        continue;
                    }
                    let window = LumaWindow {
                        stride: width,
                        x: x0,
                        y: y0,
                        width: w,
                        height: h,
                    };
                    let pdq = pdq_sampled(luma, window);
                    if pdq.quality >= MIN_QUALITY {
                        out.push(pdq.hash());
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_grid_cuts_0_to_10_percent_in_steps_of_2() {
        assert_eq!(CropGrid::default().fractions().len(), 6);
        assert!((CropGrid::default().fractions()[5] - 0.10).abs() < 1e-6);
    }
}
