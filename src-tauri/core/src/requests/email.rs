//! E-mail requests: an `.eml` draft the person opens in her mail program, and a
//! `mailto:` link.
//!
//! Nothing a person typed or a URL carries can add a header: e-mail addresses are
//! checked against a strict subset of RFC 5322's `addr-spec`; display names and
//! subjects that are not plain ASCII words become RFC 2047 encoded-words (base64, so
//! a CR or LF ends up as letters and digits); control characters are turned into
//! spaces first; the body is base64-encoded text. The `mailto:` link follows RFC 6068,
//! with everything but unreserved characters percent-encoded.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use time::format_description::well_known::Rfc2822;
use time::OffsetDateTime;

use crate::error::{CoreError, CoreResult};

/// An e-mail ready to become a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailDraft<'a> {
    pub from_name: &'a str,
    pub from_address: &'a str,
    pub to_address: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub date: OffsetDateTime,
}

/// Checks that `address` is a plain `local@domain` address (the one rule,
/// [`crate::model::email`]).
pub use crate::model::email::validate_email as validate_address;

/// Control characters (CR, LF, tabs, NUL, DEL, C1, line separators) become spaces.
fn flatten(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Raw bytes per encoded-word: 45 bytes -> 60 base64 characters -> a 72-character word.
const WORD_BYTES: usize = 45;

/// RFC 2047 B-encoded words for `text`, split on character boundaries, joined by
/// folding whitespace (CRLF SP).
fn encoded_words(text: &str) -> String {
    let mut words = Vec::new();
    let mut start = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if i + c.len_utf8() - start > WORD_BYTES {
            words.push(&text[start..end]);
            start = i;
        }
        end = i + c.len_utf8();
    }
    words.push(&text[start..]);
    words
        .iter()
        .map(|w| format!("=?UTF-8?B?{}?=", base64(w.as_bytes())))
        .collect::<Vec<_>>()
        .join("\r\n ")
}

/// An unstructured header value (Subject): kept as is when it is short printable
/// ASCII without anything that looks like an encoded-word, else encoded-words.
fn unstructured(text: &str) -> String {
    let text = flatten(text);
    let plain = text.len() <= 60
        && text.bytes().all(|b| (0x20..0x7f).contains(&b))
        && !text.contains("=?")
        && !text.starts_with(' ')
        && !text.ends_with(' ');
    if plain {
        text
    } else {
        encoded_words(&text)
    }
}

/// A display name (phrase): plain only when it is letters, digits and single inner
/// spaces; anything else (quotes, commas, angle brackets, accents) is encoded.
fn phrase(name: &str) -> String {
    let name = flatten(name);
    let name = name.trim();
    let plain = name.len() <= 60
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ')
        && !name.contains("  ");
    if plain {
        name.to_string()
    } else {
        encoded_words(name)
    }
}

fn mailbox(name: &str, address: &str) -> String {
    let name = phrase(name);
    if name.is_empty() {
        format!("<{address}>")
    } else if name.starts_with("=?") {
        // Encoded words fill their line; the address goes on a folded line of its own.
        format!("{name}\r\n <{address}>")
    } else {
        format!("{name} <{address}>")
    }
}

/// Text with every line break as CRLF (the canonical form of text/plain).
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

