//! Hashing one file: SHA-256 and MD5 of its bytes (every readable file),
//! plus PDQ, pHash and dHash of the picture for allow-listed images.

use std::fs::File;
use std::io::Read;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use image::DynamicImage;
use image_hasher::{HashAlg, Hasher, HasherConfig};
use md5::Md5;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::budget::decode_budget;
use super::crops::{crop_window_hashes, CropGrid};
use super::decode::{decode, working_set, DecodeLimits, DecodeSize, Decoded};
use super::features::{image_features, FeatureConfig, ImageFeatures};
use super::hash256::Hash256;
use super::pdq::{pdq_from_luma, LumaSample, PdqResult};
use super::pdq_sampled::{pdq_sampled, LumaWindow};
use super::small_grey::small_copy;
use super::sniff::{sniff, FileKind, SNIFF_LEN};
use crate::error::{CoreError, CoreResult, ErrorKind};

/// The hashes of one file, as the CLI prints them and the UI receives them.
///
/// Fields that do not apply are `null` (e.g. only `sha256` and `md5` for a
/// video). `error` is set when something could not be computed; the hashes
/// that could be are still given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FileHashes {
    /// The file, as given or found.
    pub path: String,
    /// SHA-256 of the file's bytes, lower-case hex.
    pub sha256: Option<String>,
    /// MD5 of the file's bytes, lower-case hex (what StopNCII uses for videos).
    pub md5: Option<String>,
    /// PDQ of the image as displayed, 64 lower-case hex characters in the
    /// reference's format.
    pub pdq: Option<String>,
    /// PDQ quality, 0-100; below 50 the image is too plain to match on.
    pub pdq_quality: Option<u8>,
    /// 64-bit DCT hash (`image_hasher` Median + DCT), 16 hex characters.
    pub phash: Option<String>,
    /// 64-bit difference hash (`image_hasher` Gradient), 16 hex characters.
    pub dhash: Option<String>,
    /// Width of the image as displayed (EXIF orientation applied).
    pub width: Option<u32>,
    /// Height of the image as displayed.
    pub height: Option<u32>,
    /// What went wrong with this file, if anything.
    pub error: Option<CoreError>,
}

impl FileHashes {
    fn empty(path: &Path) -> Self {
        Self {
            path: path.display().to_string(),
            sha256: None,
            md5: None,
            pdq: None,
            pdq_quality: None,
            phash: None,
            dhash: None,
            width: None,
            height: None,
            error: None,
        }
    }
}

/// A hashed file: the public hashes plus the PDQ dihedral variants the
/// matcher needs.
#[derive(Debug, Clone)]
pub struct HashedFile {
    pub hashes: FileHashes,
    pub pdq: Option<PdqResult>,
    /// PDQ of crop windows, when [`HashOptions::crop_windows`] asked for them.
    pub crop_hashes: Vec<Hash256>,
    /// Local features, when [`HashOptions::features`] asked for them.
    pub features: Option<ImageFeatures>,
}

/// What to compute and how carefully.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HashOptions {
    pub limits: DecodeLimits,
    pub size: DecodeSize,
    /// Also compute pHash and dHash (PDQ alone is enough for matching).
    pub phash_dhash: bool,
    /// Also hash crop windows (for originals, to find cropped copies).
    pub crop_windows: Option<CropGrid>,
    /// Also compute local features (to find copies inside other pictures).
    pub features: Option<FeatureConfig>,
    /// Also compute MD5 of the bytes (what StopNCII takes for videos;
    /// matching found files needs only SHA-256).
    pub md5: bool,
}

impl Default for HashOptions {
    fn default() -> Self {
        Self {
            limits: DecodeLimits::default(),
            size: DecodeSize::Fast,
            phash_dhash: true,
            crop_windows: None,
            features: None,
            md5: true,
        }
    }
}

/// Hashes one file. Never panics and never fails as a whole: problems are
/// reported in `hashes.error`.
pub fn hash_file(path: &Path, options: &HashOptions) -> HashedFile {
    hash_file_with(path, options, &|_| true)
}

/// Decides from an image's PDQ whether its local features are still worth
/// computing (a found file PDQ already matched as a whole does not need
/// them).
pub type WantsFeatures<'a> = dyn Fn(&PdqResult) -> bool + Sync + 'a;

/// [`hash_file`], computing the local features `options` ask for only when
/// `wants_features` says so once PDQ is known.
pub fn hash_file_with(
    path: &Path,
    options: &HashOptions,
    wants_features: &WantsFeatures<'_>,
) -> HashedFile {
    let mut hashes = FileHashes::empty(path);
    let mut pdq = None;
    let mut crop_hashes = Vec::new();
    let mut features = None;
    if let Err(e) = hash_into(
        path,
        options,
        &mut hashes,
        &mut pdq,
        &mut crop_hashes,
        &mut features,
        wants_features,
    ) {
        hashes.error = Some(e);
    }
    HashedFile {
        hashes,
        pdq,
        crop_hashes,
        features,
    }
}

