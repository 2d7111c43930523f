//! Over 600 lines on purpose: each test walks one case through the whole generator with the same fixtures (`shapes`, `case`), which a split would repeat.
//!
//! Tests of request generation as a whole.

use time::macros::datetime;

use super::case::CaseInput;
use super::email::validate_address;
use super::legal::{basis, ids};
use super::routes::{PlatformRoutes, Route};
use super::templates::{Language, BIDI_MARKS};
use super::*;
use crate::platforms::{ChannelPurpose, ChannelTarget, PlatformRole};

const EXAMPLE: &str = include_str!("../../../cli/tests/fixtures/case.json");

/// A small explicit catalogue used where a test needs a platform with a given shape.
struct Shapes(Vec<PlatformRoutes>);

impl PlatformSource for Shapes {
    fn by_id(&self, id: &str) -> Option<PlatformRoutes> {
        self.0.iter().find(|p| p.id == id).cloned()
    }
    fn by_host(&self, _host: &str) -> Option<PlatformRoutes> {
        None
    }
}

fn route(purpose: ChannelPurpose, target: ChannelTarget) -> Route {
    Route {
        purpose,
        target,
        verified: true,
    }
}

fn form(url: &str) -> ChannelTarget {
    ChannelTarget::Form {
        url: url.to_string(),
        fields: Vec::new(),
    }
}

fn email(address: &str) -> ChannelTarget {
    ChannelTarget::Email {
        address: address.to_string(),
    }
}

fn shapes() -> Shapes {
    use ChannelPurpose::*;
    Shapes(vec![
        PlatformRoutes {
            id: "social".into(),
            name: "Social".into(),
            role: PlatformRole::Social,
            channels: vec![route(Ncii, form("https://social.example/ncii"))],
            legal_routes: vec![
                route(Gdpr, email("dpo@social.example")),
                route(Dmca, email("ip@social.example")),
                route(TakeItDown, form("https://social.example/tida")),
            ],
            languages: vec!["en".into(), "fr".into(), "nl".into(), "de".into()],
            response_hours: Some(48),
        },
        PlatformRoutes {
            id: "chat".into(),
            name: "Chat".into(),
            role: PlatformRole::Messaging,
            channels: vec![route(
                General,
                ChannelTarget::InApp {
                    steps: vec!["Long-press the message".into(), "Report".into()],
                    translated: Default::default(),
                    translated_checked: Default::default(),
                },
            )],
            legal_routes: vec![],
            languages: vec![],
            response_hours: None,
        },
        PlatformRoutes {
            id: "cloudflare".into(),
            name: "Cloudflare".into(),
            role: PlatformRole::CdnProxy,
            channels: vec![route(Ncii, form("https://cf.example/abuse"))],
            legal_routes: vec![],
            languages: vec![],
            response_hours: None,
        },
    ])
}

fn case_with(urls: &[(&str, Option<&str>)]) -> CaseInput {
    let mut case = CaseInput::from_json(EXAMPLE).unwrap();
    case.urls = urls
        .iter()
        .map(|(u, p)| super::case::CaseUrl {
            url: u.to_string(),
            found_at: None,
            platform: p.map(str::to_string),
        })
        .collect();
    case
}

fn options() -> Options {
    Options {
        language: None,
        platform: None,
        now: datetime!(2026-11-23 17:00 UTC),
    }
}

