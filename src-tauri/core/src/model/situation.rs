//! What is happening to the person: the first question after "Safety first".
//! One or more may apply; the answer is kept in the case, can be changed later,
//! and decides which steps of the flow apply and what the requests say.

use serde::{Deserialize, Deserializer, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, CoreResult};

/// One situation a person arrives with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Situation {
    /// Her images were shared (the flow as it was before situations existed).
    Shared,
    /// Someone threatens to share them unless she pays or sends more (sextortion).
    Threatened,
    /// Fake (AI-made or edited) sexual images of her.
    Fake,
    /// Ordinary photos of a child were taken and reposted; a parent or carer asks.
    ChildPhotos,
    /// She thinks her images are out there but does not know where.
    DontKnowWhere,
    /// Someone is being made to stream or film live, now: emergency numbers only.
    LiveNow,
}

impl Situation {
    /// In the order the question lists them.
    pub const ALL: [Situation; 6] = [
        Situation::Shared,
        Situation::Threatened,
        Situation::Fake,
        Situation::ChildPhotos,
        Situation::DontKnowWhere,
        Situation::LiveNow,
    ];

    /// The `snake_case` code, as stored and serialised (`situation-<code>` in the UI).
    pub fn code(self) -> &'static str {
        match self {
            Situation::Shared => "shared",
            Situation::Threatened => "threatened",
            Situation::Fake => "fake",
            Situation::ChildPhotos => "child_photos",
            Situation::DontKnowWhere => "dont_know_where",
            Situation::LiveNow => "live_now",
        }
    }

    pub fn from_code(code: &str) -> Option<Situation> {
        Situation::ALL.into_iter().find(|s| s.code() == code.trim())
    }
}

/// The situations of a case, sorted, without repeats, never empty (an empty
/// answer means the flow as it always was: [`Situation::Shared`]).
pub fn normalise(situations: &[Situation]) -> Vec<Situation> {
    let mut out = situations.to_vec();
    out.sort();
    out.dedup();
    if out.is_empty() {
        out.push(Situation::Shared);
    }
    out
}

/// As stored in the case database: codes joined by commas (`shared,fake`).
pub fn to_stored(situations: &[Situation]) -> String {
    normalise(situations)
        .iter()
        .map(|s| s.code())
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads the stored form; an unknown code is an error (a newer version wrote it).
pub fn from_stored(text: &str) -> CoreResult<Vec<Situation>> {
    let mut out = Vec::new();
    for code in text.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        out.push(
            Situation::from_code(code)
                .ok_or_else(|| CoreError::invalid_input(format!("unknown situation {code:?}")))?,
        );
    }
    Ok(normalise(&out))
}

/// For `serde(deserialize_with)`: one situation (`"fake"`) or a list
/// (`["threatened", "fake"]`), normalised.
pub fn deserialize_one_or_many<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Situation>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    let codes = match OneOrMany::deserialize(deserializer).map_err(|_| {
        serde::de::Error::custom("situation must be a situation code or a list of them")
    })? {
        OneOrMany::One(code) => vec![code],
        OneOrMany::Many(codes) => codes,
    };
    let mut out = Vec::new();
    for code in codes {
        out.push(Situation::from_code(&code).ok_or_else(|| {
            let all: Vec<&str> = Situation::ALL.iter().map(|s| s.code()).collect();
            serde::de::Error::custom(format!(
                "{code:?} is not a situation (one of {})",
                all.join(", ")
            ))
        })?);
    }
    Ok(normalise(&out))
}

/// The default of a case that says nothing: images shared.
pub fn default_situations() -> Vec<Situation> {
    vec![Situation::Shared]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_match_serde() {
        for s in Situation::ALL {
            assert_eq!(Situation::from_code(s.code()), Some(s));
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.code())
            );
        }
        assert_eq!(Situation::from_code("nude"), None);
    }

    #[test]
    fn stored_form_is_sorted_without_repeats_and_never_empty() {
        let stored = to_stored(&[Situation::Fake, Situation::Threatened, Situation::Fake]);
        assert_eq!(stored, "threatened,fake");
        assert_eq!(
            from_stored(&stored).unwrap(),
            vec![Situation::Threatened, Situation::Fake]
        );
        assert_eq!(from_stored("").unwrap(), vec![Situation::Shared]);
        assert!(from_stored("shared,telepathy").is_err());
    }

    #[test]
    fn one_or_many_is_read() {
        #[derive(Debug, Deserialize)]
        struct T {
            #[serde(deserialize_with = "deserialize_one_or_many")]
            situation: Vec<Situation>,
        }
        let one: T = serde_json::from_str(r#"{"situation": "fake"}"#).unwrap();
        assert_eq!(one.situation, vec![Situation::Fake]);
        let many: T = serde_json::from_str(r#"{"situation": ["fake", "threatened"]}"#).unwrap();
        assert_eq!(many.situation, vec![Situation::Threatened, Situation::Fake]);
        let err = serde_json::from_str::<T>(r#"{"situation": "nude"}"#).unwrap_err();
        assert!(err.to_string().contains("is not a situation"), "{err}");
    }
}
