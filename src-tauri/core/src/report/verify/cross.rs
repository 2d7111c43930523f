//! The custody log against `manifest.json` and the files: every evidence
//! file recorded (same hash, same capture time), every recorded evidence
//! file present, every address and its capture time as recorded, the report
//! listed, and a time-stamp the log says was asked for present.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;
use time::OffsetDateTime;

use super::{problem, BundleProblem, BundleProblemKind};
use crate::report::custody::CustodyEntry;
use crate::report::manifest::{
    FileRole, Manifest, CUSTODY_LOG, MANIFEST_JSON, MANIFEST_TSR, REPORT_PDF,
};

/// The custody action recorded, before the bundle is made, when the person
/// asks for it to be time-stamped: a bundle whose log ends with it must hold
/// `manifest.tsr`.
pub const TIMESTAMP_REQUESTED: &str = "bundle_timestamp_requested";
/// The export entry that may follow it.
const CASE_EXPORTED: &str = "case_exported";

/// A file cannot be captured after it was added to the case; a day allows
/// for the clock of the device that made it.
const CAPTURE_CLOCK_SLACK_SECS: i64 = 24 * 3600;

/// Two recorded times are the same moment when within this many seconds (a
/// record's own time and its custody entry's are taken a moment apart).
const SAME_MOMENT_SECS: i64 = 2;

use crate::model::timestamp::parse as parse_time;

fn same_moment(a: Option<OffsetDateTime>, b: Option<OffsetDateTime>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if (a - b).whole_seconds().abs() <= SAME_MOMENT_SECS)
}

fn details(entry: &CustodyEntry) -> Value {
    serde_json::from_str(&entry.details).unwrap_or(Value::Null)
}

/// What the custody log says about each evidence file that is still part
/// of the case: subject → (sha256, captured_at text, kind).
struct RecordedEvidence {
    /// When the custody entry was written.
    at: String,
    sha256: String,
    captured_at: Option<String>,
    kind: Option<String>,
}

fn recorded_evidence(log: &[CustodyEntry]) -> BTreeMap<String, RecordedEvidence> {
    let mut out = BTreeMap::new();
    for entry in log {
        match entry.action.as_str() {
            "evidence_added" => {
                let d = details(entry);
                out.insert(
                    entry.subject.clone(),
                    RecordedEvidence {
                        at: entry.at.clone(),
                        sha256: d["sha256"].as_str().unwrap_or("").to_ascii_lowercase(),
                        captured_at: d["captured_at"].as_str().map(str::to_owned),
                        kind: d["kind"].as_str().map(str::to_owned),
                    },
                );
            }
            "evidence_removed" => {
                out.remove(&entry.subject);
            }
            _ => {}
        }
    }
    out
}

