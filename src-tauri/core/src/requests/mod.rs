//! Step 5 and 6 of the flow: the right request to each platform, and the follow-up
//! until the content is gone.
//!
//! - [`legal`]: the legal bases as data, with the elements each requires;
//! - [`templates`]: the Fluent texts (en, fr, nl, de), without isolation marks;
//! - [`case`]: the input (the `--case-json` format);
//! - [`generate()`]: one [`Request`] per platform and channel, grouping its URLs;
//!   [`services`]: the letter and routes of each kind of service (data); `letter`: the texts;
//! - [`email`]: `.eml` drafts and `mailto:` links that no input can break;
//! - [`followup`]: statuses, deadlines and the escalation ladder;
//! - the same for a case open in the app (vault in, statuses out) is in
//!   `app/case_requests.rs`;
//! - [`hash_services`]: StopNCII and Take It Down, for which no request is written;
//! - `accounts`: account reports for a threat case; [`hotline`]: the hotline report
//!   for a child's photos (the situation decides, see [`crate::model::Situation`]).

mod accounts;
pub mod case;
pub mod email;
pub mod followup;
mod generate;
pub mod hash_services;
pub mod hotline;
pub mod legal;
mod letter;
mod request;
pub mod routes;
pub mod services;
pub mod templates;

pub use case::CaseInput;
pub use generate::{
    generate, Fields, Generated, Options, PlatformSource, Request, RequestChannel, Stage,
    UrlProblem, UNKNOWN,
};
pub use letter::request_language;
pub use routes::{Catalogue, PlatformRoutes};
pub use templates::Language;

#[cfg(test)]
mod situation_tests;
#[cfg(test)]
mod tests;
