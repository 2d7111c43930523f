//! PDQ, Meta's 256-bit perceptual hash, computed on an `f32` luma buffer.
//!
//! Written for this project from the algorithm description in
//! `shared/research/hashing.md` §1.2 (which follows the C++ reference of
//! facebook/ThreatExchange). Every floating-point step is done in `f32` in the
//! reference's order, so the output is bit-exact with the reference core on the
//! same pixels (tested over `pdq-vectors/expected/pdq-decoded-exact.tsv`).
//!
//! Steps: two passes of a box filter along rows then columns (a "Jarosz" tent
//! filter), decimation to 64x64 at cell centres, a quality score on that grid,
//! a 16x16 slice of the 2-D DCT (DC row and column skipped) and one bit per
//! coefficient: above the median or not.

use super::hash256::Hash256;
use super::transform::Transform;

/// Images with a side below this get an all-zero hash and quality 0, as in
/// the reference.
pub const MIN_HASHABLE_DIM: usize = 5;

/// Number of (rows, then columns) box-filter passes.
const JAROSZ_PASSES: usize = 2;

/// Side of the decimated grid.
pub(crate) const GRID: usize = 64;

/// Side of the kept DCT block.
const DCT_KEEP: usize = 16;

/// A PDQ result: the hash of the image as given, its 7 other dihedral
/// variants (indexed like [`Transform::ALL`]) and the quality score 0-100.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PdqResult {
    /// Hashes of the 8 dihedral variants, in [`Transform::ALL`] order;
    /// `variants[0]` is the hash of the image as given.
    pub variants: [Hash256; 8],
    /// The reference's integer quality metric, 0..=100. Below 50 a hash is
    /// too featureless to match on.
    pub quality: u8,
}

impl PdqResult {
    /// What an image too small to hash gets, as in the reference: all-zero
    /// hashes and quality 0.
    pub const UNHASHABLE: Self = Self {
        variants: [Hash256::ZERO; 8],
        quality: 0,
    };

    /// The hash of the image as given.
    pub fn hash(&self) -> Hash256 {
        self.variants[0]
    }

    /// The hash the image would have after `t` (computed in the DCT domain,
    /// as the reference does; within 0-8 bits of hashing transformed pixels).
    ///
    /// # Panics
    /// For [`Transform::Cropped`], which is not a dihedral variant.
    pub fn variant(&self, t: Transform) -> Hash256 {
        assert!(t != Transform::Cropped, "not a dihedral transform");
        self.variants[t as usize]
    }
}

/// Luma of one 8-bit RGB pixel with the reference's coefficients and
/// evaluation order (`f32`).
#[inline]
pub fn luma(r: u8, g: u8, b: u8) -> f32 {
    0.299_f32 * f32::from(r) + 0.587_f32 * f32::from(g) + 0.114_f32 * f32::from(b)
}

/// Converts packed 8-bit RGB (3 bytes per pixel) to a luma buffer.
pub fn luma_from_rgb8(rgb: &[u8]) -> Vec<f32> {
    rgb.chunks_exact(3)
        .map(|p| luma(p[0], p[1], p[2]))
        .collect()
}

/// A luma sample PDQ accepts: `f32` (the reference's formula applied to RGB)
/// or `u8` (a JPEG's own decoded Y channel). Widening `u8` to `f32` is exact,
/// so both give the hash of the same values.
pub trait LumaSample: Copy {
    fn value(self) -> f32;
}

impl LumaSample for f32 {
    #[inline(always)]
    fn value(self) -> f32 {
        self
    }
}

impl LumaSample for u8 {
    #[inline(always)]
    fn value(self) -> f32 {
        f32::from(self)
    }
}

/// Computes PDQ and its dihedral variants from a row-major luma buffer of
/// `width * height` values in 0..=255.
///
/// # Panics
/// If `luma.len() != width * height`.
pub fn pdq_from_luma<T: LumaSample>(luma: &[T], width: usize, height: usize) -> PdqResult {
    assert_eq!(luma.len(), width * height, "luma buffer size");
    if width < MIN_HASHABLE_DIM || height < MIN_HASHABLE_DIM {
        return PdqResult::UNHASHABLE;
    }
    let grid = if width == GRID && height == GRID {
        let mut g = [[0f32; GRID]; GRID];
        for (row, src) in g.iter_mut().zip(luma.chunks_exact(GRID)) {
            for (dst, v) in row.iter_mut().zip(src) {
                *dst = v.value();
            }
        }
        g
    } else {
        jarosz_grid(luma, width, height)
    };
    pdq_from_grid(&grid)
}

