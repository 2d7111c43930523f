//! Drawing for the leak-shaped test set: a seeded random stream, synthetic
//! "photos", blocky pseudo-text (no font: random 5x7 glyphs), shapes,
//! pasting, resizing and a perspective warp. Self-made, no outside images.

#![allow(clippy::needless_range_loop)] // per-channel arithmetic reads best indexed

use image::{imageops, Rgb, RgbImage};

/// A small seeded random stream (xorshift64*), so a set is reproducible.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }

    pub fn range(&mut self, lo: f32, hi: f32) -> f32 {
        lo + (hi - lo) * self.unit()
    }

    pub fn below(&mut self, n: u32) -> u32 {
        (self.next() % u64::from(n.max(1))) as u32
    }

    pub fn colour(&mut self) -> [f32; 3] {
        [
            self.range(0.0, 255.0),
            self.range(0.0, 255.0),
            self.range(0.0, 255.0),
        ]
    }
}

/// Smooth value noise in [0, 1] with `cells` grid cells across.
struct Noise {
    cells: usize,
    values: Vec<f32>,
}

impl Noise {
    fn new(rng: &mut Rng, cells: usize) -> Self {
        let n = cells + 2;
        Self {
            cells,
            values: (0..n * n).map(|_| rng.unit()).collect(),
        }
    }

    fn at(&self, u: f32, v: f32) -> f32 {
        let n = self.cells + 2;
        let (x, y) = (u * self.cells as f32, v * self.cells as f32);
        let (xi, yi) = (x.floor() as usize, y.floor() as usize);
        let s = |t: f32| t * t * (3.0 - 2.0 * t);
        let (fx, fy) = (s(x - xi as f32), s(y - yi as f32));
        let g = |i: usize, j: usize| self.values[(j.min(n - 1)) * n + i.min(n - 1)];
        let top = g(xi, yi) * (1.0 - fx) + g(xi + 1, yi) * fx;
        let bottom = g(xi, yi + 1) * (1.0 - fx) + g(xi + 1, yi + 1) * fx;
        top * (1.0 - fy) + bottom * fy
    }
}

/// A made-up "photo": a lit gradient, soft noise at several scales, and
/// 12-30 shapes (discs, boxes, stripes, textured blobs) of random colours.
pub fn synthetic_photo(seed: u64, width: u32, height: u32) -> RgbImage {
    let mut rng = Rng::new(seed);
    let (c0, c1) = (rng.colour(), rng.colour());
    let octaves: Vec<(Noise, f32)> = [(3, 60.0), (9, 30.0), (40, 14.0), (160, 6.0)]
        .into_iter()
        .map(|(cells, amp)| (Noise::new(&mut rng, cells), amp))
        .collect();
    let tint = rng.colour();
    let angle = rng.range(0.0, std::f32::consts::TAU);
    let (ca, sa) = (angle.cos(), angle.sin());
    let mut img = RgbImage::from_fn(width, height, |x, y| {
        let (u, v) = (x as f32 / width as f32, y as f32 / height as f32);
        let t = ((u - 0.5) * ca + (v - 0.5) * sa + 0.7).clamp(0.0, 1.4) / 1.4;
        let n: f32 = octaves.iter().map(|(o, a)| (o.at(u, v) - 0.5) * a).sum();
        let mut px = [0u8; 3];
        for k in 0..3 {
            let base = c0[k] * (1.0 - t) + c1[k] * t;
            px[k] = (base * 0.8 + tint[k] * 0.2 + n).clamp(0.0, 255.0) as u8;
        }
        Rgb(px)
    });
    let shapes = 12 + rng.below(19);
    for _ in 0..shapes {
        let colour = rng.colour();
        let (cx, cy) = (rng.range(0.0, width as f32), rng.range(0.0, height as f32));
        let r = rng.range(0.03, 0.22) * width.min(height) as f32;
        let alpha = rng.range(0.55, 1.0);
        let cells = 3 + rng.below(30) as usize;
        let texture = Noise::new(&mut rng, cells);
        let kind = rng.below(4);
        let (ex, ey) = (rng.range(0.5, 1.5), rng.range(0.5, 1.5));
        let stripe = rng.range(4.0, 20.0);
        let tilt = rng.range(0.0, std::f32::consts::PI);
        let (x0, x1) = (
            (cx - 1.6 * r).max(0.0) as u32,
            ((cx + 1.6 * r) as u32).min(width),
        );
        let (y0, y1) = (
            (cy - 1.6 * r).max(0.0) as u32,
            ((cy + 1.6 * r) as u32).min(height),
        );
        for y in y0..y1 {
            for x in x0..x1 {
                let (dx, dy) = ((x as f32 - cx) / (r * ex), (y as f32 - cy) / (r * ey));
                let inside = match kind {
                    0 => dx * dx + dy * dy <= 1.0,
                    1 => dx.abs() <= 1.0 && dy.abs() <= 1.0,
                    2 => {
                        dx * dx + dy * dy <= 1.0
                            && ((x as f32 * tilt.cos() + y as f32 * tilt.sin()) / stripe) as i32 % 2
                                == 0
                    }
                    _ => {
                        dx * dx + dy * dy
                            <= 0.6
                                + 0.8
                                    * texture.at(x as f32 / width as f32, y as f32 / height as f32)
                    }
                };
                if inside {
                    let shade =
                        0.75 + 0.5 * texture.at(x as f32 / width as f32, y as f32 / height as f32);
                    let p = img.get_pixel_mut(x, y);
                    for k in 0..3 {
                        let v = (colour[k] * shade).clamp(0.0, 255.0);
                        p.0[k] = (f32::from(p.0[k]) * (1.0 - alpha) + v * alpha) as u8;
                    }
                }
            }
        }
    }
    img
}