/// The `.eml` draft (RFC 5322, MIME, UTF-8). `X-Unsent: 1` makes Outlook open it as a
/// draft to send; Thunderbird and Apple Mail open it as a message to edit or forward.
pub fn eml(draft: &EmailDraft<'_>) -> CoreResult<String> {
    validate_address(draft.from_address)?;
    validate_address(draft.to_address)?;
    let date = draft
        .date
        .format(&Rfc2822)
        .map_err(|e| CoreError::internal(format!("date: {e}")))?;
    let body = base64(crlf(draft.body).as_bytes());
    let mut out = String::new();
    for (name, value) in [
        ("From", mailbox(draft.from_name, draft.from_address)),
        ("To", format!("<{}>", draft.to_address)),
        ("Subject", unstructured(draft.subject)),
        ("Date", date),
        ("MIME-Version", "1.0".to_string()),
        ("Content-Type", "text/plain; charset=UTF-8".to_string()),
        ("Content-Transfer-Encoding", "base64".to_string()),
        ("X-Unsent", "1".to_string()),
    ] {
        // Folded values are already split at CRLF SP; a long first word goes on the next line.
        let first_len = value.split("\r\n").next().map_or(0, str::len);
        if name.len() + 2 + first_len > 78 && value.starts_with("=?") {
            out.push_str(&format!("{name}:\r\n {value}\r\n"));
        } else {
            out.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    out.push_str("\r\n");
    for line in body.as_bytes().chunks(76) {
        out.push_str(std::str::from_utf8(line).unwrap_or_default());
        out.push_str("\r\n");
    }
    Ok(out)
}

/// RFC 3986 unreserved characters stay; everything else is percent-encoded.
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// In the address part `@` may stay as it is (RFC 6068 §2).
const ADDRESS: &AsciiSet = &QUERY.remove(b'@');

/// A `mailto:` link (RFC 6068) with subject and body; line breaks become `%0D%0A`.
pub fn mailto(to_address: &str, subject: &str, body: &str) -> CoreResult<String> {
    validate_address(to_address)?;
    Ok(format!(
        "mailto:{}?subject={}&body={}",
        utf8_percent_encode(to_address, ADDRESS),
        utf8_percent_encode(&flatten(subject), QUERY),
        utf8_percent_encode(&crlf(body), QUERY),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use mail_parser::{HeaderName, MessageParser};
    use proptest::prelude::*;
    use time::macros::datetime;

    const DATE: OffsetDateTime = datetime!(2026-11-23 16:00 UTC);

    fn draft<'a>(name: &'a str, subject: &'a str, body: &'a str) -> EmailDraft<'a> {
        EmailDraft {
            from_name: name,
            from_address: "person@example.org",
            to_address: "abuse@host.example",
            subject,
            body,
            date: DATE,
        }
    }

    const EXPECTED_HEADERS: [&str; 8] = [
        "From",
        "To",
        "Subject",
        "Date",
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
        "X-Unsent",
    ];

    /// Checks the raw header block line by line: only our eight headers, each once,
    /// continuation lines start with a space, no bare CR or LF, no line over 78.
    fn assert_headers_intact(raw: &str) {
        let (head, _) = raw.split_once("\r\n\r\n").expect("header/body separator");
        assert!(
            !head.replace("\r\n", "").contains(['\r', '\n']),
            "bare CR/LF"
        );
        let mut names = Vec::new();
        for line in head.split("\r\n") {
            assert!(line.len() <= 78, "line too long: {line:?}");
            assert!(line.is_ascii(), "8-bit header: {line:?}");
            if line.starts_with(' ') {
                continue;
            }
            let (name, _) = line.split_once(':').expect("header line has a name");
            names.push(name.to_string());
        }
        assert_eq!(names, EXPECTED_HEADERS, "exactly our headers, in order");
    }

    #[test]
    fn plain_ascii_stays_readable() {
        let raw = eml(&draft("Anna Peeters", "Removal request", "Hello")).unwrap();
        assert!(raw.contains("\r\nSubject: Removal request\r\n"));
        assert!(raw.starts_with("From: Anna Peeters <person@example.org>\r\n"));
        assert!(raw.contains("Date: Mon, 23 Nov 2026 16:00:00 +0000\r\n"));
        assert_headers_intact(&raw);
    }

    #[test]
    fn non_ascii_headers_are_rfc2047_and_decode_back() {
        let name = "Zoë Dubois-Lefèvre";
        let subject = "Demande de retrait d’images intimes diffusées sans consentement — urgent";
        let body = "Bonjour,\nvoici l’URL : https://exemple.be/é?x=1\n";
        let raw = eml(&draft(name, subject, body)).unwrap();
        assert!(raw.contains("=?UTF-8?B?"));
        assert_headers_intact(&raw);
        let msg = MessageParser::default().parse(raw.as_bytes()).unwrap();
        assert_eq!(msg.subject(), Some(subject));
        let from = msg.from().unwrap().first().unwrap();
        assert_eq!(from.name(), Some(name));
        assert_eq!(from.address(), Some("person@example.org"));
        assert_eq!(msg.body_text(0).unwrap().replace("\r\n", "\n"), body);
    }

    #[test]
    fn a_line_break_in_a_name_or_subject_cannot_add_a_header() {
        let name = "Eve\r\nBcc: spy@evil.example";
        let subject = "x\r\nBcc: spy@evil.example\nX-Other: 1";
        let raw = eml(&draft(name, subject, "body")).unwrap();
        assert_headers_intact(&raw);
        let msg = MessageParser::default().parse(raw.as_bytes()).unwrap();
        assert!(msg.header(HeaderName::Bcc).is_none());
        assert!(msg.bcc().is_none());
        assert_eq!(msg.subject(), Some("x  Bcc: spy@evil.example X-Other: 1"));
    }

    #[test]
    fn hostile_addresses_are_refused() {
        for bad in [
            "a@b.example\r\nBcc: x@y.example",
            "a b@c.example",
            "<a@b.example>",
            "\"a\"@b.example",
            "a@b",
            "a@-b.example",
            "a@b.example,c@d.example",
            "",
            "a@b.example\n",
            "zoë@b.example",
        ] {
            let err = validate_address(bad).unwrap_err();
            assert_eq!(err.kind, crate::ErrorKind::InvalidInput, "{bad:?}");
            let mut d = draft("A", "S", "B");
            d.to_address = bad;
            assert!(eml(&d).is_err(), "{bad:?}");
            assert!(mailto(bad, "s", "b").is_err(), "{bad:?}");
        }
        for good in [
            "dpo@fb.com",
            "privacy_dpo_eu@tiktok.com",
            "first.last+tag@sub.host-1.be",
        ] {
            validate_address(good).unwrap();
        }
    }

    #[test]
    fn mailto_is_percent_encoded() {
        let link = mailto(
            "abuse@host.example",
            "Retrait & suppression?",
            "Ligne 1\nhttps://x.example/a?b=c&d=e#f",
        )
        .unwrap();
        assert_eq!(
            link,
            "mailto:abuse@host.example?subject=Retrait%20%26%20suppression%3F\
             &body=Ligne%201%0D%0Ahttps%3A%2F%2Fx.example%2Fa%3Fb%3Dc%26d%3De%23f"
        );
    }

    fn decode(part: &str) -> String {
        percent_encoding::percent_decode_str(part)
            .decode_utf8()
            .unwrap()
            .into_owned()
    }

    /// Text a hostile or unlucky input could contain: line breaks, quotes, markup,
    /// encoded-word look-alikes, accents, emoji, RTL marks.
    fn nasty() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                Just("\r\n".to_string()),
                Just("\n".to_string()),
                Just("\r".to_string()),
                Just("\"".to_string()),
                Just("<script>".to_string()),
                Just("=?UTF-8?B?QmNjOg==?=".to_string()),
                Just("Bcc: x@y.example".to_string()),
                Just("&body=".to_string()),
                Just("%0D%0A".to_string()),
                Just("\u{2068}\u{202e}".to_string()),
                Just("https://site.example/p?a=1&b=\"2\"#x".to_string()),
                "[a-zA-Zéëçñ😀 ,;:()]{0,12}",
                any::<char>().prop_map(String::from),
            ],
            0..12,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn eml_headers_survive_any_name_subject_and_body(
            name in nasty(), subject in nasty(), body in nasty()
        ) {
            let raw = eml(&draft(&name, &subject, &body)).unwrap();
            assert_headers_intact(&raw);
            let msg = MessageParser::default().parse(raw.as_bytes()).unwrap();
            prop_assert!(msg.bcc().is_none());
            prop_assert_eq!(msg.to().unwrap().first().unwrap().address(), Some("abuse@host.example"));
            prop_assert_eq!(msg.from().unwrap().first().unwrap().address(), Some("person@example.org"));
            let decoded_subject = msg.subject().unwrap_or("").to_string();
            prop_assert_eq!(decoded_subject, flatten(&subject));
            let text = msg.body_text(0).map(|b| b.into_owned()).unwrap_or_default();
            prop_assert_eq!(text, crlf(&body));
        }

        #[test]
        fn mailto_survives_any_subject_and_body(subject in nasty(), body in nasty()) {
            let link = mailto("dpo@platform.example", &subject, &body).unwrap();
            prop_assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b"%-._~:@?=&".contains(&b)),
                "{}", link);
            let rest = link.strip_prefix("mailto:dpo@platform.example?subject=").unwrap();
            let (s, b) = rest.split_once("&body=").unwrap();
            prop_assert!(!s.contains('&') && !b.contains('&'), "one subject, one body");
            prop_assert_eq!(decode(s), flatten(&subject));
            prop_assert_eq!(decode(b), crlf(&body));
        }
    }
}
