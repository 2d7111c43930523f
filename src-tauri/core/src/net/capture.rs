//! Fetching one page to keep as evidence (issue 19 item 5), only when the
//! person asks for that one link.
//!
//! One `GET` of the address, `Accept: text/html`: no script runs, no image,
//! style sheet or any other part of the page is loaded, nothing is shown.
//! Redirects are followed by hand through the same client and guard as every
//! other request ([`Net`]: private addresses refused at connect time, her
//! optional proxy), and each hop is recorded. What the answer was is kept
//! whole: the status, every header, the server's address, the TLS
//! certificates of the last hop, the time, and the body with its SHA-256 —
//! the body only when it is a text page (HTML, plain text) whose first bytes
//! are not a picture or a video. Otherwise only its hash is kept and the
//! record says why: Reclaim never stores a picture this way.

use std::sync::{Arc, Mutex};

use reqwest::header::{ACCEPT, CONTENT_TYPE};
use reqwest::StatusCode;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::{DigitallySignedStruct, SignatureScheme};
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use url::Url;

use super::client::{install_crypto_provider, map_reqwest_error, Net, RedirectHop};
use crate::hashing::sniff::{sniff, FileKind, SNIFF_LEN};
use crate::model::timestamp::now_utc;
use crate::{urls, CoreError, CoreResult};

/// The largest page body kept (10 MiB); reading stops there and the record
/// says the body was cut.
pub const MAX_PAGE_BYTES: usize = 10 * 1024 * 1024;

/// Why a body was not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BodyNotKept {
    /// The server said it is not a text page (an image, a video, a file).
    NotAPage,
    /// The server said text, but the first bytes are a picture or a video.
    LooksLikeAPicture,
}

/// One response header, as the server sent it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HeaderLine {
    pub name: String,
    /// The value; bytes that are not text are written as `\xNN`.
    pub value: String,
}

/// Everything one capture saw. The body is kept apart (see [`PageFetch`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PageCaptureRecord {
    /// The address asked for, as given.
    pub url: String,
    /// Each redirect followed (status and `Location`), in order.
    pub redirects: Vec<RedirectHop>,
    pub final_url: String,
    pub status: u16,
    /// Every header of the last answer, in the order received.
    pub headers: Vec<HeaderLine>,
    pub content_type: Option<String>,
    /// The address Reclaim connected to for the last answer (the proxy's when
    /// one is used).
    pub server_ip: Option<String>,
    /// True when the request went through a proxy (then `server_ip` is the
    /// proxy's, not the site's).
    pub through_proxy: bool,
    /// The TLS certificates the site presented on the last hop (its own
    /// first), PEM; empty for `http://`.
    pub tls_certificates: Vec<String>,
    /// SHA-256 of the body bytes read (all of them, or the first
    /// [`MAX_PAGE_BYTES`] when `truncated`).
    pub body_sha256: String,
    #[ts(type = "number")]
    pub body_size: u64,
    /// True when the body was longer than [`MAX_PAGE_BYTES`] and reading stopped.
    pub truncated: bool,
    /// True when the body is kept in the case; otherwise why not.
    pub body_kept: bool,
    pub body_not_kept: Option<BodyNotKept>,
    /// When the answer was received, UTC (RFC 3339).
    pub captured_at: String,
}

/// A capture and the body, when it is kept.
#[derive(Debug, Clone)]
pub struct PageFetch {
    pub record: PageCaptureRecord,
    pub body: Option<Vec<u8>>,
}

/// The DER certificates of the last TLS handshake, the site's own first.
type SeenCertificates = Arc<Mutex<Vec<Vec<u8>>>>;

/// Remembers the certificates of the last TLS handshake while letting the
/// platform's verifier decide (nothing is accepted that it refuses).
#[derive(Debug)]
struct RecordingVerifier {
    inner: Arc<dyn ServerCertVerifier>,
    seen: SeenCertificates,
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let verified = self.inner.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        )?;
        let chain = std::iter::once(end_entity)
            .chain(intermediates)
            .map(|c| c.to_vec())
            .collect();
        *self.seen.lock().unwrap_or_else(|e| e.into_inner()) = chain;
        Ok(verified)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// TLS settings that verify with the platform's roots (plus `extra_roots`,
/// which only tests give) and record the certificates seen.
fn recording_tls(extra_roots: &[Vec<u8>]) -> CoreResult<(rustls::ClientConfig, SeenCertificates)> {
    install_crypto_provider();
    let provider = rustls::crypto::CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::ring::default_provider()));
    let tls_error = |e: rustls::Error| CoreError::internal(format!("TLS settings: {e}"));
    let inner = if extra_roots.is_empty() {
        rustls_platform_verifier::Verifier::new(provider.clone()).map_err(tls_error)?
    } else {
        rustls_platform_verifier::Verifier::new_with_extra_roots(
            extra_roots
                .iter()
                .map(|der| CertificateDer::from(der.clone())),
            provider.clone(),
        )
        .map_err(tls_error)?
    };
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(tls_error)?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(RecordingVerifier {
            inner: Arc::new(inner),
            seen: seen.clone(),
        }))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok((config, seen))
}

/// Fetches one page to keep as evidence (see the module's text).
pub async fn capture_page(net: &Net, url: &str) -> CoreResult<PageFetch> {
    capture_page_trusting(net, url, &[]).await
}

