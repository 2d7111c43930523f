//! StopNCII (adults) and Take It Down (images made before 18): no request is
//! written for them. The app explains what they do and keeps their case number,
//! which cannot be recovered if lost.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::legal::ids;
use super::templates::{render, Language};
use crate::error::{CoreError, CoreResult, Field};

/// Longest case number kept (the services give short codes).
const MAX_CASE_NUMBER: usize = 128;

pub use crate::model::HashService;

impl HashService {
    /// Its entry in `legal_bases.toml` (kind `hash_service`).
    pub fn basis_id(self) -> &'static str {
        match self {
            HashService::Stopncii => ids::STOPNCII,
            HashService::TakeItDown => ids::NCMEC_TAKE_IT_DOWN,
        }
    }
}

/// What the app shows for a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HashServiceInfo {
    pub service: HashService,
    pub explanation: String,
    /// Label of the field where the person records the case number.
    pub case_number_label: String,
}

/// The service that fits: StopNCII when the person was an adult when the images
/// were made, Take It Down when not.
pub fn service_for(adult_at_capture: bool) -> HashService {
    if adult_at_capture {
        HashService::Stopncii
    } else {
        HashService::TakeItDown
    }
}

/// The explanation of the fitting service in `lang`.
pub fn explain(adult_at_capture: bool, lang: Language) -> CoreResult<HashServiceInfo> {
    let service = service_for(adult_at_capture);
    let id = match service {
        HashService::Stopncii => "service-stopncii",
        HashService::TakeItDown => "service-take-it-down",
    };
    Ok(HashServiceInfo {
        service,
        explanation: render(lang, id, &[])?,
        case_number_label: render(lang, "case-number-label", &[])?,
    })
}

/// A case number recorded for a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HashServiceCase {
    pub service: HashService,
    pub case_number: String,
}

impl HashServiceCase {
    /// Keeps the number as typed, less surrounding spaces; refuses an empty one or one
    /// with control characters.
    pub fn new(service: HashService, case_number: &str) -> CoreResult<Self> {
        let n = case_number.trim();
        if n.is_empty() {
            return Err(CoreError::missing(Field::CaseNumber));
        }
        if n.chars().count() > MAX_CASE_NUMBER {
            return Err(CoreError::text_too_long(Field::CaseNumber, MAX_CASE_NUMBER));
        }
        if n.chars().any(char::is_control) {
            return Err(CoreError::bad_format(Field::CaseNumber, "ABC-123456"));
        }
        Ok(Self {
            service,
            case_number: n.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::requests::legal::{basis, BasisKind};

    #[test]
    fn adults_get_stopncii_minors_take_it_down_in_every_language() {
        for lang in Language::ALL {
            let adult = explain(true, lang).unwrap();
            assert_eq!(adult.service, HashService::Stopncii);
            assert!(adult.explanation.contains("StopNCII"), "{lang:?}");
            let minor = explain(false, lang).unwrap();
            assert_eq!(minor.service, HashService::TakeItDown);
            assert!(
                minor.explanation.contains("116 000"),
                "{lang:?}: Child Focus"
            );
            assert!(!minor.case_number_label.is_empty());
        }
    }

    #[test]
    fn services_are_hash_services_in_the_legal_data() {
        for s in [HashService::Stopncii, HashService::TakeItDown] {
            assert_eq!(basis(s.basis_id()).unwrap().kind, BasisKind::HashService);
        }
    }

    #[test]
    fn case_numbers_are_kept_as_typed() {
        let c = HashServiceCase::new(HashService::Stopncii, "  AB-1234-xyz ").unwrap();
        assert_eq!(c.case_number, "AB-1234-xyz");
        // Each refusal says what to do differently.
        let empty = HashServiceCase::new(HashService::Stopncii, "  ").unwrap_err();
        assert_eq!(
            empty.detail,
            Some(crate::ErrorDetail::Missing {
                field: Field::CaseNumber
            })
        );
        let long = HashServiceCase::new(HashService::Stopncii, &"9".repeat(129)).unwrap_err();
        assert_eq!(long.kind, crate::ErrorKind::TextTooLong);
        assert!(HashServiceCase::new(HashService::Stopncii, "1\n2").is_err());
    }
}
