//! Tests of the follow-up rules and the escalation data as shipped.

use super::*;
use crate::requests::legal::{ids, legal_bases};
use time::macros::datetime;

fn ids_of(steps: &[&EscalationStep]) -> Vec<String> {
    steps.iter().map(|s| s.id.clone()).collect()
}

fn sent(bases: &[&str], at: OffsetDateTime) -> FollowUp {
    let mut f = FollowUp::new(bases.iter().map(|b| b.to_string()).collect(), None, at);
    f.record(RequestStatus::Sent, at, None).unwrap();
    f
}

#[test]
fn escalation_data_is_complete() {
    let known: Vec<&str> = legal_bases().iter().map(|b| b.id.as_str()).collect();
    assert!(escalation().default_check_days > 0);
    for s in escalation_steps() {
        assert!(!s.when.is_empty(), "{}", s.id);
        assert_eq!(s.provenance.problems(&s.id), Vec::<String>::new());
        assert!(s.provenance.source.starts_with("https://"), "{}", s.id);
        for b in s.after_bases.iter().chain(s.legal_basis.iter()) {
            assert!(known.contains(&b.as_str()), "{}: unknown basis {b}", s.id);
        }
        if let Some(h) = &s.helpline {
            assert!(
                crate::safety::helplines().iter().any(|l| &l.id == h),
                "{}: unknown helpline {h}",
                s.id
            );
        }
    }
}

#[test]
fn the_internal_complaint_comes_with_a_ready_letter_in_every_language() {
    use crate::requests::templates::{Language, BIDI_MARKS};
    let step = escalation_steps()
        .iter()
        .find(|s| s.id == "dsa_internal_complaint")
        .unwrap();
    let urls = vec![
        "https://www.instagram.com/p/A/".to_string(),
        "https://www.instagram.com/p/B/".to_string(),
    ];
    let refused = RefusedRequest {
        service: "Instagram",
        sent_on: "2026-11-20",
        reference: Some("CASE-77"),
        urls: &urls,
        name: "Anna Peeters",
    };
    let article = [
        (Language::En, "Article 20"),
        (Language::Fr, "article 20"),
        (Language::Nl, "artikel 20"),
        (Language::De, "Artikel 20"),
    ];
    for (lang, art) in article {
        let letter = complaint_letter(step, &refused, lang).unwrap().unwrap();
        for needed in [
            "Instagram",
            "2026-11-20",
            "CASE-77",
            &urls[0],
            &urls[1],
            "Anna Peeters",
            art,
            "2022/2065",
        ] {
            assert!(
                letter.body.contains(needed) || letter.subject.contains(needed),
                "{lang:?} lacks {needed}: {}",
                letter.body
            );
        }
        assert!(!letter.body.chars().any(|c| BIDI_MARKS.contains(&c)));
    }
    // Without a reference number, no empty "reference" is written.
    let no_ref = RefusedRequest {
        reference: None,
        ..refused
    };
    let letter = complaint_letter(step, &no_ref, Language::En)
        .unwrap()
        .unwrap();
    assert!(!letter.body.contains("reference"), "{}", letter.body);
    // Steps without a letter have none.
    let police = escalation_steps()
        .iter()
        .find(|s| s.id == "police_complaint")
        .unwrap();
    assert_eq!(
        complaint_letter(police, &refused, Language::En).unwrap(),
        None
    );
}

#[test]
fn every_step_is_explained_in_every_language() {
    use crate::requests::templates::Language;
    for s in escalation_steps() {
        for lang in Language::ALL {
            let text = describe(s, lang).unwrap_or_else(|e| panic!("{} {lang:?}: {e}", s.id));
            assert!(text.len() > 40, "{} {lang:?}", s.id);
        }
    }
    let court = escalation_steps()
        .iter()
        .find(|s| s.id == "court_fast_procedure")
        .unwrap();
    assert!(describe(court, crate::requests::templates::Language::Nl)
        .unwrap()
        .contains("6 uur"));
}

#[test]
fn transitions_follow_the_life_of_a_request() {
    use RequestStatus::*;
    assert!(Draft.can_move_to(Sent));
    assert!(!Draft.can_move_to(Removed), "a draft was never sent");
    assert!(Sent.can_move_to(Acknowledged));
    assert!(Removed.can_move_to(CameBack));
    assert!(!Removed.can_move_to(Refused));
    assert!(!CameBack.can_move_to(Draft));
    // Every status can be reached, and a removed request can come back.
    for to in RequestStatus::ALL {
        if to != Draft {
            assert!(
                RequestStatus::ALL.iter().any(|from| from.can_move_to(to)),
                "{to:?} unreachable"
            );
        }
        assert!(!to.can_move_to(to), "{to:?} -> itself");
    }
}

#[test]
fn a_refused_move_changes_nothing() {
    let t = datetime!(2026-11-23 10:00 UTC);
    let mut f = FollowUp::new(vec![ids::DSA_ART16.into()], None, t);
    let before = f.clone();
    let err = f.record(RequestStatus::Removed, t, None).unwrap_err();
    assert_eq!(err.kind, crate::ErrorKind::InvalidInput);
    assert_eq!(f, before);
}

