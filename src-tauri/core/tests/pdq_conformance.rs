//! PDQ conformance: bit-exact with Meta's reference on decoded pixels.
//!
//! Data: `shared/pdq-vectors` (see its README): 15 images' decoded RGB stored
//! losslessly, with the reference hash, quality and 8 dihedral hashes of
//! exactly those pixels.

use std::path::PathBuf;

use reclaim_core::hashing::pdq::{luma_from_rgb8, pdq_from_luma};
use reclaim_core::hashing::{Hash256, Transform};

fn vectors() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/pdq-vectors"
    ))
}

#[test]
fn every_decoded_vector_is_bit_exact_hash_quality_and_dihedrals() {
    let tsv = std::fs::read_to_string(vectors().join("expected/pdq-decoded-exact.tsv")).unwrap();
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    assert_eq!(
        header[4..],
        [
            "pdq",
            "rotate90",
            "rotate180",
            "rotate270",
            "flipX",
            "flipY",
            "flipPlus1",
            "flipMinus1"
        ]
    );
    let mut rows = 0;
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let img = image::open(vectors().join("decoded").join(f[0]))
            .unwrap()
            .to_rgb8();
        let (w, h) = img.dimensions();
        assert_eq!(
            (w.to_string().as_str(), h.to_string().as_str()),
            (f[1], f[2])
        );
        let luma = luma_from_rgb8(img.as_raw());
        let got = pdq_from_luma(&luma, w as usize, h as usize);
        assert_eq!(got.quality.to_string(), f[3], "quality of {}", f[0]);
        for (t, expected) in Transform::ALL.iter().zip(&f[4..12]) {
            let expected: Hash256 = expected.parse().unwrap();
            assert_eq!(
                got.variant(*t).to_hex(),
                expected.to_hex(),
                "{} {:?}: {} bits apart",
                f[0],
                t,
                got.variant(*t).distance(&expected)
            );
        }
        rows += 1;
    }
    assert_eq!(rows, 15, "every row of the TSV was checked");
}
