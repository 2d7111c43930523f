//! `reclaim-cli requests --case-json FILE [--lang en|fr|nl|de] [--platform ID] [--no-search-engines]`
//!
//! Prints ONE JSON array (ARCHITECTURE.md §6): one object per request
//! `{platform, channel: {type, url|address|steps}, legal_basis, language, subject,
//! body, fields, …}`, then one `{url, error}` object per URL no request could be made
//! for. A case about images made before 18 prints `[{"error": {...}}]` (kind
//! `minor_images_refused`): no request is written, Child Focus and Take It Down take over.
//! A case whose `situation` is `child_photos` prints one `{"hotline": {…}}` object (the
//! report for the country's hotline, links only); `threatened` prints account reports
//! (`"account": "<handle>"`) first (docs/requests.md).

use std::path::Path;
use std::process::ExitCode;

use reclaim_core::requests::hotline::HotlineReport;
use reclaim_core::requests::{generate, CaseInput, Catalogue, Language, Options, Request, UNKNOWN};
use reclaim_core::CoreError;
use serde::Serialize;
use time::OffsetDateTime;

use crate::output;

pub fn run(
    case_json: &Path,
    lang: Option<&str>,
    platform: Option<&str>,
    no_search_engines: bool,
) -> ExitCode {
    let text = match std::fs::read_to_string(case_json) {
        Ok(text) => text,
        Err(err) => {
            return output::usage_error(&format!("cannot read {}: {err}", case_json.display()))
        }
    };
    let mut case = match CaseInput::from_json(&text) {
        Ok(case) => case,
        Err(err) => return output::usage_error(&err.message),
    };
    if no_search_engines {
        case.search_engines = false;
    }
    let language = match lang.map(Language::parse).transpose() {
        Ok(l) => l,
        Err(err) => return output::usage_error(&err.message),
    };
    if let Some(id) = platform {
        if id != UNKNOWN && reclaim_core::platforms::by_id(id).is_none() {
            return output::usage_error(&format!("no platform with id {id:?}"));
        }
    }
    let options = Options {
        language,
        platform: platform.map(str::to_string),
        now: OffsetDateTime::now_utc(),
    };
    let items: Vec<Item> = match generate(&case, &Catalogue, &options) {
        Ok(out) => {
            let mut items: Vec<Item> = out
                .requests
                .into_iter()
                .map(|r| Item::Request(Box::new(r)))
                .collect();
            if let Some(hotline) = out.hotline {
                items.push(Item::Hotline {
                    hotline: Box::new(hotline),
                });
            }
            items.extend(out.problems.into_iter().map(|p| Item::Failed {
                url: Some(p.url),
                error: p.error,
            }));
            items
        }
        Err(error) => vec![Item::Failed { url: None, error }],
    };
    // Serialised straight from the types, so `fields` keeps the order a form asks in.
    output::line(&items);
    ExitCode::SUCCESS
}

#[derive(Serialize)]
#[serde(untagged)]
enum Item {
    Request(Box<Request>),
    Hotline {
        hotline: Box<HotlineReport>,
    },
    Failed {
        #[serde(skip_serializing_if = "Option::is_none")]
        url: Option<String>,
        error: CoreError,
    },
}
