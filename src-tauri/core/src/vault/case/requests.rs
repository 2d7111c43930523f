//! Removal requests: letters, tickets, deadlines and status history.

use rusqlite::{params, OptionalExtension, Transaction};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::checks::{
    check_text, check_time, code_of, column, ensure_exists, status_history, StatusTable,
};
use super::removals::kept_reason;
use super::OpenCase;
use crate::vault::custody;
use crate::vault::fsutil::now_utc;
use crate::vault::model::*;
use crate::{CoreError, CoreResult, ErrorKind};

/// Custody action: a request marked sent by mistake went back to not sent.
pub const REQUEST_SENT_UNDONE: &str = "request_sent_undone";
/// Custody action: a ticket number taken out of a request.
pub const TICKET_REMOVED: &str = "ticket_removed";
/// The reason kept when something typed wrong is replaced by its correction.
pub const CORRECTED: &str = "corrected";

impl OpenCase {
    pub fn add_request(&mut self, req: &NewRequest) -> CoreResult<i64> {
        if req.platform.trim().is_empty() {
            return Err(CoreError::invalid_input("the request needs a platform"));
        }
        check_text("subject", &req.subject)?;
        check_text("body", &req.body)?;
        check_time("deadline", &req.deadline)?;
        for url_id in &req.url_ids {
            ensure_exists(&self.conn, "urls", *url_id)?;
        }
        let now = now_utc();
        let legal = serde_json::to_string(&req.legal_bases)
            .map_err(|e| CoreError::internal(e.to_string()))?;
        self.tx(|tx| {
            tx.execute(
                "INSERT INTO requests (platform, channel, legal_bases, language, subject, body, deadline, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![req.platform, req.channel.to_string(), legal, req.language, req.subject, req.body, req.deadline, now],
            )?;
            let id = tx.last_insert_rowid();
            for url_id in &req.url_ids {
                tx.execute("INSERT OR IGNORE INTO request_urls (request_id, url_id) VALUES (?1, ?2)", params![id, url_id])?;
            }
            tx.execute(
                "INSERT INTO request_status (request_id, at, status) VALUES (?1, ?2, ?3)",
                params![id, now, code_of(RequestStatus::Draft)],
            )?;
            custody::append(
                tx,
                "request_added",
                &format!("request:{id}"),
                &json!({ "platform": req.platform, "url_ids": req.url_ids, "legal_bases": req.legal_bases }),
            )?;
            Ok(id)
        })
    }

    /// Records a new status (sent, acknowledged, removed, …). To keep the text
    /// exactly as sent, call [`OpenCase::set_request_text`] before marking it `sent`.
    pub fn set_request_status(
        &mut self,
        request_id: i64,
        status: RequestStatus,
        note: Option<&str>,
    ) -> CoreResult<()> {
        self.record_status(StatusTable::Request, request_id, code_of(status), note)
    }

    /// Replaces the subject and body (e.g. the person edited the letter before sending).
    pub fn set_request_text(
        &mut self,
        request_id: i64,
        subject: Option<&str>,
        body: Option<&str>,
    ) -> CoreResult<()> {
        check_text("subject", &subject.map(str::to_owned))?;
        check_text("body", &body.map(str::to_owned))?;
        self.tx(|tx| {
            ensure_exists(tx, "requests", request_id)?;
            tx.execute(
                "UPDATE requests SET subject = ?1, body = ?2 WHERE id = ?3",
                params![subject, body, request_id],
            )?;
            let digest = hex::encode(Sha256::digest(format!(
                "{}\n{}",
                subject.unwrap_or(""),
                body.unwrap_or("")
            )));
            custody::append(
                tx,
                "request_text",
                &format!("request:{request_id}"),
                &json!({ "text_sha256": digest }),
            )?;
            Ok(())
        })
    }

    pub fn add_ticket(&mut self, request_id: i64, ticket: &str) -> CoreResult<()> {
        if ticket.trim().is_empty() || ticket.len() > 1000 {
            return Err(CoreError::invalid_input(
                "the ticket number is empty or too long",
            ));
        }
        let now = now_utc();
        self.tx(|tx| {
            ensure_exists(tx, "requests", request_id)?;
            tx.execute(
                "INSERT INTO request_tickets (request_id, ticket, added_at) VALUES (?1, ?2, ?3)",
                params![request_id, ticket, now],
            )?;
            custody::append(
                tx,
                "ticket_added",
                &format!("request:{request_id}"),
                &json!({ "ticket": ticket }),
            )?;
            Ok(())
        })
    }

    /// Takes a ticket number typed wrong out of the request (the latest
    /// one with this text). The custody log records `ticket_removed`.
    pub fn remove_ticket(
        &mut self,
        request_id: i64,
        ticket: &str,
        reason: Option<&str>,
    ) -> CoreResult<()> {
        let reason = kept_reason(reason)?;
        self.tx(|tx| remove_ticket_in(tx, request_id, ticket, &reason))
    }

    /// Corrects a ticket number: the old one is taken out (reason
    /// "corrected") and the new one kept, its custody entry naming the one
    /// it replaces.
    pub fn correct_ticket(&mut self, request_id: i64, old: &str, new: &str) -> CoreResult<()> {
        let new = new.trim();
        if new.is_empty() || new.len() > 1000 {
            return Err(CoreError::invalid_input(
                "the ticket number is empty or too long",
            ));
        }
        let now = now_utc();
        self.tx(|tx| {
            remove_ticket_in(tx, request_id, old, &Some(CORRECTED.to_owned()))?;
            tx.execute(
                "INSERT INTO request_tickets (request_id, ticket, added_at) VALUES (?1, ?2, ?3)",
                params![request_id, new, now],
            )?;
            custody::append(
                tx,
                "ticket_added",
                &format!("request:{request_id}"),
                &json!({ "ticket": new, "replaces": old }),
            )?;
            Ok(())
        })
    }

