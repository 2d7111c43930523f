//! One rule for an e-mail address, used wherever one is typed, stored or sent
//! to: the case's contact, a request's sender, a platform's address in the
//! catalogue. Plain `local@domain` only, so an address can never smuggle a
//! header line, a second recipient or a comment into a message.

use crate::error::{CoreError, CoreResult, Field};

/// Longest address accepted (RFC 5321's path limit).
pub const MAX_EMAIL: usize = 254;

/// Checks that `address` is a plain `local@domain` address: ASCII, a dot-atom
/// local part, a domain of letters, digits and hyphens with at least one dot.
/// Anything else (spaces, quotes, angle brackets, CR/LF, comments) is refused
/// with `invalid_input` naming the e-mail field.
pub fn validate_email(address: &str) -> CoreResult<()> {
    if is_email(address) {
        Ok(())
    } else {
        Err(CoreError::bad_format(Field::Email, "name@example.org"))
    }
}

/// Whether `address` is a plain `local@domain` address (see [`validate_email`]).
pub fn is_email(address: &str) -> bool {
    if address.is_empty() || address.len() > MAX_EMAIL || !address.is_ascii() {
        return false;
    }
    let Some((local, domain)) = address.rsplit_once('@') else {
        return false;
    };
    let atom_char = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    let dot_atom = |s: &str, ok: &dyn Fn(char) -> bool| {
        !s.is_empty()
            && s.split('.')
                .all(|part| !part.is_empty() && part.chars().all(ok))
    };
    let label_char = |c: char| c.is_ascii_alphanumeric() || c == '-';
    local.len() <= 64
        && dot_atom(local, &atom_char)
        && domain.contains('.')
        && dot_atom(domain, &label_char)
        && !domain
            .split('.')
            .any(|l| l.starts_with('-') || l.ends_with('-') || l.len() > 63)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_addresses_only() {
        for good in ["anna@example.org", "a.b+c@mail.example.be", "x@a-b.eu"] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "",
            "anna",
            "anna@",
            "@example.org",
            "anna@example",
            "anna @example.org",
            "anna@example.org\r\nBcc: x@y.z",
            "\"anna\"@example.org",
            "<anna@example.org>",
            "anna@-example.org",
            "anna..b@example.org",
            "ånna@example.org",
        ] {
            assert!(!is_email(bad), "{bad:?}");
        }
        let err = validate_email("anna").unwrap_err();
        assert_eq!(
            err.detail,
            Some(crate::error::ErrorDetail::BadFormat {
                field: Field::Email,
                expected: "name@example.org".into()
            })
        );
    }
}
