//! Step "File": the case file for the police, the Institute or a lawyer. The
//! report itself is written by [`crate::report`] from the vault's records;
//! this adds what only this layer can give it: the plain names of the legal
//! bases its requests rest on, in the report's language, so no code name
//! (`dsa_art16`, `platform_policy`) reaches the police.

use std::path::Path;

use crate::error::CoreResult;
use crate::model::Language;
use crate::report::{BundleOptions, BundleSummary, ExportProgress, PlainNames};
use crate::requests::legal::basis_name;
use crate::vault::OpenCase;

/// The plain names of every legal basis the case's requests rest on, in the
/// case's language (the report's).
pub fn report_names(case: &mut OpenCase) -> CoreResult<PlainNames> {
    let lang = Language::from_code(&case.info()?.language).unwrap_or(Language::En);
    let mut names = PlainNames::default();
    for request in case.requests()? {
        for id in request.legal_bases {
            let name = basis_name(&id, lang);
            names.legal_bases.insert(id, name);
        }
    }
    Ok(names)
}

/// Exports the case to `out` ([`crate::report::export_case_until`]) with the
/// plain names filled in; `stop` is asked before every chunk copied.
pub fn export_case_until(
    case: &mut OpenCase,
    out: &Path,
    include_intimate_images: bool,
    stop: &dyn Fn(ExportProgress) -> bool,
) -> CoreResult<BundleSummary> {
    let options = BundleOptions {
        include_intimate_images,
        names: report_names(case)?,
    };
    crate::report::export_case_until(case, out, &options, stop)
}

/// [`export_case_until`] without a way to stop.
pub fn export_case(
    case: &mut OpenCase,
    out: &Path,
    include_intimate_images: bool,
) -> CoreResult<BundleSummary> {
    export_case_until(case, out, include_intimate_images, &|_| false)
}
