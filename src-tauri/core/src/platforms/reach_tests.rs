//! Issue 17: links on every newly catalogued service are recognised, in their
//! web, mobile, short-link and CDN shapes, and Google's hosted content is no
//! longer taken for Google Search.

use super::*;

fn kind_of(url: &str) -> (Option<String>, Option<HostClass>, UrlKind) {
    let parsed = url::Url::parse(url).unwrap();
    let m = match_host(parsed.host_str().unwrap());
    let query: Vec<(String, String)> = parsed
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    (
        m.map(|m| m.platform.id.clone()),
        m.map(|m| m.class),
        url_kind(m.as_ref(), parsed.path(), &query),
    )
}

use HostClass::{Cdn, Mobile, ShortLink, Web};
use UrlKind::{DirectFile, Group, Post, Profile, SearchResult};

/// (url, platform, host class, kind) — one or more shapes per new service.
const LINKS: &[(&str, &str, HostClass, UrlKind)] = &[
    (
        "https://www.xnxx.com/video-1ab2c3/some_title",
        "xnxx",
        Web,
        Post,
    ),
    (
        "https://www.xnxx.com/search/jane",
        "xnxx",
        Web,
        SearchResult,
    ),
    (
        "https://img-l3.xnxx-cdn.com/videos/thumbs/a.jpg",
        "xnxx",
        Cdn,
        DirectFile,
    ),
    (
        "https://spankbang.com/8abc1/video/title",
        "spankbang",
        Web,
        Post,
    ),
    (
        "https://m.spankbang.com/8abc1/video/title",
        "spankbang",
        Mobile,
        Post,
    ),
    (
        "https://spankbang.com/profile/someone",
        "spankbang",
        Web,
        Profile,
    ),
    (
        "https://www.redgifs.com/watch/happyfluffycat",
        "redgifs",
        Web,
        Post,
    ),
    (
        "https://www.redgifs.com/users/someone",
        "redgifs",
        Web,
        Profile,
    ),
    (
        "https://media.redgifs.com/HappyFluffyCat.mp4",
        "redgifs",
        Cdn,
        DirectFile,
    ),
    ("https://www.erome.com/a/AbC123", "erome", Web, Group),
    ("https://www.erome.com/someone", "erome", Web, Profile),
    ("https://fansly.com/post/123456789", "fansly", Web, Post),
    ("https://fansly.com/someone", "fansly", Web, Profile),
    (
        "https://motherless.com/u/someone",
        "motherless",
        Web,
        Profile,
    ),
    ("https://motherless.com/GI12AB34", "motherless", Web, Group),
    (
        "https://cdn5-videos.motherlessmedia.com/videos/AB.mp4",
        "motherless",
        Cdn,
        DirectFile,
    ),
    ("https://stripchat.com/someone", "stripchat", Web, Profile),
    (
        "https://chaturbate.com/someone/",
        "chaturbate",
        Web,
        Profile,
    ),
    ("https://gofile.io/d/AbCdEf", "gofile", Web, Group),
    ("https://pixeldrain.com/u/AbCd1234", "pixeldrain", Web, Post),
    (
        "https://pixeldrain.com/l/AbCd1234",
        "pixeldrain",
        Web,
        Group,
    ),
    (
        "https://pixeldrain.com/api/file/AbCd1234",
        "pixeldrain",
        Web,
        DirectFile,
    ),
    ("https://bunkr.cr/a/AbCd1234", "bunkr", Web, Group),
    ("https://bunkr.si/f/AbCd1234", "bunkr", Web, Post),
    ("https://catbox.moe/c/ab12cd", "catbox", Web, Group),
    (
        "https://files.catbox.moe/ab12cd.jpg",
        "catbox",
        Cdn,
        DirectFile,
    ),
    (
        "https://wetransfer.com/downloads/abc123/def456",
        "wetransfer",
        Web,
        Post,
    ),
    (
        "https://we.tl/t-AbCd1234",
        "wetransfer",
        ShortLink,
        UrlKind::ShortLink,
    ),
    (
        "https://www.icloud.com/sharedalbum/#B0aGWZuqDGd",
        "icloud",
        Web,
        Group,
    ),
    (
        "https://cvws.icloud-content.com/B/abc/photo.JPG",
        "icloud",
        Cdn,
        DirectFile,
    ),
    (
        "https://onedrive.live.com/redir?resid=ABC",
        "onedrive",
        Web,
        Group,
    ),
    (
        "https://1drv.ms/u/s!AbCd",
        "onedrive",
        ShortLink,
        UrlKind::ShortLink,
    ),
    ("https://imgbox.com/g/AbCd1234", "imgbox", Web, Group),
    ("https://imgbox.com/AbCd1234", "imgbox", Web, Post),
    (
        "https://images2.imgbox.com/ab/cd/AbCd1234_o.jpg",
        "imgbox",
        Cdn,
        DirectFile,
    ),
    (
        "https://www.imagebam.com/view/MEAbCd",
        "imagebam",
        Web,
        Post,
    ),
    (
        "https://www.imagebam.com/gallery/abcd",
        "imagebam",
        Web,
        Group,
    ),
    ("https://postimg.cc/AbCd1234", "postimages", Web, Post),
    (
        "https://postimg.cc/gallery/AbCd1234",
        "postimages",
        Web,
        Group,
    ),
    (
        "https://i.postimg.cc/AbCd1234/photo.jpg",
        "postimages",
        Cdn,
        DirectFile,
    ),
    ("https://ibb.co/AbCd123", "ibb", Web, Post),
    ("https://ibb.co/album/AbCd12", "ibb", Web, Group),
    ("https://i.ibb.co/AbCd123/photo.png", "ibb", Cdn, DirectFile),
    (
        "https://www.pinterest.com/pin/123456789/",
        "pinterest",
        Web,
        Post,
    ),
    (
        "https://be.pinterest.com/someone/",
        "pinterest",
        Web,
        Profile,
    ),
    (
        "https://www.pinterest.fr/someone/board/",
        "pinterest",
        Web,
        Group,
    ),
    (
        "https://pin.it/AbCd123",
        "pinterest",
        ShortLink,
        UrlKind::ShortLink,
    ),
    (
        "https://i.pinimg.com/originals/ab/cd/ef.jpg",
        "pinterest",
        Cdn,
        DirectFile,
    ),
    ("https://vk.com/wall-123_456", "vk", Web, Post),
    ("https://m.vk.com/photo123_456", "vk", Mobile, Post),
    ("https://vk.com/club123", "vk", Web, Group),
    ("https://vk.com/someone", "vk", Web, Profile),
    ("https://vk.cc/abc", "vk", ShortLink, UrlKind::ShortLink),
    (
        "https://sun9-1.userapi.com/impg/abc.jpg",
        "vk",
        Cdn,
        DirectFile,
    ),
    (
        "https://www.linkedin.com/in/someone/",
        "linkedin",
        Web,
        Profile,
    ),
    (
        "https://www.linkedin.com/posts/someone_activity-1",
        "linkedin",
        Web,
        Post,
    ),
    (
        "https://lnkd.in/abcd",
        "linkedin",
        ShortLink,
        UrlKind::ShortLink,
    ),
    (
        "https://media.licdn.com/dms/image/abc",
        "linkedin",
        Cdn,
        DirectFile,
    ),
    (
        "https://yandex.com/images/search?rpt=imageview",
        "yandex",
        Web,
        SearchResult,
    ),
    (
        "https://yandex.ru/search/?text=jane",
        "yandex",
        Web,
        SearchResult,
    ),
    (
        "https://duckduckgo.com/?q=jane&ia=images",
        "duckduckgo",
        Web,
        SearchResult,
    ),
    (
        "https://search.brave.com/search?q=jane",
        "brave_search",
        Web,
        SearchResult,
    ),
    (
        "https://pimeyes.com/en/search/abc",
        "pimeyes",
        Web,
        SearchResult,
    ),
    (
        "https://photos.google.com/share/AF1Qip",
        "google_photos",
        Web,
        Group,
    ),
    (
        "https://photos.app.goo.gl/AbCd1234",
        "google_photos",
        ShortLink,
        UrlKind::ShortLink,
    ),
    (
        "https://lh3.googleusercontent.com/pw/AbCd=w600",
        "google_photos",
        Cdn,
        DirectFile,
    ),
    (
        "https://someone.blogspot.com/2026/11/post.html",
        "blogger",
        Web,
        Post,
    ),
    (
        "https://1.bp.blogspot.com/-abc/s1600/photo.jpg",
        "blogger",
        Cdn,
        DirectFile,
    ),
    (
        "https://www.blogger.com/profile/123",
        "blogger",
        Web,
        UrlKind::Unknown,
    ),
    (
        "https://sites.google.com/view/somesite/home",
        "google_sites",
        Web,
        Post,
    ),
];

