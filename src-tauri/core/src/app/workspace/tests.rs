//! The counsellor's workspace on real cases (SQLCipher) and a real sealed
//! file: what she sees in the list, that nothing of it is readable on disk,
//! and that a wrong passphrase opens nothing.

use secrecy::SecretString;
use time::{Duration, OffsetDateTime};

use super::*;
use crate::app::{case_requests, requests};
use crate::vault::tests::{fast, files_containing, new_case};
use crate::vault::NewUrl;

const PASSPHRASE: &str = "my own workspace words";

fn pass(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

fn new_workspace(vault: &Vault) -> Workspace {
    Workspace::create(vault, &pass(PASSPHRASE), KdfStrength::InsecureForTests).unwrap()
}

fn case_with_link(vault: &Vault, label: &str, url: &str) -> OpenCase {
    let mut case = vault
        .create_case(&new_case(label), fast("a long enough passphrase"))
        .unwrap();
    let item = crate::urls::classify_one(url);
    case.add_url(&NewUrl::from_classified(&item).unwrap())
        .unwrap();
    case
}

/// Marks the request written for `platform` sent at `at`, as the Requests step does.
fn send(case: &mut OpenCase, platform: &str, at: OffsetDateTime) -> i64 {
    let planned = requests::requests(case, at).unwrap();
    let request = planned
        .requests
        .iter()
        .find(|p| p.request.platform == platform)
        .unwrap()
        .request
        .clone();
    case_requests::mark_sent(case, &request, None, at).unwrap()
}

#[test]
fn the_list_comes_back_after_locking_with_her_labels_and_last_steps() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let mut workspace = new_workspace(&vault);
    let now = OffsetDateTime::now_utc();
    let mut case = case_with_link(&vault, "case one", "https://x.com/someone/status/1");
    resume::remember_step(&mut case, Step::Requests).unwrap();
    workspace.note(&case, now, true).unwrap();
    let code = case.code().to_owned();
    case.lock();
    workspace.set_label(&code, "A., Tuesday").unwrap();
    drop(workspace);

    let workspace = Workspace::open(&vault, &pass(PASSPHRASE)).unwrap();
    let list = workspace.list(&vault).unwrap();
    assert_eq!(list.cases.len(), 1);
    let entry = &list.cases[0];
    assert_eq!(entry.code, code);
    assert_eq!(entry.label, "A., Tuesday");
    assert_eq!(entry.last_step, Some(Step::Requests));
    assert_eq!(entry.last_opened_at, Some(format_utc(now)));
    assert!(list.missing.is_empty());
}

#[test]
fn a_wrong_passphrase_opens_nothing_and_says_it_is_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    drop(new_workspace(&vault));
    let err = Workspace::open(&vault, &pass("not my workspace words")).unwrap_err();
    assert_eq!(err.kind, ErrorKind::WrongSecret);
    assert_eq!(err.detail, Some(ErrorDetail::WrongWorkspacePassphrase));
    // A second workspace never replaces the first (its list would be lost).
    let again = Workspace::create(
        &vault,
        &pass("another passphrase"),
        KdfStrength::InsecureForTests,
    )
    .unwrap_err();
    assert_eq!(again.kind, ErrorKind::InvalidInput);
    Workspace::open(&vault, &pass(PASSPHRASE)).unwrap();
    // Too short: the case passphrase rule.
    let short_dir = tempfile::tempdir().unwrap();
    let short = Workspace::create(
        &Vault::without_keyring(short_dir.path()),
        &pass("short"),
        KdfStrength::InsecureForTests,
    )
    .unwrap_err();
    assert_eq!(short.kind, ErrorKind::InvalidInput);
    assert!(!exists(&Vault::without_keyring(short_dir.path())));
}

#[test]
fn no_label_is_readable_anywhere_under_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let mut workspace = new_workspace(&vault);
    let case = case_with_link(&vault, "plain case", "https://x.com/someone/status/1");
    workspace
        .note(&case, OffsetDateTime::now_utc(), true)
        .unwrap();
    let label = "Zoe from the Tuesday group";
    workspace.set_label(case.code(), label).unwrap();
    case.lock();
    assert!(vault.workspace_file().exists());
    assert_eq!(
        files_containing(dir.path(), label.as_bytes(), None),
        Vec::<std::path::PathBuf>::new()
    );
    assert_eq!(
        files_containing(dir.path(), b"Tuesday", None),
        Vec::<std::path::PathBuf>::new()
    );
}

