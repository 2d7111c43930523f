//! Case commands: the vault lives in `reclaim-core`; the shell only keeps the
//! one open case and hands arguments through. One case is open at a time.

use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use reclaim_core::vault::{
    CaseInfo, CaseSummary, CreateOptions, KdfStrength, KeyringStatus, NewCase, OpenCase,
    PassphraseStrength, Unlock, UnlockReport, Vault,
};
use reclaim_core::{CoreError, ErrorKind};
use secrecy::SecretString;
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};
use ts_rs::TS;

use crate::error::AppResult;

/// Where cases are kept: the app's data folder, or `RECLAIM_DATA_DIR` (tests,
/// or a counsellor who keeps cases on an encrypted drive).
pub fn data_dir<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<PathBuf> {
    match std::env::var_os("RECLAIM_DATA_DIR") {
        Some(dir) => Ok(PathBuf::from(dir)),
        None => app.path().app_data_dir(),
    }
}

/// The vault (found on first use, once the app knows its data folder) and the
/// case open in this window, if any.
#[derive(Default)]
pub struct Cases {
    vault: OnceLock<Vault>,
    open: Mutex<Option<OpenCase>>,
    /// Counts locks and case switches, so long work started on one case can
    /// stop when it is locked (quick exit) or another is opened.
    locks: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// A quick exit asked for a lock that long work still holds the case
    /// against: nothing may use the case any more, and the first to get hold
    /// of it locks it.
    lock_pending: std::sync::atomic::AtomicBool,
}

impl Cases {
    pub(crate) fn vault<R: Runtime>(&self, app: &AppHandle<R>) -> AppResult<&Vault> {
        if let Some(vault) = self.vault.get() {
            return Ok(vault);
        }
        let vault = Vault::new(&data_dir(app)?);
        Ok(self.vault.get_or_init(|| vault))
    }

    fn open_slot(&self) -> std::sync::MutexGuard<'_, Option<OpenCase>> {
        // A panic while a case was open must not leave it unlockable forever.
        let mut slot = self
            .open
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if self
            .lock_pending
            .swap(false, std::sync::atomic::Ordering::SeqCst)
        {
            if let Some(case) = slot.take() {
                case.lock();
            }
        }
        slot
    }

    /// Locks the open case, if any: closes its database and zeroes its keys.
    /// Waits for work that holds the case; see [`Cases::request_lock`].
    pub fn lock(&self) {
        self.locks.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        if let Some(case) = self.open_slot().take() {
            case.lock();
        }
    }

    /// Asks for a lock without waiting: long work watching the lock count
    /// stops, and whoever next gets hold of the case (the lock that follows,
    /// or any command) locks it instead of using it.
    pub fn request_lock(&self) {
        self.lock_pending
            .store(true, std::sync::atomic::Ordering::SeqCst);
        self.locks.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    /// Runs `action` on the open case; `Locked` when none is open.
    pub fn with_open<T>(
        &self,
        action: impl FnOnce(&mut OpenCase) -> reclaim_core::CoreResult<T>,
    ) -> AppResult<T> {
        let mut slot = self.open_slot();
        let case = slot.as_mut().ok_or_else(locked)?;
        case.touch();
        Ok(action(case)?)
    }

    /// Time left before the open case locks itself; `None` when no case is
    /// open or auto-lock is off.
    pub fn idle_remaining(&self) -> Option<std::time::Duration> {
        self.open_slot()
            .as_ref()
            .and_then(|case| case.idle_remaining())
    }

    /// Cases kept in `vault` (tests: a vault with a short idle timeout).
    #[cfg(test)]
    pub fn with_vault(vault: Vault) -> Self {
        let cases = Self::default();
        let _ = cases.vault.set(vault);
        cases
    }

    /// How many times a case was locked or replaced so far.
    pub fn lock_count(&self) -> u64 {
        self.locks.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The counter behind [`Cases::lock_count`], for worker threads.
    pub fn lock_counter(&self) -> std::sync::Arc<std::sync::atomic::AtomicU64> {
        self.locks.clone()
    }

    /// For long work on the open case (export, hand-over): true from the
    /// moment a lock, a quick exit or a case switch is asked for, so the work
    /// stops and the case can be locked at once.
    pub fn lock_watch(&self) -> impl Fn() -> bool + Send + Sync + 'static {
        let counter = self.lock_counter();
        let before = counter.load(std::sync::atomic::Ordering::SeqCst);
        move || counter.load(std::sync::atomic::Ordering::SeqCst) != before
    }

    /// Makes `case` the open case, unless a lock or a quick exit was asked
    /// for while it was being opened (`since`, from [`Cases::lock_watch`]
    /// taken before): then it is locked at once and `Locked` returned, so a
    /// quick exit during a slow unlock never leaves the case open behind it.
    pub(crate) fn open_unless_locked_since(
        &self,
        case: OpenCase,
        since: impl Fn() -> bool,
    ) -> AppResult<()> {
        if since() {
            case.lock();
            return Err(locked().into());
        }
        self.replace_open(case);
        Ok(())
    }

    pub(crate) fn replace_open(&self, case: OpenCase) {
        self.locks.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let mut slot = self.open_slot();
        if let Some(previous) = slot.take() {
            previous.lock();
        }
        *slot = Some(case);
    }
}

