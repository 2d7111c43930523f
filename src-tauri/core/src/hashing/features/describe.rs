//! Oriented binary descriptors (in the manner of ORB's rotated BRIEF): the
//! patch's orientation from its intensity centroid, then 256 comparisons of
//! blurred pixel pairs drawn once from a fixed Gaussian pattern and turned by
//! that orientation. Two views of the same spot differ in few bits.

use std::sync::OnceLock;

use super::pyramid::Level;

/// Radius of the described patch, in level pixels.
pub const PATCH_RADIUS: usize = 15;

/// Orientations are rounded to one of this many steps (12 degrees).
const ANGLE_STEPS: usize = 30;

/// A 256-bit descriptor.
pub type Descriptor = [u64; 4];

/// The pixel-pair pattern: 256 pairs of offsets inside the patch circle.
fn pattern() -> &'static [[f32; 4]; 256] {
    static PATTERN: OnceLock<[[f32; 4]; 256]> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // A fixed xorshift stream: the pattern is part of the format (stored
        // descriptors must stay comparable), so it never changes.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut uniform = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f32 / (1u64 << 53) as f32
        };
        let sigma = (2 * PATCH_RADIUS + 1) as f32 / 5.0;
        let r = PATCH_RADIUS as f32 - 0.5;
        let mut gauss = move || loop {
            // Box-Muller, redrawn until inside the circle.
            let (u, v) = (uniform().max(1e-9), uniform());
            let m = (-2.0 * u.ln()).sqrt() * sigma;
            let (x, y) = (
                m * (std::f32::consts::TAU * v).cos(),
                m * (std::f32::consts::TAU * v).sin(),
            );
            if x * x + y * y <= r * r {
                return (x, y);
            }
        };
        let mut out = [[0f32; 4]; 256];
        for pair in out.iter_mut() {
            let (a, b) = loop {
                let (a, b) = (gauss(), gauss());
                if (a.0 - b.0).abs() + (a.1 - b.1).abs() >= 2.0 {
                    break (a, b);
                }
            };
            *pair = [a.0, a.1, b.0, b.1];
        }
        out
    })
}

/// The pattern turned to each of the [`ANGLE_STEPS`] orientations, as pixel
/// offsets `dy * stride + dx` are computed per level (strides differ), so
/// the turned integer offsets are kept instead.
fn turned() -> &'static Vec<[[i8; 4]; 256]> {
    static TURNED: OnceLock<Vec<[[i8; 4]; 256]>> = OnceLock::new();
    TURNED.get_or_init(|| {
        (0..ANGLE_STEPS)
            .map(|k| {
                let a = k as f32 * std::f32::consts::TAU / ANGLE_STEPS as f32;
                let (s, c) = a.sin_cos();
                let mut out = [[0i8; 4]; 256];
                for (o, p) in out.iter_mut().zip(pattern()) {
                    let turn = |x: f32, y: f32| {
                        ((c * x - s * y).round() as i8, (s * x + c * y).round() as i8)
                    };
                    let (ax, ay) = turn(p[0], p[1]);
                    let (bx, by) = turn(p[2], p[3]);
                    *o = [ax, ay, bx, by];
                }
                out
            })
            .collect()
    })
}

/// For each row offset `dy` in `-r..=r`, the largest `|dx|` inside the circle.
fn circle_rows() -> &'static [usize; 2 * PATCH_RADIUS + 1] {
    static ROWS: OnceLock<[usize; 2 * PATCH_RADIUS + 1]> = OnceLock::new();
    ROWS.get_or_init(|| {
        let r = PATCH_RADIUS as f32;
        let mut rows = [0usize; 2 * PATCH_RADIUS + 1];
        for (i, row) in rows.iter_mut().enumerate() {
            let dy = i as f32 - r;
            *row = (r * r - dy * dy).max(0.0).sqrt().floor() as usize;
        }
        rows
    })
}

/// Orientation (radians) of the patch around `(x, y)` on the blurred level:
/// the direction from the centre to its intensity centroid. `(x, y)` must
/// be at least [`PATCH_RADIUS`] from every edge.
pub fn orientation(level: &Level, x: usize, y: usize) -> f32 {
    let w = level.width;
    // At most 31 x 31 pixels of 255 at 15 pixels: i32 holds every sum.
    let (mut m10, mut m01) = (0i32, 0i32);
    for (i, &half) in circle_rows().iter().enumerate() {
        let dy = i as i32 - PATCH_RADIUS as i32;
        let start = (y as i32 + dy) as usize * w + x - half;
        let row = &level.smooth[start..=start + 2 * half];
        let mut sum = 0i32;
        for (v, dx) in row.iter().zip(-(half as i32)..) {
            m10 += dx * i32::from(*v);
            sum += i32::from(*v);
        }
        m01 += dy * sum;
    }
    (m01 as f32).atan2(m10 as f32)
}

/// The descriptor of the patch at `(x, y)` turned by `angle`.
pub fn describe(level: &Level, x: usize, y: usize, angle: f32) -> Descriptor {
    let steps = ANGLE_STEPS as f32;
    let k = ((angle / std::f32::consts::TAU * steps).round() as i64).rem_euclid(ANGLE_STEPS as i64);
    let pattern = &turned()[k as usize];
    let w = level.width as isize;
    let centre = (y * level.width + x) as isize;
    let s = &level.smooth;
    let at = |dx: i8, dy: i8| s[(centre + dy as isize * w + dx as isize) as usize];
    let mut d = [0u64; 4];
    for (i, p) in pattern.iter().enumerate() {
        if at(p[0], p[1]) < at(p[2], p[3]) {
            d[i / 64] |= 1 << (i % 64);
        }
    }
    d
}

/// Bits apart.
#[inline]
pub fn distance(a: &Descriptor, b: &Descriptor) -> u32 {
    (a[0] ^ b[0]).count_ones()
        + (a[1] ^ b[1]).count_ones()
        + (a[2] ^ b[2]).count_ones()
        + (a[3] ^ b[3]).count_ones()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pattern_stays_inside_the_patch_when_turned() {
        for t in turned() {
            for p in t {
                for v in p {
                    assert!(v.unsigned_abs() as usize <= PATCH_RADIUS, "{p:?}");
                }
            }
        }
    }

    #[test]
    fn orientation_points_to_the_bright_side() {
        let (w, h) = (41, 41);
        let smooth: Vec<u8> = (0..w * h)
            .map(|i| if i % w > 20 { 200 } else { 10 })
            .collect();
        let level = Level {
            width: w,
            height: h,
            scale: 1.0,
            pixels: smooth.clone(),
            smooth,
        };
        let a = orientation(&level, 20, 20);
        assert!(a.abs() < 0.05, "{a}");
    }
}
