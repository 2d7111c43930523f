//! Runs `reclaim-cli hash` and `reclaim-cli match` on the PDQ conformance
//! images and on bad files made on the fly, and reads their JSON lines.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_reclaim-cli"))
}

fn images() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/pdq-vectors/images"
    ))
}

fn run_lines(cmd: &mut Command) -> Vec<Value> {
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

fn bits_apart(a: &str, b: &str) -> u32 {
    a.as_bytes()
        .chunks(16)
        .zip(b.as_bytes().chunks(16))
        .map(|(x, y)| {
            let x = u64::from_str_radix(std::str::from_utf8(x).unwrap(), 16).unwrap();
            let y = u64::from_str_radix(std::str::from_utf8(y).unwrap(), 16).unwrap();
            (x ^ y).count_ones()
        })
        .sum()
}

const FIELDS: [&str; 10] = [
    "path",
    "sha256",
    "md5",
    "pdq",
    "pdq_quality",
    "phash",
    "dhash",
    "width",
    "height",
    "error",
];

#[test]
fn hash_prints_every_field_for_images_in_a_folder() {
    let lines = run_lines(cli().arg("hash").arg(images().join("reg-test-input/dih")));
    assert_eq!(lines.len(), 8);
    for l in &lines {
        let obj = l.as_object().unwrap();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut want = FIELDS.to_vec();
        want.sort_unstable();
        assert_eq!(keys, want);
        assert!(l["error"].is_null(), "{l}");
        assert_eq!(l["pdq"].as_str().unwrap().len(), 64);
        assert_eq!(l["pdq_quality"], 100);
        assert_eq!(l["sha256"].as_str().unwrap().len(), 64);
        assert_eq!(l["phash"].as_str().unwrap().len(), 16);
    }
}

#[test]
fn hash_pdq_agrees_with_the_reference_and_exact_mode_too() {
    // pdq-fullres.tsv: bridge-mods/aaa-orig.jpg and the EXIF-rotated photo.
    let cases = [(
        "bridge-mods/aaa-orig.jpg",
        "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22",
        1600,
        1004,
    )];
    for exact in [false, true] {
        for (name, reference, w, h) in cases {
            let mut cmd = cli();
            cmd.arg("hash").arg(images().join(name));
            if exact {
                cmd.arg("--exact");
            }
            let lines = run_lines(&mut cmd);
            let pdq = lines[0]["pdq"].as_str().unwrap();
            assert!(
                bits_apart(pdq, reference) <= 10,
                "{name} exact={exact}: {pdq}"
            );
            assert_eq!(
                (lines[0]["width"].clone(), lines[0]["height"].clone()),
                (w.into(), h.into())
            );
        }
    }
}

#[test]
fn bad_files_each_get_an_error_line_and_the_run_still_succeeds() {
    let dir = std::env::temp_dir().join(format!("reclaim-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let jpeg = std::fs::read(images().join("bridge-mods/aaa-orig.jpg")).unwrap();
    std::fs::write(dir.join("a-empty.jpg"), b"").unwrap();
    std::fs::write(dir.join("b-cut.jpg"), &jpeg[..jpeg.len() / 4]).unwrap();
    std::fs::write(dir.join("c-text.png"), b"just words").unwrap();
    std::fs::write(dir.join("d-photo.heic"), b"\0\0\0\x18ftypheic\0\0\0\0mif1").unwrap();
    std::fs::write(dir.join("e-good.jpg"), &jpeg).unwrap();
    std::fs::write(
        dir.join("f-clip.mp4"),
        b"\0\0\0\x18ftypisom\0\0\0\0isom-data",
    )
    .unwrap();
    let mut lines = run_lines(cli().arg("hash").arg(&dir));
    let _ = std::fs::remove_dir_all(&dir);
    lines.sort_by(|a, b| a["path"].as_str().cmp(&b["path"].as_str()));
    let kinds: Vec<Value> = lines.iter().map(|l| l["error"]["kind"].clone()).collect();
    assert_eq!(
        kinds,
        vec![
            Value::from("empty_file"),
            Value::from("truncated"),
            Value::from("unsupported_format"),
            Value::from("heic_unsupported"),
            Value::Null,
            Value::Null,
        ]
    );
    for l in &lines[..4] {
        let msg = l["error"]["message"].as_str().unwrap();
        assert!(!msg.is_empty() && !msg.contains('\n'));
        assert!(l["pdq"].is_null());
    }
    assert!(lines[4]["pdq"].is_string());
    assert!(
        lines[5]["md5"].is_string() && lines[5]["pdq"].is_null() && lines[5]["width"].is_null()
    );
}

#[test]
fn match_names_the_original_and_the_transform() {
    let dih = images().join("reg-test-input/dih");
    let original = dih.join("bridge-1-original.jpg");
    let lines = run_lines(
        cli()
            .arg("match")
            .arg("--originals")
            .arg(&original)
            .arg("--found")
            .arg(&dih)
            .arg(images().join("reg-test-input/labelme-subset/q2821.jpg")),
    );
    assert_eq!(lines.len(), 9);
    for l in &lines {
        let found = l["found"].as_str().unwrap();
        let mut keys: Vec<&str> = l.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            ["distance", "error", "found", "original", "transform"]
        );
        if found.ends_with("q2821.jpg") {
            assert!(l["original"].is_null() && l["distance"].is_null() && l["transform"].is_null());
        } else {
            assert_eq!(l["original"].as_str(), original.to_str());
            assert!(l["distance"].as_u64().unwrap() <= 31);
        }
        if found.ends_with("bridge-6-flipy.jpg") {
            assert_eq!(l["transform"], "mirrored");
        }
        if found.ends_with("bridge-2-rotate-90.jpg") {
            assert_eq!(l["transform"], "rotated_90");
        }
    }
}

#[test]
fn match_threshold_zero_only_keeps_identical_pictures() {
    let dih = images().join("reg-test-input/dih");
    let lines = run_lines(
        cli()
            .args(["match", "--threshold", "0", "--originals"])
            .arg(dih.join("bridge-1-original.jpg"))
            .arg("--found")
            .arg(&dih),
    );
    let matched: Vec<&Value> = lines.iter().filter(|l| !l["original"].is_null()).collect();
    assert!(matched.iter().all(|l| l["distance"] == 0));
    assert!(!matched.is_empty() && matched.len() < 8);
}

#[test]
fn bad_threshold_is_a_usage_error() {
    let out = cli()
        .args([
            "match",
            "--originals",
            "a",
            "--found",
            "b",
            "--threshold",
            "257",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
