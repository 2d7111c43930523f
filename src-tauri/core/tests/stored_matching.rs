//! Finding copies against originals kept in a case as hashes only: real
//! photos from `shared/pdq-vectors` (ThreatExchange, BSD licence, see its
//! README), a real vault (SQLCipher) in a temp folder, no original file left
//! at search time.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use reclaim_core::hashing::{
    hash_file, CopiesSearch, CropGrid, HashOptions, MatchHashes, StoredOriginal, Transform,
};
use reclaim_core::vault::{AddedImage, CreateOptions, KdfStrength, NewCase, OpenCase, Vault};
use reclaim_core::ErrorKind;

fn vectors() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/pdq-vectors/images"
    ))
}

fn original_options() -> HashOptions {
    HashOptions {
        crop_windows: Some(CropGrid::default()),
        ..HashOptions::default()
    }
}

fn new_case(vault: &Vault) -> OpenCase {
    vault
        .create_case(
            &NewCase {
                label: "stored matching".into(),
                language: "en".into(),
                contact_name: None,
                contact_email: None,
                country: None,
                minor: false,
                situations: Vec::new(),
            },
            CreateOptions {
                passphrase: Some("a long enough passphrase".to_owned().into()),
                use_keyring: false,
                kdf: KdfStrength::Floor,
            },
        )
        .unwrap()
}

/// A folder of found files: the original turned 90°, mirrored, cut at the
/// edges, an unrelated photo and a damaged file.
fn found_folder(dir: &Path) -> PathBuf {
    let found = dir.join("found/deeper");
    std::fs::create_dir_all(&found).unwrap();
    let dih = vectors().join("reg-test-input/dih");
    std::fs::copy(dih.join("bridge-2-rotate-90.jpg"), found.join("turned.jpg")).unwrap();
    std::fs::copy(dih.join("bridge-6-flipy.jpg"), found.join("mirror.jpg")).unwrap();
    std::fs::copy(
        vectors().join("reg-test-input/labelme-subset/q2821.jpg"),
        found.join("unrelated.jpg"),
    )
    .unwrap();
    std::fs::write(found.join("broken.jpg"), b"\xFF\xD8\xFF\xE0 not really").unwrap();
    dir.join("found")
}

#[test]
fn copies_are_found_from_hashes_kept_in_the_case_after_the_original_is_gone() {
    let tmp = tempfile::tempdir().unwrap();
    // The original is hashed from a copy that is deleted before the search.
    let mine = tmp.path().join("mine.jpg");
    std::fs::copy(
        vectors().join("reg-test-input/dih/bridge-1-original.jpg"),
        &mine,
    )
    .unwrap();
    let unrelated_original = vectors().join("reg-test-input/labelme-subset/q1050.jpg");
    let data = tmp.path().join("data");
    let vault = Vault::without_keyring(&data);
    let mut case = new_case(&vault);
    let first = case
        .add_hashed_image("Image", &hash_file(&mine, &original_options()))
        .unwrap();
    let second = case
        .add_hashed_image(
            "Image",
            &hash_file(&unrelated_original, &original_options()),
        )
        .unwrap();
    assert!(matches!(first, AddedImage::Added(_)));
    assert!(matches!(second, AddedImage::Added(_)));
    // The same file again is not kept twice.
    let again = case
        .add_hashed_image("Image", &hash_file(&mine, &original_options()))
        .unwrap();
    let AddedImage::Added(first_id) = first else {
        unreachable!()
    };
    assert_eq!(again, AddedImage::AlreadyKept(first_id));
    // A file that cannot be hashed is refused with its own error.
    std::fs::write(tmp.path().join("empty.jpg"), b"").unwrap();
    let err = case
        .add_hashed_image(
            "Image",
            &hash_file(&tmp.path().join("empty.jpg"), &original_options()),
        )
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::EmptyFile);
    std::fs::remove_file(&mine).unwrap();

    let labels: Vec<_> = case
        .image_hashes()
        .unwrap()
        .into_iter()
        .map(|h| h.label.unwrap())
        .collect();
    assert_eq!(
        labels,
        ["Image 1", "Image 2"],
        "private names, not file names"
    );

    // Stored hashes survive locking and reopening.
    let code = case.code().to_owned();
    case.lock();
    let (mut case, _) = vault
        .open_case(
            &code,
            reclaim_core::vault::Unlock::Passphrase("a long enough passphrase".to_owned().into()),
        )
        .unwrap();
    let originals = case.stored_originals().unwrap();
    assert_eq!(originals.len(), 2);
    let m = originals[0]
        .matching
        .as_ref()
        .expect("matching hashes kept");
    assert!(m.crops.len() > 100, "crop windows kept: {}", m.crops.len());

    let found = found_folder(tmp.path());
    let progress = Mutex::new(Vec::new());
    let search = CopiesSearch::run(
        &originals,
        &found,
        &HashOptions::default(),
        &AtomicBool::new(false),
        |p, copies| progress.lock().unwrap().push((p, copies)),
    );
    assert!(!search.cancelled);
    assert_eq!((search.looked_at, search.total), (4, 4));
    assert_eq!(search.originals_used, 2);
    let copies: Vec<_> = search
        .copies
        .iter()
        .map(|c| (c.file_name.as_str(), c.original.as_str(), c.transform))
        .collect();
    assert_eq!(
        copies,
        [
            ("mirror.jpg", "Image 1", Transform::Mirrored),
            ("turned.jpg", "Image 1", Transform::Rotated90),
        ],
        "the unrelated photo is not a copy"
    );
    assert!(search
        .copies
        .iter()
        .all(|c| c.distance.is_some_and(|d| d <= 31)
            && c.original_id == first_id
            && c.sha256.as_deref().map(str::len) == Some(64)
            && c.folder.ends_with("deeper")));
    assert_eq!(search.unreadable_count, 1);
    assert_eq!(search.unreadable[0].file_name, "broken.jpg");
    assert_ne!(search.unreadable[0].error.kind, ErrorKind::Internal);
    let progress = progress.into_inner().unwrap();
    let (last, copies_seen) = progress.last().unwrap();
    assert_eq!((last.done, last.total, *copies_seen), (4, 4, 2));

    // The outcome is kept in the case and read back after reopening.
    assert_eq!(case.last_copies_search().unwrap(), None);
    let kept = case.keep_copies_search(&search).unwrap();
    assert!(kept.at.is_some());
    case.lock();
    let (case, _) = vault
        .open_case(
            &code,
            reclaim_core::vault::Unlock::Passphrase("a long enough passphrase".to_owned().into()),
        )
        .unwrap();
    assert_eq!(case.last_copies_search().unwrap(), Some(kept));
    assert!(case.verify_chain_ok());
}

