//! Times, written one way everywhere: stored and exported as RFC 3339 in UTC
//! to the second (`2026-11-23T16:32:32Z`), shown in the report as
//! `2026-11-23 16:32:32 UTC`, dates as ISO 8601 (`2026-11-23`).

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, UtcOffset};

/// Now, as stored: RFC 3339 in UTC, whole seconds.
pub fn now_utc() -> String {
    format_utc(OffsetDateTime::now_utc())
}

/// `at` as stored: RFC 3339 in UTC, whole seconds.
pub fn format_utc(at: OffsetDateTime) -> String {
    let at = at
        .to_offset(UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(at);
    at.format(&Rfc3339)
        .unwrap_or_else(|_| at.unix_timestamp().to_string())
}

/// Seconds since the Unix epoch, as stored.
pub fn format_unix_utc(secs: u64) -> String {
    let secs = i64::try_from(secs).unwrap_or(i64::MAX);
    OffsetDateTime::from_unix_timestamp(secs)
        .map(format_utc)
        .unwrap_or_else(|_| secs.to_string())
}

/// Parses an RFC 3339 time (any offset).
pub fn parse(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).ok()
}

/// `2026-11-23 16:32:32 UTC`: for people reading the report.
pub fn display_utc(at: OffsetDateTime) -> String {
    let fmt = format_description!("[year]-[month]-[day] [hour]:[minute]:[second] UTC");
    at.to_offset(UtcOffset::UTC)
        .format(&fmt)
        .unwrap_or_else(|_| at.to_string())
}

/// `2026-11-23 17:32:32 (UTC+01:00)`: the time as the device showed it.
pub fn display_local(at: OffsetDateTime) -> String {
    let fmt = format_description!(
        "[year]-[month]-[day] [hour]:[minute]:[second] (UTC[offset_hour sign:mandatory]:[offset_minute])"
    );
    at.format(&fmt).unwrap_or_else(|_| at.to_string())
}

/// Parses an ISO 8601 calendar date (`2026-11-23`), refusing impossible ones.
pub fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text, format_description!("[year]-[month]-[day]")).ok()
}

/// Whether `text` is an ISO 8601 calendar date that exists.
pub fn is_iso_date(text: &str) -> bool {
    text.len() == 10 && parse_date(text).is_some()
}

/// Serde for a [`Date`] written as `2026-11-23` (data files, JSON).
pub mod iso_date {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&date.to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        super::parse_date(&text)
            .ok_or_else(|| D::Error::custom(format!("{text:?} is not a date like 2026-11-23")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_way_to_write_a_time() {
        let at = parse("2026-11-23T17:32:32.750+01:00").unwrap();
        assert_eq!(format_utc(at), "2026-11-23T16:32:32Z");
        assert_eq!(display_utc(at), "2026-11-23 16:32:32 UTC");
        assert_eq!(display_local(at), "2026-11-23 17:32:32 (UTC+01:00)");
        assert_eq!(format_unix_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_unix_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_unix_utc(1_795_451_552), "2026-11-23T16:32:32Z");
    }

    #[test]
    fn dates_that_do_not_exist_are_refused() {
        assert!(is_iso_date("2026-02-28"));
        assert!(!is_iso_date("2026-02-30"));
        assert!(!is_iso_date("2026-13-01"));
        assert!(!is_iso_date("26-01-01"));
        assert!(!is_iso_date("2026-1-01"));
    }
}
