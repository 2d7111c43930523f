//! A page kept as evidence (issue 19 item 5) and the time-stamp after each
//! record (items 2 and 5), against real servers on loopback: a small HTTP
//! server (redirects, headers, a page, a picture) and OpenSSL's RFC 3161
//! authority (`openssl ts -reply`). The guard is the app's, with only the
//! tests' 127.0.0.1 exempt; one test keeps the app's guard whole.
//!
//! Needs `--features test-support` (cheap key derivation).
#![cfg(feature = "test-support")]

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use common::authority::{block_on, loopback_net, Authority};
use reclaim_core::app::capture;
use reclaim_core::net::{Net, NetConfig};
use reclaim_core::report::{export_case, verify_bundle_with, BundleOptions, VerifyOptions};
use reclaim_core::vault::{NewUrl, OpenCase, TimeStampingChoice, PAGE_CAPTURED};
use reclaim_core::ErrorKind;
use sha2::{Digest, Sha256};

const PAGE: &str = "<!doctype html><html><head><title>post</title><script>alert(1)</script></head><body><img src=\"/img.png\"><link rel=stylesheet href=\"/style.css\"></body></html>";
const JPEG: &[u8] =
    b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00 not a real picture";

/// The requests a test site got: path and `Accept` header.
type SiteLog = Arc<Mutex<Vec<(String, String)>>>;

/// What the site answers, by path: a 302 → 301 → 200 chain, a picture, a
/// picture sent as HTML. Every request is logged (path and `Accept`).
fn site() -> (String, SiteLog) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let log = Arc::new(Mutex::new(Vec::new()));
    let seen = log.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut first = String::new();
            reader.read_line(&mut first).unwrap();
            let path = first.split(' ').nth(1).unwrap_or_default().to_owned();
            let mut accept = String::new();
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                if line.trim().is_empty() {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("accept:") {
                    accept = v.trim().to_owned();
                }
            }
            seen.lock().unwrap().push((path.clone(), accept));
            let (head, body): (String, Vec<u8>) = match path.as_str() {
                "/start" => ("302 Found\r\nLocation: /moved".into(), Vec::new()),
                "/moved" => ("301 Moved Permanently\r\nLocation: /page".into(), Vec::new()),
                "/page" => (
                    "200 OK\r\nContent-Type: text/html; charset=utf-8\r\nX-Served-By: loopback-test\r\nSet-Cookie: visitor=1".into(),
                    PAGE.as_bytes().to_vec(),
                ),
                "/photo" => ("200 OK\r\nContent-Type: image/jpeg".into(), JPEG.to_vec()),
                "/disguised" => ("200 OK\r\nContent-Type: text/html".into(), JPEG.to_vec()),
                _ => ("404 Not Found".into(), Vec::new()),
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {head}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(&body);
            let _ = stream.read(&mut [0u8; 1]);
        }
    });
    (base, log)
}

fn add_url(case: &mut OpenCase, url: &str) -> i64 {
    case.add_url(&NewUrl {
        original: url.into(),
        ..NewUrl::default()
    })
    .unwrap()
}

fn minor_case(data: &std::path::Path) -> OpenCase {
    use reclaim_core::vault::{CreateOptions, KdfStrength, NewCase, Vault};
    Vault::without_keyring(data)
        .create_case(
            &NewCase {
                label: "minor".into(),
                language: "en".into(),
                minor: true,
                ..NewCase::default()
            },
            CreateOptions {
                passphrase: Some(secrecy::SecretString::from("correct horse battery staple")),
                use_keyring: false,
                kdf: KdfStrength::InsecureForTests,
            },
        )
        .unwrap()
}

