//! The workflow: which status changes a ticket may go through and who may make them, in one
//! table, and what follows from a change (its resolution, its assignee, an escalation).

use super::access::Party;
use crate::api::{EscalationStage, Resolution, Status};
use crate::server::error::{Error, Result};

/// Who may make a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    /// Support alone: agents and admins.
    Support,
    /// The requester (or their organisation's admin) as well as support.
    Requester,
}

use Status::{Assigned, Closed, Confirmed, Escalated, Feedback, New, Resolved};
use Who::{Requester, Support};

/// Every status change allowed, and who may make it. Going to `escalated` is escalating
/// (`POST …/escalations`, with a reason); the rest go through `POST …/status`, `close`,
/// `reopen` and assignment. A requester's comment on a ticket in `feedback` answers it and
/// sends it back to where it was ([`status_after_comment`]); the service moves an escalated
/// ticket back to support when its escalation is resolved ([`status_after_escalation`]).
const TRANSITIONS: &[(Status, Status, Who)] = &[
    (New, Feedback, Support),
    (New, Confirmed, Support),
    (New, Assigned, Support),
    (New, Escalated, Requester),
    (New, Resolved, Support),
    (New, Closed, Requester),
    (Feedback, Confirmed, Support),
    (Feedback, Assigned, Support),
    (Feedback, Escalated, Requester),
    (Feedback, Resolved, Support),
    (Feedback, Closed, Requester),
    (Confirmed, Feedback, Support),
    (Confirmed, Assigned, Support),
    (Confirmed, Escalated, Requester),
    (Confirmed, Resolved, Support),
    (Confirmed, Closed, Requester),
    (Assigned, New, Support),
    (Assigned, Feedback, Support),
    (Assigned, Escalated, Requester),
    (Assigned, Resolved, Support),
    (Assigned, Closed, Requester),
    (Escalated, Feedback, Support),
    (Escalated, Assigned, Support),
    (Escalated, Resolved, Support),
    (Escalated, Closed, Requester),
    (Resolved, New, Requester),
    (Resolved, Assigned, Requester),
    (Resolved, Closed, Requester),
    (Closed, New, Requester),
    (Closed, Assigned, Requester),
];

fn allows(who: Who, party: Party) -> bool {
    match who {
        Support => party == Party::Staff,
        Requester => party != Party::Onlooker,
    }
}

/// The statuses `party` may move a ticket to from `from`, in the table's order.
pub(crate) fn transitions(party: Party, from: Status) -> Vec<Status> {
    TRANSITIONS
        .iter()
        .filter(|(f, _, who)| *f == from && allows(*who, party))
        .map(|(_, to, _)| *to)
        .collect()
}

/// Whether `party` may move ticket `key` from `from` to `to`. A refusal names what they may
/// do instead.
pub(crate) fn transition(party: Party, key: &str, from: Status, to: Status) -> Result<()> {
    if from == to {
        return Err(Error::Conflict(format!("{key} is already {to}")));
    }
    let allowed = TRANSITIONS
        .iter()
        .any(|(f, t, who)| *f == from && *t == to && allows(*who, party));
    if allowed {
        return Ok(());
    }
    let open = transitions(party, from);
    let instead = if open.is_empty() {
        "you may not change its status".to_owned()
    } else {
        let names: Vec<&str> = open.iter().map(|s| s.as_str()).collect();
        format!("you may move it to {}", names.join(", "))
    };
    Err(Error::Forbidden(format!(
        "{key} cannot go from {from} to {to} by you; {instead}"
    )))
}

