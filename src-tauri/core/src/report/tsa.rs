//! Optional RFC 3161 trusted timestamp of a bundle.
//!
//! Only on the person's request, and only one value leaves the device: the
//! SHA-256 of `manifest.sha256` (never an image or an image hash,
//! security.md §4.2). The authority's reply is stored as `manifest.tsr`
//! beside the manifest. Reclaim checks that the token covers the manifest
//! (message imprint, status, nonce); the authority's signature is checked
//! with `openssl ts -verify` and its certificate.

use std::hash::{BuildHasher, Hasher};
use std::path::Path;

use super::der::{self, Reader};
use super::manifest::{self, MANIFEST_SHA256, MANIFEST_TSR};
use super::verify::BundleTimestamp;
use crate::error::{CoreError, CoreResult, ErrorKind};
use crate::net::NetConfig;

/// OID 2.16.840.1.101.3.4.2.1 (SHA-256), content bytes.
pub const SHA256_OID: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01];
/// OID 1.2.840.113549.1.7.2 (CMS SignedData).
pub const SIGNED_DATA_OID: &[u8] = &[0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02];
/// OID 1.2.840.113549.1.9.16.1.4 (id-ct-TSTInfo).
pub const TST_INFO_OID: &[u8] = &[
    0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x10, 0x01, 0x04,
];

/// Largest reply accepted from an authority.
const MAX_REPLY: usize = 256 * 1024;

/// `MessageImprint` for a SHA-256 digest.
pub fn message_imprint(digest: &[u8; 32]) -> Vec<u8> {
    let algorithm = der::constructed(
        der::SEQUENCE,
        &[&der::tlv(der::OID, SHA256_OID), &der::tlv(der::NULL, &[])],
    );
    der::constructed(
        der::SEQUENCE,
        &[&algorithm, &der::tlv(der::OCTET_STRING, digest)],
    )
}

/// A DER `TimeStampReq` (v1) for `digest`, with `nonce`, asking for the
/// authority's certificate in the reply.
pub fn build_request(digest: &[u8; 32], nonce: u64) -> Vec<u8> {
    der::constructed(
        der::SEQUENCE,
        &[
            &der::unsigned_integer(&[1]),
            &message_imprint(digest),
            &der::unsigned_integer(&nonce.to_be_bytes()),
            &der::tlv(der::BOOLEAN, &[0xFF]),
        ],
    )
}

/// What a time-stamp reply says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// OID content bytes of the hash algorithm in the imprint.
    pub hash_algorithm: Vec<u8>,
    pub imprint: Vec<u8>,
    /// GeneralizedTime as written by the authority (`20261123163232Z`).
    pub gen_time: String,
    /// The nonce, big-endian, without leading zeros.
    pub nonce: Option<Vec<u8>>,
}

fn strip_zeros(bytes: &[u8]) -> Vec<u8> {
    let skip = bytes.iter().take_while(|b| **b == 0).count();
    bytes[skip..].to_vec()
}

/// Parses a DER `TimeStampResp`: the status must be granted, and the token's
/// `TSTInfo` is read for its imprint, time and nonce.
pub fn parse_response(bytes: &[u8]) -> Result<Token, String> {
    let resp = Reader::new(bytes).expect(der::SEQUENCE, "TimeStampResp")?;
    let mut resp = Reader::new(resp.value);
    let status_info = resp.expect(der::SEQUENCE, "PKIStatusInfo")?;
    let status = Reader::new(status_info.value).expect(der::INTEGER, "PKIStatus")?;
    match status.value {
        [0] | [1] => {}
        other => {
            return Err(format!(
                "the authority refused the request (status {})",
                other.first().copied().unwrap_or(255)
            ))
        }
    }
    let content_info = resp.expect(der::SEQUENCE, "TimeStampToken")?;
    let mut content_info = Reader::new(content_info.value);
    let content_type = content_info.expect(der::OID, "contentType")?;
    if content_type.value != SIGNED_DATA_OID {
        return Err("the token is not CMS SignedData".into());
    }
    let explicit = content_info.expect(der::CONTEXT_0, "content")?;
    let signed_data = Reader::new(explicit.value).expect(der::SEQUENCE, "SignedData")?;
    let mut signed_data = Reader::new(signed_data.value);
    signed_data.expect(der::INTEGER, "SignedData version")?;
    signed_data.expect(der::SET, "digestAlgorithms")?;
    let encap = signed_data.expect(der::SEQUENCE, "encapContentInfo")?;
    let mut encap = Reader::new(encap.value);
    let e_type = encap.expect(der::OID, "eContentType")?;
    if e_type.value != TST_INFO_OID {
        return Err("the token does not hold a TSTInfo".into());
    }
    let e_content = encap.expect(der::CONTEXT_0, "eContent")?;
    let octets = Reader::new(e_content.value).expect(der::OCTET_STRING, "eContent")?;
    let tst = Reader::new(octets.value).expect(der::SEQUENCE, "TSTInfo")?;
    let mut tst = Reader::new(tst.value);
    tst.expect(der::INTEGER, "TSTInfo version")?;
    tst.expect(der::OID, "policy")?;
    let imprint = tst.expect(der::SEQUENCE, "messageImprint")?;
    let mut imprint = Reader::new(imprint.value);
    let algorithm = imprint.expect(der::SEQUENCE, "hashAlgorithm")?;
    let algorithm_oid = Reader::new(algorithm.value).expect(der::OID, "hashAlgorithm")?;
    let hashed = imprint.expect(der::OCTET_STRING, "hashedMessage")?;
    tst.expect(der::INTEGER, "serialNumber")?;
    let gen_time = tst.expect(der::GENERALIZED_TIME, "genTime")?;
    let mut nonce = None;
    while !tst.is_empty() {
        let field = tst.read()?;
        if field.tag == der::INTEGER {
            nonce = Some(strip_zeros(field.value));
        }
    }
    Ok(Token {
        hash_algorithm: algorithm_oid.value.to_vec(),
        imprint: hashed.value.to_vec(),
        gen_time: String::from_utf8_lossy(gen_time.value).into_owned(),
        nonce,
    })
}

