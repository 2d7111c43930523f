//! JPEG decoding: libjpeg-turbo for the common colour spaces (scaled in the
//! DCT when a fast decode is enough), `jpeg-decoder` for CMYK/YCCK as Pillow
//! converts them, EXIF orientation, and libjpeg's messages turned into
//! the person's kind of error (damaged, cut short, too large).

use super::*;

/// Progressive JPEGs may have at most this many scans (a JPEG with
/// thousands of tiny scans costs minutes of CPU; real files have about 10).
const MAX_SCANS: u32 = 500;

thread_local! {
    /// One libjpeg-turbo decompressor per worker thread (creating one costs
    /// allocations); dropped after any error so a fresh one is used next.
    static TURBO: RefCell<Option<Decompressor>> = const { RefCell::new(None) };
}

pub(super) fn decode_jpeg(
    bytes: &[u8],
    limits: &DecodeLimits,
    size: DecodeSize,
) -> CoreResult<Decoded> {
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
pub(super) fn decode_jpeg_turbo(
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
pub(super) fn jpeg_scale(header: &turbojpeg::DecompressHeader, size: DecodeSize) -> ScalingFactor {
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

pub(super) fn swaps_sides(orientation: Orientation) -> bool {
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
pub(super) fn jpeg_exif(bytes: &[u8]) -> Option<&[u8]> {
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
pub(super) fn is_harmless_warning(err: &turbojpeg::Error) -> bool {
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

pub(super) fn turbo_error(err: turbojpeg::Error) -> CoreError {
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
pub(super) fn decode_jpeg_cmyk(
    bytes: &[u8],
    limits: &DecodeLimits,
    size: DecodeSize,
) -> CoreResult<Decoded> {
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

pub(super) fn jpeg_error(err: jpeg_decoder::Error) -> CoreError {
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
