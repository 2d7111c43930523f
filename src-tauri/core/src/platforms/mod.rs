//! The platform catalogue: who runs a site, how to recognise its URLs, and how
//! to ask it to remove non-consensual intimate images.
//!
//! One TOML file per platform lives in `data/platforms/`; `build.rs` embeds
//! them all, and the tests check every entry with [`validate::validate`].
//! Each fact carries its source, the date it was checked and whether it was
//! confirmed there (`verified`).

mod catalogue;
mod classify;
mod model;
pub mod validate;

pub use catalogue::{by_id, catalogue, parse_platform};
pub use classify::{
    classify_host, match_host, path_is_media_file, path_matches, url_kind, HostMatch,
};
pub use model::*;

/// The ids the app must always know (ARCHITECTURE.md §6, issue 17), plus `cloudflare`.
pub const REQUIRED_IDS: &[&str] = &[
    "facebook",
    "instagram",
    "messenger",
    "whatsapp",
    "threads",
    "x",
    "tiktok",
    "snapchat",
    "discord",
    "telegram",
    "reddit",
    "youtube",
    "google_search",
    "bing",
    "pornhub",
    "xhamster",
    "xvideos",
    "onlyfans",
    "mega",
    "dropbox",
    "google_drive",
    "imgur",
    "tumblr",
    "twitch",
    "bumble",
    "tinder",
    "cloudflare",
    // Issue 17: where leaked images actually end up.
    "xnxx",
    "spankbang",
    "redgifs",
    "erome",
    "fansly",
    "motherless",
    "stripchat",
    "chaturbate",
    "gofile",
    "pixeldrain",
    "bunkr",
    "catbox",
    "wetransfer",
    "icloud",
    "onedrive",
    "imgbox",
    "imagebam",
    "postimages",
    "ibb",
    "pinterest",
    "vk",
    "linkedin",
    "yandex",
    "duckduckgo",
    "brave_search",
    "pimeyes",
    "google_photos",
    "blogger",
    "google_sites",
];

#[cfg(test)]
mod in_app_tests;
#[cfg(test)]
mod reach_tests;
#[cfg(test)]
mod tests;