trait ChainOk {
    fn verify_chain_ok(&self) -> bool;
}

impl ChainOk for OpenCase {
    fn verify_chain_ok(&self) -> bool {
        reclaim_core::vault::verify_custody_chain(&self.custody_log().unwrap()).is_empty()
    }
}

#[test]
fn copies_cut_at_the_edges_are_found_from_stored_crop_windows() {
    let tmp = tempfile::tempdir().unwrap();
    let bridge = image::open(vectors().join("bridge-mods/aaa-orig.jpg")).unwrap();
    let small = bridge
        .resize(640, 640, image::imageops::FilterType::Triangle)
        .to_rgb8();
    let mine = tmp.path().join("mine.png");
    small.save(&mine).unwrap();
    let (w, h) = small.dimensions();
    let found = tmp.path().join("found");
    std::fs::create_dir_all(&found).unwrap();
    image::imageops::crop_imm(&small, w / 10, 0, w - w / 10, h)
        .to_image()
        .save(found.join("cut.jpg"))
        .unwrap();

    let hashed = hash_file(&mine, &original_options());
    let stored = |matching| StoredOriginal {
        id: 7,
        label: "Image 1".into(),
        quality: hashed.pdq.map(|p| p.quality),
        pdq: hashed.pdq.map(|p| p.hash()),
        matching,
        features: None,
    };
    let run = |o: StoredOriginal| {
        CopiesSearch::run(
            &[o],
            &found,
            &HashOptions::default(),
            &AtomicBool::new(false),
            |_, _| {},
        )
    };
    let with = run(stored(MatchHashes::from_hashed(&hashed)));
    assert_eq!(with.copies.len(), 1, "{with:?}");
    assert_eq!(with.copies[0].transform, Transform::Cropped);
    let plain = run(stored(None));
    assert!(
        plain.copies.is_empty(),
        "PDQ alone does not survive the cut"
    );
}

#[test]
fn a_cancelled_search_says_so_and_stops_early() {
    let tmp = tempfile::tempdir().unwrap();
    let hashed = hash_file(
        &vectors().join("reg-test-input/dih/bridge-1-original.jpg"),
        &HashOptions::default(),
    );
    let original = StoredOriginal {
        id: 1,
        label: "Image 1".into(),
        quality: hashed.pdq.map(|p| p.quality),
        pdq: hashed.pdq.map(|p| p.hash()),
        matching: MatchHashes::from_hashed(&hashed),
        features: None,
    };
    let found = tmp.path().join("many");
    std::fs::create_dir_all(&found).unwrap();
    // Enough files that the scan outlasts the first progress report (every
    // 100 ms) even on a fast machine; hard links where the file system allows.
    let source = vectors().join("reg-test-input/labelme-subset/q2821.jpg");
    for i in 0..4000 {
        let to = found.join(format!("{i:04}.jpg"));
        if std::fs::hard_link(&source, &to).is_err() {
            std::fs::copy(&source, &to).unwrap();
        }
    }
    let cancel = AtomicBool::new(false);
    let search = CopiesSearch::run(
        &[original],
        &found,
        &HashOptions::default(),
        &cancel,
        |p, _| {
            if p.done >= 1 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
    );
    assert!(search.cancelled);
    assert!(search.looked_at < 4000, "{}", search.looked_at);
}