#[test]
fn links_on_every_new_service_are_recognised_in_all_their_shapes() {
    for (url, id, class, kind) in LINKS {
        assert_eq!(
            kind_of(url),
            (Some((*id).to_owned()), Some(*class), *kind),
            "{url}"
        );
    }
    // Every id the issue names has at least one link shape tested here.
    let start = REQUIRED_IDS.iter().position(|id| *id == "xnxx").unwrap();
    for id in &REQUIRED_IDS[start..] {
        assert!(LINKS.iter().any(|(_, l, _, _)| l == id), "no link for {id}");
    }
}

#[test]
fn google_hosted_content_is_not_google_search() {
    assert_eq!(
        kind_of("https://photos.google.com/photo/AF1Qip")
            .0
            .as_deref(),
        Some("google_photos")
    );
    assert_eq!(
        kind_of("https://sites.google.com/view/x").0.as_deref(),
        Some("google_sites")
    );
    assert_eq!(
        kind_of("https://www.google.com/search?q=x").0.as_deref(),
        Some("google_search")
    );
    assert_eq!(
        kind_of("https://goo.gl/abc").0.as_deref(),
        Some("google_search")
    );
    assert_eq!(
        kind_of("https://drive.google.com/file/d/1/view")
            .0
            .as_deref(),
        Some("google_drive")
    );
    // Each has a removal route of its own, not a delisting request.
    for id in ["google_photos", "blogger", "google_sites"] {
        let p = by_id(id).unwrap();
        assert_ne!(p.role, PlatformRole::SearchEngine, "{id}");
        assert!(
            p.actionable_channels().any(|c| c.provenance.verified),
            "{id}"
        );
    }
}

