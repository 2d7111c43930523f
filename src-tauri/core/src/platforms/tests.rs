//! Over 600 lines on purpose: one test per rule of the catalogue, all reading the same shipped files; split by rule they would repeat the loading.
//!
use std::collections::HashSet;

use super::validate::{validate, validate_catalogue};
use super::*;

#[test]
fn every_shipped_entry_passes_validation() {
    let problems = validate_catalogue(catalogue());
    assert!(
        problems.is_empty(),
        "catalogue problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn file_names_are_the_ids() {
    for (stem, text) in catalogue::FILES {
        let platform = parse_platform(text).unwrap_or_else(|e| panic!("{stem}.toml: {e}"));
        assert_eq!(
            &platform.id, stem,
            "data/platforms/{stem}.toml has id {}",
            platform.id
        );
    }
}

#[test]
fn every_required_platform_is_in_the_catalogue() {
    let ids: HashSet<&str> = catalogue().iter().map(|p| p.id.as_str()).collect();
    for id in REQUIRED_IDS {
        assert!(
            ids.contains(id),
            "platform {id} missing from data/platforms/"
        );
        assert_eq!(by_id(id).map(|p| p.id.as_str()), Some(*id));
    }
    assert!(
        by_id("unknown").is_none(),
        "`unknown` is reserved for unrecognised hosts"
    );
}

#[test]
fn every_entry_has_a_channel_one_can_use_with_a_source() {
    for p in catalogue() {
        let usable: Vec<_> = p.actionable_channels().collect();
        // Without a confirmed channel of its own, an entry routes to its host
        // (or, where it has one, through its legal route).
        assert!(
            !usable.is_empty() || !p.verified,
            "{}: no form, e-mail or in-app channel",
            p.id
        );
        assert!(
            usable
                .iter()
                .all(|c| c.provenance.source.starts_with("http")),
            "{}",
            p.id
        );
    }
}

fn entry_with(extra: &str) -> String {
    let base = include_str!("../../data/platforms/cloudflare.toml");
    format!("{base}\n{extra}")
}

#[test]
fn validation_rejects_a_bad_entry() {
    // A channel without a source does not even parse.
    let no_source = entry_with(
        "[[legal_routes]]\npurpose = \"dmca\"\ntarget = { type = \"email\", address = \"a@b.example\" }\naccount_needed = \"no\"\nchecked = \"2026-01-01\"\nverified = false\n",
    );
    assert!(parse_platform(&no_source).is_err());

    // Nor does one checked on a date that is not written YYYY-MM-DD.
    let bad_date = entry_with(
        "[[legal_routes]]\npurpose = \"dmca\"\ntarget = { type = \"email\", address = \"a@b.example\" }\naccount_needed = \"no\"\nsource = \"https://b.example/\"\nchecked = \"23/11/2026\"\nverified = false\n",
    );
    let err = parse_platform(&bad_date).unwrap_err().to_string();
    assert!(err.contains("not a date like 2026-11-23"), "{err}");

    let bad = entry_with(
        "[[legal_routes]]\npurpose = \"ncii\"\ntarget = { type = \"email\", address = \"not-an-address\" }\naccount_needed = \"no\"\nsource = \"somewhere\"\nchecked = \"2026-11-23\"\nverified = false\n",
    );
    let problems = validate(&parse_platform(&bad).unwrap());
    let text = problems.join("\n");
    assert!(text.contains("not an e-mail address"), "{text}");
    assert!(text.contains("not an http(s) URL"), "{text}");
    assert!(text.contains("purpose must be"), "{text}");
}

#[test]
fn validation_rejects_a_host_claimed_twice() {
    let mut two = vec![
        by_id("x").unwrap().clone(),
        by_id("reddit").unwrap().clone(),
    ];
    two[1].hosts.cdn.push("twimg.com".into());
    let problems = validate_catalogue(&two);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("twimg.com claimed by both")),
        "{problems:?}"
    );
}

#[test]
fn an_entry_without_any_usable_channel_is_rejected() {
    let mut p = by_id("cloudflare").unwrap().clone();
    p.channels.retain(|_| false);
    assert!(validate(&p).iter().any(|m| m.contains("at least one form")));
}

