//! A command lives in five places: its `#[tauri::command]` function, the
//! `generate_handler!` list in lib.rs, `COMMANDS` in build.rs (which makes its
//! permission), the main window's capability, and the UI's `ipc.ts`. Nothing
//! but this test checks that they agree; it fails naming the place a command
//! is missing from.

use std::collections::BTreeSet;
use std::path::Path;

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every quoted `snake_case` word between `start` and the first `end` after it.
fn quoted_between(text: &str, start: &str, end: &str) -> BTreeSet<String> {
    let from = text.find(start).expect("start marker") + start.len();
    let to = from + text[from..].find(end).expect("end marker");
    text[from..to]
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The functions marked `#[tauri::command]` in the app's source files.
fn command_functions() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            if line.trim() != "#[tauri::command]" {
                continue;
            }
            let signature = lines
                .by_ref()
                .find(|l| l.contains("fn "))
                .expect("a function after #[tauri::command]");
            let after_fn = signature.split("fn ").nth(1).unwrap();
            let name: String = after_fn
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            names.insert(name);
        }
    }
    names
}

/// `module::name` entries of `generate_handler![…]` in lib.rs, by name.
fn handler_list() -> BTreeSet<String> {
    let lib = read("src/lib.rs");
    let from = lib.find("generate_handler![").unwrap() + "generate_handler![".len();
    let to = from + lib[from..].find(']').unwrap();
    lib[from..to]
        .split(',')
        .filter_map(|item| item.trim().rsplit("::").next())
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

fn capability_permissions() -> BTreeSet<String> {
    let json: serde_json::Value = serde_json::from_str(&read("capabilities/main.json")).unwrap();
    json["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|p| p.replace('-', "_"))
        .collect()
}

/// Command names the UI invokes (`invoke<…>("name"` or `invoke("name"`).
fn ui_invocations() -> BTreeSet<String> {
    let ipc = read("../ui/src/lib/ipc.ts");
    ipc.match_indices("invoke")
        .filter_map(|(i, _)| {
            let rest = &ipc[i + "invoke".len()..];
            let open = rest.find('(')?;
            // `invoke<Type>(` or `invoke(`: nothing else between.
            let between = &rest[..open];
            if !(between.is_empty() || between.starts_with('<')) {
                return None;
            }
            let args = rest[open + 1..].trim_start();
            let name = args.strip_prefix('"')?;
            Some(name[..name.find('"')?].to_owned())
        })
        .collect()
}

fn missing(from: &BTreeSet<String>, all: &BTreeSet<String>) -> Vec<String> {
    all.difference(from).cloned().collect()
}

#[test]
fn every_command_is_listed_in_every_place_it_must_be() {
    let functions = command_functions();
    assert!(functions.len() >= 30, "found only {functions:?}");
    let places = [
        ("generate_handler! in src/lib.rs", handler_list()),
        (
            "COMMANDS in build.rs",
            quoted_between(&read("build.rs"), "const COMMANDS", "];"),
        ),
        ("capabilities/main.json", capability_permissions()),
        ("ui/src/lib/ipc.ts", ui_invocations()),
    ];
    let mut problems = Vec::new();
    for (place, names) in &places {
        let absent = missing(names, &functions);
        if !absent.is_empty() {
            problems.push(format!("missing from {place}: {absent:?}"));
        }
        let unknown = missing(&functions, names);
        if !unknown.is_empty() {
            problems.push(format!(
                "{place} names commands that do not exist: {unknown:?}"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_notices_a_missing_command() {
    let all: BTreeSet<String> = ["a", "b"].map(String::from).into();
    let some: BTreeSet<String> = ["a"].map(String::from).into();
    assert_eq!(missing(&some, &all), vec!["b".to_owned()]);
    let text = "const COMMANDS: &[&str] = &[\n    \"x_y\",\n    \"z\",\n];";
    assert_eq!(
        quoted_between(text, "const COMMANDS", "];"),
        ["x_y", "z"].map(String::from).into()
    );
}
