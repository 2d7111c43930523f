//! Speed of request generation: a large case through the whole generator.
//!
//! Run: `cargo bench -p reclaim-core --bench requests`. Prints cases per second for
//! a case of 1,000 URLs spread over every catalogue platform and 50 unknown sites
//! (half with a host lookup), in each language. Figures go to docs/benchmarks.md.

use std::time::Instant;

use reclaim_core::requests::{generate, CaseInput, Catalogue, Language, Options};

fn case(urls: usize) -> CaseInput {
    let hosts: Vec<String> = reclaim_core::platforms::catalogue()
        .iter()
        .filter(|p| p.id != "cloudflare")
        .map(|p| p.hosts.web[0].clone())
        .chain((0..50).map(|i| format!("site{i}.example")))
        .collect();
    let urls: Vec<serde_json::Value> = (0..urls)
        .map(|i| serde_json::json!({"url": format!("https://{}/item/{i}?ref=\"x\"", hosts[i % hosts.len()])}))
        .collect();
    let whois: Vec<serde_json::Value> = (0..25)
        .map(|i| {
            serde_json::json!({"host": format!("site{i}.example"),
                "hosting": {"name": "Host", "abuse_email": format!("abuse@host{i}.example")}})
        })
        .collect();
    let json = serde_json::json!({
        "victim": {"name": "Zoë Dubois-Lefèvre", "email": "zoe@example.org", "country": "BE"},
        "language": "fr",
        "adult_at_capture": true,
        "content": {"kind": "photo", "self_taken": true, "description": "photos"},
        "urls": urls,
        "whois": whois,
    });
    CaseInput::from_json(&json.to_string()).expect("valid case")
}

fn main() {
    let case = case(1_000);
    let mut best = f64::MAX;
    let mut count = 0;
    for round in 0..5 {
        let start = Instant::now();
        for lang in Language::ALL {
            let options = Options {
                language: Some(lang),
                platform: None,
                now: time::OffsetDateTime::UNIX_EPOCH,
            };
            let out = generate(&case, &Catalogue, &options).expect("generates");
            count = out.requests.len();
        }
        let secs = start.elapsed().as_secs_f64() / 4.0;
        best = best.min(secs);
        println!("round {round}: {:.1} ms per case", secs * 1e3);
    }
    println!(
        "1,000 URLs -> {count} requests (with .eml drafts): best {:.1} ms per case, {:.0} requests/s",
        best * 1e3,
        count as f64 / best
    );
}
