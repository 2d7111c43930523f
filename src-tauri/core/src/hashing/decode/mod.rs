//! Decoding untrusted images safely, fast where it does not change the hash.
//!
//! * Allow-list: JPEG, PNG, WebP, GIF (the caller sniffs the bytes first).
//! * Dimensions are read from the header and checked against a per-side and a
//!   total pixel cap **before** any pixel buffer is allocated (a 90 KB PNG
//!   can otherwise become 400 MB), and the decoders get an allocation cap.
//! * JPEGs are decoded with libjpeg-turbo (SIMD, through the `turbojpeg`
//!   crate). [`DecodeSize::Fast`] decodes at the strongest DCT scale (1/8,
//!   1/4, 1/2) that keeps the short side at least 512 px, and only the luma
//!   (Y) channel, which is all PDQ looks at: the research measured at most 6
//!   bits of PDQ change for the scale, for 2-4x less decoding work.
//!   [`DecodeSize::Full`] decodes every pixel to RGB, with the same decoder
//!   and settings as Pillow (Meta's Python reference stack). CMYK/YCCK JPEGs
//!   go through `jpeg-decoder`, which converts them as Pillow does.
//! * EXIF orientation is applied, so hashes describe the image as displayed.
//! * Memory: the decoder's own buffer is refused past `max_alloc` on every
//!   path (16-bit and alpha PNGs included), the whole working set of one
//!   image (decoded pixels, their RGB copy, PDQ's luma) past
//!   [`MAX_WORKING_SET`]; [`working_set`] tells it from the header alone, so
//!   concurrent decodes share a memory budget (`budget.rs`). PNG chunks that
//!   inflate without bound and are not needed for hashing (colour profile
//!   `iCCP`, compressed text `zTXt`/`iTXt`) are dropped before decoding.
//!
//! Panics inside decoders are contained by the caller (see `file.rs`).

use std::cell::RefCell;
use std::io::Cursor;

use image::metadata::Orientation;
use image::{
    DynamicImage, GrayImage, ImageDecoder, ImageError, ImageFormat, ImageReader, RgbImage,
};
use turbojpeg::{Colorspace, Decompressor, PixelFormat, ScalingFactor, Subsamp};

use super::sniff::FileKind;

mod jpeg;
use crate::error::{CoreError, CoreResult, ErrorKind};
use jpeg::*;

/// Caps applied to every image (security.md §3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeLimits {
    /// Files larger than this are not opened as images (bytes still hashed).
    pub max_file_bytes: u64,
    /// Largest width or height accepted.
    pub max_side: u32,
    /// Largest width x height accepted.
    pub max_pixels: u64,
    /// Largest single allocation a decoder may make.
    pub max_alloc: u64,
}

impl Default for DecodeLimits {
    fn default() -> Self {
        Self {
            max_file_bytes: 50 * 1024 * 1024,
            max_side: 16_384,
            max_pixels: 64_000_000,
            max_alloc: 256 * 1024 * 1024,
        }
    }
}

/// The most memory one image may need from its decode to its hashes.
pub const MAX_WORKING_SET: u64 = 448 * 1024 * 1024;

/// How hard to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DecodeSize {
    /// JPEGs at the strongest DCT scale keeping the short side >= 512 px
    /// (PDQ within a few bits of full size), and PDQ's filter evaluated only
    /// at its sampled points ([`super::pdq_sampled`]). For finding copies.
    #[default]
    Fast,
    /// As [`DecodeSize::Fast`], except JPEGs whose short side is at most
    /// [`SCREEN_MAX_SHORT_SIDE`] (screenshots, posts) are decoded at full
    /// size: a picture shown inside them is small already. For found files
    /// compared by local features.
    FastScreens,
    /// Every pixel, and the reference's full filter: PDQ exactly as the
    /// reference computes it. For hashes that will be shared with a matching
    /// programme.
    Full,
}

/// Largest short side [`DecodeSize::FastScreens`] decodes at full size.
pub const SCREEN_MAX_SHORT_SIDE: usize = 1_600;

/// The smallest decoded short side [`DecodeSize::Fast`] keeps.
pub const FAST_MIN_SHORT_SIDE: u16 = 512;

/// A decoded image, as displayed (orientation applied).
#[derive(Debug)]
pub struct Decoded {
    /// 8-bit pixels, possibly DCT-downscaled (see [`DecodeSize`]): always
    /// [`DynamicImage::ImageRgb8`], or [`DynamicImage::ImageLuma8`] holding
    /// the JPEG's own luma channel for a fast-decoded JPEG.
    pub pixels: DynamicImage,
    /// Full width of the image as displayed (before any downscaling).
    pub width: u32,
    /// Full height of the image as displayed.
    pub height: u32,
}

