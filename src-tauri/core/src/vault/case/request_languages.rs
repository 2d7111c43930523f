//! The language she chose for the requests to one service, kept in the case.

use rusqlite::params;
use serde_json::json;

use super::OpenCase;
use crate::model::Language;
use crate::vault::custody;
use crate::vault::fsutil::now_utc;
use crate::vault::model::RequestLanguage;
use crate::{CoreError, CoreResult};

impl OpenCase {
    /// Every language chosen for a service, by service.
    pub fn request_languages(&self) -> CoreResult<Vec<RequestLanguage>> {
        let mut stmt = self
            .conn
            .prepare("SELECT service, language FROM request_languages ORDER BY service")?;
        let rows = stmt.query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (service, code) = row?;
            // A code this build does not know is skipped, never guessed.
            if let Some(language) = Language::from_code(&code) {
                out.push(RequestLanguage { service, language });
            }
        }
        Ok(out)
    }

    /// Chooses the language of the requests to `service` (catalogue id, or
    /// `unknown:<host>`); `None` goes back to the service's own rules. The
    /// change is kept in the custody log with what it was before.
    pub fn set_request_language(
        &mut self,
        service: &str,
        language: Option<Language>,
    ) -> CoreResult<()> {
        let service = service.trim();
        if service.is_empty() || service.len() > 300 {
            return Err(CoreError::invalid_input("the service is empty or too long"));
        }
        let before = self
            .request_languages()?
            .into_iter()
            .find(|r| r.service == service)
            .map(|r| r.language);
        if before == language {
            return Ok(());
        }
        let now = now_utc();
        self.tx(|tx| {
            match language {
                Some(l) => tx.execute(
                    "INSERT INTO request_languages (service, language, set_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT(service) DO UPDATE SET language = excluded.language, set_at = excluded.set_at",
                    params![service, l.code(), now],
                )?,
                None => tx.execute(
                    "DELETE FROM request_languages WHERE service = ?1",
                    params![service],
                )?,
            };
            custody::append(
                tx,
                "request_language_changed",
                &format!("service:{service}"),
                &json!({ "from": before, "to": language }),
            )?;
            Ok(())
        })
    }
}