fn hash_into(
    path: &Path,
    options: &HashOptions,
    out: &mut FileHashes,
    pdq_out: &mut Option<PdqResult>,
    crops_out: &mut Vec<Hash256>,
    features_out: &mut Option<ImageFeatures>,
    wants_features: &WantsFeatures<'_>,
) -> CoreResult<()> {
    let mut file = File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(CoreError::invalid_input("not a regular file"));
    }
    let mut head = Vec::with_capacity(SNIFF_LEN);
    (&mut file).take(SNIFF_LEN as u64).read_to_end(&mut head)?;
    let kind = sniff(&head, path);
    if kind == FileKind::Empty {
        return Err(CoreError::new(
            ErrorKind::EmptyFile,
            "the file is empty (0 bytes)",
        ));
    }
    let too_big = meta.len() > options.limits.max_file_bytes;
    if !kind.is_decodable_image() || too_big {
        // Bytes only, streamed: videos, unsupported formats, oversized files.
        let (sha, md5) = digest_stream(head.as_slice().chain(file), options.md5)?;
        out.sha256 = Some(sha);
        out.md5 = md5;
        return match kind {
            FileKind::Video => Ok(()),
            _ if too_big => Err(CoreError::new(
                ErrorKind::TooLarge,
                format!(
                    "the image file is {} MB, more than the {} MB Reclaim opens safely; its SHA-256 and MD5 were computed",
                    meta.len() / 1_000_000,
                    options.limits.max_file_bytes / 1_000_000
                ),
            )),
            FileKind::Heif => Err(CoreError::new(
                ErrorKind::HeicUnsupported,
                "HEIC/HEIF photos (iPhone) cannot be read on this computer; export the photo as JPEG and hash that",
            )),
            FileKind::OtherImage => Err(CoreError::new(
                ErrorKind::UnsupportedFormat,
                "this image format is not supported; convert it to JPEG or PNG",
            )),
            _ => Err(CoreError::new(
                ErrorKind::UnsupportedFormat,
                "not an image or video Reclaim can read",
            )),
        };
    }
    // One read of the whole file, into a buffer of the right size, serves
    // both the byte hashes and the decoder.
    let mut bytes = head;
    let expected = usize::try_from(meta.len()).unwrap_or(0);
    bytes.reserve_exact((expected + 1).saturating_sub(bytes.len()));
    (&mut file)
        .take(options.limits.max_file_bytes)
        .read_to_end(&mut bytes)?;
    let (sha, md5) = digests(&bytes, options.md5);
    out.sha256 = Some(sha);
    out.md5 = md5;

    let perceptual = catch_unwind(AssertUnwindSafe(|| {
        perceptual_hashes(&bytes, kind, options, wants_features)
    }));
    drop(bytes);
    let (decoded_dims, pdq, phash, dhash, crops, features) = perceptual.map_err(|_| {
        CoreError::new(
            ErrorKind::Corrupt,
            "the image decoder stopped on this file (damaged or hostile file); it was skipped",
        )
    })??;
    out.width = Some(decoded_dims.0);
    out.height = Some(decoded_dims.1);
    out.pdq = Some(pdq.hash().to_hex());
    out.pdq_quality = Some(pdq.quality);
    out.phash = phash;
    out.dhash = dhash;
    *pdq_out = Some(pdq);
    *crops_out = crops;
    *features_out = features;
    Ok(())
}

thread_local! {
    /// pHash (Median + DCT, 8x8) and dHash (Gradient, 8x8) hashers, built
    /// once per thread (the DCT plan is not free).
    static HASHERS: (Hasher, Hasher) = (
        HasherConfig::new()
            .hash_alg(HashAlg::Median)
            .preproc_dct()
            .hash_size(8, 8)
            .to_hasher(),
        HasherConfig::new()
            .hash_alg(HashAlg::Gradient)
            .hash_size(8, 8)
            .to_hasher(),
    );
}

type Perceptual = (
    (u32, u32),
    PdqResult,
    Option<String>,
    Option<String>,
    Vec<Hash256>,
    Option<ImageFeatures>,
);

