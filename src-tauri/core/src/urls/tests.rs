use proptest::prelude::*;

use super::*;

fn one(input: &str) -> ClassifiedUrl {
    classify_one(input)
}

fn reason(input: &str) -> Option<RejectReason> {
    one(input).error.map(|e| e.reason)
}

#[test]
fn the_original_is_kept_verbatim() {
    let raw = "HTTPS://WWW.Facebook.COM:443/a/../photo.php?fbid=1&utm_source=x#frag";
    let item = one(raw);
    assert_eq!(item.input, raw);
    assert_eq!(
        item.url.as_deref(),
        Some("https://www.facebook.com/photo.php?fbid=1&utm_source=x#frag")
    );
    assert_eq!(item.platform, "facebook");
    assert_eq!(item.kind, UrlKind::Post);
    assert_eq!(item.host.as_deref(), Some("www.facebook.com"));
    assert!(item.error.is_none());
}

#[test]
fn only_web_addresses_are_accepted() {
    for bad in [
        "javascript:alert(1)",
        "data:image/png;base64,iVBORw0KGgo=",
        "file:///etc/passwd",
        "ftp://files.example.com/a.jpg",
        "mailto:someone@example.com",
    ] {
        assert_eq!(reason(bad), Some(RejectReason::UnsupportedScheme), "{bad}");
    }
    assert!(one("http://example.com/a").error.is_none());
}

#[test]
fn user_at_host_forms_are_refused() {
    for bad in [
        "https://facebook.com@evil.example/x",
        "https://user:pass@example.com/",
        "https://www.instagram.com%40evil.example@evil.example/",
        "facebook.com@evil.example/photo.php",
    ] {
        assert_eq!(reason(bad), Some(RejectReason::CredentialsInUrl), "{bad}");
    }
    // An @ in the path is fine (TikTok profiles).
    let tiktok = one("https://www.tiktok.com/@jane/video/7300000000000000000");
    assert!(tiktok.error.is_none());
    assert_eq!(tiktok.kind, UrlKind::Post);
}

#[test]
fn overlong_addresses_are_refused_at_8000_octets() {
    let base = "https://example.com/";
    let ok = format!("{base}{}", "a".repeat(MAX_URL_OCTETS - base.len()));
    assert!(one(&ok).error.is_none());
    let long = format!("{ok}a");
    assert_eq!(reason(&long), Some(RejectReason::TooLong));
    // Octets, not characters: 2,700 three-octet characters are too long.
    let wide = format!("{base}{}", "€".repeat(2_700));
    assert_eq!(reason(&wide), Some(RejectReason::TooLong));
}

#[test]
fn bidi_and_control_characters_are_refused() {
    assert_eq!(
        reason("https://ex\u{202E}lpmaxe.com/"),
        Some(RejectReason::BidiCharacters)
    );
    assert_eq!(
        reason("https://example.com/\u{2067}gpj.exe"),
        Some(RejectReason::BidiCharacters)
    );
    assert_eq!(
        reason("https://example.com/a\u{0007}b"),
        Some(RejectReason::ControlCharacters)
    );
    assert_eq!(
        reason("https://example.com/a\u{0085}b"),
        Some(RejectReason::ControlCharacters)
    );
    assert_eq!(
        reason("https://face\u{200B}book.com/"),
        Some(RejectReason::InvisibleCharactersInHost)
    );
}

#[test]
fn invisible_characters_in_the_path_are_shown_encoded_with_a_warning() {
    let item = one(" https://example.com/\u{200B}x ");
    assert!(item.error.is_none());
    assert_eq!(item.url.as_deref(), Some("https://example.com/%E2%80%8Bx"));
    assert!(item.warnings.contains(&UrlWarning::InvisibleCharacters));
}

