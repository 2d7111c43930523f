//! The report's content: which sections, in which order, with which labels.
//! Every user string goes through [`Flow`] as plain text.

use time::OffsetDateTime;

use super::case::{
    CaseFile, EvidenceKind, RequestRecord, RequestStatus, RequestView, UrlStatus, UrlView,
};
use super::custody::CustodyEntry;
use super::i18n::{Arg, Labels};
use super::pdf::flow::{Flow, Style};

/// What the export computed that the report shows next to the case data.
pub struct ReportFacts<'a> {
    pub generated_at: OffsetDateTime,
    /// Per evidence file (same order as `CaseFile::evidence`): bundle path,
    /// SHA-256 of the bytes written, size.
    pub evidence: &'a [(String, String, u64)],
    /// Per image: `Some(path)` when its file is in the bundle.
    pub image_paths: &'a [Option<String>],
    /// Breaks found in the custody chain (empty when intact).
    pub custody_problems: &'a [String],
    /// The custody log as written into the bundle (the case's entries and
    /// the export entry).
    pub custody: &'a [CustodyEntry],
    /// The pages kept as evidence, as the manifest lists them.
    pub captures: &'a [super::captures::ManifestPageCapture],
    /// Plain names for the ids the records hold.
    pub names: &'a super::PlainNames,
}

pub use crate::model::timestamp::{
    display_local as local, display_utc as utc, format_utc as rfc3339_utc,
};

/// A platform's name as people know it ("Instagram"), from the catalogue; the
/// id itself for a site the catalogue does not know.
fn platform_name(id: &str) -> String {
    match crate::platforms::by_id(id) {
        Some(p) => p.name.clone(),
        None if id == "unknown" => String::new(),
        None => id.to_owned(),
    }
}

/// How a request was sent, in words (`form` → "web form").
fn channel_name(labels: &Labels, channel: &str) -> String {
    match channel {
        "form" | "email" | "in_app" | "find_contact" | "letter" => {
            labels.get(&format!("channel-{channel}"))
        }
        other => other.to_owned(),
    }
}

fn url_state(labels: &Labels, state: UrlStatus) -> String {
    labels.get(&format!("state-{}", state.code()))
}

fn request_state(labels: &Labels, state: RequestStatus) -> String {
    labels.get(&format!("rstate-{}", state.code()))
}

fn kind(labels: &Labels, kind: EvidenceKind) -> String {
    labels.get(&format!("kind-{}", kind.code()))
}

/// Lays out the whole report.
pub fn build(flow: &mut Flow<'_>, case: &CaseFile, facts: &ReportFacts<'_>, labels: &Labels) {
    summary(flow, case, facts, labels);
    timeline(flow, case, labels);
    urls(flow, case, labels);
    evidence(flow, case, facts, labels);
    super::captures::section(flow, facts, labels);
    images(flow, case, facts, labels);
    requests(flow, case, facts.names, labels);
    custody(flow, facts, labels);
    verification(flow, facts, labels);
}