/// Everything a user would notice missing from a request.
pub(super) fn assert_complete(req: &Request, case: &CaseInput) {
    let ctx = format!("{} {:?} {:?}", req.platform, req.language, req.channel);
    match &req.channel {
        RequestChannel::Form { url } => assert!(url.starts_with("https://"), "{ctx}"),
        RequestChannel::Email { address } => {
            validate_address(address).unwrap();
            assert!(
                req.eml
                    .as_deref()
                    .is_some_and(|e| e.contains(address.as_str())),
                "{ctx}"
            );
            assert!(
                req.mailto
                    .as_deref()
                    .is_some_and(|m| m.starts_with("mailto:")),
                "{ctx}"
            );
        }
        RequestChannel::InApp { steps, .. } | RequestChannel::FindContact { steps } => {
            assert!(steps.len() >= 3, "{ctx}");
            assert!(steps.iter().all(|s| !s.contains(BIDI_MARKS)), "{ctx}");
        }
    }
    assert!(!req.urls.is_empty(), "{ctx}");
    for url in &req.urls {
        assert!(req.body.contains(url.as_str()), "{ctx}: URL {url} verbatim");
        assert!(req.fields.get("exact_urls").unwrap().contains(url.as_str()));
    }
    let in_app = matches!(req.channel, RequestChannel::InApp { .. });
    if !in_app {
        assert!(req.body.contains(case.victim.name.as_str()), "{ctx}: name");
        assert!(
            req.body.contains(case.victim.email.as_str()),
            "{ctx}: e-mail"
        );
    }
    assert!(!req.legal_basis.is_empty(), "{ctx}");
    for id in &req.legal_basis {
        let b = basis(id).unwrap_or_else(|| panic!("{ctx}: unknown basis {id}"));
        for e in b.required_elements(in_app) {
            let value = req
                .fields
                .get(e.key())
                .unwrap_or_else(|| panic!("{ctx}: {id} needs {e:?}"));
            assert!(!value.trim().is_empty(), "{ctx}: {e:?} empty");
            assert!(req.body.contains(value), "{ctx}: body lacks {e:?}: {value}");
        }
    }
    for text in [&req.subject, &req.body]
        .into_iter()
        .chain(req.fields.0.iter().map(|(_, v)| v))
        .chain(req.warnings.iter())
    {
        assert!(
            !text.contains(BIDI_MARKS),
            "{ctx}: isolation mark in {text:?}"
        );
    }
    assert!(!req.subject.contains(['\r', '\n']), "{ctx}");
}

#[test]
fn one_request_per_platform_and_channel_grouping_urls() {
    let case = case_with(&[
        ("https://social.example/p/1", Some("social")),
        ("https://social.example/p/2", Some("social")),
        ("https://chat.example/m/9", Some("chat")),
    ]);
    let out = generate(&case, &shapes(), &options()).unwrap();
    assert!(out.problems.is_empty());
    let social: Vec<_> = out
        .requests
        .iter()
        .filter(|r| r.platform == "social")
        .collect();
    // NCII form, TAKE IT DOWN form, DMCA (she took them herself), GDPR to the DPO.
    let bases: Vec<&str> = social.iter().map(|r| r.legal_basis[0].as_str()).collect();
    assert_eq!(
        bases,
        [
            ids::PLATFORM_POLICY,
            ids::TAKE_IT_DOWN_ACT,
            ids::DMCA,
            ids::GDPR_ART17
        ]
    );
    for r in &social {
        assert_eq!(
            r.urls,
            ["https://social.example/p/1", "https://social.example/p/2"]
        );
        assert_complete(r, &case);
    }
    assert_eq!(
        social[3].stage,
        Stage::IfNoAnswer,
        "GDPR waits for an answer first"
    );
    assert_eq!(
        social[0].language,
        Language::Fr,
        "the person's language where accepted"
    );
    assert_eq!(social[1].language, Language::En, "US law: English");
    let chat: Vec<_> = out
        .requests
        .iter()
        .filter(|r| r.platform == "chat")
        .collect();
    assert_eq!(chat.len(), 1);
    assert!(
        matches!(&chat[0].channel, RequestChannel::InApp { steps, .. } if steps.iter().any(|s| s.contains("Long-press the message › Report")))
    );
    assert!(
        !chat[0].body.contains(&case.victim.email),
        "in-app: no e-mail in the text box"
    );
    assert_complete(chat[0], &case);
}

