//! Following a request until the content is gone: its status, ticket number,
//! the deadline that applies, and what to do next when the deadline passes,
//! the request is refused or the images come back.
//!
//! The escalation ladder is data (`data/requests/escalation.toml`); this file holds
//! only the rules that apply it.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};
use ts_rs::TS;

use super::legal::{basis, LegalDeadline};
use crate::error::{CoreError, CoreResult};

pub use crate::model::RequestStatus;

/// Why a deadline is what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum DeadlineSource {
    /// Set by a law (the legal basis id, e.g. `us_take_it_down_act`, `gdpr_art17`).
    Law { basis: String },
    /// What the platform itself promises.
    Platform,
    /// No fixed deadline: check again after the default delay.
    CheckBack,
}

/// The date by which an answer is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Deadline {
    #[serde(with = "time::serde::rfc3339")]
    #[ts(type = "string")]
    pub due: OffsetDateTime,
    pub source: DeadlineSource,
}

/// One change of status, kept for the file given to police or a lawyer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StatusChange {
    pub status: RequestStatus,
    #[serde(with = "time::serde::rfc3339")]
    #[ts(type = "string")]
    pub at: OffsetDateTime,
}

/// The follow-up of one request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FollowUp {
    pub status: RequestStatus,
    /// The platform's case or ticket number, once known.
    #[ts(optional)]
    pub ticket: Option<String>,
    /// The legal bases of the request (ids), which decide deadline and next steps.
    pub legal_basis: Vec<String>,
    /// The platform's own promised answer time in hours, where the catalogue knows it.
    #[ts(optional)]
    pub platform_hours: Option<u32>,
    #[ts(optional)]
    pub deadline: Option<Deadline>,
    pub history: Vec<StatusChange>,
}

/// A platform's own promise: answer within this many hours.
fn platform_deadline(sent: OffsetDateTime, hours: Option<u32>) -> Option<Deadline> {
    hours.map(|h| Deadline {
        due: sent + Duration::hours(i64::from(h)),
        source: DeadlineSource::Platform,
    })
}

/// Adds calendar months; a day that does not exist in the target month becomes its last day
/// (31 January + 1 month = 28/29 February), as Art. 12(3) GDPR is commonly read.
pub fn add_months(at: OffsetDateTime, months: u32) -> OffsetDateTime {
    let date = at.date();
    let total = i64::from(date.month() as u8 - 1) + i64::from(months);
    let year = date.year() + i32::try_from(total / 12).unwrap_or(0);
    let month = time::Month::try_from(u8::try_from(total % 12 + 1).unwrap_or(1))
        .unwrap_or(time::Month::January);
    let last = time::util::days_in_month(month, year);
    let day = date.day().min(last);
    let new_date = time::Date::from_calendar_date(year, month, day).unwrap_or(date);
    at.replace_date(new_date)
}

/// The deadline for a request with these bases, sent at `sent`: the earliest one set
/// by a law; failing that, the platform's own; failing that, a check-back date.
pub fn deadline_for(
    bases: &[String],
    platform_hours: Option<u32>,
    sent: OffsetDateTime,
) -> Deadline {
    let mut best: Option<Deadline> = None;
    for id in bases {
        let Some(b) = basis(id) else { continue };
        let due = match b.deadline {
            LegalDeadline::Hours(h) => sent + Duration::hours(i64::from(h)),
            LegalDeadline::Months(m) => add_months(sent, m),
            LegalDeadline::None | LegalDeadline::Platform => continue,
        };
        if best.as_ref().is_none_or(|d| due < d.due) {
            best = Some(Deadline {
                due,
                source: DeadlineSource::Law { basis: id.clone() },
            });
        }
    }
    best.or_else(|| platform_deadline(sent, platform_hours))
        .unwrap_or_else(|| Deadline {
            due: sent + Duration::days(i64::from(escalation().default_check_days)),
            source: DeadlineSource::CheckBack,
        })
}

impl FollowUp {
    /// A new follow-up for a draft request.
    pub fn new(legal_basis: Vec<String>, platform_hours: Option<u32>, at: OffsetDateTime) -> Self {
        Self {
            status: RequestStatus::Draft,
            ticket: None,
            legal_basis,
            platform_hours,
            deadline: None,
            history: vec![StatusChange {
                status: RequestStatus::Draft,
                at,
            }],
        }
    }

    /// A new follow-up for a generated request (its legal bases and the platform's
    /// promised answer time decide the deadline once it is sent).
    pub fn for_request(request: &super::Request, at: OffsetDateTime) -> Self {
        Self::new(request.legal_basis.clone(), request.response_hours, at)
    }

    /// Moves to `to` at `at`; a ticket number given is kept. Sending (again) sets the
    /// deadline. A move the rules do not allow is an `invalid_input` error and changes nothing.
    pub fn record(
        &mut self,
        to: RequestStatus,
        at: OffsetDateTime,
        ticket: Option<String>,
    ) -> CoreResult<()> {
        if !self.status.can_move_to(to) {
            return Err(CoreError::invalid_input(format!(
                "a request that is {:?} cannot become {:?}",
                self.status, to
            ))
            .with_detail(crate::error::ErrorDetail::NotAllowedNow {
                from: self.status.code().to_owned(),
                to: to.code().to_owned(),
            }));
        }
        if let Some(t) = ticket
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
        {
            self.ticket = Some(t);
        }
        if to == RequestStatus::Sent {
            self.deadline = Some(deadline_for(&self.legal_basis, self.platform_hours, at));
        }
        self.status = to;
        self.history.push(StatusChange { status: to, at });
        Ok(())
    }

