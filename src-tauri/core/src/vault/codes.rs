//! Case codes, recovery codes and the passphrase rule.

use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::{CoreError, CoreResult};

/// Minimum passphrase length, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Refuses a passphrase shorter than [`MIN_PASSPHRASE_CHARS`] (case keys and hand-over files).
pub fn check_passphrase(p: &SecretString) -> CoreResult<()> {
    if p.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(CoreError::invalid_input(
            "the passphrase needs at least 8 characters",
        ));
    }
    Ok(())
}

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Crockford base32 of `bytes`, in groups of four.
pub(crate) fn base32_groups(bytes: &[u8], chars: usize) -> String {
    let mut bits: u64 = 0;
    let mut nbits = 0;
    let mut out = String::new();
    let mut iter = bytes.iter();
    while out.chars().filter(|c| *c != '-').count() < chars {
        if nbits < 5 {
            bits = (bits << 8) | u64::from(*iter.next().unwrap_or(&0));
            nbits += 8;
        }
        nbits -= 5;
        let idx = ((bits >> nbits) & 31) as usize;
        let count = out.chars().filter(|c| *c != '-').count();
        if count > 0 && count % 4 == 0 {
            out.push('-');
        }
        out.push(CROCKFORD[idx] as char);
    }
    out
}

pub(crate) fn recovery_code_text(bytes: &[u8; 16]) -> String {
    base32_groups(bytes, 26)
}

/// Upper-cases and drops separators and spaces, maps look-alikes (O→0, I/L→1).
pub(crate) fn normalise_recovery(code: &str) -> Zeroizing<String> {
    Zeroizing::new(
        code.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            })
            .collect(),
    )
}

/// Validates a case code (`K7QM-4XP2`, any case, look-alikes mapped) and
/// returns it in canonical form. Keeps paths like `../x` out of the vault.
pub fn parse_code(text: &str) -> CoreResult<String> {
    let compact: String = normalise_recovery(text).to_string();
    let valid = compact.len() == 8
        && compact
            .bytes()
            .all(|b| b"0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(&b));
    if !valid {
        return Err(CoreError::invalid_input("a case code looks like K7QM-4XP2"));
    }
    Ok(format!("{}-{}", &compact[..4], &compact[4..]))
}
