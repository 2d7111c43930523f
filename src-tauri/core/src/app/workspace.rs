//! The counsellor's workspace: an optional private list of her cases, so she
//! can tell them apart and see what is late without opening each one.
//!
//! Per case code it holds her own label ("A., Tuesday"), the next deadline
//! of a request, how many requests are overdue, the step the case was last
//! on and when she last opened it. The list is one file beside the cases,
//! sealed under her own passphrase (`vault::sealed_file`: Argon2id and
//! XChaCha20-Poly1305, as a case's passphrase slot); nothing of it is
//! written readable. It never holds a case's key or passphrase: forgetting
//! the workspace passphrase loses this list only, never a case.
//!
//! An entry is refreshed from the open case ([`Workspace::note`]) while the
//! workspace is open: when the case is opened, locked, moves to another step
//! or a request changes. A case removed from this computer stays in the list
//! as missing until she drops it.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use ts_rs::TS;
use zeroize::Zeroize;

use super::case_requests;
use super::flow::Step;
use super::resume;
use crate::error::{CoreResult, ErrorDetail, Field};
use crate::model::timestamp::format_utc;
use crate::model::RequestStatus;
use crate::vault::sealed_file::{self, SealKey};
use crate::vault::{KdfStrength, OpenCase, Vault};
use crate::{CoreError, ErrorKind};

/// The sealed file's format name (bound into its seal).
const FORMAT: &str = "reclaim-counsellor-workspace";
/// The longest label kept, in characters.
pub const MAX_LABEL_CHARS: usize = 80;

/// What the list says about one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct WorkspaceEntry {
    /// The case code (the folder name of the case).
    pub code: String,
    /// Her own label for the case; the case's own name until she changes it.
    pub label: String,
    /// The earliest deadline of a request still waiting within it (RFC 3339 UTC).
    pub next_deadline: Option<String>,
    /// Requests whose deadline passed without an answer.
    pub overdue: u32,
    /// The step the case was last on.
    pub last_step: Option<Step>,
    /// When she last opened the case with the workspace open (RFC 3339 UTC).
    pub last_opened_at: Option<String>,
}

/// The list as the cases screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct WorkspaceList {
    /// The cases of the list on this computer: overdue first (most overdue
    /// first), then by next deadline, then by label.
    pub cases: Vec<WorkspaceEntry>,
    /// Cases of the list no longer on this computer (removed, or kept on
    /// another drive): shown so she can drop them.
    pub missing: Vec<WorkspaceEntry>,
}

#[derive(Default, Serialize, Deserialize)]
struct Content {
    entries: Vec<WorkspaceEntry>,
}

/// An open workspace: its key (zeroed when dropped) and its entries.
pub struct Workspace {
    path: std::path::PathBuf,
    key: SealKey,
    entries: Vec<WorkspaceEntry>,
}

impl Drop for Workspace {
    fn drop(&mut self) {
        for entry in &mut self.entries {
            entry.label.zeroize();
        }
    }
}

impl std::fmt::Debug for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Workspace({} entries)", self.entries.len())
    }
}

/// Whether this computer has a workspace (it says nothing of what is in it).
pub fn exists(vault: &Vault) -> bool {
    vault.workspace_file().exists()
}

fn wrong_passphrase(err: CoreError) -> CoreError {
    if err.kind == ErrorKind::WrongSecret {
        err.with_detail(ErrorDetail::WrongWorkspacePassphrase)
    } else {
        err
    }
}

impl Workspace {
    /// Creates the empty workspace of this computer under `passphrase` (the
    /// case passphrase rule). Refused when one exists already.
    pub fn create(
        vault: &Vault,
        passphrase: &secrecy::SecretString,
        strength: KdfStrength,
    ) -> CoreResult<Self> {
        let path = vault.workspace_file();
        let content = serde_json::to_vec(&Content::default())
            .map_err(|e| CoreError::internal(e.to_string()))?;
        let key = sealed_file::create(&path, FORMAT, passphrase, strength, &content)?;
        Ok(Self {
            path,
            key,
            entries: Vec::new(),
        })
    }

    /// Opens the workspace of this computer. A wrong passphrase is
    /// `WrongSecret` with the detail `WrongWorkspacePassphrase`.
    pub fn open(vault: &Vault, passphrase: &secrecy::SecretString) -> CoreResult<Self> {
        let path = vault.workspace_file();
        let (key, content) =
            sealed_file::open(&path, FORMAT, passphrase).map_err(wrong_passphrase)?;
        let content: Content = serde_json::from_slice(&content)
            .map_err(|_| CoreError::new(ErrorKind::Corrupt, "the list of cases cannot be read"))?;
        Ok(Self {
            path,
            key,
            entries: content.entries,
        })
    }

