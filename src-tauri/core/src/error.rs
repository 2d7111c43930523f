//! The one error shape of the core: a machine-readable [`ErrorKind`] and a
//! message for logs and the command line.
//!
//! The UI never shows `message` to a person: it picks a sentence from its locale
//! files by `kind`. The CLI prints both.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What went wrong, as a stable machine-readable code.
///
/// Serialised in `snake_case`; the UI switches on it to choose the message it
/// shows in the person's language. Add variants at the end and give each one a
/// message in every locale (the `errors.ftl` file of each `ui/src/locales` folder).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorKind {
    /// Something the person typed or chose is not valid.
    InvalidInput,
    /// A file could not be read or written.
    Io,
    /// A file's format is not one Reclaim accepts.
    UnsupportedFormat,
    /// A file is larger than Reclaim will open safely.
    TooLarge,
    /// A file is damaged or not what its name says.
    Corrupt,
    /// The thing asked for does not exist.
    NotFound,
    /// The case is locked and must be unlocked first.
    Locked,
    /// The passphrase or recovery code did not open the case.
    WrongSecret,
    /// No usable OS keyring: a passphrase is needed.
    KeyringUnavailable,
    /// The case is open in another Reclaim window or process.
    Busy,
    /// A network look-up failed (only ever on the person's request).
    Network,
    /// The person cancelled the operation.
    Cancelled,
    /// The person in the images was a minor: images are never stored.
    MinorImagesRefused,
    /// A bug: the operation could not finish for an unexpected reason.
    Internal,
    /// Too many wrong passphrases in a row: wait a little before trying again.
    TooManyAttempts,
    /// A server did not answer in time.
    Timeout,
    /// Reclaim will not contact this address (inside the person's own network,
    /// or too many redirects).
    AddressRefused,
    /// The file is empty (0 bytes).
    EmptyFile,
    /// The file is cut short (an incomplete download or copy).
    Truncated,
    /// An iPhone HEIC/HEIF photo, which this computer cannot read: export
    /// it as JPEG ("Most Compatible" camera setting, or share/export as JPEG).
    HeicUnsupported,
    /// The image has too little detail (PDQ quality below 50) to be
    /// matched reliably, so it was not compared.
    LowQuality,
}

impl ErrorKind {
    /// The `snake_case` code, as serialised.
    pub fn code(self) -> &'static str {
        match self {
            Self::InvalidInput => "invalid_input",
            Self::Io => "io",
            Self::UnsupportedFormat => "unsupported_format",
            Self::TooLarge => "too_large",
            Self::Corrupt => "corrupt",
            Self::NotFound => "not_found",
            Self::Locked => "locked",
            Self::WrongSecret => "wrong_secret",
            Self::KeyringUnavailable => "keyring_unavailable",
            Self::Busy => "busy",
            Self::Network => "network",
            Self::Cancelled => "cancelled",
            Self::MinorImagesRefused => "minor_images_refused",
            Self::Internal => "internal",
            Self::TooManyAttempts => "too_many_attempts",
            Self::Timeout => "timeout",
            Self::AddressRefused => "address_refused",
            Self::EmptyFile => "empty_file",
            Self::Truncated => "truncated",
            Self::HeicUnsupported => "heic_unsupported",
            Self::LowQuality => "low_quality",
        }
    }
}

/// An error from the core: a kind for programs, a message for people reading logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, TS)]
#[error("{message}")]
#[ts(export)]
pub struct CoreError {
    pub kind: ErrorKind,
    pub message: String,
}

impl CoreError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }

    pub fn invalid_input(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidInput, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }
}

impl From<std::io::Error> for CoreError {
    fn from(err: std::io::Error) -> Self {
        let kind = match err.kind() {
            std::io::ErrorKind::NotFound => ErrorKind::NotFound,
            std::io::ErrorKind::InvalidInput | std::io::ErrorKind::InvalidData => {
                ErrorKind::InvalidInput
            }
            _ => ErrorKind::Io,
        };
        Self::new(kind, err.to_string())
    }
}

pub type CoreResult<T> = Result<T, CoreError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_serialises_as_its_code() {
        for kind in [
            ErrorKind::InvalidInput,
            ErrorKind::Io,
            ErrorKind::UnsupportedFormat,
            ErrorKind::TooLarge,
            ErrorKind::Corrupt,
            ErrorKind::NotFound,
            ErrorKind::Locked,
            ErrorKind::WrongSecret,
            ErrorKind::KeyringUnavailable,
            ErrorKind::Busy,
            ErrorKind::Network,
            ErrorKind::Cancelled,
            ErrorKind::MinorImagesRefused,
            ErrorKind::Internal,
            ErrorKind::TooManyAttempts,
            ErrorKind::Timeout,
            ErrorKind::AddressRefused,
            ErrorKind::EmptyFile,
            ErrorKind::Truncated,
            ErrorKind::HeicUnsupported,
            ErrorKind::LowQuality,
        ] {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.code()));
        }
    }

    #[test]
    fn error_crosses_boundaries_as_kind_and_message() {
        let err = CoreError::new(ErrorKind::TooLarge, "file is 2 GB");
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["kind"], "too_large");
        assert_eq!(json["message"], "file is 2 GB");
    }

    #[test]
    fn missing_file_is_not_found() {
        let err: CoreError = std::fs::read("/nonexistent/reclaim/file")
            .unwrap_err()
            .into();
        assert_eq!(err.kind, ErrorKind::NotFound);
    }
}
