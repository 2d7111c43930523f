//! Matching: pair counts against the upstream needles/haystack lists, and
//! finding rotated, mirrored and edited copies of a real photo among files.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use reclaim_core::hashing::popcount::scan_within;
use reclaim_core::hashing::{
    find_copies, hash_files, Hash256, HashOptions, MatchResult, Matcher, ScanProgress, ScanStage,
    Transform, DEFAULT_THRESHOLD,
};
use reclaim_core::ErrorKind;

fn vectors() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/pdq-vectors"
    ))
}

fn hash_list(name: &str) -> Vec<Hash256> {
    std::fs::read_to_string(vectors().join("hash-lists").join(name))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split_whitespace().next().unwrap().parse().unwrap())
        .collect()
}

#[test]
fn pair_counts_match_brute_force_reference_for_every_threshold() {
    let needles = hash_list("needles.txt");
    let haystack = hash_list("haystack.txt");
    assert_eq!((needles.len(), haystack.len()), (100, 1350));
    let hay: Vec<[u64; 4]> = haystack.iter().map(|h| h.0).collect();
    let tsv = std::fs::read_to_string(vectors().join("expected/mih-needles-haystack.tsv")).unwrap();
    let mut checked = 0;
    for line in tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with('t'))
    {
        let f: Vec<&str> = line.split('\t').collect();
        let (Ok(t), Ok(expected)) = (f[0].parse::<u32>(), f[1].trim().parse::<usize>()) else {
            continue;
        };
        let mut pairs = 0;
        for n in &needles {
            scan_within(&n.0, &hay, t, &mut |_, _| pairs += 1);
        }
        assert_eq!(pairs, expected, "pairs within {t}");
        checked += 1;
    }
    assert_eq!(checked, 65, "t = 0..=64");
}

#[test]
fn matcher_finds_a_haystack_neighbour_exactly_for_needles_that_have_one() {
    let needles = hash_list("needles.txt");
    let haystack = hash_list("haystack.txt");
    let mut m = Matcher::new(DEFAULT_THRESHOLD);
    for (i, h) in haystack.iter().enumerate() {
        m.add_hash(i, *h, Transform::Original);
    }
    for n in &needles {
        let closest = haystack.iter().map(|h| h.distance(n)).min().unwrap();
        match m.best(n) {
            Some(hit) => {
                assert_eq!(hit.distance, closest);
                assert_eq!(haystack[hit.original].distance(n), closest);
            }
            None => assert!(closest > DEFAULT_THRESHOLD),
        }
    }
}

fn run_find(originals: &[PathBuf], found: &[PathBuf]) -> (Vec<MatchResult>, Vec<ScanProgress>) {
    let results = Mutex::new(Vec::new());
    let progress = Mutex::new(Vec::new());
    let cancel = AtomicBool::new(false);
    let summary = find_copies(
        originals,
        found,
        DEFAULT_THRESHOLD,
        &HashOptions::default(),
        &cancel,
        |r| results.lock().unwrap().push(r),
        |p| progress.lock().unwrap().push(p),
    );
    assert!(!summary.cancelled);
    assert_eq!(summary.originals_used, originals.len() as u64);
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.found.cmp(&b.found));
    (results, progress.into_inner().unwrap())
}

#[test]
fn rotated_and_mirrored_copies_are_found_with_their_transform() {
    let img = vectors().join("images");
    let original = img.join("reg-test-input/dih/bridge-1-original.jpg");
    let (results, progress) = run_find(
        std::slice::from_ref(&original),
        &[img.join("reg-test-input/dih")],
    );
    let expect = [
        ("bridge-1-original.jpg", Transform::Original),
        ("bridge-2-rotate-90.jpg", Transform::Rotated90),
        ("bridge-3-rotate-180.jpg", Transform::Rotated180),
        ("bridge-4-rotate-270.jpg", Transform::Rotated270),
        ("bridge-5-flipx.jpg", Transform::Flipped),
        ("bridge-6-flipy.jpg", Transform::Mirrored),
        ("bridge-7-flip-plus-1.jpg", Transform::Transposed),
        ("bridge-8-flip-minus-1.jpg", Transform::AntiTransposed),
    ];
    assert_eq!(results.len(), expect.len());
    for (r, (name, t)) in results.iter().zip(expect) {
        assert!(r.found.ends_with(name), "{}", r.found);
        assert_eq!(
            r.original.as_deref(),
            Some(original.display().to_string().as_str())
        );
        assert_eq!(r.transform, Some(t), "{name}");
        assert!(r.distance.unwrap() <= 12, "{name}: {:?}", r.distance);
        assert_eq!(r.error, None);
    }
    let last = progress.last().unwrap();
    assert_eq!(
        (last.stage, last.done, last.total),
        (ScanStage::Found, 8, 8)
    );
    assert!(progress.iter().any(|p| p.stage == ScanStage::Originals));
}

