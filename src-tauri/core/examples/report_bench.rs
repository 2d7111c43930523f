//! Export time and PDF size of the evidence bundle for a large case
//! (200 URLs, 50 evidence files), and a sample bundle for the screenshot.
//!
//! ```text
//! cargo run --release -p reclaim-core --example report_bench            # figures
//! cargo run --release -p reclaim-core --example report_bench -- sample DIR [en|fr|nl|de]
//! ```

#[path = "../tests/common/sample_case.rs"]
mod sample_case;

use std::time::Instant;

use reclaim_core::model::Language;
use reclaim_core::report::*;
use sample_case::Sizes;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("sample") {
        let dir = args.get(1).expect("sample DIR [lang]");
        let lang = args
            .get(2)
            .and_then(|l| Language::from_code(l))
            .unwrap_or(Language::Fr);
        let case = sample_case::case(lang, &Sizes::SMALL);
        let summary = export_bundle(
            &case,
            std::path::Path::new(dir),
            &BundleOptions::default(),
            sample_case::export_time(),
        )
        .expect("export");
        println!("{}", serde_json::to_string(&summary).unwrap());
        return;
    }

    let sizes = Sizes {
        urls: 200,
        evidence: 50,
        images: 20,
        requests: 30,
        // A typical phone screenshot as PNG.
        evidence_bytes: 400 * 1024,
    };
    let case = sample_case::case(Language::Fr, &sizes);
    let evidence_total: usize = case.evidence.iter().map(|e| e.bytes.len()).sum();
    let runs = 5;
    let mut export_ms = Vec::new();
    let mut verify_ms = Vec::new();
    let mut last = None;
    for run in 0..runs {
        let tmp = tempfile::tempdir().expect("temp dir");
        let out = tmp.path().join(format!("bundle-{run}"));
        let start = Instant::now();
        let summary = export_bundle(
            &case,
            &out,
            &BundleOptions::default(),
            sample_case::export_time(),
        )
        .expect("export");
        export_ms.push(start.elapsed().as_secs_f64() * 1000.0);
        let start = Instant::now();
        let report = verify_bundle(&out);
        verify_ms.push(start.elapsed().as_secs_f64() * 1000.0);
        assert!(report.ok);
        last = Some(summary);
    }
    let summary = last.unwrap();
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "case: {} URLs, {} evidence files ({:.1} MiB), {} image hashes, {} requests",
        case.urls.len(),
        case.evidence.len(),
        evidence_total as f64 / 1048576.0,
        case.images.len(),
        case.requests.len()
    );
    println!(
        "export (PDF + bundle, fsync): median {:.0} ms over {runs} runs (min {:.0}, max {:.0})",
        median(&mut export_ms.clone()),
        export_ms.iter().cloned().fold(f64::MAX, f64::min),
        export_ms.iter().cloned().fold(0.0, f64::max)
    );
    println!("verify: median {:.0} ms", median(&mut verify_ms));
    println!(
        "report.pdf: {} pages, {} bytes ({:.0} KiB)",
        summary.pdf_pages,
        summary.pdf_bytes,
        summary.pdf_bytes as f64 / 1024.0
    );
}
