//! Which events one stream carries: the visibility rule first (`rules::can_see_event`, the
//! one reads apply), then the filters its caller asked for.

use super::FeedEvent;
use crate::api::{EventQuery, Status};
use crate::server::error::{Error, Result};
use crate::server::rules;
use crate::server::store::Actor;

/// The filters of one stream; every one given must match.
#[derive(Debug, Clone, Default)]
pub(crate) struct Filter {
    /// Stored keys; empty for any ticket.
    pub(crate) tickets: Vec<String>,
    /// Tickets the caller requested or is assigned.
    pub(crate) mine: bool,
    /// Tickets of this organisation (the caller's).
    pub(crate) organisation: Option<i64>,
    /// Tickets assigned to the caller.
    pub(crate) assigned: bool,
    pub(crate) status: Option<Status>,
}

impl Filter {
    /// The filters `query` asks `actor` for, the tickets left to the caller (once their keys
    /// are checked, [`super::EventFeed::position`]).
    pub(crate) fn of(actor: &Actor, query: &EventQuery) -> Result<Self> {
        let organisation = match query.my_organisation {
            // The rule of lists, in a stream's words: it follows the caller's own alone.
            Some(true) => Some(rules::own_organisation(actor).map_err(|_| {
                Error::invalid(
                    "my_organisation",
                    format!(
                        "{} belongs to no organisation, so has no organisation's tickets to follow",
                        actor.name
                    ),
                )
            })?),
            _ => None,
        };
        Ok(Self {
            tickets: Vec::new(),
            mine: query.mine == Some(true),
            organisation,
            assigned: query.assigned == Some(true),
            status: query.status,
        })
    }

    /// Whether `actor` is sent `event`.
    pub(crate) fn passes(&self, actor: &Actor, event: &FeedEvent) -> bool {
        let ticket = &event.ticket;
        if !rules::can_see_event(actor, ticket.ownership_for(actor), event.internal) {
            return false;
        }
        let assigned = ticket.assignee_id == Some(actor.id);
        let left_status = |status: Status| {
            event.event.changes.iter().any(|change| {
                change.field == "status" && change.from.as_deref() == Some(status.as_str())
            })
        };
        (self.tickets.is_empty() || self.tickets.contains(&event.event.ticket))
            && (!self.mine || ticket.requester_id == actor.id || assigned)
            && self
                .organisation
                .is_none_or(|org| ticket.organisation_id == Some(org))
            && (!self.assigned || assigned)
            && self
                .status
                .is_none_or(|status| event.event.status == status || left_status(status))
    }
}
