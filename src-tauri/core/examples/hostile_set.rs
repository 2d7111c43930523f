//! Writes the hostile image set of docs/benchmarks.md ("Memory on hostile
//! images") into a folder: `cargo run --release -p reclaim-core --example
//! hostile_set -- DIR`, then measure `reclaim-cli hash DIR` with
//! `/usr/bin/time -v`.

#[path = "../tests/common/hostile_images.rs"]
mod hostile_images;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: hostile_set DIR"));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, path) in hostile_images::write_set(&dir) {
        let size = std::fs::metadata(&path).unwrap().len();
        println!("{name}\t{size} bytes");
    }
}