/// Blends `colour` over a rectangle (clipped) with opacity `alpha`.
pub fn fill_rect(img: &mut RgbImage, x: i32, y: i32, w: i32, h: i32, colour: [u8; 3], alpha: f32) {
    let (x0, y0) = (x.max(0), y.max(0));
    let (x1, y1) = (
        (x + w).min(img.width() as i32),
        (y + h).min(img.height() as i32),
    );
    for yy in y0..y1 {
        for xx in x0..x1 {
            blend(img, xx as u32, yy as u32, colour, alpha);
        }
    }
}

/// Blends `colour` over a disc.
pub fn fill_disc(img: &mut RgbImage, cx: i32, cy: i32, r: i32, colour: [u8; 3]) {
    for yy in (cy - r).max(0)..(cy + r).min(img.height() as i32) {
        for xx in (cx - r).max(0)..(cx + r).min(img.width() as i32) {
            if (xx - cx).pow(2) + (yy - cy).pow(2) <= r * r {
                blend(img, xx as u32, yy as u32, colour, 1.0);
            }
        }
    }
}

fn blend(img: &mut RgbImage, x: u32, y: u32, colour: [u8; 3], alpha: f32) {
    let p = img.get_pixel_mut(x, y);
    for k in 0..3 {
        p.0[k] = (f32::from(p.0[k]) * (1.0 - alpha) + f32::from(colour[k]) * alpha).round() as u8;
    }
}

/// Blocky pseudo-text: `chars` random 5x7 glyphs (a space now and then),
/// `size` pixels high, from (x, y). Returns the width drawn.
#[allow(clippy::too_many_arguments)]
pub fn text(
    img: &mut RgbImage,
    rng: &mut Rng,
    x: i32,
    y: i32,
    size: i32,
    chars: u32,
    colour: [u8; 3],
    alpha: f32,
) -> i32 {
    let cell = (size / 7).max(1);
    let mut cx = x;
    for _ in 0..chars {
        if rng.below(6) == 0 {
            cx += 4 * cell;
            continue;
        }
        let glyph = rng.next();
        for gy in 0..7 {
            for gx in 0..5 {
                if glyph >> (gy * 5 + gx) & 1 == 1 {
                    fill_rect(
                        img,
                        cx + gx * cell,
                        y + gy * cell,
                        cell,
                        cell,
                        colour,
                        alpha,
                    );
                }
            }
        }
        cx += 6 * cell;
    }
    cx - x
}

