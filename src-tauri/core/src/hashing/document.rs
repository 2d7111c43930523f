//! Which documents may be kept in a minor's case: only those whose content is
//! verified to hold no picture. A minor's images are never stored, so a file
//! claimed to be a "document" is checked, not trusted: plain text without
//! markup, or a PDF whose every stream was read and holds no image. Anything
//! Reclaim cannot verify is refused (a picture format under another name, an
//! SVG or HTML page, a PDF with an image, an attachment or a stream it cannot
//! read).

use std::io::Read;

use crate::error::{CoreError, CoreResult, ErrorKind};

/// A document whose content was verified to hold no picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerifiedDocument {
    /// UTF-8 text, no markup that could carry an image.
    PlainText,
    /// A PDF with no image, no inline image and no attachment.
    PdfWithoutImages,
}

/// The largest document kept in a minor's case: it is read whole to be
/// verified before anything is written.
pub const MAX_VERIFIED_DOCUMENT_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a document for a minor's case (at most
/// [`MAX_VERIFIED_DOCUMENT_BYTES`]) and verifies it: the one gate every
/// file of a minor's case passes, whoever adds it (app, CLI, hand-over).
/// The bytes come back in a buffer that is zeroed when dropped.
pub fn read_verified_document(
    input: &mut dyn Read,
) -> CoreResult<(VerifiedDocument, zeroize::Zeroizing<Vec<u8>>)> {
    let mut bytes = zeroize::Zeroizing::new(Vec::new());
    input
        .take(MAX_VERIFIED_DOCUMENT_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_VERIFIED_DOCUMENT_BYTES {
        return Err(CoreError::file_too_large(
            MAX_VERIFIED_DOCUMENT_BYTES,
            "in a case about someone under 18 a document is checked before it is kept; this one is too large to check",
        ));
    }
    let kind = verify_document(&bytes)?;
    Ok((kind, bytes))
}

/// How much of a PDF's streams is inflated at most (a bomb stops here).
const MAX_INFLATED: u64 = 64 * 1024 * 1024;

fn refused(why: &str) -> CoreError {
    CoreError::new(
        ErrorKind::MinorImagesRefused,
        format!("in a case about someone under 18 only verified documents are kept: {why}"),
    )
}

/// Checks `bytes` before they are kept in a minor's case.
pub fn verify_document(bytes: &[u8]) -> CoreResult<VerifiedDocument> {
    if bytes.starts_with(b"%PDF-") {
        return verify_pdf(bytes).map(|()| VerifiedDocument::PdfWithoutImages);
    }
    verify_text(bytes).map(|()| VerifiedDocument::PlainText)
}

fn verify_text(bytes: &[u8]) -> CoreResult<()> {
    let text = std::str::from_utf8(bytes).map_err(|_| refused("not plain text or PDF"))?;
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
    {
        return Err(refused("not plain text (control characters)"));
    }
    let lower = text.to_ascii_lowercase();
    for marker in [
        "<svg",
        "<img",
        "<html",
        "<!doctype",
        "data:image",
        "<image",
        "<?xml",
        // An e-mail with a picture or video attached (MIME).
        "content-type: image",
        "content-type: video",
        "content-type:image",
        "content-type:video",
    ] {
        if lower.contains(marker) {
            return Err(refused("markup that can carry a picture"));
        }
    }
    Ok(())
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Whether PDF bytes (an object or an inflated stream) name an image, an
/// inline image or an attachment. Spacing inside names varies, so the names
/// are looked for with and without the space before `/Image`.
fn names_a_picture(bytes: &[u8]) -> bool {
    let squeezed: Vec<u8> = bytes
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    contains(&squeezed, b"/Subtype/Image")
        || contains(&squeezed, b"/S/Image")
        || contains(&squeezed, b"/EmbeddedFile")
        || contains(&squeezed, b"/DCTDecode")
        || contains(&squeezed, b"/JPXDecode")
        || contains(&squeezed, b"/JBIG2Decode")
        || contains(&squeezed, b"/Type/XObject/Subtype/Image")
        || has_inline_image(bytes)
}

/// An inline image in a content stream: the operators `BI` … `ID` … `EI`.
fn has_inline_image(bytes: &[u8]) -> bool {
    let is_delim = |b: u8| b.is_ascii_whitespace() || b"[]<>(){}/%".contains(&b);
    bytes
        .windows(4)
        .any(|w| is_delim(w[0]) && w[1] == b'B' && w[2] == b'I' && is_delim(w[3]))
}

fn verify_pdf(bytes: &[u8]) -> CoreResult<()> {
    // Outside the streams: image dictionaries, attachments, image filters.
    let mut outside = Vec::with_capacity(bytes.len().min(1 << 20));
    let mut inflated_total = 0u64;
    let mut rest = bytes;
    while let Some(at) = find(rest, b"stream") {
        // `endstream` also contains `stream`: skip it.
        if at >= 3 && &rest[at - 3..at] == b"end" {
            outside.extend_from_slice(&rest[..at + 6]);
            rest = &rest[at + 6..];
            continue;
        }
        let dict = &rest[..at];
        outside.extend_from_slice(dict);
        let mut body_start = at + 6;
        if rest.get(body_start) == Some(&b'\r') {
            body_start += 1;
        }
        if rest.get(body_start) == Some(&b'\n') {
            body_start += 1;
        }
        let Some(len) = find(&rest[body_start..], b"endstream") else {
            return Err(refused("a PDF stream without its end"));
        };
        let body = &rest[body_start..body_start + len];
        // The dictionary of this stream is the last `<<` … before `stream`.
        let dict_start = rfind(dict, b"<<").unwrap_or(0);
        let stream_dict = &dict[dict_start..];
        let squeezed: Vec<u8> = stream_dict
            .iter()
            .copied()
            .filter(|b| !b.is_ascii_whitespace())
            .collect();
        let content = if contains(&squeezed, b"/Filter") {
            if !(contains(&squeezed, b"/Filter/FlateDecode")
                || contains(&squeezed, b"/Filter[/FlateDecode]"))
            {
                return Err(refused("a PDF stream Reclaim cannot read"));
            }
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(body)
                .take(MAX_INFLATED - inflated_total)
                .read_to_end(&mut out)
                .map_err(|_| refused("a damaged PDF stream"))?;
            inflated_total += out.len() as u64;
            if inflated_total >= MAX_INFLATED {
                return Err(refused("a PDF too large to check"));
            }
            out
        } else {
            body.to_vec()
        };
        if names_a_picture(&content) {
            return Err(refused("a PDF with a picture in it"));
        }
        rest = &rest[body_start + len..];
    }
    outside.extend_from_slice(rest);
    if names_a_picture(&outside) {
        return Err(refused("a PDF with a picture in it"));
    }
    Ok(())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn pdf(objects: &[&[u8]]) -> Vec<u8> {
        let mut out = b"%PDF-1.7\n".to_vec();
        for (i, o) in objects.iter().enumerate() {
            out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
            out.extend(*o);
            out.extend(b"\nendobj\n");
        }
        out.extend(b"trailer\n<< /Root 1 0 R >>\n%%EOF\n");
        out
    }

    fn deflate(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn stream(dict: &str, body: &[u8]) -> Vec<u8> {
        let mut out = format!("<< {dict} /Length {} >>\nstream\n", body.len()).into_bytes();
        out.extend(body);
        out.extend(b"\nendstream");
        out
    }

    #[test]
    fn plain_text_and_a_text_only_pdf_are_kept() {
        assert_eq!(
            verify_document("Réponse de la plateforme : refusé.\r\n".as_bytes()).unwrap(),
            VerifiedDocument::PlainText
        );
        let content = deflate(b"BT /F1 12 Tf 72 712 Td (Your report was received) Tj ET");
        let text_pdf = pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R >>",
            &stream("/Filter /FlateDecode", &content),
        ]);
        assert_eq!(
            verify_document(&text_pdf).unwrap(),
            VerifiedDocument::PdfWithoutImages
        );
    }

    #[test]
    fn pictures_under_any_name_are_refused() {
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("jpeg", b"\xFF\xD8\xFF\xE0\0\x10JFIF".to_vec()),
            ("png with a leading byte", b"x\x89PNG\r\n\x1a\n".to_vec()),
            ("svg", b"<svg xmlns='http://www.w3.org/2000/svg'><image href='data:image/png;base64,AA'/></svg>".to_vec()),
            ("html", b"<!DOCTYPE html><p>hi</p><img src=x>".to_vec()),
            ("psd", b"8BPS\0\x01".to_vec()),
            ("qoi", b"qoif\0\0\0\x10".to_vec()),
            ("flv", b"FLV\x01\x05".to_vec()),
            ("binary", vec![0u8, 1, 2, 3, 200, 201]),
            (
                "pdf with an image xobject",
                pdf(&[&stream("/Type /XObject /Subtype /Image /Width 8 /Height 8", b"\0\0\0")]),
            ),
            (
                "pdf with a jpeg",
                pdf(&[&stream("/Filter /DCTDecode", b"\xFF\xD8\xFF")]),
            ),
            (
                "pdf with an image hidden in a compressed object stream",
                pdf(&[&stream(
                    "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
                    &deflate(b"5 0 << /Type /XObject /Subtype/Image >>"),
                )]),
            ),
            (
                "pdf with a compressed inline image",
                pdf(&[&stream(
                    "/Filter /FlateDecode",
                    &deflate(b"q 8 0 0 8 0 0 cm BI /W 8 /H 8 /CS /G /BPC 8 ID \x00\x01 EI Q"),
                )]),
            ),
            (
                "pdf with an attachment",
                pdf(&[b"<< /Type /EmbeddedFile >>"]),
            ),
            (
                "pdf with a stream Reclaim cannot read",
                pdf(&[&stream("/Filter /LZWDecode", b"\x80\x0b")]),
            ),
        ];
        for (what, bytes) in cases {
            let err = verify_document(&bytes).expect_err(what);
            assert_eq!(err.kind, ErrorKind::MinorImagesRefused, "{what}");
        }
    }
}
