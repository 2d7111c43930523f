//! A time-stamp authority on loopback for the tests: OpenSSL's own
//! (`openssl ts -reply`, a real RFC 3161 implementation) with a throw-away
//! root and a time-stamping certificate it issued, served over real HTTP on
//! 127.0.0.1. A real authority cannot be reached from the build machines.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use reclaim_core::net::{Guard, Net, NetConfig};
use reclaim_core::report::token;

pub fn block_on<T>(future: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

/// The guard as the app configures it, with the tests' loopback server exempt.
pub fn loopback_net() -> Net {
    let loopback: IpAddr = "127.0.0.1".parse().unwrap();
    Net::new(NetConfig {
        guard: Guard {
            refuse_private: true,
            exempt: vec![loopback],
        },
        total_timeout: Duration::from_secs(20),
        ..NetConfig::default()
    })
    .unwrap()
}

/// Serves one request on 127.0.0.1, answering with `reply(body)`.
pub fn serve_once(
    reply: impl FnOnce(&[u8]) -> Vec<u8> + Send + 'static,
) -> (String, mpsc::Receiver<(String, Vec<u8>)>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/tsa", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        tx.send(answer(stream, reply)).unwrap();
    });
    (url, rx)
}

/// Serves every request on 127.0.0.1 (until the test ends), answering each
/// with `reply(body)`.
pub fn serve_many(
    reply: impl Fn(&[u8]) -> Vec<u8> + Send + 'static,
) -> (String, mpsc::Receiver<(String, Vec<u8>)>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/tsa", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let _ = tx.send(answer(stream.unwrap(), &reply));
        }
    });
    (url, rx)
}

/// Reads one HTTP request from `stream` and answers it: (head, body).
fn answer(stream: std::net::TcpStream, reply: impl FnOnce(&[u8]) -> Vec<u8>) -> (String, Vec<u8>) {
    {
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
        (head, body)
    }
}

pub fn openssl(dir: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl is needed by this test (Debian package openssl)");
    assert!(out.status.success(), "openssl {args:?}: {out:?}");
    out
}

/// A throw-away authority: a root CA and a time-stamping certificate it
/// issued (`ROOT.pem`, `tsa.pem`, `tsa.key`), plus `ts -reply`'s config.
pub struct Authority {
    pub dir: PathBuf,
}

impl Authority {
    pub fn new(parent: &Path, name: &str, time_stamping: bool) -> Authority {
        let dir = parent.join(name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("serial"), "01\n").unwrap();
        std::fs::write(
            dir.join("tsa.cnf"),
            "[ tsa ]\ndefault_tsa = tsa_config\n[ tsa_config ]\nserial = ./serial\n\
             crypto_device = builtin\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\n\
             digests = sha256\naccuracy = secs:1\nordering = no\ntsa_name = yes\n\
             ess_cert_id_chain = no\ness_cert_id_alg = sha256\n",
        )
        .unwrap();
        let eku = if time_stamping {
            "extendedKeyUsage=critical,timeStamping\n"
        } else {
            "extendedKeyUsage=critical,codeSigning\n"
        };
        std::fs::write(
            dir.join("tsa.ext"),
            format!(
                "{eku}keyUsage=critical,digitalSignature\nbasicConstraints=critical,CA:false\n"
            ),
        )
        .unwrap();
        let ec = [
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
        ];
        let mut root = vec!["req", "-x509"];
        root.extend(ec);
        root.extend([
            "-keyout",
            "root.key",
            "-out",
            "ROOT.pem",
            "-days",
            "3",
            "-subj",
            "/CN=Loopback test root/O=Reclaim tests",
            "-addext",
            "basicConstraints=critical,CA:true",
            "-addext",
            "keyUsage=critical,keyCertSign",
        ]);
        openssl(&dir, &root);
        let mut csr = vec!["req"];
        csr.extend(ec);
        let subject = format!("/CN={name}/O=Reclaim tests");
        csr.extend(["-keyout", "tsa.key", "-out", "tsa.csr", "-subj", &subject]);
        openssl(&dir, &csr);
        openssl(
            &dir,
            &[
                "x509",
                "-req",
                "-in",
                "tsa.csr",
                "-CA",
                "ROOT.pem",
                "-CAkey",
                "root.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                "tsa.ext",
                "-out",
                "tsa.pem",
            ],
        );
        Authority { dir }
    }

    /// `ts -reply` on one request; the token includes the signer's
    /// certificate (the request asks for it).
    pub fn reply(&self, request: &[u8]) -> Vec<u8> {
        std::fs::write(self.dir.join("req.tsq"), request).unwrap();
        openssl(
            &self.dir,
            &[
                "ts",
                "-reply",
                "-config",
                "tsa.cnf",
                "-queryfile",
                "req.tsq",
                "-inkey",
                "tsa.key",
                "-signer",
                "tsa.pem",
                "-out",
                "resp.tsr",
            ],
        );
        std::fs::read(self.dir.join("resp.tsr")).unwrap()
    }

    pub fn root(&self) -> Vec<Vec<u8>> {
        token::load_roots(&std::fs::read(self.dir.join("ROOT.pem")).unwrap()).unwrap()
    }

    /// Serves one request.
    pub fn serve(self) -> (String, mpsc::Receiver<(String, Vec<u8>)>) {
        serve_once(move |body| self.reply(body))
    }

    /// Serves every request.
    pub fn serve_all(self) -> (String, mpsc::Receiver<(String, Vec<u8>)>) {
        serve_many(move |body| self.reply(body))
    }
}
