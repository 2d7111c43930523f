//! All the cases under one data folder: where they live, listing them, and
//! what the unlock screen shows before anything is typed.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::fsutil;
use super::header::{self, KeyHeader};
use super::keyring::{self, KeyringConfig, KeyringStatus};
use super::model::{CaseSummary, UnlockInfo};
use super::parse_code;
use super::state::UnlockState;
use crate::{CoreError, CoreResult, ErrorKind};

/// Auto-lock after this much idle time unless the shell sets another (personal use).
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// All the cases under one data folder.
#[derive(Debug, Clone)]
pub struct Vault {
    pub(super) root: PathBuf,
    pub(super) keyring: Option<KeyringConfig>,
    pub(super) idle_timeout: Option<Duration>,
}

impl Vault {
    /// The vault under `data_dir`, using the OS keyring when it works.
    pub fn new(data_dir: &Path) -> Self {
        Self {
            root: data_dir.join("vault").join("v1"),
            keyring: Some(KeyringConfig::default()),
            idle_timeout: Some(DEFAULT_IDLE_TIMEOUT),
        }
    }

    /// The vault under `data_dir` that never touches the OS keyring
    /// (counsellor mode, `--passphrase-stdin`).
    pub fn without_keyring(data_dir: &Path) -> Self {
        Self {
            keyring: None,
            ..Self::new(data_dir)
        }
    }

    /// Uses another keyring entry (tests; one vault per OS user otherwise).
    pub fn with_keyring(mut self, config: KeyringConfig) -> Self {
        self.keyring = Some(config);
        self
    }

    /// Idle auto-lock for cases opened from now on (`None` = off).
    pub fn with_idle_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.idle_timeout = timeout;
        self
    }

    pub(super) fn cases_dir(&self) -> PathBuf {
        self.root.join("cases")
    }

    /// Where a counsellor's private list of her cases is kept, sealed under
    /// her own passphrase (see `sealed_file`; used by `app::workspace`).
    pub fn workspace_file(&self) -> PathBuf {
        self.root.join("workspace.sealed")
    }

    /// Whether the OS keyring works (write/read/delete round trip).
    pub fn keyring_status(&self) -> KeyringStatus {
        match &self.keyring {
            Some(config) => keyring::probe(config),
            None => KeyringStatus::Unavailable {
                reason: "the keyring is not used in this session".to_owned(),
            },
        }
    }

    pub(super) fn case_dir(&self, code: &str) -> CoreResult<PathBuf> {
        let code = parse_code(code)?;
        let dir = self.cases_dir().join(&code);
        if !dir.join(header::HEADER_FILE).exists() {
            return Err(CoreError::new(
                ErrorKind::NotFound,
                format!("no case {code} here"),
            ));
        }
        Ok(dir)
    }

    /// Every case, by opaque code (never by label), oldest first.
    pub fn list_cases(&self) -> CoreResult<Vec<CaseSummary>> {
        let mut out = Vec::new();
        let entries = match fs::read_dir(self.cases_dir()) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
            Err(e) => return Err(e.into()),
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(".staging-") {
                remove_stale_staging(&entry.path());
                continue;
            }
            if parse_code(&name).ok().as_deref() != Some(name.as_str()) {
                continue; // staging folders and strangers
            }
            let Ok(header) = KeyHeader::load(&entry.path()) else {
                continue;
            };
            let state = UnlockState::load(&entry.path());
            out.push(CaseSummary {
                code: header.code.clone(),
                created_at: header.created_at.clone(),
                slots: header.kinds(),
                last_opened_at: state.last_opened_at,
                failed_attempts: state.failed_attempts,
            });
        }
        out.sort_by(|a, b| (&a.created_at, &a.code).cmp(&(&b.created_at, &b.code)));
        Ok(out)
    }

    /// What the unlock screen shows before the person types anything.
    pub fn unlock_info(&self, code: &str) -> CoreResult<UnlockInfo> {
        let dir = self.case_dir(code)?;
        let header = KeyHeader::load(&dir)?;
        let state = UnlockState::load(&dir);
        Ok(UnlockInfo {
            slots: header.kinds(),
            code: header.code,
            retry_after_secs: state.retry_after_secs(fsutil::unix_now()),
            last_opened_at: state.last_opened_at,
            failed_attempts: state.failed_attempts,
        })
    }
}

/// Only the owner may list or enter the folder (Unix: mode 0700). The content
/// is encrypted anyway; this keeps other OS users from even seeing sizes and
/// case codes.
pub(super) fn private_dir(path: &Path) -> CoreResult<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o700))?;
    }
    #[cfg(not(unix))]
    {
        let _ = path;
    }
    Ok(())
}

/// Removes what a create or import interrupted more than an hour ago left
/// behind (encrypted, but useless). Younger ones may still be in progress.
fn remove_stale_staging(path: &Path) {
    let stale = fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > Duration::from_secs(3600));
    if stale {
        let _ = fs::remove_dir_all(path);
    }
}
