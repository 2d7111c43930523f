//! `reclaim-cli`: a thin command-line front over `reclaim-core`.
//!
//! The contract (ARCHITECTURE.md §6): all output is JSON, one object per line
//! unless a command says otherwise; exit 0 when the command ran (per-item
//! failures go in the item's `error` field), 2 on a usage error.

// mimalloc keeps freed memory for reuse: hashing a folder of photos then
// does not pay page faults for fresh buffers on every file (a quarter to a
// third of `hash`'s time with the system allocator, measured).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod commands;
mod output;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Reclaim: get intimate images that were shared without consent taken down.
///
/// Every command prints JSON, one object per line. Images never leave this
/// computer: no command sends an image or its hashes over the network.
#[derive(Debug, Parser)]
#[command(name = "reclaim-cli", version, about, long_about)]
struct Cli {
    /// Folder holding the case vault (case commands).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<std::path::PathBuf>,
    /// Read passphrases from standard input, one per line, and never touch the
    /// OS keyring (case commands).
    #[arg(long, global = true)]
    passphrase_stdin: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List the helplines shown on the "Safety first" screen.
    Helplines,
    /// Write the removal requests for a case: one per platform and channel, as ONE
    /// JSON array. Nothing is sent: the person sends each request herself.
    Requests {
        /// The case file (JSON; see src-tauri/cli/tests/fixtures/case.json).
        #[arg(long, value_name = "FILE")]
        case_json: std::path::PathBuf,
        /// Language of the requests (default: the case's `language`).
        #[arg(long, value_parser = ["en", "fr", "nl", "de"])]
        lang: Option<String>,
        /// Only this platform (a catalogue id, or `unknown` for unknown sites).
        #[arg(long, value_name = "ID")]
        platform: Option<String>,
        /// Do not add Google and Bing delisting for links on other sites (same as
        /// `"search_engines": false` in the case file).
        #[arg(long)]
        no_search_engines: bool,
    },
    /// Check and classify links; find who can remove content on a site.
    #[command(subcommand)]
    Urls(commands::urls::UrlsCommand),
    /// Encrypted cases: create, list, add URLs and evidence, show, verify, export, import.
    Case {
        #[command(subcommand)]
        command: commands::case::CaseCommand,
    },
    /// A counsellor's private list of her cases (label, next deadline, what is
    /// overdue, last step), sealed under a passphrase of its own: create,
    /// list, update, label, drop. Stdin: the list's passphrase first.
    Workspace {
        #[command(subcommand)]
        command: commands::workspace::WorkspaceCommand,
    },
    /// Work with an exported evidence bundle (verify, timestamp).
    #[command(subcommand)]
    Bundle(commands::bundle::BundleCommand),
    /// Hash images and videos (files or folders, recursively): SHA-256, MD5,
    /// and for images PDQ, pHash and dHash. One JSON line per file.
    Hash {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Decode JPEGs at full size, for PDQ exactly as Meta's reference
        /// computes it (slower; use for hashes that will be shared).
        #[arg(long)]
        exact: bool,
    },
    /// Find which found files are copies of your originals: also rotated,
    /// mirrored, cut, written over, or shown inside a screenshot, a chat, a
    /// collage or a post. One JSON line per match (a collage can match
    /// several originals), or one line for a file matching nothing.
    Match {
        /// Folder (or files) with your own images.
        #[arg(long, required = true, num_args = 1..)]
        originals: Vec<PathBuf>,
        /// Folder (or files) to search.
        #[arg(long, required = true, num_args = 1..)]
        found: Vec<PathBuf>,
        /// Largest PDQ distance (bits of 256) counted as a copy (default 31).
        /// Giving it matches on PDQ distance alone: copies found inside
        /// other pictures (which have no PDQ distance) are then not looked for.
        #[arg(long, value_parser = clap::value_parser!(u32).range(0..=256))]
        threshold: Option<u32>,
        /// Also find copies cut at the edges (up to 10% from any side), by
        /// hashing crop windows of each original (slower on the originals).
        #[arg(long)]
        crops: bool,
    },
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Helplines => commands::helplines::run(),
        Command::Requests {
            case_json,
            lang,
            platform,
            no_search_engines,
        } => commands::requests::run(
            &case_json,
            lang.as_deref(),
            platform.as_deref(),
            no_search_engines,
        ),
        Command::Urls(command) => commands::urls::run(command),
        Command::Case { command } => {
            commands::case::run(cli.data_dir.as_deref(), cli.passphrase_stdin, command)
        }
        Command::Workspace { command } => {
            commands::workspace::run(cli.data_dir.as_deref(), cli.passphrase_stdin, command)
        }
        Command::Bundle(command) => commands::bundle::run(command),
        Command::Hash { paths, exact } => commands::hash::run(paths, exact),
        Command::Match {
            originals,
            found,
            threshold,
            crops,
        } => commands::find::run(originals, found, threshold, crops),
    }
}
