//! `reclaim-cli match --originals DIR --found DIR [--threshold N]`: one JSON
//! line per found file, naming the original it copies (or null).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use reclaim_core::hashing::{find_copies, CropGrid, HashOptions};

use crate::output;

pub fn run(originals: Vec<PathBuf>, found: Vec<PathBuf>, threshold: u32, crops: bool) -> ExitCode {
    let options = HashOptions {
        crop_windows: crops.then(CropGrid::default),
        ..HashOptions::default()
    };
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
