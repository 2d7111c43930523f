//! Multi-index hashing (Norouzi, Punjani & Fleet, 2012) for PDQ radius search.
//!
//! The 256 bits are cut into 16 chunks of 16 bits. If two hashes are at most
//! 31 bits apart, at least one chunk differs by at most 1 bit (16 chunks x 2
//! bits would already be 32). So for each chunk of the query we look up the
//! exact value and its 16 one-bit neighbours in a table of that chunk, and
//! verify only those candidates with a full popcount. Exact: it returns what
//! brute force returns, for any threshold below 32.

use super::popcount::distance;

const CHUNKS: usize = 16;
const BUCKETS: usize = 1 << 16;

/// The largest threshold the index answers exactly.
pub const MAX_THRESHOLD: u32 = (CHUNKS as u32) * 2 - 1;

/// One lookup table per 16-bit chunk, stored as buckets of hash indices
/// (compressed: `offsets[v]..offsets[v + 1]` in `ids`).
#[derive(Debug, Clone)]
pub struct MihIndex {
    offsets: Vec<u32>,
    ids: Vec<u32>,
}

#[inline]
fn chunk(h: &[u64; 4], c: usize) -> usize {
    (h[c / 4] >> ((c % 4) * 16)) as usize & 0xFFFF
}

impl MihIndex {
    pub fn build(hashes: &[[u64; 4]]) -> Self {
        let mut offsets = vec![0u32; CHUNKS * (BUCKETS + 1)];
        for h in hashes {
            for c in 0..CHUNKS {
                offsets[c * (BUCKETS + 1) + chunk(h, c) + 1] += 1;
            }
        }
        for c in 0..CHUNKS {
            let table = &mut offsets[c * (BUCKETS + 1)..(c + 1) * (BUCKETS + 1)];
            for v in 1..=BUCKETS {
                table[v] += table[v - 1];
            }
        }
        let mut ids = vec![0u32; hashes.len() * CHUNKS];
        let mut fill = offsets.clone();
        for (i, h) in hashes.iter().enumerate() {
            for c in 0..CHUNKS {
                let base = (c * (BUCKETS + 1)) + chunk(h, c);
                let slot = fill[base] as usize + c * hashes.len();
                ids[slot] = i as u32;
                fill[base] += 1;
            }
        }
        Self { offsets, ids }
    }

    /// Closest hash within `threshold` (<= [`MAX_THRESHOLD`]); the lowest
    /// index on a tie, exactly like a linear scan.
    pub fn nearest(
        &self,
        hashes: &[[u64; 4]],
        query: &[u64; 4],
        threshold: u32,
    ) -> Option<(usize, u32)> {
        debug_assert!(threshold <= MAX_THRESHOLD);
        let mut best: Option<(usize, u32)> = None;
        let n = hashes.len();
        for c in 0..CHUNKS {
            let v = chunk(query, c);
            let table = &self.offsets[c * (BUCKETS + 1)..(c + 1) * (BUCKETS + 1)];
            let ids = &self.ids[c * n..(c + 1) * n];
            // Radius 1 is only needed when the threshold allows 2+ bits per chunk.
            let flips = if threshold >= CHUNKS as u32 { 16 } else { 0 };
            for f in 0..=flips {
                let probe = if f == 0 { v } else { v ^ (1 << (f - 1)) };
                for &id in &ids[table[probe] as usize..table[probe + 1] as usize] {
                    let i = id as usize;
                    let d = distance(query, &hashes[i]);
                    if d <= threshold && best.is_none_or(|(bi, bd)| (d, i) < (bd, bi)) {
                        best = Some((i, d));
                    }
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hashing::popcount::nearest_within;

    fn rng(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn index_answers_exactly_like_brute_force() {
        let mut s = 42u64;
        let hashes: Vec<[u64; 4]> = (0..3000)
            .map(|_| [rng(&mut s), rng(&mut s), rng(&mut s), rng(&mut s)])
            .collect();
        let index = MihIndex::build(&hashes);
        for q in 0..600 {
            let mut query = hashes[(q * 7) % hashes.len()];
            // Flip 0..=40 random bits, spread so some chunks get 2+.
            for _ in 0..(q % 41) {
                let bit = (rng(&mut s) % 256) as usize;
                query[bit / 64] ^= 1 << (bit % 64);
            }
            for t in [0, 10, 15, 16, 31] {
                assert_eq!(
                    index.nearest(&hashes, &query, t),
                    nearest_within(&query, &hashes, t),
                    "q{q} t{t}"
                );
            }
        }
    }
}