fn summary(flow: &mut Flow<'_>, case: &CaseFile, facts: &ReportFacts<'_>, labels: &Labels) {
    let code = &case.case.code;
    let created_at = case.created_at();
    flow.section(false);
    flow.title(&labels.with("doc-title", &[("code", Arg::Str(code))]));
    flow.paragraph(
        Style::LABEL,
        &labels.with(
            "doc-subtitle",
            &[
                ("version", Arg::Str(crate::VERSION)),
                ("date", Arg::Str(&utc(facts.generated_at))),
            ],
        ),
    );
    flow.heading(1, &labels.get("summary-heading"));
    flow.paragraph(Style::BODY, &labels.get("summary-intro"));
    flow.field(&labels.get("summary-case"), Style::STRONG, code);
    flow.field(
        &labels.get("summary-created"),
        Style::BODY,
        &format!("{}\n{}", utc(created_at), local(created_at)),
    );
    if let Some(by) = &case.prepared_by {
        flow.field(&labels.get("summary-prepared-by"), Style::BODY, by);
    }
    let counts = [
        labels.with("summary-count-urls", &[("n", Arg::Num(case.urls.len()))]),
        labels.with(
            "summary-count-evidence",
            &[("n", Arg::Num(case.evidence.len()))],
        ),
        labels.with(
            "summary-count-images",
            &[("n", Arg::Num(case.images.len()))],
        ),
        labels.with(
            "summary-count-requests",
            &[("n", Arg::Num(case.requests.len()))],
        ),
    ];
    flow.field(
        &labels.get("summary-counts"),
        Style::BODY,
        &counts.join("\n"),
    );
    if facts.custody_problems.is_empty() {
        flow.field(
            &labels.get("summary-custody"),
            Style::BODY,
            &labels.with(
                "summary-custody-ok",
                &[("n", Arg::Num(facts.custody.len()))],
            ),
        );
    } else {
        flow.field(
            &labels.get("summary-custody"),
            Style::WARNING,
            &labels.with(
                "summary-custody-broken",
                &[("problems", Arg::Str(&facts.custody_problems.join("; ")))],
            ),
        );
    }
    for (file, (_, sha, _)) in case.evidence.iter().zip(facts.evidence) {
        if !file.recorded_sha256.eq_ignore_ascii_case(sha) {
            flow.paragraph(
                Style::WARNING,
                &labels.with(
                    "summary-evidence-changed",
                    &[("name", Arg::Str(&file.file_name))],
                ),
            );
        }
    }
    let included = facts.image_paths.iter().any(Option::is_some);
    flow.gap(4.0);
    flow.paragraph(
        Style::BODY,
        &labels.get(if included {
            "summary-images-included"
        } else {
            "summary-images-excluded"
        }),
    );
    if let Some(description) = &case.description {
        flow.heading(2, &labels.get("summary-description"));
        flow.paragraph(Style::BODY, description);
    }
}

fn timeline(flow: &mut Flow<'_>, case: &CaseFile, labels: &Labels) {
    let mut events: Vec<(OffsetDateTime, String, Option<String>)> = Vec::new();
    events.push((case.created_at(), labels.get("ev-case-created"), None));
    for u in &case.urls {
        events.push((
            u.captured_at(),
            labels.get("ev-url-captured"),
            Some(u.original.clone()),
        ));
        for (at, state) in u.checks() {
            // A check that could not tell is said as such, never as a state.
            let what = if state.is_conclusive() {
                let state = url_state(labels, state);
                labels.with("ev-url-checked", &[("state", Arg::Str(&state))])
            } else {
                labels.get("ev-url-not-checked")
            };
            events.push((at, what, Some(u.original.clone())));
        }
    }
    for e in &case.evidence {
        events.push((
            e.captured_at,
            labels.get("ev-evidence-captured"),
            Some(e.file_name.clone()),
        ));
    }
    for i in &case.images {
        events.push((
            i.added_at,
            labels.get("ev-image-added"),
            Some(i.label.clone()),
        ));
    }
    for r in &case.requests {
        let recipient = r.recipient();
        let sent_at = r.sent_at();
        if let Some(sent) = sent_at {
            events.push((
                sent,
                labels.with("ev-request-sent", &[("to", Arg::Str(&recipient))]),
                r.reference(),
            ));
        }
        for status in &r.history {
            if status.status == RequestStatus::Sent && sent_at.is_some() {
                continue;
            }
            let state = request_state(labels, status.status);
            events.push((
                super::case::time_of(&[Some(&status.at)]),
                labels.with(
                    "ev-request-status",
                    &[("to", Arg::Str(&recipient)), ("state", Arg::Str(&state))],
                ),
                status.note.clone(),
            ));
        }
    }
    // Stable: events at the same instant keep the order above.
    events.sort_by_key(|(at, _, _)| *at);

    flow.section(true);
    flow.heading(1, &labels.get("timeline-heading"));
    flow.paragraph(Style::LABEL, &labels.get("timeline-intro"));
    for (at, what, detail) in events {
        let text = match detail {
            Some(d) => format!("{what}\n{d}"),
            None => what,
        };
        flow.field(&utc(at), Style::BODY, &text);
    }
}

