//! Pages kept as evidence (issue 19 item 5), as the report and the manifest
//! list them. Read from the custody log's `page_captured` entries (what the
//! case recorded when each page was fetched); their files are evidence files
//! of the bundle, checked by `verify` like every other.

use serde::{Deserialize, Serialize};

use super::case::CaseFile;
use super::content::{custody_time_stamps, ReportFacts};
use super::custody::CustodyEntry;
use super::i18n::{Arg, Labels};
use super::pdf::flow::{Flow, Style};
use crate::vault::{page_capture_of, PAGE_CAPTURED};

/// One page kept as evidence, in `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestPageCapture {
    pub url: String,
    pub final_url: String,
    /// When the answer came, UTC (RFC 3339).
    pub captured_at: String,
    pub status: u16,
    pub server_ip: Option<String>,
    /// SHA-256 of the page's bytes as received (also when they were not kept).
    pub body_sha256: String,
    pub body_kept: bool,
    pub truncated: bool,
    /// The page and the full record (redirects, headers, certificates) in
    /// the bundle.
    pub body_file: Option<String>,
    pub record_file: Option<String>,
    /// The custody entry that recorded it.
    pub custody_seq: i64,
    /// The earliest time-stamp covering that entry, and by whom.
    pub time_stamped_at: Option<String>,
    pub tsa: Option<String>,
}

/// The captures recorded in `log`, with their files' paths in the bundle
/// (`evidence_paths`: per evidence file of `case`, its bundle path).
pub(super) fn listed_captures(
    case: &CaseFile,
    evidence_paths: &[String],
    log: &[CustodyEntry],
) -> Vec<ManifestPageCapture> {
    let stamps = custody_time_stamps(log);
    let path_of = |id: Option<i64>| {
        let id = format!("evidence:{}", id?);
        let n = case.evidence.iter().position(|e| e.id == id)?;
        evidence_paths.get(n).cloned()
    };
    // A capture whose record file she took out of the case is not listed.
    let removed: Vec<&str> = log
        .iter()
        .filter(|e| e.action == crate::vault::EVIDENCE_REMOVED)
        .map(|e| e.subject.as_str())
        .collect();
    log.iter()
        .filter(|e| e.action == PAGE_CAPTURED && !removed.contains(&e.subject.as_str()))
        .filter_map(|e| page_capture_of(e.seq, &e.details).ok())
        .map(|p| {
            let first = stamps
                .iter()
                .filter(|s| s.covers_seq >= p.custody_seq)
                .min_by(|a, b| a.time.cmp(&b.time));
            let c = p.capture;
            ManifestPageCapture {
                url: c.url,
                final_url: c.final_url,
                captured_at: c.captured_at,
                status: c.status,
                server_ip: c.server_ip,
                body_sha256: c.body_sha256,
                body_kept: c.body_kept,
                truncated: c.truncated,
                body_file: path_of(p.body_evidence_id),
                record_file: path_of(Some(p.record_evidence_id)),
                custody_seq: p.custody_seq,
                time_stamped_at: first.map(|s| s.time.clone()),
                tsa: first.map(|s| s.tsa.clone()),
            }
        })
        .collect()
}

/// The report's section "Pages kept as evidence" (nothing when there is none).
pub(super) fn section(flow: &mut Flow<'_>, facts: &ReportFacts<'_>, labels: &Labels) {
    if facts.captures.is_empty() {
        return;
    }
    flow.section(true);
    flow.heading(1, &labels.get("captures-heading"));
    flow.paragraph(Style::LABEL, &labels.get("captures-intro"));
    for (n, c) in facts.captures.iter().enumerate() {
        flow.heading(3, &labels.with("capture-item", &[("n", Arg::Num(n + 1))]));
        flow.field(&labels.get("capture-url"), Style::MONO, &c.url);
        flow.field(&labels.get("capture-final-url"), Style::MONO, &c.final_url);
        flow.field(&labels.get("capture-time"), Style::BODY, &c.captured_at);
        flow.field(
            &labels.get("capture-status"),
            Style::BODY,
            &c.status.to_string(),
        );
        flow.field(
            &labels.get("capture-server-ip"),
            Style::MONO,
            c.server_ip.as_deref().unwrap_or("—"),
        );
        flow.field("SHA-256", Style::MONO, &c.body_sha256);
        if !c.body_kept {
            flow.paragraph(Style::BODY, &labels.get("capture-body-not-kept"));
        }
        if c.truncated {
            flow.paragraph(Style::BODY, &labels.get("capture-truncated"));
        }
        let files: Vec<&str> = [c.body_file.as_deref(), c.record_file.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        flow.field(&labels.get("capture-files"), Style::MONO, &files.join("\n"));
        flow.field(
            &labels.get("capture-time-stamp"),
            Style::BODY,
            &match (&c.time_stamped_at, &c.tsa) {
                (Some(time), Some(tsa)) => labels.with(
                    "custody-time-stamped",
                    &[("time", Arg::Str(time)), ("tsa", Arg::Str(tsa))],
                ),
                _ => labels.get("custody-not-time-stamped"),
            },
        );
    }
}
