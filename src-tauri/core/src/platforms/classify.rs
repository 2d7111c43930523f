//! Which platform a host belongs to, and what kind of page a URL is.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use super::catalogue::catalogue;
use super::model::{HostClass, Platform, UrlKind, UrlKindRule};

/// A host recognised as one of a platform's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HostMatch {
    pub platform: &'static Platform,
    pub class: HostClass,
    /// The catalogue pattern that matched (e.g. `facebook.com` for `m.facebook.com`).
    pub pattern: &'static str,
}

fn index() -> &'static HashMap<&'static str, (usize, HostClass)> {
    static INDEX: OnceLock<HashMap<&'static str, (usize, HostClass)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = HashMap::new();
        for (i, platform) in catalogue().iter().enumerate() {
            let h = &platform.hosts;
            for (class, list) in [
                (HostClass::Web, &h.web),
                (HostClass::Mobile, &h.mobile),
                (HostClass::ShortLink, &h.short_link),
                (HostClass::Cdn, &h.cdn),
            ] {
                for pattern in list {
                    // Duplicates across platforms are rejected by the validation tests.
                    map.entry(pattern.as_str()).or_insert((i, class));
                }
            }
        }
        map
    })
}

/// The platform a host belongs to, with the class of host it is.
///
/// `host` is an ASCII host as the `url` crate gives it (IDNs in punycode);
/// case and one trailing dot are ignored. A pattern matches the host itself
/// and its subdomains on a label boundary, the longest pattern winning, so
/// `facebook.com.example.net` and `notfacebook.com` are not Facebook.
pub fn match_host(host: &str) -> Option<HostMatch> {
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.is_empty() {
        return None;
    }
    let lower;
    let host = if host.bytes().any(|b| b.is_ascii_uppercase()) {
        lower = host.to_ascii_lowercase();
        lower.as_str()
    } else {
        host
    };
    let index = index();
    let mut candidate = host;
    loop {
        if let Some(&(i, class)) = index.get(candidate) {
            let platform = &catalogue()[i];
            let (pattern, _) = index.get_key_value(candidate)?;
            return Some(HostMatch {
                platform,
                class,
                pattern,
            });
        }
        match candidate.find('.') {
            Some(dot) => candidate = &candidate[dot + 1..],
            None => return None,
        }
    }
}

/// The platform a host belongs to (see [`match_host`]).
pub fn classify_host(host: &str) -> Option<&'static Platform> {
    match_host(host).map(|m| m.platform)
}

/// File extensions of images and videos: a URL ending in one is the file itself.
const MEDIA_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "webp", "avif", "heic", "bmp", "mp4", "webm", "mov", "m4v", "mkv",
    "avi", "3gp",
];

/// True when the last path segment ends with an image or video extension.
pub fn path_is_media_file(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or("");
    match last.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => {
            MEDIA_EXTENSIONS.iter().any(|m| m.eq_ignore_ascii_case(ext))
        }
        _ => false,
    }
}

fn segment_matches(pattern: &str, segment: &str) -> bool {
    if pattern == "*" {
        return !segment.is_empty();
    }
    match pattern.split_once('*') {
        None => pattern.eq_ignore_ascii_case(segment),
        Some((prefix, suffix)) => {
            segment.len() > prefix.len() + suffix.len()
                && segment
                    .get(..prefix.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(prefix))
                && segment
                    .get(segment.len() - suffix.len()..)
                    .is_some_and(|s| s.eq_ignore_ascii_case(suffix))
        }
    }
}

/// Whether a path (e.g. `/groups/123/`) matches a rule's path pattern.
pub fn path_matches(pattern: &str, path: &str) -> bool {
    let mut segs = path.split('/').filter(|s| !s.is_empty());
    let mut pats = pattern.split('/').filter(|s| !s.is_empty()).peekable();
    while let Some(pat) = pats.next() {
        if pat == "**" && pats.peek().is_none() {
            return true;
        }
        match segs.next() {
            Some(seg) if segment_matches(pat, seg) => {}
            _ => return false,
        }
    }
    segs.next().is_none()
}

fn rule_applies(rule: &UrlKindRule, m: &HostMatch, path: &str, query: &[(String, String)]) -> bool {
    // On a CDN host only rules written for CDN hosts apply: it serves files.
    let class_ok = match rule.class {
        Some(c) => c == m.class,
        None => m.class != HostClass::Cdn,
    };
    class_ok
        && rule.host.as_deref().is_none_or(|h| h == m.pattern)
        && rule
            .query
            .iter()
            .all(|name| query.iter().any(|(k, v)| k == name && !v.is_empty()))
        && path_matches(&rule.path, path)
}

/// What kind of page a URL on a platform is.
///
/// The platform's own rules come first; then a CDN host or a media file
/// extension means the file itself, and a short-link host a short link.
pub fn url_kind(host: Option<&HostMatch>, path: &str, query: &[(String, String)]) -> UrlKind {
    let class = host.map(|m| m.class);
    if let Some(m) = host {
        if let Some(rule) = m
            .platform
            .url_kinds
            .iter()
            .find(|rule| rule_applies(rule, m, path, query))
        {
            return rule.kind;
        }
    }
    if class == Some(HostClass::Cdn) || path_is_media_file(path) {
        return UrlKind::DirectFile;
    }
    if class == Some(HostClass::ShortLink) {
        return UrlKind::ShortLink;
    }
    UrlKind::Unknown
}
