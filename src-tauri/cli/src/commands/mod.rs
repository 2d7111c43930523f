//! One module per top-level command; each only translates arguments to core
//! calls and core results to JSON lines.

pub mod bundle;
pub mod case;
pub mod case_anchor;
pub mod case_capture;
pub mod case_corrections;
pub mod case_host_lookup;
pub mod case_steps;
pub mod find;
pub mod hash;
pub mod helplines;
pub mod requests;
pub mod urls;
pub mod workspace;
