//! The requests of an open case, as the app's "Requests" and "Follow-up" steps
//! need them: the generator's input built from what the vault holds, generated
//! requests matched with the ones already recorded (so a sent request is never
//! offered again as new), "mark as sent", status changes that follow the rules
//! of [`RequestStatus::can_move_to`], and the liveness check of the case's URLs.
//! This is where the open case meets the letters: [`crate::requests`] writes
//! them from plain data ([`CaseInput`]) and never reads the vault.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;

use crate::error::{CoreError, CoreResult, ErrorKind};
use crate::model::timestamp::{format_utc, parse};
use crate::requests::case::{
    checked_url, service_key, CaseInput, CaseUrl, Content, ContentKind, Victim,
};
use crate::requests::followup::{
    complaint_letter, describe, ComplaintLetter, Deadline, DeadlineSource, EscalationStep,
    FollowUp, RefusedRequest, RequestStatus, StatusChange,
};
use crate::requests::templates::Language;
use crate::requests::{generate, Catalogue, Options, Request, RequestChannel, UrlProblem};
use crate::vault::{
    CaseInfo, CaseSnapshot, NewRequest, OpenCase, RequestRecord, StatusEntry, UrlRecord,
};

/// A detail of the person that requests cannot do without.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ContactDetail {
    Name,
    Email,
    Country,
}

/// What the case lacks before requests can be written (empty when nothing).
pub fn missing_details(info: &CaseInfo) -> Vec<ContactDetail> {
    let blank = |v: &Option<String>| v.as_deref().is_none_or(|t| t.trim().is_empty());
    let mut missing = Vec::new();
    if blank(&info.contact_name) {
        missing.push(ContactDetail::Name);
    }
    let email_ok = info
        .contact_email
        .as_deref()
        .is_some_and(|e| crate::requests::email::validate_address(e.trim()).is_ok());
    if !email_ok {
        missing.push(ContactDetail::Email);
    }
    let country_ok = info.country.as_deref().is_some_and(|c| {
        let c = c.trim();
        c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic())
    });
    if !country_ok {
        missing.push(ContactDetail::Country);
    }
    missing
}

/// The person's language as the requests know it (English when the case holds
/// something else).
pub fn case_language(info: &CaseInfo) -> Language {
    Language::parse(&info.language).unwrap_or(Language::En)
}

/// The generator's input for a case: the contact details and country of the
/// case, its language, and every URL kept in it with its platform. The vault
/// does not hold what kind of content it is; photos is assumed and no DMCA
/// notice is written (that needs the person to say she took them herself).
pub fn case_input(snapshot: &CaseSnapshot) -> CaseInput {
    let info = &snapshot.case;
    let text = |v: &Option<String>| v.as_deref().unwrap_or("").trim().to_string();
    CaseInput {
        victim: Victim {
            name: text(&info.contact_name),
            email: text(&info.contact_email),
            country: text(&info.country).to_ascii_uppercase(),
        },
        language: case_language(info),
        adult_at_capture: !info.minor,
        content: Content {
            kind: ContentKind::Photo,
            self_taken: false,
            description: None,
            fake: info.situations.contains(&crate::model::Situation::Fake),
        },
        urls: snapshot
            .urls
            .iter()
            .map(|u| CaseUrl {
                url: u.original.clone(),
                found_at: u.found_at.clone(),
                platform: u.platform.clone(),
            })
            .collect(),
        whois: super::host_lookup::whois_inputs(&snapshot.host_lookups),
        shared_on: None,
        representative: None,
        search_engines: true,
        situation: info.situations.clone(),
        accounts: Vec::new(),
        request_languages: snapshot
            .request_languages
            .iter()
            .map(|r| (r.service.clone(), r.language))
            .collect(),
    }
}

/// A request already kept in the case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RecordedRequest {
    #[ts(type = "number")]
    pub id: i64,
    pub status: RequestStatus,
    /// When it was (last) sent.
    #[ts(optional)]
    pub sent_at: Option<String>,
    #[ts(optional)]
    pub deadline: Option<String>,
    pub tickets: Vec<String>,
}

/// A generated request and, when it was recorded already, where it stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlannedRequest {
    pub request: Request,
    /// The language she chose for the requests to this service (none: the
    /// service's own rules, then the case's language).
    #[ts(optional)]
    pub chosen_language: Option<Language>,
    #[ts(optional)]
    pub recorded: Option<RecordedRequest>,
}

/// What the Requests step shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CaseRequests {
    /// Details to add first; no request is written while one is missing.
    pub missing: Vec<ContactDetail>,
    /// The case has no link yet.
    pub no_links: bool,
    pub requests: Vec<PlannedRequest>,
    pub problems: Vec<UrlProblem>,
    /// The sites Reclaim does not know, each with the link "Find who hosts
    /// this site" looks up and what the last lookup found.
    #[serde(default)]
    pub unknown_sites: Vec<super::host_lookup::UnknownSite>,
    /// How many of the services were sent a request ("2 of 6 sent").
    pub progress: RequestsProgress,
}

