//! Hashing real files: PDQ of decoded JPEG/PNG/WebP/GIF against the reference
//! values, and one clear error per kind of bad file.

use std::path::{Path, PathBuf};

use reclaim_core::hashing::{hash_file, DecodeSize, Hash256, HashOptions};
use reclaim_core::ErrorKind;

fn vectors() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/pdq-vectors"
    ))
}

/// Rows of `pdq-fullres.tsv` as (image, orientation, width, height, quality, pdq).
fn fullres_rows() -> Vec<(String, String, u32, u32, u8, Hash256)> {
    let tsv = std::fs::read_to_string(vectors().join("expected/pdq-fullres.tsv")).unwrap();
    tsv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (
                f[0].to_string(),
                f[1].to_string(),
                f[3].parse().unwrap(),
                f[4].parse().unwrap(),
                f[5].parse().unwrap(),
                f[6].parse().unwrap(),
            )
        })
        .collect()
}

/// The reference value for each image as displayed: the `exif` row where
/// one exists, else `asis`.
fn displayed_rows() -> Vec<(String, u32, u32, u8, Hash256)> {
    let rows = fullres_rows();
    let has_exif = |img: &str| rows.iter().any(|r| r.0 == img && r.1 == "exif");
    rows.iter()
        .filter(|r| r.1 == "exif" || !has_exif(&r.0))
        .map(|r| (r.0.clone(), r.2, r.3, r.4, r.5))
        .collect()
}

fn check_all(size: DecodeSize, max_bits: u32) {
    let options = HashOptions {
        size,
        ..HashOptions::default()
    };
    let mut checked = 0;
    for (image, w, h, quality, expected) in displayed_rows() {
        let out = hash_file(&vectors().join("images").join(&image), &options);
        let hashes = &out.hashes;
        assert!(hashes.error.is_none(), "{image}: {:?}", hashes.error);
        assert_eq!((hashes.width, hashes.height), (Some(w), Some(h)), "{image}");
        assert_eq!(hashes.sha256.as_ref().map(String::len), Some(64));
        assert_eq!(hashes.md5.as_ref().map(String::len), Some(32));
        assert_eq!(hashes.phash.as_ref().map(String::len), Some(16));
        assert_eq!(hashes.dhash.as_ref().map(String::len), Some(16));
        if quality < 80 {
            continue;
        }
        let got: Hash256 = hashes.pdq.as_ref().unwrap().parse().unwrap();
        let d = got.distance(&expected);
        assert!(
            d <= max_bits,
            "{image} ({size:?}): {d} bits from the reference"
        );
        checked += 1;
    }
    assert!(checked >= 45, "only {checked} images checked");
}

#[test]
fn fast_decode_is_within_10_bits_of_the_reference_for_every_good_photo() {
    check_all(DecodeSize::Fast, 10);
}

#[test]
fn full_decode_is_within_10_bits_of_the_reference_for_every_good_photo() {
    check_all(DecodeSize::Full, 10);
}

#[test]
fn exif_orientation_is_applied() {
    // exif-rotn-6 is stored landscape and displayed portrait.
    let path = vectors().join("images/reg-test-input/exif-rotn/exif-rotn-6.jpg");
    let out = hash_file(&path, &HashOptions::default());
    assert_eq!(
        (out.hashes.width, out.hashes.height),
        (Some(3024), Some(4032))
    );
}

#[test]
fn low_quality_images_report_the_reference_quality() {
    for (name, q) in [("q0003", 3), ("q0004", 4)] {
        let path = vectors().join(format!("images/reg-test-input/labelme-subset/{name}.jpg"));
        let out = hash_file(&path, &HashOptions::default());
        let got = out.hashes.pdq_quality.unwrap();
        assert!(got.abs_diff(q) <= 1, "{name}: quality {got}, reference {q}");
    }
}

/// A scratch folder under the system temp dir, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("reclaim-hash-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn error_of(path: &Path) -> (ErrorKind, String) {
    let out = hash_file(path, &HashOptions::default());
    let e = out
        .hashes
        .error
        .unwrap_or_else(|| panic!("no error for {}: {:?}", path.display(), out.hashes.pdq));
    assert!(!e.message.contains('\n'), "one-line message: {}", e.message);
    assert!(out.hashes.pdq.is_none());
    (e.kind, e.message)
}

/// A PNG whose header claims `w` x `h` pixels, followed by a tiny IDAT.
fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let start = out.len();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        let crc = crc32(&out[start..]);
        out.extend_from_slice(&crc.to_be_bytes());
    }
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(
        &mut png,
        b"IDAT",
        &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    );
    chunk(&mut png, b"IEND", &[]);
    png
}

