//! Decoding untrusted images safely, fast where it does not change the hash.
//!
//! * Allow-list: JPEG, PNG, WebP, GIF (the caller sniffs the bytes first).
//! * Dimensions are read from the header and checked against a per-side and a
//!   total pixel cap **before** any pixel buffer is allocated (a 90 KB PNG
//!   can otherwise become 400 MB), and the decoders get an allocation cap.
//! * JPEGs are decoded at the strongest DCT scale (1/8, 1/4, 1/2) that keeps
//!   the short side at least 512 px: the research measured at most 6 bits of
//!   PDQ change for that, for 2-4x less decoding work.
//! * EXIF orientation is applied, so hashes describe the image as displayed.
//!
//! Panics inside decoders are contained by the caller (see `file.rs`).

use std::io::Cursor;

use image::metadata::Orientation;
use image::{
    DynamicImage, GrayImage, ImageDecoder, ImageError, ImageFormat, ImageReader, RgbImage,
};

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

/// How hard to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DecodeSize {
    /// JPEGs at the strongest DCT scale keeping the short side >= 512 px
    /// (PDQ within a few bits of full size). For finding copies.
    #[default]
    Fast,
    /// Every pixel: PDQ exactly as the reference computes it. For hashes
    /// that will be shared with a matching programme.
    Full,
}

/// The smallest decoded short side [`DecodeSize::Fast`] keeps.
pub const FAST_MIN_SHORT_SIDE: u16 = 512;

/// A decoded image, as displayed (orientation applied).
#[derive(Debug)]
pub struct Decoded {
    /// 8-bit RGB pixels, possibly DCT-downscaled (see [`DecodeSize`]).
    pub pixels: RgbImage,
    /// Full width of the image as displayed (before any downscaling).
    pub width: u32,
    /// Full height of the image as displayed.
    pub height: u32,
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
    let reader = || {
        let mut r = ImageReader::with_format(Cursor::new(bytes), format);
        r.limits(image_limits(limits));
        r
    };
    let (w, h) = reader().into_dimensions().map_err(image_error)?;
    check_dimensions(w, h, limits)?;
    let mut decoder = reader().into_decoder().map_err(image_error)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image = DynamicImage::from_decoder(decoder).map_err(image_error)?;
    let mut rgb = DynamicImage::ImageRgb8(image.into_rgb8());
    rgb.apply_orientation(orientation);
    let pixels = rgb.into_rgb8();
    let (width, height) = pixels.dimensions();
    Ok(Decoded {
        pixels,
        width,
        height,
    })
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

fn decode_jpeg(bytes: &[u8], limits: &DecodeLimits, size: DecodeSize) -> CoreResult<Decoded> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.read_info().map_err(jpeg_error)?;
    let info = decoder
        .info()
        .ok_or_else(|| CoreError::new(ErrorKind::Corrupt, "the JPEG has no image header"))?;
    let (full_w, full_h) = (u32::from(info.width), u32::from(info.height));
    check_dimensions(full_w, full_h, limits)?;
    if size == DecodeSize::Fast {
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
    let mut rgb = DynamicImage::ImageRgb8(image.into_rgb8());
    rgb.apply_orientation(orientation);
    let swaps = matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    );
    let (width, height) = if swaps {
        (full_h, full_w)
    } else {
        (full_w, full_h)
    };
    Ok(Decoded {
        pixels: rgb.into_rgb8(),
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
