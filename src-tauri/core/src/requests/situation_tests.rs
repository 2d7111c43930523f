//! Requests per situation × language: a fake-image case never says she took the
//! images or that photos show her nude; a threat case without links writes account
//! reports; a child-photo case writes the hotline report and nothing in anyone's name.

use time::macros::datetime;

use super::case::CaseInput;
use super::hotline::{hotline_for, validate_hotlines};
use super::templates::Language;
use super::*;
use crate::model::Situation;

const EXAMPLE: &str = include_str!("../../../cli/tests/fixtures/case.json");

fn options(lang: Language) -> Options {
    Options {
        language: Some(lang),
        platform: None,
        now: datetime!(2026-11-29 09:00 UTC),
    }
}

fn example() -> CaseInput {
    CaseInput::from_json(EXAMPLE).unwrap()
}

/// What a letter about fakes must never say, in any of the four languages: that she
/// took them, that they show her nude, or that they are intimate images of her.
const NEVER_FOR_FAKES: [&str; 22] = [
    "I took",
    "took the photos",
    "show me nude",
    "shows me nude",
    "intimate images of me",
    "reveal my sex life",
    "J'ai pris",
    "me montre nu",
    "me montrent nu",
    "images intimes de moi",
    "révèlent ma vie sexuelle",
    "tonen mij naakt",
    "toont mij naakt",
    "intieme beelden van mij",
    "tonen mijn seksleven",
    "zeigen mich nackt",
    "zeigt mich nackt",
    "intime Bilder von mir",
    "zeigen mein Sexualleben",
    "selbst aufgenommen",
    "owns their copyright",
    "DMCA",
];

/// What it says instead, in each language.
fn made_or_edited(lang: Language) -> &'static str {
    match lang {
        Language::En => "sexual images of me that were made or edited without my consent",
        Language::Fr => {
            "images à caractère sexuel me représentant, créées ou modifiées sans mon consentement"
        }
        Language::Nl => {
            "seksuele beelden van mij die zonder mijn toestemming gemaakt of bewerkt zijn"
        }
        Language::De => {
            "sexuelle Bilder von mir, die ohne meine Einwilligung erstellt oder bearbeitet wurden"
        }
    }
}

fn all_text(req: &Request) -> String {
    let mut text = format!("{}\n{}\n", req.subject, req.body);
    for (_, v) in &req.fields.0 {
        text.push_str(v);
        text.push('\n');
    }
    text
}

#[test]
fn a_fake_image_case_says_made_or_edited_in_every_language_and_never_that_she_took_them() {
    for lang in Language::ALL {
        // `self_taken` stays true on purpose: a fake is never her photo, whatever it was made from.
        for by_situation in [true, false] {
            let mut case = example();
            if by_situation {
                case.situation = vec![Situation::Fake];
            } else {
                case.content.fake = true;
            }
            let out = generate(&case, &Catalogue, &options(lang)).unwrap();
            assert!(!out.requests.is_empty());
            let mut said = false;
            for req in &out.requests {
                let text = all_text(req);
                for never in NEVER_FOR_FAKES {
                    assert!(
                        !text.contains(never),
                        "{lang:?} {} says {never:?}:\n{text}",
                        req.platform
                    );
                }
                assert!(
                    !req.legal_basis.iter().any(|b| b.contains("dmca")),
                    "{lang:?}: no DMCA notice for fakes"
                );
                said |= text.contains(made_or_edited(req.language));
            }
            assert!(said, "{lang:?}: some request says what is true");
        }
    }
}

