//! The custody log: append-only, each entry chained to the one before by its
//! SHA-256 (security.md §4.2). One type for the case's log (in the vault) and
//! the exported log (`custody.jsonl` in a bundle): they form one chain.
//!
//! `hash` = lower-case hex SHA-256 of the bytes `reclaim-custody-v1` followed,
//! for each field `seq` (decimal), `at`, `action`, `subject`, `details`,
//! `prev_hash` in that order, by the field's length in bytes as an 8-byte
//! big-endian number and then its UTF-8 bytes. The first entry's `prev_hash`
//! is 64 zeros ([`CUSTODY_GENESIS`]).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

/// `prev_hash` of the first entry.
pub const CUSTODY_GENESIS: &str =
    "0000000000000000000000000000000000000000000000000000000000000000";

/// One event in a case's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct CustodyEntry {
    /// 1, 2, 3… without gaps.
    #[ts(type = "number")]
    pub seq: i64,
    /// When, as RFC 3339 in UTC (`2026-11-23T16:32:32Z`).
    pub at: String,
    /// What happened: `case_created`, `url_added`, `evidence_added`, `exported`…
    pub action: String,
    /// What it happened to (`evidence:3`, `url:1`, `case`).
    pub subject: String,
    /// The facts of the action (JSON text, e.g. the evidence's SHA-256).
    pub details: String,
    pub prev_hash: String,
    pub hash: String,
}

/// The entry hash: SHA-256 over the fields, each length-prefixed so no two
/// different entries serialise the same way.
pub fn entry_hash(
    seq: i64,
    at: &str,
    action: &str,
    subject: &str,
    details: &str,
    prev_hash: &str,
) -> String {
    let mut h = Sha256::new();
    h.update(b"reclaim-custody-v1");
    for field in [
        seq.to_string().as_str(),
        at,
        action,
        subject,
        details,
        prev_hash,
    ] {
        h.update((field.len() as u64).to_be_bytes());
        h.update(field.as_bytes());
    }
    hex::encode(h.finalize())
}

impl CustodyEntry {
    /// A new entry chained after `prev` (or first in the log when `None`).
    pub fn append(
        prev: Option<&CustodyEntry>,
        at: &str,
        action: &str,
        subject: &str,
        details: &str,
    ) -> Self {
        Self::chained(
            prev.map_or(1, |p| p.seq + 1),
            at,
            action,
            subject,
            details,
            prev.map_or(CUSTODY_GENESIS, |p| p.hash.as_str()),
        )
    }

    /// The entry with sequence number `seq` after the entry whose hash is `prev_hash`.
    pub fn chained(
        seq: i64,
        at: &str,
        action: &str,
        subject: &str,
        details: &str,
        prev_hash: &str,
    ) -> Self {
        let mut entry = CustodyEntry {
            seq,
            at: at.to_owned(),
            action: action.to_owned(),
            subject: subject.to_owned(),
            details: details.to_owned(),
            prev_hash: prev_hash.to_owned(),
            hash: String::new(),
        };
        entry.hash = entry.compute_hash();
        entry
    }

    /// The SHA-256 this entry should carry.
    pub fn compute_hash(&self) -> String {
        entry_hash(
            self.seq,
            &self.at,
            &self.action,
            &self.subject,
            &self.details,
            &self.prev_hash,
        )
    }
}

/// A break in the chain, naming the entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainBreak {
    /// 1-based position in the log (line number in `custody.jsonl`).
    pub position: usize,
    pub message: String,
}

