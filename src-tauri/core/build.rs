//! Embeds every platform file of `data/platforms/` into the binary, so adding a
//! platform is adding one TOML file (the tests validate it).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/platforms");
    println!("cargo:rerun-if-changed={}", dir.display());
    // Worktrees sharing one CARGO_TARGET_DIR share this script's output: run
    // again whenever the build comes from another checkout (.cargo/config.toml).
    println!("cargo:rerun-if-env-changed=RECLAIM_CORE_DIR");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("data/platforms exists")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    let mut code = String::from("&[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("UTF-8 file name");
        writeln!(
            code,
            "    ({stem:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    code.push_str("]\n");
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("platform_files.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
