//! The flow, defined once: the steps of an open case in the order of the
//! Institute's victim manual. The app's step list, its path overview and its
//! "next step" button read this (through `ui/src/bindings/caseFlow.ts`, which a
//! test writes from here), and so does `reclaim-cli case flow`.
//!
//! Adding a step: a variant here (with its place in [`CASE_FLOW`], its id and
//! its CLI command), its screen, its messages (`step-<id>`, `path-step-<id>`)
//! and its test.
//!
//! What is happening ([`Situation`]) chooses a branch: [`flow_for`] gives the steps
//! of each, in order. [`CASE_FLOW`] is the branch of images that were shared.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Situation;

/// A step of an open case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Step {
    /// Create or open the case.
    Case,
    /// Where are the images? The links, kept verbatim.
    Links,
    /// The person's own images, fingerprinted on the device.
    Images,
    /// Find copies of them in a folder.
    Copies,
    /// One removal request per platform.
    Requests,
    /// Answers, deadlines and what to do next.
    Followup,
    /// The file for police, the Institute or a lawyer.
    File,
    /// Someone is made to stream or film live, now: the emergency numbers, nothing else.
    Emergency,
    /// Someone threatens to share: what to do now, and keeping the threat as evidence.
    Threat,
    /// She does not know where the images are: what can be done without uploading.
    Search,
    /// A child's photos: the report for the country's hotline, with the links only.
    Hotline,
}

/// The steps in order.
pub const CASE_FLOW: [Step; 7] = [
    Step::Case,
    Step::Links,
    Step::Images,
    Step::Copies,
    Step::Requests,
    Step::Followup,
    Step::File,
];

impl Step {
    /// The step's id (`links`, `followup`…): its messages are `step-<id>`
    /// and `path-step-<id>`.
    pub fn id(self) -> &'static str {
        match self {
            Step::Case => "case",
            Step::Links => "links",
            Step::Images => "images",
            Step::Copies => "copies",
            Step::Requests => "requests",
            Step::Followup => "followup",
            Step::File => "file",
            Step::Emergency => "emergency",
            Step::Threat => "threat",
            Step::Search => "search",
            Step::Hotline => "hotline",
        }
    }

    /// The step after this one in the shared-images flow, or `None` after the last.
    pub fn next(self) -> Option<Step> {
        self.next_in(&CASE_FLOW)
    }

    /// The step after this one in `flow`, or `None` after the last (or outside it).
    pub fn next_in(self, flow: &[Step]) -> Option<Step> {
        let at = flow.iter().position(|s| *s == self)?;
        flow.get(at + 1).copied()
    }

    /// The `reclaim-cli case …` commands that do this step.
    pub fn cli_commands(self) -> &'static [&'static str] {
        match self {
            Step::Case => &["create", "list", "show"],
            Step::Links => &["add-url"],
            Step::Images => &["hash-images", "add-evidence", "hash-service-case"],
            Step::Copies => &["find-copies", "keep-copy"],
            Step::Requests => &["requests", "mark-sent"],
            Step::Followup => &["followup", "set-status", "add-ticket", "check-online"],
            Step::File => &["export", "verify", "handover"],
            // The numbers are shown by `reclaim-cli helplines`; no case is needed.
            Step::Emergency => &[],
            Step::Threat => &["add-evidence"],
            Step::Search => &["add-url"],
            Step::Hotline => &["requests"],
        }
    }
}

/// The steps of one situation, in order.
pub fn situation_flow(situation: Situation) -> &'static [Step] {
    use Step::*;
    match situation {
        Situation::Shared => &CASE_FLOW,
        // Keep the threat and report the account (both on the threat screen), block
        // uploads with StopNCII (the images step), then the file for the police;
        // links, removals and their follow-up only if it gets shared.
        Situation::Threatened => &[Case, Threat, Images, File, Links, Requests, Followup],
        // No originals: the fakes found are what gets fingerprinted; no copy search.
        Situation::Fake => &[Case, Links, Images, Requests, Followup, File],
        // Links only: never an image, never asked to look; the hotline report.
        Situation::ChildPhotos => &[Case, Links, Hotline, Followup, File],
        Situation::DontKnowWhere => &[
            Case, Search, Links, Images, Copies, Requests, Followup, File,
        ],
        Situation::LiveNow => &[Emergency],
    }
}

/// The order steps take when several situations apply.
const MERGED_ORDER: [Step; 11] = [
    Step::Emergency,
    Step::Case,
    Step::Threat,
    Step::Search,
    Step::Links,
    Step::Hotline,
    Step::Images,
    Step::Copies,
    Step::Requests,
    Step::Followup,
    Step::File,
];

/// The steps of a case where `situations` apply (none means images shared). One
/// situation gives its own branch; several give every step any of them has, in
/// [`MERGED_ORDER`], the emergency first. A child's photos always drop the steps
/// that handle images.
pub fn flow_for(situations: &[Situation]) -> Vec<Step> {
    let situations = crate::model::situation::normalise(situations);
    if let [one] = situations.as_slice() {
        return situation_flow(*one).to_vec();
    }
    let children = situations.contains(&Situation::ChildPhotos);
    MERGED_ORDER
        .into_iter()
        .filter(|step| situations.iter().any(|s| situation_flow(*s).contains(step)))
        .filter(|step| !(children && matches!(step, Step::Images | Step::Copies)))
        .collect()
}