fn random_nonce() -> u64 {
    // RandomState is seeded from the OS's randomness.
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    hasher.finish()
}

/// Asks the authority at `tsa_url` to timestamp `digest`; returns the raw
/// reply after checking it covers `digest` with our nonce. The request goes
/// through the network guard with `net`'s timeouts and proxy.
pub fn request_token(tsa_url: &str, digest: &[u8; 32], net: &NetConfig) -> CoreResult<Vec<u8>> {
    if !(tsa_url.starts_with("https://") || tsa_url.starts_with("http://")) {
        return Err(CoreError::invalid_input(
            "the time-stamp authority's address must start with https:// or http://",
        ));
    }
    let nonce = random_nonce();
    let body = build_request(digest, nonce);
    let config = NetConfig {
        max_body: MAX_REPLY,
        ..net.clone()
    };
    let response = crate::net::blocking::post(
        &config,
        tsa_url,
        &[
            ("content-type", "application/timestamp-query"),
            ("accept", "application/timestamp-reply"),
        ],
        body,
    )
    .map_err(|e| match e.kind {
        ErrorKind::TooLarge => CoreError::new(
            ErrorKind::Corrupt,
            "the time-stamp authority's reply is too large",
        ),
        ErrorKind::Network => CoreError::new(
            ErrorKind::Network,
            format!(
                "the time-stamp authority could not be reached: {}",
                e.message
            ),
        ),
        _ => e,
    })?;
    if !(200..300).contains(&response.status) {
        return Err(CoreError::new(
            ErrorKind::Network,
            format!("the time-stamp authority answered HTTP {}", response.status),
        ));
    }
    let reply = response.body;
    let token = parse_response(&reply)
        .map_err(|e| CoreError::new(ErrorKind::Corrupt, format!("the time-stamp reply: {e}")))?;
    if token.hash_algorithm != SHA256_OID || token.imprint != digest {
        return Err(CoreError::new(
            ErrorKind::Corrupt,
            "the time-stamp reply covers a different hash",
        ));
    }
    if token.nonce.as_deref() != Some(strip_zeros(&nonce.to_be_bytes()).as_slice()) {
        return Err(CoreError::new(
            ErrorKind::Corrupt,
            "the time-stamp reply is not an answer to this request (nonce)",
        ));
    }
    Ok(reply)
}

/// Timestamps the bundle in `dir`: sends the SHA-256 of `manifest.sha256` to
/// the authority and stores its reply as `manifest.tsr`.
pub fn timestamp_bundle(dir: &Path, tsa_url: &str, net: &NetConfig) -> CoreResult<BundleTimestamp> {
    let sums = std::fs::read(dir.join(MANIFEST_SHA256))?;
    let digest: [u8; 32] = hex::decode(manifest::sha256_hex(&sums))
        .ok()
        .and_then(|v| v.try_into().ok())
        .expect("a SHA-256 is 32 bytes");
    let reply = request_token(tsa_url, &digest, net)?;
    let token = parse_response(&reply).map_err(|e| CoreError::new(ErrorKind::Corrupt, e))?;
    let tmp = dir.join(format!(".{MANIFEST_TSR}.tmp"));
    {
        use std::io::Write;
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(&reply)?;
        file.sync_all()?;
    }
    std::fs::rename(&tmp, dir.join(MANIFEST_TSR))?;
    Ok(BundleTimestamp {
        gen_time: token.gen_time,
        imprint_matches: true,
        signature_checked: false,
    })
}
