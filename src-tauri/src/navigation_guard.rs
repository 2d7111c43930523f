//! Keeps the webview on the app's own pages: a link or script can never
//! navigate it to a remote site (no remote content in the webview).

use tauri::plugin::{Builder, TauriPlugin};
use tauri::{Runtime, Url};

/// Whether `url` is one of the app's own pages.
pub fn is_app_url(url: &Url) -> bool {
    match url.scheme() {
        // Linux and macOS serve the embedded UI as tauri://localhost.
        "tauri" => url.host_str() == Some("localhost"),
        // Windows serves it as http(s)://tauri.localhost.
        "http" | "https" => {
            url.host_str() == Some("tauri.localhost") || (cfg!(dev) && is_dev_server(url))
        }
        _ => false,
    }
}

/// The Vite dev server of `tauri dev` (never in a build a person runs).
fn is_dev_server(url: &Url) -> bool {
    matches!(url.host_str(), Some("localhost" | "127.0.0.1")) && url.port() == Some(5173)
}

pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("navigation-guard")
        .on_navigation(|_webview, url| is_app_url(url))
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        text.parse().unwrap()
    }

    #[test]
    fn the_apps_own_pages_are_allowed() {
        assert!(is_app_url(&url("tauri://localhost/")));
        assert!(is_app_url(&url("tauri://localhost/index.html#main")));
        assert!(is_app_url(&url("http://tauri.localhost/")));
    }

    #[test]
    fn remote_and_local_file_pages_are_refused() {
        for text in [
            "https://example.com/",
            "http://tauri.localhost.example.com/",
            "tauri://evil.example/",
            "file:///etc/passwd",
            "https://web.archive.org/save/https://example.com",
            "javascript:alert(1)",
        ] {
            assert!(!is_app_url(&url(text)), "{text}");
        }
    }
}
