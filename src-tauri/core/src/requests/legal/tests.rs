//! Tests of the legal bases as shipped: every basis the generator names exists,
//! each has its articles, sources and dates, and each scope rule holds.

use super::*;
use std::collections::HashSet;

#[test]
fn every_basis_the_generator_uses_is_in_the_data() {
    for id in ids::ALL {
        assert!(basis(id).is_some(), "legal basis {id} missing from data");
    }
    let unique: HashSet<&str> = legal_bases().iter().map(|b| b.id.as_str()).collect();
    assert_eq!(unique.len(), legal_bases().len(), "ids must be unique");
}

#[test]
fn every_basis_has_sources_a_check_date_and_an_instrument() {
    for b in legal_bases() {
        assert_eq!(b.provenance.problems(&b.id), Vec::<String>::new());
        for s in std::iter::once(&b.provenance.source).chain(&b.provenance.see_also) {
            assert!(s.starts_with("https://"), "{}: source {s}", b.id);
        }
        assert!(!b.instrument.trim().is_empty(), "{}: instrument", b.id);
    }
}

#[test]
fn statutes_carry_their_article_numbers() {
    // A law a request cites must say which articles; only the platform's own rules,
    // the hash services and the (unverified) court procedure have none.
    for b in legal_bases() {
        // A statute cited by name (no confirmed number) must say so: verified = false.
        let law = b.jurisdiction != "platform";
        if law && b.articles.is_empty() {
            assert!(
                !b.provenance.verified,
                "{}: no article numbers but verified",
                b.id
            );
        }
    }
    let dsa = basis(ids::DSA_ART16).unwrap();
    assert!(dsa.articles.iter().any(|a| a.starts_with("Art. 16(2)")));
    let be = basis(ids::BE_CRIMINAL_CODE).unwrap();
    assert!(be.articles.contains(&"Art. 417/9".to_string()));
    // Unverified facts must be flagged as such.
    assert!(!basis(ids::BE_COURT).unwrap().provenance.verified);
}

#[test]
fn notices_list_the_elements_the_law_requires() {
    use Element::*;
    let expect: [(&str, &[Element]); 5] = [
        (
            ids::DSA_ART16,
            &[
                Explanation,
                ExactUrls,
                NotifierName,
                NotifierEmail,
                BonaFideStatement,
            ],
        ),
        (
            ids::TAKE_IT_DOWN_ACT,
            &[
                Signature,
                ExactUrls,
                NonConsentStatement,
                ContactInformation,
            ],
        ),
        (
            ids::DMCA,
            &[
                Signature,
                CopyrightedWork,
                ExactUrls,
                ContactInformation,
                UnauthorisedUseStatement,
                PerjuryStatement,
            ],
        ),
        (
            ids::GDPR_ART17,
            &[ErasureGround, OneMonthDeadline, ComplaintRight, ExactUrls],
        ),
        (ids::GOOGLE_NCEI, &[ExactUrls, CountryOfResidence, NotPaid]),
    ];
    for (id, needed) in expect {
        let b = basis(id).unwrap();
        assert_eq!(b.kind, BasisKind::Notice, "{id}");
        for e in needed {
            assert!(b.elements.contains(e), "{id} must require {e:?}");
        }
    }
    for b in legal_bases() {
        if b.kind == BasisKind::Notice {
            assert!(b.elements.contains(&ExactUrls), "{}: URLs", b.id);
        }
    }
}

#[test]
fn deadlines_match_the_law() {
    assert_eq!(
        basis(ids::TAKE_IT_DOWN_ACT).unwrap().deadline,
        LegalDeadline::Hours(48)
    );
    assert_eq!(
        basis(ids::GDPR_ART17).unwrap().deadline,
        LegalDeadline::Months(1)
    );
    assert_eq!(
        basis(ids::BE_COURT).unwrap().deadline,
        LegalDeadline::Hours(6)
    );
    assert_eq!(basis(ids::DSA_ART16).unwrap().deadline, LegalDeadline::None);
}

#[test]
fn dmca_needs_self_taken_images_and_always_warns() {
    let dmca = basis(ids::DMCA).unwrap();
    assert!(dmca.requires_self_taken);
    assert!(dmca.warning.is_some());
    for b in legal_bases() {
        if b.id != ids::DMCA {
            assert!(!b.requires_self_taken, "{}", b.id);
        }
    }
}

#[test]
fn in_app_omissions_are_required_elements() {
    for b in legal_bases() {
        for e in &b.in_app_omits {
            assert!(b.elements.contains(e), "{}: omits {e:?}", b.id);
        }
    }
    let dsa = basis(ids::DSA_ART16).unwrap();
    let in_app: Vec<_> = dsa.required_elements(true).collect();
    assert!(!in_app.contains(&Element::NotifierEmail));
    assert!(in_app.contains(&Element::ExactUrls));
}

#[test]
fn every_basis_message_belongs_to_a_basis() {
    use crate::requests::templates::{message_ids, Language};
    let known: HashSet<String> = legal_bases().iter().map(LegalBasis::message_id).collect();
    for lang in Language::ALL {
        for id in message_ids(lang)
            .into_iter()
            .filter(|m| m.starts_with("basis-"))
        {
            assert!(
                known.contains(&id),
                "{id} in {} names no legal basis",
                lang.code()
            );
        }
    }
}

#[test]
fn element_keys_match_their_serialisation() {
    for e in Element::ALL {
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            format!("\"{}\"", e.key())
        );
    }
}

