//! Files and folders only their owner can read (0600 / 0700 on Unix): the
//! bundle holds decrypted evidence, so no other account on the computer may
//! open it while it is written or after.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::Path;

/// Creates one folder (its parent must exist), owner-only.
pub fn create_dir(path: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(path)
}

/// Creates a new file (never an existing one, never through a symlink),
/// owner-only.
pub fn create_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Sets a folder to owner-only (the umask may have widened `create_dir`'s
/// mode only by removing bits, but an existing empty folder keeps its own).
pub fn restrict_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o700))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
