//! Geometric verification: do enough feature matches agree on one placement
//! of the original in the found image (shift, scale, turn), and do they
//! cover enough of the original? Random agreement of unrelated pictures, or
//! of a screenshot's frame with an original, is what this rules out.

use super::Keypoint;

type Point = (f32, f32);

/// `found = [a -b; b a] * original + (tx, ty)`: scale, turn and shift.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Similarity {
    pub a: f32,
    pub b: f32,
    pub tx: f32,
    pub ty: f32,
}

impl Similarity {
    pub fn apply(&self, x: f32, y: f32) -> (f32, f32) {
        (
            self.a * x - self.b * y + self.tx,
            self.b * x + self.a * y + self.ty,
        )
    }

    /// Found pixels per original pixel.
    pub fn scale(&self) -> f32 {
        self.a.hypot(self.b)
    }

    /// Turn, radians (image axes: positive is clockwise on screen).
    pub fn angle(&self) -> f32 {
        self.b.atan2(self.a)
    }

    fn from_two(o1: (f32, f32), o2: (f32, f32), f1: (f32, f32), f2: (f32, f32)) -> Option<Self> {
        let (dox, doy) = (o2.0 - o1.0, o2.1 - o1.1);
        let (dfx, dfy) = (f2.0 - f1.0, f2.1 - f1.1);
        let n = dox * dox + doy * doy;
        if n < 1.0 {
            return None;
        }
        // (dfx + i dfy) / (dox + i doy)
        let a = (dfx * dox + dfy * doy) / n;
        let b = (dfy * dox - dfx * doy) / n;
        Some(Self {
            a,
            b,
            tx: f1.0 - (a * o1.0 - b * o1.1),
            ty: f1.1 - (b * o1.0 + a * o1.1),
        })
    }

    /// Least-squares fit to point pairs (original, found).
    fn fit(pairs: &[(Point, Point)]) -> Option<Self> {
        let n = pairs.len() as f32;
        if pairs.len() < 2 {
            return None;
        }
        let (mut ox, mut oy, mut fx, mut fy) = (0f32, 0f32, 0f32, 0f32);
        for (o, f) in pairs {
            ox += o.0;
            oy += o.1;
            fx += f.0;
            fy += f.1;
        }
        let (ox, oy, fx, fy) = (ox / n, oy / n, fx / n, fy / n);
        let (mut num_a, mut num_b, mut den) = (0f32, 0f32, 0f32);
        for (o, f) in pairs {
            let (px, py, qx, qy) = (o.0 - ox, o.1 - oy, f.0 - fx, f.1 - fy);
            num_a += px * qx + py * qy;
            num_b += px * qy - py * qx;
            den += px * px + py * py;
        }
        if den < 1.0 {
            return None;
        }
        let (a, b) = (num_a / den, num_b / den);
        Some(Self {
            a,
            b,
            tx: fx - (a * ox - b * oy),
            ty: fy - (b * ox + a * oy),
        })
    }
}

/// What verification asks of a placement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    /// Fewest distinct agreeing matches.
    pub min_inliers: usize,
    /// Fewest cells of a 4x4 grid over the original holding an inlier.
    pub min_cells: usize,
    /// Smallest share of the original's width and of its height spanned.
    pub min_span: f32,
}

impl Default for Rules {
    fn default() -> Self {
        // On the generated leak set (docs/benchmarks.md): true copies had
        // 9 to 500 inliers, unrelated pictures in the same frames at most 4
        // inliers over 3 cells.
        Self {
            min_inliers: 9,
            min_cells: 4,
            min_span: 0.25,
        }
    }
}

/// A verified placement.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub similarity: Similarity,
    /// Distinct agreeing matches.
    pub inliers: usize,
    /// Cells of the 4x4 grid over the original holding one.
    pub cells: usize,
    /// Share of the original's width and height (the smaller) the inliers span.
    pub span: f32,
}