/// The hash, its dihedral variants and the quality of a filtered 64x64 grid.
pub(crate) fn pdq_from_grid(grid: &[[f32; GRID]; GRID]) -> PdqResult {
    let quality = quality(grid);
    let dct = dct_64_to_16(grid);
    let mut variants = [Hash256::ZERO; 8];
    for (slot, t) in variants.iter_mut().zip(Transform::ALL) {
        *slot = bits_above_median(&dct_variant(&dct, t));
    }
    PdqResult { variants, quality }
}

/// Box window per axis: ceil(old / 128), i.e. half a 64-grid cell, so that two
/// passes cover a whole cell.
pub(crate) fn window_size(old_dim: usize) -> usize {
    old_dim.div_ceil(2 * GRID)
}

/// Two passes of (rows, then columns) box filtering, then the sample nearest
/// each 64x64 cell centre. The second pass is only computed where it is
/// sampled: its row filter keeps (and divides) only the 64 sampled columns,
/// and its column filter runs on those columns only. Every kept value goes
/// through exactly the additions and divisions of the whole-image filter, so
/// the grid is identical to filtering everything.
fn jarosz_grid<T: LumaSample>(luma: &[T], width: usize, height: usize) -> [[f32; GRID]; GRID] {
    const _: () = assert!(JAROSZ_PASSES == 2);
    let win_rows = window_size(width);
    let win_cols = window_size(height);
    let mut rows_once = vec![0f32; luma.len()];
    box_rows(luma, &mut rows_once, width, win_rows);
    let mut once = vec![0f32; luma.len()];
    box_columns(&rows_once, &mut once, width, height, win_cols);
    drop(rows_once);

    let cols: Vec<usize> = (0..GRID).map(|j| cell_centre(j, width)).collect();
    let mut narrow = vec![0f32; height * GRID];
    box_rows_sampled(&once, &mut narrow, width, win_rows, &cols);
    drop(once);
    let mut filtered = vec![0f32; height * GRID];
    box_columns(&narrow, &mut filtered, GRID, height, win_cols);
    let mut grid = [[0f32; GRID]; GRID];
    for (i, row) in grid.iter_mut().enumerate() {
        let start = cell_centre(i, height) * GRID;
        row.copy_from_slice(&filtered[start..start + GRID]);
    }
    grid
}

/// Index of the sample nearest the centre of cell `out` of 64 along `size`.
pub(crate) fn cell_centre(out: usize, size: usize) -> usize {
    (((out as f64 + 0.5) * size as f64) / GRID as f64) as usize
}

/// Centred running-mean box filter over one row; near the ends it averages
/// only the samples that exist. Arithmetic order matches the reference.
#[cfg(test)]
fn box_1d(input: &[f32], output: &mut [f32], window: usize) {
    running_box(input, window, |out, sum, count| {
        output[out] = sum / count as f32;
    });
}

/// The running sum of [`box_1d`], generic over what is summed (one value, or
/// [`LANES`] rows side by side): calls `emit(index, sum, count)` for every
/// output; the mean is `sum / count`. Additions and subtractions happen in
/// the reference's order.
#[inline(always)]
fn running_box<V: Copy + std::ops::AddAssign + std::ops::SubAssign + Default>(
    input: &[V],
    window: usize,
    mut emit: impl FnMut(usize, V, usize),
) {
    let n = input.len();
    let half = (window + 2) / 2;
    let (mut left, mut right, mut out) = (0usize, 0usize, 0usize);
    let mut sum = V::default();
    let mut count = 0usize;
    for _ in 0..half - 1 {
        sum += input[right];
        count += 1;
        right += 1;
    }
    for _ in 0..window - half + 1 {
        sum += input[right];
        count += 1;
        emit(out, sum, count);
        right += 1;
        out += 1;
    }
    for _ in 0..n - window {
        sum += input[right];
        sum -= input[left];
        emit(out, sum, count);
        left += 1;
        right += 1;
        out += 1;
    }
    for _ in 0..half - 1 {
        sum -= input[left];
        count -= 1;
        emit(out, sum, count);
        left += 1;
        out += 1;
    }
}

/// Rows filtered together by [`box_rows`].
const LANES: usize = 8;

