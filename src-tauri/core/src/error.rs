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
    /// The person in the images was a minor: no page is fetched or kept as
    /// evidence (it could show them).
    MinorPageCaptureRefused,
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
    /// A text the person typed or pasted is longer than Reclaim keeps
    /// (not a file: see [`ErrorKind::TooLarge`]).
    TextTooLong,
    /// A host lookup asked the registries but found no address to write to
    /// about the site (nothing was kept): write to the site itself, or ask a
    /// helpline.
    HostNotFound,
    /// The person in the images was a minor: a copy found is not kept as
    /// evidence (it would store her images).
    MinorCopyRefused,
    /// What she asked to take out of the case was already taken out (the
    /// case keeps a record that it existed, nothing more).
    AlreadyRemoved,
    /// "Not sent after all" on a request that is not marked as sent (only a
    /// request marked sent, and nothing after it, can go back).
    NotMarkedSent,
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
            Self::MinorPageCaptureRefused => "minor_page_capture_refused",
            Self::Internal => "internal",
            Self::TooManyAttempts => "too_many_attempts",
            Self::Timeout => "timeout",
            Self::AddressRefused => "address_refused",
            Self::EmptyFile => "empty_file",
            Self::Truncated => "truncated",
            Self::HeicUnsupported => "heic_unsupported",
            Self::LowQuality => "low_quality",
            Self::TextTooLong => "text_too_long",
            Self::HostNotFound => "host_not_found",
            Self::MinorCopyRefused => "minor_copy_refused",
            Self::AlreadyRemoved => "already_removed",
            Self::NotMarkedSent => "not_marked_sent",
        }
    }
}

/// What the person entered or chose, named so a message can point at it.
///
/// The UI has a label for each (`field-<code>` in its locale files; a test
/// checks every one), so an error can say *which* field is not right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Field {
    Name,
    Email,
    Country,
    Language,
    Label,
    Passphrase,
    Url,
    Note,
    Ticket,
    CaseNumber,
    Date,
    Text,
    Platform,
    Status,
    Kind,
    /// What is happening (`model::Situation`).
    Situation,
}

impl Field {
    pub const ALL: [Field; 16] = [
        Field::Name,
        Field::Email,
        Field::Country,
        Field::Language,
        Field::Label,
        Field::Passphrase,
        Field::Url,
        Field::Note,
        Field::Ticket,
        Field::CaseNumber,
        Field::Date,
        Field::Text,
        Field::Platform,
        Field::Status,
        Field::Kind,
        Field::Situation,
    ];
}

/// The particulars of an error, where the person must know them to fix it:
/// which field, which limit, what was expected. Passed to the UI's messages
/// as arguments (`error-detail-<type>` in its locale files).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorDetail {
    /// A field that must be filled in is empty.
    Missing { field: Field },
    /// A field's text is longer than `max` characters (or bytes for URLs).
    TooLong {
        field: Field,
        #[ts(type = "number")]
        max: u64,
    },
    /// A field's text is shorter than `min` characters.
    TooShort {
        field: Field,
        #[ts(type = "number")]
        min: u64,
    },
    /// A field is not in the expected shape (`expected`: an example).
    BadFormat { field: Field, expected: String },
    /// A field's value is not one of `allowed`.
    NotOneOf { field: Field, allowed: Vec<String> },
    /// A file is larger than `max_bytes`.
    FileTooLarge {
        #[ts(type = "number")]
        max_bytes: u64,
    },
    /// The same thing is already recorded.
    AlreadyRecorded { field: Field },
    /// A status cannot follow the current one.
    NotAllowedNow { from: String, to: String },
    /// A link was refused; `reason` is the code of the URL check's
    /// `RejectReason` (`javascript:`, a hidden `name@`, text-direction
    /// characters, …), worded by the UI as `links-reject-<reason>`.
    UrlRefused { reason: String },
    /// A part of a case is damaged (not a wrong passphrase; no wrong try counted).
    Damaged { part: CasePart },
    /// The passphrase did not open the counsellor's private list of cases
    /// (not a case: no case counts a wrong try).
    WrongWorkspacePassphrase,
}

