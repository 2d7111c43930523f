//! Finding the URLs in pasted text: one per line, or several in running text.

/// A piece of a line that looks like a URL, exactly as it appears there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate<'a> {
    pub text: &'a str,
    /// Byte offset in the line.
    pub start: usize,
}

/// Schemes that are not web addresses but are recognised so that they get a
/// clear rejection instead of being ignored.
const OTHER_SCHEMES: &[&str] = &[
    "javascript",
    "data",
    "file",
    "ftp",
    "ftps",
    "sftp",
    "mailto",
    "blob",
    "about",
    "chrome",
    "vbscript",
    "ws",
    "wss",
    "smb",
    "intent",
    "content",
    "tel",
    "sms",
];

const OPENERS: &[char] = &['<', '(', '[', '{', '"', '\'', '«', '“', '‘', '‹', '`'];
const CLOSERS: &[char] = &[
    '>', ')', ']', '}', '"', '\'', '»', '”', '’', '›', '`', '.', ',', ';', ':', '!', '?',
];

/// The scheme of `text` (`https` in `https://…`), when it starts with one.
/// A name with a dot (`example.com:8080`) is a host, not a scheme.
pub(crate) fn scheme_of(text: &str) -> Option<&str> {
    let colon = text.find(':')?;
    let scheme = &text[..colon];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-'))
    .then_some(scheme)
}

/// Removes wrapping brackets/quotes and sentence punctuation around a token.
/// A closing bracket stays when the token opened it (`…/Foo_(bar)`).
fn trim_token(mut token: &str) -> (&str, usize) {
    let mut offset = 0;
    loop {
        let before = token.len();
        if let Some(c) = token.chars().next().filter(|c| OPENERS.contains(c)) {
            token = &token[c.len_utf8()..];
            offset += c.len_utf8();
        }
        if let Some(c) = token.chars().next_back().filter(|c| CLOSERS.contains(c)) {
            let keep = match c {
                ')' => token.matches('(').count() >= token.matches(')').count(),
                ']' => token.matches('[').count() >= token.matches(']').count(),
                _ => false,
            };
            if !keep {
                token = &token[..token.len() - c.len_utf8()];
            }
        }
        if token.len() == before {
            return (token, offset);
        }
    }
}

/// A bare `host.tld/path` without a scheme: labels of letters, digits and
/// hyphens (any script), a last label of at least two letters.
fn looks_like_bare_domain(token: &str, alone_on_line: bool) -> bool {
    let end = token.find(['/', '?', '#']).unwrap_or(token.len());
    let host = &token[..end];
    let host = host.split_once(':').map_or(host, |(h, port)| {
        if port.chars().all(|c| c.is_ascii_digit()) {
            h
        } else {
            ""
        }
    });
    let labels: Vec<&str> = host.split('.').collect();
    let tld = labels.last().copied().unwrap_or("");
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && tld.chars().count() >= 2
        && tld.chars().all(char::is_alphabetic)
        && (alone_on_line || end < token.len() || host.to_ascii_lowercase().starts_with("www."))
}

/// The URL-like pieces of one line, in order.
///
/// A piece is taken when it starts with a scheme (`https://`, or a non-web
/// one such as `javascript:` so it can be refused clearly), with `www.`, or is
/// a bare `host.tld/path`. Brackets, quotes and trailing sentence punctuation
/// around it are left out; nothing inside it is changed.
pub fn split_candidates(line: &str) -> Vec<Candidate<'_>> {
    let alone = line.split_whitespace().count() == 1;
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in line.split_whitespace() {
        // split_whitespace yields slices of `line`: find this one's offset.
        let raw_start = pos + line[pos..].find(raw).unwrap_or(0);
        pos = raw_start + raw.len();
        let (mut token, offset) = trim_token(raw);
        let mut start = raw_start + offset;
        if token.is_empty() {
            continue;
        }
        // "Link:https://…" or "(see https://…": start at the web scheme when the
        // text before it is plain ASCII (never cut off hidden characters).
        let lower = token.to_ascii_lowercase();
        if let Some(at) = lower.find("https://").or_else(|| lower.find("http://")) {
            if at > 0 && token[..at].chars().all(|c| c.is_ascii_graphic()) {
                token = trim_token(&token[at..]).0;
                start += at;
            }
            out.push(Candidate { text: token, start });
            continue;
        }
        let is_candidate = match scheme_of(token) {
            Some(scheme) => {
                let scheme = scheme.to_ascii_lowercase();
                OTHER_SCHEMES.contains(&scheme.as_str()) || token[scheme.len()..].starts_with("://")
            }
            None => looks_like_bare_domain(token, alone),
        };
        if is_candidate {
            out.push(Candidate { text: token, start });
        }
    }
    out
}