impl Decoded {
    /// The luma buffer PDQ hashes: the reference's formula on RGB pixels
    /// (bit-exact with the reference), or the decoded luma channel as is.
    pub fn pdq_luma(&self) -> Vec<f32> {
        match &self.pixels {
            DynamicImage::ImageLuma8(grey) => grey.as_raw().iter().map(|&y| f32::from(y)).collect(),
            DynamicImage::ImageRgb8(rgb) => super::pdq::luma_from_rgb8(rgb.as_raw()),
            other => super::pdq::luma_from_rgb8(other.to_rgb8().as_raw()),
        }
    }
}

/// Decodes an allow-listed image from memory.
pub fn decode(
    bytes: &[u8],
    kind: FileKind,
    limits: &DecodeLimits,
    size: DecodeSize,
) -> CoreResult<Decoded> {
    let format = match kind {
        FileKind::Jpeg => return decode_jpeg(bytes, limits, size),
        FileKind::Png => ImageFormat::Png,
        FileKind::Gif => ImageFormat::Gif,
        FileKind::WebP => ImageFormat::WebP,
        _ => {
            return Err(CoreError::new(
                ErrorKind::UnsupportedFormat,
                "this file is not a JPEG, PNG, WebP or GIF image",
            ))
        }
    };
    let stripped = (format == ImageFormat::Png)
        .then(|| png_without_unbounded_chunks(bytes))
        .flatten();
    let bytes = stripped.as_deref().unwrap_or(bytes);
    let reader = || {
        let mut r = ImageReader::with_format(Cursor::new(bytes), format);
        r.limits(image_limits(limits));
        r
    };
    let (w, h) = reader().into_dimensions().map_err(image_error)?;
    check_dimensions(w, h, limits)?;
    let mut decoder = reader().into_decoder().map_err(image_error)?;
    check_working_set(image_working_set(&mut decoder, limits)?)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image = DynamicImage::from_decoder(decoder).map_err(image_error)?;
    let mut pixels = DynamicImage::ImageRgb8(image.into_rgb8());
    pixels.apply_orientation(orientation);
    let (width, height) = (pixels.width(), pixels.height());
    Ok(Decoded {
        pixels,
        width,
        height,
    })
}

/// What decoding `bytes` and hashing the result will take at most, in
/// bytes, read from the header alone; `Err` when the image is refused
/// (too many pixels, a decoder buffer past `max_alloc`, a working set past
/// [`MAX_WORKING_SET`]).
pub fn working_set(
    bytes: &[u8],
    kind: FileKind,
    limits: &DecodeLimits,
    size: DecodeSize,
) -> CoreResult<u64> {
    let need = match kind {
        FileKind::Jpeg => {
            let header = Decompressor::new()
                .and_then(|mut d| d.read_header(bytes))
                .map_err(turbo_error)?;
            let (w, h) = (header.width as u64, header.height as u64);
            check_dimensions(
                u32::try_from(w).unwrap_or(u32::MAX),
                u32::try_from(h).unwrap_or(u32::MAX),
                limits,
            )?;
            if matches!(header.colorspace, Colorspace::CMYK | Colorspace::YCCK) {
                // jpeg-decoder: CMYK samples, their RGB, PDQ's luma.
                w * h * (4 + 3 + 3 + 4)
            } else {
                let scale = jpeg_scale(&header, size);
                let (sw, sh) = (
                    scale.scale(header.width) as u64,
                    scale.scale(header.height) as u64,
                );
                match size {
                    // 8-bit luma, hashed as is; features read it too.
                    DecodeSize::Fast | DecodeSize::FastScreens => sw * sh * 2,
                    // RGB, PDQ's f32 luma.
                    DecodeSize::Full => sw * sh * (3 + 4),
                }
            }
        }
        FileKind::Png | FileKind::Gif | FileKind::WebP => {
            let format = match kind {
                FileKind::Png => ImageFormat::Png,
                FileKind::Gif => ImageFormat::Gif,
                _ => ImageFormat::WebP,
            };
            // Reading the header of a PNG reads the chunks before its pixels:
            // the ones that inflate without bound are dropped first.
            let stripped = (format == ImageFormat::Png)
                .then(|| png_without_unbounded_chunks(bytes))
                .flatten();
            let clean = stripped.as_deref().unwrap_or(bytes);
            let mut reader = ImageReader::with_format(Cursor::new(clean), format);
            reader.limits(image_limits(limits));
            let mut decoder = reader.into_decoder().map_err(image_error)?;
            let (w, h) = decoder.dimensions();
            check_dimensions(w, h, limits)?;
            let copy = stripped.as_ref().map_or(0, |c| c.len() as u64);
            image_working_set(&mut decoder, limits)? + copy
        }
        _ => 0,
    };
    check_working_set(need)?;
    Ok(need)
}