fn urls(flow: &mut Flow<'_>, case: &CaseFile, labels: &Labels) {
    flow.section(true);
    flow.heading(1, &labels.get("urls-heading"));
    flow.paragraph(Style::LABEL, &labels.get("urls-intro"));
    for (n, u) in case.urls.iter().enumerate() {
        flow.heading(3, &labels.with("url-item", &[("n", Arg::Num(n + 1))]));
        flow.field("URL", Style::MONO, &u.original);
        flow.field(
            &labels.get("url-platform"),
            Style::BODY,
            &platform_name(u.platform.as_deref().unwrap_or("unknown")),
        );
        let captured_at = u.captured_at();
        flow.field(
            &labels.get("url-captured-utc"),
            Style::BODY,
            &utc(captured_at),
        );
        flow.field(
            &labels.get("url-captured-local"),
            Style::BODY,
            &local(captured_at),
        );
        flow.field(
            &labels.get("url-status"),
            Style::BODY,
            &last_known(u, labels),
        );
        if let Some(note) = &u.notes {
            flow.field(&labels.get("url-note"), Style::BODY, note);
        }
    }
}

/// The last check that could tell, and any later one that could not (said as
/// "not checked", never as gone or unreachable).
fn last_known(u: &crate::vault::UrlRecord, labels: &Labels) -> String {
    let checks = u.checks();
    let told = checks
        .iter()
        .filter(|(_, s)| s.is_conclusive())
        .max_by_key(|(at, _)| *at);
    let untold = checks
        .iter()
        .filter(|(at, s)| !s.is_conclusive() && told.is_none_or(|(t, _)| at > t))
        .max_by_key(|(at, _)| *at);
    let mut lines = Vec::new();
    match told {
        Some((at, state)) => lines.push(format!("{} ({})", url_state(labels, *state), utc(*at))),
        None => lines.push(labels.get("url-status-never")),
    }
    if let Some((at, _)) = untold {
        lines.push(labels.with("url-status-not-told", &[("at", Arg::Str(&utc(*at)))]));
    }
    lines.join("\n")
}

fn evidence(flow: &mut Flow<'_>, case: &CaseFile, facts: &ReportFacts<'_>, labels: &Labels) {
    flow.section(true);
    flow.heading(1, &labels.get("evidence-heading"));
    flow.paragraph(Style::LABEL, &labels.get("evidence-intro"));
    for (n, (file, (path, sha, size))) in case.evidence.iter().zip(facts.evidence).enumerate() {
        flow.heading(3, &labels.with("evidence-item", &[("n", Arg::Num(n + 1))]));
        flow.field(
            &labels.get("evidence-kind"),
            Style::BODY,
            &kind(labels, file.kind),
        );
        flow.field(&labels.get("evidence-name"), Style::BODY, &file.file_name);
        flow.field(&labels.get("evidence-path"), Style::MONO, path);
        flow.field("SHA-256", Style::MONO, sha);
        flow.field(
            &labels.get("evidence-size"),
            Style::BODY,
            &labels.with("evidence-size-bytes", &[("n", Arg::Num(*size as usize))]),
        );
        flow.field(
            &labels.get("evidence-captured"),
            Style::BODY,
            &format!("{}\n{}", utc(file.captured_at), local(file.captured_at)),
        );
        // A copy found on the device came from the link or platform it is
        // tied to; other files show the address.
        let found = file.kind == EvidenceKind::FoundCopy;
        if let Some(url) = &file.source_url {
            let label = if found {
                "evidence-found-at"
            } else {
                "evidence-source"
            };
            flow.field(&labels.get(label), Style::MONO, url);
        }
        if let Some(platform) = &file.platform {
            flow.field(&labels.get("evidence-found-on"), Style::BODY, platform);
        }
        if let Some(note) = &file.note {
            flow.field(&labels.get("evidence-note"), Style::BODY, note);
        }
        if !file.recorded_sha256.eq_ignore_ascii_case(sha) {
            flow.paragraph(
                Style::WARNING,
                &labels.with(
                    "evidence-mismatch",
                    &[("hash", Arg::Str(&file.recorded_sha256))],
                ),
            );
        }
    }
}

