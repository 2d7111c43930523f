//! The layers of reclaim-core, checked: a module may use only modules below
//! it, so there is no import circle between them and the shared nouns stay at
//! the bottom (docs/architecture.md, "Layers").
//!
//! error ← model ← hashing/platforms/safety ← urls ← vault/net ← requests/report ← app

use std::collections::BTreeSet;
use std::path::Path;

/// Each top-level module and its layer (higher may use lower, never the reverse).
const LAYERS: &[(&str, u8)] = &[
    ("error", 0),
    ("model", 1),
    ("hashing", 2),
    ("platforms", 2),
    ("safety", 2),
    ("urls", 3),
    ("vault", 4),
    ("net", 4),
    ("requests", 5),
    ("report", 5),
    ("app", 6),
];

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

/// The top-level modules a piece of Rust source names through `crate::…`
/// (`crate::vault::X`, `crate::{model::Y, vault}`, …).
fn crate_uses(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = source;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Top-level names of the group, up to its closing brace.
            let mut depth = 1;
            let mut name = String::new();
            let mut expecting_name = true;
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => expecting_name = true,
                    c if depth == 1 && expecting_name && (c.is_alphanumeric() || c == '_') => {
                        name.push(c)
                    }
                    _ if !name.is_empty() => {
                        found.insert(std::mem::take(&mut name));
                        expecting_name = false;
                    }
                    _ => {}
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.insert(name);
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_module_uses_a_module_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    for (module, own) in LAYERS {
        let mut files = Vec::new();
        let single = src.join(format!("{module}.rs"));
        if single.exists() {
            files.push(single);
        }
        if src.join(module).is_dir() {
            rust_files(&src.join(module), &mut files);
        }
        assert!(!files.is_empty(), "module {module} not found");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for used in crate_uses(&text) {
                if used == *module {
                    continue;
                }
                match layer(&used) {
                    Some(l) if l < *own => {}
                    Some(_) => problems.push(format!(
                        "{} uses crate::{used}, which is not below {module}",
                        file.strip_prefix(&src).unwrap().display()
                    )),
                    // Crate-root items (VERSION, the re-exported error types).
                    None => {}
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_reads_grouped_and_plain_paths() {
    let uses = crate_uses(
        "use crate::vault::OpenCase;\nuse crate::{model::{Language, UrlStatus}, error::CoreError};\nlet x = crate::report::y;",
    );
    assert_eq!(
        uses,
        ["error", "model", "report", "vault"]
            .map(String::from)
            .into()
    );
}
