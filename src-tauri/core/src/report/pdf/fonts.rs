//! The report's fonts: DejaVu Sans (text, bold) and DejaVu Sans Mono (URLs,
//! hashes), from the `dejavu` crate (fonts under the Bitstream Vera / DejaVu
//! licence, which allows embedding). They cover Latin-1 and Latin Extended,
//! Greek and Cyrillic, so names in French, Dutch and German show as typed.

use std::sync::Arc;

use krilla::text::Font;

/// Which of the three faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
    Mono,
}

struct Loaded {
    pdf: Font,
    metrics: ttf_parser::Face<'static>,
}

/// The three faces, loaded once per report.
pub struct Fonts {
    regular: Loaded,
    bold: Loaded,
    mono: Loaded,
}

fn load(data: &'static [u8]) -> Loaded {
    Loaded {
        pdf: Font::new(Arc::new(data.to_vec()).into(), 0).expect("DejaVu loads"),
        metrics: ttf_parser::Face::parse(data, 0).expect("DejaVu parses"),
    }
}

impl Fonts {
    pub fn load() -> Self {
        Fonts {
            regular: load(dejavu::sans::regular()),
            bold: load(dejavu::sans::bold()),
            mono: load(dejavu::sans_mono::regular()),
        }
    }

    fn get(&self, face: Face) -> &Loaded {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
            Face::Mono => &self.mono,
        }
    }

    /// The font krilla draws with.
    pub fn pdf(&self, face: Face) -> Font {
        self.get(face).pdf.clone()
    }

    /// Width of `text` at `size` points (advances only; kerning is small
    /// enough to be absorbed by the right margin).
    pub fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        let m = &self.get(face).metrics;
        let units: f32 = text
            .chars()
            .map(|c| {
                m.glyph_index(c)
                    .and_then(|g| m.glyph_hor_advance(g))
                    .unwrap_or(0) as f32
            })
            .sum();
        units / m.units_per_em() as f32 * size
    }

    /// `text` with every character the face cannot draw replaced, so the PDF
    /// never holds a missing glyph (PDF/A forbids it): control characters go,
    /// tabs become spaces, anything else unknown becomes U+FFFD.
    pub fn drawable(&self, face: Face, text: &str) -> String {
        let m = &self.get(face).metrics;
        let replacement = if m.glyph_index('\u{FFFD}').is_some() {
            '\u{FFFD}'
        } else {
            '?'
        };
        text.chars()
            .filter_map(|c| match c {
                '\t' => Some(' '),
                c if c.is_control() => None,
                // Bidi controls and zero-width characters are invisible in
                // the source and would only confuse a reader.
                '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => None,
                c if m.glyph_index(c).is_some() => Some(c),
                _ => Some(replacement),
            })
            .collect()
    }
}