/// The services of a case and how many of them were sent a request: one
/// service (one row of the Requests checklist) counts as sent when any of its
/// routes was recorded past draft. The step list and the Requests screen both
/// show this count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RequestsProgress {
    pub sent: u32,
    pub total: u32,
}

impl RequestsProgress {
    /// Counts the services of `requests` (by platform and its name, so two
    /// unknown sites are two services) and those with a request sent.
    pub fn of(requests: &[PlannedRequest]) -> Self {
        let mut services: Vec<(&str, &str, bool)> = Vec::new();
        for planned in requests {
            let r = &planned.request;
            let sent = planned
                .recorded
                .as_ref()
                .is_some_and(|rec| rec.status != RequestStatus::Draft);
            match services
                .iter_mut()
                .find(|(p, n, _)| *p == r.platform && *n == r.platform_name)
            {
                Some(service) => service.2 |= sent,
                None => services.push((&r.platform, &r.platform_name, sent)),
            }
        }
        Self {
            sent: services.iter().filter(|s| s.2).count() as u32,
            total: services.len() as u32,
        }
    }
}

fn status_of(record: &RequestRecord) -> RequestStatus {
    record
        .history
        .last()
        .map_or(RequestStatus::Draft, |e| e.status)
}

fn recorded(record: &RequestRecord) -> RecordedRequest {
    let status = status_of(record);
    RecordedRequest {
        id: record.id,
        status,
        // Back to not sent ("not sent after all"): no longer sent at all.
        sent_at: (status != RequestStatus::Draft)
            .then(|| sent_at(&record.history))
            .flatten(),
        deadline: record.deadline.clone(),
        tickets: record.tickets.clone(),
    }
}

fn sent_at(history: &[StatusEntry<RequestStatus>]) -> Option<String> {
    history
        .iter()
        .rev()
        .find(|e| e.status == RequestStatus::Sent)
        .map(|e| e.at.clone())
}

fn channel_value(channel: &RequestChannel) -> serde_json::Value {
    serde_json::to_value(channel).unwrap_or(serde_json::Value::Null)
}

/// Whether a recorded channel is the generated one. In-app and find-contact
/// steps are text in the request's language: the same route after she changed
/// that language, so they match by kind (a service has one route of each).
fn same_channel(recorded: &serde_json::Value, generated: &serde_json::Value) -> bool {
    let kind = |v: &serde_json::Value| v.get("type").and_then(|t| t.as_str()).map(str::to_owned);
    match kind(generated).as_deref() {
        Some("in_app" | "find_contact") => kind(recorded) == kind(generated),
        _ => recorded == generated,
    }
}

/// The recorded request for `request` (same platform and channel), the latest one.
fn record_for<'a>(records: &'a [RequestRecord], request: &Request) -> Option<&'a RequestRecord> {
    let channel = channel_value(&request.channel);
    records
        .iter()
        .rev()
        .find(|r| r.platform == request.platform && same_channel(&r.channel, &channel))
}

/// Generates the case's requests in its language, each with what was recorded of it.
pub fn case_requests(snapshot: &CaseSnapshot, now: OffsetDateTime) -> CoreResult<CaseRequests> {
    let missing = missing_details(&snapshot.case);
    let no_links = snapshot.urls.is_empty();
    if !missing.is_empty() || no_links {
        return Ok(CaseRequests {
            missing,
            no_links,
            requests: Vec::new(),
            problems: Vec::new(),
            unknown_sites: Vec::new(),
            progress: RequestsProgress::default(),
        });
    }
    let options = Options {
        language: None,
        platform: None,
        now,
    };
    let generated = generate(&case_input(snapshot), &Catalogue, &options)?;
    let requests = generated
        .requests
        .into_iter()
        .map(|request| PlannedRequest {
            chosen_language: snapshot
                .request_languages
                .iter()
                .find(|r| r.service == service_key(&request.platform, &request.platform_name))
                .map(|r| r.language),
            recorded: record_for(&snapshot.requests, &request).map(recorded),
            request,
        })
        .collect::<Vec<_>>();
    Ok(CaseRequests {
        unknown_sites: super::host_lookup::unknown_sites(
            &requests,
            &snapshot.urls,
            &snapshot.host_lookups,
        ),
        missing,
        no_links,
        progress: RequestsProgress::of(&requests),
        requests,
        problems: generated.problems,
    })
}

