//! `manifest.json` and `manifest.sha256`: what the bundle holds and the hash
//! of every file.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Format tag written into every manifest.
pub const FORMAT: &str = "reclaim-evidence-bundle/1";
pub const MANIFEST_JSON: &str = "manifest.json";
pub const MANIFEST_SHA256: &str = "manifest.sha256";
pub const MANIFEST_TSR: &str = "manifest.tsr";
pub const REPORT_PDF: &str = "report.pdf";
pub const CUSTODY_LOG: &str = "custody.jsonl";

/// What a file in the bundle is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileRole {
    Report,
    CustodyLog,
    Evidence,
    IntimateImage,
}

/// One file of the bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    /// Relative path, `/`-separated.
    pub path: String,
    pub role: FileRole,
    pub sha256: String,
    pub size: u64,
    /// When the content was captured (RFC 3339 UTC); `null` for files made
    /// by the export itself.
    pub captured_at: Option<String>,
    /// The file's name when it was imported, if it differs from `path`.
    pub original_name: Option<String>,
    /// The vault id of the evidence or image.
    pub id: Option<String>,
}

/// One URL, exactly as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestUrl {
    pub url: String,
    pub platform: String,
    pub captured_at: String,
    pub captured_at_local: String,
    pub last_state: Option<String>,
    pub last_checked_at: Option<String>,
}

/// The hashes of one of the person's images (always listed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestImage {
    pub id: String,
    pub label: String,
    pub sha256: String,
    pub md5: Option<String>,
    pub pdq: Option<String>,
    pub pdq_quality: Option<u8>,
    /// The image file's path in the bundle, only when the person chose to
    /// include it.
    pub included_as: Option<String>,
}

/// `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub case_code: String,
    pub language: String,
    pub generated_at: String,
    pub app_version: String,
    pub files: Vec<ManifestFile>,
    pub urls: Vec<ManifestUrl>,
    pub images: Vec<ManifestImage>,
    /// Pages kept as evidence (their files are among `files`).
    #[serde(default)]
    pub page_captures: Vec<super::captures::ManifestPageCapture>,
    /// Hash of the last custody entry in `custody.jsonl`.
    pub custody_head: String,
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// SHA-256.
pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// `manifest.sha256` text: `<hash>  <path>` per line, sorted by path, in the
/// format `sha256sum -c` reads (paths are plain ASCII, never escaped).
pub fn sha256_lines(entries: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = entries.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    sorted
        .into_iter()
        .map(|(path, hash)| format!("{hash}  {path}\n"))
        .collect()
}

/// Parses `manifest.sha256` into `(path, hash)`; `Err(line number)` for a line
/// that is not `<64 hex>  <path>` (or `<64 hex> *<path>`).
pub fn parse_sha256_lines(text: &str) -> Result<Vec<(String, String)>, usize> {
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.is_empty() {
            continue;
        }
        let bad = || index + 1;
        let (hash, rest) = line.split_at_checked(64).ok_or_else(bad)?;
        // Lower-case only: the form Reclaim writes; anything else was edited.
        if !hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return Err(bad());
        }
        let path = rest
            .strip_prefix("  ")
            .or_else(|| rest.strip_prefix(" *"))
            .ok_or_else(bad)?;
        if path.is_empty() {
            return Err(bad());
        }
        out.push((path.to_owned(), hash.to_owned()));
    }
    Ok(out)
}

/// A file name safe on every OS and in `manifest.sha256`: ASCII letters,
/// digits, `.`, `-`, `_`; at most 80 characters; never hidden.
pub fn safe_file_name(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let mapped = if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
            c
        } else {
            '_'
        };
        if mapped == '_' && out.ends_with('_') {
            continue;
        }
        out.push(mapped);
    }
    let out = out.trim_start_matches(['.', '_']);
    let mut out: String = if out.len() > 80 {
        // Keep the extension.
        match out.rfind('.') {
            Some(dot) if out.len() - dot <= 10 => {
                format!("{}{}", &out[..80 - (out.len() - dot)], &out[dot..])
            }
            _ => out[..80].to_owned(),
        }
    } else {
        out.to_owned()
    };
    if out.is_empty() || out.chars().all(|c| c == '.') {
        out = "file".to_owned();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_lines_round_trip_and_sort() {
        let entries = vec![
            ("report.pdf".to_owned(), "b".repeat(64)),
            ("evidence/001-a.png".to_owned(), "a".repeat(64)),
        ];
        let text = sha256_lines(&entries);
        assert!(text.starts_with(&format!("{}  evidence/001-a.png\n", "a".repeat(64))));
        let parsed = parse_sha256_lines(&text).unwrap();
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[1], ("report.pdf".to_owned(), "b".repeat(64)));
    }

    #[test]
    fn a_malformed_checksum_line_is_named_by_number() {
        let text = format!("{}  ok.txt\nnot a checksum line\n", "c".repeat(64));
        assert_eq!(parse_sha256_lines(&text), Err(2));
    }

    #[test]
    fn file_names_become_portable_without_losing_the_extension() {
        assert_eq!(
            safe_file_name("capture d'écran été.png"),
            "capture_d_cran_t_.png"
        );
        assert_eq!(safe_file_name("../../etc/passwd"), "etc_passwd");
        assert_eq!(
            safe_file_name("Straße Übersicht.pdf"),
            "Stra_e_bersicht.pdf"
        );
        assert_eq!(safe_file_name("..."), "file");
        let long = format!("{}.jpeg", "x".repeat(200));
        let safe = safe_file_name(&long);
        assert_eq!(safe.len(), 80);
        assert!(safe.ends_with(".jpeg"));
    }
}
