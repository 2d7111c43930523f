//! Plain names the report shows instead of codes. The report cannot read the
//! legal bases (they sit with the letters, on the same layer), so the app
//! layer hands them over in the report's language (`app::file`). Without
//! them (a report made from a bare [`super::CaseFile`]) the ids are shown.

use std::collections::HashMap;

/// Names for what the case's records hold as ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlainNames {
    /// Legal basis id → its name in the report's language.
    pub legal_bases: HashMap<String, String>,
}

impl PlainNames {
    /// The name of legal basis `id`, or the id when none was given.
    pub fn basis(&self, id: &str) -> String {
        self.legal_bases
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }
}
