//! RFC 3161 time-stamps of a bundle, against a time-stamp authority on
//! loopback (127.0.0.1 only; the network guard lets the tests' own server
//! through by an explicit exemption).
//!
//! The authority is OpenSSL's own (`openssl ts -reply`, a real RFC 3161
//! implementation) with a throw-away root and a time-stamping certificate
//! it issued: a real authority cannot be reached from this machine. Forged
//! tokens are made from its real ones, changed as a forger would.

mod common;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::authority::{block_on, loopback_net, openssl, serve_once, Authority};
use common::sample_case;
use reclaim_core::model::Language;
use reclaim_core::net::{Net, NetConfig};
use reclaim_core::report::*;

fn exported() -> (tempfile::TempDir, PathBuf) {
    sample_case::exported(Language::En)
}

fn manifest_digest(dir: &Path) -> Vec<u8> {
    hex::decode(sample_case::sha(
        &std::fs::read(dir.join("manifest.sha256")).unwrap(),
    ))
    .unwrap()
}

/// A bundle time-stamped by a fresh loopback authority.
fn stamped() -> (tempfile::TempDir, PathBuf, Vec<Vec<u8>>) {
    let (tmp, dir) = exported();
    let authority = Authority::new(tmp.path(), "Loopback test TSA", true);
    let roots = authority.root();
    let (url, _rx) = authority.serve();
    block_on(timestamp_bundle(&dir, &loopback_net(), &url, &roots)).unwrap();
    (tmp, dir, roots)
}

fn with_roots(roots: &[Vec<u8>]) -> VerifyOptions {
    VerifyOptions {
        tsa_roots: roots.to_vec(),
        ..VerifyOptions::default()
    }
}

fn kinds(report: &BundleVerifyReport) -> Vec<BundleProblemKind> {
    report.problems.iter().map(|p| p.kind).collect()
}

