//! In-app steps in every language of the screens (issue 14 item 4): a route
//! that names the app's buttons names them in French, Dutch and German too,
//! step for step, and says whether a source showed those words.

use super::validate::validate;
use super::*;
use crate::model::Language;

/// Instagram with its post route's steps in `translated_toml` (dotted keys under
/// `[channels.target]`), the way the data files write them.
fn instagram_with(translated_toml: &str) -> Platform {
    let text = include_str!("../../data/platforms/instagram.toml");
    let start = text.find("[channels.target]").expect("an in-app route");
    let end = start + text[start..].find("\n\n").expect("its end");
    let route = format!(
        "[channels.target]\ntype = \"in_app\"\nsteps = [\"Open the post\", \"Report\"]\n{translated_toml}"
    );
    parse_platform(&format!("{}{}{}", &text[..start], route, &text[end..])).unwrap()
}

const CHECKED: &str = "translated_checked.fr = { source = \"https://a.example/fr\", checked = \"2026-11-29\", verified = false }\n\
translated_checked.nl = { source = \"https://a.example/nl\", checked = \"2026-11-29\", verified = true }\n\
translated_checked.de = { source = \"https://a.example/de\", checked = \"2026-11-29\", verified = false }\n";

#[test]
fn every_in_app_route_reads_in_every_language_step_for_step() {
    let mut routes = 0;
    for p in catalogue() {
        for c in p.channels.iter().chain(&p.legal_routes) {
            let Some(english) = c.target.in_app_steps("en") else {
                continue;
            };
            routes += 1;
            for language in Language::ALL {
                let steps = c.target.in_app_steps(language.code()).unwrap();
                assert_eq!(steps.len(), english.len(), "{} in {language:?}", p.id);
                if language != Language::En {
                    assert_ne!(steps, english, "{}: {language:?} reads English", p.id);
                }
            }
        }
    }
    assert!(routes >= 30, "only {routes} in-app routes found");
}

#[test]
fn a_route_missing_a_language_or_a_step_is_rejected() {
    let complete = instagram_with(&format!(
        "translated.fr = [\"Ouvrez la publication\", \"Signaler\"]\n\
         translated.nl = [\"Open het bericht\", \"Rapporteren\"]\n\
         translated.de = [\"Öffnen Sie den Beitrag\", \"Melden\"]\n{CHECKED}"
    ));
    assert!(validate(&complete).is_empty(), "{:?}", validate(&complete));

    let no_dutch = instagram_with(&format!(
        "translated.fr = [\"Ouvrez la publication\", \"Signaler\"]\n\
         translated.de = [\"Öffnen Sie den Beitrag\", \"Melden\"]\n{CHECKED}"
    ));
    let problems = validate(&no_dutch).join("\n");
    assert!(problems.contains("no in-app steps in nl"), "{problems}");

    let short_german = instagram_with(&format!(
        "translated.fr = [\"Ouvrez la publication\", \"Signaler\"]\n\
         translated.nl = [\"Open het bericht\", \"Rapporteren\"]\n\
         translated.de = [\"Melden\"]\n{CHECKED}"
    ));
    let problems = validate(&short_german).join("\n");
    assert!(
        problems.contains("the de steps must be as many"),
        "{problems}"
    );

    let unsourced = instagram_with(
        "translated.fr = [\"Ouvrez la publication\", \"Signaler\"]\n\
         translated.nl = [\"Open het bericht\", \"Rapporteren\"]\n\
         translated.de = [\"Öffnen Sie den Beitrag\", \"Melden\"]\n",
    );
    let problems = validate(&unsourced).join("\n");
    assert!(
        problems.contains("translated_checked has no entry for fr"),
        "{problems}"
    );
}

#[test]
fn only_words_a_source_showed_count_as_confirmed() {
    let p = instagram_with(&format!(
        "translated.fr = [\"Ouvrez la publication\", \"Signaler\"]\n\
         translated.nl = [\"Open het bericht\", \"Rapporteren\"]\n\
         translated.de = [\"Öffnen Sie den Beitrag\", \"Melden\"]\n{CHECKED}"
    ));
    let target = &p
        .channels
        .iter()
        .find(|c| c.target.in_app_steps("en").is_some())
        .unwrap()
        .target;
    assert!(target.in_app_wording_unconfirmed("fr"));
    assert!(!target.in_app_wording_unconfirmed("nl"));
    assert!(target.in_app_wording_unconfirmed("de"));
    // The English words are the catalogue's own, not a translation.
    assert!(!target.in_app_wording_unconfirmed("en"));
}
