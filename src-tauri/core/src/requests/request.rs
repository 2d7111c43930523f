//! What the generator hands out: one [`Request`] per platform and channel, the
//! channel it goes through, its form fields, and the links it could not use.
//! The planning that fills them is in [`super::generate`].

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use ts_rs::TS;

use super::templates::Language;
use crate::error::CoreError;

/// Where the person sends a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum RequestChannel {
    /// A web form: copy each of `fields` into it.
    Form { url: String },
    /// An e-mail: the `.eml` draft or the `mailto:` link, or copy subject and body.
    Email { address: String },
    /// Inside the app: follow the steps, paste the body where there is a text box.
    /// `wording_unconfirmed`: the menu words are Reclaim's translation, not
    /// seen in a source, so the app's buttons may read slightly differently.
    InApp {
        steps: Vec<String>,
        #[serde(default)]
        wording_unconfirmed: bool,
    },
    /// Nobody known yet: steps to find the site's own form or its host's address.
    FindContact { steps: Vec<String> },
}

/// When to send it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Stage {
    /// Now.
    First,
    /// Another way to send the same report (web form instead of in-app, or the reverse):
    /// send one of the two.
    Alternative,
    /// When the first request was refused or not answered in time (e.g. GDPR to the DPO).
    IfNoAnswer,
}

/// Form fields in the order a form asks for them, serialised as a JSON object.
#[derive(Debug, Clone, Default, PartialEq, Eq, TS)]
#[ts(export, type = "Record<string, string>")]
pub struct Fields(pub Vec<(String, String)>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = std::collections::BTreeMap::<String, String>::deserialize(deserializer)?;
        Ok(Fields(map.into_iter().collect()))
    }
}

impl Fields {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
    pub(super) fn push(&mut self, key: &str, value: String) {
        if self.get(key).is_none() {
            self.0.push((key.to_string(), value));
        }
    }
}

impl Serialize for Fields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// One request, ready to send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Request {
    /// Catalogue id, or `unknown` for a site the catalogue does not know.
    pub platform: String,
    pub platform_name: String,
    pub channel: RequestChannel,
    /// Ids of the legal bases (see `legal_bases.toml`).
    pub legal_basis: Vec<String>,
    /// The language of subject, body and fields.
    pub language: Language,
    pub subject: String,
    pub body: String,
    /// One value per form field, keyed by element (`exact_urls`, `notifier_name`, …).
    pub fields: Fields,
    /// The URLs this request covers, verbatim.
    pub urls: Vec<String>,
    pub stage: Stage,
    /// Things to know before sending, in the person's language (e.g. the DMCA warning).
    pub warnings: Vec<String>,
    /// For e-mail: the draft as an `.eml` file.
    #[ts(optional)]
    pub eml: Option<String>,
    #[ts(optional)]
    pub mailto: Option<String>,
    /// The channel was seen in an official or curated source.
    pub verified: bool,
    /// The platform's own promised answer time, for the follow-up.
    #[ts(optional)]
    pub response_hours: Option<u32>,
    /// Form fields only the person can fill (e.g. `screenshots`, `search_terms`).
    pub to_fill: Vec<String>,
    /// Why Reclaim added this request although no link of the case is on this service
    /// (search engines delist the pages of other sites), in the person's language.
    #[serde(default)]
    #[ts(optional)]
    pub reason: Option<String>,
    /// On an account report (a threat case): the account reported. Such a request
    /// asks the platform to act against the account, not to remove content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub account: Option<String>,
}

/// A URL no request could be made for, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UrlProblem {
    pub url: String,
    pub error: CoreError,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Generated {
    pub requests: Vec<Request>,
    pub problems: Vec<UrlProblem>,
    /// A child-photo case: the report for the country's hotline (no request is
    /// written in anyone's name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub hotline: Option<super::hotline::HotlineReport>,
}