#[test]
fn latin_lookalikes_of_known_sites_are_flagged_with_the_site_they_imitate() {
    for (input, imitated) in [
        ("https://\u{0131}nstagram.com/p/abc", "instagram.com"), // dotless ı
        ("https://f\u{0251}cebook.com/profile", "facebook.com"), // Latin alpha ɑ
        ("https://www.f\u{0251}cebook.com/profile", "facebook.com"),
        ("https://rnessenger.com/t/1", "messenger.com"), // "rn" for "m"
    ] {
        let item = one(input);
        assert!(item.error.is_none(), "{input}: {:?}", item.error);
        assert!(
            item.warnings.contains(&UrlWarning::ImitatesKnownSite),
            "{input}: {:?}",
            item.warnings
        );
        assert_eq!(item.imitates.as_deref(), Some(imitated), "{input}");
        assert_eq!(item.platform, UNKNOWN_PLATFORM, "{input}");
    }
    // The real sites and unrelated ones are not flagged.
    for input in [
        "https://www.instagram.com/p/abc",
        "https://m.facebook.com/profile",
        "https://bücher.de/",
        "https://example.com/",
    ] {
        let item = one(input);
        assert!(
            !item.warnings.contains(&UrlWarning::ImitatesKnownSite),
            "{input}: {:?}",
            item.warnings
        );
        assert_eq!(item.imitates, None, "{input}");
    }
}

#[test]
fn international_names_are_shown_in_punycode_and_mixed_scripts_are_flagged() {
    // Cyrillic "а" in an otherwise Latin name.
    let item = one("https://аpple.com/login");
    assert_eq!(item.host.as_deref(), Some("xn--pple-43d.com"));
    assert_eq!(item.host_unicode.as_deref(), Some("аpple.com"));
    assert!(item.warnings.contains(&UrlWarning::InternationalHost));
    assert!(item.warnings.contains(&UrlWarning::MixedScripts));

    // Whole-Cyrillic lookalike of "apple".
    let item = one("https://аррӏе.com/");
    assert!(
        item.warnings.contains(&UrlWarning::LookalikeCharacters),
        "{:?}",
        item.warnings
    );

    // A genuine international name, one script: no impersonation warning.
    let item = one("https://bücher.de/");
    assert_eq!(item.host.as_deref(), Some("xn--bcher-kva.de"));
    assert_eq!(item.warnings, vec![UrlWarning::InternationalHost]);
    let item = one("https://日本語ドメイン.jp/");
    assert!(!item.warnings.contains(&UrlWarning::MixedScripts));

    // Already in punycode: decoded for display, same warnings.
    let item = one("https://xn--pple-43d.com/");
    assert!(item.warnings.contains(&UrlWarning::MixedScripts));
}

#[test]
fn odd_hosts() {
    let ip = one("http://0x7f.1/");
    assert_eq!(ip.host.as_deref(), Some("127.0.0.1"));
    assert!(ip.warnings.contains(&UrlWarning::IpAddressHost));
    assert_eq!(
        reason("https://intranet/page"),
        Some(RejectReason::InvalidHost)
    );
    assert_eq!(reason("https:///nohost"), Some(RejectReason::InvalidHost));
    assert_eq!(
        reason("https://exa mple.com/"),
        Some(RejectReason::InvalidHost)
    );
    assert_eq!(reason("https://[::1/"), Some(RejectReason::InvalidHost));
    assert_eq!(
        reason("https://example.com:99999/"),
        Some(RejectReason::InvalidHost)
    );
}

#[test]
fn a_missing_scheme_is_added_with_a_warning() {
    let item = one("www.reddit.com/r/somesub/comments/abc/title/");
    assert_eq!(
        item.url.as_deref(),
        Some("https://www.reddit.com/r/somesub/comments/abc/title/")
    );
    assert_eq!(item.warnings.first(), Some(&UrlWarning::SchemeAdded));
    assert_eq!(item.platform, "reddit");
    assert_eq!(item.kind, UrlKind::Post);
}

#[test]
fn short_links_and_files_are_flagged() {
    assert!(one("https://t.co/abc")
        .warnings
        .contains(&UrlWarning::ShortLink));
    assert!(one("https://i.imgur.com/a.jpg")
        .warnings
        .contains(&UrlWarning::DirectFile));
}