/// One value from each of [`LANES`] rows; the running sums of a group of rows
/// advance together, so the CPU adds and divides them as one vector.
#[derive(Clone, Copy, Default)]
#[repr(align(32))]
struct Lanes([f32; LANES]);

impl std::ops::AddAssign for Lanes {
    #[inline(always)]
    fn add_assign(&mut self, other: Self) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a += b;
        }
    }
}

impl std::ops::SubAssign for Lanes {
    #[inline(always)]
    fn sub_assign(&mut self, other: Self) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a -= b;
        }
    }
}

impl Lanes {
    #[inline(always)]
    fn divided_by(self, count: usize) -> Self {
        let c = count as f32;
        Self(self.0.map(|s| s / c))
    }
}

/// Copies a group of up to [`LANES`] rows (`block`, `width` values each) into
/// `lanes` column by column; lanes without a row hold zeros.
fn interleave<T: LumaSample>(block: &[T], width: usize, lanes: &mut [Lanes]) {
    let rows = block.len() / width;
    for lane in 0..LANES {
        if lane < rows {
            let row = &block[lane * width..(lane + 1) * width];
            for (dst, v) in lanes.iter_mut().zip(row) {
                dst.0[lane] = v.value();
            }
        } else {
            for dst in lanes.iter_mut() {
                dst.0[lane] = 0.0;
            }
        }
    }
}

/// [`box_1d`] along every row. Rows go in groups of [`LANES`], interleaved so
/// the serial running sums of eight rows advance as one vector; each row sees
/// exactly the operations of [`box_1d`], so results are identical.
fn box_rows<T: LumaSample>(input: &[T], output: &mut [f32], width: usize, window: usize) {
    let mut lanes = vec![Lanes::default(); width];
    let mut means = vec![Lanes::default(); width];
    for (block, out) in input
        .chunks(width * LANES)
        .zip(output.chunks_mut(width * LANES))
    {
        interleave(block, width, &mut lanes);
        running_box(&lanes, window, |x, sum, count| {
            means[x] = sum.divided_by(count);
        });
        for (lane, row) in out.chunks_exact_mut(width).enumerate() {
            for (o, m) in row.iter_mut().zip(&means) {
                *o = m.0[lane];
            }
        }
    }
}

/// [`box_rows`] kept only at the columns `cols` (ascending, repeats allowed):
/// `output` gets `cols.len()` values per row. The running sums still visit
/// every column (so each kept value is bit-identical) but only kept columns
/// are divided and stored.
fn box_rows_sampled(
    input: &[f32],
    output: &mut [f32],
    width: usize,
    window: usize,
    cols: &[usize],
) {
    let k = cols.len();
    let mut lanes = vec![Lanes::default(); width];
    let mut kept = vec![Lanes::default(); k];
    for (block, out) in input
        .chunks(width * LANES)
        .zip(output.chunks_mut(k * LANES))
    {
        interleave(block, width, &mut lanes);
        let mut next = 0;
        running_box(&lanes, window, |x, sum, count| {
            while next < k && cols[next] == x {
                kept[next] = sum.divided_by(count);
                next += 1;
            }
        });
        for (lane, row) in out.chunks_exact_mut(k).enumerate() {
            for (o, m) in row.iter_mut().zip(&kept) {
                *o = m.0[lane];
            }
        }
    }
}

/// The same filter as [`box_1d`] down every column, computed a row at a time
/// (one running sum per column) so memory is read sequentially. Each column
/// sees exactly the additions of the per-column version, so results are equal.
fn box_columns(input: &[f32], output: &mut [f32], width: usize, height: usize, window: usize) {
    let half = (window + 2) / 2;
    let row = |r: usize| &input[r * width..(r + 1) * width];
    let mut sums = vec![0f32; width];
    let mut count = 0usize;
    let (mut left, mut right, mut out) = (0usize, 0usize, 0usize);
    let mut write = |out: usize, sums: &[f32], count: usize| {
        let c = count as f32;
        for (o, s) in output[out * width..(out + 1) * width].iter_mut().zip(sums) {
            *o = *s / c;
        }
    };
    for _ in 0..half - 1 {
        add_row(&mut sums, row(right));
        count += 1;
        right += 1;
    }
    for _ in 0..window - half + 1 {
        add_row(&mut sums, row(right));
        count += 1;
        write(out, &sums, count);
        right += 1;
        out += 1;
    }
    for _ in 0..height - window {
        add_row(&mut sums, row(right));
        sub_row(&mut sums, row(left));
        write(out, &sums, count);
        left += 1;
        right += 1;
        out += 1;
    }
    for _ in 0..half - 1 {
        sub_row(&mut sums, row(left));
        count -= 1;
        write(out, &sums, count);
        left += 1;
        out += 1;
    }
}

