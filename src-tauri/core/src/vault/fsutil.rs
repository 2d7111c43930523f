//! Small file-system helpers for "nothing lost": atomic writes and directory
//! syncs, random names, UTC timestamps.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use rand::RngCore;

/// Fills a fresh array with bytes from the operating system's generator.
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut out);
    out
}

/// `n` random bytes as lower-case hex: names that say nothing about content.
pub(crate) fn random_name() -> String {
    hex::encode(random_bytes::<16>())
}

/// Makes a rename or a new file in `dir` durable (POSIX needs the directory
/// itself synced; Windows has no directory handles to sync and commits renames
/// through NTFS's journal).
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
    Ok(())
}

/// Writes `bytes` to `path` so that a crash leaves either the old file or the
/// new one, never half of it: temp file in the same folder → fsync → rename →
/// fsync folder.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no folder"))?;
    let tmp = dir.join(format!(".{}.part", random_name()));
    let result = (|| {
        let mut file = File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

pub(crate) use crate::model::timestamp::{format_utc, now_utc, parse as parse_time};

/// Seconds since the Unix epoch on the wall clock (keeps counting across
/// suspend, unlike a monotonic clock on Linux).
pub(crate) fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}
