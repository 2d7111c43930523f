//! Benchmark helper: decode files exactly as `reclaim-cli hash` does (same
//! sniffing, caps, DCT-scaled JPEG decode, orientation, same parallelism) and
//! nothing else, to measure the decode floor hashing is compared against.
//!
//! `cargo run --release -p reclaim-core --example decode_floor -- FILE_OR_DIR...`
//! prints `files seconds files_per_second` on one line.

use std::io::Read;
use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;
use reclaim_core::hashing::collect_files;
use reclaim_core::hashing::decode::{decode, DecodeLimits, DecodeSize};
use reclaim_core::hashing::sniff::sniff;

// The same allocator as `reclaim-cli`, so the floor is not slowed by
// page faults the CLI does not have.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let roots: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let (files, _) = collect_files(&roots);
    let limits = DecodeLimits::default();
    let start = Instant::now();
    let pixels: u64 = files
        .par_iter()
        .with_max_len(1)
        .map(|path| {
            let mut bytes = Vec::new();
            std::fs::File::open(path)
                .and_then(|mut f| f.read_to_end(&mut bytes))
                .expect("readable file");
            let kind = sniff(&bytes[..bytes.len().min(32)], path);
            decode(&bytes, kind, &limits, DecodeSize::Fast)
                .map(|d| u64::from(d.pixels.width()) * u64::from(d.pixels.height()))
                .unwrap_or(0)
        })
        .sum();
    let secs = start.elapsed().as_secs_f64();
    std::hint::black_box(pixels);
    println!(
        "{} {:.3} {:.1}",
        files.len(),
        secs,
        files.len() as f64 / secs
    );
}
