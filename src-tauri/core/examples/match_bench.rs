//! Benchmark helper: brute-force PDQ matching at scale.
//!
//! `cargo run --release -p reclaim-core --example match_bench -- N M`
//! makes M random originals (8 dihedral hashes each = 8*M indexed hashes)
//! and N random found hashes, plants one near copy (<= 30 bits) of an
//! original every 1,000 found hashes, and times `Matcher::best_many`.
//! Prints `found originals seconds matches planted`.

use std::time::Instant;

use reclaim_core::hashing::{Hash256, Matcher, Transform, DEFAULT_THRESHOLD};

/// xorshift64*: deterministic, dependency-free random bits.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn hash(&mut self) -> Hash256 {
        Hash256([self.next(), self.next(), self.next(), self.next()])
    }
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().unwrap())
        .collect();
    let (n, m) = (
        args.first().copied().unwrap_or(1_000_000),
        args.get(1).copied().unwrap_or(1_000),
    );
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut matcher = Matcher::new(DEFAULT_THRESHOLD);
    let mut originals = Vec::with_capacity(m);
    for i in 0..m {
        let h = rng.hash();
        originals.push(h);
        for t in Transform::ALL {
            // Independent random hashes stand in for the 8 variants.
            let v = if t == Transform::Original {
                h
            } else {
                rng.hash()
            };
            matcher.add_hash(i, v, t);
        }
    }
    let mut planted = 0;
    let queries: Vec<Option<Hash256>> = (0..n)
        .map(|i| {
            if i % 1000 == 0 {
                planted += 1;
                let mut h = originals[(i / 1000) % m];
                let flips = (rng.next() % 31) as usize;
                for _ in 0..flips {
                    let bit = (rng.next() % 256) as usize;
                    h.0[bit / 64] ^= 1 << (bit % 64);
                }
                Some(h)
            } else {
                Some(rng.hash())
            }
        })
        .collect();
    let start = Instant::now();
    let hits = matcher.best_many(&queries);
    let secs = start.elapsed().as_secs_f64();
    let matches = hits.iter().filter(|h| h.is_some()).count();
    println!("{n} {m} {secs:.3} {matches} {planted}");
}