/// The generated request of `platform` sent through `channel`: the app acts only
/// on requests it wrote itself, never on text or addresses coming from the screen.
pub fn find_request(
    snapshot: &CaseSnapshot,
    platform: &str,
    channel: &RequestChannel,
    now: OffsetDateTime,
) -> CoreResult<Request> {
    case_requests(snapshot, now)?
        .requests
        .into_iter()
        .map(|p| p.request)
        .find(|r| r.platform == platform && r.channel == *channel)
        .ok_or_else(|| {
            CoreError::new(
                ErrorKind::NotFound,
                "this request is not one written for the case",
            )
        })
}

/// The case's URL ids a request covers (its URLs are quoted as [`checked_url`] quotes them).
fn url_ids(urls: &[UrlRecord], request: &Request) -> Vec<i64> {
    urls.iter()
        .filter(|u| {
            checked_url(&u.original).is_ok_and(|(quoted, _)| request.urls.contains(&quoted))
        })
        .map(|u| u.id)
        .collect()
}

/// Records that the person sent `request` at `now`: its text, channel and legal
/// bases are kept, its status becomes `sent` with the deadline that applies, and
/// a ticket number given is kept. A request already sent is refused (no duplicate).
pub fn mark_sent(
    case: &mut OpenCase,
    request: &Request,
    ticket: Option<&str>,
    now: OffsetDateTime,
) -> CoreResult<i64> {
    let ticket = ticket.map(str::trim).filter(|t| !t.is_empty());
    let records = case.requests()?;
    let existing = record_for(&records, request);
    if let Some(r) = existing {
        if status_of(r) != RequestStatus::Draft {
            return Err(CoreError::invalid_input(
                "this request is already recorded as sent",
            ));
        }
    }
    let mut follow = FollowUp::for_request(request, now);
    follow.record(RequestStatus::Sent, now, None)?;
    let deadline = follow.deadline.as_ref().map(|d| format_utc(d.due));
    let id = match existing {
        Some(r) => {
            case.set_request_text(r.id, Some(&request.subject), Some(&request.body))?;
            case.set_deadline(r.id, deadline.as_deref())?;
            r.id
        }
        None => {
            let urls = case.urls()?;
            case.add_request(&NewRequest {
                platform: request.platform.clone(),
                channel: channel_value(&request.channel),
                legal_bases: request.legal_basis.clone(),
                language: request.language.code().to_string(),
                subject: Some(request.subject.clone()),
                body: Some(request.body.clone()),
                url_ids: url_ids(&urls, request),
                deadline,
            })?
        }
    };
    case.set_request_status(id, RequestStatus::Sent, None)?;
    if let Some(ticket) = ticket {
        case.add_ticket(id, ticket)?;
    }
    Ok(id)
}

/// The follow-up of a recorded request, rebuilt from the vault.
pub fn follow_up_of(record: &RequestRecord) -> FollowUp {
    FollowUp {
        status: status_of(record),
        ticket: record.tickets.last().cloned(),
        legal_basis: record.legal_bases.clone(),
        platform_hours: None,
        deadline: record
            .deadline
            .as_deref()
            .and_then(parse)
            .map(|due| Deadline {
                due,
                // Only the date matters from here on.
                source: DeadlineSource::CheckBack,
            }),
        history: record
            .history
            .iter()
            .filter_map(|e| {
                parse(&e.at).map(|at| StatusChange {
                    status: e.status,
                    at,
                })
            })
            .collect(),
    }
}

/// One rung of the escalation ladder, explained in the person's language,
/// with the way to take it: a ready letter, who to call or write to, or the
/// step of the app where it is done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NextStep {
    pub id: String,
    pub authority: String,
    #[ts(optional)]
    pub url: Option<String>,
    pub explanation: String,
    /// A letter ready to copy, in the language of the request it follows.
    #[ts(optional)]
    pub letter: Option<ComplaintLetter>,
    /// Phone, e-mail and page of who can help (from `data/helplines.toml`).
    #[ts(optional)]
    pub contact: Option<StepContact>,
    /// The step of the app where this is done (the case file for the police…).
    #[ts(optional)]
    pub opens: Option<crate::app::flow::Step>,
}

/// How to reach the body of a next step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StepContact {
    pub name: String,
    pub phone: String,
    #[ts(optional)]
    pub email: Option<String>,
    #[ts(optional)]
    pub page: Option<String>,
}

fn contact_of(step: &EscalationStep) -> Option<StepContact> {
    let id = step.helpline.as_deref()?;
    let line = crate::safety::helplines().iter().find(|l| l.id == id)?;
    Some(StepContact {
        name: line.name.clone(),
        phone: line.phone.clone(),
        email: line.email.clone(),
        page: line.online.clone(),
    })
}

fn opens_of(step: &EscalationStep) -> Option<crate::app::flow::Step> {
    serde_json::from_value(serde_json::Value::String(step.opens.clone()?)).ok()
}