#[test]
fn ticket_numbers_are_kept_across_changes() {
    let t = datetime!(2026-11-23 10:00 UTC);
    let mut f = sent(&[ids::DSA_ART16], t);
    f.record(
        RequestStatus::Acknowledged,
        t + Duration::hours(1),
        Some(" 12345-AB ".into()),
    )
    .unwrap();
    f.record(RequestStatus::Removed, t + Duration::hours(20), None)
        .unwrap();
    assert_eq!(f.ticket.as_deref(), Some("12345-AB"));
    assert_eq!(f.history.len(), 4);
}

#[test]
fn take_it_down_act_gives_48_hours() {
    let t = datetime!(2026-11-23 10:00 UTC);
    let f = sent(&[ids::TAKE_IT_DOWN_ACT, ids::PLATFORM_POLICY], t);
    let d = f.deadline.clone().unwrap();
    assert_eq!(d.due, datetime!(2026-11-25 10:00 UTC));
    assert_eq!(
        d.source,
        DeadlineSource::Law {
            basis: ids::TAKE_IT_DOWN_ACT.into()
        }
    );
    assert!(!f.is_overdue(datetime!(2026-11-25 09:59 UTC)));
    assert!(f.is_overdue(datetime!(2026-11-25 10:01 UTC)));
}

#[test]
fn gdpr_gives_one_calendar_month() {
    let f = sent(&[ids::GDPR_ART17], datetime!(2026-01-31 08:00 UTC));
    assert_eq!(f.deadline.unwrap().due, datetime!(2026-02-28 08:00 UTC));
    let f = sent(&[ids::GDPR_ART17], datetime!(2026-12-15 08:00 UTC));
    assert_eq!(f.deadline.unwrap().due, datetime!(2027-01-15 08:00 UTC));
}

#[test]
fn the_shortest_legal_deadline_wins_then_the_platforms_own() {
    let t = datetime!(2026-11-23 10:00 UTC);
    let both = [
        ids::GDPR_ART17.to_string(),
        ids::TAKE_IT_DOWN_ACT.to_string(),
    ];
    assert_eq!(
        deadline_for(&both, Some(24), t).due,
        t + Duration::hours(48)
    );
    let dsa = [ids::DSA_ART16.to_string()];
    let d = deadline_for(&dsa, Some(24), t);
    assert_eq!(
        (d.due, d.source),
        (t + Duration::hours(24), DeadlineSource::Platform)
    );
    let d = deadline_for(&dsa, None, t);
    assert_eq!(d.source, DeadlineSource::CheckBack);
    assert_eq!(
        d.due,
        t + Duration::days(i64::from(escalation().default_check_days))
    );
}

#[test]
fn a_refused_notice_in_belgium_goes_to_internal_complaint_then_ods_then_bipt() {
    let t = datetime!(2026-11-23 10:00 UTC);
    let mut f = sent(&[ids::PLATFORM_POLICY, ids::DSA_ART16], t);
    assert!(
        f.next_steps("BE", t).is_empty(),
        "nothing to do while waiting"
    );
    f.record(RequestStatus::Refused, t + Duration::days(2), None)
        .unwrap();
    let steps = ids_of(&f.next_steps("BE", t + Duration::days(2)));
    let pos = |id: &str| {
        steps
            .iter()
            .position(|s| s == id)
            .unwrap_or_else(|| panic!("{id} in {steps:?}"))
    };
    assert!(pos("dsa_internal_complaint") < pos("out_of_court_body"));
    // The Institute, who can act for her, comes right after the platform's own review.
    assert_eq!(pos("iefh_support"), 1);
    assert!(pos("out_of_court_body") < pos("bipt_complaint"));
    assert!(pos("bipt_complaint") < pos("gdpr_erasure_request"));
    assert!(pos("gdpr_erasure_request") < pos("court_fast_procedure"));
    assert!(steps.contains(&"police_complaint".to_string()));
    // Outside Belgium, no Belgian authority is offered.
    let fr = ids_of(&f.next_steps("FR", t + Duration::days(2)));
    assert!(fr.contains(&"dsa_internal_complaint".to_string()));
    assert!(!fr
        .iter()
        .any(|s| s.starts_with("bipt") || s == "court_fast_procedure"));
}

#[test]
fn a_passed_deadline_opens_the_no_answer_steps() {
    let t = datetime!(2026-11-23 10:00 UTC);
    let f = sent(&[ids::GDPR_ART17], t);
    assert!(f.next_steps("BE", t + Duration::days(20)).is_empty());
    let steps = ids_of(&f.next_steps("BE", t + Duration::days(40)));
    // The Institute first (it can act for her), then the authority.
    assert_eq!(steps[..2], ["iefh_support", "dpa_complaint"]);
    assert!(
        !steps.contains(&"dsa_internal_complaint".to_string()),
        "internal complaint is for a refusal, not silence"
    );
}

#[test]
fn images_that_come_back_lead_to_a_new_report() {
    let t = datetime!(2026-11-23 10:00 UTC);
    let mut f = sent(&[ids::PLATFORM_POLICY], t);
    f.record(RequestStatus::Removed, t + Duration::hours(5), None)
        .unwrap();
    assert!(
        f.next_steps("BE", t + Duration::days(60)).is_empty(),
        "gone: nothing to do"
    );
    f.record(RequestStatus::CameBack, t + Duration::days(30), None)
        .unwrap();
    let steps = ids_of(&f.next_steps("BE", t + Duration::days(30)));
    assert_eq!(steps.first().map(String::as_str), Some("report_again"));
    f.record(RequestStatus::Sent, t + Duration::days(31), None)
        .unwrap();
    assert!(f.deadline.unwrap().due > t + Duration::days(31));
}