#[test]
fn dmca_only_when_she_took_the_images_and_always_with_the_warning() {
    let mut case = case_with(&[("https://social.example/p/1", Some("social"))]);
    case.content.self_taken = false;
    let out = generate(&case, &shapes(), &options()).unwrap();
    assert!(out
        .requests
        .iter()
        .all(|r| !r.legal_basis.contains(&ids::DMCA.to_string())));
    case.content.self_taken = true;
    let out = generate(&case, &shapes(), &options()).unwrap();
    let dmca = out
        .requests
        .iter()
        .find(|r| r.legal_basis.contains(&ids::DMCA.to_string()))
        .unwrap();
    // The warning is in her language (fr), about contact details and counter-notice.
    assert!(dmca
        .warnings
        .iter()
        .any(|w| w.contains("contre-notification") && w.contains("coordonnées")));
    assert!(dmca.body.contains("penalty of perjury"));
}

#[test]
fn unknown_sites_get_the_host_address_or_the_steps_to_find_it() {
    let case = case_with(&[
        ("https://unknown-site.example/v/anna-1", Some("unknown")),
        ("https://unknown-site.example/v/anna-2", None),
        ("https://other-site.example/gallery/77", None),
    ]);
    let out = generate(&case, &shapes(), &options()).unwrap();
    assert_eq!(out.requests.len(), 2, "one per host");
    let hosted = &out.requests[0];
    assert_eq!(hosted.platform, UNKNOWN);
    assert_eq!(
        hosted.channel,
        RequestChannel::Email {
            address: "abuse@hosting.example".into()
        }
    );
    assert_eq!(hosted.urls.len(), 2);
    assert!(hosted.body.contains("unknown-site.example"));
    let other = &out.requests[1];
    assert!(
        matches!(&other.channel, RequestChannel::FindContact { steps } if steps[0].contains("other-site.example"))
    );
    for r in &out.requests {
        assert_complete(r, &case);
        assert!(r.legal_basis.contains(&ids::DSA_ART16.to_string()));
    }
}

#[test]
fn a_site_behind_cloudflare_goes_to_cloudflares_form() {
    let mut case = case_with(&[("https://unknown-site.example/v/1", None)]);
    case.whois[0].cdn = Some(serde_json::json!("Cloudflare"));
    let out = generate(&case, &shapes(), &options()).unwrap();
    assert_eq!(
        out.requests[0].channel,
        RequestChannel::Form {
            url: "https://cf.example/abuse".into()
        }
    );
}

#[test]
fn a_hostile_whois_address_is_not_used() {
    let mut case = case_with(&[("https://unknown-site.example/v/1", None)]);
    case.whois[0].hosting.as_mut().unwrap().abuse_email =
        Some("abuse@h.example\r\nBcc: x@y.example".into());
    let out = generate(&case, &shapes(), &options()).unwrap();
    // Falls back to the registrar's address.
    assert_eq!(
        out.requests[0].channel,
        RequestChannel::Email {
            address: "abuse@registrar.example".into()
        }
    );
}

#[test]
fn bad_urls_and_unknown_ids_fail_alone() {
    let case = case_with(&[
        ("javascript:alert(1)", None),
        ("https://social.example/p/1", Some("no-such-platform")),
        ("https://social.example/p/2", Some("social")),
    ]);
    let out = generate(&case, &shapes(), &options()).unwrap();
    assert_eq!(out.problems.len(), 2);
    assert_eq!(out.problems[1].error.kind, crate::ErrorKind::NotFound);
    assert!(!out.requests.is_empty());
    assert!(out
        .requests
        .iter()
        .all(|r| r.urls == ["https://social.example/p/2"]));
}

#[test]
fn images_of_a_minor_get_no_request() {
    let mut case = case_with(&[("https://social.example/p/1", Some("social"))]);
    case.adult_at_capture = false;
    let err = generate(&case, &shapes(), &options()).unwrap_err();
    assert_eq!(err.kind, crate::ErrorKind::MinorImagesRefused);
    assert!(err.message.contains("116 000"));
}

