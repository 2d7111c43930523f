//! Corners: FAST-9 (a ring of 16 pixels, 9 in a row all brighter or all
//! darker than the centre), thinned to local maxima, ranked by the Harris
//! response and spread over the image by a grid so a busy corner of a
//! screenshot (text, icons) cannot take the whole budget.

use super::pyramid::Level;

/// The 16 ring offsets (radius 3), clockwise from the top.
const RING: [(isize, isize); 16] = [
    (0, -3),
    (1, -3),
    (2, -2),
    (3, -1),
    (3, 0),
    (3, 1),
    (2, 2),
    (1, 3),
    (0, 3),
    (-1, 3),
    (-2, 2),
    (-3, 1),
    (-3, 0),
    (-3, -1),
    (-2, -2),
    (-1, -3),
];

/// A corner on one level, in that level's pixels.
#[derive(Debug, Clone, Copy)]
pub struct Corner {
    pub x: usize,
    pub y: usize,
    pub harris: f32,
}

/// FAST-9 corners of `level` at least `border` pixels from its edges, with
/// intensity threshold `threshold`; at most `budget`, best Harris first,
/// no more than a fair share per cell of a `grid` x `grid` partition.
pub fn detect(
    level: &Level,
    threshold: u8,
    border: usize,
    budget: usize,
    grid: usize,
) -> Vec<Corner> {
    let (w, h) = (level.width, level.height);
    // The compass points are 3 pixels away: saturated thresholds then never
    // pass, exactly as the ring test's wider sums would not.
    let border = border.max(3);
    if w <= 2 * border || h <= 2 * border || budget == 0 {
        return Vec::new();
    }
    let p = &level.pixels;
    let offsets: [isize; 16] = RING.map(|(dx, dy)| dy * w as isize + dx);
    let t = i16::from(threshold);
    // FAST score per pixel (0 = not a corner), for non-maximum suppression.
    let mut score = vec![0u16; w * h];
    // Pixels passing the compass test on the current row (a branch-free
    // pass the compiler vectorises: most pixels stop here).
    let mut maybe = vec![0u8; w];
    for y in border..h - border {
        let (up, row, down) = (
            &p[(y - 3) * w..(y - 2) * w],
            &p[y * w..(y + 1) * w],
            &p[(y + 3) * w..(y + 4) * w],
        );
        // Any 9 in a row include two of the four compass points.
        for x in border..w - border {
            let c = row[x];
            let (hi, lo) = (c.saturating_add(threshold), c.saturating_sub(threshold));
            let compass = [up[x], row[x + 3], down[x], row[x - 3]];
            let brighter: u8 = compass.iter().map(|&v| u8::from(v > hi)).sum();
            let darker: u8 = compass.iter().map(|&v| u8::from(v < lo)).sum();
            maybe[x] = u8::from(brighter >= 2 || darker >= 2);
        }
        for (x, _) in maybe
            .iter()
            .enumerate()
            .take(w - border)
            .skip(border)
            .filter(|(_, &m)| m != 0)
        {
            let i = y * w + x;
            let c = i16::from(p[i]);
            let mut ring = [0i16; 16];
            for (v, &o) in ring.iter_mut().zip(&offsets) {
                *v = i16::from(p[(i as isize + o) as usize]);
            }
            // Masks first (branch-free); the sums only for a corner.
            let (mut bright, mut dark) = (0u32, 0u32);
            for (k, &v) in ring.iter().enumerate() {
                bright |= u32::from(v > c + t) << k;
                dark |= u32::from(v < c - t) << k;
            }
            score[i] = if has_arc(bright) {
                ring.iter()
                    .filter(|&&v| v > c + t)
                    .map(|&v| (v - c - t) as u16)
                    .sum()
            } else if has_arc(dark) {
                ring.iter()
                    .filter(|&&v| v < c - t)
                    .map(|&v| (c - t - v) as u16)
                    .sum()
            } else {
                0
            };
        }
    }
    // Local maxima of the FAST score (3x3), then Harris.
    let mut corners = Vec::new();
    for y in border..h - border {
        for x in border..w - border {
            let i = y * w + x;
            let s = score[i];
            if s == 0 {
                continue;
            }
            let is_max = [
                i - w - 1,
                i - w,
                i - w + 1,
                i - 1,
                i + 1,
                i + w - 1,
                i + w,
                i + w + 1,
            ]
            .iter()
            .enumerate()
            // Ties go to the earlier pixel.
            .all(|(k, &j)| if k < 4 { score[j] < s } else { score[j] <= s });
            if is_max {
                corners.push(Corner {
                    x,
                    y,
                    harris: harris(p, w, x, y),
                });
            }
        }
    }
    corners.sort_by(|a, b| b.harris.total_cmp(&a.harris));
    // First every cell's fair share, best first; then the best of the rest.
    let cells = grid * grid;
    let per_cell = budget.div_ceil(cells).max(1);
    let mut taken = vec![0usize; cells];
    let mut chosen = vec![false; corners.len()];
    let mut count = 0;
    for (k, c) in corners.iter().enumerate() {
        if count >= budget || c.harris <= 0.0 {
            break;
        }
        let cell = (c.y * grid / h) * grid + c.x * grid / w;
        if taken[cell] < per_cell {
            taken[cell] += 1;
            chosen[k] = true;
            count += 1;
        }
    }
    for (k, c) in corners.iter().enumerate() {
        if count >= budget || c.harris <= 0.0 {
            break;
        }
        if !chosen[k] {
            chosen[k] = true;
            count += 1;
        }
    }
    corners
        .into_iter()
        .zip(chosen)
        .filter_map(|(c, keep)| keep.then_some(c))
        .collect()
}

/// True when the 16-bit ring mask has 9 set bits in a row (circularly).
fn has_arc(mask: u32) -> bool {
    if mask.count_ones() < 9 {
        return false;
    }
    let m = mask | (mask << 16);
    let mut run = m;
    for s in 1..9 {
        run &= m >> s;
    }
    run != 0
}

/// Harris corner response (k = 0.04) over a 7x7 window, central differences.
fn harris(p: &[u8], w: usize, x: usize, y: usize) -> f32 {
    let (mut a, mut b, mut c) = (0f32, 0f32, 0f32);
    for yy in y - 3..=y + 3 {
        for xx in x - 3..=x + 3 {
            let i = yy * w + xx;
            let gx = f32::from(p[i + 1]) - f32::from(p[i - 1]);
            let gy = f32::from(p[i + w]) - f32::from(p[i - w]);
            a += gx * gx;
            b += gy * gy;
            c += gx * gy;
        }
    }
    a * b - c * c - 0.04 * (a + b) * (a + b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arcs_of_nine_wrap_around() {
        assert!(has_arc(0xff81));
        assert!(has_arc(0x01ff));
        assert!(!has_arc(0x00ff));
        assert!(!has_arc(0x5555));
    }

    #[test]
    fn a_bright_square_has_four_corners() {
        let (w, h) = (64, 64);
        let mut pixels = vec![20u8; w * h];
        for y in 20..44 {
            for x in 20..44 {
                pixels[y * w + x] = 220;
            }
        }
        let level = Level {
            width: w,
            height: h,
            scale: 1.0,
            smooth: pixels.clone(),
            pixels,
        };
        let found = detect(&level, 20, 8, 100, 4);
        assert_eq!(found.len(), 4, "{found:?}");
        for c in found {
            assert!(
                (c.x == 20 || c.x == 43) && (c.y == 20 || c.y == 43),
                "{c:?}"
            );
        }
    }
}
