//! A key that makes two spellings of the same address equal, to *suggest*
//! duplicates. It is never used to merge or drop anything: some parameters
//! that look like tracking are content elsewhere.

use url::Url;

/// Tracking parameters dropped on every site (ClearURLs-style list).
const TRACKING: &[&str] = &[
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "twclid",
    "ttclid",
    "igsh",
    "igshid",
    "si",
    "mc_cid",
    "mc_eid",
    "_hsenc",
    "_hsmi",
    "mibextid",
    "ref_src",
    "ref_url",
    "_ga",
    "_gl",
    "oly_anon_id",
    "oly_enc_id",
    "vero_id",
    "wickedid",
    "rdid",
    "sfnsn",
    "share_id",
    "__tn__",
];

/// Parameters dropped only on one platform, where they are known to be sharing
/// or tracking noise rather than content (`t` is a time offset on YouTube but
/// could be content elsewhere).
const PLATFORM_TRACKING: &[(&str, &[&str])] = &[
    ("x", &["s", "t", "ref_src", "ref_url"]),
    (
        "youtube",
        &[
            "feature",
            "pp",
            "ab_channel",
            "t",
            "start",
            "embeds_referring_euri",
        ],
    ),
    ("instagram", &["img_index", "hl"]),
    (
        "facebook",
        &[
            "ref", "refsrc", "hc_ref", "__xts__", "paipv", "eav", "notif_id", "notif_t", "sk",
        ],
    ),
    (
        "tiktok",
        &[
            "_r",
            "_t",
            "is_from_webapp",
            "sender_device",
            "share_app_id",
            "share_item_id",
            "share_link_id",
            "sec_uid",
            "timestamp",
            "u_code",
            "user_id",
            "tt_from",
            "lang",
            "is_copy_url",
        ],
    ),
    ("reddit", &["share_id", "utm_name", "context", "rdt"]),
];

/// True for a parameter removed from every dedupe key (`utm_*`, `fbclid`, …).
pub fn is_tracking_param(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.starts_with("utm_") || lower.starts_with("__cft__") || TRACKING.contains(&lower.as_str())
}

fn is_platform_tracking(platform: Option<&str>, name: &str) -> bool {
    platform.is_some_and(|id| {
        PLATFORM_TRACKING
            .iter()
            .any(|(p, names)| *p == id && names.iter().any(|n| n.eq_ignore_ascii_case(name)))
    })
}

/// The dedupe key of a parsed URL.
///
/// Lower-case host without `www.` and without a trailing dot; no scheme
/// (http and https of one page are the same page); default port dropped; a
/// trailing `/` dropped; tracking parameters removed and the rest sorted;
/// the fragment kept (MEGA keeps its decryption key there).
pub fn dedupe_key(url: &Url, platform: Option<&str>) -> String {
    let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
    let host = host.strip_suffix('.').unwrap_or(&host);
    let host = host.strip_prefix("www.").unwrap_or(host);
    let mut key = String::with_capacity(url.as_str().len());
    key.push_str(host);
    // `port()` is None for the scheme's default port.
    if let Some(port) = url.port() {
        key.push(':');
        key.push_str(&port.to_string());
    }
    let path = url.path();
    let path = if path.len() > 1 {
        path.trim_end_matches('/')
    } else {
        ""
    };
    key.push_str(path);

    let mut params: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| !is_tracking_param(k) && !is_platform_tracking(platform, k))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if !params.is_empty() {
        params.sort();
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(params)
            .finish();
        key.push('?');
        key.push_str(&query);
    }
    if let Some(fragment) = url.fragment().filter(|f| !f.is_empty()) {
        key.push('#');
        key.push_str(fragment);
    }
    key
}
