//! The time-stamps of the custody log (issue 19 item 2): each
//! `custody_time_stamped` entry carries an authority's reply over the hash of
//! an earlier entry. Each is checked like `manifest.tsr` (signature, signer,
//! roots), and must cover the very entry it names; then every record gets
//! the earliest valid time-stamp that covers it.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::{problem, BundleProblem, BundleProblemKind};
use crate::model::timestamp::format_utc;
use crate::report::custody::CustodyEntry;
use crate::report::manifest::CUSTODY_LOG;
use crate::report::token::{self, TokenError};
use crate::vault::CUSTODY_TIME_STAMPED;

/// A token in the custody log larger than this is refused (hostile bundle).
const MAX_TOKEN_HEX: usize = 512 << 10;

/// One record of the custody log and the earliest time-stamp covering it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct RecordTimeStamp {
    #[ts(type = "number")]
    pub seq: i64,
    pub action: String,
    pub subject: String,
    /// When the device recorded it (its own clock).
    pub recorded_at: String,
    /// When an authority first vouched that it existed, RFC 3339 UTC; `null`
    /// when no valid time-stamp covers it.
    pub time_stamped_at: Option<String>,
    /// That authority, as its certificate names it.
    pub tsa: Option<String>,
}

/// What one `custody_time_stamped` entry claims.
#[derive(Deserialize)]
struct Claim {
    covers_seq: i64,
    covers_hash: String,
    token: String,
}

/// A time-stamp that checked out: the last entry it covers, when, by whom.
struct Valid {
    covers_seq: i64,
    time: OffsetDateTime,
    tsa: String,
}

/// Checks every time-stamp in `entries` and gives each record (time-stamp
/// entries excepted) its earliest covering time. Empty when the log holds
/// no time-stamp at all.
pub(super) fn check(
    entries: &[CustodyEntry],
    roots: &[Vec<u8>],
    problems: &mut Vec<BundleProblem>,
) -> Vec<RecordTimeStamp> {
    let mut valid = Vec::new();
    let mut any = false;
    for entry in entries.iter().filter(|e| e.action == CUSTODY_TIME_STAMPED) {
        any = true;
        match check_one(entry, entries, roots) {
            Ok((stamp, trouble)) => {
                problems.extend(trouble);
                valid.push(stamp);
            }
            Err(trouble) => problems.push(trouble),
        }
    }
    if !any {
        return Vec::new();
    }
    entries
        .iter()
        .filter(|e| e.action != CUSTODY_TIME_STAMPED)
        .map(|e| {
            let first = valid
                .iter()
                .filter(|v| v.covers_seq >= e.seq)
                .min_by_key(|v| v.time);
            RecordTimeStamp {
                seq: e.seq,
                action: e.action.clone(),
                subject: e.subject.clone(),
                recorded_at: e.at.clone(),
                time_stamped_at: first.map(|v| format_utc(v.time)),
                tsa: first.map(|v| v.tsa.clone()),
            }
        })
        .collect()
}

/// One time-stamp entry: valid (with a problem when its signer does not lead
/// to a named root) or a problem.
fn check_one(
    entry: &CustodyEntry,
    entries: &[CustodyEntry],
    roots: &[Vec<u8>],
) -> Result<(Valid, Vec<BundleProblem>), BundleProblem> {
    let at = |kind, message: String| {
        problem(
            Some(CUSTODY_LOG),
            kind,
            format!("custody entry {}: {message}", entry.seq),
        )
    };
    let claim: Claim = serde_json::from_str(&entry.details).map_err(|e| {
        at(
            BundleProblemKind::TimestampInvalid,
            format!("the time-stamp cannot be read: {e}"),
        )
    })?;
    if claim.token.len() > MAX_TOKEN_HEX {
        return Err(at(
            BundleProblemKind::TimestampInvalid,
            "the time-stamp is too large".into(),
        ));
    }
    let bytes = hex::decode(&claim.token).map_err(|_| {
        at(
            BundleProblemKind::TimestampInvalid,
            "the time-stamp cannot be read".into(),
        )
    })?;
    let mut trouble = Vec::new();
    let checked = match token::check(&bytes, roots) {
        Ok(checked) => checked,
        Err(TokenError::NotAnchored(why)) => {
            trouble.push(at(
                BundleProblemKind::TimestampNotTrusted,
                format!("the time-stamp's signer does not lead to a root you named: {why}"),
            ));
            token::check(&bytes, &[])
                .map_err(|e| at(BundleProblemKind::TimestampInvalid, e.to_string()))?
        }
        Err(err @ (TokenError::BadSignature(_) | TokenError::SignerNotForTimeStamping(_))) => {
            return Err(at(
                BundleProblemKind::TimestampSignatureInvalid,
                format!("the time-stamp cannot be trusted: {err}"),
            ))
        }
        Err(err) => return Err(at(BundleProblemKind::TimestampInvalid, err.to_string())),
    };
    let covered = entries
        .iter()
        .find(|e| e.seq == claim.covers_seq && e.seq < entry.seq);
    let covers = covered.is_some_and(|c| c.hash == claim.covers_hash)
        && checked.imprint_algorithm == token::ID_SHA256
        && hex::decode(&claim.covers_hash).ok().as_deref() == Some(checked.imprint.as_slice());
    if !covers {
        return Err(at(
            BundleProblemKind::TimestampInvalid,
            format!(
                "the time-stamp does not cover custody entry {} as it is now: the log was changed after it was time-stamped",
                claim.covers_seq
            ),
        ));
    }
    Ok((
        Valid {
            covers_seq: claim.covers_seq,
            time: checked.gen_time,
            tsa: checked.tsa_name,
        },
        trouble,
    ))
}