#[inline]
fn add_row(sums: &mut [f32], row: &[f32]) {
    for (s, v) in sums.iter_mut().zip(row) {
        *s += *v;
    }
}

#[inline]
fn sub_row(sums: &mut [f32], row: &[f32]) {
    for (s, v) in sums.iter_mut().zip(row) {
        *s -= *v;
    }
}

/// The reference quality metric: sum of truncated gradients between vertical
/// and horizontal neighbours of the 64x64 grid, divided by 90, capped at 100.
fn quality(grid: &[[f32; GRID]; GRID]) -> u8 {
    let step = |u: f32, v: f32| (((u - v) * 100.0) / 255.0) as i32;
    let mut sum: i64 = 0;
    for pair in grid.windows(2) {
        for (u, v) in pair[0].iter().zip(&pair[1]) {
            sum += i64::from(step(*u, *v).abs());
        }
    }
    for row in grid {
        for j in 0..GRID - 1 {
            sum += i64::from(step(row[j], row[j + 1]).abs());
        }
    }
    (sum / 90).min(100) as u8
}

/// Rows 1..=16 of the 64-point DCT-II basis, as `f32` values computed the
/// reference's way (scale and cosine in `f64`, product rounded to `f32`).
fn dct_matrix() -> &'static [[f32; GRID]; DCT_KEEP] {
    static MATRIX: std::sync::OnceLock<[[f32; GRID]; DCT_KEEP]> = std::sync::OnceLock::new();
    MATRIX.get_or_init(|| {
        let scale = (2.0_f64 / GRID as f64).sqrt() as f32;
        let mut m = [[0f32; GRID]; DCT_KEEP];
        for (i, row) in m.iter_mut().enumerate() {
            for (j, v) in row.iter_mut().enumerate() {
                let angle = (std::f64::consts::PI / 2.0 / GRID as f64)
                    * (i + 1) as f64
                    * (2 * j + 1) as f64;
                *v = (f64::from(scale) * angle.cos()) as f32;
            }
        }
        m
    })
}

/// `B = D · A · Dᵀ` (16x16) with `D` the 16x64 DCT rows, in the reference's
/// summation order.
fn dct_64_to_16(a: &[[f32; GRID]; GRID]) -> [[f32; DCT_KEEP]; DCT_KEEP] {
    let d = dct_matrix();
    let mut t = [[0f32; GRID]; DCT_KEEP];
    for (i, t_row) in t.iter_mut().enumerate() {
        for (j, t_ij) in t_row.iter_mut().enumerate() {
            let mut sum = 0f32;
            for k in 0..GRID {
                sum += d[i][k] * a[k][j];
            }
            *t_ij = sum;
        }
    }
    let mut b = [[0f32; DCT_KEEP]; DCT_KEEP];
    for (i, b_row) in b.iter_mut().enumerate() {
        for (j, b_ij) in b_row.iter_mut().enumerate() {
            let mut sum = 0f32;
            for k in 0..GRID {
                sum += t[i][k] * d[j][k];
            }
            *b_ij = sum;
        }
    }
    b
}

/// The DCT block of a dihedral transform of the image, obtained from the
/// original block by sign flips and transposition (no second DCT).
fn dct_variant(a: &[[f32; DCT_KEEP]; DCT_KEEP], t: Transform) -> [[f32; DCT_KEEP]; DCT_KEEP] {
    let mut b = [[0f32; DCT_KEEP]; DCT_KEEP];
    for i in 0..DCT_KEEP {
        for j in 0..DCT_KEEP {
            let v = a[i][j];
            let odd_i = i & 1 == 1;
            let odd_j = j & 1 == 1;
            let odd_sum = (i + j) & 1 == 1;
            match t {
                Transform::Original => b[i][j] = v,
                Transform::Rotated90 => b[j][i] = if odd_j { v } else { -v },
                Transform::Rotated180 => b[i][j] = if odd_sum { -v } else { v },
                Transform::Rotated270 => b[j][i] = if odd_i { v } else { -v },
                Transform::Flipped => b[i][j] = if odd_i { v } else { -v },
                Transform::Mirrored => b[i][j] = if odd_j { v } else { -v },
                Transform::Transposed => b[j][i] = v,
                Transform::AntiTransposed => b[j][i] = if odd_sum { -v } else { v },
                Transform::Cropped => unreachable!("not a dihedral transform"),
            }
        }
    }
    b
}