#[test]
fn duckduckgo_is_routed_to_bing() {
    let ddg = by_id("duckduckgo").unwrap();
    let bing = by_id("bing").unwrap();
    let ddg_forms: Vec<_> = ddg.actionable_channels().map(|c| &c.target).collect();
    assert!(
        bing.actionable_channels()
            .any(|c| ddg_forms.contains(&&c.target)),
        "DuckDuckGo's route is Bing's form"
    );
    assert!(ddg.channels[0].notes.as_deref().unwrap().contains("Bing"));
}

#[test]
fn unconfirmed_services_route_to_their_host_and_confirmed_ones_carry_sources() {
    for p in catalogue() {
        if p.channels.is_empty() {
            assert!(!p.verified, "{}", p.id);
        }
        for c in p.channels.iter().chain(&p.legal_routes) {
            assert!(c.provenance.source.starts_with("http"), "{}", p.id);
            assert!(c.provenance.problems(&p.id).is_empty(), "{}", p.id);
        }
    }
    // The face-search opt-out is the route at PimEyes.
    let pimeyes = by_id("pimeyes").unwrap();
    assert!(pimeyes.verified);
    assert!(matches!(
        &pimeyes.channels[0].target,
        ChannelTarget::Form { url, .. } if url == "https://pimeyes.com/en/opt-out-request-form"
    ));
}

#[test]
fn answer_times_and_languages_are_structured_per_route() {
    let fansly = by_id("fansly").unwrap();
    assert_eq!(fansly.channels[0].answer_hours(), Some(216));
    let pixeldrain = by_id("pixeldrain").unwrap();
    assert_eq!(
        pixeldrain
            .actionable_channels()
            .find_map(|c| c.answer_hours()),
        Some(24)
    );
    // No source, no answer time.
    assert_eq!(by_id("x").unwrap().channels[0].answer_hours(), None);
    let mut c = fansly.channels[0].clone();
    assert!(
        c.accepts_language("nl"),
        "unknown languages do not block a route"
    );
    c.languages = vec!["en".into()];
    assert!(c.accepts_language("en") && !c.accepts_language("nl"));
    let mut bad = fansly.clone();
    bad.channels[0].languages = vec!["english".into()];
    bad.channels[0].response_hours.as_mut().unwrap().hours = 0;
    let problems = validate::validate(&bad).join("\n");
    assert!(problems.contains("not an ISO 639-1 code"), "{problems}");
    assert!(problems.contains("not plausible"), "{problems}");
}

#[test]
fn the_catalogue_has_at_least_sixty_services() {
    assert!(catalogue().len() >= 60, "{}", catalogue().len());
}