#[test]
fn the_platform_filter_keeps_one_platform() {
    let case = case_with(&[
        ("https://social.example/p/1", Some("social")),
        ("https://chat.example/m/9", Some("chat")),
        ("https://other-site.example/1", None),
    ]);
    let mut opts = options();
    opts.platform = Some("chat".into());
    let out = generate(&case, &shapes(), &opts).unwrap();
    assert!(out.requests.iter().all(|r| r.platform == "chat"));
    opts.platform = Some(UNKNOWN.into());
    let out = generate(&case, &shapes(), &opts).unwrap();
    assert_eq!(out.requests.len(), 1);
    assert_eq!(out.requests[0].platform, UNKNOWN);
}

#[test]
fn names_and_urls_with_line_breaks_cannot_break_the_email() {
    let mut case = case_with(&[("https://unknown-site.example/v/1?a=\"x\"&b=<y>", None)]);
    case.victim.name = "Anna\r\nBcc: spy@evil.example".into();
    let out = generate(&case, &shapes(), &options()).unwrap();
    let eml = out.requests[0].eml.as_deref().unwrap();
    let head = eml.split("\r\n\r\n").next().unwrap();
    assert!(!head.to_ascii_lowercase().contains("\r\nbcc:"), "{head}");
    let msg = mail_parser::MessageParser::default()
        .parse(eml.as_bytes())
        .unwrap();
    assert!(msg.bcc().is_none());
    assert!(msg
        .body_text(0)
        .unwrap()
        .contains("https://unknown-site.example/v/1?a=\"x\"&b=<y>"));
}

#[test]
fn every_language_writes_a_complete_request() {
    let case = case_with(&[
        ("https://social.example/p/1", Some("social")),
        ("https://chat.example/m/1", Some("chat")),
        ("https://other-site.example/1", None),
    ]);
    for lang in Language::ALL {
        let mut opts = options();
        opts.language = Some(lang);
        let out = generate(&case, &shapes(), &opts).unwrap();
        for r in &out.requests {
            assert_complete(r, &case);
            let accepted = match r.platform.as_str() {
                "social" => vec!["en".to_string(), "fr".into(), "nl".into(), "de".into()],
                UNKNOWN => vec!["en".to_string()],
                _ => vec![],
            };
            let bases: Vec<&str> = r.legal_basis.iter().map(String::as_str).collect();
            assert_eq!(r.language, request_language(lang, &bases, &accepted));
        }
    }
}

/// Every platform of the shipped catalogue, in every language: each request names a
/// channel, quotes every URL verbatim, carries name and e-mail (except in-app), every
/// element of its legal bases, and no isolation marks.
#[test]
fn every_catalogue_platform_in_every_language() {
    let mut platforms_seen = 0;
    for p in crate::platforms::catalogue() {
        if p.role == PlatformRole::CdnProxy {
            continue; // a route for unknown sites, not a place URLs belong to
        }
        platforms_seen += 1;
        let host = &p.hosts.web[0];
        let urls = [
            format!("https://{host}/reclaim-test/1?a=\"b\"&c=<d>"),
            format!("https://{host}/reclaim-test/2"),
        ];
        for self_taken in [false, true] {
            let mut case = case_with(&[(&urls[0], Some(&p.id)), (&urls[1], None)]);
            case.content.self_taken = self_taken;
            case.search_engines = false;
            let one_each = super::services::services().one_request_per_url(&p.id);
            for lang in Language::ALL {
                let mut opts = options();
                opts.language = Some(lang);
                let out = generate(&case, &Catalogue, &opts).unwrap();
                assert!(out.problems.is_empty(), "{}: {:?}", p.id, out.problems);
                assert!(!out.requests.is_empty(), "{}", p.id);
                for r in &out.requests {
                    assert_eq!(r.platform, p.id, "the host classifies to the same platform");
                    if one_each {
                        assert_eq!(r.urls.len(), 1, "{}: one report per link", p.id);
                    } else {
                        assert_eq!(r.urls, urls, "{}: both URLs in one request", p.id);
                    }
                    assert_complete(r, &case);
                    let bases: Vec<&str> = r.legal_basis.iter().map(String::as_str).collect();
                    // A platform with no usable channel in the catalogue is written
                    // to like an unknown site (its host, in English); otherwise the
                    // platform's own languages decide.
                    let own = request_language(lang, &bases, &p.languages.codes);
                    let as_unknown = request_language(lang, &bases, &["en".to_owned()]);
                    assert!(
                        r.language == own || r.language == as_unknown,
                        "{}: {:?} is neither {own:?} nor {as_unknown:?}",
                        p.id,
                        r.language
                    );
                    let dmca = bases.contains(&ids::DMCA);
                    assert!(
                        !dmca || self_taken,
                        "{}: DMCA without self-taken images",
                        p.id
                    );
                    assert!(!dmca || !r.warnings.is_empty(), "{}: DMCA warning", p.id);
                }
                let first = out.requests.iter().filter(|r| r.stage == Stage::First);
                assert!(first.count() >= 1, "{}: something to send now", p.id);
            }
        }
    }
    assert!(platforms_seen >= 26);
}

