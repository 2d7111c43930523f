//! Reading and checking an RFC 3161 time-stamp token: what it covers, when
//! and by whom it was signed, whether the signature holds, whether the
//! signer was allowed to sign time-stamps, and whether the signer leads to a
//! root the reader trusts.
//!
//! Parsing uses the RustCrypto formats crates (`der`, `cms`, `x509-cert`,
//! `x509-tsp`), written in safe Rust, so a hostile token cannot corrupt
//! memory. Signatures and certificate chains are checked with
//! `rustls-webpki` (the certificate checker rustls uses, already in the
//! tree), with *ring*'s algorithms.
//!
//! What a valid token proves: the authority named saw the hash in the token
//! no later than the time in the token. Revocation of the authority's
//! certificate is not checked (it would need the network).

use cms::cert::CertificateChoices;
use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier, SignerInfo};
use der::asn1::{ObjectIdentifier, OctetString};
use der::{Any, Decode, Encode, Tagged};
use rustls_pki_types::{CertificateDer, SignatureVerificationAlgorithm, UnixTime};
use sha2::{Digest, Sha256, Sha384, Sha512};
use time::OffsetDateTime;
use webpki::ring as algs;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::ExtendedKeyUsage;
use x509_cert::Certificate;
use x509_tsp::TimeStampResp;

mod asn1;
pub use asn1::ID_SHA256;
use asn1::*;

/// Why a token cannot be trusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenError {
    /// Not an RFC 3161 token (or a damaged one).
    Unreadable(String),
    /// The authority refused the request.
    Refused(u8),
    /// The signature does not match the token's content or signer.
    BadSignature(String),
    /// The signer's certificate is not one for time-stamping, or was not
    /// valid at the token's time.
    SignerNotForTimeStamping(String),
    /// The signer does not lead to any of the roots the reader trusts.
    NotAnchored(String),
}

impl std::fmt::Display for TokenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TokenError::Unreadable(why) => write!(f, "not a readable RFC 3161 time-stamp: {why}"),
            TokenError::Refused(status) => {
                write!(f, "the authority refused the request (status {status})")
            }
            TokenError::BadSignature(why) => write!(f, "the signature is not valid: {why}"),
            TokenError::SignerNotForTimeStamping(why) => {
                write!(f, "the signer may not sign time-stamps: {why}")
            }
            TokenError::NotAnchored(why) => {
                write!(f, "the signer does not lead to a trusted root: {why}")
            }
        }
    }
}

fn unreadable(what: &str) -> impl Fn(der::Error) -> TokenError + '_ {
    move |e| TokenError::Unreadable(format!("{what}: {e}"))
}

/// Who vouches for the signer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// The chain leads to this root, one the reader named.
    TrustedRoot(String),
    /// No root was named: the signature holds with the certificate in the
    /// token, but nothing says that certificate belongs to a real authority.
    NotAnchored,
}

/// A token whose signature was checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedToken {
    /// When the authority signed (UTC, whole seconds; fractions dropped).
    pub gen_time: OffsetDateTime,
    /// The authority: the `tsa` name in the token, else the signer's subject.
    pub tsa_name: String,
    pub imprint_algorithm: ObjectIdentifier,
    pub imprint: Vec<u8>,
    /// Big-endian, without leading zeros.
    pub nonce: Option<Vec<u8>>,
    pub anchor: Anchor,
}

/// The token inside a `TimeStampResp` (status granted), or the bytes
/// themselves when they are a bare token.
fn token_of(bytes: &[u8]) -> Result<ContentInfo, TokenError> {
    if let Ok(resp) = TimeStampResp::from_der(bytes) {
        let status = resp.status.status as u8;
        if status > 1 {
            return Err(TokenError::Refused(status));
        }
        return resp
            .time_stamp_token
            .ok_or_else(|| TokenError::Unreadable("the reply holds no token".into()));
    }
    ContentInfo::from_der(bytes).map_err(unreadable("TimeStampResp"))
}

