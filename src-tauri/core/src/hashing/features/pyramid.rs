//! The grey pyramid local features are found on: the luma reduced to a
//! pixel budget, then smaller levels by 1/sqrt(2) each, every level kept as
//! is (for corners) and lightly blurred (for descriptors).

/// One pyramid level.
#[derive(Debug)]
pub struct Level {
    pub width: usize,
    pub height: usize,
    /// Level-0 pixels per pixel of this level (1, 1.41, 2, ...).
    pub scale: f32,
    /// Grey pixels as resampled.
    pub pixels: Vec<u8>,
    /// The same blurred by a 5-tap binomial filter (sigma about 1).
    pub smooth: Vec<u8>,
}

/// Step between levels.
pub const LEVEL_STEP: f32 = std::f32::consts::SQRT_2;

/// Builds the pyramid of `luma` (`width * height`): level 0 is the image
/// reduced to at most `max_pixels` (or enlarged, up to 3 times, until its
/// short side reaches [`MIN_BASE_SHORT_SIDE`]: thumbnails), then levels
/// until the short side would fall under `min_short_side` or `max_levels`
/// exist.
/// Returns the levels and the factor from input pixels to level-0 pixels.
pub fn build(
    luma: &[u8],
    width: usize,
    height: usize,
    max_pixels: usize,
    min_short_side: usize,
    max_levels: usize,
) -> (Vec<Level>, f32) {
    let area = width * height;
    let short = width.min(height) as f32;
    let shrink = if area > max_pixels {
        (max_pixels as f32 / area as f32).sqrt()
    } else if short < MIN_BASE_SHORT_SIDE as f32 {
        (MIN_BASE_SHORT_SIDE as f32 / short).min(3.0)
    } else {
        1.0
    };
    let (w0, h0) = (
        ((width as f32 * shrink).round() as usize).max(1),
        ((height as f32 * shrink).round() as usize).max(1),
    );
    let base = if (w0, h0) == (width, height) {
        luma.to_vec()
    } else if shrink > 1.0 {
        enlarge(luma, width, height, w0, h0)
    } else {
        area_resize(luma, width, height, w0, h0)
    };
    let mut levels = Vec::new();
    let mut current = base;
    let (mut w, mut h) = (w0, h0);
    let mut scale = 1.0f32;
    loop {
        let smooth = blur(&current, w, h);
        let next_w = (w as f32 / LEVEL_STEP).round() as usize;
        let next_h = (h as f32 / LEVEL_STEP).round() as usize;
        let last = levels.len() + 1 >= max_levels || next_w.min(next_h) < min_short_side;
        let next = (!last).then(|| area_resize(&smooth, w, h, next_w, next_h));
        levels.push(Level {
            width: w,
            height: h,
            scale,
            pixels: current,
            smooth,
        });
        match next {
            Some(n) => {
                current = n;
                scale *= w as f32 / next_w as f32;
                (w, h) = (next_w, next_h);
            }
            None => break,
        }
    }
    (levels, w0 as f32 / width as f32)
}

/// Smallest short side of level 0 (smaller images are enlarged).
pub const MIN_BASE_SHORT_SIDE: usize = 320;

/// Bilinear enlargement.
fn enlarge(src: &[u8], sw: usize, sh: usize, dw: usize, dh: usize) -> Vec<u8> {
    let mut out = vec![0u8; dw * dh];
    let (rx, ry) = (sw as f32 / dw as f32, sh as f32 / dh as f32);
    for y in 0..dh {
        let v = ((y as f32 + 0.5) * ry - 0.5).clamp(0.0, (sh - 1) as f32);
        let (y0, fy) = (v.floor() as usize, v.fract());
        let y1 = (y0 + 1).min(sh - 1);
        for x in 0..dw {
            let u = ((x as f32 + 0.5) * rx - 0.5).clamp(0.0, (sw - 1) as f32);
            let (x0, fx) = (u.floor() as usize, u.fract());
            let x1 = (x0 + 1).min(sw - 1);
            let g = |xx: usize, yy: usize| f32::from(src[yy * sw + xx]);
            let top = g(x0, y0) * (1.0 - fx) + g(x1, y0) * fx;
            let bottom = g(x0, y1) * (1.0 - fx) + g(x1, y1) * fx;
            out[y * dw + x] = (top * (1.0 - fy) + bottom * fy).round() as u8;
        }
    }
    out
}

