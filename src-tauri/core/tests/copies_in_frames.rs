//! The app's "Find copies" finds an original inside a story screenshot
//! through the case alone (the image is gone, only what the case keeps of
//! it is used), and what it keeps for that (local features) is in no
//! readable file of the case folder; a hand-over carries it.

mod common;

use std::path::Path;
use std::sync::atomic::AtomicBool;

use common::leak_set::{draw, edits, save};
use common::vault_case;
use reclaim_core::app::{copies, images};
use reclaim_core::hashing::features::Descriptor;
use reclaim_core::vault::{CreateOptions, KdfStrength, Vault};
use secrecy::SecretString;

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn descriptor_bytes(d: &Descriptor) -> Vec<u8> {
    d.iter().flat_map(|w| w.to_le_bytes()).collect()
}

#[test]
fn find_copies_finds_an_original_inside_a_story_screenshot_from_the_case_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let mine = draw::synthetic_photo(41, 1600, 1200);
    let other = draw::synthetic_photo(42, 1600, 1200);
    let original = tmp.path().join("mine.jpg");
    save(&mine, &original, 95);
    let found = tmp.path().join("found");
    std::fs::create_dir_all(&found).unwrap();
    let mut rng = draw::Rng::new(7);
    let fillers = [&other, &other, &other];
    save(
        &edits::apply("story", &mine, fillers, &mut rng),
        &found.join("story.jpg"),
        85,
    );
    // Someone else's photo in the same frame: not a copy.
    save(
        &edits::apply("story", &other, fillers, &mut rng),
        &found.join("other-story.jpg"),
        85,
    );

    let data = tmp.path().join("data");
    let mut case = vault_case::open_new(&data, "mine");
    let hashed = images::hash_picked(std::slice::from_ref(&original));
    let features = hashed[0]
        .features
        .clone()
        .expect("features computed for an original");
    assert!(features.plain.len() > 100 && features.mirrored.is_some());
    images::keep_hashed(&mut case, "Image", &hashed).unwrap();
    std::fs::remove_file(&original).unwrap();

    let stored = case.stored_originals().unwrap();
    assert_eq!(
        stored[0].features.as_ref(),
        Some(&features),
        "kept as computed"
    );
    let search = copies::find_copies(&stored, &found, &AtomicBool::new(false), || false, |_| {});
    let got: Vec<_> = search
        .copies
        .iter()
        .map(|c| (c.file_name.as_str(), c.original.as_str(), c.distance))
        .collect();
    assert_eq!(got, [("story.jpg", "Image 1", None)], "{search:?}");
    assert_eq!((search.looked_at, search.total), (2, 2));

    // Nothing of the features is readable in the case folder (database,
    // its journal, key slots, backups): 16 descriptors looked for as bytes.
    let needles: Vec<Vec<u8>> = features.plain.descriptors[..16]
        .iter()
        .map(descriptor_bytes)
        .collect();
    let files = files_under(&data);
    assert!(!files.is_empty());
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for needle in &needles {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_slice()),
                "a descriptor is readable in {}",
                file.display()
            );
        }
    }

    // A hand-over carries them: the imported case finds the copy too.
    let pass = SecretString::from("hand-over passphrase for tests");
    let export = tmp.path().join("case.reclaim");
    case.export(&export, &pass).unwrap();
    drop(case);
    let imported = Vault::without_keyring(&tmp.path().join("elsewhere"))
        .import_case(
            &export,
            &pass,
            CreateOptions {
                passphrase: Some(SecretString::from("correct horse battery staple")),
                use_keyring: false,
                kdf: KdfStrength::InsecureForTests,
            },
        )
        .unwrap();
    let stored = imported.stored_originals().unwrap();
    assert_eq!(stored[0].features.as_ref(), Some(&features));
    assert!(
        stored[0].matching.is_some(),
        "crop windows and variants too"
    );
}