#[test]
fn a_page_is_kept_with_every_redirect_its_headers_and_hash_and_time_stamped() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "capture");
    let authority = Authority::new(tmp.path(), "Loopback test TSA", true);
    let roots = authority.root();
    let (tsa_url, tsa_requests) = authority.serve_all();
    case.set_time_stamping(Some(&TimeStampingChoice {
        tsa_id: "custom".into(),
        tsa_url,
    }))
    .unwrap();
    let (base, site_log) = site();
    let url = format!("{base}/start");
    let url_id = add_url(&mut case, &url);
    let net = loopback_net();

    let asked = capture::address_to_capture(&case, url_id).unwrap();
    let kept = block_on(capture::capture_page(
        &mut case,
        &net,
        Some(url_id),
        &asked,
        &[],
    ))
    .unwrap();

    // One GET per hop, asking for HTML only; no image, script or style sheet.
    let requested: Vec<_> = site_log.lock().unwrap().clone();
    assert_eq!(
        requested,
        [
            ("/start".to_owned(), "text/html".to_owned()),
            ("/moved".to_owned(), "text/html".to_owned()),
            ("/page".to_owned(), "text/html".to_owned())
        ]
    );
    let c = &kept.capture.capture;
    assert_eq!(c.url, url);
    assert_eq!(c.final_url, format!("{base}/page"));
    assert_eq!(c.status, 200);
    assert_eq!(c.server_ip.as_deref(), Some("127.0.0.1"));
    assert_eq!(c.body_sha256, hex::encode(Sha256::digest(PAGE.as_bytes())));
    assert!(c.body_kept && !c.truncated);
    assert!(kept.capture.body_evidence_id.is_some());

    // The full record, kept encrypted as evidence: redirects and headers.
    let record: serde_json::Value = serde_json::from_slice(
        &case
            .evidence_bytes(kept.capture.record_evidence_id)
            .unwrap(),
    )
    .unwrap();
    let hops: Vec<(u64, &str)> = record["redirects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["status"].as_u64().unwrap(), h["to"].as_str().unwrap()))
        .collect();
    assert_eq!(
        hops,
        [
            (302, format!("{base}/moved").as_str()),
            (301, format!("{base}/page").as_str())
        ]
    );
    let headers: BTreeMap<&str, &str> = record["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["name"].as_str().unwrap(), h["value"].as_str().unwrap()))
        .collect();
    assert_eq!(headers["x-served-by"], "loopback-test");
    assert_eq!(headers["set-cookie"], "visitor=1");
    assert_eq!(headers["content-type"], "text/html; charset=utf-8");
    assert_eq!(record["tls_certificates"], serde_json::json!([]));
    let body = case
        .evidence_bytes(kept.capture.body_evidence_id.unwrap())
        .unwrap();
    assert_eq!(body.as_slice(), PAGE.as_bytes());

    // The custody log says what was captured; the authority covered it.
    let log = case.custody_log().unwrap();
    let entry = log.iter().rfind(|e| e.action == PAGE_CAPTURED).unwrap();
    assert!(entry.details.contains(&url) && entry.details.contains(&c.body_sha256));
    let stamp = kept.time_stamp.expect("time-stamping is on");
    assert_eq!(stamp.error, None);
    assert!(stamp.tsa.unwrap().contains("Loopback test TSA"));
    let anchors = case.custody_anchors().unwrap();
    assert_eq!(anchors.last().unwrap().custody_seq, entry.seq);
    assert!(tsa_requests.try_recv().is_ok());

    // The bundle carries both files, lists the capture, and verifies.
    let out = tmp.path().join("bundle");
    export_case(&mut case, &out, &BundleOptions::default()).unwrap();
    let report = verify_bundle_with(
        &out,
        &VerifyOptions {
            tsa_roots: roots,
            ..VerifyOptions::default()
        },
    );
    assert!(report.ok, "{:?}", report.problems);
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let listed = &manifest["page_captures"][0];
    assert_eq!(listed["url"], url.as_str());
    assert_eq!(listed["final_url"], format!("{base}/page"));
    assert_eq!(listed["status"], 200);
    assert_eq!(listed["body_sha256"], c.body_sha256.as_str());
    assert_eq!(listed["server_ip"], "127.0.0.1");
    assert_eq!(
        listed["time_stamped_at"],
        anchors.last().unwrap().gen_time.as_str()
    );
    let body_path = listed["body_file"].as_str().unwrap();
    assert_eq!(std::fs::read(out.join(body_path)).unwrap(), PAGE.as_bytes());
    assert!(out.join(listed["record_file"].as_str().unwrap()).is_file());

    // The report lists it.
    let pdf = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(out.join("report.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed by this test");
    let pdf = String::from_utf8(pdf.stdout).unwrap().replace('\n', " ");
    assert!(pdf.contains("Pages kept as evidence"), "{pdf}");
    assert!(pdf.contains(&format!("{base}/page")), "{pdf}");
    assert!(pdf.contains(&c.body_sha256), "{pdf}");

    // A changed page in the bundle is caught.
    std::fs::write(out.join(body_path), b"<html>rewritten</html>").unwrap();
    assert!(!verify_bundle_with(&out, &VerifyOptions::default()).ok);
}

#[test]
fn a_picture_is_never_kept_only_its_hash() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "capture");
    let (base, _) = site();
    let net = loopback_net();
    for path in ["/photo", "/disguised"] {
        let before = case.evidence().unwrap().len();
        let kept = block_on(capture::capture_page(
            &mut case,
            &net,
            None,
            &format!("{base}{path}"),
            &[],
        ))
        .unwrap();
        let c = &kept.capture.capture;
        assert!(!c.body_kept, "{path}");
        assert_eq!(c.body_sha256, hex::encode(Sha256::digest(JPEG)), "{path}");
        assert_eq!(kept.capture.body_evidence_id, None, "{path}");
        // Only the record (headers, hash) was added, and it holds no picture.
        let added = case.evidence().unwrap();
        assert_eq!(added.len(), before + 1, "{path}");
        let record = case
            .evidence_bytes(kept.capture.record_evidence_id)
            .unwrap();
        assert!(!record.windows(4).any(|w| w == &JPEG[..4]), "{path}");
        let record: serde_json::Value = serde_json::from_slice(&record).unwrap();
        let why = if path == "/photo" {
            "not_a_page"
        } else {
            "looks_like_a_picture"
        };
        assert_eq!(record["body_not_kept"], why);
        // Time-stamping is off: nothing was asked.
        assert_eq!(kept.time_stamp, None);
    }
}

