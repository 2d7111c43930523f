//! `reclaim-cli urls …`: URL intake and "who can remove it".

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use reclaim_core::platforms::UrlKind;
use reclaim_core::urls::{self, ClassifiedUrl, UrlWarning};
use serde::Serialize;

use crate::output;

#[derive(Debug, Subcommand)]
pub enum UrlsCommand {
    /// Split pasted text into URLs, check and classify each one.
    ///
    /// Reads FILE, or standard input when FILE is `-` or absent. Prints one
    /// JSON object per URL found (several on a line of running text), and one
    /// with `error` set for a non-blank line holding no usable web address.
    Classify {
        /// A text file with the links, or `-` for standard input.
        file: Option<PathBuf>,
    },
}

/// One line of `urls classify` output (ARCHITECTURE.md §6).
#[derive(Debug, Serialize)]
struct ClassifyLine<'a> {
    input: &'a str,
    url: Option<&'a str>,
    dedupe_key: Option<&'a str>,
    platform: &'a str,
    kind: UrlKind,
    host: Option<&'a str>,
    warnings: &'a [UrlWarning],
    error: Option<&'a str>,
    /// 1-based line of the input.
    line: usize,
    /// Index (0-based, in this output) of an earlier URL that looks the same.
    duplicate_of: Option<usize>,
}

impl<'a> From<&'a ClassifiedUrl> for ClassifyLine<'a> {
    fn from(item: &'a ClassifiedUrl) -> Self {
        Self {
            input: &item.input,
            url: item.url.as_deref(),
            dedupe_key: item.dedupe_key.as_deref(),
            platform: &item.platform,
            kind: item.kind,
            host: item.host.as_deref(),
            warnings: &item.warnings,
            error: item.error.as_ref().map(|e| e.message.as_str()),
            line: item.line,
            duplicate_of: item.duplicate_of,
        }
    }
}

fn read_input(file: Option<&PathBuf>) -> std::io::Result<String> {
    let mut bytes = Vec::new();
    match file {
        Some(path) if path.as_os_str() != "-" => bytes = std::fs::read(path)?,
        _ => {
            std::io::stdin().lock().read_to_end(&mut bytes)?;
        }
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

pub fn run(command: UrlsCommand) -> ExitCode {
    match command {
        UrlsCommand::Classify { file } => {
            let text = match read_input(file.as_ref()) {
                Ok(text) => text,
                Err(err) => return output::usage_error(&format!("cannot read the input: {err}")),
            };
            for item in urls::classify_text(&text) {
                output::line(&ClassifyLine::from(&item));
            }
            ExitCode::SUCCESS
        }
    }
}
