//! `reclaim-cli`: a thin command-line front over `reclaim-core`.
//!
//! The contract (ARCHITECTURE.md §6): all output is JSON, one object per line
//! unless a command says otherwise; exit 0 when the command ran (per-item
//! failures go in the item's `error` field), 2 on a usage error.

mod commands;
mod output;

use clap::{Parser, Subcommand};

/// Reclaim: get intimate images that were shared without consent taken down.
///
/// Every command prints JSON, one object per line. Images never leave this
/// computer: no command sends an image or its hashes over the network.
#[derive(Debug, Parser)]
#[command(name = "reclaim-cli", version, about, long_about)]
struct Cli {
    /// Where the vault lives (case commands).
    #[arg(long, global = true)]
    data_dir: Option<std::path::PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List the helplines shown on the "Safety first" screen.
    Helplines,
    /// Work with an exported evidence bundle (verify, timestamp).
    #[command(subcommand)]
    Bundle(commands::bundle::BundleCommand),
    /// Work with a case in the vault (export).
    #[command(subcommand)]
    Case(commands::case::CaseCommand),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Helplines => commands::helplines::run(),
        Command::Bundle(command) => commands::bundle::run(command),
        Command::Case(command) => commands::case::run(cli.data_dir, command),
    }
}
