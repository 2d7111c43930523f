//! A small flow layout: text blocks wrapped into lines and placed on A4
//! pages, each line remembering the logical block (heading, paragraph) it
//! belongs to so the PDF can be tagged in reading order.
//!
//! Wrapping breaks at spaces; a word longer than the line (a long URL, a
//! hash) is broken between characters, with nothing added, so the text read
//! back from the PDF is the exact string once the line breaks are removed.

use super::fonts::{Face, Fonts};

pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
pub const MARGIN_X: f32 = 56.0;
pub const MARGIN_TOP: f32 = 56.0;
/// Space kept free at the bottom for the footer.
pub const MARGIN_BOTTOM: f32 = 64.0;
pub const LABEL_W: f32 = 150.0;

/// Semantic kind of a block, mapped to a PDF structure tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Title,
    Heading(u16),
    Paragraph,
}

/// Colour of a line of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Text,
    Muted,
    Accent,
    Warning,
}

/// One line placed on a page.
#[derive(Debug, Clone)]
pub struct Line {
    pub x: f32,
    /// Baseline, from the top of the page.
    pub y: f32,
    pub face: Face,
    pub size: f32,
    pub ink: Ink,
    pub text: String,
    pub block: usize,
}

/// A block and the section it belongs to.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    pub section: usize,
    /// The text of a heading (its structure title and outline entry).
    pub title: Option<String>,
}

/// A heading's place, for the document outline (bookmarks).
#[derive(Debug, Clone)]
pub struct OutlineEntry {
    pub level: u16,
    pub text: String,
    pub page: usize,
    /// Top of the heading, from the top of the page.
    pub y: f32,
}

/// The laid-out document.
pub struct Flow<'f> {
    pub fonts: &'f Fonts,
    pub pages: Vec<Vec<Line>>,
    pub blocks: Vec<Block>,
    /// Number of sections (each section is one structure element).
    pub sections: usize,
    pub outline: Vec<OutlineEntry>,
    y: f32,
}

/// A text style.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub face: Face,
    pub size: f32,
    pub ink: Ink,
}

impl Style {
    pub const BODY: Style = Style {
        face: Face::Regular,
        size: 9.5,
        ink: Ink::Text,
    };
    pub const LABEL: Style = Style {
        face: Face::Regular,
        size: 8.5,
        ink: Ink::Muted,
    };
    pub const MONO: Style = Style {
        face: Face::Mono,
        size: 8.5,
        ink: Ink::Text,
    };
    pub const STRONG: Style = Style {
        face: Face::Bold,
        size: 9.5,
        ink: Ink::Text,
    };
    pub const WARNING: Style = Style {
        face: Face::Bold,
        size: 9.5,
        ink: Ink::Warning,
    };

    fn leading(self) -> f32 {
        self.size * 1.35
    }
}

fn bottom() -> f32 {
    PAGE_H - MARGIN_BOTTOM
}

impl<'f> Flow<'f> {
    pub fn new(fonts: &'f Fonts) -> Self {
        Flow {
            fonts,
            pages: vec![Vec::new()],
            blocks: Vec::new(),
            sections: 0,
            outline: Vec::new(),
            y: MARGIN_TOP,
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN_TOP;
    }

    fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(|p| p.is_empty())
    }

    /// Moves to a new page unless `height` points still fit on this one.
    fn ensure(&mut self, height: f32) {
        if self.y + height > bottom() && !self.page_is_empty() {
            self.new_page();
        }
    }

    fn block(&mut self, kind: BlockKind) -> usize {
        self.blocks.push(Block {
            kind,
            section: self.sections.saturating_sub(1),
            title: None,
        });
        self.blocks.len() - 1
    }

    /// Starts a new section, on a new page when `page_break`.
    pub fn section(&mut self, page_break: bool) {
        if page_break && !self.page_is_empty() {
            self.new_page();
        }
        self.sections += 1;
    }

    /// Vertical space.
    pub fn gap(&mut self, points: f32) {
        self.y += points;
    }

    /// Wraps `text` into lines of at most `width` points.
    pub fn wrap(&self, style: Style, width: f32, text: &str) -> Vec<String> {
        let text = self.fonts.drawable(style.face, text);
        let mut lines = Vec::new();
        let mut current = String::new();
        let mut current_w = 0.0;
        let space_w = self.fonts.width(style.face, style.size, " ");
        for word in text.split(' ') {
            let word_w = self.fonts.width(style.face, style.size, word);
            let sep_w = if current.is_empty() { 0.0 } else { space_w };
            if current_w + sep_w + word_w <= width {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(word);
                current_w += sep_w + word_w;
                continue;
            }
            if word_w <= width {
                if !current.is_empty() {
                    // The space stays at the end of the line it follows, so
                    // the text extracted from the PDF keeps word boundaries.
                    current.push(' ');
                    lines.push(std::mem::take(&mut current));
                }
                current.push_str(word);
                current_w = word_w;
                continue;
            }
            // A word longer than a line: break between characters, filling
            // the current line first.
            if !current.is_empty() {
                current.push(' ');
                current_w += space_w;
            }
            for c in word.chars() {
                let mut buf = [0u8; 4];
                let c_w = self
                    .fonts
                    .width(style.face, style.size, c.encode_utf8(&mut buf));
                if current_w + c_w > width && !current.is_empty() {
                    lines.push(std::mem::take(&mut current));
                    current_w = 0.0;
                }
                current.push(c);
                current_w += c_w;
            }
        }
        if !current.is_empty() || lines.is_empty() {
            lines.push(current);
        }
        lines
    }

