//! The language of the requests, chosen per service and kept in the case
//! (issue 14 item 4), on a real SQLCipher case.

use time::OffsetDateTime;

use super::*;
use crate::model::Language;
use crate::vault::tests::{fast, new_case};
use crate::vault::{NewUrl, Vault};

const INSTAGRAM_POST: &str = "https://www.instagram.com/p/Cabc123/";

fn open(dir: &std::path::Path) -> OpenCase {
    Vault::without_keyring(dir)
        .create_case(&new_case("test"), fast("a long enough passphrase"))
        .unwrap()
}

fn instagram(view: &CaseRequests, kind: &str) -> PlannedRequest {
    view.requests
        .iter()
        .find(|p| {
            p.request.platform == "instagram"
                && serde_json::to_value(&p.request.channel).unwrap()["type"] == kind
        })
        .unwrap_or_else(|| panic!("an Instagram {kind} request"))
        .clone()
}

fn steps(p: &PlannedRequest) -> Vec<String> {
    match &p.request.channel {
        RequestChannel::InApp { steps, .. } => steps.clone(),
        other => panic!("not in-app: {other:?}"),
    }
}

/// Instagram's in-app menu path for intimate images in `language`, as the
/// request writes it (one step, the words joined by ›).
fn menu_words(language: &str) -> String {
    crate::platforms::by_id("instagram")
        .unwrap()
        .channels
        .iter()
        .filter(|c| c.purpose == crate::platforms::ChannelPurpose::Ncii)
        .find_map(|c| c.target.in_app_steps(language))
        .expect("Instagram's in-app route")
        .join(" › ")
}

#[test]
fn a_request_changed_to_dutch_reads_dutch_letter_and_steps_and_stays_sent() {
    let dir = tempfile::tempdir().unwrap();
    let mut case = open(dir.path());
    let item = crate::urls::classify_one(INSTAGRAM_POST);
    case.add_url(&NewUrl::from_classified(&item).unwrap())
        .unwrap();
    let now = OffsetDateTime::now_utc();

    // Default: the case's language (French; Instagram takes it).
    let view = requests(&mut case, now).unwrap();
    let in_app = instagram(&view, "in_app");
    assert_eq!(in_app.request.language, Language::Fr);
    assert_eq!(in_app.chosen_language, None);
    let french_steps = steps(&in_app);
    mark_sent(&mut case, "instagram", &in_app.request.channel, None, now).unwrap();

    // Dutch for Instagram: its letter and its in-app steps read Dutch.
    let view =
        set_request_language(&mut case, "instagram", "Instagram", Some(Language::Nl), now).unwrap();
    let form = instagram(&view, "form");
    assert_eq!(form.request.language, Language::Nl);
    assert_eq!(form.chosen_language, Some(Language::Nl));
    assert!(
        form.request.body.contains("Ik vraag u"),
        "{}",
        form.request.body
    );
    let in_app = instagram(&view, "in_app");
    let dutch_steps = steps(&in_app);
    assert_ne!(dutch_steps[0], french_steps[0]);
    // The app's own menu words read Dutch too, not French or English ones.
    assert_eq!(dutch_steps[1], menu_words("nl"), "{dutch_steps:?}");
    assert_eq!(french_steps[1], menu_words("fr"), "{french_steps:?}");
    assert!(dutch_steps[1].contains("Rapporteren"), "{dutch_steps:?}");
    // No source showed Instagram's Dutch words: the screen says they may differ.
    assert!(matches!(
        in_app.request.channel,
        RequestChannel::InApp {
            wording_unconfirmed: true,
            ..
        }
    ));
    assert_eq!(
        dutch_steps[0],
        crate::requests::templates::render(
            Language::Nl,
            "steps-in-app-1",
            &[("platform", "Instagram")]
        )
        .unwrap()
    );
    // The request sent in French is still the one sent: not offered again.
    assert_eq!(
        in_app.recorded.as_ref().map(|r| r.status),
        Some(crate::model::RequestStatus::Sent)
    );
    assert!(mark_sent(&mut case, "instagram", &in_app.request.channel, None, now).is_err());

    // Kept in the case (encrypted), in the custody log, and undone on request.
    let log = case.custody_log().unwrap();
    assert!(log.iter().any(|e| e.action == "request_language_changed"));
    let view = set_request_language(&mut case, "instagram", "Instagram", None, now).unwrap();
    assert_eq!(instagram(&view, "form").request.language, Language::Fr);
}
