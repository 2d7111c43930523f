//! "Not sent after all?" and ticket corrections, on a real vault (SQLCipher
//! in a temporary folder).

use secrecy::SecretString;
use time::OffsetDateTime;

use super::*;
use crate::app::case_requests::mark_sent;
use crate::model::RequestStatus;
use crate::vault::{CreateOptions, KdfStrength, NewCase, NewUrl, Vault};
use crate::ErrorKind;

fn open(dir: &std::path::Path) -> OpenCase {
    let mut case = Vault::without_keyring(dir)
        .create_case(
            &NewCase {
                label: "test".into(),
                language: "en".into(),
                contact_name: Some("Alex Example".into()),
                contact_email: Some("alex@example.org".into()),
                country: Some("BE".into()),
                minor: false,
                situations: Vec::new(),
            },
            CreateOptions {
                passphrase: Some(SecretString::from("a long enough passphrase".to_owned())),
                use_keyring: false,
                kdf: KdfStrength::InsecureForTests,
            },
        )
        .unwrap();
    let item = crate::urls::classify_one("https://x.com/someone/status/1234567890");
    case.add_url(&NewUrl::from_classified(&item).unwrap())
        .unwrap();
    case
}

/// Marks the request to X sent; its id.
fn send_x(case: &mut OpenCase, now: OffsetDateTime) -> i64 {
    let x = requests::requests(case, now)
        .unwrap()
        .requests
        .into_iter()
        .find(|p| p.request.platform == "x")
        .unwrap()
        .request;
    mark_sent(case, &x, Some("T-41"), now).unwrap()
}

fn sent_count(view: &CaseRequests) -> usize {
    view.requests
        .iter()
        .filter(|p| {
            p.recorded
                .as_ref()
                .is_some_and(|r| r.status != RequestStatus::Draft)
        })
        .count()
}

#[test]
fn a_request_marked_sent_by_mistake_goes_back_to_not_sent_with_a_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path());
    let now = OffsetDateTime::now_utc();
    let id = send_x(&mut case, now);
    assert_eq!(sent_count(&requests::requests(&mut case, now).unwrap()), 1);
    assert_eq!(followup::follow_up(&mut case, now).unwrap().items.len(), 1);

    let view = undo_sent(&mut case, id, Some("clicked the wrong one"), now).unwrap();

    assert_eq!(sent_count(&view), 0, "no longer counted as sent");
    let x = view
        .requests
        .iter()
        .find(|p| p.request.platform == "x")
        .unwrap();
    let recorded = x.recorded.as_ref().unwrap();
    assert_eq!(recorded.status, RequestStatus::Draft);
    assert_eq!(recorded.sent_at, None);
    assert_eq!(recorded.deadline, None, "its deadline came with sending");
    let follow = followup::follow_up(&mut case, now).unwrap();
    assert!(follow.items.is_empty(), "nothing to follow up");
    assert!(
        follow.not_sent.iter().any(|n| n.platform == "x"),
        "offered again among the services not asked yet"
    );
    let log = case.custody_log().unwrap();
    let undone = log
        .iter()
        .find(|e| e.action == "request_sent_undone")
        .unwrap();
    assert_eq!(undone.subject, format!("request:{id}"));
    assert!(undone.details.contains("clicked the wrong one"));
    let record = case.requests().unwrap().into_iter().next().unwrap();
    let statuses: Vec<RequestStatus> = record.history.iter().map(|h| h.status).collect();
    assert_eq!(
        statuses,
        [
            RequestStatus::Draft,
            RequestStatus::Sent,
            RequestStatus::Draft
        ],
        "the history keeps the sending and the undo"
    );

    // Only a request marked sent goes back; the follow-up's own rules never
    // allow it.
    assert_eq!(
        undo_sent(&mut case, id, None, now).unwrap_err().kind,
        ErrorKind::NotMarkedSent
    );
    assert_eq!(
        undo_sent(&mut case, 4242, None, now).unwrap_err().kind,
        ErrorKind::NotFound
    );
    // Sent for real later: the same request, sent again, counted once.
    let again = send_x(&mut case, now);
    assert_eq!(again, id);
    assert_eq!(sent_count(&requests::requests(&mut case, now).unwrap()), 1);
    followup::change_status(&mut case, id, RequestStatus::Acknowledged, None, now).unwrap();
    assert_eq!(
        undo_sent(&mut case, id, None, now).unwrap_err().kind,
        ErrorKind::NotMarkedSent,
        "once the platform answered, it was sent"
    );
    assert!(
        followup::change_status(&mut case, id, RequestStatus::Draft, None, now).is_err(),
        "no way back to draft but the explicit undo"
    );
}

#[test]
fn a_ticket_number_typed_wrong_is_corrected_or_removed_with_a_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path());
    let now = OffsetDateTime::now_utc();
    let id = send_x(&mut case, now);

    let view = correct_ticket(&mut case, id, "T-41", "T-42", now).unwrap();
    assert_eq!(view.items[0].tickets, ["T-42"]);
    let view = remove_ticket(&mut case, id, "T-42", Some("not a ticket"), now).unwrap();
    assert!(view.items[0].tickets.is_empty());
    assert_eq!(
        remove_ticket(&mut case, id, "T-42", None, now)
            .unwrap_err()
            .kind,
        ErrorKind::AlreadyRemoved
    );
    assert_eq!(
        remove_ticket(&mut case, id, "T-99", None, now)
            .unwrap_err()
            .kind,
        ErrorKind::NotFound
    );
    let log = case.custody_log().unwrap();
    let actions: Vec<&str> = log
        .iter()
        .filter(|e| e.subject == format!("request:{id}") && e.action.starts_with("ticket"))
        .map(|e| e.action.as_str())
        .collect();
    assert_eq!(
        actions,
        [
            "ticket_added",
            "ticket_removed",
            "ticket_added",
            "ticket_removed"
        ]
    );
    assert!(log
        .iter()
        .any(|e| e.action == "ticket_added" && e.details.contains("\"replaces\":\"T-41\"")));
}
