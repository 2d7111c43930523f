//! The languages Reclaim speaks: screens, letters and the report.
//!
//! A language is data: its Fluent folders (`data/requests/<code>/`,
//! `data/report/<code>/`, `ui/src/locales/<code>/`) are found by folder name.
//! Adding a fifth language is its folders, one variant here and its code below.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, CoreResult, ErrorDetail};

/// A language of the screens, the letters and the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Language {
    En,
    Fr,
    Nl,
    De,
}

impl Language {
    /// Every language, in the order they are offered.
    pub const ALL: [Language; 4] = [Language::En, Language::Fr, Language::Nl, Language::De];

    /// The BCP 47 code (`en`, `fr`, `nl`, `de`), also the name of its Fluent folders.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Nl => "nl",
            Language::De => "de",
        }
    }

    /// Parses a code (any case; a region such as `fr-BE` is ignored); `None`
    /// for a language Reclaim does not speak.
    pub fn from_code(text: &str) -> Option<Language> {
        let base = text.split(['-', '_']).next().unwrap_or("");
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(base))
    }

    /// Like [`Language::from_code`], with an error that names what was expected.
    pub fn parse(text: &str) -> CoreResult<Language> {
        Language::from_code(text).ok_or_else(|| {
            CoreError::invalid_input(format!(
                "language {text:?} is not one of {}",
                Language::codes().join(", ")
            ))
            .with_detail(ErrorDetail::NotOneOf {
                field: crate::error::Field::Language,
                allowed: Language::codes().iter().map(|c| (*c).to_owned()).collect(),
            })
        })
    }

    /// The codes of every language.
    pub fn codes() -> Vec<&'static str> {
        Language::ALL.iter().map(|l| l.code()).collect()
    }
}

/// Every Fluent file shipped in `data/<area>/<language>/`, found by folder at
/// build time: `(area, language code, file stem, text)`.
const FLUENT_FILES: &[(&str, &str, &str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/fluent_files.rs"));

impl Language {
    /// The Fluent texts of `area` (`requests`, `report`) in this language, in
    /// file-name order: whatever `.ftl` files its folder holds.
    pub fn fluent_sources(self, area: &str) -> Vec<&'static str> {
        FLUENT_FILES
            .iter()
            .filter(|(a, lang, _, _)| *a == area && *lang == self.code())
            .map(|(_, _, _, text)| *text)
            .collect()
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_letters_and_report() {
        for lang in Language::ALL {
            assert_eq!(lang.fluent_sources("requests").len(), 3, "{lang}");
            assert_eq!(lang.fluent_sources("report").len(), 1, "{lang}");
        }
        // No folder for a language Reclaim does not know.
        for (_, code, _, _) in FLUENT_FILES {
            assert!(Language::from_code(code).is_some(), "data folder {code}");
        }
    }

    #[test]
    fn codes_round_trip_and_regions_are_ignored() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
            assert_eq!(
                serde_json::to_string(&lang).unwrap(),
                format!("\"{}\"", lang.code())
            );
        }
        assert_eq!(Language::from_code("fr-BE"), Some(Language::Fr));
        assert_eq!(Language::from_code("NL_be"), Some(Language::Nl));
        assert_eq!(Language::from_code("es"), None);
        let err = Language::parse("es").unwrap_err();
        assert!(err.detail.is_some());
        assert!(err.message.contains("en, fr, nl, de"), "{}", err.message);
    }
}
