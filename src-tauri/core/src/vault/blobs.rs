//! Evidence files on disk: each one age-encrypted on its own (X25519 recipient
//! whose identity lives only inside the encrypted database), under a random
//! name, written temp → fsync → rename → fsync folder before its row commits.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use age::x25519;
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use super::fsutil::{random_name, sync_dir};
use crate::{CoreError, CoreResult, ErrorKind};

pub(crate) const BLOB_DIR: &str = "blobs";
pub(crate) const TMP_DIR: &str = "tmp";
const EXT: &str = ".age";
/// Largest evidence file accepted (a long screen recording fits; a disk image does not).
pub const MAX_EVIDENCE_BYTES: u64 = 2 * 1024 * 1024 * 1024;
const CHUNK: usize = 64 * 1024;

pub(crate) struct BlobStore {
    case_dir: PathBuf,
    identity: x25519::Identity,
}

/// What was written: the blob's name, the SHA-256 of the plaintext, its size.
pub(crate) struct Written {
    pub name: String,
    pub sha256: String,
    pub size: u64,
}

impl BlobStore {
    pub(crate) fn new(case_dir: &Path, identity: x25519::Identity) -> Self {
        Self {
            case_dir: case_dir.to_owned(),
            identity,
        }
    }

    fn blob_path(&self, name: &str) -> PathBuf {
        self.case_dir.join(BLOB_DIR).join(format!("{name}{EXT}"))
    }

