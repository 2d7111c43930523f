//! Auto-lock: an open case locks itself after a while without activity
//! (the vault's idle timer, on the wall clock so time asleep counts). A
//! minute before, the window is warned so the person can stay; when it locks,
//! the window is told so it can leave the case's screens.
//!
//! Events (to the main window): `auto-lock-warning` with [`AutoLockWarning`],
//! then `case-locked` with [`CaseLocked`]; `workspace-locked` when the
//! counsellor's list of cases locked (after the same idle time, or with the case).

use std::time::Duration;

use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use ts_rs::TS;

use crate::cases::Cases;
use crate::error::AppResult;

/// How long before locking the person is warned.
pub const WARN_BEFORE: Duration = Duration::from_secs(60);
/// How often the timer is looked at.
const TICK: Duration = Duration::from_secs(1);

pub const WARNING_EVENT: &str = "auto-lock-warning";
pub const LOCKED_EVENT: &str = "case-locked";
/// The counsellor's list of cases was locked (no payload).
pub const WORKSPACE_LOCKED_EVENT: &str = "workspace-locked";

/// "Your case locks in … seconds unless you stay."
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AutoLockWarning {
    pub seconds_left: u32,
}

/// Why the open case was locked without the person asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LockReason {
    Idle,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CaseLocked {
    pub reason: LockReason,
}

/// What one look at the idle timer found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleCheck {
    /// No case open, auto-lock off, or plenty of time left.
    Nothing,
    /// The case locks soon.
    Warn { seconds_left: u32 },
    /// The case was idle too long and has just been locked.
    Locked,
}

impl Cases {
    /// Locks the open case when its idle time is up; says whether to warn.
    pub fn idle_check(&self, warn_before: Duration) -> IdleCheck {
        let Some(remaining) = self.idle_remaining() else {
            return IdleCheck::Nothing;
        };
        if remaining.is_zero() {
            self.lock();
            IdleCheck::Locked
        } else if remaining <= warn_before {
            IdleCheck::Warn {
                seconds_left: remaining.as_secs_f64().ceil() as u32,
            }
        } else {
            IdleCheck::Nothing
        }
    }
}

/// Starts the timer thread for this app (one per app, for its lifetime).
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    let spawned = std::thread::Builder::new()
        .name("auto-lock".into())
        .spawn(move || loop {
            std::thread::sleep(TICK);
            let Some(cases) = app.try_state::<Cases>() else {
                continue;
            };
            // The counsellor's list locks with the case when she is away
            // from it, and after the same idle time when no case is open.
            let workspaces = app.try_state::<crate::workspace::Workspaces>();
            let check = cases.idle_check(WARN_BEFORE);
            if let Some(workspaces) = &workspaces {
                let list_locked = if check == IdleCheck::Locked {
                    workspaces.lock()
                } else if cases.idle_remaining().is_none() {
                    workspaces.lock_if_idle(std::time::SystemTime::now())
                } else {
                    false
                };
                if list_locked {
                    let _ = app.emit_to("main", WORKSPACE_LOCKED_EVENT, ());
                }
            }
            // A failed emit (window gone) changes nothing: the case is locked anyway.
            let _ = match check {
                IdleCheck::Nothing => Ok(()),
                IdleCheck::Warn { seconds_left } => {
                    app.emit_to("main", WARNING_EVENT, AutoLockWarning { seconds_left })
                }
                IdleCheck::Locked => app.emit_to(
                    "main",
                    LOCKED_EVENT,
                    CaseLocked {
                        reason: LockReason::Idle,
                    },
                ),
            };
        });
    if let Err(error) = spawned {
        // Without the thread the case still locks at quick exit and on "lock now".
        eprintln!("auto-lock timer not started: {error}");
    }
}

/// "Stay": the person is here, the idle timer starts again.
#[tauri::command]
pub fn keep_case_open(cases: State<'_, Cases>) -> AppResult<()> {
    cases.with_open(|_| Ok(()))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use reclaim_core::vault::{CreateOptions, KdfStrength, NewCase, Vault};

    use super::IdleCheck;
    use crate::cases::Cases;

    fn case_with_idle_timeout(timeout: Duration) -> (tempfile::TempDir, Cases) {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::new(dir.path()).with_idle_timeout(Some(timeout));
        let case = vault
            .create_case(
                &NewCase {
                    label: "idle".into(),
                    language: "en".into(),
                    contact_name: None,
                    contact_email: None,
                    country: Some("BE".into()),
                    minor: false,
                    situations: Vec::new(),
                },
                CreateOptions {
                    passphrase: Some("a long enough passphrase".to_owned().into()),
                    use_keyring: false,
                    kdf: KdfStrength::Floor,
                },
            )
            .unwrap();
        let cases = Cases::with_vault(vault);
        cases.replace_open(case);
        (dir, cases)
    }

    #[test]
    fn an_idle_case_is_warned_about_then_locked() {
        let (_dir, cases) = case_with_idle_timeout(Duration::from_secs(2));
        assert_eq!(
            cases.idle_check(Duration::from_secs(1)),
            IdleCheck::Nothing,
            "two seconds left, warning at one"
        );
        assert_eq!(
            cases.idle_check(Duration::from_secs(60)),
            IdleCheck::Warn { seconds_left: 2 }
        );
        std::thread::sleep(Duration::from_millis(2100));
        assert_eq!(cases.idle_check(Duration::from_secs(60)), IdleCheck::Locked);
        assert!(
            cases.with_open(|_| Ok(())).is_err(),
            "the case is locked: its keys are gone"
        );
        assert_eq!(
            cases.idle_check(Duration::from_secs(60)),
            IdleCheck::Nothing
        );
    }

    #[test]
    fn any_use_of_the_case_starts_the_idle_time_again() {
        let (_dir, cases) = case_with_idle_timeout(Duration::from_secs(2));
        std::thread::sleep(Duration::from_millis(1200));
        cases.with_open(|_| Ok(())).unwrap();
        std::thread::sleep(Duration::from_millis(1200));
        assert!(matches!(
            cases.idle_check(Duration::from_secs(60)),
            IdleCheck::Warn { .. }
        ));
        assert!(
            cases.with_open(|_| Ok(())).is_ok(),
            "still open after 2.4 s"
        );
    }
}