/// What the case screen shows before anything is unlocked.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct VaultOverview {
    pub keyring: KeyringStatus,
    /// Cases on this computer, by opaque code only.
    pub cases: Vec<CaseSummary>,
    /// The code of the open case, if one is open.
    pub open_case: Option<String>,
    /// The shortest passphrase the vault accepts.
    pub min_passphrase_chars: u32,
}

fn secret(text: Option<String>) -> Option<SecretString> {
    text.filter(|t| !t.is_empty()).map(SecretString::from)
}

/// Runs `work` on a worker thread. A command that is not `async` runs on the
/// window's main thread: a key derivation (a second or more, by design) or a
/// slow answer from the Secret Service there freezes the window, and quick
/// exit would wait for it.
pub(crate) async fn off_main_thread<R: Runtime, T: Send + 'static>(
    app: AppHandle<R>,
    work: impl FnOnce(&AppHandle<R>, &Cases) -> AppResult<T> + Send + 'static,
) -> AppResult<T> {
    tauri::async_runtime::spawn_blocking(move || work(&app, &app.state::<Cases>()))
        .await
        .map_err(|e| CoreError::internal(e.to_string()))?
}

#[tauri::command]
pub async fn vault_overview<R: Runtime>(app: AppHandle<R>) -> AppResult<VaultOverview> {
    off_main_thread(app, |app, cases| {
        let vault = cases.vault(app)?;
        let open_case = cases.open_slot().as_ref().map(|c| c.code().to_owned());
        Ok(VaultOverview {
            keyring: vault.keyring_status(),
            cases: vault.list_cases()?,
            open_case,
            min_passphrase_chars: reclaim_core::vault::MIN_PASSPHRASE_CHARS as u32,
        })
    })
    .await
}

/// How hard the passphrase being chosen would be to guess, for the hint under
/// the field. `known_words`: what the form already holds (label, name, e-mail).
/// Computed here; nothing leaves the device.
#[tauri::command]
pub fn rate_passphrase(passphrase: String, known_words: Vec<String>) -> PassphraseStrength {
    let passphrase = SecretString::from(passphrase);
    let known: Vec<&str> = known_words.iter().map(String::as_str).collect();
    reclaim_core::vault::rate_passphrase(&passphrase, &known)
}

/// Creates a case and opens it. A passphrase is required when the keyring is
/// not used or not usable (checked by the vault).
#[tauri::command]
pub async fn create_case<R: Runtime>(
    app: AppHandle<R>,
    case: NewCase,
    passphrase: Option<String>,
    use_keyring: bool,
) -> AppResult<CaseInfo> {
    let options = CreateOptions {
        passphrase: secret(passphrase),
        use_keyring,
        kdf: KdfStrength::Calibrated,
    };
    off_main_thread(app, move |app, cases| {
        let quick_exit_since = cases.lock_watch();
        let opened = cases.vault(app)?.create_case(&case, options)?;
        let info = opened.info()?;
        cases.open_unless_locked_since(opened, quick_exit_since)?;
        crate::workspace::note_open_case(app, true);
        Ok(info)
    })
    .await
}

/// Opens a case with its passphrase, or with this computer's keyring when no
/// passphrase is given.
#[tauri::command]
pub async fn unlock_case<R: Runtime>(
    app: AppHandle<R>,
    code: String,
    passphrase: Option<String>,
) -> AppResult<UnlockReport> {
    let unlock = match secret(passphrase) {
        Some(passphrase) => Unlock::Passphrase(passphrase),
        None => Unlock::Keyring,
    };
    off_main_thread(app, move |app, cases| {
        let quick_exit_since = cases.lock_watch();
        let (opened, report) = cases.vault(app)?.open_case(&code, unlock)?;
        cases.open_unless_locked_since(opened, quick_exit_since)?;
        crate::workspace::note_open_case(app, true);
        Ok(report)
    })
    .await
}

/// The open case, for the screens that show it.
#[tauri::command]
pub fn current_case(cases: State<'_, Cases>) -> AppResult<CaseInfo> {
    cases.with_open(|case| case.info())
}

/// Keeps what is happening (the answer to "What is happening?") in the open
/// case; the change is in its custody log. A child's photos remove every
/// stored picture (see `OpenCase::set_situations`).
#[tauri::command]
pub fn set_situations(
    cases: State<'_, Cases>,
    situations: Vec<reclaim_core::model::Situation>,
) -> AppResult<CaseInfo> {
    cases.with_open(|case| case.set_situations(&situations))
}

/// The steps of a case where `situations` apply (`minor`: about images taken
/// before 18), as the core's flow defines them; needs no open case, so the path
/// overview can show them before the case exists.
#[tauri::command]
pub fn case_steps(
    situations: Vec<reclaim_core::model::Situation>,
    minor: bool,
) -> Vec<reclaim_core::app::Step> {
    reclaim_core::app::flow::case_steps(&situations, minor)
}

/// "Lock now": the open case is closed and its keys zeroed (its entry in
/// the counsellor's list, if she keeps one, is brought up to date first).
#[tauri::command]
pub fn lock_case<R: Runtime>(
    app: AppHandle<R>,
    cases: State<'_, Cases>,
    picks: State<'_, crate::picker::PickedPaths>,
) {
    crate::workspace::note_open_case(&app, false);
    cases.lock();
    picks.forget();
}

/// Used when no case is open.
pub fn locked() -> CoreError {
    CoreError::new(ErrorKind::Locked, "no case is open")
}
