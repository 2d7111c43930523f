//! Measures the app's start-up time to its first screen and its idle memory.
//!
//! Run inside scripts/with-desktop-session.sh, after building the app:
//!   RECLAIM_APP=target/release/reclaim cargo run -p e2e --example startup
//! Prints one JSON line per run; figures go to docs/benchmarks.md.

use std::time::{Duration, Instant};

use e2e::{open_app, wait_for, Driver};

fn status_field(pid: &str, field: &str) -> Option<String> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field).map(|v| v.trim().to_owned()))
}

fn rss_kib(pid: &str) -> u64 {
    status_field(pid, "VmRSS:")
        .and_then(|v| v.trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Resident memory, in KiB, of the `reclaim` process and of its children
/// (WebKitGTK's web and network processes), as (app, children).
fn reclaim_rss_kib() -> (u64, u64) {
    let pids: Vec<String> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| name.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let apps: Vec<&String> = pids
        .iter()
        .filter(|pid| status_field(pid, "Name:").as_deref() == Some("reclaim"))
        .collect();
    let app: u64 = apps.iter().map(|pid| rss_kib(pid)).sum();
    let children: u64 = pids
        .iter()
        .filter(|pid| {
            let parent = status_field(pid, "PPid:").unwrap_or_default();
            apps.iter().any(|app| **app == parent)
        })
        .map(|pid| rss_kib(pid))
        .sum();
    (app, children)
}

#[tokio::main]
async fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
    for run in 1..=runs {
        let driver = Driver::start();
        let started = Instant::now();
        let client = open_app(&driver).await;
        let session = started.elapsed();
        wait_for(
            &client,
            "document.querySelector('#helplines li')",
            "the first screen",
        )
        .await;
        let first_screen = started.elapsed();
        tokio::time::sleep(Duration::from_secs(5)).await;
        let (app, children) = reclaim_rss_kib();
        println!(
            "{{\"run\":{run},\"session_ms\":{},\"first_screen_ms\":{},\"idle_rss_app_mib\":{:.1},\"idle_rss_webkit_mib\":{:.1}}}",
            session.as_millis(),
            first_screen.as_millis(),
            app as f64 / 1024.0,
            children as f64 / 1024.0
        );
        client.close().await.unwrap();
    }
}