/// Reads `genTime` (`YYYYMMDDHHMMSS[.fff]Z`), fractions of a second dropped.
fn parse_gen_time(any: &Any) -> Result<OffsetDateTime, TokenError> {
    let bad = || TokenError::Unreadable("genTime is not a UTC GeneralizedTime".into());
    if any.tag() != der::Tag::GeneralizedTime {
        return Err(bad());
    }
    let text = std::str::from_utf8(any.value()).map_err(|_| bad())?;
    let whole = text.strip_suffix('Z').ok_or_else(bad)?;
    let (whole, fraction) = whole.split_once('.').unwrap_or((whole, "0"));
    if whole.len() != 14
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(bad());
    }
    let n = |range: std::ops::Range<usize>| whole[range].parse::<u32>().map_err(|_| bad());
    let month = time::Month::try_from(n(4..6)? as u8).map_err(|_| bad())?;
    let date = time::Date::from_calendar_date(n(0..4)? as i32, month, n(6..8)? as u8)
        .map_err(|_| bad())?;
    let clock = time::Time::from_hms(n(8..10)? as u8, n(10..12)? as u8, n(12..14)? as u8)
        .map_err(|_| bad())?;
    Ok(time::PrimitiveDateTime::new(date, clock).assume_utc())
}

fn digest(algorithm: &ObjectIdentifier, bytes: &[u8]) -> Result<Vec<u8>, TokenError> {
    Ok(match *algorithm {
        ID_SHA256 => Sha256::digest(bytes).to_vec(),
        ID_SHA384 => Sha384::digest(bytes).to_vec(),
        ID_SHA512 => Sha512::digest(bytes).to_vec(),
        other => {
            return Err(TokenError::BadSignature(format!(
                "digest algorithm {other} is not supported"
            )))
        }
    })
}

/// The verification algorithms that may have made `signer`'s signature.
fn algorithms(signer: &SignerInfo) -> Vec<&'static dyn SignatureVerificationAlgorithm> {
    let by_digest = signer.digest_alg.oid;
    match signer.signature_algorithm.oid {
        ECDSA_WITH_SHA256 => vec![algs::ECDSA_P256_SHA256, algs::ECDSA_P384_SHA256],
        ECDSA_WITH_SHA384 => vec![algs::ECDSA_P256_SHA384, algs::ECDSA_P384_SHA384],
        SHA256_WITH_RSA => vec![algs::RSA_PKCS1_2048_8192_SHA256],
        SHA384_WITH_RSA => vec![algs::RSA_PKCS1_2048_8192_SHA384],
        SHA512_WITH_RSA => vec![algs::RSA_PKCS1_2048_8192_SHA512],
        RSA_ENCRYPTION => match by_digest {
            ID_SHA256 => vec![algs::RSA_PKCS1_2048_8192_SHA256],
            ID_SHA384 => vec![algs::RSA_PKCS1_2048_8192_SHA384],
            ID_SHA512 => vec![algs::RSA_PKCS1_2048_8192_SHA512],
            _ => vec![],
        },
        RSASSA_PSS => match by_digest {
            ID_SHA256 => vec![algs::RSA_PSS_2048_8192_SHA256_LEGACY_KEY],
            ID_SHA384 => vec![algs::RSA_PSS_2048_8192_SHA384_LEGACY_KEY],
            ID_SHA512 => vec![algs::RSA_PSS_2048_8192_SHA512_LEGACY_KEY],
            _ => vec![],
        },
        ID_ED25519 => vec![algs::ED25519],
        _ => vec![],
    }
}

/// Every algorithm a certificate in the chain may be signed with.
const CHAIN_ALGORITHMS: &[&dyn SignatureVerificationAlgorithm] = &[
    algs::ECDSA_P256_SHA256,
    algs::ECDSA_P256_SHA384,
    algs::ECDSA_P384_SHA256,
    algs::ECDSA_P384_SHA384,
    algs::ED25519,
    algs::RSA_PKCS1_2048_8192_SHA256,
    algs::RSA_PKCS1_2048_8192_SHA384,
    algs::RSA_PKCS1_2048_8192_SHA512,
    algs::RSA_PKCS1_2048_8192_SHA256_ABSENT_PARAMS,
    algs::RSA_PKCS1_2048_8192_SHA384_ABSENT_PARAMS,
    algs::RSA_PKCS1_2048_8192_SHA512_ABSENT_PARAMS,
    algs::RSA_PSS_2048_8192_SHA256_LEGACY_KEY,
    algs::RSA_PSS_2048_8192_SHA384_LEGACY_KEY,
    algs::RSA_PSS_2048_8192_SHA512_LEGACY_KEY,
];

fn attribute(signer: &SignerInfo, oid: ObjectIdentifier) -> Option<&Any> {
    signer
        .signed_attrs
        .as_ref()?
        .iter()
        .find(|a| a.oid == oid)
        .and_then(|a| a.values.iter().next())
}

