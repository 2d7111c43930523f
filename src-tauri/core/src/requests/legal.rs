//! The legal bases a request can rest on, shipped as data (`data/requests/legal_bases.toml`).
//!
//! Each basis lists the elements a request on that basis must contain, its article
//! numbers, its sources and the date it was checked. The tests below reject an entry
//! that lacks them.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One thing a request must contain for its legal basis to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Element {
    /// The exact URL of every copy (DSA 16(2)(b), TIDA locator, DMCA (iii)).
    ExactUrls,
    /// Why the content is illegal / against the rules (DSA 16(2)(a)).
    Explanation,
    NotifierName,
    NotifierEmail,
    /// Good-faith statement that the notice is accurate and complete (DSA 16(2)(d)).
    BonaFideStatement,
    /// Physical or electronic signature (TIDA, DMCA (i)).
    Signature,
    /// Good-faith statement that the images were shared without consent (TIDA).
    NonConsentStatement,
    /// How to reach the person (TIDA, DMCA (iv)).
    ContactInformation,
    /// Which work is hers (DMCA (ii)).
    CopyrightedWork,
    /// Good-faith statement that the use is not authorised (DMCA (v)).
    UnauthorisedUseStatement,
    /// Accuracy and authority under penalty of perjury (DMCA (vi)).
    PerjuryStatement,
    /// The GDPR ground for erasure (Art. 17(1)(b), (d)).
    ErasureGround,
    /// Ask to inform other controllers (GDPR Art. 17(2)).
    OtherControllers,
    /// The one-month answer deadline (GDPR Art. 12(3)).
    OneMonthDeadline,
    /// The right to complain to the data-protection authority (GDPR Art. 77).
    ComplaintRight,
    CountryOfResidence,
    /// "I am the person shown" (Google Search).
    DepictedPerson,
}

impl Element {
    pub const ALL: [Element; 17] = [
        Element::ExactUrls,
        Element::Explanation,
        Element::NotifierName,
        Element::NotifierEmail,
        Element::BonaFideStatement,
        Element::Signature,
        Element::NonConsentStatement,
        Element::ContactInformation,
        Element::CopyrightedWork,
        Element::UnauthorisedUseStatement,
        Element::PerjuryStatement,
        Element::ErasureGround,
        Element::OtherControllers,
        Element::OneMonthDeadline,
        Element::ComplaintRight,
        Element::CountryOfResidence,
        Element::DepictedPerson,
    ];

    /// The `snake_case` name, as serialised; also the key of its entry in a request's `fields`.
    pub fn key(self) -> &'static str {
        match self {
            Element::ExactUrls => "exact_urls",
            Element::Explanation => "explanation",
            Element::NotifierName => "notifier_name",
            Element::NotifierEmail => "notifier_email",
            Element::BonaFideStatement => "bona_fide_statement",
            Element::Signature => "signature",
            Element::NonConsentStatement => "non_consent_statement",
            Element::ContactInformation => "contact_information",
            Element::CopyrightedWork => "copyrighted_work",
            Element::UnauthorisedUseStatement => "unauthorised_use_statement",
            Element::PerjuryStatement => "perjury_statement",
            Element::ErasureGround => "erasure_ground",
            Element::OtherControllers => "other_controllers",
            Element::OneMonthDeadline => "one_month_deadline",
            Element::ComplaintRight => "complaint_right",
            Element::CountryOfResidence => "country_of_residence",
            Element::DepictedPerson => "depicted_person",
        }
    }
}

/// What a basis is used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BasisKind {
    /// A request is written on this basis.
    Notice,
    /// Named inside a request to give it force.
    Cited,
    /// Used after a refusal or no answer.
    Escalation,
    /// No request: the app explains the service and records its case number.
    HashService,
}

/// The deadline a basis sets for the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[ts(export)]
pub enum LegalDeadline {
    Hours(u32),
    Months(u32),
    /// "Without undue delay": no fixed number.
    None,
    /// Whatever the platform promises.
    Platform,
}

/// One legal basis, as shipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LegalBasis {
    pub id: String,
    pub kind: BasisKind,
    /// `EU`, `US`, `BE` or `platform` (the platform's own rules).
    pub jurisdiction: String,
    pub instrument: String,
    pub articles: Vec<String>,
    pub elements: Vec<Element>,
    /// Elements an in-app report does not need (the account identifies the person).
    #[serde(default)]
    pub in_app_omits: Vec<Element>,
    pub deadline: LegalDeadline,
    /// Only when the person took the images herself (she owns the copyright).
    #[serde(default)]
    pub requires_self_taken: bool,
    /// Fluent id of a warning shown with every request on this basis.
    #[serde(default)]
    #[ts(optional)]
    pub warning: Option<String>,
    pub sources: Vec<String>,
    /// ISO date (YYYY-MM-DD) of the last check against the sources.
    pub checked: String,
    pub verified: bool,
    #[serde(default)]
    #[ts(optional)]
    pub notes: Option<String>,
}

