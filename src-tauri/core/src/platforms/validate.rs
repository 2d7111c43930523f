//! Rules every catalogue entry must follow; the tests run them on the shipped
//! files, and a contributor can run them on a new file before sending it.

use std::collections::HashMap;

use super::model::{Channel, ChannelTarget, Platform};
use crate::model::{is_email, timestamp::is_iso_date};

fn is_web_url(text: &str) -> bool {
    url::Url::parse(text).is_ok_and(|u| {
        matches!(u.scheme(), "https" | "http") && u.host_str().is_some_and(|h| h.contains('.'))
    })
}

fn is_https_url(text: &str) -> bool {
    is_web_url(text) && text.starts_with("https://")
}

/// A lower-case ASCII host name of at least two labels, no scheme, no port.
pub fn is_host_pattern(text: &str) -> bool {
    let labels: Vec<&str> = text.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

fn check_provenance(problems: &mut Vec<String>, what: &str, source: Option<&str>, checked: &str) {
    if let Some(source) = source {
        if !is_web_url(source) {
            problems.push(format!("{what}: source {source:?} is not an http(s) URL"));
        }
    }
    if !is_iso_date(checked) {
        problems.push(format!("{what}: checked {checked:?} is not YYYY-MM-DD"));
    }
}

fn check_channel(problems: &mut Vec<String>, what: &str, channel: &Channel) {
    problems.extend(channel.provenance.problems(what));
    match &channel.target {
        ChannelTarget::Form { url, .. } | ChannelTarget::Page { url } => {
            if !is_https_url(url) {
                problems.push(format!("{what}: {url:?} is not an https URL"));
            }
        }
        ChannelTarget::Email { address } => {
            if !is_email(address) {
                problems.push(format!("{what}: {address:?} is not an e-mail address"));
            }
        }
        ChannelTarget::InApp {
            steps,
            translated,
            translated_checked,
        } => {
            if steps.is_empty() || steps.iter().any(|s| s.trim().is_empty()) {
                problems.push(format!("{what}: in-app steps must be non-empty"));
            }
            // Every language of the screens but English reads its own steps.
            for language in crate::model::Language::ALL {
                let code = language.code();
                if code != "en" && !translated.contains_key(code) {
                    problems.push(format!("{what}: no in-app steps in {code}"));
                }
                if code != "en" && !translated_checked.contains_key(code) {
                    problems.push(format!(
                        "{what}: translated_checked has no entry for {code} (where its menu words were seen, or verified = false)"
                    ));
                }
            }
            for (language, provenance) in translated_checked {
                if !translated.contains_key(language) {
                    problems.push(format!(
                        "{what}: translated_checked names {language}, which has no steps"
                    ));
                }
                problems
                    .extend(provenance.problems(&format!("{what}.translated_checked.{language}")));
            }
            for (language, words) in translated {
                if crate::model::Language::from_code(language).is_none() {
                    problems.push(format!(
                        "{what}: steps in {language:?}, not a language of Reclaim"
                    ));
                }
                if words.len() != steps.len() || words.iter().any(|s| s.trim().is_empty()) {
                    problems.push(format!(
                        "{what}: the {language} steps must be as many as the English ones, none empty"
                    ));
                }
            }
        }
    }
}

/// Parses a CIDR range, `a.b.c.d/n` or `x::/n`; `None` for anything else.
pub fn parse_range(text: &str) -> Option<(std::net::IpAddr, u32)> {
    let (net, len) = text.split_once('/')?;
    let net: std::net::IpAddr = net.parse().ok()?;
    let len: u32 = len.parse().ok()?;
    let max = if net.is_ipv4() { 32 } else { 128 };
    (len <= max).then_some((net, len))
}

fn is_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Answer time and languages of a route: sourced, dated, plausible.
fn check_route_facts(problems: &mut Vec<String>, what: &str, channel: &Channel) {
    if let Some(time) = &channel.response_hours {
        problems.extend(time.provenance.problems(&format!("{what}.response_hours")));
        if time.hours == 0 || time.hours > 24 * 366 {
            problems.push(format!(
                "{what}: response_hours {} is not plausible",
                time.hours
            ));
        }
    }
    for code in &channel.languages {
        if !is_language_code(code) {
            problems.push(format!(
                "{what}: language {code:?} is not an ISO 639-1 code"
            ));
        }
    }
}

/// Where a proxy/CDN entry's signs are well formed.
fn check_proxy(problems: &mut Vec<String>, platform: &Platform) {
    use super::model::PlatformRole;
    let id = &platform.id;
    let Some(signs) = &platform.proxy else {
        return;
    };
    if platform.role != PlatformRole::CdnProxy {
        problems.push(format!(
            "{id}: only cdn_proxy entries have a [proxy] section"
        ));
    }
    problems.extend(signs.provenance.problems(&format!("{id}.proxy")));
    for ns in &signs.name_servers {
        if !is_host_pattern(ns) {
            problems.push(format!("{id}.proxy: name server {ns:?} is not a host name"));
        }
    }
    for range in &signs.ip_ranges {
        if parse_range(range).is_none() {
            problems.push(format!("{id}.proxy: {range:?} is not a CIDR range"));
        }
    }
    for word in &signs.network_names {
        if word.is_empty() || word.to_lowercase() != *word {
            problems.push(format!(
                "{id}.proxy: network name {word:?} must be lower case"
            ));
        }
    }
}

/// Every problem with one entry (empty when it is valid).
pub fn validate(platform: &Platform) -> Vec<String> {
    let mut problems = Vec::new();
    let id = &platform.id;
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        problems.push(format!("{id:?}: id must be lower-case ascii, digits and _"));
    }
    if platform.name.trim().is_empty() || platform.operator.trim().is_empty() {
        problems.push(format!("{id}: name and operator are required"));
    }

    let hosts = &platform.hosts;
    problems.extend(hosts.provenance.problems(&format!("{id}.hosts")));
    if hosts.web.is_empty() {
        problems.push(format!("{id}: at least one web host is required"));
    }
    for pattern in hosts.patterns() {
        if !is_host_pattern(pattern) {
            problems.push(format!(
                "{id}: host pattern {pattern:?} is not a lower-case host name"
            ));
        }
    }
    for rule in &platform.url_kinds {
        let stars_ok = rule
            .path
            .split('/')
            .all(|seg| seg == "**" || seg.matches('*').count() <= 1);
        if !rule.path.starts_with('/') || !stars_ok {
            problems.push(format!(
                "{id}: url kind path {:?} is not a valid pattern",
                rule.path
            ));
        }
        if let Some(host) = &rule.host {
            let known = hosts
                .web
                .iter()
                .chain(&hosts.mobile)
                .chain(&hosts.short_link)
                .chain(&hosts.cdn);
            if !known.clone().any(|h| h == host) {
                problems.push(format!(
                    "{id}: url kind host {host:?} is not one of its host patterns"
                ));
            }
        }
    }

    // An entry whose own channel could not be confirmed may have none: its
    // requests then go to its hosting provider and registrar.
    if platform.verified && !platform.channels.iter().any(|c| c.target.is_actionable()) {
        problems.push(format!(
            "{id}: needs at least one form, e-mail or in-app channel"
        ));
    }
    if !platform.verified
        && platform.channels.is_empty()
        && !platform
            .notes
            .as_deref()
            .is_some_and(|n| n.contains("hosting provider"))
    {
        problems.push(format!(
            "{id}: without a channel, its notes must say requests go to the hosting provider"
        ));
    }
    for (i, channel) in platform.channels.iter().enumerate() {
        check_channel(&mut problems, &format!("{id}.channels[{i}]"), channel);
        check_route_facts(&mut problems, &format!("{id}.channels[{i}]"), channel);
        if channel.purpose.is_legal() {
            problems.push(format!(
                "{id}.channels[{i}]: legal purposes belong in legal_routes"
            ));
        }
    }
    for (i, route) in platform.legal_routes.iter().enumerate() {
        check_channel(&mut problems, &format!("{id}.legal_routes[{i}]"), route);
        check_route_facts(&mut problems, &format!("{id}.legal_routes[{i}]"), route);
        if !route.purpose.is_legal() {
            problems.push(format!(
                "{id}.legal_routes[{i}]: purpose must be dsa_notice, gdpr, take_it_down or dmca"
            ));
        }
    }

    for (what, p) in [
        ("stopncii", &platform.stopncii),
        ("take_it_down", &platform.take_it_down),
    ] {
        use super::model::ParticipationStatus as S;
        check_provenance(
            &mut problems,
            &format!("{id}.{what}"),
            p.source.as_deref(),
            &p.checked,
        );
        if matches!(p.status, S::Yes | S::No | S::Testing) && p.source.is_none() {
            problems.push(format!("{id}.{what}: a known status needs a source"));
        }
    }
    let langs = &platform.languages;
    check_provenance(
        &mut problems,
        &format!("{id}.languages"),
        langs.source.as_deref(),
        &langs.checked,
    );
    for code in &langs.codes {
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            problems.push(format!("{id}.languages: {code:?} is not an ISO 639-1 code"));
        }
    }
    check_proxy(&mut problems, platform);
    if platform.verified && !platform.channels.iter().any(|c| c.provenance.verified) {
        problems.push(format!(
            "{id}: marked verified but none of its channels is verified"
        ));
    }
    problems
}

/// Problems across entries: duplicate ids and host patterns claimed twice.
pub fn validate_catalogue(platforms: &[Platform]) -> Vec<String> {
    let mut problems: Vec<String> = platforms.iter().flat_map(validate).collect();
    let mut ids = HashMap::new();
    let mut patterns: HashMap<&str, &str> = HashMap::new();
    for p in platforms {
        if ids.insert(p.id.as_str(), ()).is_some() {
            problems.push(format!("{}: duplicate id", p.id));
        }
        let h = &p.hosts;
        for pattern in h
            .web
            .iter()
            .chain(&h.mobile)
            .chain(&h.short_link)
            .chain(&h.cdn)
        {
            if let Some(other) = patterns.insert(pattern, &p.id) {
                problems.push(format!(
                    "host {pattern} claimed by both {other} and {}",
                    p.id
                ));
            }
        }
    }
    problems
}
