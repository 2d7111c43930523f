//! Benchmark helper: where the time of hashing one file goes, stage by stage,
//! on one thread (read, SHA-256 + MD5, DCT-scaled decode, the 64x64 grey copy
//! for pHash/dHash, PDQ as scanning computes it, PDQ with the reference's
//! full filter).
//!
//! `cargo run --release -p reclaim-core --example hash_stages -- FILE...`
//! prints milliseconds per file for each stage (each file hashed 5 times).

use std::path::PathBuf;
use std::time::Instant;

use reclaim_core::hashing::decode::{decode, DecodeLimits, DecodeSize};
use reclaim_core::hashing::file::digest_bytes;
use reclaim_core::hashing::pdq_from_luma;
use reclaim_core::hashing::pdq_sampled::{pdq_sampled, LumaWindow};
use reclaim_core::hashing::small_grey::small_copy;
use reclaim_core::hashing::sniff::sniff;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const STAGES: [&str; 6] = [
    "read",
    "sha256+md5",
    "decode",
    "64x64 grey",
    "pdq (scan)",
    "pdq (reference filter)",
];

fn main() {
    let files: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let limits = DecodeLimits::default();
    let rounds = 5;
    let mut seconds = [0f64; STAGES.len()];
    let mut timed = |stage: usize, start: Instant| seconds[stage] += start.elapsed().as_secs_f64();
    for _ in 0..rounds {
        for path in &files {
            let t = Instant::now();
            let bytes = std::fs::read(path).expect("readable file");
            timed(0, t);
            let t = Instant::now();
            std::hint::black_box(digest_bytes(&bytes));
            timed(1, t);
            let t = Instant::now();
            let kind = sniff(&bytes[..bytes.len().min(32)], path);
            let Ok(decoded) = decode(&bytes, kind, &limits, DecodeSize::Fast) else {
                continue;
            };
            timed(2, t);
            let t = Instant::now();
            std::hint::black_box(small_copy(&decoded.pixels));
            timed(3, t);
            let (w, h) = (
                decoded.pixels.width() as usize,
                decoded.pixels.height() as usize,
            );
            let luma = decoded.pixels.to_luma8();
            let t = Instant::now();
            std::hint::black_box(pdq_sampled(
                luma.as_raw().as_slice(),
                LumaWindow::whole(w, h),
            ));
            timed(4, t);
            let t = Instant::now();
            std::hint::black_box(pdq_from_luma(luma.as_raw().as_slice(), w, h));
            timed(5, t);
        }
    }
    let n = (rounds * files.len()) as f64;
    for (stage, s) in STAGES.iter().zip(seconds) {
        println!("{stage:24} {:7.2} ms/file", s / n * 1e3);
    }
}