/// (host, expected platform id or None, expected class)
const HOSTS: &[(&str, Option<&str>, Option<HostClass>)] = &[
    ("facebook.com", Some("facebook"), Some(HostClass::Web)),
    ("www.facebook.com", Some("facebook"), Some(HostClass::Web)),
    ("WWW.FaceBook.COM", Some("facebook"), Some(HostClass::Web)),
    ("www.facebook.com.", Some("facebook"), Some(HostClass::Web)),
    ("m.facebook.com", Some("facebook"), Some(HostClass::Mobile)),
    ("web.facebook.com", Some("facebook"), Some(HostClass::Web)),
    (
        "scontent-bru2-1.xx.fbcdn.net",
        Some("facebook"),
        Some(HostClass::Cdn),
    ),
    ("fb.watch", Some("facebook"), Some(HostClass::ShortLink)),
    (
        "l.facebook.com",
        Some("facebook"),
        Some(HostClass::ShortLink),
    ),
    ("facebook.com.example.net", None, None),
    ("notfacebook.com", None, None),
    ("facebook.co", None, None),
    ("xfacebook.com", None, None),
    ("instagram.com", Some("instagram"), Some(HostClass::Web)),
    (
        "scontent-ams2-1.cdninstagram.com",
        Some("instagram"),
        Some(HostClass::Cdn),
    ),
    ("m.me", Some("messenger"), Some(HostClass::ShortLink)),
    (
        "chat.whatsapp.com",
        Some("whatsapp"),
        Some(HostClass::ShortLink),
    ),
    ("wa.me", Some("whatsapp"), Some(HostClass::ShortLink)),
    ("www.threads.net", Some("threads"), Some(HostClass::Web)),
    ("twitter.com", Some("x"), Some(HostClass::Web)),
    ("mobile.twitter.com", Some("x"), Some(HostClass::Mobile)),
    ("pbs.twimg.com", Some("x"), Some(HostClass::Cdn)),
    ("t.co", Some("x"), Some(HostClass::ShortLink)),
    ("x.co", None, None),
    ("vm.tiktok.com", Some("tiktok"), Some(HostClass::ShortLink)),
    (
        "p16-sign-va.tiktokcdn.com",
        Some("tiktok"),
        Some(HostClass::Cdn),
    ),
    ("story.snapchat.com", Some("snapchat"), Some(HostClass::Web)),
    ("discord.gg", Some("discord"), Some(HostClass::ShortLink)),
    ("cdn.discordapp.com", Some("discord"), Some(HostClass::Cdn)),
    (
        "media.discordapp.net",
        Some("discord"),
        Some(HostClass::Cdn),
    ),
    ("discordapp.com", Some("discord"), Some(HostClass::Web)),
    ("t.me", Some("telegram"), Some(HostClass::Web)),
    ("old.reddit.com", Some("reddit"), Some(HostClass::Web)),
    ("i.redd.it", Some("reddit"), Some(HostClass::Cdn)),
    ("redd.it", Some("reddit"), Some(HostClass::ShortLink)),
    ("youtu.be", Some("youtube"), Some(HostClass::ShortLink)),
    ("i.ytimg.com", Some("youtube"), Some(HostClass::Cdn)),
    ("www.google.be", Some("google_search"), Some(HostClass::Web)),
    (
        "encrypted-tbn0.gstatic.com",
        Some("google_search"),
        Some(HostClass::Cdn),
    ),
    (
        "drive.google.com",
        Some("google_drive"),
        Some(HostClass::Web),
    ),
    (
        "drive.usercontent.google.com",
        Some("google_drive"),
        Some(HostClass::Cdn),
    ),
    ("google.com.evil.example", None, None),
    ("www.bing.com", Some("bing"), Some(HostClass::Web)),
    ("1drv.ms", Some("onedrive"), Some(HostClass::ShortLink)),
    ("fr.pornhub.com", Some("pornhub"), Some(HostClass::Web)),
    ("www.youporn.com", Some("pornhub"), Some(HostClass::Web)),
    ("xhamster.com", Some("xhamster"), Some(HostClass::Web)),
    ("www.xvideos.com", Some("xvideos"), Some(HostClass::Web)),
    ("onlyfans.com", Some("onlyfans"), Some(HostClass::Web)),
    ("mega.nz", Some("mega"), Some(HostClass::Web)),
    (
        "dl.dropboxusercontent.com",
        Some("dropbox"),
        Some(HostClass::Cdn),
    ),
    ("i.imgur.com", Some("imgur"), Some(HostClass::Cdn)),
    ("someblog.tumblr.com", Some("tumblr"), Some(HostClass::Web)),
    ("64.media.tumblr.com", Some("tumblr"), Some(HostClass::Cdn)),
    ("clips.twitch.tv", Some("twitch"), Some(HostClass::Web)),
    ("badoo.com", Some("bumble"), Some(HostClass::Web)),
    ("tinder.com", Some("tinder"), Some(HostClass::Web)),
    (
        "my-site.pages.dev",
        Some("cloudflare"),
        Some(HostClass::Web),
    ),
    ("pub-1234.r2.dev", Some("cloudflare"), Some(HostClass::Cdn)),
    ("example.com", None, None),
    ("com", None, None),
    ("", None, None),
    (".", None, None),
];

