//! RFC 3161 timestamp of a bundle against a time-stamp authority on
//! loopback (127.0.0.1 only).
//!
//! A real authority cannot be reached from this machine (no network except
//! package registries), so the server below is a stand-in: it reads the real
//! DER request Reclaim sends over real HTTP, and answers with a response the
//! test builds from that request (status granted, TSTInfo with the request's
//! imprint and nonce). The response is not signed; Reclaim does not check
//! signatures (it says so: `signature_checked: false`) and leaves that to
//! `openssl ts -verify` with the authority's certificate.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use common::sample_case::{self, Sizes};
use reclaim_core::model::Language;
use reclaim_core::report::der::{self, Reader};
use reclaim_core::report::*;

/// How the stand-in authority misbehaves, if at all.
#[derive(Clone, Copy)]
enum Answer {
    Honest,
    OtherHash,
    Refused,
}

/// Parses the request: (DER MessageImprint, nonce INTEGER TLV).
fn read_request(body: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let req = Reader::new(body).expect(der::SEQUENCE, "req").unwrap();
    let mut req = Reader::new(req.value);
    let version = req.expect(der::INTEGER, "version").unwrap();
    assert_eq!(version.value, [1]);
    let imprint = req.expect(der::SEQUENCE, "imprint").unwrap();
    let nonce = req.expect(der::INTEGER, "nonce").unwrap();
    let cert_req = req.expect(der::BOOLEAN, "certReq").unwrap();
    assert_eq!(cert_req.value, [0xFF]);
    assert!(req.is_empty());
    (
        der::tlv(der::SEQUENCE, imprint.value),
        der::tlv(der::INTEGER, nonce.value),
    )
}

fn build_response(imprint: &[u8], nonce: &[u8], answer: Answer) -> Vec<u8> {
    if let Answer::Refused = answer {
        let status = der::constructed(der::SEQUENCE, &[&der::unsigned_integer(&[2])]);
        return der::constructed(der::SEQUENCE, &[&status]);
    }
    let imprint = match answer {
        Answer::OtherHash => tsa::message_imprint(&[0xAB; 32]),
        _ => imprint.to_vec(),
    };
    let tst_info = der::constructed(
        der::SEQUENCE,
        &[
            &der::unsigned_integer(&[1]),
            &der::tlv(der::OID, &[0x2A, 0x03, 0x04]),
            &imprint,
            &der::unsigned_integer(&[0x42]),
            &der::tlv(der::GENERALIZED_TIME, b"20261123170000Z"),
            nonce,
        ],
    );
    let encap = der::constructed(
        der::SEQUENCE,
        &[
            &der::tlv(der::OID, tsa::TST_INFO_OID),
            &der::constructed(der::CONTEXT_0, &[&der::tlv(der::OCTET_STRING, &tst_info)]),
        ],
    );
    let signed_data = der::constructed(
        der::SEQUENCE,
        &[
            &der::unsigned_integer(&[3]),
            &der::tlv(der::SET, &[]),
            &encap,
            &der::tlv(der::SET, &[]),
        ],
    );
    let token = der::constructed(
        der::SEQUENCE,
        &[
            &der::tlv(der::OID, tsa::SIGNED_DATA_OID),
            &der::constructed(der::CONTEXT_0, &[&signed_data]),
        ],
    );
    let status = der::constructed(der::SEQUENCE, &[&der::unsigned_integer(&[0])]);
    der::constructed(der::SEQUENCE, &[&status, &token])
}

/// The stand-in authority built by the test: one request, one answer.
fn stand_in_authority(answer: Answer) -> (String, mpsc::Receiver<(String, Vec<u8>)>) {
    serve_once(move |body| {
        let (imprint, nonce) = read_request(body);
        build_response(&imprint, &nonce, answer)
    })
}

/// Serves one request on 127.0.0.1, answering with `reply(body)`.
fn serve_once(
    reply: impl FnOnce(&[u8]) -> Vec<u8> + Send + 'static,
) -> (String, mpsc::Receiver<(String, Vec<u8>)>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/tsa", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut head = String::new();
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap();
            }
            head.push_str(&line);
            if line == "\r\n" || line.is_empty() {
                break;
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
        let reply = reply(&body);
        let mut stream = stream;
        write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            reply.len()
        )
        .unwrap();
        stream.write_all(&reply).unwrap();
        tx.send((head, body)).unwrap();
    });
    (url, rx)
}

fn exported() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bundle");
    let case = sample_case::case(Language::En, &Sizes::SMALL);
    export_bundle(
        &case,
        &dir,
        &BundleOptions::default(),
        sample_case::export_time(),
    )
    .unwrap();
    (tmp, dir)
}

fn manifest_digest(dir: &Path) -> Vec<u8> {
    hex::decode(sample_case::sha(
        &std::fs::read(dir.join("manifest.sha256")).unwrap(),
    ))
    .unwrap()
}