/// Checks `manifest` and the files' hashes (`actual`: path → sha256) against
/// the custody `log`; `has_token` says whether `manifest.tsr` is there.
pub fn check(
    log: &[CustodyEntry],
    manifest: &Manifest,
    actual: &HashMap<String, String>,
    has_token: bool,
    problems: &mut Vec<BundleProblem>,
) {
    let mut recorded = recorded_evidence(log);

    // Every evidence file in the bundle was recorded, with this content and time.
    for file in &manifest.files {
        if !matches!(file.role, FileRole::Evidence | FileRole::IntimateImage) {
            continue;
        }
        let Some(id) = &file.id else {
            problems.push(problem(
                Some(&file.path),
                BundleProblemKind::NotInCustody,
                format!("{} names no record of the case", file.path),
            ));
            continue;
        };
        let Some(entry) = recorded.remove(id) else {
            problems.push(problem(
                Some(&file.path),
                BundleProblemKind::NotInCustody,
                format!(
                    "{} ({id}) is not recorded in the custody log: it was added or its record removed",
                    file.path
                ),
            ));
            continue;
        };
        let now = actual.get(&file.path).map(String::as_str);
        if entry.sha256 != file.sha256 || now.is_some_and(|sha| sha != entry.sha256) {
            problems.push(problem(
                Some(&file.path),
                BundleProblemKind::CustodyMismatch,
                format!(
                    "{} is not the file recorded as {id}: the custody log gives SHA-256 {}",
                    file.path, entry.sha256
                ),
            ));
        }
        if let Some(recorded_time) = &entry.captured_at {
            if let (Some(captured), Some(added)) =
                (parse_time(recorded_time), parse_time(&entry.at))
            {
                if (captured - added).whole_seconds() > CAPTURE_CLOCK_SLACK_SECS {
                    problems.push(problem(
                        Some(CUSTODY_LOG),
                        BundleProblemKind::CustodyMismatch,
                        format!(
                            "the custody log says {id} was added on {}, before it was captured ({recorded_time}): its dates were changed",
                            entry.at
                        ),
                    ));
                }
            }
            let listed = file.captured_at.as_deref().and_then(parse_time);
            if !same_moment(parse_time(recorded_time), listed) {
                problems.push(problem(
                    Some(MANIFEST_JSON),
                    BundleProblemKind::CustodyMismatch,
                    format!(
                        "{MANIFEST_JSON} gives {} a capture time of {}; the custody log recorded {recorded_time}",
                        file.path,
                        file.captured_at.as_deref().unwrap_or("none")
                    ),
                ));
            }
        }
    }
    // Every recorded evidence file is in the bundle (the person's own
    // pictures at least by their hash).
    for (id, entry) in &recorded {
        let is_picture = entry.kind.as_deref() == Some("image");
        let by_hash = manifest.images.iter().any(|i| i.sha256 == entry.sha256);
        if is_picture && by_hash {
            continue;
        }
        problems.push(problem(
            Some(MANIFEST_JSON),
            BundleProblemKind::EvidenceMissing,
            format!(
                "the custody log records {id} (SHA-256 {}), but the bundle does not hold it: it was removed",
                entry.sha256
            ),
        ));
    }

    check_urls(log, manifest, problems);

    if !manifest
        .files
        .iter()
        .any(|f| f.path == REPORT_PDF && f.role == FileRole::Report)
    {
        problems.push(problem(
            Some(REPORT_PDF),
            BundleProblemKind::ReportMissing,
            format!("{MANIFEST_JSON} does not list {REPORT_PDF} as the report"),
        ));
    }

    // A time-stamp asked for when the bundle was made.
    let mut tail = log.iter().rev().skip_while(|e| e.action == CASE_EXPORTED);
    if tail.next().is_some_and(|e| e.action == TIMESTAMP_REQUESTED) && !has_token {
        problems.push(problem(
            Some(MANIFEST_TSR),
            BundleProblemKind::TimestampMissing,
            format!(
                "the custody log records that this bundle was time-stamped, but {MANIFEST_TSR} is missing: it was removed"
            ),
        ));
    }
}

/// Each address in `manifest.json` is one the custody log recorded, with
/// the same text and capture time, and none recorded is missing.
fn check_urls(log: &[CustodyEntry], manifest: &Manifest, problems: &mut Vec<BundleProblem>) {
    // The addresses still part of the case: a link taken out (or corrected)
    // later is not in the bundle, and its `url_removed` entry says why.
    let mut recorded: Vec<(&CustodyEntry, Value)> = Vec::new();
    for entry in log {
        match entry.action.as_str() {
            "url_added" => recorded.push((entry, details(entry))),
            "url_removed" => recorded.retain(|(added, _)| added.subject != entry.subject),
            _ => {}
        }
    }
    for url in &manifest.urls {
        let found = recorded
            .iter()
            .position(|(_, d)| d["original"].as_str() == Some(url.url.as_str()));
        let Some(index) = found else {
            problems.push(problem(
                Some(MANIFEST_JSON),
                BundleProblemKind::NotInCustody,
                format!(
                    "the address {} is not in the custody log: it was changed or added",
                    url.url
                ),
            ));
            continue;
        };
        let (entry, d) = recorded.remove(index);
        // The capture time is the one the person gave, else when it was recorded.
        if let Some(found_at) = d.get("found_at") {
            let listed = parse_time(&url.captured_at);
            let given = found_at.as_str().and_then(parse_time);
            if !same_moment(listed, given) && !same_moment(listed, parse_time(&entry.at)) {
                problems.push(problem(
                    Some(MANIFEST_JSON),
                    BundleProblemKind::CustodyMismatch,
                    format!(
                        "{MANIFEST_JSON} gives {} a capture time of {}; the custody log recorded {}",
                        url.url,
                        url.captured_at,
                        found_at.as_str().unwrap_or(&entry.at)
                    ),
                ));
            }
        }
    }
    for (entry, d) in recorded {
        problems.push(problem(
            Some(MANIFEST_JSON),
            BundleProblemKind::EvidenceMissing,
            format!(
                "the custody log records the address {} ({}), but {MANIFEST_JSON} does not list it",
                d["original"].as_str().unwrap_or("?"),
                entry.subject
            ),
        ));
    }
}
