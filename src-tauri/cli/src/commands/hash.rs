//! `reclaim-cli hash PATH...`: one JSON line per file (folders recursively).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use reclaim_core::hashing::{collect_files, hash_files, DecodeSize, HashOptions};

use crate::output;

pub fn run(paths: Vec<PathBuf>, exact: bool) -> ExitCode {
    let options = HashOptions {
        size: if exact {
            DecodeSize::Full
        } else {
            DecodeSize::Fast
        },
        ..HashOptions::default()
    };
    let (files, errors) = collect_files(&paths);
    for e in &errors {
        output::line(e);
    }
    let never = AtomicBool::new(false);
    hash_files(
        &files,
        &options,
        &never,
        |h| output::line(&h.hashes),
        |_| {},
    );
    ExitCode::SUCCESS
}
