//! What both backends share of secrets: the data of their events (which never hold the
//! secret) and their messages.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};

use crate::server::error::Error;

/// The event data of a change to the secret: a field's change, as every event tells it.
fn change(from: Option<&str>, to: Option<&str>) -> Value {
    json!({ "changes": [{ "field": "secret", "from": from, "to": to }] })
}

/// A time as the events tell it: RFC 3339 to the millisecond, in UTC.
fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// The data of `secret-given`: whether it `replaced` one kept, and until when it is kept.
pub(crate) fn secret_given(replaced: bool, expires_at: DateTime<Utc>) -> Value {
    let mut data = change(replaced.then_some("given"), Some("given"));
    data["expires_at"] = json!(stamp(expires_at));
    data
}

/// The data of `secret-cleared`.
pub(crate) fn secret_cleared() -> Value {
    change(Some("given"), None)
}

/// The data of `secret-purged`: the secret that expired at `expired_at` is gone.
pub(crate) fn secret_purged(expired_at: DateTime<Utc>) -> Value {
    let mut data = change(Some("given"), None);
    data["expired_at"] = json!(stamp(expired_at));
    data
}

pub(crate) fn none_kept(key: &str) -> Error {
    Error::NotFound(format!(
        "{key} holds no secret: none was given, or it was cleared or has expired"
    ))
}