#[test]
fn pasted_text_is_split_into_urls_one_per_line_or_in_running_text() {
    let text = "https://x.com/jane/status/1\n\
                \n\
                Found these: https://www.instagram.com/p/Cx1/, and (https://www.reddit.com/r/a/comments/b/c/).\n\
                see imgur.com/a/XyZ and www.tiktok.com/@jane.\n\
                my notes without a link\n\
                javascript:alert(1)\n\
                <https://en.wikipedia.org/wiki/Foo_(bar)>\n";
    let items = classify_text(text);
    let got: Vec<(usize, &str, &str, bool)> = items
        .iter()
        .map(|i| {
            (
                i.line,
                i.input.as_str(),
                i.platform.as_str(),
                i.error.is_none(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (1, "https://x.com/jane/status/1", "x", true),
            (3, "https://www.instagram.com/p/Cx1/", "instagram", true),
            (
                3,
                "https://www.reddit.com/r/a/comments/b/c/",
                "reddit",
                true
            ),
            (4, "imgur.com/a/XyZ", "imgur", true),
            (4, "www.tiktok.com/@jane", "tiktok", true),
            (5, "my notes without a link", "unknown", false),
            (6, "javascript:alert(1)", "unknown", false),
            (
                7,
                "https://en.wikipedia.org/wiki/Foo_(bar)",
                "unknown",
                true
            ),
        ]
    );
    assert_eq!(
        items[5].error.as_ref().unwrap().reason,
        RejectReason::NoUrlFound
    );
    assert_eq!(
        items[6].error.as_ref().unwrap().reason,
        RejectReason::UnsupportedScheme
    );
}

#[test]
fn windows_line_endings_and_tabs_are_separators() {
    let items = classify_text(
        "https://x.com/a/status/1\r\nhttps://x.com/b/status/2\tand https://t.co/x\r\n",
    );
    let inputs: Vec<&str> = items.iter().map(|i| i.input.as_str()).collect();
    assert_eq!(
        inputs,
        [
            "https://x.com/a/status/1",
            "https://x.com/b/status/2",
            "https://t.co/x"
        ]
    );
    assert!(items.iter().all(|i| i.error.is_none()));
}

#[test]
fn hidden_characters_before_a_url_are_not_cut_away() {
    let items = classify_text("\u{202E}https://example.com/gpj.exe");
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0].error.as_ref().unwrap().reason,
        RejectReason::BidiCharacters
    );
}

#[test]
fn duplicates_are_suggested_never_merged() {
    let text = "https://www.instagram.com/p/Cx1/?igsh=abc\n\
                https://instagram.com/p/Cx1\n\
                https://www.youtube.com/watch?v=AAA&si=x\n\
                https://www.youtube.com/watch?v=BBB\n\
                https://youtube.com/watch?feature=share&v=AAA\n";
    let items = classify_text(text);
    assert_eq!(items.len(), 5, "nothing is dropped");
    assert_eq!(items[1].duplicate_of, Some(0));
    assert!(items[1].warnings.contains(&UrlWarning::PossibleDuplicate));
    assert_eq!(
        items[3].duplicate_of, None,
        "a different video is not a duplicate"
    );
    assert_eq!(items[4].duplicate_of, Some(2));
    assert_eq!(
        items[1].input, "https://instagram.com/p/Cx1",
        "each keeps its own original"
    );
}

#[test]
fn dedupe_key_examples() {
    let key = |s: &str| one(s).dedupe_key.unwrap();
    assert_eq!(
        key("HTTPS://WWW.EXAMPLE.COM:443/a/../b/?utm_source=x&id=7#frag"),
        "example.com/b?id=7#frag"
    );
    assert_eq!(key("http://example.com:8080/"), "example.com:8080");
    assert_eq!(
        key("https://mega.nz/file/AbC#key1"),
        "mega.nz/file/AbC#key1"
    );
    assert_ne!(
        key("https://mega.nz/file/AbC#key1"),
        key("https://mega.nz/file/AbC#key2")
    );
    assert_eq!(
        key("https://x.com/jane/status/1?s=20&t=abc"),
        key("https://twitter.com/jane/status/1").replace("twitter.com", "x.com")
    );
    // `t` is dropped only where it is known noise.
    assert_eq!(key("https://example.com/p?t=1"), "example.com/p?t=1");
}