/// The resolution a ticket has after moving from `from` to `to`: the one asked for (fixed
/// unless told) when it is resolved or closed; `reopened` when it comes back from there;
/// otherwise unchanged. A duplicate names its original, and only a duplicate does.
pub(crate) fn resolution_after(
    key: &str,
    from: Status,
    to: Status,
    current: Resolution,
    asked: Option<Resolution>,
    duplicate_of: Option<&str>,
) -> Result<Resolution> {
    if !to.is_open() {
        let resolution = asked.unwrap_or(Resolution::Fixed);
        return match (resolution, duplicate_of) {
            (Resolution::Open | Resolution::Reopened, _) => Err(Error::invalid(
                "resolution",
                format!("'{resolution}' does not end a ticket"),
            )),
            (Resolution::Duplicate, None) => Err(Error::invalid(
                "duplicate_of",
                "a duplicate needs the key of the original (--duplicate-of)",
            )),
            (Resolution::Duplicate, Some(original)) if original == key => Err(Error::invalid(
                "duplicate_of",
                "a ticket cannot duplicate itself",
            )),
            (other, Some(_)) if other != Resolution::Duplicate => Err(Error::invalid(
                "duplicate_of",
                "only a ticket closed as a duplicate names an original",
            )),
            _ => Ok(resolution),
        };
    }
    if asked.is_some() || duplicate_of.is_some() {
        return Err(Error::invalid(
            "resolution",
            format!("a resolution goes with resolved or closed, not {to}"),
        ));
    }
    Ok(if from.is_open() {
        current
    } else {
        Resolution::Reopened
    })
}

/// Closing a resolved ticket without naming a resolution confirms the one support gave it
/// (and the original it duplicates): the requester's "yes, it is fixed".
pub(crate) fn confirms_resolution(
    from: Status,
    to: Status,
    asked: Option<Resolution>,
    duplicate_of: Option<&str>,
) -> bool {
    from == Resolved && to == Closed && asked.is_none() && duplicate_of.is_none()
}

/// Where a reopened ticket goes: back to whoever had it, or to be taken.
pub(crate) fn reopen_target(key: &str, status: Status, assigned: bool) -> Result<Status> {
    if status.is_open() {
        return Err(Error::Conflict(format!("{key} is {status}, not closed")));
    }
    Ok(if assigned { Assigned } else { New })
}

/// A ticket going to `assigned` needs someone to be assigned; one going back to `new` waits
/// to be taken, so it keeps no assignee.
pub(crate) fn assignee_after(key: &str, to: Status, assigned: bool) -> Result<Option<bool>> {
    match to {
        Assigned if !assigned => Err(Error::Conflict(format!(
            "{key} has no assignee: assign it instead (tik assign {key} USER)"
        ))),
        New => Ok(Some(false)),
        _ => Ok(None),
    }
}

/// The status a change of assignee leads to: a new or confirmed ticket given to someone is
/// `assigned`; an assigned ticket left to nobody goes back to `new`, waiting to be taken.
pub(crate) fn status_on_assignment(status: Status, assigned: bool) -> Status {
    match (status, assigned) {
        (New | Confirmed, true) => Assigned,
        (Assigned, false) => New,
        (other, _) => other,
    }
}

/// A comment from the requester's side on a ticket waiting for them answers it: the ticket
/// goes back to where it was before support asked.
pub(crate) fn status_after_comment(
    party: Party,
    status: Status,
    before_feedback: Option<Status>,
    assigned: bool,
) -> Option<Status> {
    (party == Party::Requester && status == Feedback).then(|| {
        before_feedback
            .filter(|s| s.is_open() && *s != Feedback)
            .unwrap_or(if assigned { Assigned } else { New })
    })
}

/// Escalating: a transition to `escalated` (so by the requester or support), once at a time.
pub(crate) fn may_escalate(
    party: Party,
    key: &str,
    status: Status,
    has_active_escalation: bool,
) -> Result<()> {
    if has_active_escalation || status == Escalated {
        return Err(Error::Conflict(format!(
            "{key} already has an escalation under way"
        )));
    }
    if !status.is_open() {
        return Err(Error::Conflict(format!(
            "{key} is {status}; only an open ticket can be escalated"
        )));
    }
    transition(party, key, status, Escalated)
}

