//! One module per top-level command; each only translates arguments to core
//! calls and core results to JSON lines.

pub mod find;
pub mod hash;
pub mod helplines;
