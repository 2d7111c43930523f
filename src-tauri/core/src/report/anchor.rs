//! Anchoring records in time when they are made (issue 19 item 2).
//!
//! When the person asked for it (a case setting, off by default), each time
//! something is recorded the custody chain's head is time-stamped by an
//! RFC 3161 authority: one request covers every entry since the last one.
//! Only that entry's hash (a SHA-256) leaves the device, through the network
//! guard and her optional proxy; the reply is checked (it covers this hash,
//! answers this request, carries a valid time-stamping signature) before the
//! case keeps it. The token then travels in the custody log itself, so every
//! export carries it and `verify` can say, for each record, the earliest
//! time-stamp that covers it ([`super::verify`]).

use serde::{Deserialize, Serialize};

use super::tsa;
use crate::error::{CoreError, CoreResult, ErrorKind};
use crate::model::timestamp::format_utc as rfc3339_utc;
use crate::net::Net;
use crate::vault::{CustodyAnchor, OpenCase};

const AUTHORITIES_TOML: &str = include_str!("../../data/time_stamp_authorities.toml");

/// A time-stamp authority Reclaim offers, with where its address comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TimeStampAuthority {
    pub id: String,
    pub name: String,
    pub url: String,
    /// True when the operator says it is free; `None` when it does not say.
    #[serde(default)]
    pub free: Option<bool>,
    /// False when the address comes only from third-party lists.
    pub verified: bool,
    pub source: String,
    pub checked: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Deserialize)]
struct AuthorityList {
    authority: Vec<TimeStampAuthority>,
}

/// The authorities Reclaim offers (at least two independent ones).
pub fn time_stamp_authorities() -> Vec<TimeStampAuthority> {
    toml::from_str::<AuthorityList>(AUTHORITIES_TOML)
        .map(|l| l.authority)
        .unwrap_or_default()
}

/// The authority named `id_or_url` in the list, or a custom one when it is
/// an address.
pub fn authority(id_or_url: &str) -> CoreResult<TimeStampAuthority> {
    if let Some(found) = time_stamp_authorities()
        .into_iter()
        .find(|a| a.id == id_or_url)
    {
        return Ok(found);
    }
    if id_or_url.starts_with("https://") || id_or_url.starts_with("http://") {
        return Ok(TimeStampAuthority {
            id: "custom".into(),
            name: id_or_url.into(),
            url: id_or_url.into(),
            free: None,
            verified: false,
            source: "chosen by the person".into(),
            checked: String::new(),
            note: None,
        });
    }
    Err(CoreError::invalid_input(format!(
        "no time-stamp authority is called {id_or_url}; give one of {} or an address",
        time_stamp_authorities()
            .iter()
            .map(|a| a.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )))
}

/// A time-stamp to ask for: the custody entry it covers and where to send
/// its hash. Made from an open case, asked for without it (the app does not
/// hold the case while it waits for the network), then kept in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnchorJob {
    pub custody_seq: i64,
    pub custody_hash: String,
    pub tsa_url: String,
}

/// The authority's checked reply to an [`AnchorJob`].
pub struct AnchorReply {
    token: Vec<u8>,
    tsa: String,
    gen_time: String,
}

/// The job that time-stamps the case's newest custody entry with the
/// authority at `tsa_url`; `None` when every record is covered already.
pub fn anchor_job(case: &OpenCase, tsa_url: &str) -> CoreResult<Option<AnchorJob>> {
    Ok(case.custody_head_to_anchor()?.map(|head| AnchorJob {
        custody_seq: head.seq,
        custody_hash: head.hash,
        tsa_url: tsa_url.to_owned(),
    }))
}

/// [`anchor_job`] with the authority the person chose, only when she turned
/// time-stamping on for this case (`None` otherwise: nothing is sent).
pub fn anchor_job_if_asked(case: &OpenCase) -> CoreResult<Option<AnchorJob>> {
    match case.time_stamping()? {
        Some(choice) => anchor_job(case, &choice.tsa_url),
        None => Ok(None),
    }
}

/// Sends the job's hash (and nothing else) to the authority and checks the
/// reply (signer leading to `roots` when any are given).
pub async fn ask_for_anchor(
    net: &Net,
    job: &AnchorJob,
    roots: &[Vec<u8>],
) -> CoreResult<AnchorReply> {
    let digest: [u8; 32] = hex::decode(&job.custody_hash)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| CoreError::new(ErrorKind::Corrupt, "a custody entry's hash is damaged"))?;
    let (token, checked) = tsa::request_token(net, &job.tsa_url, &digest, roots).await?;
    Ok(AnchorReply {
        token,
        tsa: checked.tsa_name.clone(),
        gen_time: rfc3339_utc(checked.gen_time),
    })
}

/// Keeps the authority's reply in the case.
pub fn keep_anchor(
    case: &mut OpenCase,
    job: &AnchorJob,
    reply: AnchorReply,
) -> CoreResult<CustodyAnchor> {
    case.add_custody_anchor(&CustodyAnchor {
        id: 0,
        custody_seq: job.custody_seq,
        custody_hash: job.custody_hash.clone(),
        tsa: reply.tsa,
        tsa_url: job.tsa_url.clone(),
        gen_time: reply.gen_time,
        token: reply.token,
    })
}

/// Time-stamps the case's custody head now with the authority at `tsa_url`
/// (roots: what the reply's signer must lead to, when any are given).
/// `None` when every record is covered already.
pub async fn anchor_custody(
    case: &mut OpenCase,
    net: &Net,
    tsa_url: &str,
    roots: &[Vec<u8>],
) -> CoreResult<Option<CustodyAnchor>> {
    let Some(job) = anchor_job(case, tsa_url)? else {
        return Ok(None);
    };
    let reply = ask_for_anchor(net, &job, roots).await?;
    keep_anchor(case, &job, reply).map(Some)
}

/// After something was recorded: time-stamps the head when the person
/// turned time-stamping on for this case; does nothing otherwise. A failure
/// (offline, authority down) loses nothing: the next record's time-stamp
/// covers this one too.
pub async fn anchor_if_asked(case: &mut OpenCase, net: &Net) -> CoreResult<Option<CustodyAnchor>> {
    let Some(job) = anchor_job_if_asked(case)? else {
        return Ok(None);
    };
    let reply = ask_for_anchor(net, &job, &[]).await?;
    keep_anchor(case, &job, reply).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_least_two_independent_authorities_are_offered_with_their_sources() {
        let list = time_stamp_authorities();
        let verified: Vec<_> = list.iter().filter(|a| a.verified).collect();
        assert!(verified.len() >= 2, "{list:?}");
        for a in &list {
            assert!(a.url.starts_with("http"), "{a:?}");
            assert!(!a.source.is_empty() && a.checked == "2026-11-29", "{a:?}");
        }
        assert!(list.iter().any(|a| a.free == Some(true) && a.verified));
        assert_eq!(
            authority("sectigo").unwrap().url,
            "http://timestamp.sectigo.com"
        );
        assert_eq!(authority("https://tsa.example/").unwrap().id, "custom");
        assert!(authority("nobody").is_err());
    }
}
