//! The request texts in Fluent, one folder per language under `data/requests/<lang>/`.
//!
//! Fluent wraps every placeable in Unicode isolation marks (U+2068 … U+2069) by
//! default; they are invisible but end up in forms and e-mails, where they corrupt
//! copied URLs and names. They are switched off here and the tests check that none
//! appear.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::error::{CoreError, CoreResult};

pub use crate::model::Language;

fn build(lang: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.code().parse().expect("a valid language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for text in lang.fluent_sources("requests") {
        let res = FluentResource::try_new(text.to_string())
            .expect("request templates parse (checked by tests)");
        bundle
            .add_resource(res)
            .expect("no message is defined twice (checked by tests)");
    }
    bundle
}

fn bundle(lang: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 4]> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| Language::ALL.map(build));
    &all[Language::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// Renders message `id` in `lang` with `args` (name, value pairs).
pub fn render(lang: Language, id: &str, args: &[(&str, &str)]) -> CoreResult<String> {
    let bundle = bundle(lang);
    let msg = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .ok_or_else(|| CoreError::internal(format!("template {id} missing in {}", lang.code())))?;
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, Cow::Borrowed(*v));
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(msg, Some(&fargs), &mut errors);
    if !errors.is_empty() {
        return Err(CoreError::internal(format!(
            "template {id} in {}: {errors:?}",
            lang.code()
        )));
    }
    Ok(text.into_owned())
}

/// Renders the attribute `attribute` of message `id`, or `None` when the message
/// has no such attribute (a missing message is an error, as in [`render`]).
pub fn render_attribute(
    lang: Language,
    id: &str,
    attribute: &str,
    args: &[(&str, &str)],
) -> CoreResult<Option<String>> {
    let bundle = bundle(lang);
    let msg = bundle
        .get_message(id)
        .ok_or_else(|| CoreError::internal(format!("template {id} missing in {}", lang.code())))?;
    let Some(attr) = msg.get_attribute(attribute) else {
        return Ok(None);
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, Cow::Borrowed(*v));
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(attr.value(), Some(&fargs), &mut errors);
    if !errors.is_empty() {
        return Err(CoreError::internal(format!(
            "template {id}.{attribute} in {}: {errors:?}",
            lang.code()
        )));
    }
    Ok(Some(text.into_owned()))
}

/// Whether message `id` exists in `lang` and has the attribute `attribute`.
pub fn has_attribute(lang: Language, id: &str, attribute: &str) -> bool {
    bundle(lang)
        .get_message(id)
        .is_some_and(|m| m.get_attribute(attribute).is_some())
}

/// The ids of every message in `lang`'s templates.
pub fn message_ids(lang: Language) -> Vec<String> {
    let mut ids = Vec::new();
    for text in lang.fluent_sources("requests") {
        let res = FluentResource::try_new(text.to_string()).expect("templates parse");
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_string());
            }
        }
    }
    ids.sort();
    ids
}

/// Unicode bidi isolation and embedding controls that must never reach a request.
pub const BIDI_MARKS: [char; 9] = [
    '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}',
    '\u{202E}',
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_parses_and_has_the_same_messages() {
        let english = message_ids(Language::En);
        assert!(english.len() > 40, "{english:?}");
        for lang in Language::ALL {
            for text in lang.fluent_sources("requests") {
                FluentResource::try_new(text.to_string())
                    .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", lang.code()));
            }
            assert_eq!(
                message_ids(lang),
                english,
                "{} differs from en",
                lang.code()
            );
            // Building the bundle panics on a message defined twice.
            let _ = build(lang);
        }
    }

    #[test]
    fn placeables_get_no_isolation_marks() {
        for lang in Language::ALL {
            let text = render(
                lang,
                "element-contact",
                &[("name", "Anna"), ("email", "a@b.be")],
            )
            .unwrap();
            assert!(text.contains("Anna, a@b.be"), "{}: {text}", lang.code());
            assert!(!text.contains(BIDI_MARKS), "{}: {text:?}", lang.code());
        }
    }

    #[test]
    fn every_message_renders_in_every_language_without_marks() {
        for (kind, by) in [
            ("real", "self"),
            ("fake", "self"),
            ("real", "representative"),
            ("fake", "representative"),
        ] {
            let args = [
                ("platform", "Example"),
                ("host", "site.example"),
                ("name", "Anna"),
                ("email", "a@b.be"),
                ("victim", "Anna"),
                ("country", "Belgium"),
                ("description", "photos"),
                ("kind", kind),
                ("by", by),
                ("role", "lawyer"),
                ("organisation", "Example BV"),
                ("handle", "@someone"),
                ("hotline", "Child Focus"),
                // The complaint letter after a refusal (followup::complaint_letter).
                ("service", "Instagram"),
                ("sent_on", "2026-11-20"),
                ("reference", "CASE-1"),
            ];
            for lang in Language::ALL {
                for id in message_ids(lang) {
                    let text = render(lang, &id, &args)
                        .unwrap_or_else(|e| panic!("{} {id}: {e:?}", lang.code()));
                    assert!(!text.trim().is_empty(), "{} {id}", lang.code());
                    assert!(!text.contains(BIDI_MARKS), "{} {id}", lang.code());
                    assert!(
                        !text.contains('{') && !text.contains('}'),
                        "{} {id}: {text}",
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn a_missing_variable_is_an_error_not_a_silent_gap() {
        let err = render(Language::En, "element-contact", &[("name", "Anna")]).unwrap_err();
        assert_eq!(err.kind, crate::ErrorKind::Internal);
    }

    #[test]
    fn languages_parse_from_codes_and_tags() {
        assert_eq!(Language::parse("fr-BE").unwrap(), Language::Fr);
        assert_eq!(Language::parse("NL").unwrap(), Language::Nl);
        assert!(Language::parse("es").is_err());
    }

    #[test]
    fn texts_do_not_blame_the_person() {
        // Words that shift responsibility to the person; none may appear in a request.
        let banned = [
            "you should have",
            "your fault",
            "revenge porn",
            "vous auriez dû",
            "wraakporno",
            "had je maar",
            "hätten sie",
            "selbst schuld",
        ];
        for lang in Language::ALL {
            for text in lang.fluent_sources("requests") {
                let lower = text.to_lowercase();
                for word in banned {
                    assert!(!lower.contains(word), "{}: {word}", lang.code());
                }
            }
        }
    }

    #[test]
    fn the_host_letter_addresses_the_host_as_the_host_in_every_language() {
        let args = [
            ("host", "site.example"),
            ("victim", "Anna"),
            ("kind", "real"),
            ("by", "self"),
        ];
        for (lang, host, operator) in [
            (
                Language::En,
                "as the hosting provider of",
                "as the operator",
            ),
            (
                Language::Fr,
                "en tant qu'hébergeur du site",
                "exploitant ou hébergeur",
            ),
            (
                Language::Nl,
                "als hostingprovider van",
                "beheerder of hostingprovider",
            ),
            (
                Language::De,
                "als Hosting-Anbieter der Website",
                "als Betreiber",
            ),
        ] {
            let text = render(lang, "intro-host", &args).unwrap();
            assert!(text.contains(host), "{}: {text}", lang.code());
            assert!(!text.contains(operator), "{}: {text}", lang.code());
        }
    }
}
