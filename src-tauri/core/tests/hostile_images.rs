//! Image bombs (issue 18, item 5): files of a few hundred KB that cost a
//! decoder hundreds of MB. Each is refused from its header with a clear
//! error, or hashed without inflating what hashing does not need. Peak
//! memory over the whole set is measured, not asserted: docs/benchmarks.md.

mod common;

use common::hostile_images::{gif, iccp_bomb, png, ztxt_bomb};
use reclaim_core::hashing::decode::{working_set, DecodeLimits, DecodeSize};
use reclaim_core::hashing::file::{hash_file, HashOptions};
use reclaim_core::hashing::sniff::FileKind;
use reclaim_core::ErrorKind;

#[test]
fn images_that_would_need_more_memory_than_allowed_are_refused_from_their_header() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        // 8000² 16-bit RGB: 384 MB of samples (the review measured a 715 MB peak).
        ("16-bit.png", png(8000, 8000, 16, 2, &[])),
        // 8000² RGBA: 256 MB of samples, then an RGB copy and PDQ's luma.
        ("rgba.png", png(8000, 8000, 8, 6, &[])),
        // An 8000² GIF screen around a single pixel.
        ("screen.gif", gif(8000, 8000)),
    ] {
        assert!(bytes.len() < 1_000_000, "{name} is {} bytes", bytes.len());
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let hashed = hash_file(&path, &HashOptions::default());
        let err = hashed.hashes.error.expect(name);
        assert_eq!(err.kind, ErrorKind::TooLarge, "{name}: {err:?}");
        assert!(err.message.contains(" MB"), "{name}: {}", err.message);
        // The bytes are still hashed (SHA-256 and MD5), as for any file.
        assert!(hashed.hashes.sha256.is_some(), "{name}");
        assert!(hashed.hashes.pdq.is_none(), "{name}");
    }
}

#[test]
fn compressed_chunks_that_hashing_does_not_need_are_never_inflated() {
    let dir = tempfile::tempdir().unwrap();
    for (name, extra) in [
        ("iccp.png", iccp_bomb(128 << 20)),
        ("ztxt.png", ztxt_bomb(128 << 20)),
    ] {
        let bytes = png(64, 64, 8, 2, &[extra]);
        assert!(bytes.len() < 200_000, "{name} is {} bytes", bytes.len());
        // What the decode will hold: the 64x64 picture and a copy of the
        // file without the chunk, not the 128 MB the chunk inflates to.
        let need = working_set(
            &bytes,
            FileKind::Png,
            &DecodeLimits::default(),
            DecodeSize::Fast,
        )
        .unwrap();
        assert!(need < 1_000_000, "{name}: {need} bytes");
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let hashed = hash_file(&path, &HashOptions::default());
        assert!(
            hashed.hashes.error.is_none(),
            "{name}: {:?}",
            hashed.hashes.error
        );
        assert_eq!(hashed.hashes.width, Some(64), "{name}");
        assert!(hashed.hashes.pdq.is_some(), "{name}");
    }
}
