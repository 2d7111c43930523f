//! Drawing a laid-out [`flow::Flow`] into a tagged PDF/A-2a + PDF/UA-1 file
//! with krilla (krilla's validators refuse to write a file that breaks either).

pub mod flow;
pub mod fonts;

use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::Point;
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Node, SpanTag, Tag, TagGroup, TagKind, TagTree,
};
use krilla::text::TextDirection;
use krilla::{Document, SerializeSettings};
use time::OffsetDateTime;

use crate::error::{CoreError, CoreResult};
use flow::{BlockKind, Flow, Ink, PAGE_H, PAGE_W};

/// Document-level information.
pub struct DocInfo<'a> {
    pub title: &'a str,
    pub language: &'a str,
    pub created: OffsetDateTime,
    /// `footer(page, total)` gives the footer text of each page.
    pub footer: &'a dyn Fn(usize, usize) -> String,
}

fn ink(color: Ink) -> rgb::Color {
    match color {
        Ink::Text => rgb::Color::new(20, 20, 20),
        Ink::Muted => rgb::Color::new(80, 80, 80),
        Ink::Accent => rgb::Color::new(24, 56, 110),
        Ink::Warning => rgb::Color::new(150, 20, 20),
    }
}

fn tag_for(kind: BlockKind, title: Option<&str>) -> TagKind {
    match kind {
        BlockKind::Title => Tag::Title.into(),
        BlockKind::Heading(level) => Tag::Hn(
            NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN),
            title.map(str::to_owned),
        )
        .into(),
        BlockKind::Paragraph => Tag::P.into(),
    }
}

/// Bookmarks: level-1 headings with their level-2 headings under them.
fn outline(flow: &Flow<'_>) -> Outline {
    let mut outline = Outline::new();
    let mut current: Option<OutlineNode> = None;
    for entry in &flow.outline {
        let dest = XyzDestination::new(entry.page, Point::from_xy(0.0, entry.y));
        let node = OutlineNode::new(entry.text.clone(), dest);
        match entry.level {
            1 => {
                if let Some(done) = current.take() {
                    outline.push_child(done);
                }
                current = Some(node);
            }
            2 => match current.as_mut() {
                Some(parent) => parent.push_child(node),
                None => outline.push_child(node),
            },
            _ => {}
        }
    }
    if let Some(done) = current {
        outline.push_child(done);
    }
    outline
}

/// Renders the flow to PDF bytes (PDF/A-2a archival, PDF/UA-1 accessible).
pub fn render(flow: &Flow<'_>, info: &DocInfo<'_>) -> CoreResult<Vec<u8>> {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_A)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|err| CoreError::internal(format!("PDF configuration: {err:?}")))?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let fonts = flow.fonts;
    let mut block_nodes: Vec<Vec<Node>> = vec![Vec::new(); flow.blocks.len()];
    let total = flow.pages.len();

    for (index, lines) in flow.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H).expect("A4 is a valid size");
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for line in lines {
            if line.text.is_empty() {
                continue;
            }
            let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
            surface.set_fill(Some(Fill {
                paint: ink(line.ink).into(),
                ..Fill::default()
            }));
            surface.draw_text(
                Point::from_xy(line.x, line.y),
                fonts.pdf(line.face),
                line.size,
                &line.text,
                false,
                TextDirection::LeftToRight,
            );
            surface.end_tagged();
            block_nodes[line.block].push(id.into());
        }
        // The footer is an artifact: not part of the reading order.
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::PageNumber,
        )));
        surface.set_fill(Some(Fill {
            paint: ink(Ink::Muted).into(),
            ..Fill::default()
        }));
        let footer = fonts.drawable(fonts::Face::Regular, &(info.footer)(index + 1, total));
        surface.draw_text(
            Point::from_xy(flow::MARGIN_X, PAGE_H - 36.0),
            fonts.pdf(fonts::Face::Regular),
            7.5,
            &footer,
            false,
            TextDirection::LeftToRight,
        );
        surface.end_tagged();
        surface.finish();
        page.finish();
    }

    let mut sections: Vec<TagGroup> = (0..flow.sections.max(1))
        .map(|_| TagGroup::new(Tag::Section))
        .collect();
    for (block, nodes) in flow.blocks.iter().zip(block_nodes) {
        if nodes.is_empty() {
            continue;
        }
        let group = TagGroup::with_children(tag_for(block.kind, block.title.as_deref()), nodes);
        sections[block.section].push(group);
    }
    let mut tree = TagTree::new().with_lang(Some(info.language.to_owned()));
    for section in sections {
        if !section.children.is_empty() {
            tree.push(section);
        }
    }
    document.set_tag_tree(tree);
    document.set_outline(outline(flow));

    let created = info.created.to_offset(time::UtcOffset::UTC);
    document.set_metadata(
        Metadata::new()
            .title(info.title.to_owned())
            .language(info.language.to_owned())
            .creator(format!("Reclaim {}", crate::VERSION))
            .producer(format!("Reclaim {}", crate::VERSION))
            .creation_date(
                DateTime::new(created.year() as u16)
                    .month(created.month() as u8)
                    .day(created.day())
                    .hour(created.hour())
                    .minute(created.minute())
                    .second(created.second())
                    .utc_offset_hour(0)
                    .utc_offset_minute(0),
            ),
    );
    document
        .finish()
        .map_err(|err| CoreError::internal(format!("PDF export failed: {err:?}")))
}