#[test]
fn only_the_manifest_hash_is_sent_and_the_token_verifies() {
    let (_tmp, dir) = exported();
    let (url, rx) = stand_in_authority(Answer::Honest);
    let info = timestamp_bundle(&dir, &url, Duration::from_secs(10)).unwrap();
    assert_eq!(info.gen_time, "20261123170000Z");
    assert!(info.imprint_matches);
    assert!(!info.signature_checked);

    let (head, body) = rx.recv_timeout(Duration::from_secs(10)).unwrap();
    assert!(head.starts_with("POST /tsa "));
    assert!(head
        .to_ascii_lowercase()
        .contains("content-type: application/timestamp-query"));
    // The request holds the manifest's hash and nothing else of the case.
    let (imprint, _) = read_request(&body);
    assert_eq!(
        imprint,
        tsa::message_imprint(&manifest_digest(&dir).try_into().unwrap())
    );
    assert!(
        body.len() < 100,
        "a TimeStampReq is small: {} bytes",
        body.len()
    );

    assert!(dir.join("manifest.tsr").exists());
    let report = verify_bundle(&dir);
    assert!(report.ok, "{:?}", report.problems);
    assert_eq!(report.timestamp.unwrap().gen_time, "20261123170000Z");

    // A token over another manifest: changing manifest.sha256 in any way is
    // caught by the timestamp as well.
    let sums = dir.join("manifest.sha256");
    let mut text = std::fs::read_to_string(&sums).unwrap();
    text.push('\n');
    std::fs::write(&sums, text).unwrap();
    let report = verify_bundle(&dir);
    assert!(report
        .problems
        .iter()
        .any(|p| p.kind == BundleProblemKind::TimestampInvalid
            && p.file.as_deref() == Some("manifest.tsr")));
}

#[test]
fn a_reply_for_another_hash_is_refused_and_nothing_is_stored() {
    let (_tmp, dir) = exported();
    let (url, _rx) = stand_in_authority(Answer::OtherHash);
    let err = timestamp_bundle(&dir, &url, Duration::from_secs(10)).unwrap_err();
    assert_eq!(err.kind, reclaim_core::ErrorKind::Corrupt);
    assert!(!dir.join("manifest.tsr").exists());
    assert!(verify_bundle(&dir).ok);
}

#[test]
fn a_refusal_by_the_authority_is_reported() {
    let (_tmp, dir) = exported();
    let (url, _rx) = stand_in_authority(Answer::Refused);
    let err = timestamp_bundle(&dir, &url, Duration::from_secs(10)).unwrap_err();
    assert!(err.message.contains("refused"), "{}", err.message);
    assert!(!dir.join("manifest.tsr").exists());
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
    let err = timestamp_bundle(
        &dir,
        &format!("http://127.0.0.1:{port}/"),
        Duration::from_secs(5),
    )
    .unwrap_err();
    assert_eq!(err.kind, reclaim_core::ErrorKind::Network);
}

fn openssl(dir: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl is needed by this test (Debian package openssl)");
    assert!(out.status.success(), "openssl {args:?}: {out:?}");
    out
}

/// OpenSSL's own time-stamp authority (`openssl ts -reply`, a real RFC 3161
/// implementation with a throw-away certificate) answers on loopback; the
/// signed token Reclaim stores then passes `openssl ts -verify`, the check
/// the report's verification page tells the reader to run.
#[test]
fn a_token_signed_by_openssl_ts_is_accepted_and_verifies_with_openssl() {
    let (tmp, dir) = exported();
    let tsa_dir = tmp.path().join("tsa");
    std::fs::create_dir(&tsa_dir).unwrap();
    std::fs::write(tsa_dir.join("serial"), "01\n").unwrap();
    std::fs::write(
        tsa_dir.join("tsa.cnf"),
        "[ tsa ]\ndefault_tsa = tsa_config\n[ tsa_config ]\nserial = ./serial\n\
         crypto_device = builtin\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\n\
         digests = sha256\naccuracy = secs:1\nordering = no\ntsa_name = no\n\
         ess_cert_id_chain = no\ness_cert_id_alg = sha256\n",
    )
    .unwrap();
    openssl(
        &tsa_dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-keyout",
            "key.pem",
            "-out",
            "cert.pem",
            "-days",
            "2",
            "-subj",
            "/CN=Loopback test TSA",
            "-addext",
            "extendedKeyUsage=critical,timeStamping",
            "-addext",
            "keyUsage=critical,digitalSignature",
            "-addext",
            "basicConstraints=critical,CA:false",
        ],
    );
    let server_dir = tsa_dir.clone();
    let (url, _rx) = serve_once(move |body| {
        std::fs::write(server_dir.join("req.tsq"), body).unwrap();
        openssl(
            &server_dir,
            &[
                "ts",
                "-reply",
                "-config",
                "tsa.cnf",
                "-queryfile",
                "req.tsq",
                "-inkey",
                "key.pem",
                "-signer",
                "cert.pem",
                "-out",
                "resp.tsr",
            ],
        );
        std::fs::read(server_dir.join("resp.tsr")).unwrap()
    });

    let info = timestamp_bundle(&dir, &url, Duration::from_secs(20)).unwrap();
    assert!(info.imprint_matches);
    assert!(info.gen_time.ends_with('Z'), "{}", info.gen_time);
    let report = verify_bundle(&dir);
    assert!(report.ok, "{:?}", report.problems);

    let ca = tsa_dir.join("cert.pem");
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
            ca.to_str().unwrap(),
        ],
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Verification: OK"));
}