#[test]
fn overdue_requests_count_and_the_most_overdue_case_comes_first() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let mut workspace = new_workspace(&vault);
    let start = OffsetDateTime::now_utc();

    let calm = case_with_link(&vault, "calm", "https://x.com/someone/status/1");
    workspace.note(&calm, start, true).unwrap();
    let calm_code = calm.code().to_owned();
    calm.lock();

    let mut late = case_with_link(
        &vault,
        "late",
        "https://www.reddit.com/r/pics/comments/abc123/t/",
    );
    send(&mut late, "reddit", start);
    // Sent now: within its deadline, which is the case's next deadline.
    workspace.note(&late, start, true).unwrap();
    let entry = workspace.entry(late.code()).unwrap().clone();
    assert_eq!(entry.overdue, 0);
    let deadline = entry
        .next_deadline
        .clone()
        .expect("a sent request has a deadline");
    assert!(deadline > format_utc(start));
    // Forty days later nobody answered: one overdue, no next deadline left.
    workspace
        .note(&late, start + Duration::days(40), false)
        .unwrap();
    let entry = workspace.entry(late.code()).unwrap();
    assert_eq!(entry.overdue, 1);
    assert_eq!(entry.next_deadline, None);
    assert_eq!(
        entry.last_opened_at,
        Some(format_utc(start)),
        "not opened again"
    );
    let late_code = late.code().to_owned();
    late.lock();

    let list = workspace.list(&vault).unwrap();
    let order: Vec<&str> = list.cases.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(order, vec![late_code.as_str(), calm_code.as_str()]);
}

#[test]
fn marking_a_request_sent_gives_the_case_its_next_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let mut workspace = new_workspace(&vault);
    let now = OffsetDateTime::now_utc();
    let mut case = case_with_link(&vault, "one", "https://x.com/someone/status/1");
    workspace.note(&case, now, true).unwrap();
    assert_eq!(workspace.entry(case.code()).unwrap().next_deadline, None);
    send(&mut case, "x", now);
    workspace.note(&case, now, false).unwrap();
    let (deadline, overdue) = deadlines(&case, now).unwrap();
    assert!(deadline.is_some());
    assert_eq!(overdue, 0);
    assert_eq!(
        workspace.entry(case.code()).unwrap().next_deadline,
        deadline
    );
    // And the file on disk says so after locking and opening again.
    let code = case.code().to_owned();
    case.lock();
    drop(workspace);
    let workspace = Workspace::open(&vault, &pass(PASSPHRASE)).unwrap();
    assert_eq!(workspace.entry(&code).unwrap().next_deadline, deadline);
}

#[test]
fn a_case_removed_from_the_computer_shows_as_missing_until_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let mut workspace = new_workspace(&vault);
    let case = case_with_link(&vault, "gone", "https://x.com/someone/status/1");
    workspace
        .note(&case, OffsetDateTime::now_utc(), true)
        .unwrap();
    let code = case.code().to_owned();
    case.delete_forever().unwrap();
    let list = workspace.list(&vault).unwrap();
    assert!(list.cases.is_empty());
    assert_eq!(list.missing.len(), 1);
    assert_eq!(list.missing[0].code, code);
    workspace.drop_entry(&code).unwrap();
    let list = workspace.list(&vault).unwrap();
    assert!(list.missing.is_empty());
    assert_eq!(
        workspace.drop_entry(&code).unwrap_err().kind,
        ErrorKind::NotFound
    );
}

#[test]
fn labels_are_checked_and_an_unknown_case_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let mut workspace = new_workspace(&vault);
    let case = case_with_link(&vault, "one", "https://x.com/someone/status/1");
    workspace
        .note(&case, OffsetDateTime::now_utc(), true)
        .unwrap();
    assert_eq!(
        workspace.set_label(case.code(), "   ").unwrap_err().detail,
        Some(ErrorDetail::Missing {
            field: Field::Label
        })
    );
    let long = "a".repeat(MAX_LABEL_CHARS + 1);
    assert!(matches!(
        workspace.set_label(case.code(), &long).unwrap_err().detail,
        Some(ErrorDetail::TooLong { .. })
    ));
    assert_eq!(workspace.entry(case.code()).unwrap().label, "one");
    assert_eq!(
        workspace.set_label("ZZZZ-ZZZZ", "x").unwrap_err().kind,
        ErrorKind::NotFound
    );
}

#[test]
fn resume_goes_to_the_last_step_of_this_case_or_the_first_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let mut case = case_with_link(&vault, "one", "https://x.com/someone/status/1");
    assert_eq!(resume::resume_step(&case).unwrap(), Step::Links);
    resume::remember_step(&mut case, Step::Followup).unwrap();
    // The case step is where every visit starts: not kept.
    resume::remember_step(&mut case, Step::Case).unwrap();
    let code = case.code().to_owned();
    case.lock();
    let (case, _) = vault
        .open_case(
            &code,
            crate::vault::Unlock::Passphrase(pass("a long enough passphrase")),
        )
        .unwrap();
    assert_eq!(resume::resume_step(&case).unwrap(), Step::Followup);
    case.lock();
}

#[test]
fn resume_never_lands_on_a_step_the_case_no_longer_has() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let mut case = case_with_link(&vault, "one", "https://x.com/someone/status/1");
    resume::remember_step(&mut case, Step::Images).unwrap();
    // It turns out to be about a child's photos: images are not a step any more.
    case.set_situations(&[crate::model::Situation::ChildPhotos])
        .unwrap();
    let step = resume::resume_step(&case).unwrap();
    assert_ne!(step, Step::Images);
    let info = case.info().unwrap();
    assert!(crate::app::flow::case_steps(&info.situations, info.minor).contains(&step));
}