#[test]
fn rejections_convert_to_invalid_input_errors() {
    let err = parse_one("javascript:alert(1)").unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert!(err.message.contains("http"), "{}", err.message);
    assert!(parse_one("https://example.com").is_ok());
}

fn arb_param() -> impl Strategy<Value = (String, String)> {
    ("[a-z]{1,6}", "[a-zA-Z0-9]{0,8}")
        .prop_filter("not a tracking name", |(k, _)| !is_tracking_param(k))
}

fn arb_tracking() -> impl Strategy<Value = (String, String)> {
    (
        prop::sample::select(vec![
            "utm_source",
            "utm_medium",
            "fbclid",
            "gclid",
            "igsh",
            "si",
            "igshid",
            "utm_campaign",
        ]),
        "[a-zA-Z0-9]{1,8}",
    )
        .prop_map(|(k, v)| (k.to_owned(), v))
}

fn build(
    host: &str,
    port: &str,
    path: &[String],
    params: &[(String, String)],
    frag: &str,
) -> String {
    let mut s = format!("https://{host}{port}/{}", path.join("/"));
    if !params.is_empty() {
        s.push('?');
        s.push_str(
            &params
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("&"),
        );
    }
    if !frag.is_empty() {
        s.push('#');
        s.push_str(frag);
    }
    s
}

proptest! {
    #[test]
    fn key_ignores_host_case_default_port_tracking_and_param_order(
        host in "[a-z]{1,10}\\.(com|be|net)",
        path in prop::collection::vec("[a-zA-Z0-9_-]{1,8}", 0..4),
        params in prop::collection::vec(arb_param(), 0..5),
        tracking in prop::collection::vec(arb_tracking(), 1..4),
        frag in "[a-zA-Z0-9]{0,6}",
        seed in any::<u64>(),
    ) {
        let plain = one(&build(&host, "", &path, &params, &frag)).dedupe_key.unwrap();

        let mut noisy_params = params.clone();
        for (i, t) in tracking.iter().enumerate() {
            let at = (seed as usize).wrapping_add(i * 7) % (noisy_params.len() + 1);
            noisy_params.insert(at, t.clone());
        }
        let turn = if noisy_params.is_empty() { 0 } else { seed as usize % noisy_params.len() };
        noisy_params.rotate_left(turn);
        // Rotating reorders the content parameters too: the key sorts them.
        let noisy = build(&host.to_uppercase(), ":443", &path, &noisy_params, &frag);
        prop_assert_eq!(one(&noisy).dedupe_key.unwrap(), plain.clone());

        // The key is stable: a URL built from it has the same key.
        let again = one(&format!("https://{plain}")).dedupe_key.unwrap();
        prop_assert_eq!(again, plain);
    }

    #[test]
    fn key_keeps_content_parameters(
        v1 in "[a-zA-Z0-9]{11}",
        v2 in "[a-zA-Z0-9]{11}",
    ) {
        prop_assume!(v1 != v2);
        let a = one(&format!("https://www.youtube.com/watch?v={v1}")).dedupe_key.unwrap();
        let b = one(&format!("https://www.youtube.com/watch?v={v2}")).dedupe_key.unwrap();
        prop_assert_ne!(a, b);
    }

    #[test]
    fn any_string_at_all_is_handled(text in any::<String>()) {
        for item in classify_text(&text) {
            prop_assert!(text.contains(&item.input));
            if let Some(url) = &item.url {
                prop_assert!(url.starts_with("http://") || url.starts_with("https://"));
                prop_assert!(!url.chars().any(|c| c.is_control()));
            }
        }
    }

    #[test]
    fn any_text_gives_items_without_panicking_and_keeps_inputs_verbatim(text in "\\PC{0,300}") {
        for item in classify_text(&text) {
            prop_assert!(text.contains(&item.input));
            prop_assert_eq!(item.error.is_some(), item.url.is_none());
        }
    }
}