/// Bit `16*i + j` is set when `B[i][j]` is strictly above the median (the
/// 128th smallest of the 256 values).
fn bits_above_median(b: &[[f32; DCT_KEEP]; DCT_KEEP]) -> Hash256 {
    let mut sorted: Vec<f32> = b.iter().flatten().copied().collect();
    sorted.sort_unstable_by(f32::total_cmp);
    let median = sorted[(sorted.len() - 1) / 2];
    let mut hash = Hash256::ZERO;
    for (k, v) in b.iter().flatten().enumerate() {
        if *v > median {
            hash.set_bit(k);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_is_ceil_of_old_over_128() {
        assert_eq!(window_size(64), 1);
        assert_eq!(window_size(128), 1);
        assert_eq!(window_size(129), 2);
        assert_eq!(window_size(1600), 13);
    }

    #[test]
    fn column_filter_equals_the_per_column_filter() {
        let (w, h) = (7, 300);
        let input: Vec<f32> = (0..w * h)
            .map(|k| ((k * 37) % 256) as f32 * 0.731)
            .collect();
        let mut fast = vec![0f32; w * h];
        box_columns(&input, &mut fast, w, h, 3);
        for c in 0..w {
            let col: Vec<f32> = (0..h).map(|r| input[r * w + c]).collect();
            let mut out = vec![0f32; h];
            box_1d(&col, &mut out, 3);
            for r in 0..h {
                assert_eq!(out[r].to_bits(), fast[r * w + c].to_bits());
            }
        }
    }

    #[test]
    fn row_filter_equals_the_per_row_filter() {
        let (w, h) = (300, 8 * 3 + 5);
        let input: Vec<f32> = (0..w * h)
            .map(|k| ((k * 53) % 256) as f32 * 0.377)
            .collect();
        let mut fast = vec![0f32; w * h];
        box_rows(&input, &mut fast, w, 4);
        for r in 0..h {
            let mut out = vec![0f32; w];
            box_1d(&input[r * w..(r + 1) * w], &mut out, 4);
            for c in 0..w {
                assert_eq!(
                    out[c].to_bits(),
                    fast[r * w + c].to_bits(),
                    "row {r} col {c}"
                );
            }
        }
    }

    #[test]
    fn sampled_row_filter_equals_the_full_one_at_the_kept_columns() {
        let (w, h) = (300, 8 * 2 + 3);
        let input: Vec<f32> = (0..w * h)
            .map(|k| ((k * 29) % 256) as f32 * 0.613)
            .collect();
        let mut full = vec![0f32; w * h];
        box_rows(&input, &mut full, w, 3);
        // Repeated columns happen for images narrower than 64 px.
        let cols = [0, 0, 1, 57, 58, 150, 299, 299];
        let mut kept = vec![0f32; h * cols.len()];
        box_rows_sampled(&input, &mut kept, w, 3, &cols);
        for r in 0..h {
            for (k, &c) in cols.iter().enumerate() {
                assert_eq!(
                    kept[r * cols.len() + k].to_bits(),
                    full[r * w + c].to_bits()
                );
            }
        }
    }

    #[test]
    fn eight_bit_luma_hashes_like_the_same_values_as_floats() {
        let (w, h) = (173, 91);
        let bytes: Vec<u8> = (0..w * h).map(|k| ((k * 7919) % 251) as u8).collect();
        let floats: Vec<f32> = bytes.iter().map(|&b| f32::from(b)).collect();
        assert_eq!(pdq_from_luma(&bytes, w, h), pdq_from_luma(&floats, w, h));
    }

    #[test]
    fn tiny_images_hash_to_zero_with_quality_zero() {
        let luma = vec![128.0; 4 * 100];
        let r = pdq_from_luma(&luma, 4, 100);
        assert_eq!(r.hash(), Hash256::ZERO);
        assert_eq!(r.quality, 0);
    }

    #[test]
    fn flat_image_has_quality_zero() {
        let luma = vec![77.0; 200 * 150];
        assert_eq!(pdq_from_luma(&luma, 200, 150).quality, 0);
    }
}
