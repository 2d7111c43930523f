//! Step 0, "Safety first": the helplines a person can call, shipped as data.
//!
//! The list lives in `data/helplines.toml`; each entry carries its source and the
//! date it was checked, and the tests below reject an entry without them.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Provenance;

/// Who a helpline is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Audience {
    Adults,
    Minors,
    Anyone,
}

/// What a helpline helps with; the UI describes each in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum HelplinePurpose {
    /// Support with non-consensual intimate images (removal, rights, complaint).
    NciiSupport,
    /// Anything involving a person under 18.
    Minors,
    /// Someone to talk to, anonymously.
    Listening,
    /// Violence of any kind, online included.
    Violence,
    /// Sexual violence.
    SexualViolence,
    /// Immediate danger.
    Emergency,
}

/// When a helpline answers; the UI says it in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum HelplineHours {
    /// Day and night, every day.
    Always,
    OfficeHours,
    Weekdays,
    /// Opening hours vary: see the helpline's website.
    SeeSource,
}

/// One helpline, as shown on the safety screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Helpline {
    pub id: String,
    pub name: String,
    pub phone: String,
    #[serde(default)]
    #[ts(optional)]
    pub email: Option<String>,
    pub audience: Audience,
    pub languages: Vec<String>,
    pub free: bool,
    pub hours: HelplineHours,
    pub purpose: HelplinePurpose,
    /// Shown first: for immediate danger.
    #[serde(default)]
    pub urgent: bool,
    /// A line that is not for emergencies (it says to call 101 or 112 instead).
    #[serde(default)]
    pub not_for_emergencies: bool,
    /// A web page where the service can also be reached (e.g. an online reporting form).
    #[serde(default)]
    #[ts(optional)]
    pub online: Option<String>,
    /// Where the number was read, when, and whether it was confirmed there.
    #[serde(flatten)]
    pub provenance: Provenance,
}

#[derive(Deserialize)]
struct HelplineFile {
    helpline: Vec<Helpline>,
}

const HELPLINES_TOML: &str = include_str!("../data/helplines.toml");

fn parse(text: &str) -> Result<Vec<Helpline>, toml::de::Error> {
    let mut lines = toml::from_str::<HelplineFile>(text)?.helpline;
    // Urgent lines first, then the order of the file.
    lines.sort_by_key(|line| !line.urgent);
    Ok(lines)
}

/// The shipped helplines, urgent ones first.
pub fn helplines() -> &'static [Helpline] {
    static LINES: OnceLock<Vec<Helpline>> = OnceLock::new();
    LINES.get_or_init(|| parse(HELPLINES_TOML).expect("data/helplines.toml is validated by tests"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn shipped_list_parses_and_has_the_lines_the_manual_names() {
        let ids: HashSet<&str> = helplines().iter().map(|l| l.id.as_str()).collect();
        for needed in [
            "iefh",
            "child_focus",
            "tele_accueil",
            "tele_onthaal",
            "line_1712",
            "telefonhilfe",
            "suicide_prevention_fr",
            "zelfmoordlijn",
            "emergency_112",
        ] {
            assert!(ids.contains(needed), "helpline {needed} missing");
        }
        assert_eq!(ids.len(), helplines().len(), "helpline ids must be unique");
    }

    #[test]
    fn every_line_has_a_source_a_check_date_and_a_dialable_number() {
        for line in helplines() {
            assert_eq!(line.provenance.problems(&line.id), Vec::<String>::new());
            assert!(
                line.provenance.source.starts_with("https://"),
                "{}: source",
                line.id
            );
            assert!(
                line.phone.chars().all(|c| c.is_ascii_digit() || c == ' '),
                "{}: phone must be digits and spaces",
                line.id
            );
            assert!(!line.languages.is_empty(), "{}: languages", line.id);
        }
    }

    #[test]
    fn minors_are_pointed_to_child_focus() {
        let minors: Vec<_> = helplines()
            .iter()
            .filter(|l| l.audience == Audience::Minors)
            .collect();
        assert_eq!(minors.len(), 1);
        assert_eq!(minors[0].phone, "116 000");
    }

    #[test]
    fn urgent_lines_come_first() {
        assert!(helplines()[0].urgent);
    }

    #[test]
    fn every_language_of_the_app_has_a_line_and_1712_is_no_emergency_line() {
        for lang in ["fr", "nl", "de", "en"] {
            assert!(
                helplines()
                    .iter()
                    .any(|l| l.hours == HelplineHours::Always
                        && l.languages.iter().any(|x| x == lang)),
                "no line day and night in {lang}"
            );
        }
        let phones: Vec<&str> = helplines().iter().map(|l| l.phone.as_str()).collect();
        for phone in ["108", "1813", "0800 32 123", "112"] {
            assert!(phones.contains(&phone), "{phone}");
        }
        let line = helplines().iter().find(|l| l.phone == "1712").unwrap();
        assert!(line.not_for_emergencies && !line.urgent);
        for l in helplines() {
            assert!(!(l.urgent && l.not_for_emergencies), "{}", l.id);
            if let Some(url) = &l.online {
                assert!(url.starts_with("https://"), "{}", l.id);
            }
        }
    }

    #[test]
    fn an_entry_without_a_source_is_rejected() {
        let text = r#"
            [[helpline]]
            id = "x"
            name = "X"
            phone = "1"
            audience = "anyone"
            languages = ["en"]
            free = true
            hours = "always"
            purpose = "listening"
            checked = "2026-01-01"
            verified = true
        "#;
        assert!(parse(text).is_err());
    }
}