/// The hash the signer put on its own certificate (ESS signing-certificate
/// attribute, required by RFC 3161 §2.4.1), with the hash's algorithm.
fn signer_cert_hash(signer: &SignerInfo) -> Result<(ObjectIdentifier, Vec<u8>), TokenError> {
    if let Some(v2) = attribute(signer, ID_SIGNING_CERTIFICATE_V2) {
        let v2: SigningCertificateV2 =
            v2.decode_as().map_err(unreadable("signingCertificateV2"))?;
        let first = v2
            .certs
            .first()
            .ok_or_else(|| TokenError::Unreadable("signingCertificateV2 is empty".into()))?;
        let algorithm = first.hash_algorithm.as_ref().map_or(ID_SHA256, |a| a.oid);
        return Ok((algorithm, first.cert_hash.as_bytes().to_vec()));
    }
    if let Some(v1) = attribute(signer, ID_SIGNING_CERTIFICATE) {
        let v1: SigningCertificate = v1.decode_as().map_err(unreadable("signingCertificate"))?;
        let first = v1
            .certs
            .first()
            .ok_or_else(|| TokenError::Unreadable("signingCertificate is empty".into()))?;
        return Ok((ID_SHA1, first.cert_hash.as_bytes().to_vec()));
    }
    Err(TokenError::BadSignature(
        "the token does not name its signer's certificate (no ESS signing-certificate attribute)"
            .into(),
    ))
}

fn cert_hash(algorithm: &ObjectIdentifier, der: &[u8]) -> Result<Vec<u8>, TokenError> {
    if *algorithm == ID_SHA1 {
        use sha1::Sha1;
        return Ok(Sha1::digest(der).to_vec());
    }
    digest(algorithm, der)
}

fn sid_matches(sid: &SignerIdentifier, cert: &Certificate) -> bool {
    match sid {
        SignerIdentifier::IssuerAndSerialNumber(ias) => {
            ias.issuer == cert.tbs_certificate.issuer
                && ias.serial_number == cert.tbs_certificate.serial_number
        }
        SignerIdentifier::SubjectKeyIdentifier(ski) => cert
            .tbs_certificate
            .extensions
            .iter()
            .flatten()
            .find(|e| e.extn_id == ObjectIdentifier::new_unwrap("2.5.29.14"))
            .and_then(|e| OctetString::from_der(e.extn_value.as_bytes()).ok())
            .is_some_and(|v| v.as_bytes() == ski.0.as_bytes()),
    }
}

/// RFC 3161 §2.3: the signer's certificate carries the time-stamping
/// purpose in a critical extended-key-usage extension.
fn check_time_stamping_purpose(cert: &Certificate) -> Result<(), TokenError> {
    let eku = cert
        .tbs_certificate
        .extensions
        .iter()
        .flatten()
        .find(|e| e.extn_id == ID_CE_EXT_KEY_USAGE)
        .ok_or_else(|| {
            TokenError::SignerNotForTimeStamping("its certificate has no extended key usage".into())
        })?;
    let purposes = ExtendedKeyUsage::from_der(eku.extn_value.as_bytes())
        .map_err(unreadable("extended key usage"))?;
    if !purposes.0.contains(&ID_KP_TIME_STAMPING) {
        return Err(TokenError::SignerNotForTimeStamping(
            "its certificate is not for time-stamping".into(),
        ));
    }
    if !eku.critical {
        return Err(TokenError::SignerNotForTimeStamping(
            "the time-stamping purpose is not marked critical".into(),
        ));
    }
    Ok(())
}

fn name_of(cert: &Certificate) -> String {
    cert.tbs_certificate.subject.to_string()
}

