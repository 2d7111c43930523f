//! "Where are the images?": check pasted links and keep them in the open case.

use std::collections::BTreeMap;

use reclaim_core::urls::{classify_text, ClassifiedUrl};
use reclaim_core::vault::{NewUrl, UrlRecord};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::cases::Cases;
use crate::error::AppResult;

/// The pasted links, each classified or rejected with a reason, and the names
/// of the platforms they are on.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LinkCheck {
    pub items: Vec<ClassifiedUrl>,
    /// Platform id → name, for the platforms in `items`.
    pub platform_names: BTreeMap<String, String>,
}

/// The links kept in the open case, oldest first, with their platforms' names.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CaseLinks {
    pub links: Vec<UrlRecord>,
    /// Platform id → name, for the platforms in `links`.
    pub platform_names: BTreeMap<String, String>,
}

fn platform_names<'a>(ids: impl Iterator<Item = &'a str>) -> BTreeMap<String, String> {
    ids.filter_map(reclaim_core::platforms::by_id)
        .map(|platform| (platform.id.clone(), platform.name.clone()))
        .collect()
}

impl CaseLinks {
    pub(crate) fn new(links: Vec<UrlRecord>) -> Self {
        Self {
            platform_names: platform_names(links.iter().filter_map(|l| l.platform.as_deref())),
            links,
        }
    }
}

/// Checks pasted text without storing anything.
#[tauri::command]
pub fn check_links(text: String) -> LinkCheck {
    let items = classify_text(&text);
    LinkCheck {
        platform_names: platform_names(items.iter().map(|item| item.platform.as_str())),
        items,
    }
}

/// Stores every accepted link of the pasted text in the open case (checked
/// again here: the UI is not trusted), and returns all links of the case.
/// Time-stamped after, in the background, when she asked for it.
#[tauri::command]
pub fn save_links<R: Runtime>(
    app: AppHandle<R>,
    cases: State<'_, Cases>,
    text: String,
) -> AppResult<CaseLinks> {
    let (links, added) = cases.with_open(|case| {
        let mut added = 0;
        for item in classify_text(&text)
            .iter()
            .filter_map(NewUrl::from_classified)
        {
            case.add_url(&item)?;
            added += 1;
        }
        // What was pasted is kept now: the draft of it goes.
        case.set_links_draft("")?;
        Ok((CaseLinks::new(case.urls()?), added))
    })?;
    if added > 0 {
        crate::time_stamps::after_record(&app);
    }
    Ok(links)
}

/// Takes a link out of the open case; the custody log keeps that it existed.
#[tauri::command]
pub fn remove_link(cases: State<'_, Cases>, id: i64) -> AppResult<CaseLinks> {
    cases.with_open(|case| {
        case.remove_url(id, None)?;
        Ok(CaseLinks::new(case.urls()?))
    })
}

/// The links she pasted but has not kept yet (kept in the encrypted case, so
/// that moving to another step or an automatic lock loses nothing).
#[tauri::command]
pub fn links_draft(cases: State<'_, Cases>) -> AppResult<String> {
    cases.with_open(|case| case.links_draft())
}

/// Keeps what is in the links box as the draft (blank text removes it).
#[tauri::command]
pub fn save_links_draft(cases: State<'_, Cases>, text: String) -> AppResult<()> {
    cases.with_open(|case| case.set_links_draft(&text))
}

/// The links kept in the open case, oldest first.
#[tauri::command]
pub fn case_links(cases: State<'_, Cases>) -> AppResult<CaseLinks> {
    cases.with_open(|case| Ok(CaseLinks::new(case.urls()?)))
}
