//! Unlock bookkeeping kept next to the case in plain JSON (`unlock.json`):
//! when it was last opened, wrong passphrases since, and the back-off.
//!
//! It must be readable while the case is locked, so it is not encrypted; it
//! holds only times and a counter. Someone able to edit it can reset the
//! back-off, but each guess still costs a full Argon2id run. The time of each
//! open is mirrored inside the encrypted case (table `unlock_record`): when
//! the file is missing or disagrees with the mirror, the next open says so.

use std::path::Path;

use serde::{Deserialize, Serialize};

use rusqlite::{params, Connection, OptionalExtension};

use super::fsutil::{now_utc, unix_now, write_atomic};
use super::model::UnlockRecordWarning;
use crate::CoreResult;

const STATE_FILE: &str = "unlock.json";
/// Wrong tries allowed before waiting starts.
const FREE_TRIES: u32 = 3;
/// Longest wait between tries.
const MAX_WAIT_SECS: u64 = 300;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct UnlockState {
    pub last_opened_at: Option<String>,
    pub failed_attempts: u32,
    /// Unix seconds of the last wrong try.
    pub last_failed_unix: Option<i64>,
}

impl UnlockState {
    pub(crate) fn load(case_dir: &Path) -> Self {
        std::fs::read(case_dir.join(STATE_FILE))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    fn save(&self, case_dir: &Path) -> CoreResult<()> {
        let bytes =
            serde_json::to_vec(self).map_err(|e| crate::CoreError::internal(e.to_string()))?;
        write_atomic(&case_dir.join(STATE_FILE), &bytes)?;
        Ok(())
    }

    /// Seconds to wait before the next try: none for the first three wrong
    /// tries, then 1, 2, 4, … up to five minutes, counted on the wall clock.
    pub(crate) fn retry_after_secs(&self, now_unix: i64) -> u64 {
        let Some(last) = self.last_failed_unix else {
            return 0;
        };
        if last > now_unix {
            // A wrong try "in the future" (clock set back, edited file) has
            // expired: otherwise the person would be locked out until then.
            return 0;
        }
        let wait = backoff_secs(self.failed_attempts);
        let elapsed = now_unix.saturating_sub(last) as u64;
        wait.saturating_sub(elapsed)
    }

    pub(crate) fn record_failure(case_dir: &Path) -> CoreResult<()> {
        let mut state = Self::load(case_dir);
        state.failed_attempts = state.failed_attempts.saturating_add(1);
        state.last_failed_unix = Some(unix_now());
        state.save(case_dir)
    }

    /// True when `unlock.json` is there (it is written at creation).
    pub(crate) fn exists(case_dir: &Path) -> bool {
        case_dir.join(STATE_FILE).is_file()
    }

    /// Records a successful unlock; returns the state as it was before and
    /// the time recorded now.
    pub(crate) fn record_success(case_dir: &Path) -> CoreResult<(Self, String)> {
        let before = Self::load(case_dir);
        let now = now_utc();
        let after = UnlockState {
            last_opened_at: Some(now.clone()),
            failed_attempts: 0,
            last_failed_unix: None,
        };
        after.save(case_dir)?;
        Ok((before, now))
    }
}

/// Compares `unlock.json` as it was before this open (`before`; `existed`:
/// whether the file was there) with the mirror inside the case.
pub(crate) fn compare_mirror(
    conn: &Connection,
    existed: bool,
    before: &UnlockState,
) -> CoreResult<Option<UnlockRecordWarning>> {
    let mirrored: Option<String> = conn
        .query_row(
            "SELECT last_opened_at FROM unlock_record WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let Some(last_opened_at) = mirrored else {
        return Ok(None);
    };
    Ok(if !existed {
        Some(UnlockRecordWarning::Removed { last_opened_at })
    } else if before.last_opened_at.as_deref() != Some(last_opened_at.as_str()) {
        Some(UnlockRecordWarning::Changed { last_opened_at })
    } else {
        None
    })
}

/// Writes this open into the mirror inside the case.
pub(crate) fn write_mirror(
    conn: &Connection,
    opened_at: &str,
    failed_attempts: u32,
) -> CoreResult<()> {
    conn.execute(
        "INSERT INTO unlock_record (id, last_opened_at, failed_attempts) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET last_opened_at = ?1, failed_attempts = ?2",
        params![opened_at, failed_attempts],
    )?;
    Ok(())
}

pub(crate) fn backoff_secs(failed_attempts: u32) -> u64 {
    if failed_attempts < FREE_TRIES {
        return 0;
    }
    let exp = (failed_attempts - FREE_TRIES).min(16);
    (1u64 << exp).min(MAX_WAIT_SECS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vault_backoff_grows_then_caps() {
        assert_eq!(backoff_secs(0), 0);
        assert_eq!(backoff_secs(2), 0);
        assert_eq!(backoff_secs(3), 1);
        assert_eq!(backoff_secs(4), 2);
        assert_eq!(backoff_secs(6), 8);
        assert_eq!(backoff_secs(40), MAX_WAIT_SECS);
    }

    #[test]
    fn vault_backoff_counts_down_on_the_wall_clock() {
        let state = UnlockState {
            last_opened_at: None,
            failed_attempts: 5,
            last_failed_unix: Some(1_000),
        };
        assert_eq!(state.retry_after_secs(1_000), 4);
        assert_eq!(state.retry_after_secs(1_003), 1);
        assert_eq!(state.retry_after_secs(1_010), 0);
    }

    /// A clock that was set back (or an edited file) must not lock the person
    /// out until some future date: a wrong try "in the future" counts as expired.
    #[test]
    fn vault_backoff_from_a_future_time_counts_as_expired() {
        let state = UnlockState {
            last_opened_at: None,
            failed_attempts: 40,
            last_failed_unix: Some(1_000_000),
        };
        assert_eq!(state.retry_after_secs(1_000), 0);
        assert_eq!(state.retry_after_secs(999_999), 0);
        assert_eq!(state.retry_after_secs(1_000_000), MAX_WAIT_SECS);
    }
}
