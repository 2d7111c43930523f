//! A leak-shaped test set, generated: originals (real photos from the PDQ
//! conformance set and self-made synthetic ones), distractor photos that
//! are not originals (self-made and real), and each of them put through
//! the eight kinds of edit in [`edits::KINDS`]. The distractors' copies sit
//! in the same frames as the originals' ones and must match nothing.
//!
//! Layout: `originals/oNN.jpg`, `found/<kind>__oNN.jpg` and
//! `found/<kind>__dNN.jpg`. Nothing is committed: the set is rebuilt in a
//! temporary folder each time.

#![allow(dead_code)]

pub mod draw;
pub mod edits;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use image::RgbImage;

use draw::{synthetic_photo, Rng};

/// The PDQ conformance images (ThreatExchange, BSD licence).
pub fn vectors() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/pdq-vectors/images"
    ))
}

/// Real photos usable as originals, then as distractors.
/// (q0003 and q0004, nearly flat, are too plain to be anyone's original.)
const REAL_ORIGINALS: [&str; 6] = [
    "reg-test-input/exif-rotn/exif-rotn-1.jpg",
    "reg-test-input/pen-and-coaster.png",
    "reg-test-input/labelme-subset/q0122.jpg",
    "reg-test-input/labelme-subset/q0291.jpg",
    "reg-test-input/labelme-subset/q0746.jpg",
    "bridge-mods/aaa-orig.jpg",
];
const REAL_DISTRACTORS: [&str; 3] = [
    "reg-test-input/labelme-subset/q1050.jpg",
    "reg-test-input/labelme-subset/q2821.jpg",
    "reg-test-input/labelme-subset/q0003.jpg",
];

/// How big a set to make.
#[derive(Debug, Clone, Copy)]
pub struct SetSize {
    pub real_originals: usize,
    pub synthetic_originals: usize,
    pub real_distractors: usize,
    pub synthetic_distractors: usize,
}

impl SetSize {
    /// 12 originals, 9 distractors: 168 copies.
    pub const FULL: Self = Self {
        real_originals: 6,
        synthetic_originals: 6,
        real_distractors: 3,
        synthetic_distractors: 6,
    };
    /// 4 originals, 2 distractors: 48 copies (the fast test).
    pub const SMALL: Self = Self {
        real_originals: 2,
        synthetic_originals: 2,
        real_distractors: 1,
        synthetic_distractors: 1,
    };
}

fn load(rel: &str) -> RgbImage {
    image::open(vectors().join(rel)).unwrap().into_rgb8()
}

/// Writes the set under `dir`; returns (originals folder, found folder).
pub fn generate(dir: &Path, size: SetSize, seed: u64) -> (PathBuf, PathBuf) {
    let (orig_dir, found_dir) = (dir.join("originals"), dir.join("found"));
    std::fs::create_dir_all(&orig_dir).unwrap();
    std::fs::create_dir_all(&found_dir).unwrap();
    let mut rng = Rng::new(seed);
    let synthetic = |n: usize, base: u64, rng: &mut Rng| -> Vec<RgbImage> {
        (0..n)
            .map(|i| {
                let portrait = rng.below(3) == 0;
                let (w, h) = if portrait { (1200, 1600) } else { (1600, 1200) };
                synthetic_photo(seed ^ (base + i as u64), w, h)
            })
            .collect()
    };
    let mut originals: Vec<RgbImage> = REAL_ORIGINALS[..size.real_originals]
        .iter()
        .map(|r| load(r))
        .collect();
    originals.extend(synthetic(size.synthetic_originals, 1_000, &mut rng));
    let mut distractors: Vec<RgbImage> = REAL_DISTRACTORS[..size.real_distractors]
        .iter()
        .map(|r| load(r))
        .collect();
    distractors.extend(synthetic(size.synthetic_distractors, 2_000, &mut rng));
    // Collage fillers: distractors, and more self-made photos.
    let mut fillers = distractors.clone();
    fillers.extend(synthetic(3, 3_000, &mut rng));
    for (i, o) in originals.iter().enumerate() {
        save(o, &orig_dir.join(format!("o{i:02}.jpg")), 95);
    }
    let sources = originals
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("o{i:02}"), p))
        .chain(
            distractors
                .iter()
                .enumerate()
                .map(|(i, p)| (format!("d{i:02}"), p)),
        );
    for (name, picture) in sources {
        for kind in edits::KINDS {
            let pick = |rng: &mut Rng| &fillers[rng.below(fillers.len() as u32) as usize];
            let f = [pick(&mut rng), pick(&mut rng), pick(&mut rng)];
            let edited = edits::apply(kind, picture, f, &mut rng);
            let quality = if kind == "thumbnail" || kind == "watermark" {
                75
            } else {
                85
            };
            save(
                &edited,
                &found_dir.join(format!("{kind}__{name}.jpg")),
                quality,
            );
        }
    }
    (orig_dir, found_dir)
}

pub fn save(img: &RgbImage, path: &Path, quality: u8) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(img)
        .unwrap();
}

/// Found / total per kind, and the false matches.
#[derive(Debug, Default)]
pub struct Score {
    pub per_kind: BTreeMap<String, (usize, usize)>,
    /// (found file, original wrongly named).
    pub false_matches: Vec<(String, String)>,
}

/// Scores match lines given as (found path, original path or None).
pub fn score(lines: &[(String, Option<String>)]) -> Score {
    let mut s = Score::default();
    let mut hit: BTreeMap<String, bool> = BTreeMap::new();
    for (found, original) in lines {
        let stem = Path::new(found)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let Some((kind, source)) = stem.split_once("__") else {
            continue;
        };
        let entry = hit.entry(stem.clone()).or_insert(false);
        let Some(original) = original else { continue };
        let named = Path::new(original)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        if source.starts_with('o') && named == source {
            *entry = true;
        } else {
            s.false_matches.push((format!("{kind}/{source}"), named));
        }
    }
    for (stem, found) in hit {
        let (kind, source) = stem.split_once("__").unwrap();
        if source.starts_with('o') {
            let e = s.per_kind.entry(kind.to_string()).or_default();
            e.1 += 1;
            e.0 += usize::from(found);
        }
    }
    s
}