#[test]
fn a_fake_case_filed_by_a_counsellor_speaks_of_her_without_claiming_she_is_nude() {
    for lang in Language::ALL {
        let mut case = example();
        case.situation = vec![Situation::Fake];
        case.representative = Some(super::case::Representative {
            name: "Eva Janssens".into(),
            email: "eva@service.example".into(),
            organisation: None,
            role: super::case::RepresentativeRole::Counsellor,
        });
        let out = generate(&case, &Catalogue, &options(lang)).unwrap();
        for req in &out.requests {
            let text = all_text(req);
            for never in [
                "show Anna Peeters nude",
                "montrent Anna Peeters nu",
                "tonen Anna Peeters naakt",
                "zeigen Anna Peeters nackt",
                "Anna Peeters took",
                "Anna Peeters a pris",
            ] {
                assert!(!text.contains(never), "{lang:?} says {never:?}:\n{text}");
            }
        }
    }
}

fn threat_case(lang: &str) -> CaseInput {
    CaseInput::from_json(&format!(
        r#"{{"victim": {{"name": "Anna Peeters", "email": "anna@example.org", "country": "BE"}},
            "language": "{lang}", "adult_at_capture": true,
            "content": {{"kind": "photo"}}, "urls": [],
            "situation": "threatened",
            "accounts": [
              {{"platform": "instagram", "handle": "@threatening.account",
                "url": "https://www.instagram.com/threatening.account/"}},
              {{"platform": "snapchat", "handle": "threat_snap"}},
              {{"platform": "no_such_platform", "handle": "someone"}}
            ]}}"#
    ))
    .unwrap()
}

#[test]
fn a_threat_without_links_writes_account_reports_not_removals() {
    for lang in Language::ALL {
        let case = threat_case(lang.code());
        let out = generate(&case, &Catalogue, &options(lang)).unwrap();
        assert_eq!(out.requests.len(), 2, "{lang:?}: one per known account");
        for req in &out.requests {
            let account = req.account.as_deref().expect("an account report");
            assert!(req.body.contains(account), "{lang:?}: names the account");
            assert!(
                req.legal_basis.is_empty(),
                "platform rules, no removal basis"
            );
            assert!(
                matches!(req.channel, RequestChannel::InApp { .. }),
                "{lang:?} {}: reported inside the app",
                req.platform
            );
            assert!(!req.warnings.is_empty(), "keep evidence, don't pay");
        }
        let insta = &out.requests[0];
        assert_eq!(insta.platform, "instagram");
        assert_eq!(
            insta.urls,
            vec!["https://www.instagram.com/threatening.account/"]
        );
        let RequestChannel::InApp { steps, .. } = &insta.channel else {
            unreachable!()
        };
        // The catalogue's threat route, not the content report, in her language.
        let words = match lang {
            Language::En => "threatens you",
            Language::Fr => "vous menace",
            Language::Nl => "je bedreigt",
            Language::De => "Sie bedroht",
        };
        assert!(
            steps.iter().any(|s| s.contains(words)),
            "{lang:?}: {steps:?}"
        );
        assert_eq!(out.problems.len(), 1, "the unknown platform is said");
        assert!(out.hotline.is_none());
    }
}

#[test]
fn a_threat_with_a_link_adds_removals_after_the_account_reports() {
    let mut case = threat_case("en");
    case.urls = example().urls;
    let out = generate(&case, &Catalogue, &options(Language::En)).unwrap();
    assert!(out.requests[0].account.is_some());
    assert!(out
        .requests
        .iter()
        .any(|r| r.account.is_none() && r.platform == "facebook"));
}

#[test]
fn a_threat_without_links_or_accounts_is_refused_with_a_reason() {
    let mut case = threat_case("en");
    case.accounts.clear();
    let err = generate(&case, &Catalogue, &options(Language::En)).unwrap_err();
    assert!(err.message.contains("no account"), "{}", err.message);
    case.situation = vec![Situation::Shared];
    assert!(generate(&case, &Catalogue, &options(Language::En)).is_err());
}

