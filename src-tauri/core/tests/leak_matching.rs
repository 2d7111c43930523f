//! Copies shaped like real leaks (story and chat screenshots, collages,
//! watermarks, cut and mirrored, photographed off a screen, forum posts,
//! thumbnails) are found, and other photos in the same frames match
//! nothing. The set is generated (tests/common/leak_set); the full one is
//! scored by `cargo run --release --example leak_eval`.

mod common;

use std::sync::atomic::AtomicBool;
use std::sync::Mutex;

use common::leak_set;
use reclaim_core::hashing::{find_copies, FeatureConfig, HashOptions, DEFAULT_THRESHOLD};

fn run(size: leak_set::SetSize, seed: u64) -> leak_set::Score {
    let dir = tempfile::tempdir().unwrap();
    let (originals, found) = leak_set::generate(dir.path(), size, seed);
    let lines = Mutex::new(Vec::new());
    let summary = find_copies(
        &[originals],
        &[found],
        DEFAULT_THRESHOLD,
        &HashOptions {
            features: Some(FeatureConfig::FOUND),
            ..HashOptions::default()
        },
        &AtomicBool::new(false),
        |r| lines.lock().unwrap().push((r.found, r.original)),
        |_| {},
    );
    assert!(!summary.cancelled);
    leak_set::score(&lines.into_inner().unwrap())
}

fn check(score: &leak_set::Score) {
    assert!(
        score.false_matches.is_empty(),
        "false matches: {:?}",
        score.false_matches
    );
    assert_eq!(score.per_kind.len(), 8);
    for (kind, (found, total)) in &score.per_kind {
        assert!(
            *found as f64 >= 0.9 * *total as f64,
            "{kind}: {found}/{total} found ({:?})",
            score.per_kind
        );
    }
}

#[test]
fn leak_shaped_copies_are_found_and_frames_alone_match_nothing() {
    check(&run(leak_set::SetSize::SMALL, 20));
}

#[test]
#[ignore = "slow: 12 originals, 9 distractors, 168 copies (about a minute)"]
fn full_leak_set() {
    check(&run(leak_set::SetSize::FULL, 20));
}
