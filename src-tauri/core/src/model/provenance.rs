//! Where a fact comes from: every platform channel, legal provision and
//! helpline carries one.

use serde::{Deserialize, Serialize};
use time::Date;

/// The source of a fact, when it was last checked there, and whether that
/// check confirmed it. An unverified fact is shown to the person as such.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// The public page (or document) that states the fact.
    pub source: String,
    /// The day it was last checked against that source.
    #[serde(with = "crate::model::timestamp::iso_date")]
    pub checked: Date,
    /// Whether the source confirmed the fact when it was checked.
    pub verified: bool,
}

impl Provenance {
    /// Problems with this provenance, for the data validators (`what` names the entry).
    pub fn problems(&self, what: &str) -> Vec<String> {
        let mut out = Vec::new();
        if !(self.source.starts_with("https://") || self.source.starts_with("http://")) {
            out.push(format!(
                "{what}: source {:?} is not a web address",
                self.source
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_checked_date_and_refuses_a_bad_one() {
        let p: Provenance = toml::from_str(
            "source = \"https://example.org/a\"\nchecked = \"2026-11-29\"\nverified = true\n",
        )
        .unwrap();
        assert_eq!(p.checked.to_string(), "2026-11-29");
        assert!(p.problems("x").is_empty());
        assert!(toml::from_str::<Provenance>(
            "source = \"https://example.org/a\"\nchecked = \"2026-13-01\"\nverified = true\n"
        )
        .is_err());
    }
}
