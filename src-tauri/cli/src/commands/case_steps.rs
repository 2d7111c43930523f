//! `reclaim-cli case flow|hash-images|hash-service-case|find-copies|keep-copy|
//! requests|contact|request-language|mark-sent|followup|set-status|add-ticket|check-online`:
//! the case-bound steps of the app, each a thin call
//! into `reclaim_core::app`, so every step can be driven and tested without a
//! window. Output: one JSON object per line.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use clap::Subcommand;
use reclaim_core::app::{copies, flow_for, followup, images, requests};
use reclaim_core::model::Situation;
use reclaim_core::model::{Language, RequestStatus};
use reclaim_core::net::{Net, NetConfig};
use reclaim_core::requests::RequestChannel;
use reclaim_core::vault::{CopyTie, OpenCase};
use reclaim_core::{CoreError, CoreResult, Field};
use serde_json::json;
use time::OffsetDateTime;

use crate::output;

#[derive(Debug, Subcommand)]
pub enum StepCommand {
    /// The steps of a case in order: {step, next, cli[]} per line. No case needed.
    /// With --situation (repeatable or comma-separated: shared, threatened, fake,
    /// child_photos, dont_know_where, live_now): the steps of that branch.
    Flow {
        #[arg(long = "situation", value_delimiter = ',')]
        situation: Vec<String>,
    },
    /// Step "Your images": hash images on this computer and keep only their
    /// fingerprints in the case → {images, added, already_kept, problems}.
    /// Stdin: the case passphrase.
    HashImages {
        case: String,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The word the images are named with ("Image 1", "Bild 1"…).
        #[arg(long, default_value = "Image")]
        name_word: String,
    },
    /// Keep the case number StopNCII or Take It Down gave (the service that
    /// fits the case) → every hash-service case kept. Stdin: the case passphrase.
    HashServiceCase {
        case: String,
        case_number: String,
        /// StopNCII's PIN, if it gave one (kept in the encrypted case, never in the report).
        #[arg(long)]
        pin: Option<String>,
    },
    /// Step "Find copies": compare every file under a folder against the
    /// originals kept in the case; the outcome is kept in the case →
    /// {found:[…], unreadable:[…], …}. Stdin: the case passphrase.
    FindCopies {
        case: String,
        #[arg(long)]
        folder: PathBuf,
    },
    /// Keep a copy the last find-copies found as evidence (encrypted, with its
    /// SHA-256), tied to a link of the case (--link, its id) or to a platform
    /// of the catalogue (--platform, e.g. discord) → {evidence_id, sha256,
    /// file_name, url_id, platform}. Refused in a case about images taken
    /// before 18. Stdin: the case passphrase.
    #[command(group(clap::ArgGroup::new("tie").required(true).args(["link", "platform"])))]
    KeepCopy {
        case: String,
        /// The copy, as find-copies listed it (folder and file name).
        #[arg(long)]
        file: PathBuf,
        #[arg(long)]
        link: Option<i64>,
        #[arg(long)]
        platform: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
    /// Step "Requests": every request written for the case, with what was
    /// recorded of it → {language, missing, requests:[…]}. Stdin: the case passphrase.
    Requests { case: String },
    /// Add or correct the contact details requests need (empty leaves a
    /// value as it was) → the requests. Stdin: the case passphrase.
    Contact {
        case: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        country: Option<String>,
    },
    /// Write the requests to one service in a language of her choice (en, fr,
    /// nl, de), or `auto` for the service's own language rules, then the
    /// case's language; kept in the case → the requests. Stdin: the case passphrase.
    RequestLanguage {
        case: String,
        /// The service as the `requests` output names it (`request.platform`).
        #[arg(long)]
        platform: String,
        /// For a site the catalogue does not know: its name (`request.platform_name`).
        #[arg(long, default_value = "")]
        platform_name: String,
        #[arg(long)]
        language: String,
    },
    /// Keep a request as sent → the requests. Stdin: the case passphrase.
    MarkSent {
        case: String,
        #[arg(long)]
        platform: String,
        /// The request's channel as the `requests` output gives it, e.g.
        /// '{"type":"form","url":"https://…"}'.
        #[arg(long)]
        channel: String,
        /// The platform's ticket or case number, if one came.
        #[arg(long)]
        ticket: Option<String>,
    },
    /// Step "Follow-up": one line per request sent {id, status, deadline,
    /// next_steps, …}, most urgent first, then one line {"not_sent": {platform,
    /// platform_name, urls}} per service not asked yet. Stdin: the case passphrase.
    Followup { case: String },
    /// Move a request to a new status (sent, acknowledged, removed, refused,
    /// no_answer, came_back) → the follow-up lines. Stdin: the case passphrase.
    SetStatus {
        case: String,
        request_id: i64,
        status: String,
        #[arg(long)]
        ticket: Option<String>,
    },
    /// Keep a ticket number a platform gave for a request → the follow-up
    /// lines. Stdin: the case passphrase.
    AddTicket {
        case: String,
        request_id: i64,
        ticket: String,
    },
    /// "Is it still online?": check every link of the case through the
    /// network guard and keep what was found → one line per link. Stdin: the
    /// case passphrase.
    CheckOnline { case: String },
}

impl StepCommand {
    /// The case the command works on, if any.
    pub fn case(&self) -> Option<&str> {
        match self {
            StepCommand::Flow { .. } => None,
            StepCommand::HashImages { case, .. }
            | StepCommand::FindCopies { case, .. }
            | StepCommand::KeepCopy { case, .. }
            | StepCommand::Requests { case }
            | StepCommand::Contact { case, .. }
            | StepCommand::RequestLanguage { case, .. }
            | StepCommand::MarkSent { case, .. }
            | StepCommand::Followup { case }
            | StepCommand::SetStatus { case, .. }
            | StepCommand::HashServiceCase { case, .. }
            | StepCommand::AddTicket { case, .. }
            | StepCommand::CheckOnline { case } => Some(case),
        }
    }
}

/// The situations named on the command line, or an error naming the ones allowed.
pub fn parse_situations(codes: &[String]) -> CoreResult<Vec<Situation>> {
    codes
        .iter()
        .map(|code| {
            Situation::from_code(code).ok_or_else(|| {
                CoreError::invalid_input(format!("{code:?} is not a situation")).with_detail(
                    reclaim_core::ErrorDetail::NotOneOf {
                        field: Field::Situation,
                        allowed: Situation::ALL.iter().map(|s| s.code().to_owned()).collect(),
                    },
                )
            })
        })
        .collect()
}

/// Prints the steps of the branch of `situations` in order.
pub fn print_flow(situations: &[Situation]) {
    let flow = flow_for(situations);
    for step in &flow {
        output::line(&json!({
            "step": step,
            "next": step.next_in(&flow),
            "cli": step.cli_commands(),
        }));
    }
}

fn parse_status(text: &str) -> CoreResult<RequestStatus> {
    RequestStatus::ALL
        .into_iter()
        .find(|s| s.code() == text)
        .ok_or_else(|| {
            CoreError::invalid_input(format!("{text:?} is not a request status")).with_detail(
                reclaim_core::ErrorDetail::NotOneOf {
                    field: Field::Status,
                    allowed: RequestStatus::ALL
                        .iter()
                        .map(|s| s.code().to_owned())
                        .collect(),
                },
            )
        })
}

/// Runs a step on an open case.
pub fn run(case: &mut OpenCase, command: StepCommand) -> CoreResult<()> {
    let now = OffsetDateTime::now_utc();
    match command {
        StepCommand::Flow { situation } => print_flow(&parse_situations(&situation)?),
        StepCommand::HashImages {
            paths, name_word, ..
        } => {
            let hashed = images::hash_picked(&paths);
            output::line(&images::keep_hashed(case, &name_word, &hashed)?);
        }
        StepCommand::FindCopies { folder, .. } => {
            let originals = case.stored_originals()?;
            let outcome = copies::find_copies(
                &originals,
                &folder,
                &AtomicBool::new(false),
                || false,
                |_| {},
            );
            output::line(&case.keep_copies_search(&outcome)?);
        }
        StepCommand::KeepCopy {
            file,
            link,
            platform,
            note,
            ..
        } => {
            let tie = match (link, platform) {
                (Some(url_id), _) => CopyTie::Link { url_id },
                (None, Some(platform)) => CopyTie::Platform { platform },
                (None, None) => return Err(CoreError::missing(Field::Platform)),
            };
            let view = copies::keep_copy(case, &file, &tie, note)?;
            let mut line = json!(view.kept.last());
            if let Some(stamp) = super::case_anchor::after_record(case) {
                line["time_stamp"] = stamp;
            }
            output::line(&line);
        }
        StepCommand::Requests { .. } => output::line(&requests::requests(case, now)?),
        StepCommand::Contact {
            name,
            email,
            country,
            ..
        } => {
            let update = requests::ContactUpdate {
                name,
                email,
                country,
            };
            output::line(&requests::update_contact(case, &update, now)?);
        }
        StepCommand::RequestLanguage {
            platform,
            platform_name,
            language,
            ..
        } => {
            let language = match language.as_str() {
                "auto" => None,
                code => Some(Language::from_code(code).ok_or_else(|| {
                    CoreError::invalid_input(format!("{code:?} is not a language of Reclaim"))
                        .with_detail(reclaim_core::ErrorDetail::NotOneOf {
                            field: Field::Language,
                            allowed: Language::ALL
                                .iter()
                                .map(|l| l.code().to_owned())
                                .chain(["auto".to_owned()])
                                .collect(),
                        })
                })?),
            };
            output::line(&requests::set_request_language(
                case,
                &platform,
                &platform_name,
                language,
                now,
            )?);
        }
        StepCommand::MarkSent {
            platform,
            channel,
            ticket,
            ..
        } => {
            let channel: RequestChannel = serde_json::from_str(&channel).map_err(|e| {
                CoreError::invalid_input(format!("--channel is not a request channel: {e}"))
            })?;
            let sent = requests::mark_sent(case, &platform, &channel, ticket.as_deref(), now)?;
            let mut line =
                serde_json::to_value(&sent).map_err(|e| CoreError::internal(e.to_string()))?;
            // A request sent is a record: time-stamped when she asked for it.
            if let Some(stamp) = super::case_anchor::after_record(case) {
                line["time_stamp"] = stamp;
            }
            output::line(&line);
        }
        StepCommand::Followup { .. } => follow_up_lines(&followup::follow_up(case, now)?),
        StepCommand::SetStatus {
            request_id,
            status,
            ticket,
            ..
        } => {
            let status = parse_status(&status)?;
            follow_up_lines(&followup::change_status(
                case,
                request_id,
                status,
                ticket.as_deref(),
                now,
            )?);
        }
        StepCommand::HashServiceCase {
            case_number, pin, ..
        } => {
            output::line(&images::record_hash_service_case(
                case,
                &case_number,
                pin.as_deref(),
            )?);
        }
        StepCommand::AddTicket {
            request_id, ticket, ..
        } => {
            follow_up_lines(&followup::add_ticket(case, request_id, &ticket, now)?);
        }
        StepCommand::CheckOnline { .. } => {
            let urls = case.urls()?;
            let net = Net::new(NetConfig::default())?;
            let results = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| CoreError::internal(format!("no async runtime: {e}")))?
                .block_on(followup::check_urls(&net, &urls));
            for check in followup::record_checks(case, &results)? {
                output::line(&check);
            }
        }
    }
    Ok(())
}

/// The Follow-up step as lines: each request sent, then each service not asked yet.
pub(super) fn follow_up_lines(view: &followup::FollowUpView) {
    for item in &view.items {
        output::line(item);
    }
    for service in &view.not_sent {
        output::line(&serde_json::json!({ "not_sent": service }));
    }
}
