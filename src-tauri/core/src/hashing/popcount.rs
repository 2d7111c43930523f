//! Hamming distance of 256-bit hashes, using the CPU's POPCNT instruction
//! when it has one (detected at run time; the default x86-64 target does not
//! assume it, and software popcount is about 3x slower).

/// Number of differing bits between two 256-bit values.
#[inline]
pub fn distance(a: &[u64; 4], b: &[u64; 4]) -> u32 {
    (a[0] ^ b[0]).count_ones()
        + (a[1] ^ b[1]).count_ones()
        + (a[2] ^ b[2]).count_ones()
        + (a[3] ^ b[3]).count_ones()
}

/// Calls `hit(index, distance)` for every candidate within `threshold` of
/// `query`. Dispatches to a POPCNT build of the loop when the CPU supports it.
pub fn scan_within(
    query: &[u64; 4],
    candidates: &[[u64; 4]],
    threshold: u32,
    hit: &mut dyn FnMut(usize, u32),
) {
    #[cfg(target_arch = "x86_64")]
    {
        if std::is_x86_feature_detected!("popcnt") {
            scan_popcnt(query, candidates, threshold, hit);
            return;
        }
    }
    scan_portable(query, candidates, threshold, hit);
}

#[inline(always)]
fn scan_body(
    query: &[u64; 4],
    candidates: &[[u64; 4]],
    threshold: u32,
    hit: &mut dyn FnMut(usize, u32),
) {
    for (i, c) in candidates.iter().enumerate() {
        let d = distance(query, c);
        if d <= threshold {
            hit(i, d);
        }
    }
}

fn scan_portable(
    query: &[u64; 4],
    candidates: &[[u64; 4]],
    threshold: u32,
    hit: &mut dyn FnMut(usize, u32),
) {
    scan_body(query, candidates, threshold, hit);
}

#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
fn scan_popcnt(
    query: &[u64; 4],
    candidates: &[[u64; 4]],
    threshold: u32,
    hit: &mut dyn FnMut(usize, u32),
) {
    #[target_feature(enable = "popcnt")]
    fn inner(
        query: &[u64; 4],
        candidates: &[[u64; 4]],
        threshold: u32,
        hit: &mut dyn FnMut(usize, u32),
    ) {
        scan_body(query, candidates, threshold, hit);
    }
    // SAFETY: `inner` only needs the POPCNT instruction, and the caller
    // (`scan_within`) checked with `is_x86_feature_detected!("popcnt")` that
    // this CPU has it.
    unsafe { inner(query, candidates, threshold, hit) }
}

/// The index and distance of the closest candidate within `threshold` of
/// `query` (the first one on a tie), using POPCNT when the CPU has it.
pub fn nearest_within(
    query: &[u64; 4],
    candidates: &[[u64; 4]],
    threshold: u32,
) -> Option<(usize, u32)> {
    #[cfg(target_arch = "x86_64")]
    {
        if std::is_x86_feature_detected!("popcnt") {
            return nearest_popcnt(query, candidates, threshold);
        }
    }
    nearest_body(query, candidates, threshold)
}

#[inline(always)]
fn nearest_body(query: &[u64; 4], candidates: &[[u64; 4]], threshold: u32) -> Option<(usize, u32)> {
    let mut best: Option<(usize, u32)> = None;
    let mut limit = threshold;
    for (i, c) in candidates.iter().enumerate() {
        let d = distance(query, c);
        if d <= limit && best.is_none_or(|(_, b)| d < b) {
            best = Some((i, d));
            if d == 0 {
                break;
            }
            limit = d;
        }
    }
    best
}

#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
fn nearest_popcnt(
    query: &[u64; 4],
    candidates: &[[u64; 4]],
    threshold: u32,
) -> Option<(usize, u32)> {
    #[target_feature(enable = "popcnt")]
    fn inner(query: &[u64; 4], candidates: &[[u64; 4]], threshold: u32) -> Option<(usize, u32)> {
        nearest_body(query, candidates, threshold)
    }
    // SAFETY: `inner` only needs the POPCNT instruction, and the caller
    // (`nearest_within`) checked with `is_x86_feature_detected!("popcnt")`
    // that this CPU has it.
    unsafe { inner(query, candidates, threshold) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_reports_exactly_the_candidates_within_threshold() {
        let q = [u64::MAX, 0, 0, 0];
        let cands = [
            [u64::MAX, 0, 0, 0],
            [0, 0, 0, 0],
            [u64::MAX >> 3, 0, 0, 0],
            [u64::MAX, 1, 1, 1],
        ];
        let mut hits = Vec::new();
        scan_within(&q, &cands, 3, &mut |i, d| hits.push((i, d)));
        assert_eq!(hits, vec![(0, 0), (2, 3), (3, 3)]);
        let mut portable = Vec::new();
        scan_portable(&q, &cands, 3, &mut |i, d| portable.push((i, d)));
        assert_eq!(hits, portable);
    }

    #[test]
    fn nearest_is_the_first_closest_and_agrees_with_the_portable_loop() {
        let q = [0u64; 4];
        let cands = [
            [0b111, 0, 0, 0],
            [0b1, 0, 0, 1],
            [0b11, 0, 0, 0],
            [1 << 9, 1, 0, 0],
        ];
        assert_eq!(nearest_within(&q, &cands, 31), Some((1, 2)));
        assert_eq!(nearest_body(&q, &cands, 31), Some((1, 2)));
        assert_eq!(nearest_within(&q, &cands, 1), None);
    }
}