/// Moving an escalation on: support's, forward through the stages (one or more at a time).
pub(crate) fn may_move_escalation(
    party: Party,
    key: &str,
    from: EscalationStage,
    to: EscalationStage,
) -> Result<()> {
    if party != Party::Staff {
        return Err(Error::Forbidden(
            "only an agent may move an escalation through its stages".into(),
        ));
    }
    if (to as u8) <= (from as u8) {
        return Err(Error::Conflict(format!(
            "{key} is at {from}; an escalation moves forward ({})",
            EscalationStage::ALL
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" → ")
        )));
    }
    Ok(())
}

/// Where an escalated ticket goes once its escalation is resolved: back to support, to
/// resolve and close.
pub(crate) fn status_after_escalation(status: Status, assigned: bool) -> Option<Status> {
    (status == Escalated).then_some(if assigned { Assigned } else { New })
}

/// The satisfaction rating: the requester's (or their organisation admin's), once, after
/// closing.
pub(crate) fn may_rate(party: Party, key: &str, status: Status, rated: bool) -> Result<()> {
    if party != Party::Requester {
        return Err(Error::Forbidden(format!(
            "only the requester of {key} may rate it"
        )));
    }
    if status != Closed {
        return Err(Error::Conflict(format!(
            "{key} is {status}; a ticket is rated once it is closed"
        )));
    }
    if rated {
        return Err(Error::Conflict(format!("{key} is already rated")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_transition_is_in_the_table_once() {
        for (i, (from, to, _)) in TRANSITIONS.iter().enumerate() {
            assert_ne!(from, to);
            assert!(
                TRANSITIONS[i + 1..]
                    .iter()
                    .all(|(f, t, _)| (f, t) != (from, to)),
                "{from} → {to} twice"
            );
        }
    }

    #[test]
    fn every_status_can_be_left_and_every_open_one_closed() {
        for status in Status::ALL {
            assert!(!transitions(Party::Staff, *status).is_empty(), "{status}");
            if *status != Closed {
                assert!(
                    transitions(Party::Requester, *status).contains(&Closed),
                    "{status}"
                );
            }
        }
        for status in Status::ALL {
            assert!(transitions(Party::Onlooker, *status).is_empty());
        }
    }

    #[test]
    fn only_support_confirms_assigns_and_resolves() {
        for to in [Confirmed, Assigned, Resolved, Feedback] {
            assert!(transition(Party::Requester, "CS-1", New, to).is_err());
            assert!(transition(Party::Staff, "CS-1", New, to).is_ok());
        }
        let refusal = transition(Party::Requester, "CS-1", New, Resolved)
            .unwrap_err()
            .to_string();
        assert!(refusal.contains("escalated, closed"), "{refusal}");
    }

    #[test]
    fn duplicate_needs_an_original() {
        let close_as = |resolution, duplicate_of| {
            resolution_after(
                "CS-2",
                New,
                Closed,
                Resolution::Open,
                Some(resolution),
                duplicate_of,
            )
        };
        assert!(close_as(Resolution::Duplicate, None).is_err());
        assert!(close_as(Resolution::Duplicate, Some("CS-2")).is_err());
        assert_eq!(
            close_as(Resolution::Duplicate, Some("CS-1")).unwrap(),
            Resolution::Duplicate
        );
        assert!(close_as(Resolution::Fixed, Some("CS-1")).is_err());
        assert!(close_as(Resolution::Reopened, None).is_err());
    }

    #[test]
    fn an_answer_sends_a_ticket_back_to_where_it_was() {
        let answer = |party, before| status_after_comment(party, Feedback, before, true);
        assert_eq!(answer(Party::Requester, Some(Confirmed)), Some(Confirmed));
        assert_eq!(answer(Party::Requester, None), Some(Assigned));
        assert_eq!(answer(Party::Staff, Some(Confirmed)), None);
        assert_eq!(answer(Party::Onlooker, Some(Confirmed)), None);
    }

    #[test]
    fn only_closed_tickets_reopen() {
        assert!(reopen_target("CS-1", New, false).is_err());
        assert_eq!(reopen_target("CS-1", Closed, true).unwrap(), Assigned);
    }
}