impl std::fmt::Display for ChainBreak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Checks every link of the chain (sequence 1, 2, 3…, every hash recomputed,
/// every entry linked to the one before); an empty result means it is intact.
pub fn verify_chain(entries: &[CustodyEntry]) -> Vec<ChainBreak> {
    let mut breaks = Vec::new();
    let mut prev_hash = CUSTODY_GENESIS.to_owned();
    for (index, entry) in entries.iter().enumerate() {
        let position = index + 1;
        if entry.seq != position as i64 {
            breaks.push(ChainBreak {
                position,
                message: format!("entry {position} has sequence number {}", entry.seq),
            });
        }
        if entry.prev_hash != prev_hash {
            breaks.push(ChainBreak {
                position,
                message: format!(
                    "entry {position} does not point to the entry before it (an entry was changed, removed or inserted)"
                ),
            });
        }
        if entry.hash != entry.compute_hash() {
            breaks.push(ChainBreak {
                position,
                message: format!("entry {position} was changed after it was written"),
            });
        }
        prev_hash = entry.hash.clone();
    }
    breaks
}

/// Serialises the log as JSON lines.
pub fn to_jsonl(entries: &[CustodyEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for entry in entries {
        out.extend(serde_json::to_vec(entry).expect("custody entry serialises"));
        out.push(b'\n');
    }
    out
}

/// Parses `custody.jsonl`; a line that is not an entry is a break at that line.
pub fn from_jsonl(text: &str) -> Result<Vec<CustodyEntry>, ChainBreak> {
    let mut entries = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let entry = serde_json::from_str(line).map_err(|err| ChainBreak {
            position: index + 1,
            message: format!("line {} is not a custody entry: {err}", index + 1),
        })?;
        entries.push(entry);
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    fn log() -> Vec<CustodyEntry> {
        let a = CustodyEntry::append(None, "2026-01-02T10:00:00Z", "captured", "url:1", "x");
        let b = CustodyEntry::append(Some(&a), "2026-01-02T10:05:00Z", "imported", "ev:1", "y");
        let c = CustodyEntry::append(Some(&b), "2026-01-03T09:00:00Z", "exported", "case", "z");
        vec![a, b, c]
    }

    #[test]
    fn an_untouched_log_verifies_and_round_trips() {
        let entries = log();
        assert!(verify_chain(&entries).is_empty());
        let text = String::from_utf8(to_jsonl(&entries)).unwrap();
        assert_eq!(from_jsonl(&text).unwrap(), entries);
        assert_eq!(entries[0].prev_hash, CUSTODY_GENESIS);
    }

    #[test]
    fn the_hash_follows_the_documented_layout() {
        let entry = &log()[0];
        let mut bytes = b"reclaim-custody-v1".to_vec();
        for field in [
            "1",
            "2026-01-02T10:00:00Z",
            "captured",
            "url:1",
            "x",
            CUSTODY_GENESIS,
        ] {
            bytes.extend((field.len() as u64).to_be_bytes());
            bytes.extend(field.as_bytes());
        }
        assert_eq!(entry.hash, hex::encode(Sha256::digest(&bytes)));
    }

    #[test]
    fn moving_text_between_fields_changes_the_hash() {
        let a = CustodyEntry::append(None, "t", "ab", "c", "");
        let b = CustodyEntry::append(None, "t", "a", "bc", "");
        assert_ne!(a.hash, b.hash);
    }

    #[test]
    fn an_edited_detail_is_named() {
        let mut entries = log();
        entries[1].details = "other".into();
        let breaks = verify_chain(&entries);
        assert_eq!(breaks.len(), 1);
        assert_eq!(breaks[0].position, 2);
    }

    #[test]
    fn a_removed_entry_breaks_the_chain() {
        let mut entries = log();
        entries.remove(1);
        let breaks = verify_chain(&entries);
        assert!(breaks.iter().any(|b| b.position == 2));
    }

    #[test]
    fn a_rewritten_entry_with_a_fresh_hash_breaks_the_next_link() {
        let mut entries = log();
        entries[0].details = "forged".into();
        entries[0].hash = entries[0].compute_hash();
        let breaks = verify_chain(&entries);
        assert_eq!(breaks.len(), 1);
        assert_eq!(breaks[0].position, 2);
    }
}
