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
use crate::error::{CoreError, CoreResult, ErrorKind};

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

/// Progressive JPEGs may have at most this many scans (a JPEG with
/// thousands of tiny scans costs minutes of CPU; real files have about 10).
const MAX_SCANS: u32 = 500;

thread_local! {
    /// One libjpeg-turbo decompressor per worker thread (creating one costs
    /// allocations); dropped after any error so a fresh one is used next.
    static TURBO: RefCell<Option<Decompressor>> = const { RefCell::new(None) };
}

fn decode_jpeg(bytes: &[u8], limits: &DecodeLimits, size: DecodeSize) -> CoreResult<Decoded> {
    TURBO
        .with(|cell| {
            let mut slot = cell.borrow_mut();
            let decompressor = match slot.as_mut() {
                Some(d) => d,
                None => slot.insert(Decompressor::new().map_err(turbo_error)?),
            };
            let result = decode_jpeg_turbo(decompressor, bytes, limits, size);
            if result.is_err() {
                *slot = None;
            }
            result
        })?
        .map_or_else(|| decode_jpeg_cmyk(bytes, limits, size), Ok)
}

/// libjpeg-turbo decode; `None` for CMYK/YCCK JPEGs (see [`decode_jpeg_cmyk`]).
fn decode_jpeg_turbo(
    d: &mut Decompressor,
    bytes: &[u8],
    limits: &DecodeLimits,
    size: DecodeSize,
) -> CoreResult<Option<Decoded>> {
    let header = d.read_header(bytes).map_err(turbo_error)?;
    let too_big = || {
        CoreError::new(
            ErrorKind::TooLarge,
            "the JPEG claims a size Reclaim cannot open safely",
        )
    };
    let full_w = u32::try_from(header.width).map_err(|_| too_big())?;
    let full_h = u32::try_from(header.height).map_err(|_| too_big())?;
    check_dimensions(full_w, full_h, limits)?;
    if matches!(header.colorspace, Colorspace::CMYK | Colorspace::YCCK) {
        return Ok(None);
    }
    // Progressive (and arithmetic-coded) JPEGs keep every DCT coefficient of
    // the full image in memory (2 bytes each) until the last scan.
    if header.is_progressive || header.is_arithmetic {
        let samples_per_px = match header.subsamp {
            Subsamp::Gray => 1.0,
            Subsamp::Sub2x2 | Subsamp::Sub4x1 | Subsamp::Sub1x4 => 1.5,
            Subsamp::Sub2x1 | Subsamp::Sub1x2 => 2.0,
            _ => 3.0,
        };
        let coefficients =
            u64::from(full_w.next_multiple_of(16)) * u64::from(full_h.next_multiple_of(16));
        if coefficients as f64 * samples_per_px * 2.0 > limits.max_alloc as f64 {
            return Err(too_big());
        }
    }
    let scale = jpeg_scale(&header, size);
    d.set_scaling_factor(scale).map_err(turbo_error)?;
    d.set_scan_limit(MAX_SCANS).map_err(turbo_error)?;
    // Luma only where PDQ is allowed to be approximate: libjpeg-turbo then
    // skips the chroma IDCT, upsampling and colour conversion.
    let (format, channels) = match size {
        DecodeSize::Fast | DecodeSize::FastScreens => (PixelFormat::GRAY, 1),
        DecodeSize::Full => (PixelFormat::RGB, 3),
    };
    let (w, h) = (scale.scale(header.width), scale.scale(header.height));
    let len = w
        .checked_mul(h)
        .and_then(|n| n.checked_mul(channels))
        .filter(|&n| n as u64 <= limits.max_alloc)
        .ok_or_else(too_big)?;
    let mut pixels = vec![0u8; len];
    let image = turbojpeg::Image {
        pixels: pixels.as_mut_slice(),
        width: w,
        pitch: w * channels,
        height: h,
        format,
    };
    if let Err(err) = d.decompress(bytes, image) {
        // libjpeg-turbo reports warnings as errors after writing every
        // pixel; the harmless ones (common in phone photos) are ignored.
        if !is_harmless_warning(&err) {
            return Err(turbo_error(err));
        }
    }
    let (w, h) = (w as u32, h as u32);
    let short = || CoreError::new(ErrorKind::Truncated, "the JPEG ended before all its pixels");
    let mut image = if channels == 1 {
        DynamicImage::ImageLuma8(GrayImage::from_raw(w, h, pixels).ok_or_else(short)?)
    } else {
        DynamicImage::ImageRgb8(RgbImage::from_raw(w, h, pixels).ok_or_else(short)?)
    };
    let orientation = jpeg_exif(bytes)
        .and_then(Orientation::from_exif_chunk)
        .unwrap_or(Orientation::NoTransforms);
    image.apply_orientation(orientation);
    let (width, height) = if swaps_sides(orientation) {
        (full_h, full_w)
    } else {
        (full_w, full_h)
    };
    Ok(Some(Decoded {
        pixels: image,
        width,
        height,
    }))
}

