//! What both backends share of the thread: the data of a comment's event.

use serde_json::{Value, json};

use super::history::change;
use crate::api::Status;

/// The data of `commented`: the comment, whether it is an internal note, and the status it
/// `answered` a question with (from, to), if it did.
pub(crate) fn commented(id: i64, internal: bool, answered: Option<(Status, Status)>) -> Value {
    let mut data = json!({ "comment": id, "internal": internal });
    if let Some((from, to)) = answered {
        data["changes"] = json!([change("status", Some(from.as_str()), Some(to.as_str()))]);
    }
    data
}
