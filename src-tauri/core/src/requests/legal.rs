//! The legal bases a request can rest on, shipped as data (`data/requests/legal_bases.toml`).
//!
//! Each basis lists the elements a request on that basis must contain, its article
//! numbers, its sources and the date it was checked. The tests below reject an entry
//! that lacks them.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Provenance;
use crate::platforms::PlatformRole;

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
    /// "I am not currently being paid for this content" (Google Search's third requirement).
    NotPaid,
}

impl Element {
    pub const ALL: [Element; 18] = [
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
        Element::NotPaid,
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
            Element::NotPaid => "not_paid",
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

/// Where a request on a notice basis is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BasisRoute {
    /// The service's own reporting channels (NCII, privacy or general form, in-app report),
    /// and letters to a site's host, CDN or registrar.
    Own,
    /// The service's DSA notice form.
    DsaNotice,
    /// The service's data-protection officer or privacy form.
    Gdpr,
    /// The service's TAKE IT DOWN Act form.
    TakeItDown,
    /// The service's copyright (DMCA) form.
    Dmca,
}

/// Which images a cited provision covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ContentScope {
    #[default]
    Any,
    /// Real images of the person.
    Real,
    /// Fake images: made or edited (for example with AI) to show the person.
    Fake,
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
    /// Where a request on this basis goes (notice bases only).
    #[serde(default)]
    pub routes: Vec<BasisRoute>,
    /// The kinds of service this basis binds (catalogue roles); empty = every kind.
    #[serde(default)]
    pub roles: Vec<PlatformRole>,
    /// Only for these catalogue ids; empty = any service of the right kind.
    #[serde(default)]
    pub platforms: Vec<String>,
    /// Bases this one takes the place of where both would apply (e.g. Google's own
    /// policy instead of the generic "platform's own rules").
    #[serde(default)]
    pub replaces: Vec<String>,
    /// Countries of residence (ISO 3166-1 alpha-2) of the person for whom it applies;
    /// empty = anywhere.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Which images a cited provision covers.
    #[serde(default)]
    pub content: ContentScope,
    /// First day the provision applies (YYYY-MM-DD); absent = before any case Reclaim handles.
    #[serde(default)]
    #[ts(optional)]
    pub in_force: Option<String>,
    /// First day it no longer applies (YYYY-MM-DD); absent = still in force.
    #[serde(default)]
    #[ts(optional)]
    pub repealed: Option<String>,
    /// For a notice basis with its own letter (GDPR, DMCA…): the letter's name; the
    /// texts are `subject-<letter>` and `intro-<letter>`.
    #[serde(default)]
    #[ts(optional)]
    pub letter: Option<String>,
    /// A cited basis named only when no national provision of the person's country applies.
    #[serde(default)]
    pub fallback: bool,
    /// Where the provision is stated, and when it was last checked there.
    #[serde(flatten)]
    pub provenance: Provenance,
    #[serde(default)]
    #[ts(optional)]
    pub notes: Option<String>,
}

impl LegalBasis {
    /// The Fluent id of its message (`data/requests/<lang>/bases.ftl`): the value says
    /// what the basis does for the person; the `.letter` attribute, where there is one,
    /// is the sentence that names it in a request.
    pub fn message_id(&self) -> String {
        format!("basis-{}", self.id.replace('_', "-"))
    }

    /// Whether the provision applies to something that happened on `date` (YYYY-MM-DD).
    pub fn in_force_on(&self, date: &str) -> bool {
        self.in_force.as_deref().is_none_or(|from| from <= date)
            && self.repealed.as_deref().is_none_or(|until| date < until)
    }

    /// Whether it binds a service of this kind and id.
    pub fn binds(&self, role: PlatformRole, platform: &str) -> bool {
        (self.roles.is_empty() || self.roles.contains(&role))
            && (self.platforms.is_empty() || self.platforms.iter().any(|p| p == platform))
    }

