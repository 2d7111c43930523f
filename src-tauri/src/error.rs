//! The one error type that crosses IPC: `{ kind, message }`.
//!
//! It has the same shape as `reclaim_core::CoreError` (whose generated
//! TypeScript type the UI uses); the UI chooses what to show by `kind`.

use reclaim_core::{CoreError, ErrorKind};
use serde::Serialize;

#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct AppError(CoreError);

impl From<CoreError> for AppError {
    fn from(err: CoreError) -> Self {
        Self(err)
    }
}

impl From<tauri::Error> for AppError {
    fn from(err: tauri::Error) -> Self {
        Self(CoreError::new(ErrorKind::Internal, err.to_string()))
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for AppError {}

pub type AppResult<T> = Result<T, AppError>;
