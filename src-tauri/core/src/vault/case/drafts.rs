//! What she typed but has not kept yet, kept in the encrypted case so that it
//! survives moving to another step, an automatic lock or closing the app.
//! A draft is not a record: it is not in the custody log, the report or a
//! hand-over, and it is replaced by each new draft.

use super::checks::MAX_TEXT_BYTES;
use super::OpenCase;
use crate::error::Field;
use crate::{CoreError, CoreResult};

/// The `case_settings` name of the links pasted on "Where are the images?".
const LINKS_DRAFT: &str = "links_draft";

impl OpenCase {
    /// The links pasted but not kept yet (empty when there are none).
    pub fn links_draft(&self) -> CoreResult<String> {
        Ok(self.setting::<String>(LINKS_DRAFT)?.unwrap_or_default())
    }

    /// Keeps the pasted text as the links draft; blank text removes it.
    pub fn set_links_draft(&mut self, text: &str) -> CoreResult<()> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(CoreError::text_too_long(Field::Text, MAX_TEXT_BYTES));
        }
        let keep = (!text.trim().is_empty()).then_some(text);
        self.set_setting(LINKS_DRAFT, keep.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use secrecy::SecretString;

    use crate::vault::tests::{fast, new_case};
    use crate::vault::{Unlock, Vault};
    use crate::ErrorKind;

    const PASSPHRASE: &str = "a long passphrase here";

    #[test]
    fn a_links_draft_survives_locking_and_is_not_a_record() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::without_keyring(dir.path());
        let mut case = vault
            .create_case(&new_case("draft"), fast(PASSPHRASE))
            .unwrap();
        let code = case.code().to_owned();
        assert_eq!(case.links_draft().unwrap(), "");

        let pasted = "https://x.com/a/status/1\nhttps://unknown.example/p";
        case.set_links_draft(pasted).unwrap();
        case.lock();
        let (case, _) = vault
            .open_case(
                &code,
                Unlock::Passphrase(SecretString::from(PASSPHRASE.to_owned())),
            )
            .unwrap();
        assert_eq!(
            case.links_draft().unwrap(),
            pasted,
            "the draft is back after a lock"
        );
        let log = serde_json::to_string(&case.custody_log().unwrap()).unwrap();
        assert!(
            !log.contains("unknown.example"),
            "a draft is not written in the custody log: {log}"
        );
        assert!(case.urls().unwrap().is_empty(), "nor kept as a link");
    }

    #[test]
    fn a_blank_draft_removes_it_and_a_huge_one_is_refused_without_losing_the_old() {
        let dir = tempfile::tempdir().unwrap();
        let vault = Vault::without_keyring(dir.path());
        let mut case = vault
            .create_case(&new_case("draft"), fast(PASSPHRASE))
            .unwrap();
        case.set_links_draft("https://x.com/a/status/1").unwrap();
        let huge = "x".repeat(super::MAX_TEXT_BYTES + 1);
        let err = case.set_links_draft(&huge).unwrap_err();
        assert_eq!(err.kind, ErrorKind::TextTooLong);
        assert_eq!(case.links_draft().unwrap(), "https://x.com/a/status/1");
        case.set_links_draft("  \n").unwrap();
        assert_eq!(case.links_draft().unwrap(), "");
    }
}
