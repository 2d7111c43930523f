//! Where things stand: a removal request, a link, a hash-service case.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a removal request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RequestStatus {
    Draft,
    Sent,
    /// The platform confirmed receipt (often with a ticket number).
    Acknowledged,
    Removed,
    Refused,
    /// The deadline passed without an answer.
    NoAnswer,
    /// Removed once, and found online again.
    CameBack,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 7] = [
        RequestStatus::Draft,
        RequestStatus::Sent,
        RequestStatus::Acknowledged,
        RequestStatus::Removed,
        RequestStatus::Refused,
        RequestStatus::NoAnswer,
        RequestStatus::CameBack,
    ];

    /// The `snake_case` code, as stored and serialised.
    pub fn code(self) -> &'static str {
        match self {
            RequestStatus::Draft => "draft",
            RequestStatus::Sent => "sent",
            RequestStatus::Acknowledged => "acknowledged",
            RequestStatus::Removed => "removed",
            RequestStatus::Refused => "refused",
            RequestStatus::NoAnswer => "no_answer",
            RequestStatus::CameBack => "came_back",
        }
    }

    /// Whether a request may move from `self` to `to`.
    pub fn can_move_to(self, to: RequestStatus) -> bool {
        use RequestStatus::*;
        matches!(
            (self, to),
            (Draft, Sent)
                | (Sent, Acknowledged | Removed | Refused | NoAnswer)
                | (Acknowledged, Removed | Refused | NoAnswer)
                // A late answer still counts.
                | (NoAnswer, Acknowledged | Removed | Refused | Sent)
                // Sent again (e.g. Google allows a new request), or removed after a complaint.
                | (Refused, Sent | Removed)
                | (Removed, CameBack)
                // A new report about the copy that came back.
                | (CameBack, Sent | Removed)
        )
    }
}

/// Whether a link still shows the images, as last recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum UrlStatus {
    /// When it was recorded: not a check.
    Found,
    /// A check found it still online.
    Online,
    /// A check found it gone (removed, 404/410, account suspended).
    Removed,
    /// Removed once, and online again.
    CameBack,
    /// A check could not reach the host. Cases made before "not checked"
    /// existed hold this for every check that could not tell; it is shown as
    /// "not checked" (see [`UrlStatus::is_conclusive`]).
    Unreachable,
    /// A check was tried and could not tell (offline, blocked, 403, 5xx): the
    /// link was not checked. Never means gone or unreachable; the status
    /// found before it stands.
    NotChecked,
}

impl UrlStatus {
    pub const ALL: [UrlStatus; 6] = [
        UrlStatus::Found,
        UrlStatus::Online,
        UrlStatus::Removed,
        UrlStatus::CameBack,
        UrlStatus::Unreachable,
        UrlStatus::NotChecked,
    ];

    /// The `snake_case` code, as stored and serialised.
    pub fn code(self) -> &'static str {
        match self {
            UrlStatus::Found => "found",
            UrlStatus::Online => "online",
            UrlStatus::Removed => "removed",
            UrlStatus::CameBack => "came_back",
            UrlStatus::Unreachable => "unreachable",
            UrlStatus::NotChecked => "not_checked",
        }
    }

    /// Whether this status is the outcome of a check (everything but `Found`).
    pub fn is_check(self) -> bool {
        self != UrlStatus::Found
    }

    /// Whether a check found something (online, gone, back). A check that
    /// could not tell, recorded as `not_checked` (or `unreachable` by older
    /// versions, which recorded every such check that way), says nothing
    /// about the images.
    pub fn is_conclusive(self) -> bool {
        matches!(
            self,
            UrlStatus::Online | UrlStatus::Removed | UrlStatus::CameBack
        )
    }
}

/// A service that blocks uploads by fingerprint: StopNCII (adults) and
/// NCMEC's Take It Down (images made before 18).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum HashService {
    Stopncii,
    TakeItDown,
}

impl HashService {
    pub const ALL: [HashService; 2] = [HashService::Stopncii, HashService::TakeItDown];

    /// The `snake_case` code, as stored and serialised.
    pub fn code(self) -> &'static str {
        match self {
            HashService::Stopncii => "stopncii",
            HashService::TakeItDown => "take_it_down",
        }
    }

    /// The service's own site, where the person makes the fingerprints and
    /// gets a case number. Reclaim never contacts it: only shown as text.
    pub fn site(self) -> &'static str {
        match self {
            HashService::Stopncii => "https://stopncii.org",
            HashService::TakeItDown => "https://takeitdown.ncmec.org",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_serialised_names() {
        for s in RequestStatus::ALL {
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.code())
            );
        }
        for s in UrlStatus::ALL {
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.code())
            );
        }
        for s in HashService::ALL {
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.code())
            );
        }
    }

    #[test]
    fn a_sent_request_cannot_go_back_to_draft() {
        assert!(RequestStatus::Draft.can_move_to(RequestStatus::Sent));
        assert!(!RequestStatus::Sent.can_move_to(RequestStatus::Draft));
        assert!(RequestStatus::Removed.can_move_to(RequestStatus::CameBack));
    }
}