/// The parts of a case on disk, named so a message can say which one is damaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CasePart {
    /// `case.keys` and its copy: the locks of the case.
    KeyFile,
    /// `case.db` and its backup: the case's records.
    Database,
}

/// An error from the core: a kind for programs, a message for people reading
/// logs, and, where the person must know it, a typed detail.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, TS)]
#[error("{message}")]
#[ts(export)]
pub struct CoreError {
    pub kind: ErrorKind,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub detail: Option<ErrorDetail>,
}

impl CoreError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            detail: None,
        }
    }

    /// The same error with its particulars.
    pub fn with_detail(mut self, detail: ErrorDetail) -> Self {
        self.detail = Some(detail);
        self
    }

    pub fn invalid_input(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidInput, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }

    /// `field` must be filled in.
    pub fn missing(field: Field) -> Self {
        Self::invalid_input(format!("{} is missing", field_code(field)))
            .with_detail(ErrorDetail::Missing { field })
    }

    /// `field` is longer than `max` characters.
    pub fn text_too_long(field: Field, max: usize) -> Self {
        Self::new(
            ErrorKind::TextTooLong,
            format!("{} is longer than {max}", field_code(field)),
        )
        .with_detail(ErrorDetail::TooLong {
            field,
            max: max as u64,
        })
    }

    /// `field` is shorter than `min` characters.
    pub fn too_short(field: Field, min: usize) -> Self {
        Self::invalid_input(format!(
            "{} needs at least {min} characters",
            field_code(field)
        ))
        .with_detail(ErrorDetail::TooShort {
            field,
            min: min as u64,
        })
    }

    /// `field` is not in the expected shape; `expected` is an example.
    pub fn bad_format(field: Field, expected: &str) -> Self {
        Self::invalid_input(format!(
            "{} is not in the expected form ({expected})",
            field_code(field)
        ))
        .with_detail(ErrorDetail::BadFormat {
            field,
            expected: expected.to_owned(),
        })
    }

    /// A file larger than `max_bytes`.
    pub fn file_too_large(max_bytes: u64, message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TooLarge, message).with_detail(ErrorDetail::FileTooLarge { max_bytes })
    }

    /// Images of a minor are never stored.
    pub fn minor_images_refused() -> Self {
        Self::new(
            ErrorKind::MinorImagesRefused,
            "the person was under 18: images and screenshots are never stored",
        )
    }
}

/// The field in English words, for logs and the command line (the UI has its
/// own label for each field in every language).
fn field_code(field: Field) -> &'static str {
    match field {
        Field::Name => "the name",
        Field::Email => "the e-mail address",
        Field::Country => "the country",
        Field::Language => "the language",
        Field::Label => "the label",
        Field::Passphrase => "the passphrase",
        Field::Url => "the link",
        Field::Note => "the note",
        Field::Ticket => "the ticket number",
        Field::CaseNumber => "the case number",
        Field::Date => "the date",
        Field::Text => "the text",
        Field::Platform => "the platform",
        Field::Status => "the status",
        Field::Kind => "the kind",
        Field::Situation => "the situation",
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
            ErrorKind::TextTooLong,
            ErrorKind::HostNotFound,
            ErrorKind::MinorCopyRefused,
            ErrorKind::AlreadyRemoved,
            ErrorKind::NotMarkedSent,
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
    fn detail_names_the_field_and_the_limit() {
        let err = CoreError::text_too_long(Field::Note, 20_000);
        assert_eq!(err.kind, ErrorKind::TextTooLong);
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["detail"]["type"], "too_long");
        assert_eq!(json["detail"]["field"], "note");
        assert_eq!(json["detail"]["max"], 20_000);
        // No detail: the field is left out, as before.
        let plain = serde_json::to_value(CoreError::internal("x")).unwrap();
        assert!(plain.get("detail").is_none());
    }

    #[test]
    fn missing_file_is_not_found() {
        let err: CoreError = std::fs::read("/nonexistent/reclaim/file")
            .unwrap_err()
            .into();
        assert_eq!(err.kind, ErrorKind::NotFound);
    }
}
