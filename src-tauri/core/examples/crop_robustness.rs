//! Measurement: how many crops of up to 10 % per side are matched, with and
//! without crop-window hashes of the originals, and how many false positives
//! appear between unrelated scenes.
//!
//! `cargo run --release -p reclaim-core --example crop_robustness -- [STEP]`
//! (STEP = crop-window grid step, default `CropGrid::default()`'s). Uses the images in
//! `../shared/pdq-vectors/images`: 12 distinct scenes.

use std::io::Cursor;
use std::path::PathBuf;
use std::time::Instant;

use image::codecs::jpeg::JpegEncoder;
use image::RgbImage;
use reclaim_core::hashing::crops::{crop_window_hashes, CropGrid};
use reclaim_core::hashing::decode::Decoded;
use reclaim_core::hashing::decode::{decode, DecodeLimits, DecodeSize};
use reclaim_core::hashing::pdq_sampled::{pdq_sampled, LumaWindow};
use reclaim_core::hashing::sniff::sniff;
use reclaim_core::hashing::{Hash256, Transform, DEFAULT_THRESHOLD};

const SCENES: &[&str] = &[
    "bridge-mods/aaa-orig.jpg",
    "misc-images/c.png",
    "reg-test-input/pen-and-coaster.png",
    "reg-test-input/labelme-subset/q0122.jpg",
    "reg-test-input/labelme-subset/q0291.jpg",
    "reg-test-input/labelme-subset/q0746.jpg",
    "reg-test-input/labelme-subset/q1050.jpg",
    "reg-test-input/labelme-subset/q2821.jpg",
    "reg-test-input/exif-rotn/exif-rotn-1.jpg",
    "reg-test-input/exif-rotn/exif-rotn-3.jpg",
    "reg-test-input/exif-rotn/exif-rotn-6.jpg",
    "reg-test-input/exif-rotn/exif-rotn-8.jpg",
];

/// Decodes as `reclaim-cli hash` does (`Fast`), or every pixel as RGB.
fn load(bytes: &[u8], size: DecodeSize) -> Decoded {
    let kind = sniff(&bytes[..32.min(bytes.len())], std::path::Path::new(""));
    decode(bytes, kind, &DecodeLimits::default(), size).unwrap()
}

/// PDQ of a fast-decoded image, as `hash_file` computes it.
fn pdq_of(d: &Decoded) -> reclaim_core::hashing::PdqResult {
    let (w, h) = (d.pixels.width() as usize, d.pixels.height() as usize);
    pdq_sampled(&d.pdq_luma(), LumaWindow::whole(w, h))
}

/// Cut fractions (left, right, top, bottom), re-encode as JPEG q 90, decode
/// as a found file would be.
fn crop_copy(img: &RgbImage, cut: [f32; 4]) -> Hash256 {
    let (w, h) = (img.width() as f32, img.height() as f32);
    let x0 = (cut[0] * w) as u32;
    let y0 = (cut[2] * h) as u32;
    let x1 = (w - cut[1] * w) as u32;
    let y1 = (h - cut[3] * h) as u32;
    let sub = image::imageops::crop_imm(img, x0, y0, x1 - x0, y1 - y0).to_image();
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(Cursor::new(&mut jpeg), 90)
        .encode_image(&sub)
        .unwrap();
    pdq_of(&load(&jpeg, DecodeSize::Fast)).hash()
}

/// xorshift64*
fn rand01(state: &mut u64) -> f32 {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    (state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 40) as f32 / (1u64 << 24) as f32
}

fn main() {
    let step: f32 = std::env::args()
        .nth(1)
        .map(|s| s.parse().unwrap())
        .unwrap_or(CropGrid::default().step);
    let grid = CropGrid {
        step,
        ..CropGrid::default()
    };
    let root = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/pdq-vectors/images"
    ));
    // Originals as the app decodes them; crops are cut from every pixel.
    let files: Vec<Vec<u8>> = SCENES
        .iter()
        .map(|s| std::fs::read(root.join(s)).unwrap())
        .collect();
    let decoded: Vec<Decoded> = files.iter().map(|b| load(b, DecodeSize::Fast)).collect();
    let images: Vec<RgbImage> = files
        .iter()
        .map(|b| load(b, DecodeSize::Full).pixels.to_rgb8())
        .collect();

    // Index per scene: 8 dihedral hashes of the whole image + crop windows.
    let t0 = Instant::now();
    let mut plain: Vec<Vec<Hash256>> = Vec::new();
    let mut windows: Vec<Vec<Hash256>> = Vec::new();
    for d in &decoded {
        let r = pdq_of(d);
        plain.push(Transform::ALL.iter().map(|t| r.variant(*t)).collect());
        windows.push(crop_window_hashes(
            &d.pdq_luma(),
            d.pixels.width() as usize,
            d.pixels.height() as usize,
            &grid,
        ));
    }
    let index_secs = t0.elapsed().as_secs_f64();
    let n_windows: usize = windows.iter().map(Vec::len).sum();

    // Crops: one side 10 % (x4), all sides 5 %, all sides 10 %, 10 random
    // cuts of 0-10 % on each side.
    let mut rng = 0x1234_5678_9ABC_DEF1u64;
    let mut cuts: Vec<[f32; 4]> = vec![
        [0.10, 0.0, 0.0, 0.0],
        [0.0, 0.10, 0.0, 0.0],
        [0.0, 0.0, 0.10, 0.0],
        [0.0, 0.0, 0.0, 0.10],
        [0.05; 4],
        [0.10; 4],
    ];
    for _ in 0..10 {
        cuts.push([0.0; 4].map(|_| 0.10 * rand01(&mut rng)));
    }
    let best =
        |h: &Hash256, set: &[Hash256]| set.iter().map(|x| x.distance(h)).min().unwrap_or(256);
    let (mut total, mut hit_plain, mut hit_win, mut fp_plain, mut fp_win) = (0, 0, 0, 0, 0);
    let mut min_unrelated = 256;
    for (i, img) in images.iter().enumerate() {
        for cut in &cuts {
            let h = crop_copy(img, *cut);
            total += 1;
            let own_plain = best(&h, &plain[i]);
            let own = own_plain.min(best(&h, &windows[i]));
            hit_plain += usize::from(own_plain <= DEFAULT_THRESHOLD);
            hit_win += usize::from(own <= DEFAULT_THRESHOLD);
            for j in (0..images.len()).filter(|&j| j != i) {
                let p = best(&h, &plain[j]);
                let w = p.min(best(&h, &windows[j]));
                min_unrelated = min_unrelated.min(w);
                fp_plain += usize::from(p <= DEFAULT_THRESHOLD);
                fp_win += usize::from(w <= DEFAULT_THRESHOLD);
            }
        }
    }
    println!(
        "scenes {} crops {} grid_step {step} windows_per_original {:.0} index_s_per_original {:.3}",
        images.len(),
        total,
        n_windows as f64 / images.len() as f64,
        index_secs / images.len() as f64
    );
    println!("matched_without_windows {hit_plain}/{total} matched_with_windows {hit_win}/{total}");
    println!("false_positives_without {fp_plain} with {fp_win} (of {} unrelated crop-original pairs); closest unrelated {min_unrelated} bits",
        total * (images.len() - 1));
}