    /// "I marked it as sent by mistake": the request goes back to not sent.
    /// Only a request whose last status is `sent` can (this is the one way
    /// back from sent; the follow-up's rules never allow it). Its deadline,
    /// which came with sending, is cleared; its status history keeps the
    /// sending and the undo, and the custody log records
    /// `request_sent_undone` with her reason.
    pub fn undo_request_sent(&mut self, request_id: i64, reason: Option<&str>) -> CoreResult<()> {
        let reason = kept_reason(reason)?;
        let now = now_utc();
        self.tx(|tx| {
            ensure_exists(tx, "requests", request_id)?;
            let last: Option<(String, String)> = tx
                .query_row(
                    "SELECT status, at FROM request_status WHERE request_id = ?1 ORDER BY id DESC LIMIT 1",
                    [request_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let sent_at = match last {
                Some((status, at)) if status == code_of(RequestStatus::Sent) => at,
                _ => {
                    return Err(CoreError::new(
                        ErrorKind::NotMarkedSent,
                        "this request is not marked as sent",
                    ))
                }
            };
            tx.execute(
                "INSERT INTO request_status (request_id, at, status, note) VALUES (?1, ?2, ?3, ?4)",
                params![request_id, now, code_of(RequestStatus::Draft), reason],
            )?;
            tx.execute(
                "UPDATE requests SET deadline = NULL WHERE id = ?1",
                [request_id],
            )?;
            custody::append(
                tx,
                REQUEST_SENT_UNDONE,
                &format!("request:{request_id}"),
                &json!({ "sent_at": sent_at, "reason": reason }),
            )?;
            Ok(())
        })
    }

    pub fn set_deadline(&mut self, request_id: i64, deadline: Option<&str>) -> CoreResult<()> {
        check_time("deadline", &deadline.map(str::to_owned))?;
        self.tx(|tx| {
            ensure_exists(tx, "requests", request_id)?;
            tx.execute(
                "UPDATE requests SET deadline = ?1 WHERE id = ?2",
                params![deadline, request_id],
            )?;
            custody::append(
                tx,
                "deadline_set",
                &format!("request:{request_id}"),
                &json!({ "deadline": deadline }),
            )?;
            Ok(())
        })
    }

    pub fn requests(&self) -> CoreResult<Vec<RequestRecord>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, platform, channel, legal_bases, language, subject, body, deadline, created_at FROM requests ORDER BY id")?;
        let mut out: Vec<RequestRecord> = stmt
            .query_map([], |r| {
                let channel: String = r.get(2)?;
                let legal: String = r.get(3)?;
                Ok(RequestRecord {
                    id: r.get(0)?,
                    platform: r.get(1)?,
                    channel: serde_json::from_str(&channel)
                        .unwrap_or(serde_json::Value::String(channel)),
                    legal_bases: serde_json::from_str(&legal).unwrap_or_default(),
                    language: r.get(4)?,
                    subject: r.get(5)?,
                    body: r.get(6)?,
                    url_ids: Vec::new(),
                    deadline: r.get(7)?,
                    tickets: Vec::new(),
                    created_at: r.get(8)?,
                    history: Vec::new(),
                })
            })?
            .collect::<Result<_, _>>()?;
        for req in &mut out {
            req.url_ids = column(
                &self.conn,
                "SELECT url_id FROM request_urls WHERE request_id = ?1 ORDER BY url_id",
                req.id,
            )?;
            req.tickets = column(
                &self.conn,
                "SELECT ticket FROM request_tickets WHERE request_id = ?1 AND removed_at IS NULL ORDER BY id",
                req.id,
            )?;
            let mut stmt = self.conn.prepare(
                "SELECT at, status, note FROM request_status WHERE request_id = ?1 ORDER BY id",
            )?;
            req.history = status_history(&mut stmt, req.id)?;
        }
        Ok(out)
    }
}

/// Marks the latest ticket `ticket` of the request removed, with its
/// custody entry (inside the caller's transaction).
fn remove_ticket_in(
    tx: &Transaction<'_>,
    request_id: i64,
    ticket: &str,
    reason: &Option<String>,
) -> CoreResult<()> {
    ensure_exists(tx, "requests", request_id)?;
    let row: Option<i64> = tx
        .query_row(
            "SELECT id FROM request_tickets WHERE request_id = ?1 AND ticket = ?2 AND removed_at IS NULL ORDER BY id DESC LIMIT 1",
            params![request_id, ticket],
            |r| r.get(0),
        )
        .optional()?;
    let Some(row) = row else {
        let was_there: bool = tx.query_row(
            "SELECT count(*) > 0 FROM request_tickets WHERE request_id = ?1 AND ticket = ?2",
            params![request_id, ticket],
            |r| r.get(0),
        )?;
        return Err(if was_there {
            CoreError::new(
                ErrorKind::AlreadyRemoved,
                "this ticket number was already taken out",
            )
        } else {
            CoreError::new(
                ErrorKind::NotFound,
                "this request has no such ticket number",
            )
        });
    };
    tx.execute(
        "UPDATE request_tickets SET removed_at = ?1 WHERE id = ?2",
        params![now_utc(), row],
    )?;
    custody::append(
        tx,
        TICKET_REMOVED,
        &format!("request:{request_id}"),
        &json!({ "ticket": ticket, "reason": reason }),
    )?;
    Ok(())
}
