//! Reading a bundle that may be hostile: regular files only (a symlink, FIFO,
//! device or socket is named and never opened), hashing streamed in small
//! chunks, every file read whole capped, and the walk bounded in depth and
//! in count. Memory stays bounded whatever the folder holds.

use std::collections::BTreeSet;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::{problem, BundleProblem, BundleProblemKind};

/// More files than any real bundle holds (one per evidence file, plus five).
pub const MAX_FILES: usize = 50_000;
/// Folders deeper than this are not walked (a bundle has two levels).
const MAX_DEPTH: usize = 8;
const CHUNK: usize = 64 * 1024;

/// What kind of thing a path is, in words, when it is not a regular file.
fn odd_kind(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_symlink() {
        return "a symbolic link";
    }
    "not a regular file"
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The regular files under `root` (relative, `/`-separated). Anything else
/// is a problem, and is never followed or opened.
pub fn list(root: &Path, problems: &mut Vec<BundleProblem>) -> io::Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    walk(root, root, 0, &mut out, problems)?;
    Ok(out)
}

fn walk(
    root: &Path,
    dir: &Path,
    depth: usize,
    out: &mut BTreeSet<String>,
    problems: &mut Vec<BundleProblem>,
) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        // The entry's own type: a symlink is reported as a symlink, not followed.
        let kind = entry.file_type()?;
        let path = entry.path();
        let rel = relative(root, &path);
        if kind.is_dir() {
            if depth + 1 >= MAX_DEPTH {
                problems.push(problem(
                    Some(&rel),
                    BundleProblemKind::Unlisted,
                    format!("{rel} is nested deeper than any bundle; it was not read"),
                ));
                continue;
            }
            walk(root, &path, depth + 1, out, problems)?;
        } else if kind.is_file() {
            if out.len() >= MAX_FILES {
                problems.push(problem(
                    None,
                    BundleProblemKind::Unreadable,
                    format!("the folder holds more than {MAX_FILES} files; the rest were not read"),
                ));
                return Ok(());
            }
            out.insert(rel);
        } else {
            problems.push(problem(
                Some(&rel),
                BundleProblemKind::NotRegularFile,
                format!(
                    "{rel} is {}, not a file; a bundle holds only files, so it was not opened",
                    odd_kind(&kind)
                ),
            ));
        }
    }
    Ok(())
}

/// Opens a file for reading without following a symlink and without
/// blocking on a FIFO put in its place since the listing; anything but a
/// regular file is refused.
pub fn open_regular(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file",
        ));
    }
    Ok(file)
}

/// SHA-256 (lower-case hex) and size of a file, read in 64 KiB chunks.
pub fn hash(path: &Path) -> io::Result<(String, u64)> {
    let mut file = open_regular(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; CHUNK];
    let mut size = 0u64;
    loop {
        match file.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                hasher.update(&buf[..n]);
                size += n as u64;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok((hex::encode(hasher.finalize()), size))
}

/// A whole file, refused when larger than `cap` bytes.
pub fn read_capped(path: &Path, cap: u64) -> io::Result<Vec<u8>> {
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "larger than {} MiB, more than a bundle ever writes",
                cap >> 20
            ),
        ));
    }
    Ok(bytes)
}