fn images(flow: &mut Flow<'_>, case: &CaseFile, facts: &ReportFacts<'_>, labels: &Labels) {
    flow.section(true);
    flow.heading(1, &labels.get("images-heading"));
    flow.paragraph(Style::LABEL, &labels.get("images-intro"));
    for (image, path) in case.images.iter().zip(facts.image_paths) {
        flow.heading(
            3,
            &labels.with("image-item", &[("label", Arg::Str(&image.label))]),
        );
        flow.field("SHA-256", Style::MONO, &image.sha256);
        if let Some(pdq) = &image.pdq {
            flow.field("PDQ", Style::MONO, pdq);
        }
        if let Some(q) = image.pdq_quality {
            flow.field(
                &labels.get("image-pdq-quality"),
                Style::BODY,
                &q.to_string(),
            );
        }
        if let Some(md5) = &image.md5 {
            flow.field("MD5", Style::MONO, md5);
        }
        flow.field(
            &labels.get("image-added"),
            Style::BODY,
            &utc(image.added_at),
        );
        let included = match path {
            Some(p) => format!("{}: {p}", labels.get("yes")),
            None => labels.get("no"),
        };
        flow.field(&labels.get("image-included"), Style::BODY, &included);
    }
}

fn requests(flow: &mut Flow<'_>, case: &CaseFile, names: &super::PlainNames, labels: &Labels) {
    flow.section(true);
    flow.heading(1, &labels.get("requests-heading"));
    flow.paragraph(Style::LABEL, &labels.get("requests-intro"));
    for (n, r) in case.requests.iter().enumerate() {
        flow.heading(
            2,
            &labels.with(
                "request-item",
                &[
                    ("n", Arg::Num(n + 1)),
                    ("platform", Arg::Str(&platform_name(&r.platform))),
                ],
            ),
        );
        flow.field(&labels.get("request-to"), Style::BODY, &r.recipient());
        if let Some(address) = r.address() {
            flow.field(&labels.get("request-address"), Style::MONO, &address);
        }
        flow.field(
            &labels.get("request-channel"),
            Style::BODY,
            &channel_name(labels, r.channel_type()),
        );
        let basis = if r.legal_bases.is_empty() {
            labels.get("none")
        } else {
            let named: Vec<String> = r.legal_bases.iter().map(|b| names.basis(b)).collect();
            named.join("\n")
        };
        flow.field(&labels.get("request-basis"), Style::BODY, &basis);
        let sent = r
            .sent_at()
            .map_or_else(|| labels.get("request-not-sent"), utc);
        flow.field(&labels.get("request-sent"), Style::BODY, &sent);
        if let Some(reference) = r.reference() {
            flow.field(&labels.get("request-reference"), Style::BODY, &reference);
        }
        let urls: Vec<&str> = r
            .url_ids
            .iter()
            .filter_map(|id| case.url_text(*id))
            .collect();
        if !urls.is_empty() {
            flow.field(&labels.get("request-urls"), Style::MONO, &urls.join("\n"));
        }
        if !r.history.is_empty() {
            let history: Vec<String> = r
                .history
                .iter()
                .map(|h| {
                    let at = super::case::time_of(&[Some(&h.at)]);
                    let mut line = format!("{}: {}", utc(at), request_state(labels, h.status));
                    if let Some(note) = &h.note {
                        line.push_str(" — ");
                        line.push_str(note);
                    }
                    line
                })
                .collect();
            flow.field(
                &labels.get("request-history"),
                Style::BODY,
                &history.join("\n"),
            );
        }
        answers(flow, r, labels);
    }
}

/// The answers recorded for a request: the statuses only the service can give
/// (acknowledged, removed, refused), each with when it was recorded and her
/// note — the vault keeps an answer as a status with a note, not as a letter.
fn answers(flow: &mut Flow<'_>, r: &RequestRecord, labels: &Labels) {
    flow.heading(3, &labels.get("request-answers"));
    let from = platform_name(&r.platform);
    let answers: Vec<String> = r
        .history
        .iter()
        .filter(|h| {
            matches!(
                h.status,
                RequestStatus::Acknowledged | RequestStatus::Removed | RequestStatus::Refused
            )
        })
        .map(|h| {
            let at = utc(super::case::time_of(&[Some(&h.at)]));
            let mut line = labels.with(
                "request-answer-from",
                &[("from", Arg::Str(&from)), ("at", Arg::Str(&at))],
            );
            line.push_str(": ");
            line.push_str(&request_state(labels, h.status));
            if let Some(note) = &h.note {
                line.push_str(" — ");
                line.push_str(note);
            }
            line
        })
        .collect();
    if answers.is_empty() {
        flow.paragraph(Style::BODY, &labels.get("request-no-answer"));
    }
    for answer in &answers {
        flow.paragraph(Style::BODY, answer);
    }
}

