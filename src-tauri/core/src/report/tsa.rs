//! Asking an RFC 3161 time-stamp authority to time-stamp a bundle.
//!
//! Only on the person's request, only through the network guard ([`Net`]),
//! and only one value leaves the device: the SHA-256 of `manifest.sha256`
//! (never an image or an image hash, security.md "Evidence"). The reply is
//! checked ([`token::check`]: it covers this hash, answers this request and
//! carries a valid signature by a time-stamping certificate) before it is
//! stored as `manifest.tsr` beside the manifest.

use std::path::Path;

use der::asn1::{Int, OctetString};
use der::{Any, Encode};
use x509_cert::spki::AlgorithmIdentifier;
use x509_tsp::{MessageImprint, TimeStampReq, TspVersion};

use super::manifest::{self, MANIFEST_SHA256, MANIFEST_TSR};
use super::token::{self, BundleTimestamp, TokenError, ID_SHA256};
use crate::error::{CoreError, CoreResult, ErrorKind};
use crate::net::Net;

/// Largest reply accepted from an authority.
const MAX_REPLY: usize = 256 * 1024;

/// A DER `TimeStampReq` (v1) for a SHA-256 `digest`, with `nonce`, asking
/// for the authority's certificate in the reply.
pub fn build_request(digest: &[u8; 32], nonce: &[u8]) -> Vec<u8> {
    let request = TimeStampReq {
        version: TspVersion::V1,
        message_imprint: MessageImprint {
            hash_algorithm: AlgorithmIdentifier {
                oid: ID_SHA256,
                parameters: Some(Any::null()),
            },
            hashed_message: OctetString::new(digest.to_vec()).expect("32 bytes fit"),
        },
        req_policy: None,
        nonce: Some(Int::new(nonce).expect("a minimal positive integer")),
        cert_req: true,
        extensions: None,
    };
    request.to_der().expect("a time-stamp request encodes")
}

/// Eight random bytes forming a positive, minimally encoded INTEGER.
fn random_nonce() -> [u8; 8] {
    let mut nonce: [u8; 8] = rand::random();
    nonce[0] = (nonce[0] & 0x7F) | 0x01;
    nonce
}

fn corrupt(message: impl Into<String>) -> CoreError {
    CoreError::new(ErrorKind::Corrupt, message)
}

/// Asks the authority at `tsa_url` to time-stamp `digest`; returns the raw
/// reply once it is checked: granted, over `digest`, with our nonce, signed
/// by a time-stamping certificate (anchored to `roots` when some are given).
pub async fn request_token(
    net: &Net,
    tsa_url: &str,
    digest: &[u8; 32],
    roots: &[Vec<u8>],
) -> CoreResult<(Vec<u8>, token::CheckedToken)> {
    if !(tsa_url.starts_with("https://") || tsa_url.starts_with("http://")) {
        return Err(CoreError::invalid_input(
            "the time-stamp authority's address must start with https:// or http://",
        ));
    }
    let nonce = random_nonce();
    let body = build_request(digest, &nonce);
    let (status, reply) = net
        .post(
            tsa_url,
            &[
                ("content-type", "application/timestamp-query"),
                ("accept", "application/timestamp-reply"),
            ],
            body,
        )
        .await
        .map_err(|mut e| {
            e.message = format!(
                "the time-stamp authority could not be reached: {}",
                e.message
            );
            e
        })?;
    if !status.is_success() {
        return Err(CoreError::new(
            ErrorKind::Network,
            format!("the time-stamp authority answered HTTP {status}"),
        ));
    }
    if reply.len() > MAX_REPLY {
        return Err(corrupt("the time-stamp authority's reply is too large"));
    }
    let checked = token::check(&reply, roots).map_err(|e| match e {
        TokenError::Refused(_) => CoreError::new(ErrorKind::Network, e.to_string()),
        other => corrupt(format!("the time-stamp reply: {other}")),
    })?;
    if checked.imprint_algorithm != ID_SHA256 || checked.imprint != digest {
        return Err(corrupt("the time-stamp reply covers a different hash"));
    }
    if checked.nonce.as_deref() != Some(nonce.as_slice()) {
        return Err(corrupt(
            "the time-stamp reply is not an answer to this request (nonce)",
        ));
    }
    Ok((reply, checked))
}

/// Writes `bytes` to `path` through a temporary file, readable by the owner
/// only, synced before the rename.
fn write_private(path: &Path, bytes: &[u8]) -> CoreResult<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    {
        use std::io::Write;
        let mut file = super::private_fs::create_file(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    Ok(())
}

/// Time-stamps the bundle in `dir`: sends the SHA-256 of `manifest.sha256`
/// to the authority and stores its checked reply as `manifest.tsr`.
pub async fn timestamp_bundle(
    dir: &Path,
    net: &Net,
    tsa_url: &str,
    roots: &[Vec<u8>],
) -> CoreResult<BundleTimestamp> {
    let sums = std::fs::read(dir.join(MANIFEST_SHA256))?;
    let digest: [u8; 32] = manifest::sha256(&sums);
    let (reply, checked) = request_token(net, tsa_url, &digest, roots).await?;
    write_private(&dir.join(MANIFEST_TSR), &reply)?;
    Ok(BundleTimestamp::from_checked(&checked, true))
}
