//! An event's data, as both backends record it.

use serde_json::json;

use crate::api::Change;

/// A field that changed, for an event's `changes`.
pub(crate) fn change(field: &str, from: Option<&str>, to: Option<&str>) -> Change {
    Change {
        field: field.to_owned(),
        from: from.map(str::to_owned),
        to: to.map(str::to_owned),
    }
}

/// An event's data that tells only what changed.
pub(crate) fn changes(changes: &[Change]) -> serde_json::Value {
    json!({ "changes": changes })
}