/// Box-filter (area-average) resampling of a grey image, separable.
pub fn area_resize(src: &[u8], sw: usize, sh: usize, dw: usize, dh: usize) -> Vec<u8> {
    let xw = area_weights(sw, dw);
    let yw = area_weights(sh, dh);
    // Horizontal pass into f32 rows.
    let mut tmp = vec![0f32; dw * sh];
    for y in 0..sh {
        let row = &src[y * sw..(y + 1) * sw];
        let out = &mut tmp[y * dw..(y + 1) * dw];
        for (o, (start, weights)) in out.iter_mut().zip(&xw) {
            *o = weights
                .iter()
                .enumerate()
                .map(|(i, w)| w * f32::from(row[start + i]))
                .sum();
        }
    }
    let mut out = vec![0u8; dw * dh];
    let mut acc = vec![0f32; dw];
    for (y, (start, weights)) in yw.iter().enumerate() {
        acc.iter_mut().for_each(|a| *a = 0.0);
        for (i, w) in weights.iter().enumerate() {
            let row = &tmp[(start + i) * dw..(start + i + 1) * dw];
            for (a, v) in acc.iter_mut().zip(row) {
                *a += w * v;
            }
        }
        for (o, a) in out[y * dw..(y + 1) * dw].iter_mut().zip(&acc) {
            *o = a.round().clamp(0.0, 255.0) as u8;
        }
    }
    out
}

/// For each destination index: the first source index and the weights of
/// the source pixels it covers (summing to 1).
fn area_weights(src: usize, dst: usize) -> Vec<(usize, Vec<f32>)> {
    let ratio = src as f32 / dst as f32;
    (0..dst)
        .map(|d| {
            let (a, b) = (d as f32 * ratio, ((d + 1) as f32 * ratio).min(src as f32));
            let first = a.floor() as usize;
            let last = (b.ceil() as usize).clamp(first + 1, src);
            let weights: Vec<f32> = (first..last)
                .map(|s| ((s + 1) as f32).min(b) - (s as f32).max(a))
                .map(|w| w.max(0.0) / (b - a).max(1e-6))
                .collect();
            (first, weights)
        })
        .collect()
}

/// 5-tap binomial blur [1 4 6 4 1]/16, both directions, edges clamped.
pub fn blur(src: &[u8], w: usize, h: usize) -> Vec<u8> {
    let mut tmp = vec![0u16; w * h];
    for y in 0..h {
        let row = &src[y * w..(y + 1) * w];
        let out = &mut tmp[y * w..(y + 1) * w];
        let tap = |x: usize| {
            let at =
                |dx: isize| u16::from(row[(x as isize + dx).clamp(0, w as isize - 1) as usize]);
            at(-2) + 4 * at(-1) + 6 * at(0) + 4 * at(1) + at(2)
        };
        if w < 5 {
            for (x, o) in out.iter_mut().enumerate() {
                *o = tap(x);
            }
            continue;
        }
        // Edges clamped; the inside without clamping (vectorised).
        for x in [0, 1, w - 2, w - 1] {
            out[x] = tap(x);
        }
        for (o, v) in out[2..w - 2].iter_mut().zip(row.windows(5)) {
            *o = u16::from(v[0])
                + 4 * u16::from(v[1])
                + 6 * u16::from(v[2])
                + 4 * u16::from(v[3])
                + u16::from(v[4]);
        }
    }
    let mut out = vec![0u8; w * h];
    for y in 0..h {
        let row = |dy: isize| {
            let yy = (y as isize + dy).clamp(0, h as isize - 1) as usize;
            &tmp[yy * w..(yy + 1) * w]
        };
        let (a, b, c, d, e) = (row(-2), row(-1), row(0), row(1), row(2));
        for x in 0..w {
            let s = u32::from(a[x])
                + 4 * u32::from(b[x])
                + 6 * u32::from(c[x])
                + 4 * u32::from(d[x])
                + u32::from(e[x]);
            out[y * w + x] = ((s + 128) >> 8) as u8;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_resize_keeps_the_mean_and_sizes() {
        let src: Vec<u8> = (0..100 * 60).map(|i| (i % 251) as u8).collect();
        let out = area_resize(&src, 100, 60, 37, 21);
        assert_eq!(out.len(), 37 * 21);
        let mean = |v: &[u8]| v.iter().map(|&x| f64::from(x)).sum::<f64>() / v.len() as f64;
        assert!((mean(&src) - mean(&out)).abs() < 2.0);
    }

    #[test]
    fn pyramid_halves_area_per_level_and_stops_at_the_short_side() {
        let src = vec![128u8; 800 * 600];
        let (levels, f) = build(&src, 800, 600, 120_000, 64, 20);
        assert!((f - 0.5).abs() < 0.01);
        assert_eq!((levels[0].width, levels[0].height), (400, 300));
        assert!(levels.last().unwrap().height >= 64);
        assert!((levels[2].scale - 2.0).abs() < 0.02);
    }
}
