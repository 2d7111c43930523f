//! Candidate search for binary descriptors: one table per 12-bit piece of
//! the 256 bits (21 pieces). Two descriptors 40 bits apart share at least
//! one whole piece 95 % of the time (50 bits: 80 %); an unrelated pair
//! shares one with odds of 21 in 4,096, so each query looks at about 1 in
//! 200 of the originals' descriptors, in 21 table look-ups.

use super::describe::Descriptor;

const PIECE_BITS: usize = 12;
const PIECES: usize = 256 / PIECE_BITS;
const KEYS: usize = 1 << PIECE_BITS;

/// The tables, as counting-sorted lists (offsets per key, then ids).
#[derive(Debug, Clone, Default)]
pub struct PieceIndex {
    /// `PIECES * (KEYS + 1)` offsets into `ids`, per piece.
    offsets: Vec<u32>,
    /// `PIECES * n` descriptor ids, grouped by piece then key.
    ids: Vec<u32>,
    n: usize,
    /// Buckets holding more ids than this are not visited.
    crowded: usize,
}

fn piece(d: &Descriptor, p: usize) -> usize {
    let start = p * PIECE_BITS;
    let (word, shift) = (start / 64, start % 64);
    let mut v = d[word] >> shift;
    if shift + PIECE_BITS > 64 && word + 1 < 4 {
        v |= d[word + 1] << (64 - shift);
    }
    (v as usize) & (KEYS - 1)
}

impl PieceIndex {
    pub fn build(descriptors: &[Descriptor]) -> Self {
        let n = descriptors.len();
        let mut offsets = vec![0u32; PIECES * (KEYS + 1)];
        let mut ids = vec![0u32; PIECES * n];
        for p in 0..PIECES {
            let off = &mut offsets[p * (KEYS + 1)..(p + 1) * (KEYS + 1)];
            for d in descriptors {
                off[piece(d, p) + 1] += 1;
            }
            for k in 0..KEYS {
                off[k + 1] += off[k];
            }
            let mut next: Vec<u32> = off[..KEYS].to_vec();
            let out = &mut ids[p * n..(p + 1) * n];
            for (i, d) in descriptors.iter().enumerate() {
                let k = piece(d, p);
                out[next[k] as usize] = i as u32;
                next[k] += 1;
            }
        }
        Self {
            offsets,
            ids,
            n,
            crowded: (16 * n / KEYS).max(32),
        }
    }

    /// Calls `visit` with every candidate id for `d` (an id may come more
    /// than once).
    pub fn candidates(&self, d: &Descriptor, mut visit: impl FnMut(usize)) {
        if self.n == 0 {
            return;
        }
        for p in 0..PIECES {
            let off = &self.offsets[p * (KEYS + 1)..(p + 1) * (KEYS + 1)];
            let ids = &self.ids[p * self.n..(p + 1) * self.n];
            let key = piece(d, p);
            let bucket = &ids[off[key] as usize..off[key + 1] as usize];
            // Crowded pieces (flat patches give the same bits) say little
            // and would cost most of the time: skipped.
            if bucket.len() > self.crowded {
                continue;
            }
            for &id in bucket {
                visit(id as usize);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_descriptor_a_few_bits_away_and_skips_far_ones() {
        let mut state = 7u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let stored: Vec<Descriptor> = (0..2000)
            .map(|_| [next(), next(), next(), next()])
            .collect();
        let index = PieceIndex::build(&stored);
        let mut query = stored[1234];
        query[0] ^= 0b1011 << 3; // 4 bits off, in two pieces
        query[2] ^= 1 << 40;
        let mut seen = Vec::new();
        index.candidates(&query, |i| seen.push(i));
        assert!(seen.contains(&1234));
        seen.sort_unstable();
        seen.dedup();
        assert!(seen.len() < 60, "{} candidates", seen.len());
    }
}