#[test]
fn every_basis_names_itself_in_every_language_and_is_well_scoped() {
    use crate::requests::templates::{has_attribute, render, Language};
    for b in legal_bases() {
        let id = b.message_id();
        let has_letter = has_attribute(Language::En, &id, "letter");
        for lang in Language::ALL {
            let plain = render(lang, &id, &[]).unwrap_or_else(|e| panic!("{e}"));
            assert!(!plain.trim().is_empty(), "{id} is empty in {}", lang.code());
            assert_eq!(
                has_attribute(lang, &id, "letter"),
                has_letter,
                "{id}.letter exists in English but not in {} (or the other way)",
                lang.code()
            );
        }
        if b.kind == BasisKind::Cited {
            assert!(has_letter, "{id}: a cited basis needs a .letter sentence");
            assert!(!b.countries.is_empty(), "{}: countries", b.id);
        }
        if b.kind == BasisKind::Notice {
            assert!(!b.routes.is_empty(), "{}: where does it go?", b.id);
        }
        for d in [&b.in_force, &b.repealed].into_iter().flatten() {
            assert!(is_iso_date(d), "{}: date {d}", b.id);
        }
        if let (Some(from), Some(until)) = (&b.in_force, &b.repealed) {
            assert!(from < until, "{}", b.id);
        }
        for r in &b.replaces {
            assert!(basis(r).is_some(), "{}: replaces unknown {r}", b.id);
        }
    }
}

#[test]
fn belgian_law_follows_the_date_of_sharing() {
    // Before the new Criminal Code: the old articles, 417/8 for fakes.
    assert_eq!(
        cited_bases("BE", false, "2026-04-07"),
        [ids::BE_CRIMINAL_CODE]
    );
    assert_eq!(cited_bases("be", true, "2025-01-10"), [ids::BE_VOYEURISM]);
    // From 8 April 2026: the new Code, named without an unconfirmed number.
    for fake in [false, true] {
        let cited = cited_bases("BE", fake, "2026-04-08");
        assert_eq!(cited, [ids::BE_CRIMINAL_CODE_2024]);
        assert!(basis(cited[0]).unwrap().articles.is_empty());
    }
    // Before June 2022: art. 371/1.
    assert_eq!(
        cited_bases("BE", false, "2021-05-01"),
        ["be_criminal_code_371_1"]
    );
}

#[test]
fn other_countries_get_their_provision_or_gdpr_article_9() {
    assert_eq!(
        cited_bases("FR", false, "2026-11-01"),
        ["fr_code_penal_226_2_1"]
    );
    assert_eq!(
        cited_bases("FR", true, "2026-11-01"),
        ["fr_code_penal_226_8_1"]
    );
    assert_eq!(cited_bases("DE", false, "2026-11-01"), ["de_stgb_201a"]);
    assert_eq!(
        cited_bases("NL", false, "2026-11-01"),
        ["nl_sr_sexual_images"]
    );
    assert_eq!(cited_bases("LU", false, "2026-11-01"), [ids::GDPR_ART9]);
    assert_eq!(cited_bases("DE", true, "2026-11-01"), [ids::GDPR_ART9]);
    assert!(cited_bases("US", false, "2026-11-01").is_empty());
}

#[test]
fn each_kind_of_service_gets_the_bases_that_bind_it() {
    use PlatformRole::*;
    let own = |role, id| notice_bases(BasisRoute::Own, role, id);
    for role in [Social, Adult, FileHosting, Dating, WebHost] {
        assert!(own(role, "x").contains(&ids::DSA_ART16), "{role:?}");
    }
    // DSA art. 16 binds hosting services only.
    for role in [SearchEngine, CdnProxy, Registrar, Messaging] {
        assert!(!own(role, "x").contains(&ids::DSA_ART16), "{role:?}");
        assert_eq!(own(role, "x"), [ids::PLATFORM_POLICY], "{role:?}");
    }
    // Google's own policy takes the place of the generic one.
    assert_eq!(own(SearchEngine, "google_search"), [ids::GOOGLE_NCEI]);
    // GDPR: delisting for search engines, erasure for the others.
    assert_eq!(
        notice_bases(BasisRoute::Gdpr, SearchEngine, "bing"),
        [ids::GDPR_DELISTING]
    );
    assert_eq!(
        notice_bases(BasisRoute::Gdpr, Social, "x"),
        [ids::GDPR_ART17]
    );
}

#[test]
fn take_it_down_applies_from_19_may_2026() {
    let tida = basis(ids::TAKE_IT_DOWN_ACT).unwrap();
    assert!(!tida.in_force_on("2026-05-18"));
    assert!(tida.in_force_on("2026-05-19"));
}

#[test]
fn every_notice_basis_has_a_plain_name_in_every_language() {
    use crate::requests::templates::Language;
    for b in legal_bases().iter().filter(|b| b.kind == BasisKind::Notice) {
        for lang in Language::ALL {
            let name = basis_name(&b.id, lang);
            assert!(
                crate::requests::templates::has_attribute(
                    lang,
                    &format!("basis-{}", b.id.replace('_', "-")),
                    "name"
                ),
                "{} has no plain name in {}",
                b.id,
                lang.code()
            );
            assert!(!name.contains('_'), "{name}");
        }
    }
    assert_eq!(
        basis_name("dsa_art16", Language::Fr),
        "Règlement sur les services numériques (règlement (UE) 2022/2065), article 16 : signalement d'un contenu illicite"
    );
    // Not a notice basis: its instrument; unknown: the id as it is.
    assert!(basis_name("gdpr_art9", Language::Nl).starts_with("Regulation (EU) 2016/679"));
    assert_eq!(basis_name("no_such_basis", Language::En), "no_such_basis");
}
