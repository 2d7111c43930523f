//! Hashing images and videos on the device, and finding copies.
//!
//! * [`pdq`]: Meta's PDQ (what StopNCII-style programmes match on), written
//!   here on a luma buffer and bit-exact with the reference.
//! * Nothing in this module writes image bytes, thumbnails or decoded pixels
//!   anywhere, and nothing touches the network.

pub mod crops;
pub mod decode;
pub mod file;
pub mod find;
pub mod hash256;
pub mod matching;
pub mod mih;
pub mod pdq;
pub mod popcount;
pub mod scan;
pub mod sniff;
pub mod transform;

pub use crops::CropGrid;
pub use decode::{DecodeLimits, DecodeSize};
pub use file::{hash_file, FileHashes, HashOptions, HashedFile};
pub use find::{find_copies, FindSummary, SkippedOriginal};
pub use hash256::Hash256;
pub use matching::{MatchResult, Matcher, DEFAULT_THRESHOLD, MIN_QUALITY};
pub use pdq::{pdq_from_luma, PdqResult};
pub use scan::{collect_files, hash_files, scan, ScanProgress, ScanStage, ScanSummary};
pub use transform::Transform;