#[test]
fn each_bad_file_gets_its_own_clear_error() {
    let dir = Scratch::new("bad");
    let jpeg = std::fs::read(vectors().join("images/bridge-mods/aaa-orig.jpg")).unwrap();
    let png = std::fs::read(
        vectors()
            .join("images/misc-images/modes/RGB.png")
            .with_file_name("RGBA.png"),
    )
    .unwrap();

    let (kind, _) = error_of(&dir.file("empty.jpg", b""));
    assert_eq!(kind, ErrorKind::EmptyFile);

    let (kind, msg) = error_of(&dir.file("cut.jpg", &jpeg[..jpeg.len() / 3]));
    assert!(
        matches!(kind, ErrorKind::Truncated | ErrorKind::Corrupt),
        "{kind:?} {msg}"
    );
    let (kind, msg) = error_of(&dir.file("cut.png", &png[..png.len() / 2]));
    assert_eq!(kind, ErrorKind::Truncated, "{msg}");

    let mut garbage = jpeg[..600].to_vec();
    garbage.extend(std::iter::repeat_n(0x5Au8, 20_000));
    let (kind, msg) = error_of(&dir.file("corrupt.jpg", &garbage));
    assert!(
        matches!(kind, ErrorKind::Corrupt | ErrorKind::Truncated),
        "{kind:?} {msg}"
    );
    let mut bad_png = png.clone();
    let mid = bad_png.len() / 2;
    for b in &mut bad_png[mid..mid + 4000] {
        *b ^= 0xA5;
    }
    let (kind, msg) = error_of(&dir.file("corrupt.png", &bad_png));
    assert_eq!(kind, ErrorKind::Corrupt, "{msg}");

    let (kind, msg) = error_of(&dir.file("bomb.png", &png_claiming(20_000, 20_000)));
    assert_eq!(kind, ErrorKind::TooLarge, "{msg}");
    let (kind, msg) = error_of(&dir.file("wide.png", &png_claiming(16_000, 16_000)));
    assert_eq!(kind, ErrorKind::TooLarge, "{msg}");
    assert!(msg.contains("16000x16000"), "{msg}");

    let (kind, _) = error_of(&dir.file("notes.jpg", b"Dear diary, this is not a photo.\n"));
    assert_eq!(kind, ErrorKind::UnsupportedFormat);

    let heic = dir.file(
        "IMG_0001.HEIC",
        b"\0\0\0\x18ftypheic\0\0\0\0mif1heic\0\0\0\0",
    );
    let (kind, msg) = error_of(&heic);
    assert_eq!(kind, ErrorKind::HeicUnsupported);
    assert!(msg.contains("JPEG"), "{msg}");
}

#[test]
fn bad_files_still_get_their_byte_hashes() {
    let dir = Scratch::new("bytes");
    let out = hash_file(
        &dir.file("x.heic", b"\0\0\0\x18ftypheic\0\0\0\0"),
        &HashOptions::default(),
    );
    assert!(out.hashes.sha256.is_some() && out.hashes.md5.is_some());
}

#[test]
fn videos_get_sha256_and_md5_only() {
    let dir = Scratch::new("video");
    let mut mp4 = b"\0\0\0\x18ftypisom\0\0\0\0isomiso2".to_vec();
    mp4.extend((0..3_000_000u32).map(|i| (i % 251) as u8));
    let path = dir.file("clip.mp4", &mp4);
    let out = hash_file(&path, &HashOptions::default()).hashes;
    assert_eq!(out.error, None);
    assert!(out.pdq.is_none() && out.phash.is_none() && out.width.is_none());
    use sha2::Digest;
    let expected: String = sha2::Sha256::digest(&mp4)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(out.sha256.unwrap(), expected);
    assert_eq!(out.md5.unwrap().len(), 32);
}

#[test]
fn a_missing_file_is_not_found() {
    let out = hash_file(
        Path::new("/nonexistent/reclaim/photo.jpg"),
        &HashOptions::default(),
    );
    assert_eq!(out.hashes.error.unwrap().kind, ErrorKind::NotFound);
}

#[test]
fn phash_and_dhash_are_close_for_edits_and_far_for_other_pictures() {
    let get = |name: &str| {
        let out = hash_file(
            &vectors().join("images").join(name),
            &HashOptions::default(),
        )
        .hashes;
        let p = u64::from_str_radix(out.phash.as_deref().unwrap(), 16).unwrap();
        let d = u64::from_str_radix(out.dhash.as_deref().unwrap(), 16).unwrap();
        (p, d)
    };
    let orig = get("bridge-mods/aaa-orig.jpg");
    for edit in [
        "bridge-mods/blur-a-little.jpg",
        "bridge-mods/shrink-a-lot.jpg",
        "misc-images/modes/L.png",
    ] {
        let e = get(edit);
        assert!((orig.0 ^ e.0).count_ones() <= 10, "pHash {edit}");
        assert!((orig.1 ^ e.1).count_ones() <= 10, "dHash {edit}");
    }
    for other in [
        "reg-test-input/labelme-subset/q2821.jpg",
        "reg-test-input/pen-and-coaster.png",
    ] {
        let o = get(other);
        assert!((orig.0 ^ o.0).count_ones() > 10, "pHash {other}");
        assert!((orig.1 ^ o.1).count_ones() > 10, "dHash {other}");
    }
}
