//! Step "Requests": one request per platform, written from what the open case
//! holds; the contact details they need are asked for in place; "mark as
//! sent" keeps the request in the case. The letters themselves are written by
//! [`crate::requests`]; this is what a screen or a CLI command does with them.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

use super::case_requests;
use crate::error::{CoreError, CoreResult, ErrorKind};
use crate::model::email::validate_email;
use crate::requests::{Request, RequestChannel};
use crate::vault::{NewCase, OpenCase};

pub use super::case_requests::{
    missing_details, CaseRequests, ContactDetail, PlannedRequest, RequestsProgress,
};

/// The open case's requests, each with what was recorded of it, in the order
/// of the checklist (see [`checklist_order`]).
pub fn requests(case: &mut OpenCase, now: OffsetDateTime) -> CoreResult<CaseRequests> {
    let mut view = case_requests::case_requests(&case.snapshot()?, now)?;
    checklist_order(&mut view.requests);
    Ok(view)
}

/// How many of the case's services were sent a request, as the Requests
/// checklist counts them (for the step list's "2 of 6 sent").
pub fn requests_progress(case: &mut OpenCase, now: OffsetDateTime) -> CoreResult<RequestsProgress> {
    Ok(requests(case, now)?.progress)
}

/// Puts the requests in the order that helps most first: the services that
/// carry her links, the one with the most links first; then the services the
/// generator added although no link is on them (search engines, which delist
/// the others' pages: they carry a `reason`). Within a service its routes keep
/// the generator's order (best route first); ties keep the order of the links.
pub fn checklist_order(requests: &mut [PlannedRequest]) {
    use std::collections::HashMap;
    // Per service: (added without a link, most links first, first seen).
    let mut rank: HashMap<(String, String), (bool, std::cmp::Reverse<usize>, usize)> =
        HashMap::new();
    for (i, planned) in requests.iter().enumerate() {
        let r = &planned.request;
        let entry = rank
            .entry((r.platform.clone(), r.platform_name.clone()))
            .or_insert((r.reason.is_some(), std::cmp::Reverse(0), i));
        entry.1 = std::cmp::Reverse(entry.1 .0.max(r.urls.len()));
    }
    requests.sort_by_key(|planned| {
        let r = &planned.request;
        rank[&(r.platform.clone(), r.platform_name.clone())]
    });
}

/// Contact details typed on the Requests screen; an empty field leaves the
/// stored value as it was.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ContactUpdate {
    pub name: Option<String>,
    pub email: Option<String>,
    /// ISO 3166-1 alpha-2, any case.
    pub country: Option<String>,
}

/// Adds or corrects the contact details requests need; everything else of the
/// case stays as it was. The e-mail address must be usable.
pub fn update_contact(
    case: &mut OpenCase,
    update: &ContactUpdate,
    now: OffsetDateTime,
) -> CoreResult<CaseRequests> {
    let info = case.info()?;
    let given = |v: &Option<String>| {
        v.as_ref()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
    };
    if let Some(email) = given(&update.email) {
        validate_email(&email)?;
    }
    let new = NewCase {
        label: info.label,
        language: info.language,
        contact_name: given(&update.name).or(info.contact_name),
        contact_email: given(&update.email).or(info.contact_email),
        country: given(&update.country)
            .map(|c| c.to_ascii_uppercase())
            .or(info.country),
        minor: info.minor,
        situations: info.situations,
    };
    case.update_case(&new)?;
    requests(case, now)
}

/// The person sent this request: it is kept with its text, channel, legal
/// bases, status `sent`, deadline and ticket number.
pub fn mark_sent(
    case: &mut OpenCase,
    platform: &str,
    channel: &RequestChannel,
    ticket: Option<&str>,
    now: OffsetDateTime,
) -> CoreResult<CaseRequests> {
    let request = case_requests::find_request(&case.snapshot()?, platform, channel, now)?;
    case_requests::mark_sent(case, &request, ticket, now)?;
    requests(case, now)
}

/// Chooses the language of the requests to one service (`platform`, and for a
/// site the catalogue does not know its `platform_name`), kept in the case:
/// its letters and in-app steps are written in it from now on. `None` goes
/// back to the service's own language rules, then the case's language.
pub fn set_request_language(
    case: &mut OpenCase,
    platform: &str,
    platform_name: &str,
    language: Option<crate::model::Language>,
    now: OffsetDateTime,
) -> CoreResult<CaseRequests> {
    let key = crate::requests::case::service_key(platform, platform_name);
    case.set_request_language(&key, language)?;
    requests(case, now)
}

/// What to open for a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OpenTarget {
    /// The platform's web form.
    Form,
    /// The person's e-mail program with the draft (`mailto:`).
    Email,
}

/// The address to open for a request the app wrote: its form's URL or its
/// `mailto:` link. Nothing else is ever opened.
pub fn address_to_open(
    case: &mut OpenCase,
    platform: &str,
    channel: &RequestChannel,
    target: OpenTarget,
    now: OffsetDateTime,
) -> CoreResult<String> {
    let request = case_requests::find_request(&case.snapshot()?, platform, channel, now)?;
    address_of(&request, target)
        .ok_or_else(|| CoreError::new(ErrorKind::NotFound, "this request has nothing to open"))
}

fn address_of(request: &Request, target: OpenTarget) -> Option<String> {
    match (target, &request.channel) {
        (OpenTarget::Form, RequestChannel::Form { url }) => Some(url.clone()),
        (OpenTarget::Email, RequestChannel::Email { .. }) => request.mailto.clone(),
        _ => None,
    }
}

#[cfg(test)]
mod language_tests;
