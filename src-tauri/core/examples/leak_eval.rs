//! Builds the leak-shaped test set (tests/common/leak_set) and scores
//! `find_copies` on it: found / total per kind of edit and false matches,
//! plus the margins of the local-feature acceptance rule (inliers of the
//! true original against the best unrelated one).
//!
//! `cargo run --release -p reclaim-core --example leak_eval -- [small|full] [DIR] [SEED]`
//! With DIR the set is kept there (e.g. to run `reclaim-cli match` on it);
//! otherwise a temporary folder is used and removed.

#[path = "../tests/common/leak_set/mod.rs"]
mod leak_set;

use std::sync::atomic::AtomicBool;
use std::sync::Mutex;
use std::time::Instant;

use reclaim_core::hashing::features::{FeatureIndex, Rules};
use reclaim_core::hashing::{find_copies, hash_file, FeatureConfig, HashOptions};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let size = match args.get(1).map(String::as_str) {
        Some("small") => leak_set::SetSize::SMALL,
        _ => leak_set::SetSize::FULL,
    };
    let keep = args.get(2).map(std::path::PathBuf::from);
    let seed: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(20);
    let dir = keep.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("reclaim-leaks-{}", std::process::id()))
    });
    let t = Instant::now();
    let (orig_dir, found_dir) = leak_set::generate(&dir, size, seed);
    eprintln!("generated in {:.1} s", t.elapsed().as_secs_f64());

    // Margins, straight from the feature index.
    let orig_opts = HashOptions {
        phash_dhash: false,
        features: Some(FeatureConfig::ORIGINAL),
        ..HashOptions::default()
    };
    let found_opts = HashOptions {
        phash_dhash: false,
        size: reclaim_core::hashing::DecodeSize::FastScreens,
        features: Some(FeatureConfig::FOUND),
        ..HashOptions::default()
    };
    let mut originals: Vec<_> = std::fs::read_dir(&orig_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    originals.sort();
    let mut index = FeatureIndex::new(Rules::default());
    for (i, p) in originals.iter().enumerate() {
        let h = hash_file(p, &orig_opts);
        let f = h.features.unwrap();
        index.add(i, &f.plain, false);
        index.add(i, f.mirrored.as_ref().unwrap(), true);
    }
    let mut found: Vec<_> = std::fs::read_dir(&found_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    found.sort();
    let (mut worst_true, mut best_false) = (usize::MAX, 0usize);
    for p in &found {
        let stem = p.file_stem().unwrap().to_string_lossy().to_string();
        let (kind, source) = stem.split_once("__").unwrap();
        let t = Instant::now();
        let h = hash_file(p, &found_opts);
        let hash_ms = t.elapsed().as_secs_f64() * 1e3;
        let f = h.features.unwrap();
        let t = Instant::now();
        let per_view = index.matches_per_view(&f.plain);
        let search_ms = t.elapsed().as_secs_f64() * 1e3;
        let placements = index.verify(&f.plain, &per_view);
        let ms = t.elapsed().as_secs_f64() * 1e3;
        let pairs: usize = per_view.iter().map(Vec::len).sum();
        let describe = |o: usize| {
            placements
                .iter()
                .find(|h| h.original == o)
                .map(|h| {
                    format!(
                        "{}in {}cells {:.2}span s{:.2} {}{:.0}deg",
                        h.placement.inliers,
                        h.placement.cells,
                        h.placement.span,
                        h.placement.similarity.scale(),
                        if h.mirrored { "m " } else { "" },
                        h.placement.similarity.angle().to_degrees()
                    )
                })
                .unwrap_or_else(|| "-".into())
        };
        let truth = source
            .strip_prefix('o')
            .map(|n| n.parse::<usize>().unwrap());
        let others = placements
            .iter()
            .filter(|h| Some(h.original) != truth)
            .max_by_key(|h| h.placement.inliers);
        if let Some(o) = others {
            best_false = best_false.max(o.placement.inliers);
        }
        if let Some(t) = truth {
            let n = placements
                .iter()
                .find(|h| h.original == t)
                .map_or(0, |h| h.placement.inliers);
            worst_true = worst_true.min(n);
        }
        println!(
            "{kind:12} {source}  kp {:4}  hash {hash_ms:5.1} ms  search {search_ms:5.1} ms ({pairs:4} pairs)  match {:5.1} ms  true: {:40}  best other: {}",
            f.plain.len(),
            ms,
            truth.map(describe).unwrap_or_else(|| "n/a".into()),
            others.map(|o| format!("o{:02} {}", o.original, describe(o.original))).unwrap_or_else(|| "-".into()),
        );
    }
    println!("inliers: weakest true match {worst_true}, strongest unrelated {best_false}");

    // The real thing: find_copies as the CLI runs it.
    let lines = Mutex::new(Vec::new());
    let t = Instant::now();
    find_copies(
        &[orig_dir],
        &[found_dir],
        reclaim_core::hashing::DEFAULT_THRESHOLD,
        &HashOptions {
            features: Some(FeatureConfig::FOUND),
            ..HashOptions::default()
        },
        &AtomicBool::new(false),
        |r| lines.lock().unwrap().push((r.found, r.original)),
        |_| {},
    );
    let secs = t.elapsed().as_secs_f64();
    let score = leak_set::score(&lines.into_inner().unwrap());
    let (mut f, mut n) = (0, 0);
    for (kind, (found, total)) in &score.per_kind {
        println!("{kind:12} {found}/{total}");
        f += found;
        n += total;
    }
    println!(
        "all          {f}/{n}; false matches: {} {:?}",
        score.false_matches.len(),
        score.false_matches
    );
    println!("find_copies: {:.1} s for {} found files", secs, found.len());
    if keep.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