#[test]
fn hosts_are_recognised_by_label_boundary_and_longest_pattern() {
    for (host, want_id, want_class) in HOSTS {
        let got = match_host(host);
        assert_eq!(
            got.map(|m| m.platform.id.as_str()),
            *want_id,
            "host {host:?}"
        );
        assert_eq!(got.map(|m| m.class), *want_class, "class of {host:?}");
        assert_eq!(classify_host(host).map(|p| p.id.as_str()), *want_id);
    }
}

/// (URL, platform id, kind)
const URLS: &[(&str, &str, UrlKind)] = &[
    (
        "https://www.facebook.com/photo.php?fbid=10150&set=a.1&type=3",
        "facebook",
        UrlKind::Post,
    ),
    (
        "https://www.facebook.com/photo/?fbid=10150",
        "facebook",
        UrlKind::Post,
    ),
    (
        "https://www.facebook.com/jane.doe/posts/pfbid02abc",
        "facebook",
        UrlKind::Post,
    ),
    (
        "https://www.facebook.com/groups/123456/posts/789/",
        "facebook",
        UrlKind::Post,
    ),
    (
        "https://www.facebook.com/groups/leakgroup",
        "facebook",
        UrlKind::Group,
    ),
    (
        "https://www.facebook.com/profile.php?id=1000123",
        "facebook",
        UrlKind::Profile,
    ),
    (
        "https://m.facebook.com/jane.doe",
        "facebook",
        UrlKind::Profile,
    ),
    (
        "https://www.facebook.com/watch?v=123",
        "facebook",
        UrlKind::Post,
    ),
    (
        "https://www.facebook.com/share/p/1AbCd/",
        "facebook",
        UrlKind::Post,
    ),
    ("https://fb.watch/abcDEF/", "facebook", UrlKind::Post),
    (
        "https://scontent.xx.fbcdn.net/v/t39.30808-6/123_n.jpg?oh=1",
        "facebook",
        UrlKind::DirectFile,
    ),
    (
        "https://www.instagram.com/p/CxYz123/",
        "instagram",
        UrlKind::Post,
    ),
    (
        "https://www.instagram.com/reel/CxYz123/?igsh=abc",
        "instagram",
        UrlKind::Post,
    ),
    (
        "https://www.instagram.com/stories/jane/3141592/",
        "instagram",
        UrlKind::Post,
    ),
    (
        "https://www.instagram.com/jane.doe/",
        "instagram",
        UrlKind::Profile,
    ),
    (
        "https://chat.whatsapp.com/AbCdEfGh",
        "whatsapp",
        UrlKind::Group,
    ),
    ("https://wa.me/32470000000", "whatsapp", UrlKind::Profile),
    (
        "https://www.threads.net/@jane/post/C1a2b3",
        "threads",
        UrlKind::Post,
    ),
    (
        "https://x.com/jane/status/1790000000000000000",
        "x",
        UrlKind::Post,
    ),
    (
        "https://twitter.com/jane/status/1790000000000000000/photo/1",
        "x",
        UrlKind::Post,
    ),
    ("https://mobile.twitter.com/jane", "x", UrlKind::Profile),
    ("https://x.com/search?q=jane", "x", UrlKind::SearchResult),
    ("https://x.com/home", "x", UrlKind::Unknown),
    ("https://t.co/AbC123", "x", UrlKind::ShortLink),
    (
        "https://pbs.twimg.com/media/GAbc123?format=jpg&name=large",
        "x",
        UrlKind::DirectFile,
    ),
    (
        "https://www.tiktok.com/@jane/video/7300000000000000000",
        "tiktok",
        UrlKind::Post,
    ),
    ("https://www.tiktok.com/@jane", "tiktok", UrlKind::Profile),
    (
        "https://vm.tiktok.com/ZMabc123/",
        "tiktok",
        UrlKind::ShortLink,
    ),
    (
        "https://www.snapchat.com/add/jane",
        "snapchat",
        UrlKind::Profile,
    ),
    (
        "https://discord.com/channels/111/222/333",
        "discord",
        UrlKind::Post,
    ),
    (
        "https://discord.com/channels/111/222",
        "discord",
        UrlKind::Group,
    ),
    ("https://discord.gg/abcd", "discord", UrlKind::Group),
    (
        "https://cdn.discordapp.com/attachments/1/2/image.png",
        "discord",
        UrlKind::DirectFile,
    ),
    ("https://t.me/somechannel/1234", "telegram", UrlKind::Post),
    ("https://t.me/+AbCdEf", "telegram", UrlKind::Group),
    ("https://t.me/somechannel", "telegram", UrlKind::Unknown),
    (
        "https://www.reddit.com/r/somesub/comments/abc123/title_here/",
        "reddit",
        UrlKind::Post,
    ),
    (
        "https://old.reddit.com/r/somesub/",
        "reddit",
        UrlKind::Group,
    ),
    (
        "https://www.reddit.com/r/somesub/s/AbCdE",
        "reddit",
        UrlKind::ShortLink,
    ),
    (
        "https://www.reddit.com/user/someone/",
        "reddit",
        UrlKind::Profile,
    ),
    (
        "https://i.redd.it/abc123.jpeg",
        "reddit",
        UrlKind::DirectFile,
    ),
    ("https://redd.it/abc123", "reddit", UrlKind::Post),
    (
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
        "youtube",
        UrlKind::Post,
    ),
    ("https://www.youtube.com/watch", "youtube", UrlKind::Unknown),
    (
        "https://youtu.be/dQw4w9WgXcQ?si=abc",
        "youtube",
        UrlKind::Post,
    ),
    (
        "https://m.youtube.com/shorts/abc123",
        "youtube",
        UrlKind::Post,
    ),
    (
        "https://www.youtube.com/@someone",
        "youtube",
        UrlKind::Profile,
    ),
    (
        "https://www.youtube.com/results?search_query=jane",
        "youtube",
        UrlKind::SearchResult,
    ),
    (
        "https://www.google.com/search?q=jane&tbm=isch",
        "google_search",
        UrlKind::SearchResult,
    ),
    (
        "https://www.google.be/imgres?imgurl=x",
        "google_search",
        UrlKind::SearchResult,
    ),
    (
        "https://www.bing.com/images/search?q=jane",
        "bing",
        UrlKind::SearchResult,
    ),
    (
        "https://www.pornhub.com/view_video.php?viewkey=ph5f0000",
        "pornhub",
        UrlKind::Post,
    ),
    (
        "https://www.pornhub.com/model/someone",
        "pornhub",
        UrlKind::Profile,
    ),
    (
        "https://xhamster.com/videos/title-123456",
        "xhamster",
        UrlKind::Post,
    ),
    (
        "https://www.xvideos.com/video12345678/title",
        "xvideos",
        UrlKind::Post,
    ),
    (
        "https://www.xvideos.com/?k=jane",
        "xvideos",
        UrlKind::SearchResult,
    ),
    (
        "https://onlyfans.com/123456789/someone",
        "onlyfans",
        UrlKind::Post,
    ),
    ("https://onlyfans.com/someone", "onlyfans", UrlKind::Profile),
    (
        "https://mega.nz/file/AbCdEfGh#key123",
        "mega",
        UrlKind::DirectFile,
    ),
    (
        "https://mega.nz/folder/AbCdEfGh#key123",
        "mega",
        UrlKind::Group,
    ),
    (
        "https://www.dropbox.com/scl/fi/abc/photo.jpg?rlkey=x&dl=0",
        "dropbox",
        UrlKind::Post,
    ),
    (
        "https://www.dropbox.com/sh/abc/def",
        "dropbox",
        UrlKind::Group,
    ),
    (
        "https://drive.google.com/file/d/1AbC/view?usp=sharing",
        "google_drive",
        UrlKind::Post,
    ),
    (
        "https://drive.google.com/drive/folders/1AbC",
        "google_drive",
        UrlKind::Group,
    ),
    (
        "https://drive.google.com/uc?id=1AbC&export=download",
        "google_drive",
        UrlKind::DirectFile,
    ),
    ("https://imgur.com/a/AbCdE", "imgur", UrlKind::Post),
    ("https://imgur.com/AbCdE", "imgur", UrlKind::Post),
    (
        "https://i.imgur.com/AbCdE.jpg",
        "imgur",
        UrlKind::DirectFile,
    ),
    ("https://imgur.com/user/someone", "imgur", UrlKind::Profile),
    (
        "https://someblog.tumblr.com/post/123456/title",
        "tumblr",
        UrlKind::Post,
    ),
    (
        "https://www.tumblr.com/someblog/123456",
        "tumblr",
        UrlKind::Post,
    ),
    (
        "https://www.tumblr.com/someblog",
        "tumblr",
        UrlKind::Profile,
    ),
    ("https://someblog.tumblr.com/", "tumblr", UrlKind::Profile),
    (
        "https://clips.twitch.tv/SomeClipSlug",
        "twitch",
        UrlKind::Post,
    ),
    ("https://www.twitch.tv/someone", "twitch", UrlKind::Profile),
    (
        "https://www.twitch.tv/videos/123456",
        "twitch",
        UrlKind::Post,
    ),
    ("https://tinder.com/@someone", "tinder", UrlKind::Profile),
    (
        "https://pub-1234.r2.dev/leak/photo.webp",
        "cloudflare",
        UrlKind::DirectFile,
    ),
];

