//! Throughput of URL intake: split + check + classify + dedupe key.
//!
//! Run: `cargo bench -p reclaim-core --bench urls`. Prints URLs per second for
//! a pasted block of 100,000 links mixing every catalogue platform, unknown
//! sites, IDNs and rejected lines. Figures go to docs/benchmarks.md.

use std::time::Instant;

const SHAPES: &[&str] = &[
    "https://www.facebook.com/photo.php?fbid={n}&set=a.1&type=3&__cft__[0]=AZX",
    "https://www.instagram.com/p/Cx{n}/?igsh=abc",
    "https://x.com/someone/status/17900000000{n}?s=20&t=abc",
    "https://www.tiktok.com/@someone/video/73000000{n}",
    "https://www.reddit.com/r/somesub/comments/{n}/title_here/?utm_source=share",
    "https://youtu.be/vid{n}?si=abc",
    "https://i.imgur.com/{n}.jpg",
    "https://cdn.discordapp.com/attachments/1/{n}/image.png",
    "https://leaks{n}.example.net/gallery/{n}/IMG_{n}.JPG",
    "see www.pornhub.com/view_video.php?viewkey=ph{n} and https://mega.nz/file/{n}#key",
    "https://аpple{n}.com/login",
    "javascript:alert({n})",
    "https://facebook.com@evil{n}.example/x",
    "notes about link {n}",
];

fn corpus(lines: usize) -> String {
    let mut text = String::new();
    for i in 0..lines {
        text.push_str(&SHAPES[i % SHAPES.len()].replace("{n}", &i.to_string()));
        text.push('\n');
    }
    text
}

fn main() {
    let text = corpus(100_000);
    // Warm-up: loads the catalogue and its host index.
    let _ = reclaim_core::urls::classify_text(&text[..10_000]);
    let mut best = f64::MAX;
    let mut items = 0;
    for _ in 0..5 {
        let start = Instant::now();
        let out = reclaim_core::urls::classify_text(&text);
        let secs = start.elapsed().as_secs_f64();
        items = out.len();
        best = best.min(secs);
        std::hint::black_box(out);
    }
    println!(
        "urls::classify_text: {items} items from {} lines in {:.3} s (best of 5) = {:.0} items/s",
        100_000,
        best,
        items as f64 / best
    );
    let single = "https://www.reddit.com/r/somesub/comments/abc123/title_here/?utm_source=share";
    let n = 200_000;
    let start = Instant::now();
    for _ in 0..n {
        std::hint::black_box(reclaim_core::urls::classify_one(std::hint::black_box(
            single,
        )));
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "urls::classify_one: {n} calls in {secs:.3} s = {:.0} URLs/s",
        n as f64 / secs
    );
}