fn perceptual_hashes(
    bytes: &[u8],
    kind: FileKind,
    options: &HashOptions,
    wants_features: &WantsFeatures<'_>,
) -> CoreResult<Perceptual> {
    // Held from the decode to the last hash: concurrent decodes share one
    // memory budget, whatever the number of cores.
    let need = working_set(bytes, kind, &options.limits, options.size)?;
    let _held = decode_budget().reserve(need + bytes.len() as u64);
    let decoded = decode(bytes, kind, &options.limits, options.size)?;
    let (phash, dhash) = if options.phash_dhash {
        let (phash, dhash) = match small_copy(&decoded.pixels) {
            DynamicImage::ImageLuma8(grey) => phash_dhash(&grey),
            DynamicImage::ImageRgb8(rgb) => phash_dhash(&rgb),
            other => phash_dhash(&other.to_rgb8()),
        };
        (Some(phash), Some(dhash))
    } else {
        (None, None)
    };
    let (w, h) = (
        decoded.pixels.width() as usize,
        decoded.pixels.height() as usize,
    );
    // A fast-decoded JPEG is hashed on its own 8-bit luma; anything else
    // on the reference's luma of its RGB pixels.
    let (pdq, crops) = match &decoded.pixels {
        DynamicImage::ImageLuma8(grey) => pdq_and_crops(grey.as_raw(), w, h, options),
        _ => pdq_and_crops(&decoded.pdq_luma(), w, h, options),
    };
    let wanted = options.features.filter(|_| wants_features(&pdq));
    let features = wanted.map(|config| match &decoded.pixels {
        DynamicImage::ImageLuma8(grey) => image_features(grey.as_raw(), w, h, &config),
        other => image_features(&grey_of(other), w, h, &config),
    });
    let Decoded { width, height, .. } = decoded;
    Ok(((width, height), pdq, phash, dhash, crops, features))
}

fn pdq_and_crops<T: LumaSample>(
    luma: &[T],
    w: usize,
    h: usize,
    options: &HashOptions,
) -> (PdqResult, Vec<Hash256>) {
    let crops = match &options.crop_windows {
        Some(grid) => crop_window_hashes(luma, w, h, grid),
        None => Vec::new(),
    };
    let pdq = match options.size {
        DecodeSize::Fast | DecodeSize::FastScreens => pdq_sampled(luma, LumaWindow::whole(w, h)),
        DecodeSize::Full => pdq_from_luma(luma, w, h),
    };
    (pdq, crops)
}

/// 8-bit grey (Rec. 601 weights) of a decoded picture.
fn grey_of(pixels: &DynamicImage) -> Vec<u8> {
    let rgb = match pixels {
        DynamicImage::ImageRgb8(rgb) => std::borrow::Cow::Borrowed(rgb),
        other => std::borrow::Cow::Owned(other.to_rgb8()),
    };
    rgb.pixels()
        .map(|p| {
            let [r, g, b] = p.0.map(u32::from);
            ((r * 299 + g * 587 + b * 114 + 500) / 1000) as u8
        })
        .collect()
}

fn phash_dhash<I: image_hasher::Image>(small: &I) -> (String, String) {
    HASHERS.with(|(p, d)| {
        (
            hex(p.hash_image(small).as_bytes()),
            hex(d.hash_image(small).as_bytes()),
        )
    })
}

/// SHA-256 and MD5 of bytes already in memory, fed to both in 64 KiB pieces
/// (each piece is still in the CPU cache for the second hash; no copy).
pub fn digest_bytes(bytes: &[u8]) -> (String, String) {
    let mut sha = Sha256::new();
    let mut md5 = Md5::new();
    for piece in bytes.chunks(64 * 1024) {
        sha.update(piece);
        md5.update(piece);
    }
    (hex(&sha.finalize()), hex(&md5.finalize()))
}

/// SHA-256 of bytes already in memory, and their MD5 when `md5`.
fn digests(bytes: &[u8], md5: bool) -> (String, Option<String>) {
    if md5 {
        let (sha, md5) = digest_bytes(bytes);
        (sha, Some(md5))
    } else {
        (hex(&Sha256::digest(bytes)), None)
    }
}

/// SHA-256 of everything `reader` yields, in 1 MiB chunks, and its MD5
/// when `with_md5`.
pub fn digest_stream(
    mut reader: impl Read,
    with_md5: bool,
) -> CoreResult<(String, Option<String>)> {
    let mut sha = Sha256::new();
    let mut md5 = with_md5.then(Md5::new);
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        };
        sha.update(&buf[..n]);
        if let Some(md5) = &mut md5 {
            md5.update(&buf[..n]);
        }
    }
    Ok((hex(&sha.finalize()), md5.map(|m| hex(&m.finalize()))))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_match_known_values() {
        let (sha, md5) = digest_stream(&b"abc"[..], true).unwrap();
        assert_eq!(
            sha,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(md5.as_deref(), Some("900150983cd24fb0d6963f7d28e17f72"));
        let big: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        let (sha, md5) = digest_bytes(&big);
        assert_eq!(
            (sha.clone(), Some(md5)),
            digest_stream(big.as_slice(), true).unwrap()
        );
        assert_eq!(
            (sha.clone(), None),
            digest_stream(big.as_slice(), false).unwrap()
        );
        assert_eq!((sha, None), digests(&big, false));
    }
}
