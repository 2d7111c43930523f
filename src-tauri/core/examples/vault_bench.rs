//! Vault timings for docs/benchmarks.md (not a test: numbers depend on the machine).
//!
//!     cargo run --release -p reclaim-core --example vault_bench
//!
//! Uses the app's real parameters (Argon2id floor and calibrated), the real
//! SQLCipher build and age; no keyring (passphrase slot only).

use std::time::{Duration, Instant};

use reclaim_core::vault::{
    CreateOptions, EvidenceKind, KdfParams, KdfStrength, NewCase, NewEvidence, NewUrl, Unlock,
    Vault,
};
use secrecy::SecretString;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let data = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(data.path());
    let pass = || SecretString::from("benchmark passphrase".to_owned());
    let new = NewCase {
        label: "bench".into(),
        language: "en".into(),
        ..Default::default()
    };

    let calibrated = KdfParams::calibrated(Duration::from_secs(1)).unwrap();
    println!(
        "calibrated params: {calibrated:?} (floor {:?})",
        KdfParams::FLOOR
    );

    for (name, strength) in [
        ("floor", KdfStrength::Floor),
        ("calibrated", KdfStrength::Calibrated),
    ] {
        let start = Instant::now();
        let case = vault
            .create_case(
                &new,
                CreateOptions {
                    passphrase: Some(pass()),
                    use_keyring: false,
                    kdf: strength,
                },
            )
            .unwrap();
        let create = start.elapsed();
        let code = case.code().to_owned();
        case.lock();
        let mut unlocks = Vec::new();
        for _ in 0..5 {
            let start = Instant::now();
            let (case, _) = vault.open_case(&code, Unlock::Passphrase(pass())).unwrap();
            unlocks.push(start.elapsed());
            case.lock();
        }
        println!(
            "{name}: create {create:?}, unlock (Argon2id + SQLCipher open) median of 5 {:?}",
            median(unlocks)
        );
    }

    // Inserts and evidence on a floor-parameter case.
    let mut case = vault
        .create_case(
            &new,
            CreateOptions {
                passphrase: Some(pass()),
                use_keyring: false,
                kdf: KdfStrength::Floor,
            },
        )
        .unwrap();
    let start = Instant::now();
    for i in 0..200 {
        case.add_url(&NewUrl {
            original: format!("https://example.com/post/{i}"),
            ..Default::default()
        })
        .unwrap();
    }
    println!(
        "add_url: {:?} per URL (200, each its own synced transaction)",
        start.elapsed() / 200
    );

    let ten_mb: Vec<u8> = (0..10 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let mut adds = Vec::new();
    let mut reads = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        let rec = case
            .add_evidence(
                &NewEvidence {
                    kind: EvidenceKind::Document,
                    original_name: None,
                    captured_at: None,
                    note: None,
                    url_id: None,
                },
                &mut ten_mb.as_slice(),
            )
            .unwrap();
        adds.push(start.elapsed());
        let start = Instant::now();
        let bytes = case.evidence_bytes(rec.id).unwrap();
        reads.push(start.elapsed());
        assert_eq!(bytes.len(), ten_mb.len());
    }
    println!(
        "10 MB evidence: add (SHA-256 + age + fsync + rename + commit) median {:?}, read back (decrypt + hash check) median {:?}",
        median(adds),
        median(reads)
    );
    let start = Instant::now();
    let report = case.verify().unwrap();
    println!(
        "verify (quick_check, cipher_integrity_check, {} blobs = 50 MB, custody chain of {}): {:?}",
        report.evidence_checked,
        report.custody_entries,
        start.elapsed()
    );
    let start = Instant::now();
    let snap = case.snapshot().unwrap();
    println!(
        "snapshot of {} URLs: {:?}",
        snap.urls.len(),
        start.elapsed()
    );
}
