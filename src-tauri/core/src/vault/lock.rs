//! One process per case (an OS file lock held while the case is open) and the
//! idle auto-lock, measured on the wall clock so time asleep counts.

use std::fs::{File, OpenOptions};
use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::{CoreError, CoreResult, ErrorKind};

const LOCK_FILE: &str = "case.lock";

/// How long a held lock is waited for before the case counts as open elsewhere.
const BRIEF_HOLD: Duration = Duration::from_millis(500);

/// Holds the case's lock file; the OS releases it when the process ends,
/// even after a crash or SIGKILL.
#[derive(Debug)]
pub(crate) struct CaseLock {
    _file: File,
}

impl CaseLock {
    pub(crate) fn acquire(case_dir: &Path) -> CoreResult<Self> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(case_dir.join(LOCK_FILE))?;
        // The lock can be held for a moment by what is not another Reclaim:
        // a child process between fork and exec keeps a copy of the open
        // file until exec closes it. Such a hold ends within milliseconds;
        // another program holding the case does not.
        let deadline = std::time::Instant::now() + BRIEF_HOLD;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Self { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(25));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(CoreError::new(
                        ErrorKind::Busy,
                        "this case is open in another Reclaim window or program",
                    ))
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(e.into()),
            }
        }
    }
}

/// Idle auto-lock on wall-clock time.
#[derive(Debug, Clone)]
pub struct IdleTimer {
    timeout: Option<Duration>,
    last_activity: SystemTime,
}

impl IdleTimer {
    pub fn new(timeout: Option<Duration>) -> Self {
        Self {
            timeout,
            last_activity: SystemTime::now(),
        }
    }

    /// Something happened: restart the count.
    pub fn touch(&mut self) {
        self.last_activity = SystemTime::now();
    }

    pub fn set_timeout(&mut self, timeout: Option<Duration>) {
        self.timeout = timeout;
    }

    /// Time left before the auto-lock at `now`; `None` if auto-lock is off.
    /// A clock set backwards counts as activity, never as "more time left"
    /// beyond the full timeout.
    pub fn remaining_at(&self, now: SystemTime) -> Option<Duration> {
        let timeout = self.timeout?;
        let idle = now
            .duration_since(self.last_activity)
            .unwrap_or(Duration::ZERO);
        Some(timeout.saturating_sub(idle))
    }

    /// True when the case should lock now.
    pub fn expired_at(&self, now: SystemTime) -> bool {
        self.remaining_at(now) == Some(Duration::ZERO)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vault_idle_timer_counts_wall_clock_time() {
        let mut t = IdleTimer::new(Some(Duration::from_secs(300)));
        let start = t.last_activity;
        assert!(!t.expired_at(start + Duration::from_secs(299)));
        assert_eq!(
            t.remaining_at(start + Duration::from_secs(280)),
            Some(Duration::from_secs(20))
        );
        // A laptop asleep for an hour: the wall clock moved, so the case locks.
        assert!(t.expired_at(start + Duration::from_secs(3600)));
        t.touch();
        assert!(!t.expired_at(t.last_activity + Duration::from_secs(10)));
        t.set_timeout(None);
        assert!(!t.expired_at(start + Duration::from_secs(1_000_000)));
    }

    #[test]
    fn vault_case_lock_is_exclusive_and_released_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let first = CaseLock::acquire(dir.path()).unwrap();
        let second = CaseLock::acquire(dir.path()).unwrap_err();
        assert_eq!(second.kind, ErrorKind::Busy);
        drop(first);
        CaseLock::acquire(dir.path()).unwrap();
    }
}