#[test]
fn edited_copies_match_and_unrelated_or_plain_images_do_not() {
    let img = vectors().join("images");
    let original = img.join("bridge-mods/aaa-orig.jpg");
    let (results, _) = run_find(
        &[original],
        &[
            img.join("bridge-mods"),
            img.join("reg-test-input/labelme-subset"),
            img.join("reg-test-input/pen-and-coaster.png"),
        ],
    );
    for r in &results {
        let name = r.found.rsplit('/').next().unwrap();
        if r.found.contains("bridge-mods") {
            assert!(r.original.is_some(), "{name} should match: {r:?}");
            assert_eq!(r.transform, Some(Transform::Original));
        } else if name == "q0003.jpg" || name == "q0004.jpg" {
            assert_eq!(
                r.error.as_ref().unwrap().kind,
                ErrorKind::LowQuality,
                "{name}"
            );
            assert_eq!(r.original, None);
        } else {
            assert_eq!(r.original, None, "{name} is unrelated");
            assert_eq!(r.error, None);
        }
    }
    assert_eq!(results.len(), 12 + 7 + 1);
}

#[test]
fn cancelling_stops_the_scan_and_says_so() {
    let files: Vec<PathBuf> = std::fs::read_dir(vectors().join("images/bridge-mods"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let cancel = AtomicBool::new(true);
    let summary = hash_files(&files, &HashOptions::default(), &cancel, |_| {}, |_| {});
    assert!(summary.cancelled);
    assert_eq!(summary.done, 0);

    let cancel = AtomicBool::new(false);
    let seen = Mutex::new(0);
    let summary = hash_files(
        &files,
        &HashOptions::default(),
        &cancel,
        |_| {
            *seen.lock().unwrap() += 1;
            cancel.store(true, Ordering::Relaxed);
        },
        |_| {},
    );
    assert!(summary.cancelled);
    assert!(summary.done < summary.total, "{summary:?}");
    assert_eq!(summary.done, *seen.lock().unwrap());
}

#[test]
fn a_bad_file_among_found_files_does_not_stop_the_search() {
    let dir = std::env::temp_dir().join(format!("reclaim-match-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("broken.jpg"), b"\xFF\xD8\xFF\xE0 not really").unwrap();
    let original = vectors().join("images/bridge-mods/aaa-orig.jpg");
    std::fs::copy(&original, dir.join("copy.jpg")).unwrap();
    let (results, _) = run_find(&[original], std::slice::from_ref(&dir));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(results.len(), 2);
    assert!(results[0].found.ends_with("broken.jpg") && results[0].error.is_some());
    assert!(results[1].found.ends_with("copy.jpg") && results[1].distance == Some(0));
}

#[test]
fn copies_cut_at_the_edges_are_found_only_with_crop_windows() {
    use reclaim_core::hashing::CropGrid;
    let dir = std::env::temp_dir().join(format!("reclaim-crops-{}", std::process::id()));
    let (orig_dir, found_dir) = (dir.join("originals"), dir.join("found"));
    std::fs::create_dir_all(&orig_dir).unwrap();
    std::fs::create_dir_all(&found_dir).unwrap();
    let bridge = image::open(vectors().join("images/bridge-mods/aaa-orig.jpg")).unwrap();
    let small = bridge
        .resize(640, 640, image::imageops::FilterType::Triangle)
        .to_rgb8();
    small.save(orig_dir.join("mine.png")).unwrap();
    let (w, h) = small.dimensions();
    // 10 % off the left; 7 % off the top and 4 % off the right.
    let cuts = [
        (w / 10, 0, w - w / 10, h),
        (0, h * 7 / 100, w - w * 4 / 100, h - h * 7 / 100),
    ];
    for (i, (x, y, cw, ch)) in cuts.into_iter().enumerate() {
        let sub = image::imageops::crop_imm(&small, x, y, cw, ch).to_image();
        sub.save(found_dir.join(format!("cut{i}.jpg"))).unwrap();
    }
    std::fs::copy(
        vectors().join("images/reg-test-input/labelme-subset/q2821.jpg"),
        found_dir.join("other.jpg"),
    )
    .unwrap();
    let run = |crops: Option<CropGrid>| {
        let results = Mutex::new(Vec::new());
        let options = HashOptions {
            crop_windows: crops,
            ..HashOptions::default()
        };
        find_copies(
            std::slice::from_ref(&orig_dir),
            std::slice::from_ref(&found_dir),
            DEFAULT_THRESHOLD,
            &options,
            &AtomicBool::new(false),
            |r| results.lock().unwrap().push(r),
            |_| {},
        );
        let mut r = results.into_inner().unwrap();
        r.sort_by(|a, b| a.found.cmp(&b.found));
        r
    };
    let plain = run(None);
    let with_crops = run(Some(CropGrid::default()));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(plain.iter().all(|r| r.original.is_none()), "{plain:?}");
    assert_eq!(
        with_crops[0].transform,
        Some(Transform::Cropped),
        "{with_crops:?}"
    );
    assert_eq!(
        with_crops[1].transform,
        Some(Transform::Cropped),
        "{with_crops:?}"
    );
    assert!(with_crops[2].found.ends_with("other.jpg") && with_crops[2].original.is_none());
}