    fn place(&mut self, x: f32, style: Style, text: String, block: usize) {
        let line = Line {
            x,
            y: self.y + style.size,
            face: style.face,
            size: style.size,
            ink: style.ink,
            text,
            block,
        };
        self.pages.last_mut().expect("a page").push(line);
    }

    /// The document title.
    pub fn title(&mut self, text: &str) {
        let style = Style {
            face: Face::Bold,
            size: 18.0,
            ink: Ink::Accent,
        };
        let block = self.lines_block(BlockKind::Title, style, MARGIN_X, text);
        self.blocks[block].title = Some(text.to_owned());
        self.gap(4.0);
    }

    /// A heading, kept with at least a few lines of what follows.
    pub fn heading(&mut self, level: u16, text: &str) {
        let size = match level {
            1 => 14.0,
            2 => 11.5,
            _ => 10.0,
        };
        let style = Style {
            face: Face::Bold,
            size,
            ink: Ink::Accent,
        };
        self.gap(if level == 1 { 2.0 } else { 6.0 });
        // Keep a heading with what follows: a few lines for sections, a
        // whole short item (URL, evidence file) for item headings.
        let keep = if level >= 3 { 8.0 } else { 4.0 };
        self.ensure(style.leading() + keep * Style::BODY.leading());
        self.outline.push(OutlineEntry {
            level,
            text: self.fonts.drawable(style.face, text),
            page: self.pages.len() - 1,
            y: self.y,
        });
        let block = self.lines_block(BlockKind::Heading(level), style, MARGIN_X, text);
        self.blocks[block].title = Some(text.to_owned());
        self.gap(2.0);
    }

    /// A paragraph over the full width.
    pub fn paragraph(&mut self, style: Style, text: &str) {
        self.lines_block(BlockKind::Paragraph, style, MARGIN_X, text);
        self.gap(3.0);
    }

    /// A paragraph indented from the left margin.
    pub fn indented(&mut self, style: Style, indent: f32, text: &str) {
        self.lines_block(BlockKind::Paragraph, style, MARGIN_X + indent, text);
    }

    fn lines_block(&mut self, kind: BlockKind, style: Style, x: f32, text: &str) -> usize {
        let block = self.block(kind);
        let width = PAGE_W - MARGIN_X - x;
        for part in text.split('\n') {
            for line in self.wrap(style, width, part) {
                self.ensure(style.leading());
                self.place(x, style, line, block);
                self.y += style.leading();
            }
        }
        block
    }

    /// A "label: value" row: the label in the left column, the value wrapped
    /// in the right one. Tagged as one paragraph, label first.
    pub fn field(&mut self, label: &str, style: Style, value: &str) {
        let block = self.block(BlockKind::Paragraph);
        let label_lines = self.wrap(Style::LABEL, LABEL_W - 8.0, &format!("{label}:"));
        let value_w = PAGE_W - 2.0 * MARGIN_X - LABEL_W;
        let mut value_lines = Vec::new();
        for part in value.split('\n') {
            value_lines.extend(self.wrap(style, value_w, part));
        }
        let leading = style.leading().max(Style::LABEL.leading());
        let rows = label_lines.len().max(value_lines.len());
        // Keep short rows together on one page.
        if rows <= 6 {
            self.ensure(rows as f32 * leading);
        }
        // Decide where each row goes first, then emit the label lines before
        // the value lines so the reading order is "label, value".
        let mut positions = Vec::with_capacity(rows);
        for _ in 0..rows {
            self.ensure(leading);
            positions.push((self.pages.len() - 1, self.y));
            self.y += leading;
        }
        // One baseline per row for the label and the value.
        let ascent = style.size.max(Style::LABEL.size);
        let emit = |lines: Vec<String>, x: f32, style: Style, pages: &mut Vec<Vec<Line>>| {
            for (text, &(page, y)) in lines.into_iter().zip(&positions) {
                pages[page].push(Line {
                    x,
                    y: y + ascent,
                    face: style.face,
                    size: style.size,
                    ink: style.ink,
                    text,
                    block,
                });
            }
        };
        emit(label_lines, MARGIN_X, Style::LABEL, &mut self.pages);
        emit(value_lines, MARGIN_X + LABEL_W, style, &mut self.pages);
        self.y += 1.5;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_url_wraps_within_the_margin_and_loses_no_character() {
        let fonts = Fonts::load();
        let flow = Flow::new(&fonts);
        let url = format!("https://example.com/{}", "a1b2c3/".repeat(43));
        assert!(url.len() > 300);
        let width = PAGE_W - 2.0 * MARGIN_X - LABEL_W;
        let lines = flow.wrap(Style::MONO, width, &url);
        assert!(lines.len() > 2, "a 300-character URL takes several lines");
        for line in &lines {
            assert!(fonts.width(Face::Mono, Style::MONO.size, line) <= width + 0.01);
        }
        assert_eq!(lines.concat(), url);
    }

    #[test]
    fn prose_wraps_at_spaces() {
        let fonts = Fonts::load();
        let flow = Flow::new(&fonts);
        let text =
            "Dossier ouvert après la première publication sur une plateforme étrangère ".repeat(6);
        let lines = flow.wrap(Style::BODY, 300.0, text.trim_end());
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), text.trim_end());
        for line in &lines[..lines.len() - 1] {
            assert!(line.ends_with(' '), "{line:?} ends at a word boundary");
        }
    }

    #[test]
    fn characters_the_font_lacks_become_a_visible_replacement() {
        let fonts = Fonts::load();
        let shown = fonts.drawable(Face::Regular, "Zoë Müller\u{202E}\u{0007} 中");
        assert_eq!(shown, "Zoë Müller \u{FFFD}");
    }
}