/// The DCT scale a JPEG is decoded at (see [`DecodeSize`]).
fn jpeg_scale(header: &turbojpeg::DecompressHeader, size: DecodeSize) -> ScalingFactor {
    let short = header.width.min(header.height);
    let screen = size == DecodeSize::FastScreens && short <= SCREEN_MAX_SHORT_SIDE;
    if size != DecodeSize::Full && !header.is_lossless && !screen {
        [8, 4, 2]
            .into_iter()
            .map(|denom| ScalingFactor::new(1, denom))
            .find(|s| s.scale(short) >= usize::from(FAST_MIN_SHORT_SIDE))
            .unwrap_or(ScalingFactor::ONE)
    } else {
        ScalingFactor::ONE
    }
}

fn swaps_sides(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// The TIFF data of the JPEG's first Exif APP1 segment, if any: walks the
/// marker segments up to the first scan.
fn jpeg_exif(bytes: &[u8]) -> Option<&[u8]> {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut i = 2;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            return None;
        }
        let marker = bytes[i + 1];
        match marker {
            0xFF => i += 1,               // fill byte
            0x01 | 0xD0..=0xD7 => i += 2, // no length
            0xD9 | 0xDA => return None,   // end of image, start of scan
            _ => {
                let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
                let end = (i + 2)
                    .checked_add(len)
                    .filter(|&e| len >= 2 && e <= bytes.len())?;
                let body = &bytes[i + 4..end];
                if marker == 0xE1 && body.starts_with(b"Exif\0\0") {
                    return Some(&body[6..]);
                }
                i = end;
            }
        }
    }
    None
}

/// libjpeg warnings after which every pixel is still decoded correctly.
fn is_harmless_warning(err: &turbojpeg::Error) -> bool {
    let turbojpeg::Error::TurboJpegError(msg) = err else {
        return false;
    };
    [
        "extraneous bytes before marker",
        "unknown JFIF revision",
        "thumbnail image size does not match",
        "Unsupported marker type",
        "Bogus ICC",
        "ICC profile",
    ]
    .iter()
    .any(|m| msg.contains(m))
}

fn turbo_error(err: turbojpeg::Error) -> CoreError {
    let text = err.to_string();
    let text = text.strip_prefix("TurboJPEG error: ").unwrap_or(&text);
    if text.contains("Premature end") || text.contains("empty") || text.contains("Not enough") {
        CoreError::new(
            ErrorKind::Truncated,
            "the JPEG file is cut short (incomplete download or copy?)",
        )
    } else if text.contains("Unsupported") || text.contains("not supported") {
        CoreError::new(
            ErrorKind::UnsupportedFormat,
            format!("this kind of JPEG is not supported ({text})"),
        )
    } else if text.contains("Maximum supported image dimension")
        || text.contains("too large")
        || text.contains("Insufficient memory")
    {
        CoreError::new(
            ErrorKind::TooLarge,
            format!("the JPEG is too large to open safely ({text})"),
        )
    } else {
        CoreError::new(
            ErrorKind::Corrupt,
            format!("the JPEG is damaged ({})", text.replace('\n', " ")),
        )
    }
}