/// The steps that handle images or ask platforms to remove them: a case about
/// images taken before 18 keeps links only (Child Focus and Take It Down act
/// instead), so these are left out of it.
const NOT_FOR_MINORS: [Step; 5] = [
    Step::Threat,
    Step::Images,
    Step::Copies,
    Step::Requests,
    Step::Followup,
];

/// The steps of a case: [`flow_for`] its situations, without the steps that
/// handle images when it is about images taken before 18 (`minor`). The step
/// list, the "Next" button and the path overview all show these.
pub fn case_steps(situations: &[Situation], minor: bool) -> Vec<Step> {
    let mut steps: Vec<Step> = flow_for(situations)
        .into_iter()
        .filter(|step| !(minor && NOT_FOR_MINORS.contains(step)))
        .collect();
    if minor {
        // What is left is about links: they come before the file made from them.
        steps.sort_by_key(|step| MERGED_ORDER.iter().position(|s| s == step));
    }
    steps
}

/// The flow as the UI reads it: a TypeScript module with the step ids in
/// order (written to `ui/src/bindings/caseFlow.ts` by a test, so CI notices
/// when it is stale).
pub fn typescript_module() -> String {
    let list = |flow: &[Step]| {
        flow.iter()
            .map(|s| format!("{:?}", s.id()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let branches: Vec<String> = Situation::ALL
        .iter()
        .map(|s| format!("  {}: [{}],", s.code(), list(situation_flow(*s))))
        .collect();
    format!(
        "// This file was generated from reclaim-core's app/flow.rs. Do not edit this file manually.\n\
         import type {{ Situation }} from \"./Situation\";\n\
         import type {{ Step }} from \"./Step\";\n\n\
         /** The steps of an open case, in order. */\n\
         export const CASE_FLOW: readonly Step[] = [{}] as const;\n\n\
         /** The steps of each situation's branch, in order. */\n\
         export const SITUATION_FLOW: Readonly<Record<Situation, readonly Step[]>> = {{\n{}\n}};\n",
        list(&CASE_FLOW),
        branches.join("\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_one_place_and_leads_to_the_next() {
        assert_eq!(Step::Case.next(), Some(Step::Links));
        assert_eq!(Step::Copies.next(), Some(Step::Requests));
        assert_eq!(Step::File.next(), None);
        for step in CASE_FLOW {
            assert_eq!(
                serde_json::to_string(&step).unwrap(),
                format!("\"{}\"", step.id())
            );
            assert!(!step.cli_commands().is_empty(), "{step:?}");
        }
    }

    #[test]
    fn each_situation_has_its_own_branch() {
        use Step::*;
        assert_eq!(flow_for(&[]), CASE_FLOW.to_vec(), "nothing said: shared");
        assert_eq!(flow_for(&[Situation::Shared]), CASE_FLOW.to_vec());
        // Threatened without links: evidence of the threat and account reports, StopNCII, police.
        assert_eq!(
            &flow_for(&[Situation::Threatened])[..4],
            &[Case, Threat, Images, File]
        );
        let children = flow_for(&[Situation::ChildPhotos]);
        assert!(children.contains(&Hotline) && children.contains(&Links));
        assert!(!children.contains(&Images) && !children.contains(&Copies));
        assert_eq!(flow_for(&[Situation::DontKnowWhere])[1], Search);
        assert_eq!(
            flow_for(&[Situation::LiveNow]),
            vec![Emergency],
            "nothing competes"
        );
        assert!(
            !flow_for(&[Situation::Fake]).contains(&Copies),
            "no originals"
        );
        for s in Situation::ALL {
            let flow = situation_flow(s);
            for step in flow {
                assert_eq!(flow.iter().filter(|x| *x == step).count(), 1, "{s:?}");
                if *step != Emergency {
                    assert!(!step.cli_commands().is_empty(), "{step:?}");
                }
            }
        }
    }

    #[test]
    fn several_situations_merge_with_the_emergency_first_and_no_images_for_children() {
        use Step::*;
        let both = flow_for(&[Situation::ChildPhotos, Situation::LiveNow]);
        assert_eq!(both[0], Emergency);
        assert!(both.contains(&Hotline) && !both.contains(&Images));
        let threat_fake = flow_for(&[Situation::Fake, Situation::Threatened]);
        assert_eq!(&threat_fake[..3], &[Case, Threat, Links]);
        assert!(threat_fake.contains(&Images) && threat_fake.contains(&Requests));
        assert_eq!(Threat.next_in(&threat_fake), Some(Links));
    }

    #[test]
    fn a_case_about_images_taken_before_18_keeps_links_only() {
        use Step::*;
        assert_eq!(case_steps(&[], true), vec![Case, Links, File]);
        assert_eq!(
            case_steps(&[Situation::Threatened], true),
            vec![Case, Links, File],
            "links before the file made from them"
        );
        assert_eq!(
            case_steps(&[Situation::ChildPhotos], true),
            vec![Case, Links, Hotline, File]
        );
        assert_eq!(
            case_steps(&[Situation::Fake], false),
            flow_for(&[Situation::Fake])
        );
    }

    /// Writes the flow for the UI next to the other generated bindings (like
    /// ts-rs does for the types); CI fails when the committed file differs.
    #[test]
    fn export_flow_for_the_ui() {
        let text = typescript_module();
        crate::model::write_ui_binding("caseFlow.ts", &text);
        assert!(text.contains("\"case\", \"links\", \"images\""));
        assert!(text.contains("live_now: [\"emergency\"],"));
    }
}
