//! Hashing images and videos on the device, and finding copies.
//!
//! * [`pdq`]: Meta's PDQ (what StopNCII-style programmes match on), written
//!   here on a luma buffer and bit-exact with the reference; [`Hash256`] is
//!   its 256-bit value in the reference's hex format. [`pdq_sampled`] is the
//!   same filter evaluated only at the 64x64 sampled points, for scanning.
//! * [`file`](mod@file): one file → SHA-256, MD5, PDQ (+ 8 dihedral variants), pHash,
//!   dHash; videos get SHA-256 and MD5 only, streamed.
//! * [`sniff`] and [`decode`]: formats by magic bytes (JPEG, PNG, WebP, GIF
//!   decoded; HEIC and videos recognised), caps on file size, pixels and
//!   allocations checked before decoding, DCT-scaled JPEG decode, EXIF
//!   orientation.
//! * [`scan`](mod@scan): folders, in parallel, results streamed, progress, cancel.
//! * [`matching`], [`mih`], [`popcount`]: which found image copies which
//!   original (any dihedral variant within 31 bits, quality >= 50), exact
//!   multi-index search, POPCNT detected at run time.
//! * [`crops`]: optional crop-window hashes of originals, to find copies cut
//!   up to 10 % at the edges.
//! * [`features`]: local features (corners, oriented 256-bit descriptors,
//!   geometric verification) that find an original inside a screenshot, a
//!   chat, a collage or a post, under overlaid text, cut, mirrored or turned
//!   a few degrees. On by default in `reclaim-cli match`.
//! * [`find`]: originals + found folders → one [`MatchResult`] per match
//!   (a collage can match several originals), or one per unmatched file.
//! * [`stored`]: the same against originals kept in a case as hashes only.
//!
//! For the app shell: [`scan()`] (hash folders) and [`find_copies`] (match)
//! take an `&AtomicBool` to cancel and two callbacks (`Fn + Sync`, called
//! from worker threads): one per result ([`HashedFile`] / [`MatchResult`]) and
//! one for [`ScanProgress`] (at most every 100 ms, and once at the end).
//!
//! Nothing in this module writes image bytes, thumbnails or decoded pixels
//! anywhere, and nothing touches the network.

pub mod budget;
pub mod crops;
pub mod decode;
pub mod document;
pub mod features;
pub mod file;
pub mod find;
pub mod hash256;
pub mod matching;
pub mod mih;
pub mod pdq;
pub mod pdq_sampled;
pub mod popcount;
pub mod scan;
pub mod small_grey;
pub mod sniff;
pub mod stored;
pub mod transform;

pub use crops::CropGrid;
pub use decode::{DecodeLimits, DecodeSize};
pub use features::FeatureConfig;
pub use file::{hash_file, FileHashes, HashOptions, HashedFile};
pub use find::{
    find_copies, match_found_files, FindSummary, FoundOutcome, Originals, SkippedOriginal,
};
pub use hash256::Hash256;
pub use matching::{MatchResult, Matcher, DEFAULT_THRESHOLD, MIN_QUALITY};
pub use pdq::{pdq_from_luma, PdqResult};
pub use scan::{collect_files, hash_files, scan, ScanProgress, ScanStage, ScanSummary};
pub use stored::{
    find_copies_of_stored, matcher_for_stored, CopiesSearch, FoundCopy, FoundFile, MatchHashes,
    StoredOriginal, UnreadableFile,
};
pub use transform::Transform;
