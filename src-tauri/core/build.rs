//! Embeds data into the binary, found by folder so that nothing is listed by hand:
//! every platform file of `data/platforms/` (adding a platform is adding one TOML
//! file; the tests validate it), and every Fluent file of `data/<area>/<language>/`
//! (adding a language is adding its folders).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read at run time, not with env!(): with a target directory shared by several
    // checkouts, a build script compiled in one checkout would embed another's files.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("data/platforms");
    // Relative paths: cargo resolves them against the package root of the
    // checkout being built (an absolute path would tie the build to one clone).
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=data/platforms");
    // Worktrees sharing one CARGO_TARGET_DIR also share this script's output,
    // and a file older than another checkout's last run would not trigger it:
    // run again whenever the build comes from another checkout (.cargo/config.toml).
    println!("cargo:rerun-if-env-changed=RECLAIM_CORE_DIR");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("data/platforms exists")
        .map(|entry| entry.expect("readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    let mut code = String::from("&[\n");
    for path in &files {
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
    embed_fluent_files();
}

/// `(area, language, file stem, text)` for every `data/<area>/<language>/*.ftl`.
fn embed_fluent_files() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let data = Path::new(&manifest).join("data");
    let mut files = Vec::new();
    for area in sorted_dirs(&data) {
        for lang in sorted_dirs(&area) {
            println!("cargo:rerun-if-changed={}", relative(&lang));
            for file in sorted_entries(&lang) {
                if file.extension().is_some_and(|ext| ext == "ftl") {
                    files.push((area.clone(), lang.clone(), file));
                }
            }
        }
    }
    let mut code = String::from("&[\n");
    for (area, lang, file) in &files {
        println!("cargo:rerun-if-changed={}", relative(file));
        let name = |p: &Path| {
            p.file_stem()
                .and_then(|s| s.to_str())
                .expect("UTF-8 file name")
                .to_owned()
        };
        writeln!(
            code,
            "    ({:?}, {:?}, {:?}, include_str!({:?})),",
            name(area),
            name(lang),
            name(file),
            file.display().to_string()
        )
        .expect("writing to a String");
    }
    code.push_str("]\n");
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("fluent_files.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

/// `path` relative to the package root, for `rerun-if-changed`.
fn relative(path: &Path) -> String {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    path.strip_prefix(manifest)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn sorted_entries(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("data folder exists")
        .map(|entry| entry.expect("readable directory entry").path())
        .collect();
    entries.sort();
    entries
}

fn sorted_dirs(dir: &Path) -> Vec<std::path::PathBuf> {
    sorted_entries(dir)
        .into_iter()
        .filter(|p| p.is_dir())
        .collect()
}
