//! Where a fact comes from: every platform channel, legal provision,
//! escalation step, hotline, helpline and service rule carries one.

use serde::{Deserialize, Serialize};
use time::Date;
use ts_rs::TS;

/// The source of a fact, when it was last checked there, and whether that
/// check confirmed it. An unverified fact is shown to the person as such.
///
/// Data entries write its fields inline (`source`, optional `see_also`,
/// `checked`, `verified`); the types that carry one flatten it, so the files keep their
/// shape and an unknown key is still refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Provenance {
    /// The public page (or document) that states the fact.
    pub source: String,
    /// Further pages that state or explain it (a law's official text and a
    /// commentary, say); checked on the same day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<Vec<String>>")]
    pub see_also: Vec<String>,
    /// The day it was last checked against that source.
    #[serde(with = "crate::model::timestamp::iso_date")]
    #[ts(type = "string")]
    pub checked: Date,
    /// Whether the source confirmed the fact when it was checked.
    pub verified: bool,
}

impl Provenance {
    /// Problems with this provenance, for the data validators (`what` names the entry).
    pub fn problems(&self, what: &str) -> Vec<String> {
        std::iter::once(&self.source)
            .chain(&self.see_also)
            .filter(|source| !is_web_address(source))
            .map(|source| format!("{what}: source {source:?} is not an http(s) URL"))
            .collect()
    }
}

fn is_web_address(text: &str) -> bool {
    url::Url::parse(text).is_ok_and(|u| {
        matches!(u.scheme(), "https" | "http") && u.host_str().is_some_and(|h| h.contains('.'))
    })
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
        let bad: Provenance = toml::from_str(
            "source = \"see the website\"\nchecked = \"2026-11-29\"\nverified = false\n",
        )
        .unwrap();
        assert_eq!(bad.problems("x").len(), 1);
        let more: Provenance = toml::from_str(
            "source = \"https://example.org/a\"\nsee_also = [\"https://example.org/b\", \"a book\"]\nchecked = \"2026-11-29\"\nverified = true\n",
        )
        .unwrap();
        assert_eq!(
            more.problems("x"),
            ["x: source \"a book\" is not an http(s) URL"]
        );
    }

    #[test]
    fn a_type_that_flattens_it_still_refuses_an_unknown_key() {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Entry {
            #[allow(dead_code)]
            name: String,
            #[serde(flatten)]
            provenance: Provenance,
        }
        let good = "name = \"a\"\nsource = \"https://example.org/a\"\nchecked = \"2026-11-29\"\nverified = true\n";
        let entry: Entry = toml::from_str(good).unwrap();
        assert!(entry.provenance.verified);
        let typo = format!("{good}verifed = true\n");
        assert!(
            toml::from_str::<Entry>(&typo).is_err(),
            "a misspelt key is refused"
        );
        let missing = "name = \"a\"\nsource = \"https://example.org/a\"\nverified = true\n";
        assert!(
            toml::from_str::<Entry>(missing).is_err(),
            "a missing date is refused"
        );
    }
}