fn kind_of(url: &str) -> (Option<&'static str>, UrlKind) {
    let parsed = url::Url::parse(url).unwrap();
    let m = match_host(parsed.host_str().unwrap());
    let query: Vec<(String, String)> = parsed
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    (
        m.map(|m| m.platform.id.as_str()),
        url_kind(m.as_ref(), parsed.path(), &query),
    )
}

#[test]
fn real_world_url_shapes_get_platform_and_kind() {
    for (url, id, kind) in URLS {
        assert_eq!(kind_of(url), (Some(*id), *kind), "{url}");
    }
}

#[test]
fn unknown_hosts_still_get_a_kind_from_the_file_extension() {
    assert_eq!(
        kind_of("https://leaks.example/a/b/IMG_0001.JPG"),
        (None, UrlKind::DirectFile)
    );
    assert_eq!(
        kind_of("https://leaks.example/a/b/clip.mp4?x=1"),
        (None, UrlKind::DirectFile)
    );
    assert_eq!(
        kind_of("https://leaks.example/gallery/42"),
        (None, UrlKind::Unknown)
    );
    assert_eq!(
        kind_of("https://leaks.example/.jpg"),
        (None, UrlKind::Unknown)
    );
}

#[test]
fn path_patterns() {
    assert!(path_matches("/*/status/**", "/jane/status/1"));
    assert!(path_matches("/*/status/**", "/jane/status/1/photo/2"));
    assert!(path_matches("/*/status/**", "/jane/status"));
    assert!(!path_matches("/*/status/**", "/jane/statuses/1"));
    assert!(path_matches("/@*", "/@jane"));
    assert!(!path_matches("/@*", "/@"));
    assert!(!path_matches("/@*", "/jane"));
    assert!(path_matches("/video*/**", "/video123/title"));
    assert!(path_matches("/P/*", "/p/abc/"));
    assert!(path_matches("/", "/"));
    assert!(!path_matches("/", "/a"));
    assert!(!path_matches("/*", "/"));
}

#[test]
fn verified_and_unverified_facts_are_counted() {
    // The closing note of issue 5 lists these; this keeps the counts honest.
    let verified = catalogue().iter().filter(|p| p.verified).count();
    let unverified: Vec<_> = catalogue()
        .iter()
        .filter(|p| !p.verified)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(verified + unverified.len(), catalogue().len());
    for id in [
        "xhamster", "xvideos", "telegram", "bing", "whatsapp", "mega",
    ] {
        assert!(
            unverified.contains(&id),
            "{id} has no confirmed main channel"
        );
    }
    assert!(
        catalogue().iter().all(|p| !p.hosts.provenance.verified),
        "host lists are general knowledge"
    );
}
