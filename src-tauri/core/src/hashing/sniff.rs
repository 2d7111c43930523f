//! What a file is, from its first bytes (never from its name alone).
//!
//! Only the formats on the allow-list are decoded (security.md §3.1): JPEG,
//! PNG, WebP and GIF. Videos are recognised so their bytes can be hashed
//! (SHA-256 and MD5, as StopNCII uses for videos) without being decoded.

use std::path::Path;

/// How many leading bytes [`sniff`] needs.
pub const SNIFF_LEN: usize = 32;

/// The kind of a file, by content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Jpeg,
    Png,
    Gif,
    WebP,
    /// HEIC/HEIF/AVIF still image (iPhone originals): recognised, not decoded.
    Heif,
    /// A video container (MP4, MOV, WebM, MKV, AVI, ...): bytes hashed only.
    Video,
    /// An image format outside the allow-list (TIFF, BMP, ...).
    OtherImage,
    /// An empty file.
    Empty,
    /// Anything else.
    Unknown,
}

impl FileKind {
    /// True for the formats decoded for perceptual hashes.
    pub fn is_decodable_image(self) -> bool {
        matches!(self, Self::Jpeg | Self::Png | Self::Gif | Self::WebP)
    }
}

/// Extensions of video files whose container is not recognised by its bytes
/// (e.g. MPEG-TS): hashing their bytes is harmless, nothing is decoded.
const VIDEO_EXTENSIONS: &[&str] = &[
    "mp4", "m4v", "mov", "qt", "webm", "mkv", "avi", "wmv", "flv", "mpg", "mpeg", "ts", "mts",
    "m2ts", "3gp", "3g2", "ogv",
];

/// Classifies a file by its leading bytes (`head`, up to [`SNIFF_LEN`]),
/// using the extension only to recognise videos whose container has no
/// reliable signature.
pub fn sniff(head: &[u8], path: &Path) -> FileKind {
    if head.is_empty() {
        return FileKind::Empty;
    }
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return FileKind::Jpeg;
    }
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        return FileKind::Png;
    }
    if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        return FileKind::Gif;
    }
    if head.len() >= 12 && head.starts_with(b"RIFF") {
        match &head[8..12] {
            b"WEBP" => return FileKind::WebP,
            b"AVI " => return FileKind::Video,
            _ => {}
        }
    }
    if head.len() >= 12 && &head[4..8] == b"ftyp" {
        return match &head[8..12] {
            b"heic" | b"heix" | b"hevc" | b"hevx" | b"heim" | b"heis" | b"mif1" | b"msf1"
            | b"avif" | b"avis" => FileKind::Heif,
            _ => FileKind::Video,
        };
    }
    if head.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) // EBML: WebM, Matroska
        || head.starts_with(b"FLV\x01")
        || head.starts_with(&[0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11]) // ASF/WMV
        || head.starts_with(&[0x00, 0x00, 0x01, 0xBA]) // MPEG-PS
        || (head.len() >= 8 && matches!(&head[4..8], b"moov" | b"mdat" | b"wide" | b"free"))
    {
        return FileKind::Video;
    }
    if head.starts_with(b"II*\0")
        || head.starts_with(b"MM\0*")
        || head.starts_with(b"BM")
        || head.starts_with(&[0, 0, 1, 0]) // ICO
        || head.starts_with(b"8BPS")
        || head.starts_with(b"\x00\x00\x00\x0cjP  ")
    {
        return FileKind::OtherImage;
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if ext.is_some_and(|e| VIDEO_EXTENSIONS.contains(&e.as_str())) {
        return FileKind::Video;
    }
    FileKind::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(head: &[u8], name: &str) -> FileKind {
        sniff(head, Path::new(name))
    }

    #[test]
    fn content_wins_over_the_name() {
        assert_eq!(kind(b"\xFF\xD8\xFF\xE0rest", "photo.png"), FileKind::Jpeg);
        assert_eq!(kind(b"\x89PNG\r\n\x1a\n....", "x.jpg"), FileKind::Png);
        assert_eq!(kind(b"hello, world", "x.jpg"), FileKind::Unknown);
        assert_eq!(kind(b"", "x.jpg"), FileKind::Empty);
    }

    #[test]
    fn iphone_heic_and_videos_are_recognised() {
        assert_eq!(
            kind(b"\0\0\0\x18ftypheic\0\0\0\0", "IMG_1.HEIC"),
            FileKind::Heif
        );
        assert_eq!(
            kind(b"\0\0\0\x18ftypisom\0\0\0\0", "a.mp4"),
            FileKind::Video
        );
        assert_eq!(
            kind(b"\0\0\0\x14ftypqt  \0\0\0\0", "a.mov"),
            FileKind::Video
        );
        assert_eq!(
            kind(&[0x1A, 0x45, 0xDF, 0xA3, 1, 2], "a.webm"),
            FileKind::Video
        );
        assert_eq!(kind(b"RIFF\0\0\0\0AVI LIST", "a.avi"), FileKind::Video);
        assert_eq!(kind(b"RIFF\0\0\0\0WEBPVP8 ", "a.webp"), FileKind::WebP);
        assert_eq!(kind(b"\x47\x40\x00\x10", "clip.ts"), FileKind::Video);
    }

    #[test]
    fn images_outside_the_allow_list_are_not_decoded() {
        assert_eq!(kind(b"II*\0\x08\0\0\0", "a.tif"), FileKind::OtherImage);
        assert!(!FileKind::OtherImage.is_decodable_image());
        assert!(FileKind::Gif.is_decodable_image());
    }
}