    /// Whether the deadline has passed while the request is still waiting for an answer.
    pub fn is_overdue(&self, now: OffsetDateTime) -> bool {
        matches!(
            self.status,
            RequestStatus::Sent | RequestStatus::Acknowledged
        ) && self.deadline.as_ref().is_some_and(|d| now > d.due)
    }

    /// What to do next, in order, for a person living in `country` (ISO alpha-2).
    /// Empty while the request is a draft, is within its deadline, or the content is gone.
    pub fn next_steps(&self, country: &str, now: OffsetDateTime) -> Vec<&'static EscalationStep> {
        let trigger = match self.status {
            RequestStatus::Refused => Trigger::Refused,
            RequestStatus::NoAnswer => Trigger::NoAnswer,
            RequestStatus::CameBack => Trigger::CameBack,
            _ if self.is_overdue(now) => Trigger::NoAnswer,
            _ => return Vec::new(),
        };
        escalation()
            .step
            .iter()
            .filter(|s| s.when.contains(&trigger))
            .filter(|s| {
                s.after_bases.is_empty()
                    || s.after_bases.iter().any(|b| self.legal_basis.contains(b))
            })
            .filter(|s| {
                s.countries.is_empty()
                    || s.countries.iter().any(|c| c.eq_ignore_ascii_case(country))
            })
            .collect()
    }
}

/// What opens an escalation step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Trigger {
    Refused,
    NoAnswer,
    CameBack,
}

/// One rung of the escalation ladder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EscalationStep {
    pub id: String,
    pub when: Vec<Trigger>,
    pub after_bases: Vec<String>,
    pub countries: Vec<String>,
    pub authority: String,
    pub articles: Vec<String>,
    #[serde(default)]
    #[ts(optional)]
    pub url: Option<String>,
    /// How long the complaint stays open (DSA art. 20: at least six months).
    #[serde(default)]
    #[ts(optional)]
    pub window_days: Option<u32>,
    #[serde(default)]
    #[ts(optional)]
    pub answer_days: Option<u32>,
    #[serde(default)]
    #[ts(optional)]
    pub answer_hours: Option<u32>,
    /// The legal basis (in legal_bases.toml) this step rests on, where it has one.
    #[serde(default)]
    #[ts(optional)]
    pub legal_basis: Option<String>,
    /// Where the step is described, and when it was last checked there.
    #[serde(flatten)]
    pub provenance: crate::model::Provenance,
    #[serde(default)]
    #[ts(optional)]
    pub notes: Option<String>,
    /// A ready letter the app writes for this step ([`complaint_letter`]).
    #[serde(default)]
    #[ts(optional)]
    pub letter: Option<String>,
    /// The helpline (`data/helplines.toml`) whose phone, e-mail and page the step shows.
    #[serde(default)]
    #[ts(optional)]
    pub helpline: Option<String>,
    /// The step of the app where this is done (`file`, `requests`, `links`).
    #[serde(default)]
    #[ts(optional)]
    pub opens: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct EscalationFile {
    pub default_check_days: u32,
    pub step: Vec<EscalationStep>,
}

const ESCALATION_TOML: &str = include_str!("../../data/requests/escalation.toml");

pub(crate) fn escalation() -> &'static EscalationFile {
    static FILE: OnceLock<EscalationFile> = OnceLock::new();
    FILE.get_or_init(|| {
        toml::from_str(ESCALATION_TOML)
            .expect("data/requests/escalation.toml is validated by tests")
    })
}

/// What the step means and what to do, in `lang`, for the follow-up screen.
pub fn describe(step: &EscalationStep, lang: super::templates::Language) -> CoreResult<String> {
    super::templates::render(lang, &format!("escalation-{}", step.id), &[])
}

/// What a complaint letter is about: the request refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedRequest<'a> {
    /// The service's name ("Instagram").
    pub service: &'a str,
    /// The day the request was sent (`YYYY-MM-DD`).
    pub sent_on: &'a str,
    /// The service's reference number, if it gave one.
    pub reference: Option<&'a str>,
    pub urls: &'a [String],
    /// Who signs: the person (or who files for her).
    pub name: &'a str,
}

/// A letter ready to copy, in the language of the request it follows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ComplaintLetter {
    pub subject: String,
    pub body: String,
}

/// The ready letter of `step` (those with `letter` set) about `refused`, in
/// `lang`: for the DSA art. 20 internal complaint, a request to review the
/// decision and remove the content, naming the request and its addresses.
pub fn complaint_letter(
    step: &EscalationStep,
    refused: &RefusedRequest<'_>,
    lang: super::templates::Language,
) -> CoreResult<Option<ComplaintLetter>> {
    let Some(letter) = &step.letter else {
        return Ok(None);
    };
    let reference = match refused.reference {
        Some(r) => super::templates::render(lang, "complaint-reference", &[("reference", r)])?,
        None => String::new(),
    };
    let urls = refused.urls.join("\n");
    let args = [
        ("service", refused.service),
        ("sent_on", refused.sent_on),
        ("reference", reference.as_str()),
        ("urls", urls.as_str()),
        ("name", refused.name),
    ];
    let part =
        |name: &str| super::templates::render(lang, &format!("complaint-{letter}-{name}"), &args);
    // Paragraphs: what was refused, the complaint and its ground, the
    // addresses, what is asked, the name.
    let body = [
        part("greeting")?,
        part("intro")?,
        part("review")?,
        urls.clone(),
        part("ask")?,
        refused.name.to_owned(),
    ]
    .join("\n\n");
    Ok(Some(ComplaintLetter {
        subject: part("subject")?,
        body,
    }))
}

/// The whole escalation ladder, in order.
pub fn escalation_steps() -> &'static [EscalationStep] {
    &escalation().step
}

#[cfg(test)]
mod tests;