/// `src` pasted with its top-left corner at (x, y), clipped.
pub fn paste(dst: &mut RgbImage, src: &RgbImage, x: i64, y: i64) {
    imageops::overlay(dst, src, x, y);
}

/// Resized to `w` x `h` (triangle filter).
pub fn resize(img: &RgbImage, w: u32, h: u32) -> RgbImage {
    imageops::resize(img, w.max(1), h.max(1), imageops::FilterType::Triangle)
}

/// Resized so its width is `w`.
pub fn fit_width(img: &RgbImage, w: u32) -> RgbImage {
    let h = (img.height() as f32 * w as f32 / img.width() as f32).round() as u32;
    resize(img, w, h)
}

/// Resized to fit in `w` x `h`, aspect kept.
pub fn fit(img: &RgbImage, w: u32, h: u32) -> RgbImage {
    let s = (w as f32 / img.width() as f32).min(h as f32 / img.height() as f32);
    resize(
        img,
        (img.width() as f32 * s).round() as u32,
        (img.height() as f32 * s).round() as u32,
    )
}

/// The centre square, resized to `side`.
pub fn square(img: &RgbImage, side: u32) -> RgbImage {
    let s = img.width().min(img.height());
    let cut =
        imageops::crop_imm(img, (img.width() - s) / 2, (img.height() - s) / 2, s, s).to_image();
    resize(&cut, side, side)
}

/// Draws `src` into `dst` through the homography mapping `dst` pixels back
/// to `src` pixels (`inverse`, row-major 3x3), bilinear; pixels falling
/// outside `src` are left as they are.
pub fn warp(dst: &mut RgbImage, src: &RgbImage, inverse: [f32; 9]) {
    let (sw, sh) = (src.width() as f32, src.height() as f32);
    for y in 0..dst.height() {
        for x in 0..dst.width() {
            let (xf, yf) = (x as f32 + 0.5, y as f32 + 0.5);
            let w = inverse[6] * xf + inverse[7] * yf + inverse[8];
            let u = (inverse[0] * xf + inverse[1] * yf + inverse[2]) / w - 0.5;
            let v = (inverse[3] * xf + inverse[4] * yf + inverse[5]) / w - 0.5;
            if u < 0.0 || v < 0.0 || u > sw - 1.0 || v > sh - 1.0 {
                continue;
            }
            let (x0, y0) = (u.floor() as u32, v.floor() as u32);
            let (x1, y1) = (
                (x0 + 1).min(src.width() - 1),
                (y0 + 1).min(src.height() - 1),
            );
            let (fx, fy) = (u - x0 as f32, v - y0 as f32);
            let mut px = [0u8; 3];
            for (k, out) in px.iter_mut().enumerate() {
                let g = |xx: u32, yy: u32| f32::from(src.get_pixel(xx, yy).0[k]);
                let top = g(x0, y0) * (1.0 - fx) + g(x1, y0) * fx;
                let bottom = g(x0, y1) * (1.0 - fx) + g(x1, y1) * fx;
                *out = (top * (1.0 - fy) + bottom * fy).round() as u8;
            }
            dst.put_pixel(x, y, Rgb(px));
        }
    }
}

/// The homography taking the four corners `from` to `to` (solved by
/// Gaussian elimination on the usual 8x8 system).
pub fn homography(from: [(f32, f32); 4], to: [(f32, f32); 4]) -> [f32; 9] {
    let mut m = [[0f64; 9]; 8];
    for i in 0..4 {
        let ((x, y), (u, v)) = (
            (f64::from(from[i].0), f64::from(from[i].1)),
            (f64::from(to[i].0), f64::from(to[i].1)),
        );
        m[2 * i] = [x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y, u];
        m[2 * i + 1] = [0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y, v];
    }
    for c in 0..8 {
        let p = (c..8)
            .max_by(|&a, &b| m[a][c].abs().total_cmp(&m[b][c].abs()))
            .unwrap();
        m.swap(c, p);
        for r in 0..8 {
            if r != c {
                let f = m[r][c] / m[c][c];
                for k in c..9 {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
    }
    let h: Vec<f32> = (0..8).map(|r| (m[r][8] / m[r][r]) as f32).collect();
    [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], 1.0]
}