/// Looks for the placement most matches agree on. `pairs` are (original
/// keypoint, found keypoint) index pairs; `original_size` is the
/// original's level-0 size. Returns the best placement whatever its
/// support (the caller applies [`Rules`] with [`Placement::passes`]).
pub fn best_placement(
    original: &[Keypoint],
    found: &[Keypoint],
    pairs: &[(u32, u32)],
    original_size: (u32, u32),
) -> Option<Placement> {
    if pairs.len() < 3 {
        return None;
    }
    let o = |i: usize| original[pairs[i].0 as usize];
    let f = |i: usize| found[pairs[i].1 as usize];
    let n = pairs.len();
    // Pairs of matches to try: all when few, else a fixed pseudo-random
    // draw. Only pairs whose own scales and turns agree with the placement
    // they imply are counted (most random pairs fail that cheaply).
    let all_pairs = n * (n - 1) / 2 <= MAX_DRAWS;
    let mut state = 0x2545_f491_4f6c_dd1du64 ^ n as u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut best: Option<(usize, Similarity)> = None;
    let mut counted = 0;
    for draw in 0..MAX_DRAWS.min(n * (n - 1) / 2) {
        let (i, j) = if all_pairs {
            // The draw-th pair (i < j) in row order.
            let mut i = 0;
            let mut left = draw;
            while left >= n - 1 - i {
                left -= n - 1 - i;
                i += 1;
            }
            (i, i + 1 + left)
        } else {
            let (i, j) = ((next() % n as u64) as usize, (next() % n as u64) as usize);
            if i == j {
                continue;
            }
            (i, j)
        };
        let (oi, oj, fi, fj) = (o(i), o(j), f(i), f(j));
        let Some(s) = Similarity::from_two((oi.x, oi.y), (oj.x, oj.y), (fi.x, fi.y), (fj.x, fj.y))
        else {
            continue;
        };
        if !plausible(&s) || !consistent(&s, &oi, &fi) || !consistent(&s, &oj, &fj) {
            continue;
        }
        let count = inliers(&s, original, found, pairs).len();
        if best.is_none_or(|(c, _)| count > c) {
            best = Some((count, s));
        }
        counted += 1;
        if counted >= MAX_COUNTED {
            break;
        }
    }
    let (_, mut s) = best?;
    // Refine on the inliers twice.
    for _ in 0..2 {
        let chosen = inliers(&s, original, found, pairs);
        let pts: Vec<_> = chosen
            .iter()
            .map(|&k| {
                let (a, b) = (o(k), f(k));
                ((a.x, a.y), (b.x, b.y))
            })
            .collect();
        match Similarity::fit(&pts) {
            Some(r) if plausible(&r) => s = r,
            _ => break,
        }
    }
    let chosen = inliers(&s, original, found, pairs);
    let distinct = distinct(&chosen, original, found, pairs);
    let (w, h) = (original_size.0 as f32, original_size.1 as f32);
    let mut cells = [false; 16];
    let (mut x0, mut x1, mut y0, mut y1) = (f32::MAX, f32::MIN, f32::MAX, f32::MIN);
    for &k in &distinct {
        let p = o(k);
        let cx = ((p.x / w * 4.0) as usize).min(3);
        let cy = ((p.y / h * 4.0) as usize).min(3);
        cells[cy * 4 + cx] = true;
        (x0, x1, y0, y1) = (x0.min(p.x), x1.max(p.x), y0.min(p.y), y1.max(p.y));
    }
    let span = if distinct.is_empty() {
        0.0
    } else {
        ((x1 - x0) / w).min((y1 - y0) / h)
    };
    Some(Placement {
        similarity: s,
        inliers: distinct.len(),
        cells: cells.iter().filter(|&&c| c).count(),
        span,
    })
}

impl Placement {
    /// Whether the placement meets `rules`.
    pub fn passes(&self, rules: &Rules) -> bool {
        self.inliers >= rules.min_inliers
            && self.cells >= rules.min_cells
            && self.span >= rules.min_span
    }
}

/// Pairs of matches drawn at most, and placements counted at most.
const MAX_DRAWS: usize = 4_000;
const MAX_COUNTED: usize = 250;

/// Scales a copy can plausibly have: 1/40 to 20 times the original.
fn plausible(s: &Similarity) -> bool {
    let scale = s.scale();
    (0.025..=20.0).contains(&scale) && scale.is_finite()
}

/// Whether one match agrees with `s` in feature scale and orientation.
fn consistent(s: &Similarity, o: &Keypoint, f: &Keypoint) -> bool {
    let expected = s.scale() * o.scale;
    let ratio = f.scale / expected;
    if !(0.5..=2.0).contains(&ratio) {
        return false;
    }
    let turn = f.angle - o.angle - s.angle();
    let turn =
        (turn + std::f32::consts::PI).rem_euclid(std::f32::consts::TAU) - std::f32::consts::PI;
    turn.abs() <= MAX_TURN_ERROR
}

/// Largest disagreement of a feature's orientation with the placement's.
const MAX_TURN_ERROR: f32 = 30.0 * std::f32::consts::PI / 180.0;

/// Indices (into `pairs`) of matches agreeing with `s`.
fn inliers(
    s: &Similarity,
    original: &[Keypoint],
    found: &[Keypoint],
    pairs: &[(u32, u32)],
) -> Vec<usize> {
    pairs
        .iter()
        .enumerate()
        .filter(|(_, &(oi, fi))| {
            let (o, f) = (original[oi as usize], found[fi as usize]);
            let (px, py) = s.apply(o.x, o.y);
            let tolerance = 3.0 * f.scale + 2.0;
            (px - f.x).powi(2) + (py - f.y).powi(2) <= tolerance * tolerance
                && consistent(s, &o, &f)
        })
        .map(|(k, _)| k)
        .collect()
}

/// Inliers with no two at the same place in either image (the same corner
/// found on two levels counts once).
fn distinct(
    chosen: &[usize],
    original: &[Keypoint],
    found: &[Keypoint],
    pairs: &[(u32, u32)],
) -> Vec<usize> {
    let mut kept: Vec<usize> = Vec::with_capacity(chosen.len());
    for &k in chosen {
        let (o, f) = (original[pairs[k].0 as usize], found[pairs[k].1 as usize]);
        let clash = kept.iter().any(|&j| {
            let (oj, fj) = (original[pairs[j].0 as usize], found[pairs[j].1 as usize]);
            (oj.x - o.x).abs() < 3.0 && (oj.y - o.y).abs() < 3.0
                || (fj.x - f.x).abs() < 3.0 && (fj.y - f.y).abs() < 3.0
        });
        if !clash {
            kept.push(k);
        }
    }
    kept
}
