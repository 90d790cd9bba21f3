//! What both backends share of dedupe keys.

use serde_json::json;

use super::history::{change, changes};
use crate::server::error::Error;

/// The condition of `tickets_open_dedupe_key`, word for word as each backend's schema writes
/// it: an insert's conflict target must repeat it for the database to match the index.
pub(crate) const HOLDS_KEY: &str =
    "dedupe_key IS NOT NULL AND status NOT IN ('resolved', 'closed')";

/// The holder of a dedupe key is in a scope its caller sees; should that ever fail, the
/// caller learns nothing of it.
pub(crate) fn hidden_holder(err: Error) -> Error {
    match err {
        Error::NotFound(_) => Error::internal("a dedupe key led to a ticket its caller cannot see"),
        other => other,
    }
}

/// The data of an `occurred` event: occurrence `occurrence`, recorded by `comment`.
pub(crate) fn occurred_data(occurrence: i64, comment: i64) -> serde_json::Value {
    let (before, now) = ((occurrence - 1).to_string(), occurrence.to_string());
    let mut data = changes(&[change("occurrences", Some(&before), Some(&now))]);
    data["comment"] = json!(comment);
    data["occurrence"] = json!(occurrence);
    data
}
