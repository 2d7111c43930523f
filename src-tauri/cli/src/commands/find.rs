//! `reclaim-cli match --originals DIR --found DIR [--threshold N]`: one JSON
//! line per match (the original a found file copies; a collage may copy
//! several), or one line with original null for a file matching nothing.
//! Local features are compared as well as PDQ unless `--threshold` asks for
//! PDQ distance alone.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use reclaim_core::hashing::{find_copies, CropGrid, FeatureConfig, HashOptions, DEFAULT_THRESHOLD};

use crate::output;

pub fn run(
    originals: Vec<PathBuf>,
    found: Vec<PathBuf>,
    threshold: Option<u32>,
    crops: bool,
) -> ExitCode {
    let options = HashOptions {
        crop_windows: crops.then(CropGrid::default),
        // find_copies picks the configuration for each side.
        features: threshold.is_none().then_some(FeatureConfig::FOUND),
        ..HashOptions::default()
    };
    let threshold = threshold.unwrap_or(DEFAULT_THRESHOLD);
    let never = AtomicBool::new(false);
    let summary = find_copies(
        &originals,
        &found,
        threshold,
        &options,
        &never,
        |r| output::line(&r),
        |_| {},
    );
    for s in &summary.originals_skipped {
        eprintln!(
            "reclaim-cli: original not used: {}: {}",
            s.path, s.error.message
        );
    }
    if summary.originals_used == 0 {
        eprintln!("reclaim-cli: no usable original image: nothing can match");
    }
    ExitCode::SUCCESS
}
