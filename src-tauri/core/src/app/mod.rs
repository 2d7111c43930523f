//! The app layer: every operation on an open case that a screen or a CLI
//! command needs, one file per step of the flow. The Tauri commands
//! (`src-tauri/src`) and the CLI's `case …` subcommands are thin: they turn
//! their arguments into a call here and its result into their output.
//!
//! Layers (lower never imports higher):
//! `model ← hashing/urls/platforms ← vault/net ← requests/report ← app`.

pub mod capture;
pub mod case_requests;
pub mod copies;
pub mod corrections;
pub mod file;
pub mod flow;
pub mod followup;
pub mod host_lookup;
pub mod images;
pub mod liveness;
pub mod requests;
pub mod resume;
pub mod situations;
pub mod workspace;

pub use flow::{flow_for, Step, CASE_FLOW};