/// [`capture_page`], also trusting the DER root certificates `extra_roots`
/// (a test's own authority; the app gives none).
pub async fn capture_page_trusting(
    net: &Net,
    input: &str,
    extra_roots: &[Vec<u8>],
) -> CoreResult<PageFetch> {
    let checked = urls::classify_one(input);
    let start = match (checked.error, checked.url) {
        (None, Some(url)) => url,
        (Some(err), _) => return Err(err.into()),
        (None, None) => return Err(CoreError::invalid_input("no address to capture")),
    };
    let (tls, seen) = recording_tls(extra_roots)?;
    let client = net.client_with_tls(tls)?;
    let mut url =
        Url::parse(&start).map_err(|e| CoreError::invalid_input(format!("{start}: {e}")))?;
    let mut redirects = Vec::new();
    loop {
        net.check_target(&url)?;
        seen.lock().unwrap_or_else(|e| e.into_inner()).clear();
        let response = client
            .get(url.clone())
            .header(ACCEPT, "text/html")
            .send()
            .await
            .map_err(map_reqwest_error)?;
        let status = response.status();
        if let Some(next) = net.redirect_target(&url, &response, &mut redirects)? {
            url = next;
            continue;
        }
        let certificates = std::mem::take(&mut *seen.lock().unwrap_or_else(|e| e.into_inner()));
        return read_answer(net, input, url, redirects, status, response, certificates).await;
    }
}

async fn read_answer(
    net: &Net,
    asked: &str,
    final_url: Url,
    redirects: Vec<RedirectHop>,
    status: StatusCode,
    mut response: reqwest::Response,
    certificates: Vec<Vec<u8>>,
) -> CoreResult<PageFetch> {
    let captured_at = now_utc();
    let headers: Vec<HeaderLine> = response
        .headers()
        .iter()
        .map(|(name, value)| HeaderLine {
            name: name.as_str().to_owned(),
            value: value.as_bytes().escape_ascii().to_string(),
        })
        .collect();
    let content_type = response
        .headers()
        .get(CONTENT_TYPE)
        .map(|v| v.as_bytes().escape_ascii().to_string());
    let server_ip = response.remote_addr().map(|a| a.ip().to_string());
    let says_text = content_type.as_deref().is_none_or(is_text_type);
    let mut hasher = Sha256::new();
    let mut body = Vec::new();
    let mut size = 0usize;
    let mut truncated = false;
    let mut head = Vec::with_capacity(SNIFF_LEN);
    while let Some(chunk) = response.chunk().await.map_err(map_reqwest_error)? {
        let room = MAX_PAGE_BYTES - size;
        let part = &chunk[..chunk.len().min(room)];
        hasher.update(part);
        size += part.len();
        if head.len() < SNIFF_LEN {
            head.extend(part.iter().take(SNIFF_LEN - head.len()));
        }
        if says_text && is_text_head(&head) {
            body.extend_from_slice(part);
        } else {
            body = Vec::new();
        }
        if part.len() < chunk.len() {
            truncated = true;
            break;
        }
    }
    let body_not_kept = if !says_text {
        Some(BodyNotKept::NotAPage)
    } else if !is_text_head(&head) {
        Some(BodyNotKept::LooksLikeAPicture)
    } else {
        None
    };
    let record = PageCaptureRecord {
        url: asked.to_owned(),
        redirects,
        final_url: final_url.to_string(),
        status: status.as_u16(),
        headers,
        content_type,
        server_ip,
        through_proxy: net.config().proxy.is_some(),
        tls_certificates: certificates.iter().map(|der| pem(der)).collect(),
        body_sha256: hex::encode(hasher.finalize()),
        body_size: size as u64,
        truncated,
        body_kept: body_not_kept.is_none(),
        body_not_kept,
        captured_at,
    };
    Ok(PageFetch {
        body: record.body_kept.then_some(body),
        record,
    })
}

/// Types whose body is a page of text: HTML, XHTML, plain text.
fn is_text_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence.starts_with("text/") || essence == "application/xhtml+xml"
}

/// False when the first bytes are a picture or a video, whatever the
/// server called them.
fn is_text_head(head: &[u8]) -> bool {
    matches!(
        sniff(head, std::path::Path::new("")),
        FileKind::Unknown | FileKind::Empty
    )
}

fn pem(der: &[u8]) -> String {
    der::pem::encode_string("CERTIFICATE", der::pem::LineEnding::LF, der)
        .unwrap_or_else(|_| hex::encode(der))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_text_pages_count_as_pages() {
        assert!(is_text_type("text/html; charset=utf-8"));
        assert!(is_text_type("TEXT/PLAIN"));
        assert!(is_text_type("application/xhtml+xml"));
        assert!(!is_text_type("image/jpeg"));
        assert!(!is_text_type("video/mp4"));
        assert!(!is_text_type("application/octet-stream"));
    }

    #[test]
    fn a_picture_called_html_is_recognised_by_its_first_bytes() {
        assert!(is_text_head(b"<!doctype html><html>"));
        assert!(!is_text_head(b"\xFF\xD8\xFF\xE0\0\x10JFIF"));
        assert!(!is_text_head(b"\x89PNG\r\n\x1a\n...."));
    }
}
