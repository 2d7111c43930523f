//! What an evidence file is.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What an evidence file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum EvidenceKind {
    /// A screenshot of a page showing the images.
    Screenshot,
    /// An original image the person chose to keep as evidence.
    Image,
    /// A saved page, e-mail, message or letter.
    Document,
    /// An answer from a platform or authority.
    Correspondence,
    Other,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 5] = [
        EvidenceKind::Screenshot,
        EvidenceKind::Image,
        EvidenceKind::Document,
        EvidenceKind::Correspondence,
        EvidenceKind::Other,
    ];

    /// The `snake_case` code, as stored and serialised.
    pub fn code(self) -> &'static str {
        match self {
            EvidenceKind::Screenshot => "screenshot",
            EvidenceKind::Image => "image",
            EvidenceKind::Document => "document",
            EvidenceKind::Correspondence => "correspondence",
            EvidenceKind::Other => "other",
        }
    }

    /// Kinds that picture the person and are refused when she was a minor.
    pub fn pictures_the_person(self) -> bool {
        matches!(self, EvidenceKind::Screenshot | EvidenceKind::Image)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_serialised_names() {
        for k in EvidenceKind::ALL {
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.code())
            );
        }
    }
}
