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
    /// A copy of one of her images found on her device by "Find copies"
    /// (downloaded from a site or a chat), kept with where it was found.
    FoundCopy,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 6] = [
        EvidenceKind::Screenshot,
        EvidenceKind::Image,
        EvidenceKind::Document,
        EvidenceKind::Correspondence,
        EvidenceKind::Other,
        EvidenceKind::FoundCopy,
    ];

    /// The `snake_case` code, as stored and serialised.
    pub fn code(self) -> &'static str {
        match self {
            EvidenceKind::Screenshot => "screenshot",
            EvidenceKind::Image => "image",
            EvidenceKind::Document => "document",
            EvidenceKind::Correspondence => "correspondence",
            EvidenceKind::Other => "other",
            EvidenceKind::FoundCopy => "found_copy",
        }
    }

    /// Kinds that picture the person and are refused when she was a minor.
    pub fn pictures_the_person(self) -> bool {
        matches!(
            self,
            EvidenceKind::Screenshot | EvidenceKind::Image | EvidenceKind::FoundCopy
        )
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
