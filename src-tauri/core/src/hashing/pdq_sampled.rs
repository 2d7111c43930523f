//! PDQ for scanning: the reference's filter evaluated only where it is
//! sampled.
//!
//! The reference ([`super::pdq`]) runs two box-filter passes over every pixel
//! and then keeps 64x64 of the results. Both passes are linear and act on
//! rows and columns separately, so each kept value is a weighted sum of the
//! pixels around it, with one set of weights per axis (a tent about one grid
//! cell wide, with the reference's shorter windows at the edges). Computing
//! those sums directly costs about one multiply-add per pixel instead of
//! four running-mean passes, and no image-sized scratch buffer.
//!
//! The filter is the same; only the floating-point rounding differs, so a
//! hash can differ from the reference path by a bit or two where a DCT
//! coefficient sits on the median. Used with the DCT-scaled decode
//! ([`super::DecodeSize::Fast`]), which moves PDQ more than that; exact
//! hashes ([`super::DecodeSize::Full`]) use the reference path.

use super::pdq::MIN_HASHABLE_DIM;
use super::pdq::{cell_centre, pdq_from_grid, window_size, LumaSample, PdqResult, GRID};

/// A rectangle of a row-major luma buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LumaWindow {
    /// Values per row of the whole buffer.
    pub stride: usize,
    pub x: usize,
    pub y: usize,
    pub width: usize,
    pub height: usize,
}

impl LumaWindow {
    /// The whole of a `width` x `height` buffer.
    pub fn whole(width: usize, height: usize) -> Self {
        Self {
            stride: width,
            x: 0,
            y: 0,
            width,
            height,
        }
    }
}

/// PDQ (with its dihedral variants and quality) of `window` of `luma`,
/// within a few bits of [`super::pdq::pdq_from_luma`] on the same pixels.
///
/// # Panics
/// If the window does not fit in `luma`.
pub fn pdq_sampled<T: LumaSample>(luma: &[T], window: LumaWindow) -> PdqResult {
    let LumaWindow {
        stride,
        x,
        y,
        width,
        height,
    } = window;
    assert!(
        x + width <= stride && (y + height) * stride <= luma.len(),
        "window outside the luma buffer"
    );
    if width < MIN_HASHABLE_DIM || height < MIN_HASHABLE_DIM {
        return PdqResult::UNHASHABLE;
    }
    let across = AxisWeights::new(width);
    let down = AxisWeights::new(height);
    let mut grid = [[0f32; GRID]; GRID];
    let mut column_sums = vec![0f32; width];
    for (grid_row, (first, weights)) in grid.iter_mut().zip(down.taps()) {
        // The vertical filter for this grid row, at every column...
        column_sums.fill(0.0);
        for (k, &wgt) in weights.iter().enumerate() {
            let start = (y + first + k) * stride + x;
            let row = &luma[start..start + width];
            for (sum, v) in column_sums.iter_mut().zip(row) {
                *sum += wgt * v.value();
            }
        }
        // ...then the horizontal filter at the 64 sampled columns.
        for (cell, (first, weights)) in grid_row.iter_mut().zip(across.taps()) {
            *cell = weights
                .iter()
                .zip(&column_sums[first..])
                .map(|(w, s)| w * s)
                .sum();
        }
    }
    pdq_from_grid(&grid)
}

/// For each of the 64 samples along one axis of `len` values: the first
/// input index it reads and the weights from there on.
struct AxisWeights {
    firsts: Vec<usize>,
    weights: Vec<Vec<f32>>,
}

impl AxisWeights {
    fn new(len: usize) -> Self {
        let window = window_size(len);
        // Inputs averaged by output `o` of one box pass: [lo, hi).
        let half = (window + 2) / 2;
        let span = |o: usize| {
            let lo = o.saturating_sub(window - half);
            let hi = (o + half).min(len);
            (lo, hi)
        };
        let mut firsts = Vec::with_capacity(GRID);
        let mut weights = Vec::with_capacity(GRID);
        for i in 0..GRID {
            // The second pass at the sample averages first-pass outputs,
            // each of which averages inputs: accumulate both in f64.
            let (lo, hi) = span(cell_centre(i, len));
            let outer = 1.0 / (hi - lo) as f64;
            let first = span(lo).0;
            let last = span(hi - 1).1;
            let mut w = vec![0f64; last - first];
            for k in lo..hi {
                let (a, b) = span(k);
                let inner = outer / (b - a) as f64;
                for slot in &mut w[a - first..b - first] {
                    *slot += inner;
                }
            }
            firsts.push(first);
            weights.push(w.into_iter().map(|v| v as f32).collect());
        }
        Self { firsts, weights }
    }

    fn taps(&self) -> impl Iterator<Item = (usize, &[f32])> {
        self.firsts
            .iter()
            .copied()
            .zip(self.weights.iter().map(Vec::as_slice))
    }
}

#[cfg(test)]
mod tests {
    use super::super::pdq::pdq_from_luma;
    use super::*;

    fn textured(w: usize, h: usize) -> Vec<u8> {
        (0..w * h)
            .map(|k| {
                let (x, y) = ((k % w) as f32, (k / w) as f32);
                (128.0 + 60.0 * (x / 17.0).sin() * (y / 23.0).cos() + 40.0 * ((x + y) / 51.0).sin())
                    as u8
            })
            .collect()
    }

    #[test]
    fn weights_of_each_sample_add_up_to_one() {
        for len in [5, 63, 64, 65, 130, 757, 1600] {
            let axis = AxisWeights::new(len);
            for (first, w) in axis.taps() {
                let total: f32 = w.iter().sum();
                assert!((total - 1.0).abs() < 1e-5, "len {len}: {total}");
                assert!(first + w.len() <= len);
            }
        }
    }

    #[test]
    fn agrees_with_the_reference_filter_within_a_few_bits() {
        for (w, h) in [(64, 64), (640, 480), (333, 517), (1001, 97)] {
            let luma = textured(w, h);
            let exact = pdq_from_luma(&luma, w, h);
            let sampled = pdq_sampled(&luma, LumaWindow::whole(w, h));
            assert_eq!(exact.quality, sampled.quality, "{w}x{h}");
            for (a, b) in exact.variants.iter().zip(&sampled.variants) {
                assert!(a.distance(b) <= 4, "{w}x{h}: {} bits", a.distance(b));
            }
        }
    }

    #[test]
    fn a_window_hashes_like_the_same_pixels_cut_out() {
        let (w, h) = (400, 300);
        let luma = textured(w, h);
        let window = LumaWindow {
            stride: w,
            x: 31,
            y: 12,
            width: 350,
            height: 260,
        };
        let cut: Vec<u8> = (12..272)
            .flat_map(|y| luma[y * w + 31..y * w + 381].iter().copied())
            .collect();
        assert_eq!(
            pdq_sampled(&luma, window),
            pdq_sampled(&cut, LumaWindow::whole(350, 260))
        );
    }
}