#[test]
fn the_example_case_against_the_catalogue() {
    let case = CaseInput::from_json(EXAMPLE).unwrap();
    let out = generate(&case, &Catalogue, &options()).unwrap();
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    let facebook: Vec<_> = out
        .requests
        .iter()
        .filter(|r| r.platform == "facebook")
        .collect();
    assert_eq!(
        facebook[0].urls.len(),
        2,
        "both Facebook URLs in one request"
    );
    assert_eq!(facebook[0].language, Language::Fr, "Meta takes French");
    let google = out
        .requests
        .iter()
        .find(|r| r.platform == "google_search")
        .unwrap();
    assert!(google.legal_basis.contains(&ids::GOOGLE_NCEI.to_string()));
    assert_eq!(google.language, Language::Fr, "languages not known: hers");
    assert_eq!(google.fields.get("country_of_residence"), Some("Belgique"));
    assert!(google.to_fill.contains(&"search_terms".to_string()));
    let x_tida = out
        .requests
        .iter()
        .find(|r| r.platform == "x" && r.legal_basis.contains(&ids::TAKE_IT_DOWN_ACT.to_string()));
    assert!(x_tida.is_some(), "X offers a TAKE IT DOWN form");
    let unknown: Vec<_> = out
        .requests
        .iter()
        .filter(|r| r.platform == UNKNOWN)
        .collect();
    assert_eq!(unknown.len(), 2);
    for r in &out.requests {
        assert_complete(r, &case);
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn nasty() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                Just("\r\n".to_string()),
                Just("\n".to_string()),
                Just("\"".to_string()),
                Just("<b>".to_string()),
                Just("Bcc: spy@evil.example".to_string()),
                Just("=?UTF-8?B?QQ==?=".to_string()),
                Just("&body=x".to_string()),
                Just("\u{2068}".to_string()),
                "[a-zA-Zéü' -]{0,10}",
            ],
            1..8,
        )
        .prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever the name and the URL hold, a generated e-mail keeps exactly its own
        /// headers, and the URL is either refused alone or quoted verbatim.
        #[test]
        fn any_name_or_url_leaves_the_email_intact(name in nasty(), tail in nasty()) {
            let url = format!("https://unknown-site.example/{tail}");
            let mut case = case_with(&[(url.as_str(), None), ("https://unknown-site.example/ok", None)]);
            case.victim.name = format!("Anna {name}");
            let out = generate(&case, &shapes(), &options()).unwrap();
            let r = &out.requests[0];
            let eml = r.eml.as_deref().unwrap();
            let head = eml.split("\r\n\r\n").next().unwrap();
            let names: Vec<&str> = head
                .split("\r\n")
                .filter(|l| !l.starts_with(' '))
                .map(|l| l.split(':').next().unwrap())
                .collect();
            prop_assert_eq!(
                names,
                ["From", "To", "Subject", "Date", "MIME-Version", "Content-Type",
                 "Content-Transfer-Encoding", "X-Unsent"]
            );
            let msg = mail_parser::MessageParser::default().parse(eml.as_bytes()).unwrap();
            prop_assert!(msg.bcc().is_none());
            prop_assert_eq!(msg.to().unwrap().first().unwrap().address(), Some("abuse@hosting.example"));
            let link = r.mailto.as_deref().unwrap();
            prop_assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b"%-._~:@?=&".contains(&b)));
            prop_assert_eq!(link.matches("&body=").count(), 1);
            prop_assert!(!r.body.contains(BIDI_MARKS) && !r.subject.contains(BIDI_MARKS));
            if out.problems.is_empty() {
                prop_assert!(r.body.contains(&url));
            } else {
                prop_assert_eq!(&out.problems[0].url, &url);
                prop_assert!(!r.body.contains(&url));
            }
        }
    }
}