    /// Whether it applies to a person living in `country`.
    pub fn covers_country(&self, country: &str) -> bool {
        self.countries.is_empty()
            || self
                .countries
                .iter()
                .any(|c| c.eq_ignore_ascii_case(country))
    }

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

/// The plain name of a basis in `lang` ("Digital Services Act …, Article 16: notice
/// of illegal content"), for people who do not know the ids: the notice bases have one
/// (`.name` of `basis-<id>` in `data/requests/<lang>/bases.ftl`); any other basis is
/// named by its instrument, an unknown id by itself.
pub fn basis_name(id: &str, lang: super::templates::Language) -> String {
    let message = format!("basis-{}", id.replace('_', "-"));
    super::templates::render_attribute(lang, &message, "name", &[])
        .ok()
        .flatten()
        .or_else(|| basis(id).map(|b| b.instrument.clone()))
        .unwrap_or_else(|| id.to_owned())
}

/// The notice bases for a request to a service of kind `role` (catalogue id `platform`)
/// through `route`, in the order of the data file; a basis that `replaces` another drops it.
pub fn notice_bases(route: BasisRoute, role: PlatformRole, platform: &str) -> Vec<&'static str> {
    let chosen: Vec<&LegalBasis> = legal_bases()
        .iter()
        .filter(|b| b.kind == BasisKind::Notice && b.routes.contains(&route))
        .filter(|b| b.binds(role, platform))
        .collect();
    chosen
        .iter()
        .filter(|b| !chosen.iter().any(|o| o.replaces.contains(&b.id)))
        .map(|b| b.id.as_str())
        .collect()
}

/// The provisions a request names to give it force, for a person living in `country`
/// whose images (`fake` or real) were shared on `shared_on` (YYYY-MM-DD): those in force
/// that day; when no national provision applies, the fallback (GDPR art. 9) where it covers
/// the country.
pub fn cited_bases(country: &str, fake: bool, shared_on: &str) -> Vec<&'static str> {
    let applies = |b: &&LegalBasis| {
        b.kind == BasisKind::Cited
            && b.covers_country(country)
            && b.in_force_on(shared_on)
            && match b.content {
                ContentScope::Any => true,
                ContentScope::Real => !fake,
                ContentScope::Fake => fake,
            }
    };
    let national: Vec<&'static str> = legal_bases()
        .iter()
        .filter(|b| !b.fallback)
        .filter(applies)
        .map(|b| b.id.as_str())
        .collect();
    if !national.is_empty() {
        return national;
    }
    legal_bases()
        .iter()
        .filter(|b| b.fallback)
        .filter(applies)
        .map(|b| b.id.as_str())
        .collect()
}

/// Ids of the bases the generator uses; the data file must define each one.
pub mod ids {
    pub const PLATFORM_POLICY: &str = "platform_policy";
    pub const DSA_ART16: &str = "dsa_art16";
    pub const GDPR_ART17: &str = "gdpr_art17";
    pub const TAKE_IT_DOWN_ACT: &str = "us_take_it_down_act";
    pub const DMCA: &str = "dmca_512c3";
    pub const GOOGLE_NCEI: &str = "google_ncei";
    pub const GDPR_DELISTING: &str = "gdpr_art17_delisting";
    pub const BE_CRIMINAL_CODE: &str = "be_criminal_code_417_9";
    pub const BE_VOYEURISM: &str = "be_criminal_code_417_8";
    pub const BE_CRIMINAL_CODE_2024: &str = "be_criminal_code_2024";
    pub const GDPR_ART9: &str = "gdpr_art9";
    pub const BE_COURT: &str = "be_court_fast_procedure";
    pub const STOPNCII: &str = "stopncii";
    pub const NCMEC_TAKE_IT_DOWN: &str = "ncmec_take_it_down";

    pub const ALL: [&str; 14] = [
        PLATFORM_POLICY,
        DSA_ART16,
        GDPR_ART17,
        TAKE_IT_DOWN_ACT,
        DMCA,
        GOOGLE_NCEI,
        GDPR_DELISTING,
        BE_CRIMINAL_CODE,
        BE_VOYEURISM,
        BE_CRIMINAL_CODE_2024,
        GDPR_ART9,
        BE_COURT,
        STOPNCII,
        NCMEC_TAKE_IT_DOWN,
    ];
}

#[cfg(test)]
pub(crate) use crate::model::timestamp::is_iso_date;

#[cfg(test)]
mod tests;