#[test]
fn a_token_from_a_real_authority_verifies_and_says_by_whom_and_when() {
    let (tmp, dir) = exported();
    let authority = Authority::new(tmp.path(), "Loopback test TSA", true);
    let roots = authority.root();
    let root_pem = authority.dir.join("ROOT.pem");
    let (url, rx) = authority.serve();
    let before = time::OffsetDateTime::now_utc();
    let info = block_on(timestamp_bundle(&dir, &loopback_net(), &url, &roots)).unwrap();
    assert!(info.covers_manifest && info.signature_valid);
    assert!(info.tsa.contains("Loopback test TSA"), "{}", info.tsa);
    assert!(info
        .trusted_root
        .as_deref()
        .unwrap()
        .contains("Loopback test root"));

    // Only the manifest's hash went out: a small request holding it.
    let (head, body) = rx.recv_timeout(Duration::from_secs(10)).unwrap();
    assert!(head.starts_with("POST /tsa "));
    assert!(head
        .to_ascii_lowercase()
        .contains("content-type: application/timestamp-query"));
    let digest = manifest_digest(&dir);
    assert!(body.windows(32).any(|w| w == digest.as_slice()));
    assert!(
        body.len() < 100,
        "a TimeStampReq is small: {} bytes",
        body.len()
    );

    // Trusted root named: "unchanged since <time>, time-stamped by <TSA>".
    let report = verify_bundle_with(&dir, &with_roots(&roots));
    assert!(report.ok, "{:?}", report.problems);
    assert_eq!(report.proof, BundleProof::TimeStamped);
    let stamp = report.timestamp.clone().unwrap();
    let at =
        time::OffsetDateTime::parse(&stamp.time, &time::format_description::well_known::Rfc3339)
            .unwrap();
    assert!((at - before).whole_seconds().abs() < 120, "{}", stamp.time);
    assert!(report
        .statement
        .starts_with(&format!("Unchanged since {}", stamp.time)));
    assert!(
        report.statement.contains("Loopback test TSA"),
        "{}",
        report.statement
    );

    // No root named: the signature still holds, and it says so, no more.
    let report = verify_bundle(&dir);
    assert!(report.ok, "{:?}", report.problems);
    assert_eq!(report.proof, BundleProof::TimeStampedUnanchored);
    assert!(report.statement.contains("not checked against a root"));
    assert_eq!(report.timestamp.unwrap().trusted_root, None);

    // In French, for the reader of a French case.
    let report = verify_bundle_with(
        &dir,
        &VerifyOptions {
            tsa_roots: roots.clone(),
            language: Some(Language::Fr),
        },
    );
    assert!(
        report.statement.starts_with("Inchangé depuis le"),
        "{}",
        report.statement
    );

    // OpenSSL agrees with the stored token.
    let out = openssl(
        &dir,
        &[
            "ts",
            "-verify",
            "-data",
            "manifest.sha256",
            "-in",
            "manifest.tsr",
            "-CAfile",
            root_pem.to_str().unwrap(),
        ],
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Verification: OK"));
}

#[test]
fn a_changed_manifest_is_caught_by_the_time_stamp() {
    let (_tmp, dir, roots) = stamped();
    let sums = dir.join("manifest.sha256");
    let mut text = std::fs::read_to_string(&sums).unwrap();
    text.push('\n');
    std::fs::write(&sums, text).unwrap();
    let report = verify_bundle_with(&dir, &with_roots(&roots));
    assert_eq!(report.proof, BundleProof::NotProven);
    assert!(report
        .problems
        .iter()
        .any(|p| p.kind == BundleProblemKind::TimestampInvalid
            && p.file.as_deref() == Some("manifest.tsr")));
    assert!(!report.timestamp.unwrap().covers_manifest);
}

/// Replaces the first GeneralizedTime of the token's TSTInfo (its genTime)
/// by one in 2019, keeping the length: a forger backdating the token.
fn backdate_gen_time(token: &mut [u8]) {
    let at = token
        .windows(4)
        .position(|w| w[0] == 0x18 && w[1] == 0x0F && w[2] == b'2' && w[3] == b'0')
        .expect("a GeneralizedTime in the token");
    token[at + 2..at + 6].copy_from_slice(b"2019");
}

#[test]
fn a_forged_token_backdated_to_2019_is_a_named_problem() {
    let (_tmp, dir, roots) = stamped();
    let tsr = dir.join("manifest.tsr");
    let mut token = std::fs::read(&tsr).unwrap();
    backdate_gen_time(&mut token);
    std::fs::write(&tsr, &token).unwrap();
    for options in [VerifyOptions::default(), with_roots(&roots)] {
        let report = verify_bundle_with(&dir, &options);
        assert!(!report.ok);
        assert_eq!(
            kinds(&report),
            vec![BundleProblemKind::TimestampSignatureInvalid]
        );
        assert!(report.problems[0]
            .message
            .contains("changed after it was signed"));
        // Nothing is said about 2019: an unverifiable token gives no time.
        assert_eq!(report.timestamp, None);
        assert!(!report.statement.contains("2019"));
    }
}

#[test]
fn a_token_with_a_bad_signature_is_a_named_problem() {
    let (_tmp, dir, roots) = stamped();
    let tsr = dir.join("manifest.tsr");
    let mut token = std::fs::read(&tsr).unwrap();
    // The ECDSA signature is the token's last value (no unsigned attributes):
    // flip a byte inside its final integer.
    let at = token.len() - 3;
    token[at] ^= 0x55;
    std::fs::write(&tsr, &token).unwrap();
    let report = verify_bundle_with(&dir, &with_roots(&roots));
    assert_eq!(
        kinds(&report),
        vec![BundleProblemKind::TimestampSignatureInvalid]
    );
    assert!(
        report.problems[0].message.contains("signature"),
        "{}",
        report.problems[0].message
    );
}

#[test]
fn a_signer_without_the_time_stamping_purpose_is_refused() {
    let (tmp, dir) = exported();
    let signer = Authority::new(tmp.path(), "Code signing only", false);
    let roots = signer.root();
    let (url, _rx) = signer.serve();
    // OpenSSL itself refuses to sign with such a certificate, or Reclaim
    // refuses the token: either way nothing is stored.
    let result = block_on(timestamp_bundle(&dir, &loopback_net(), &url, &roots));
    assert!(result.is_err());
    assert!(!dir.join("manifest.tsr").exists());
}

#[test]
fn a_token_from_another_root_is_not_trusted() {
    let (tmp, dir, _roots) = stamped();
    let other = Authority::new(tmp.path(), "Another authority", true);
    let report = verify_bundle_with(&dir, &with_roots(&other.root()));
    assert_eq!(kinds(&report), vec![BundleProblemKind::TimestampNotTrusted]);
    // Who signed and when is still reported, as not trusted.
    let stamp = report.timestamp.unwrap();
    assert!(stamp.signature_valid && stamp.covers_manifest);
    assert_eq!(stamp.trusted_root, None);
    assert_eq!(report.proof, BundleProof::NotProven);
}

#[test]
fn an_unsigned_hand_made_token_is_refused_and_never_ok() {
    let (tmp, dir) = exported();
    let authority = Authority::new(tmp.path(), "Loopback test TSA", true);
    // A real reply with its signer's certificate and signature cut away
    // would be a different structure; simplest honest forgery: a reply for
    // this very request whose signed content was edited (2019).
    let (url, _rx) = serve_once(move |body| {
        let mut reply = authority.reply(body);
        backdate_gen_time(&mut reply);
        reply
    });
    let err = block_on(timestamp_bundle(&dir, &loopback_net(), &url, &[])).unwrap_err();
    assert_eq!(err.kind, reclaim_core::ErrorKind::Corrupt);
    assert!(!dir.join("manifest.tsr").exists());
}

#[test]
fn a_reply_for_another_hash_is_refused_and_nothing_is_stored() {
    let (tmp, dir) = exported();
    let authority = Authority::new(tmp.path(), "Loopback test TSA", true);
    let other = tmp.path().join("other.tsq");
    std::fs::write(tmp.path().join("other.txt"), "another file").unwrap();
    openssl(
        tmp.path(),
        &[
            "ts",
            "-query",
            "-data",
            "other.txt",
            "-sha256",
            "-cert",
            "-out",
            "other.tsq",
        ],
    );
    let other_request = std::fs::read(other).unwrap();
    let (url, _rx) = serve_once(move |_body| authority.reply(&other_request));
    let err = block_on(timestamp_bundle(&dir, &loopback_net(), &url, &[])).unwrap_err();
    assert_eq!(err.kind, reclaim_core::ErrorKind::Corrupt);
    assert!(err.message.contains("different hash"), "{}", err.message);
    assert!(!dir.join("manifest.tsr").exists());
    assert!(verify_bundle(&dir).ok);
}

#[test]
fn a_refusal_by_the_authority_is_reported() {
    let (_tmp, dir) = exported();
    // TimeStampResp { status: rejection (2) }.
    let (url, _rx) = serve_once(|_| vec![0x30, 0x05, 0x30, 0x03, 0x02, 0x01, 0x02]);
    let err = block_on(timestamp_bundle(&dir, &loopback_net(), &url, &[])).unwrap_err();
    assert!(err.message.contains("refused"), "{}", err.message);
    assert!(!dir.join("manifest.tsr").exists());
}

#[test]
fn the_request_goes_through_the_network_guard() {
    let (_tmp, dir) = exported();
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // The app's own settings: loopback is not contacted.
    let net = Net::new(NetConfig::default()).unwrap();
    let err = block_on(timestamp_bundle(
        &dir,
        &net,
        &format!("http://127.0.0.1:{port}/"),
        &[],
    ))
    .unwrap_err();
    assert_eq!(err.kind, reclaim_core::ErrorKind::AddressRefused);
}

#[test]
fn an_authority_that_does_not_answer_is_a_network_error() {
    let (_tmp, dir) = exported();
    // Bound, then closed: nothing listens on this loopback port.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let err = block_on(timestamp_bundle(
        &dir,
        &loopback_net(),
        &format!("http://127.0.0.1:{port}/"),
        &[],
    ))
    .unwrap_err();
    assert_eq!(err.kind, reclaim_core::ErrorKind::Network);
}