#[test]
fn a_generated_request_gets_the_deadline_of_its_basis_when_sent() {
    use super::followup::{FollowUp, RequestStatus};
    let case = case_with(&[("https://social.example/p/1", Some("social"))]);
    let out = generate(&case, &shapes(), &options()).unwrap();
    let sent = datetime!(2026-11-23 18:00 UTC);
    let tida = out
        .requests
        .iter()
        .find(|r| r.legal_basis == [ids::TAKE_IT_DOWN_ACT])
        .unwrap();
    let mut f = FollowUp::for_request(tida, sent);
    f.record(RequestStatus::Sent, sent, None).unwrap();
    assert_eq!(f.deadline.unwrap().due, datetime!(2026-11-25 18:00 UTC));
    // The platform's own 48 h applies to its NCII form (no legal deadline there).
    let own = &out.requests[0];
    let mut f = FollowUp::for_request(own, sent);
    f.record(RequestStatus::Sent, sent, None).unwrap();
    let d = f.deadline.unwrap();
    assert_eq!(d.source, super::followup::DeadlineSource::Platform);
}

#[test]
fn the_other_way_to_report_is_offered_as_an_alternative() {
    let case = case_with(&[
        ("https://www.facebook.com/photo/?fbid=1", Some("facebook")),
        ("https://www.tiktok.com/@someone/video/1", Some("tiktok")),
    ]);
    let out = generate(&case, &Catalogue, &options()).unwrap();
    let of =
        |id: &str| -> Vec<&Request> { out.requests.iter().filter(|r| r.platform == id).collect() };
    for id in ["facebook", "tiktok"] {
        let reqs = of(id);
        let first = reqs.iter().find(|r| r.stage == Stage::First).unwrap();
        let alt = reqs.iter().find(|r| r.stage == Stage::Alternative).unwrap();
        assert_eq!(first.legal_basis, alt.legal_basis, "{id}: the same report");
        let in_app = |r: &Request| matches!(r.channel, RequestChannel::InApp { .. });
        assert_ne!(
            in_app(first),
            in_app(alt),
            "{id}: one in the app, one on the web"
        );
        assert_complete(alt, &case);
    }
}

#[test]
fn a_form_that_also_takes_take_it_down_requests_gets_both_bases() {
    use ChannelPurpose::*;
    let tida_form = form("https://board.example/report");
    let source = Shapes(vec![PlatformRoutes {
        id: "board".into(),
        name: "Board".into(),
        role: PlatformRole::Social,
        channels: vec![route(Ncii, tida_form.clone())],
        legal_routes: vec![route(TakeItDown, tida_form)],
        languages: vec![],
        response_hours: None,
    }]);
    let case = case_with(&[("https://board.example/m/1", Some("board"))]);
    let out = generate(&case, &source, &options()).unwrap();
    assert_eq!(out.requests.len(), 1, "one channel, one request");
    let r = &out.requests[0];
    assert!(r.legal_basis.contains(&ids::TAKE_IT_DOWN_ACT.to_string()));
    assert!(r.legal_basis.contains(&ids::DSA_ART16.to_string()));
    assert!(r.fields.get("signature").is_some());
    assert_complete(r, &case);
}
