//! What both backends share: the rules of data that hold no SQL (an event's data, a list's
//! cursor, a comment's excerpt), one place each, a file an aggregate.

pub(super) mod attachments;
pub(super) mod catalogue;
pub(super) mod dedupe;
pub(super) mod escalations;
pub(super) mod events;
pub(super) mod history;
pub(super) mod people;
pub(super) mod relations;
pub(super) mod secrets;
pub(super) mod thread;
pub(super) mod tickets;
pub(super) mod workflow;
