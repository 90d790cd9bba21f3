//! What both backends share of the workflow: what a status change does, as the rules decide
//! it before anything is written, and the data of the workflow's events.

use serde_json::{Value, json};

use super::history::{change, changes};
use crate::api::{Change, NewRating, Resolution, Status, StatusChange, Ticket};
use crate::server::error::{Error, Result};
use crate::server::rules::{self, Party};

/// What moving a ticket to another status writes, once the workflow's rules allow it.
pub(crate) struct StatusPlan {
    pub(crate) to: Status,
    pub(crate) resolution: Resolution,
    pub(crate) duplicate_of: Option<String>,
    /// Whether the ticket loses its assignee.
    pub(crate) unassign: bool,
    /// Whether it comes back open, and so takes its dedupe key again.
    pub(crate) reopens: bool,
    /// Where it was, when it goes to `feedback`: the requester's answer sends it back there.
    pub(crate) before_feedback: Option<&'static str>,
    /// The changes its event records.
    pub(crate) recorded: Vec<Change>,
}

/// What moving `ticket` (of which the caller is `party`, and which has an assignee when
/// `assigned`) to `change_to.status` does, if the workflow allows it.
pub(crate) fn plan_status(
    party: Party,
    ticket: &Ticket,
    assigned: bool,
    change_to: &StatusChange,
) -> Result<StatusPlan> {
    let key = &ticket.key;
    let (from, to) = (ticket.status, change_to.status);
    rules::transition(party, key, from, to)?;
    if to == Status::Escalated {
        return Err(Error::invalid(
            "status",
            format!("an escalation needs a reason: tik escalate {key} --reason …"),
        ));
    }
    let confirmed = rules::confirms_resolution(
        from,
        to,
        change_to.resolution,
        change_to.duplicate_of.as_deref(),
    );
    let (resolution, duplicate_of) = if confirmed {
        (ticket.resolution, ticket.duplicate_of.clone())
    } else {
        let resolution = rules::resolution_after(
            key,
            from,
            to,
            ticket.resolution,
            change_to.resolution,
            change_to.duplicate_of.as_deref(),
        )?;
        (resolution, change_to.duplicate_of.clone())
    };
    let unassign = rules::assignee_after(key, to, assigned)? == Some(false);
    let mut recorded = vec![change("status", Some(from.as_str()), Some(to.as_str()))];
    if resolution != ticket.resolution {
        recorded.push(change(
            "resolution",
            Some(ticket.resolution.as_str()),
            Some(resolution.as_str()),
        ));
    }
    if unassign && assigned {
        recorded.push(change("assignee", ticket.assignee.as_deref(), None));
    }
    Ok(StatusPlan {
        to,
        resolution,
        duplicate_of,
        unassign,
        reopens: to.is_open() && !from.is_open(),
        before_feedback: (to == Status::Feedback).then_some(from.as_str()),
        recorded,
    })
}

/// The comment a status change comes with, unless it is blank.
pub(crate) fn status_comment(change_to: &StatusChange) -> Option<&str> {
    change_to
        .comment
        .as_deref()
        .filter(|c| !c.trim().is_empty())
}

/// The data of `status-changed`: what changed, and the comment that came with it.
pub(crate) fn status_changed(recorded: &[Change], comment: Option<i64>) -> Value {
    let mut data = changes(recorded);
    if let Some(id) = comment {
        data["comment"] = json!(id);
    }
    data
}

/// A rating's remark, unless it is blank.
pub(crate) fn remark(rating: &NewRating) -> Option<&str> {
    rating
        .remark
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
}

/// The data of `rated`.
pub(crate) fn rated(rating: &NewRating) -> Value {
    let score = rating.score.to_string();
    changes(&[change("rating", None, Some(&score))])
}

/// The data of `support-access`: the consent went from `from` to `to`.
pub(crate) fn support_access(from: bool, to: bool) -> Value {
    let word = |granted: bool| if granted { "granted" } else { "revoked" };
    changes(&[change("support_access", Some(word(from)), Some(word(to)))])
}
