//! Loading the catalogue embedded at build time and looking entries up.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::model::Platform;

/// `(file stem, file text)` of every `data/platforms/*.toml`, in name order.
pub(crate) const FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/platform_files.rs"));

/// Parses one platform file.
pub fn parse_platform(text: &str) -> Result<Platform, toml::de::Error> {
    toml::from_str(text)
}

struct Catalogue {
    platforms: Vec<Platform>,
    by_id: HashMap<String, usize>,
}

fn load() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let platforms: Vec<Platform> = FILES
            .iter()
            .map(|(stem, text)| {
                parse_platform(text).unwrap_or_else(|err| {
                    panic!("data/platforms/{stem}.toml is validated by tests: {err}")
                })
            })
            .collect();
        let by_id = platforms
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        Catalogue { platforms, by_id }
    })
}

/// Every platform the app knows, in id order (the Cloudflare route included).
pub fn catalogue() -> &'static [Platform] {
    &load().platforms
}

/// The platform with this id, if any.
pub fn by_id(id: &str) -> Option<&'static Platform> {
    let catalogue = load();
    catalogue.by_id.get(id).map(|&i| &catalogue.platforms[i])
}