fn child_case(country: &str, lang: &str) -> CaseInput {
    CaseInput::from_json(&format!(
        r#"{{"victim": {{"name": "Sam Parent", "email": "sam@example.org", "country": "{country}"}},
            "language": "{lang}", "adult_at_capture": false,
            "content": {{"kind": "photo"}},
            "situation": ["child_photos"],
            "urls": [{{"url": "https://forum.example/thread/1"}},
                     {{"url": "https://www.instagram.com/p/abc/"}},
                     {{"url": "javascript:alert(1)"}}]}}"#
    ))
    .unwrap()
}

#[test]
fn a_child_photo_case_writes_the_hotline_report_of_each_country() {
    for (country, hotline, lang_of_report) in [
        ("BE", "child_focus", None),
        ("FR", "point_de_contact", Some(Language::Fr)),
        ("NL", "offlimits", Some(Language::Nl)),
        ("DE", "jugendschutz_net", Some(Language::De)),
    ] {
        for lang in Language::ALL {
            let case = child_case(country, lang.code());
            // Under 18 is what it is about: the report is written, not refused.
            let out = generate(&case, &Catalogue, &options(lang)).unwrap();
            assert!(out.requests.is_empty(), "nothing in anyone's name");
            let report = out.hotline.expect("the hotline report");
            assert_eq!(report.hotline.as_ref().unwrap().id, hotline);
            let expected = match (lang_of_report, lang) {
                (Some(l), _) => l,
                (None, Language::De) => Language::Fr, // Child Focus takes fr, nl, en
                (None, l) => l,
            };
            assert_eq!(report.language, expected, "{country} {lang:?}");
            assert!(report.body.contains("https://forum.example/thread/1"));
            assert!(report.body.contains("https://www.instagram.com/p/abc/"));
            assert!(!report.body.contains("javascript"));
            assert_eq!(out.problems.len(), 1, "the bad link is said");
            assert!(report.body.contains("sam@example.org"));
            assert!(report.notes.len() >= 3, "links only, anonymous, police");
            assert!(!report.body.contains("of me"), "not about the parent");
        }
    }
}

#[test]
fn a_country_without_a_known_hotline_gets_the_report_and_says_so() {
    let case = child_case("LU", "fr");
    let out = generate(&case, &Catalogue, &options(Language::Fr)).unwrap();
    let report = out.hotline.unwrap();
    assert!(report.hotline.is_none());
    assert!(report
        .notes
        .iter()
        .any(|n| n.contains("Reclaim ne connaît pas")));
}

#[test]
fn the_hotline_data_is_valid_sourced_and_known_for_the_four_countries() {
    assert_eq!(validate_hotlines(), Vec::<String>::new());
    for c in ["BE", "FR", "NL", "DE"] {
        let h = hotline_for(c).unwrap();
        assert_eq!(h.provenance.checked.to_string(), "2026-11-29", "{c}");
        assert!(h.provenance.source.starts_with("https://"), "{c}");
    }
    assert!(hotline_for("be").is_some(), "any case");
}

#[test]
fn situation_and_content_fake_are_read_from_the_case_json() {
    let text = EXAMPLE.replacen('{', r#"{"situation": "fake","#, 1);
    let case = CaseInput::from_json(&text).unwrap();
    assert_eq!(case.situation, vec![Situation::Fake]);
    assert!(!case.content.fake, "as written");
    assert!(
        case.cleaned().content.fake,
        "the situation makes the letters about fakes"
    );
    assert_eq!(example().situation, vec![Situation::Shared], "default");
    let bad = EXAMPLE.replacen('{', r#"{"situation": "nude","#, 1);
    assert!(CaseInput::from_json(&bad).is_err());
}

#[test]
fn a_hotline_report_without_name_or_address_has_no_empty_contact_line() {
    let mut case = child_case("BE", "en");
    case.representative = None;
    case.victim.name = String::new();
    case.victim.email = String::new();
    let (report, _) = super::hotline::hotline_report(&case, Language::En).unwrap();
    assert!(!report.body.contains("Contact:"), "{}", report.body);
    assert!(report.body.contains("https://forum.example/thread/1"));
}