/// Checks a token (or a `TimeStampResp` holding one): its signature, its
/// signer's certificate and, when `roots` are given, the chain to one of
/// them at the token's time. `roots` are DER certificates.
pub fn check(bytes: &[u8], roots: &[Vec<u8>]) -> Result<CheckedToken, TokenError> {
    let token = token_of(bytes)?;
    if token.content_type != ID_SIGNED_DATA {
        return Err(TokenError::Unreadable(
            "the token is not CMS SignedData".into(),
        ));
    }
    let signed: SignedData = token
        .content
        .decode_as()
        .map_err(unreadable("SignedData"))?;
    if signed.encap_content_info.econtent_type != ID_CT_TST_INFO {
        return Err(TokenError::Unreadable(
            "the token does not hold a TSTInfo".into(),
        ));
    }
    let content = signed
        .encap_content_info
        .econtent
        .as_ref()
        .ok_or_else(|| TokenError::Unreadable("the token's content is empty".into()))?;
    let content = OctetString::from_der(&content.to_der().map_err(unreadable("eContent"))?)
        .map_err(unreadable("eContent"))?;
    let tst = TstInfo::from_der(content.as_bytes()).map_err(unreadable("TSTInfo"))?;
    let gen_time = parse_gen_time(&tst.gen_time)?;

    // One signer, with signed attributes binding the content and the signer.
    let signers: Vec<&SignerInfo> = signed.signer_infos.0.iter().collect();
    let [signer] = signers.as_slice() else {
        return Err(TokenError::BadSignature(format!(
            "the token has {} signers, not one",
            signers.len()
        )));
    };
    let attrs = signer.signed_attrs.as_ref().ok_or_else(|| {
        TokenError::BadSignature("the signature covers no signed attributes".into())
    })?;
    let content_type =
        attribute(signer, ID_CONTENT_TYPE).and_then(|a| a.decode_as::<ObjectIdentifier>().ok());
    if content_type != Some(ID_CT_TST_INFO) {
        return Err(TokenError::BadSignature(
            "the signed content type is not TSTInfo".into(),
        ));
    }
    let message_digest = attribute(signer, ID_MESSAGE_DIGEST)
        .and_then(|a| a.decode_as::<OctetString>().ok())
        .ok_or_else(|| TokenError::BadSignature("no signed message digest".into()))?;
    if message_digest.as_bytes() != digest(&signer.digest_alg.oid, content.as_bytes())? {
        return Err(TokenError::BadSignature(
            "the time-stamp's content was changed after it was signed".into(),
        ));
    }

    // The signer's certificate: in the token, named by hash in a signed attribute.
    let (hash_alg, wanted) = signer_cert_hash(signer)?;
    let mut certs: Vec<(Certificate, Vec<u8>)> = Vec::new();
    for choice in signed.certificates.iter().flat_map(|set| set.0.iter()) {
        if let CertificateChoices::Certificate(cert) = choice {
            let der = cert.to_der().map_err(unreadable("certificate"))?;
            certs.push((cert.clone(), der));
        }
    }
    for root in roots {
        if let Ok(cert) = Certificate::from_der(root) {
            certs.push((cert, root.clone()));
        }
    }
    let mut signer_cert = None;
    for (cert, der) in &certs {
        if cert_hash(&hash_alg, der)? == wanted {
            signer_cert = Some((cert, der));
            break;
        }
    }
    let (cert, cert_der) = signer_cert.ok_or_else(|| {
        TokenError::BadSignature(
            "the signer's certificate is not in the token (ask the authority to include it)".into(),
        )
    })?;
    if !sid_matches(&signer.sid, cert) {
        return Err(TokenError::BadSignature(
            "the signer named does not match the certificate the token names".into(),
        ));
    }

    // The signature over the signed attributes (their DER SET OF encoding,
    // RFC 5652 §5.4).
    let message = attrs.to_der().map_err(unreadable("signed attributes"))?;
    let cert_der = CertificateDer::from(cert_der.as_slice());
    let end_entity = webpki::EndEntityCert::try_from(&cert_der)
        .map_err(|e| TokenError::Unreadable(format!("the signer's certificate: {e:?}")))?;
    let signature = signer.signature.as_bytes();
    let candidates = algorithms(signer);
    if candidates.is_empty() {
        return Err(TokenError::BadSignature(format!(
            "signature algorithm {} is not supported",
            signer.signature_algorithm.oid
        )));
    }
    let verified = candidates.iter().any(|alg| {
        end_entity
            .verify_signature(*alg, &message, signature)
            .is_ok()
    });
    if !verified {
        return Err(TokenError::BadSignature(
            "it does not match the signer's key".into(),
        ));
    }

    check_time_stamping_purpose(cert)?;
    let validity = &cert.tbs_certificate.validity;
    let at = gen_time.unix_timestamp();
    let from = validity.not_before.to_unix_duration().as_secs() as i64;
    let until = validity.not_after.to_unix_duration().as_secs() as i64;
    if at < from || at > until {
        return Err(TokenError::SignerNotForTimeStamping(
            "its certificate was not valid at the time in the token".into(),
        ));
    }

    let anchor = if roots.is_empty() {
        Anchor::NotAnchored
    } else {
        anchor(&end_entity, &certs, roots, gen_time)?
    };

    let tsa_name = match &tst.tsa {
        Some(GeneralName::DirectoryName(name)) => name.to_string(),
        _ => name_of(cert),
    };
    let nonce = tst.nonce.as_ref().map(|n| {
        let b = n.as_bytes();
        b[b.iter().take_while(|x| **x == 0).count()..].to_vec()
    });
    Ok(CheckedToken {
        gen_time,
        tsa_name,
        imprint_algorithm: tst.message_imprint.hash_algorithm.oid,
        imprint: tst.message_imprint.hashed_message.as_bytes().to_vec(),
        nonce,
        anchor,
    })
}