    fn save(&self) -> CoreResult<()> {
        let content = zeroize::Zeroizing::new(
            serde_json::to_vec(&serde_json::json!({ "entries": &self.entries }))
                .map_err(|e| CoreError::internal(e.to_string()))?,
        );
        sealed_file::save(&self.path, FORMAT, &self.key, &content)
    }

    /// The list, split into the cases on this computer and those missing.
    pub fn list(&self, vault: &Vault) -> CoreResult<WorkspaceList> {
        let on_disk: Vec<String> = vault.list_cases()?.into_iter().map(|c| c.code).collect();
        let (mut cases, missing): (Vec<_>, Vec<_>) = self
            .entries
            .iter()
            .cloned()
            .partition(|e| on_disk.contains(&e.code));
        cases.sort_by(|a, b| {
            b.overdue
                .cmp(&a.overdue)
                .then_with(|| match (&a.next_deadline, &b.next_deadline) {
                    (Some(x), Some(y)) => x.cmp(y),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                })
                .then_with(|| a.label.to_lowercase().cmp(&b.label.to_lowercase()))
        });
        Ok(WorkspaceList { cases, missing })
    }

    /// The entry of `code`, if the list has one.
    pub fn entry(&self, code: &str) -> Option<&WorkspaceEntry> {
        self.entries.iter().find(|e| e.code == code)
    }

    /// Refreshes (or adds) the entry of the open case from the case itself:
    /// its deadlines, what is overdue at `now`, its last step. `opened`: she
    /// has just opened it (its "last opened" becomes `now`).
    pub fn note(&mut self, case: &OpenCase, now: OffsetDateTime, opened: bool) -> CoreResult<()> {
        let info = case.info()?;
        let (next_deadline, overdue) = deadlines(case, now)?;
        let last_step = resume::last_step(case)?;
        let at = match self.entries.iter().position(|e| e.code == info.code) {
            Some(at) => at,
            None => {
                self.entries.push(WorkspaceEntry {
                    code: info.code.clone(),
                    label: clip(info.label.trim()),
                    next_deadline: None,
                    overdue: 0,
                    last_step: None,
                    last_opened_at: None,
                });
                self.entries.len() - 1
            }
        };
        let entry = &mut self.entries[at];
        entry.next_deadline = next_deadline;
        entry.overdue = overdue;
        entry.last_step = last_step;
        if opened {
            entry.last_opened_at = Some(format_utc(now));
        }
        self.save()
    }

    /// Gives the case `code` her own label (1 to [`MAX_LABEL_CHARS`] characters).
    pub fn set_label(&mut self, code: &str, label: &str) -> CoreResult<()> {
        let label = label.trim();
        if label.is_empty() {
            return Err(CoreError::invalid_input("the label is empty").with_detail(
                ErrorDetail::Missing {
                    field: Field::Label,
                },
            ));
        }
        if label.chars().count() > MAX_LABEL_CHARS {
            return Err(
                CoreError::invalid_input("the label is too long").with_detail(
                    ErrorDetail::TooLong {
                        field: Field::Label,
                        max: MAX_LABEL_CHARS as u64,
                    },
                ),
            );
        }
        let entry = self
            .entries
            .iter_mut()
            .find(|e| e.code == code)
            .ok_or_else(|| CoreError::new(ErrorKind::NotFound, "this case is not in the list"))?;
        entry.label.zeroize();
        entry.label = label.to_owned();
        self.save()
    }

    /// Takes the entry of `code` out of the list (the case itself, if it is
    /// still on this computer, is not touched).
    pub fn drop_entry(&mut self, code: &str) -> CoreResult<()> {
        let before = self.entries.len();
        self.entries.retain(|e| e.code != code);
        if self.entries.len() == before {
            return Err(CoreError::new(
                ErrorKind::NotFound,
                "this case is not in the list",
            ));
        }
        self.save()
    }
}

/// A label cut to [`MAX_LABEL_CHARS`] characters (a case's own name may be longer).
fn clip(label: &str) -> String {
    label.chars().take(MAX_LABEL_CHARS).collect()
}

/// The case's next deadline (the earliest of the requests still waiting
/// within theirs) and how many requests are overdue at `now`, from the same
/// follow-up the Follow-up step shows.
pub fn deadlines(case: &OpenCase, now: OffsetDateTime) -> CoreResult<(Option<String>, u32)> {
    let items = case_requests::follow_up(&case.snapshot()?, now)?;
    let overdue = items.iter().filter(|i| i.overdue).count() as u32;
    let next = items
        .iter()
        .filter(|i| {
            !i.overdue && matches!(i.status, RequestStatus::Sent | RequestStatus::Acknowledged)
        })
        .filter_map(|i| i.deadline.clone())
        .min();
    Ok((next, overdue))
}

#[cfg(test)]
mod tests;