fn custody(flow: &mut Flow<'_>, facts: &ReportFacts<'_>, labels: &Labels) {
    flow.section(true);
    flow.heading(1, &labels.get("custody-heading"));
    flow.paragraph(Style::LABEL, &labels.get("custody-intro"));
    let stamps = custody_time_stamps(facts.custody);
    for entry in facts.custody {
        if entry.action == crate::vault::CUSTODY_TIME_STAMPED {
            // The token itself is long hex: it stays in custody.jsonl.
            let said = stamps.iter().find(|s| s.entry_seq == entry.seq);
            let text = format!(
                "#{} {} · {}\n{}\nprev {}\nhash {}",
                entry.seq,
                entry.action,
                entry.subject,
                said.map(|s| labels.with(
                    "custody-anchor",
                    &[
                        ("tsa", Arg::Str(&s.tsa)),
                        ("time", Arg::Str(&s.time)),
                        ("seq", Arg::Num(s.covers_seq as usize)),
                    ],
                ))
                .unwrap_or_default(),
                entry.prev_hash,
                entry.hash
            );
            flow.field(&entry.at, Style::MONO, &text);
            continue;
        }
        let mut text = format!(
            "#{} {} · {}\n{}\nprev {}\nhash {}",
            entry.seq, entry.action, entry.subject, entry.details, entry.prev_hash, entry.hash
        );
        if let Some(said) = super::removals::plain_words(entry, labels) {
            text.push('\n');
            text.push_str(&said);
        }
        if !stamps.is_empty() {
            let first = stamps
                .iter()
                .filter(|s| s.covers_seq >= entry.seq)
                .min_by(|a, b| a.time.cmp(&b.time));
            text.push('\n');
            text.push_str(&match first {
                Some(s) => labels.with(
                    "custody-time-stamped",
                    &[("time", Arg::Str(&s.time)), ("tsa", Arg::Str(&s.tsa))],
                ),
                None => labels.get("custody-not-time-stamped"),
            });
        }
        flow.field(&entry.at, Style::MONO, &text);
    }
}

/// A time-stamp recorded in the custody log, as the case kept it (checked
/// when it was received; `verify` checks it again from the bundle).
pub(super) struct LoggedStamp {
    entry_seq: i64,
    pub(super) covers_seq: i64,
    pub(super) time: String,
    pub(super) tsa: String,
}

pub(super) fn custody_time_stamps(log: &[CustodyEntry]) -> Vec<LoggedStamp> {
    log.iter()
        .filter(|e| e.action == crate::vault::CUSTODY_TIME_STAMPED)
        .filter_map(|e| {
            let details: serde_json::Value = serde_json::from_str(&e.details).ok()?;
            Some(LoggedStamp {
                entry_seq: e.seq,
                covers_seq: details.get("covers_seq")?.as_i64()?,
                time: details.get("time")?.as_str()?.to_owned(),
                tsa: details.get("tsa")?.as_str()?.to_owned(),
            })
        })
        .collect()
}

fn verification(flow: &mut Flow<'_>, facts: &ReportFacts<'_>, labels: &Labels) {
    flow.section(true);
    flow.heading(1, &labels.get("verify-heading"));
    flow.paragraph(Style::BODY, &labels.get("verify-intro"));
    for id in [
        "verify-step-sha256",
        "verify-step-cli",
        "verify-step-custody",
        "verify-step-timestamp",
    ] {
        flow.indented(Style::BODY, 12.0, &labels.get(id));
        flow.gap(5.0);
    }
    flow.paragraph(Style::BODY, &labels.get("verify-manifest"));
    flow.paragraph(Style::BODY, &labels.get("verify-privacy"));
    // What a verification of this bundle can prove: no claim beyond it.
    flow.paragraph(Style::BODY, &labels.get("verify-proves"));
    let stamped = facts
        .custody
        .iter()
        .rev()
        .find(|e| e.action != "case_exported")
        .is_some_and(|e| e.action == super::verify::TIMESTAMP_REQUESTED);
    flow.paragraph(
        Style::BODY,
        &labels.get(if stamped {
            "verify-this-timestamped"
        } else {
            "verify-this-not-timestamped"
        }),
    );
}