impl LegalBasis {
    /// The elements a request on this basis must contain, given the channel.
    pub fn required_elements(&self, in_app: bool) -> impl Iterator<Item = Element> + '_ {
        self.elements
            .iter()
            .copied()
            .filter(move |e| !(in_app && self.in_app_omits.contains(e)))
    }
}

#[derive(Deserialize)]
struct BasisFile {
    basis: Vec<LegalBasis>,
}

const LEGAL_BASES_TOML: &str = include_str!("../../data/requests/legal_bases.toml");

fn parse(text: &str) -> Result<Vec<LegalBasis>, toml::de::Error> {
    Ok(toml::from_str::<BasisFile>(text)?.basis)
}

/// Every shipped legal basis, in the order of the data file.
pub fn legal_bases() -> &'static [LegalBasis] {
    static BASES: OnceLock<Vec<LegalBasis>> = OnceLock::new();
    BASES.get_or_init(|| {
        parse(LEGAL_BASES_TOML).expect("data/requests/legal_bases.toml is validated by tests")
    })
}

/// The basis with this id.
pub fn basis(id: &str) -> Option<&'static LegalBasis> {
    legal_bases().iter().find(|b| b.id == id)
}

/// Ids of the bases the generator uses; the data file must define each one.
pub mod ids {
    pub const PLATFORM_POLICY: &str = "platform_policy";
    pub const DSA_ART16: &str = "dsa_art16";
    pub const GDPR_ART17: &str = "gdpr_art17";
    pub const TAKE_IT_DOWN_ACT: &str = "us_take_it_down_act";
    pub const DMCA: &str = "dmca_512c3";
    pub const GOOGLE_NCEI: &str = "google_ncei";
    pub const BE_CRIMINAL_CODE: &str = "be_criminal_code_417_9";
    pub const BE_COURT: &str = "be_court_fast_procedure";
    pub const STOPNCII: &str = "stopncii";
    pub const NCMEC_TAKE_IT_DOWN: &str = "ncmec_take_it_down";

    pub const ALL: [&str; 10] = [
        PLATFORM_POLICY,
        DSA_ART16,
        GDPR_ART17,
        TAKE_IT_DOWN_ACT,
        DMCA,
        GOOGLE_NCEI,
        BE_CRIMINAL_CODE,
        BE_COURT,
        STOPNCII,
        NCMEC_TAKE_IT_DOWN,
    ];
}

#[cfg(test)]
pub(crate) fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
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
            assert!(!b.sources.is_empty(), "{}: no source", b.id);
            for s in &b.sources {
                assert!(s.starts_with("https://"), "{}: source {s}", b.id);
            }
            assert!(is_iso_date(&b.checked), "{}: checked {}", b.id, b.checked);
            assert!(!b.instrument.trim().is_empty(), "{}: instrument", b.id);
        }
    }

    #[test]
    fn statutes_carry_their_article_numbers() {
        // A law a request cites must say which articles; only the platform's own rules,
        // the hash services and the (unverified) court procedure have none.
        for b in legal_bases() {
            let law = matches!(b.jurisdiction.as_str(), "EU" | "US" | "BE");
            if law && b.id != ids::BE_COURT {
                assert!(!b.articles.is_empty(), "{}: articles", b.id);
            }
        }
        let dsa = basis(ids::DSA_ART16).unwrap();
        assert!(dsa.articles.iter().any(|a| a.starts_with("Art. 16(2)")));
        let be = basis(ids::BE_CRIMINAL_CODE).unwrap();
        assert!(be.articles.contains(&"Art. 417/9".to_string()));
        // Unverified facts must be flagged as such.
        assert!(!basis(ids::BE_COURT).unwrap().verified);
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
            (ids::GOOGLE_NCEI, &[ExactUrls, CountryOfResidence]),
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
    fn element_keys_match_their_serialisation() {
        for e in Element::ALL {
            assert_eq!(
                serde_json::to_string(&e).unwrap(),
                format!("\"{}\"", e.key())
            );
        }
    }
}