/// CMYK/YCCK JPEGs (print files), decoded by `jpeg-decoder` and converted
/// to RGB as Pillow does.
fn decode_jpeg_cmyk(bytes: &[u8], limits: &DecodeLimits, size: DecodeSize) -> CoreResult<Decoded> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.read_info().map_err(jpeg_error)?;
    let info = decoder
        .info()
        .ok_or_else(|| CoreError::new(ErrorKind::Corrupt, "the JPEG has no image header"))?;
    let (full_w, full_h) = (u32::from(info.width), u32::from(info.height));
    check_dimensions(full_w, full_h, limits)?;
    if size != DecodeSize::Full {
        // `scale` picks the smallest scale reaching the request on either
        // axis; asking for an unreachable size on the long axis makes the
        // short side decide.
        let request = if info.width <= info.height {
            (FAST_MIN_SHORT_SIDE, u16::MAX)
        } else {
            (u16::MAX, FAST_MIN_SHORT_SIDE)
        };
        decoder.scale(request.0, request.1).map_err(jpeg_error)?;
    }
    decoder.set_max_decoding_buffer_size(usize::try_from(limits.max_alloc).unwrap_or(usize::MAX));
    let data = decoder.decode().map_err(jpeg_error)?;
    let info = decoder
        .info()
        .ok_or_else(|| CoreError::new(ErrorKind::Corrupt, "the JPEG has no image header"))?;
    let (w, h) = (u32::from(info.width), u32::from(info.height));
    let short = || CoreError::new(ErrorKind::Truncated, "the JPEG ended before all its pixels");
    let image = match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => {
            DynamicImage::ImageRgb8(RgbImage::from_raw(w, h, data).ok_or_else(short)?)
        }
        jpeg_decoder::PixelFormat::L8 => {
            DynamicImage::ImageLuma8(GrayImage::from_raw(w, h, data).ok_or_else(short)?)
        }
        jpeg_decoder::PixelFormat::L16 => {
            // Big-endian 16-bit samples: keep the high byte.
            let grey: Vec<u8> = data.chunks_exact(2).map(|p| p[0]).collect();
            DynamicImage::ImageLuma8(GrayImage::from_raw(w, h, grey).ok_or_else(short)?)
        }
        jpeg_decoder::PixelFormat::CMYK32 => {
            // The decoder returns ink amounts (0 = no ink); RGB = white minus
            // ink, darkened by black, as Pillow converts it.
            let rgb: Vec<u8> = data
                .chunks_exact(4)
                .flat_map(|p| {
                    let k = 255 - u32::from(p[3]);
                    let ch = |c: u8| (k * (255 - u32::from(c)) / 255) as u8;
                    [ch(p[0]), ch(p[1]), ch(p[2])]
                })
                .collect();
            DynamicImage::ImageRgb8(RgbImage::from_raw(w, h, rgb).ok_or_else(short)?)
        }
    };
    let orientation = decoder
        .exif_data()
        .and_then(Orientation::from_exif_chunk)
        .unwrap_or(Orientation::NoTransforms);
    let mut pixels = DynamicImage::ImageRgb8(image.into_rgb8());
    pixels.apply_orientation(orientation);
    let (width, height) = if swaps_sides(orientation) {
        (full_h, full_w)
    } else {
        (full_w, full_h)
    };
    Ok(Decoded {
        pixels,
        width,
        height,
    })
}

fn jpeg_error(err: jpeg_decoder::Error) -> CoreError {
    match err {
        jpeg_decoder::Error::Io(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            CoreError::new(
                ErrorKind::Truncated,
                "the JPEG file is cut short (incomplete download or copy?)",
            )
        }
        jpeg_decoder::Error::Unsupported(f) => CoreError::new(
            ErrorKind::UnsupportedFormat,
            format!("this kind of JPEG is not supported ({f:?})"),
        ),
        jpeg_decoder::Error::Format(m) if m.contains("exceeds") || m.contains("too large") => {
            CoreError::new(
                ErrorKind::TooLarge,
                format!("the JPEG is too large to open safely ({m})"),
            )
        }
        other => CoreError::new(ErrorKind::Corrupt, format!("the JPEG is damaged ({other})")),
    }
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