/// The chain from the signer to one of `roots`, checked at `at`.
fn anchor(
    end_entity: &webpki::EndEntityCert<'_>,
    certs: &[(Certificate, Vec<u8>)],
    roots: &[Vec<u8>],
    at: OffsetDateTime,
) -> Result<Anchor, TokenError> {
    let root_ders: Vec<CertificateDer<'_>> = roots
        .iter()
        .map(|r| CertificateDer::from(r.as_slice()))
        .collect();
    let anchors: Vec<_> = root_ders
        .iter()
        .filter_map(|der| webpki::anchor_from_trusted_cert(der).ok())
        .collect();
    if anchors.is_empty() {
        return Err(TokenError::NotAnchored(
            "none of the roots given is a readable certificate".into(),
        ));
    }
    let intermediates: Vec<CertificateDer<'_>> = certs
        .iter()
        .map(|(_, der)| CertificateDer::from(der.as_slice()))
        .collect();
    let time = UnixTime::since_unix_epoch(std::time::Duration::from_secs(
        at.unix_timestamp().max(0) as u64,
    ));
    let path = end_entity
        .verify_for_usage(
            CHAIN_ALGORITHMS,
            &anchors,
            &intermediates,
            time,
            webpki::KeyUsage::required(TIME_STAMPING_EKU),
            None,
            None,
        )
        .map_err(|e| TokenError::NotAnchored(format!("{e}")))?;
    let subject = path.anchor().subject.as_ref();
    let root_name = roots
        .iter()
        .filter_map(|r| Certificate::from_der(r).ok())
        .find(|c| {
            c.tbs_certificate.subject.to_der().is_ok_and(|d| {
                d == subject || d.get(2..) == Some(subject) || d.get(3..) == Some(subject)
            })
        })
        .map(|c| name_of(&c))
        .unwrap_or_else(|| "a root given".into());
    Ok(Anchor::TrustedRoot(root_name))
}

/// Roots from a file: PEM (one or more `CERTIFICATE` blocks) or one DER
/// certificate. Returned as DER.
pub fn load_roots(bytes: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    if bytes.starts_with(b"-----") || bytes.windows(11).any(|w| w == b"-----BEGIN ") {
        let certs = Certificate::load_pem_chain(bytes).map_err(|e| e.to_string())?;
        return certs
            .iter()
            .map(|c| c.to_der().map_err(|e| e.to_string()))
            .collect();
    }
    Certificate::from_der(bytes).map_err(|e| e.to_string())?;
    Ok(vec![bytes.to_vec()])
}

/// What a bundle's time-stamp says, once checked (verify's output).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct BundleTimestamp {
    /// When the authority signed, RFC 3339 UTC (`2026-11-23T17:00:00Z`).
    pub time: String,
    /// The authority: its name in the token, else its certificate's subject.
    pub tsa: String,
    /// The token covers this bundle's `manifest.sha256` (its SHA-256).
    pub covers_manifest: bool,
    /// The signature is valid and made by a certificate for time-stamping,
    /// valid at `time`.
    pub signature_valid: bool,
    /// The root the signer leads to, among those the reader named; `null`
    /// when no root was named (the signer is then not anchored).
    pub trusted_root: Option<String>,
}

impl BundleTimestamp {
    pub fn from_checked(token: &CheckedToken, covers_manifest: bool) -> Self {
        BundleTimestamp {
            time: crate::model::timestamp::format_utc(token.gen_time),
            tsa: token.tsa_name.clone(),
            covers_manifest,
            signature_valid: true,
            trusted_root: match &token.anchor {
                Anchor::TrustedRoot(name) => Some(name.clone()),
                Anchor::NotAnchored => None,
            },
        }
    }
}