#[test]
fn a_minors_case_is_refused_before_anything_is_sent() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = minor_case(&tmp.path().join("data"));
    let (base, site_log) = site();
    let url_id = add_url(&mut case, &format!("{base}/page"));
    let err = capture::address_to_capture(&case, url_id).unwrap_err();
    assert_eq!(err.kind, ErrorKind::MinorPageCaptureRefused);
    let err = block_on(capture::capture_page(
        &mut case,
        &loopback_net(),
        Some(url_id),
        &format!("{base}/page"),
        &[],
    ))
    .unwrap_err();
    assert_eq!(err.kind, ErrorKind::MinorPageCaptureRefused);
    assert!(site_log.lock().unwrap().is_empty());
    assert!(case.page_captures().unwrap().is_empty());
    assert!(case.evidence().unwrap().is_empty());
}

#[test]
fn a_capture_goes_through_the_apps_network_guard() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "capture");
    let (base, site_log) = site();
    // The app's own settings: loopback is someone's own machine, refused.
    let net = Net::new(NetConfig::default()).unwrap();
    let err = block_on(capture::capture_page(
        &mut case,
        &net,
        None,
        &format!("{base}/page"),
        &[],
    ))
    .unwrap_err();
    assert_eq!(err.kind, ErrorKind::AddressRefused, "{err:?}");
    assert!(site_log.lock().unwrap().is_empty());
    assert!(case.page_captures().unwrap().is_empty());
}

/// Issue 19 item 2 in the desktop app: recording a link, then the steps the
/// app runs after each record (due → ask, without the case → keep).
#[test]
fn a_link_recorded_with_time_stamping_on_is_time_stamped_by_the_app_layer() {
    let tmp = tempfile::tempdir().unwrap();
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "capture");
    let authority = Authority::new(tmp.path(), "Loopback test TSA", true);
    let (tsa_url, _requests) = authority.serve_all();
    let net = loopback_net();
    // Off: nothing is due, nothing is sent.
    add_url(&mut case, "https://example.test/before");
    assert_eq!(capture::time_stamp_due(&case).unwrap(), None);

    case.set_time_stamping(Some(&TimeStampingChoice {
        tsa_id: "custom".into(),
        tsa_url: tsa_url.clone(),
    }))
    .unwrap();
    add_url(&mut case, "https://example.test/after");
    let job = capture::time_stamp_due(&case).unwrap().unwrap();
    let reply = block_on(capture::ask(&net, &job));
    let notice = capture::keep(&mut case, &job, reply);
    assert_eq!(notice.error, None);
    let link = case
        .custody_log()
        .unwrap()
        .into_iter()
        .rfind(|e| e.action == "url_added")
        .unwrap();
    let anchors = case.custody_anchors().unwrap();
    assert_eq!(anchors.len(), 1);
    assert_eq!(anchors[0].custody_seq, link.seq);

    // An authority that cannot be reached: the record is kept, a quiet
    // notice says why, and the next time-stamp covers it.
    case.set_time_stamping(Some(&TimeStampingChoice {
        tsa_id: "custom".into(),
        tsa_url: "http://127.0.0.1:9/unreachable".into(),
    }))
    .unwrap();
    add_url(&mut case, "https://example.test/offline");
    let notice = block_on(capture::time_stamp_after_record(&mut case, &net)).unwrap();
    assert!(notice.error.is_some());
    assert_eq!(case.urls().unwrap().len(), 3);
    case.set_time_stamping(Some(&TimeStampingChoice {
        tsa_id: "custom".into(),
        tsa_url,
    }))
    .unwrap();
    let notice = block_on(capture::time_stamp_after_record(&mut case, &net)).unwrap();
    assert_eq!(notice.error, None);
    let covered = case.custody_anchors().unwrap().last().unwrap().custody_seq;
    let offline = case
        .custody_log()
        .unwrap()
        .into_iter()
        .rfind(|e| e.action == "url_added")
        .unwrap();
    assert!(covered >= offline.seq);
}

