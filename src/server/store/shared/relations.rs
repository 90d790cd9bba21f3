//! What both backends share of relations: their messages and the event of a link.

use serde_json::Value;

use super::history::{change, changes};
use crate::server::error::Error;

pub(crate) fn no_user(name: &str) -> Error {
    Error::NotFound(format!("no user '{name}'"))
}

pub(crate) fn not_watching(user: &str, key: &str) -> Error {
    Error::NotFound(format!("{user} does not watch {key}"))
}

pub(crate) fn not_to_itself() -> Error {
    Error::invalid("other", "a ticket is not related to itself")
}

pub(crate) fn not_linked(key: &str, other: &str) -> Error {
    Error::NotFound(format!("{key} is not linked to {other}"))
}

/// The kind and data of the event a ticket gets when it is linked to the ticket `named`, or
/// unlinked from it.
pub(crate) fn link_event(linked: bool, named: &str) -> (&'static str, Value) {
    let (kind, from, to) = if linked {
        ("linked", None, Some(named))
    } else {
        ("unlinked", Some(named), None)
    };
    (kind, changes(&[change("related", from, to)]))
}