/// The decoder's buffer (refused past `max_alloc`), its RGB copy (unless
/// it is RGB already), a turned copy (when it must be turned), PDQ's f32
/// luma and an 8-bit grey copy.
fn image_working_set(decoder: &mut impl ImageDecoder, limits: &DecodeLimits) -> CoreResult<u64> {
    let (w, h) = decoder.dimensions();
    let converted = if decoder.color_type() == image::ColorType::Rgb8 {
        0
    } else {
        3
    };
    let turned = match decoder.orientation() {
        Ok(Orientation::NoTransforms) => 0,
        _ => 3,
    };
    let pixels = u64::from(w) * u64::from(h);
    let native = decoder.total_bytes();
    if native > limits.max_alloc {
        return Err(CoreError::new(
            ErrorKind::TooLarge,
            format!(
                "the image is {w}x{h} pixels of {} bytes each: decoding it needs {} MB, more than the {} MB Reclaim allows",
                native / pixels.max(1),
                native / 1_000_000,
                limits.max_alloc / 1_000_000
            ),
        ));
    }
    Ok(native + pixels * (converted + turned + 4 + 1))
}

fn check_working_set(need: u64) -> CoreResult<()> {
    if need > MAX_WORKING_SET {
        return Err(CoreError::new(
            ErrorKind::TooLarge,
            format!(
                "hashing this image needs about {} MB of memory, more than the {} MB Reclaim allows for one image",
                need / 1_000_000,
                MAX_WORKING_SET / 1_000_000
            ),
        ));
    }
    Ok(())
}

/// A PNG without its `iCCP`, `zTXt` and `iTXt` chunks (compressed, inflated
/// by the decoder without a useful bound, not needed for hashing: the
/// reference ignores colour profiles). `None` when it has none of them, or
/// when its chunk list is damaged (the decoder then says so).
fn png_without_unbounded_chunks(png: &[u8]) -> Option<Vec<u8>> {
    const SIGNATURE: usize = 8;
    let mut keep: Vec<(usize, usize)> = vec![(0, SIGNATURE)];
    let mut dropped = false;
    let mut at = SIGNATURE;
    while at + 12 <= png.len() {
        let len = u32::from_be_bytes(png[at..at + 4].try_into().ok()?) as usize;
        let end = at.checked_add(12)?.checked_add(len)?;
        if end > png.len() {
            return None;
        }
        let kind = &png[at + 4..at + 8];
        if matches!(kind, b"iCCP" | b"zTXt" | b"iTXt") {
            dropped = true;
        } else {
            keep.push((at, end));
        }
        at = end;
        if kind == b"IEND" {
            break;
        }
    }
    if !dropped {
        return None;
    }
    let mut out = Vec::with_capacity(png.len());
    for (from, to) in keep {
        out.extend_from_slice(&png[from..to]);
    }
    Some(out)
}

fn image_limits(limits: &DecodeLimits) -> image::Limits {
    let mut l = image::Limits::default();
    l.max_image_width = Some(limits.max_side);
    l.max_image_height = Some(limits.max_side);
    l.max_alloc = Some(limits.max_alloc);
    l
}

fn check_dimensions(w: u32, h: u32, limits: &DecodeLimits) -> CoreResult<()> {
    if w == 0 || h == 0 {
        return Err(CoreError::new(
            ErrorKind::Corrupt,
            format!("the image header says {w}x{h} pixels: the file is damaged"),
        ));
    }
    if w > limits.max_side || h > limits.max_side || u64::from(w) * u64::from(h) > limits.max_pixels
    {
        return Err(CoreError::new(
            ErrorKind::TooLarge,
            format!(
                "the image is {w}x{h} pixels, more than the {} megapixels (at most {} per side) Reclaim opens safely",
                limits.max_pixels / 1_000_000,
                limits.max_side
            ),
        ));
    }
    Ok(())
}

fn image_error(err: ImageError) -> CoreError {
    match err {
        ImageError::Limits(e) => CoreError::new(
            ErrorKind::TooLarge,
            format!("the image is too large to open safely ({e})"),
        ),
        ImageError::Unsupported(e) => CoreError::new(
            ErrorKind::UnsupportedFormat,
            format!("this kind of image is not supported ({e})"),
        ),
        ImageError::IoError(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => CoreError::new(
            ErrorKind::Truncated,
            "the image file is cut short (incomplete download or copy?)",
        ),
        other => {
            let text = other.to_string();
            if text.contains("end of") || text.contains("EOF") || text.contains("unexpected end") {
                CoreError::new(
                    ErrorKind::Truncated,
                    format!("the image file is cut short ({text})"),
                )
            } else {
                CoreError::new(ErrorKind::Corrupt, format!("the image is damaged ({text})"))
            }
        }
    }
}