    /// Encrypts everything `input` yields into a new blob. `head` is what the
    /// caller already read from `input` (to sniff the format).
    pub(crate) fn write(&self, head: &[u8], input: &mut dyn Read) -> CoreResult<Written> {
        let tmp_dir = self.case_dir.join(TMP_DIR);
        let blob_dir = self.case_dir.join(BLOB_DIR);
        fs::create_dir_all(&tmp_dir)?;
        fs::create_dir_all(&blob_dir)?;
        let name = random_name();
        let tmp = tmp_dir.join(format!("{name}{EXT}.part"));
        let result = self.encrypt_to(&tmp, head, input);
        let (sha256, size) = match result {
            Ok(v) => v,
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                return Err(e);
            }
        };
        let dest = self.blob_path(&name);
        fs::rename(&tmp, &dest)?;
        sync_dir(&blob_dir)?;
        Ok(Written { name, sha256, size })
    }

    fn encrypt_to(
        &self,
        tmp: &Path,
        head: &[u8],
        input: &mut dyn Read,
    ) -> CoreResult<(String, u64)> {
        let file = File::create(tmp)?;
        let recipient = self.identity.to_public();
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .map_err(|e| CoreError::internal(format!("age: {e}")))?;
        let mut writer = encryptor.wrap_output(BufWriter::new(file))?;
        let mut hasher = Sha256::new();
        let mut size = head.len() as u64;
        hasher.update(head);
        writer.write_all(head)?;
        let mut buf = vec![0u8; CHUNK];
        let copied = (|| -> CoreResult<()> {
            loop {
                let n = match input.read(&mut buf) {
                    Ok(0) => return Ok(()),
                    Ok(n) => n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    // A decrypting source (an import) that fails its checks.
                    Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                        return Err(CoreError::new(
                            ErrorKind::Corrupt,
                            format!("the data being stored is damaged: {e}"),
                        ))
                    }
                    Err(e) => return Err(e.into()),
                };
                size += n as u64;
                if size > MAX_EVIDENCE_BYTES {
                    return Err(CoreError::new(
                        ErrorKind::TooLarge,
                        "the file is larger than 2 GiB",
                    ));
                }
                hasher.update(&buf[..n]);
                writer.write_all(&buf[..n])?;
            }
        })();
        buf.zeroize();
        copied?;
        let buffered = writer.finish()?;
        let file = buffered.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok((hex::encode(hasher.finalize()), size))
    }

    pub(crate) fn reader(&self, name: &str) -> CoreResult<impl Read> {
        let file = File::open(self.blob_path(name)).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => {
                CoreError::new(ErrorKind::Corrupt, "an evidence file is missing")
            }
            _ => e.into(),
        })?;
        let decryptor = age::Decryptor::new_buffered(BufReader::new(file)).map_err(|e| {
            CoreError::new(
                ErrorKind::Corrupt,
                format!("an evidence file is damaged: {e}"),
            )
        })?;
        decryptor
            .decrypt(std::iter::once(&self.identity as &dyn age::Identity))
            .map_err(|e| {
                CoreError::new(
                    ErrorKind::Corrupt,
                    format!("an evidence file is damaged: {e}"),
                )
            })
    }

    /// Re-encrypts a blob for `target`'s key under a new name, as a stream
    /// (a key change); the plaintext never reaches the disk.
    pub(crate) fn reencrypt_into(&self, name: &str, target: &BlobStore) -> CoreResult<Written> {
        let mut reader = self.reader(name)?;
        target.write(&[], &mut reader)
    }

    /// Decrypts a blob into memory (never to disk).
    pub(crate) fn read(&self, name: &str) -> CoreResult<Zeroizing<Vec<u8>>> {
        // Room for the whole plaintext up front (the encrypted file is larger):
        // a growing Vec would free copies of the evidence without wiping them.
        let encrypted_len = fs::metadata(self.blob_path(name)).map_or(0, |m| m.len());
        let mut out = Zeroizing::new(Vec::with_capacity(
            usize::try_from(encrypted_len.min(MAX_EVIDENCE_BYTES)).unwrap_or(0),
        ));
        self.reader(name)?.read_to_end(&mut out).map_err(|e| {
            CoreError::new(
                ErrorKind::Corrupt,
                format!("an evidence file is damaged: {e}"),
            )
        })?;
        Ok(out)
    }

    /// Streams a blob through `sink` (export) and returns its SHA-256 and size.
    pub(crate) fn copy_to(&self, name: &str, sink: &mut dyn Write) -> CoreResult<(String, u64)> {
        let mut reader = self.reader(name)?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; CHUNK];
        let mut size = 0u64;
        let result = (|| -> CoreResult<()> {
            loop {
                let n = reader.read(&mut buf).map_err(|e| {
                    CoreError::new(
                        ErrorKind::Corrupt,
                        format!("an evidence file is damaged: {e}"),
                    )
                })?;
                if n == 0 {
                    return Ok(());
                }
                size += n as u64;
                hasher.update(&buf[..n]);
                sink.write_all(&buf[..n])?;
            }
        })();
        buf.zeroize();
        result?;
        Ok((hex::encode(hasher.finalize()), size))
    }

    /// SHA-256 and size of a blob's plaintext, decrypting as a stream.
    pub(crate) fn hash(&self, name: &str) -> CoreResult<(String, u64)> {
        self.copy_to(name, &mut io::sink())
    }

    /// Deletes one blob (an evidence file taken out of the case). A blob
    /// already gone is not an error.
    pub(crate) fn remove(&self, name: &str) -> CoreResult<()> {
        match fs::remove_file(self.blob_path(name)) {
            Ok(()) => Ok(sync_dir(&self.case_dir.join(BLOB_DIR))?),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Removes unfinished temp files and blobs no row refers to (left by a
    /// crash between the rename and the commit). Returns how many were removed.
    pub(crate) fn remove_orphans(&self, referenced: &HashSet<String>) -> CoreResult<usize> {
        let mut removed = 0;
        let tmp_dir = self.case_dir.join(TMP_DIR);
        if let Ok(entries) = fs::read_dir(&tmp_dir) {
            for entry in entries.flatten() {
                if fs::remove_file(entry.path()).is_ok() {
                    removed += 1;
                }
            }
        }
        let blob_dir = self.case_dir.join(BLOB_DIR);
        if let Ok(entries) = fs::read_dir(&blob_dir) {
            for entry in entries.flatten() {
                let file_name = entry.file_name();
                let file_name = file_name.to_string_lossy();
                let keep = file_name
                    .strip_suffix(EXT)
                    .is_some_and(|stem| referenced.contains(stem));
                if !keep && fs::remove_file(entry.path()).is_ok() {
                    removed += 1;
                }
            }
        }
        if removed > 0 {
            sync_dir(&blob_dir)?;
        }
        Ok(removed)
    }
}
