//! The custody log, the whole-case snapshot and the integrity check.

use super::OpenCase;
use crate::vault::custody;
use crate::vault::db;
use crate::vault::model::*;
use crate::{CoreError, CoreResult};

impl OpenCase {
    pub fn custody_log(&self) -> CoreResult<Vec<CustodyEntry>> {
        custody::entries(&self.conn)
    }

    /// Appends an entry for an action taken outside the vault (e.g. "report_exported").
    pub fn record_custody(
        &mut self,
        action: &str,
        subject: &str,
        details: &serde_json::Value,
    ) -> CoreResult<CustodyEntry> {
        if action.is_empty() || action.len() > 100 || subject.len() > 200 {
            return Err(CoreError::invalid_input(
                "custody action or subject is empty or too long",
            ));
        }
        self.tx(|tx| custody::append(tx, action, subject, details))
    }

    /// Everything in the case except evidence bytes.
    pub fn snapshot(&self) -> CoreResult<CaseSnapshot> {
        Ok(CaseSnapshot {
            case: self.info()?,
            urls: self.urls()?,
            evidence: self.evidence()?,
            image_hashes: self.image_hashes()?,
            requests: self.requests()?,
            hash_service_cases: self.hash_service_cases()?,
            request_languages: self.request_languages()?,
            removed_urls: self.removed_urls()?,
            host_lookups: self.host_lookups()?,
            custody: self.custody_log()?,
        })
    }

    /// Checks the database (quick_check, cipher_integrity_check), every
    /// evidence file against its SHA-256 and size, and the custody chain.
    pub fn verify(&mut self) -> CoreResult<VerifyReport> {
        self.idle.touch();
        let mut problems = db::integrity_problems(&self.conn)?;
        let evidence = self.evidence()?;
        for e in &evidence {
            let (blob, _) = self.blob_name(e.id)?;
            match self.blobs.hash(&blob) {
                Ok((sha, size)) if sha == e.sha256 && size as i64 == e.size => {}
                Ok(_) => problems.push(format!("evidence {} no longer matches its SHA-256", e.id)),
                Err(err) => problems.push(format!("evidence {}: {}", e.id, err.message)),
            }
        }
        let entries = self.custody_log()?;
        problems.extend(custody::verify_chain(&entries));
        Ok(VerifyReport {
            ok: problems.is_empty(),
            evidence_checked: evidence.len(),
            custody_entries: entries.len(),
            problems,
        })
    }
}
