//! Spotting international site names that imitate others (a simplified form
//! of Chromium's IDN display policy, https://chromium.googlesource.com/chromium/src/+/main/docs/idn.md).

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_script::{Script, UnicodeScript};
use unicode_security::confusable_detection::skeleton;

use super::UrlWarning;

/// Script sets that legitimately mix in one label (Japanese, Chinese, Korean with Latin).
const ALLOWED_MIXES: &[&[Script]] = &[
    &[
        Script::Latin,
        Script::Han,
        Script::Hiragana,
        Script::Katakana,
    ],
    &[Script::Latin, Script::Han, Script::Bopomofo],
    &[Script::Latin, Script::Han, Script::Hangul],
];

/// Cyrillic and Greek letters that look like Latin ones.
const LATIN_LOOKALIKES: &str = "аеорсухіјѕԁһӏԛԝүвкмнтьзАВЕКМНОРСТУХІЈЅαβειικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";

fn label_scripts(label: &str) -> Vec<Script> {
    let mut scripts = Vec::new();
    for script in label.chars().map(|c| c.script()) {
        if !matches!(script, Script::Common | Script::Inherited | Script::Unknown)
            && !scripts.contains(&script)
        {
            scripts.push(script);
        }
    }
    scripts
}

/// Warnings for a host given in Unicode (after punycode decoding).
pub(crate) fn script_warnings(unicode_host: &str) -> Vec<UrlWarning> {
    let mut warnings = Vec::new();
    let tld_is_ascii = unicode_host
        .rsplit('.')
        .next()
        .is_some_and(|t| t.is_ascii());
    for label in unicode_host.split('.') {
        let scripts = label_scripts(label);
        if scripts.len() > 1
            && !ALLOWED_MIXES
                .iter()
                .any(|allowed| scripts.iter().all(|s| allowed.contains(s)))
        {
            push_once(&mut warnings, UrlWarning::MixedScripts);
        }
        let single_confusable_script = scripts.len() == 1
            && scripts
                .iter()
                .all(|s| matches!(s, Script::Cyrillic | Script::Greek));
        if single_confusable_script
            && tld_is_ascii
            && label
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| LATIN_LOOKALIKES.contains(c))
        {
            push_once(&mut warnings, UrlWarning::LookalikeCharacters);
        }
    }
    warnings
}

fn push_once(warnings: &mut Vec<UrlWarning>, w: UrlWarning) {
    if !warnings.contains(&w) {
        warnings.push(w);
    }
}

/// Every host pattern of the catalogue, by its confusable skeleton (Unicode
/// TR39: `ı` and `i`, `ɑ` and `a`, `rn` and `m` give the same skeleton).
fn catalogue_skeletons() -> &'static HashMap<String, &'static str> {
    static INDEX: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = HashMap::new();
        for platform in crate::platforms::catalogue() {
            for pattern in platform.hosts.patterns() {
                map.entry(skeleton(pattern).collect())
                    .or_insert(pattern.as_str());
            }
        }
        map
    })
}

/// The catalogue domain that `host` (in Unicode, lower case) only looks
/// like: its skeleton, or that of a parent domain, is a catalogue domain's
/// while the host is neither that domain nor one of its subdomains.
/// Call it only for hosts the catalogue does not know.
pub(crate) fn imitated_domain(host: &str) -> Option<&'static str> {
    let host = host.strip_suffix('.').unwrap_or(host);
    let host_skeleton: String = skeleton(host).collect();
    let index = catalogue_skeletons();
    let mut candidate = host_skeleton.as_str();
    loop {
        if let Some(&domain) = index.get(candidate) {
            let real = host == domain || host.ends_with(&format!(".{domain}"));
            return (!real).then_some(domain);
        }
        candidate = &candidate[candidate.find('.')? + 1..];
    }
}