/// A root, an intermediate and a server certificate for 127.0.0.1, made by
/// OpenSSL; returns (root DER, [server PEM, intermediate PEM], server
/// chain DER, key PKCS#8 DER).
fn tls_chain(dir: &std::path::Path) -> (Vec<u8>, [String; 2], Vec<Vec<u8>>, Vec<u8>) {
    use common::authority::openssl;
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
    ];
    std::fs::write(
        dir.join("ca.ext"),
        "basicConstraints=critical,CA:true\nkeyUsage=critical,keyCertSign\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("server.ext"),
        "basicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature\n\
         extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1\n",
    )
    .unwrap();
    let mut root = vec!["req", "-x509"];
    root.extend(ec);
    root.extend([
        "-keyout",
        "root.key",
        "-out",
        "root.pem",
        "-days",
        "3",
        "-subj",
        "/CN=Capture test root",
        "-addext",
        "basicConstraints=critical,CA:true",
        "-addext",
        "keyUsage=critical,keyCertSign",
    ]);
    openssl(dir, &root);
    for (name, subject, issuer, ext) in [
        ("inter", "/CN=Capture test intermediate", "root", "ca.ext"),
        ("server", "/CN=127.0.0.1", "inter", "server.ext"),
    ] {
        let key = format!("{name}.key");
        let csr = format!("{name}.csr");
        let mut req = vec!["req"];
        req.extend(ec);
        req.extend(["-keyout", &key, "-out", &csr, "-subj", subject]);
        openssl(dir, &req);
        let (ca, ca_key, out) = (
            format!("{issuer}.pem"),
            format!("{issuer}.key"),
            format!("{name}.pem"),
        );
        openssl(
            dir,
            &[
                "x509",
                "-req",
                "-in",
                &csr,
                "-CA",
                &ca,
                "-CAkey",
                &ca_key,
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                ext,
                "-out",
                &out,
            ],
        );
    }
    openssl(
        dir,
        &[
            "pkcs8",
            "-topk8",
            "-nocrypt",
            "-in",
            "server.key",
            "-outform",
            "DER",
            "-out",
            "server.key.der",
        ],
    );
    let der = |name: &str| {
        openssl(
            dir,
            &[
                "x509",
                "-in",
                &format!("{name}.pem"),
                "-outform",
                "DER",
                "-out",
                &format!("{name}.der"),
            ],
        );
        std::fs::read(dir.join(format!("{name}.der"))).unwrap()
    };
    let pem = |name: &str| std::fs::read_to_string(dir.join(format!("{name}.pem"))).unwrap();
    (
        der("root"),
        [pem("server"), pem("inter")],
        vec![der("server"), der("inter")],
        std::fs::read(dir.join("server.key.der")).unwrap(),
    )
}

#[test]
fn the_tls_certificates_of_the_page_are_recorded() {
    use rustls_pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
    let tmp = tempfile::tempdir().unwrap();
    let (root, pems, chain, key) = tls_chain(tmp.path());
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(
        chain.into_iter().map(CertificateDer::from).collect(),
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key)),
    )
    .unwrap();
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("https://{}/page", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { return };
            let conn = rustls::ServerConnection::new(config.clone()).unwrap();
            let mut tls = rustls::StreamOwned::new(conn, stream);
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") {
                match tls.read(&mut byte) {
                    Ok(1) => head.push(byte[0]),
                    _ => break,
                }
            }
            let _ = write!(
                tls,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{PAGE}",
                PAGE.len()
            );
            let _ = tls.flush();
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    });
    let mut case = common::vault_case::open_new(&tmp.path().join("data"), "capture");
    let kept = block_on(capture::capture_page(
        &mut case,
        &loopback_net(),
        None,
        &url,
        &[root],
    ))
    .unwrap();
    assert_eq!(kept.capture.capture.status, 200);
    let record: serde_json::Value = serde_json::from_slice(
        &case
            .evidence_bytes(kept.capture.record_evidence_id)
            .unwrap(),
    )
    .unwrap();
    let recorded: Vec<&str> = record["tls_certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().trim())
        .collect();
    assert_eq!(recorded, [pems[0].trim(), pems[1].trim()]);

    // Without the test's root the platform's verifier refuses the site, and
    // nothing is kept.
    let before = case.evidence().unwrap().len();
    let err = block_on(capture::capture_page(
        &mut case,
        &loopback_net(),
        None,
        &url,
        &[],
    ))
    .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Network, "{err:?}");
    assert_eq!(case.evidence().unwrap().len(), before);
}
