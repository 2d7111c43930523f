//! `reclaim-core`: everything Reclaim does that is neither UI nor Tauri.
//!
//! The desktop shell (`reclaim`) and the command-line front (`reclaim-cli`) only
//! translate arguments in and typed results out; the work happens here.

pub mod app;
pub mod error;
pub mod hashing;
pub mod model;
pub mod net;
pub mod platforms;
pub mod report;
pub mod requests;
pub mod safety;
pub mod urls;
pub mod vault;

pub use error::{CoreError, CoreResult, ErrorDetail, ErrorKind, Field};

/// The version of Reclaim, shared by the app and the CLI.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