/// One request as the Follow-up step shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FollowUpItem {
    #[ts(type = "number")]
    pub id: i64,
    pub platform: String,
    pub platform_name: String,
    #[ts(type = "unknown")]
    pub channel: serde_json::Value,
    pub legal_bases: Vec<String>,
    pub status: RequestStatus,
    #[ts(optional)]
    pub sent_at: Option<String>,
    #[ts(optional)]
    pub deadline: Option<String>,
    pub overdue: bool,
    pub tickets: Vec<String>,
    /// Oldest first.
    pub history: Vec<StatusEntry<RequestStatus>>,
    /// The statuses it may move to now.
    pub allowed: Vec<RequestStatus>,
    /// What to do next (empty while waiting within the deadline, or when it is gone).
    pub next_steps: Vec<NextStep>,
    /// The URLs it is about.
    pub urls: Vec<String>,
}

fn platform_name(id: &str) -> String {
    crate::platforms::by_id(id).map_or_else(|| id.to_string(), |p| p.name.clone())
}

/// Every recorded request of the case, with its status, deadline, whether it is
/// overdue at `now` and the next steps for the person's country, in her language.
pub fn follow_up(snapshot: &CaseSnapshot, now: OffsetDateTime) -> CoreResult<Vec<FollowUpItem>> {
    let lang = case_language(&snapshot.case);
    let country = snapshot.case.country.as_deref().unwrap_or("").trim();
    let mut items = Vec::new();
    let name = snapshot.case.contact_name.as_deref().unwrap_or("").trim();
    for record in &snapshot.requests {
        let follow = follow_up_of(record);
        if follow.status == RequestStatus::Draft {
            // Not sent (or "not sent after all"): listed with the services
            // not asked yet, not followed up.
            continue;
        }
        let urls: Vec<String> = snapshot
            .urls
            .iter()
            .filter(|u| record.url_ids.contains(&u.id))
            .map(|u| u.original.clone())
            .collect();
        let service = platform_name(&record.platform);
        let sent = sent_at(&record.history).unwrap_or_default();
        let refused = RefusedRequest {
            service: &service,
            sent_on: sent.get(..10).unwrap_or(&sent),
            reference: record.tickets.last().map(String::as_str),
            urls: &urls,
            name,
        };
        // The letter goes where the request went: in the request's language.
        let letter_lang = Language::parse(&record.language).unwrap_or(lang);
        let next_steps = follow
            .next_steps(country, now)
            .into_iter()
            .map(|step| {
                Ok(NextStep {
                    id: step.id.clone(),
                    authority: step.authority.clone(),
                    url: step.url.clone(),
                    explanation: describe(step, lang)?,
                    letter: complaint_letter(step, &refused, letter_lang)?,
                    contact: contact_of(step),
                    opens: opens_of(step),
                })
            })
            .collect::<CoreResult<Vec<_>>>()?;
        items.push(FollowUpItem {
            id: record.id,
            platform: record.platform.clone(),
            platform_name: platform_name(&record.platform),
            channel: record.channel.clone(),
            legal_bases: record.legal_bases.clone(),
            status: follow.status,
            sent_at: sent_at(&record.history),
            deadline: record.deadline.clone(),
            overdue: follow.is_overdue(now),
            tickets: record.tickets.clone(),
            history: record.history.clone(),
            allowed: RequestStatus::ALL
                .into_iter()
                .filter(|s| follow.status.can_move_to(*s))
                .collect(),
            next_steps,
            urls,
        });
    }
    Ok(items)
}

/// Moves a recorded request to `to` at `now`, if the rules allow it; sending it
/// again sets a new deadline. A ticket number given is kept.
pub fn change_status(
    case: &mut OpenCase,
    request_id: i64,
    to: RequestStatus,
    ticket: Option<&str>,
    now: OffsetDateTime,
) -> CoreResult<()> {
    let records = case.requests()?;
    let record = records
        .iter()
        .find(|r| r.id == request_id)
        .ok_or_else(|| CoreError::new(ErrorKind::NotFound, "no such request in this case"))?;
    let mut follow = follow_up_of(record);
    follow.record(to, now, None)?;
    if to == RequestStatus::Sent {
        let deadline = crate::requests::followup::deadline_for(&record.legal_bases, None, now);
        case.set_deadline(request_id, Some(&format_utc(deadline.due)))?;
    }
    case.set_request_status(request_id, to, None)?;
    if let Some(ticket) = ticket.map(str::trim).filter(|t| !t.is_empty()) {
        case.add_ticket(request_id, ticket)?;
    }
    Ok(())
}

pub use super::liveness::{check_urls, record_checks, url_status_for, Liveness, UrlCheck};

#[cfg(test)]
mod tests;
