//! Who may see a ticket, who a caller is to a ticket they see, and what that lets them do
//! besides moving it through the workflow.

use super::closed;
use crate::api::{Role, Status, TicketPatch, Visibility};
use crate::server::error::{Error, Result};
use crate::server::store::Actor;

/// What a caller may see of the tickets, in the terms the store filters by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Everything,
    /// A requester's own tickets, those they watch, and those of their organisation that are
    /// not private.
    Requester {
        user: i64,
        organisation: Option<i64>,
    },
    /// An organisation admin's own tickets, those they watch, and every ticket of their
    /// organisation.
    Organisation {
        user: i64,
        organisation: Option<i64>,
    },
}

pub(crate) fn scope(actor: &Actor) -> Scope {
    let (user, organisation) = (actor.id, actor.organisation_id);
    match actor.role {
        Role::Agent | Role::Admin => Scope::Everything,
        Role::Requester => Scope::Requester { user, organisation },
        Role::OrgAdmin => Scope::Organisation { user, organisation },
    }
}

/// The ticket facts the permission rules look at, read for the caller at hand.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ownership {
    pub(crate) requester_id: i64,
    pub(crate) organisation_id: Option<i64>,
    pub(crate) visibility: Visibility,
    /// Whether the caller is one of the ticket's watchers (CC).
    pub(crate) watching: bool,
}

/// The one visibility rule: reads, lists, downloads and the live stream all apply it (the
/// list query has its SQL twin).
pub(crate) fn can_view(actor: &Actor, ticket: Ownership) -> bool {
    let same_organisation = |organisation: Option<i64>| {
        organisation.is_some() && organisation == ticket.organisation_id
    };
    match scope(actor) {
        Scope::Everything => true,
        Scope::Requester { user, organisation } => {
            user == ticket.requester_id
                || ticket.watching
                || (same_organisation(organisation)
                    && ticket.visibility == Visibility::Organisation)
        }
        Scope::Organisation { user, organisation } => {
            user == ticket.requester_id || ticket.watching || same_organisation(organisation)
        }
    }
}

/// "My organisation's tickets" asks for an organisation the caller belongs to.
pub(crate) fn own_organisation(actor: &Actor) -> Result<i64> {
    actor.organisation_id.ok_or_else(|| {
        Error::invalid(
            "my_organisation",
            format!(
                "{} belongs to no organisation; name one (tik list --org NAME)",
                actor.name
            ),
        )
    })
}

pub(crate) fn is_staff(actor: &Actor) -> bool {
    matches!(actor.role, Role::Agent | Role::Admin)
}

/// Internal notes, and the events that record them, are support's alone: a ticket's thread,
/// its history and its live stream all ask this.
pub(crate) fn sees_internal(actor: &Actor) -> bool {
    is_staff(actor)
}

/// Whether `actor` is sent an event of a ticket, live or replayed: the read rule applied to
/// the ticket as it stands, and internal notes for support alone.
pub(crate) fn can_see_event(actor: &Actor, ticket: Ownership, internal: bool) -> bool {
    can_view(actor, ticket) && (!internal || sees_internal(actor))
}

/// Who a caller is to a ticket they can see, in the terms of the workflow table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Party {
    /// An agent or an admin: works the ticket.
    Staff,
    /// The requester, or an admin of the requester's organisation: owns the request.
    Requester,
    /// Anyone else who sees it (a colleague, a watcher): may read and comment.
    Onlooker,
}

pub(crate) fn party(actor: &Actor, ticket: Ownership) -> Party {
    if is_staff(actor) {
        Party::Staff
    } else if actor.id == ticket.requester_id
        || (actor.role == Role::OrgAdmin
            && actor.organisation_id.is_some()
            && actor.organisation_id == ticket.organisation_id)
    {
        Party::Requester
    } else {
        Party::Onlooker
    }
}

/// Changing a ticket's fields, while it is not closed: staff change any; the requester (or
/// their organisation's admin) what describes the request; requalifying it (priority, type,
/// department, service, category) and assignment are support's.
pub(crate) fn may_edit(party: Party, key: &str, status: Status, patch: &TicketPatch) -> Result<()> {
    if status == Status::Closed {
        return Err(closed(key));
    }
    if party == Party::Staff {
        return Ok(());
    }
    if patch.assignee.is_some() {
        return Err(Error::Forbidden("only an agent may assign a ticket".into()));
    }
    if party == Party::Onlooker {
        return Err(Error::Forbidden(format!(
            "only the requester or an agent may change {key}"
        )));
    }
    let requalified: Vec<&str> = [
        ("priority", patch.priority.is_some()),
        ("type", patch.kind.is_some()),
        ("department", patch.department.is_some()),
        ("service", patch.service.is_some()),
        ("category", patch.category.is_some()),
    ]
    .into_iter()
    .filter_map(|(field, given)| given.then_some(field))
    .collect();
    if !requalified.is_empty() {
        return Err(Error::Forbidden(format!(
            "only an agent may requalify a ticket ({}); you may change its title, description, project and visibility",
            requalified.join(", ")
        )));
    }
    Ok(())
}

/// Tickets are worked by support: only an agent or an admin can be their assignee.
pub(crate) fn may_be_assignee(name: &str, role: Role) -> Result<()> {
    match role {
        Role::Agent | Role::Admin => Ok(()),
        Role::Requester | Role::OrgAdmin => Err(Error::invalid(
            "assignee",
            format!("{name} is a {role}; only an agent or an admin can be assigned a ticket"),
        )),
    }
}

/// Who may be assigned tickets is support's business: agents and admins may list them, as
/// they are the ones who assign.
pub(crate) fn may_list_assignees(actor: &Actor) -> Result<()> {
    if is_staff(actor) {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "only an agent may assign a ticket, or list who can be assigned one".into(),
        ))
    }
}

/// Anyone who sees a ticket may comment while it is not closed; internal notes are staff's.
pub(crate) fn may_comment(party: Party, key: &str, status: Status, internal: bool) -> Result<()> {
    if internal && party != Party::Staff {
        return Err(Error::Forbidden(
            "only an agent may write an internal note".into(),
        ));
    }
    if status == Status::Closed {
        return Err(closed(key));
    }
    Ok(())
}

/// Watchers see a ticket as its requester does: support adds anyone; the requester (or
/// their organisation's admin) adds people of the same organisation, and support, who see
/// the ticket anyway.
pub(crate) fn may_add_watcher(
    party: Party,
    actor: &Actor,
    watcher: &str,
    watcher_organisation: Option<i64>,
    watcher_role: Role,
) -> Result<()> {
    let colleague =
        actor.organisation_id.is_some() && watcher_organisation == actor.organisation_id;
    match party {
        Party::Staff => Ok(()),
        Party::Requester if colleague || matches!(watcher_role, Role::Agent | Role::Admin) => {
            Ok(())
        }
        Party::Requester => Err(Error::Forbidden(format!(
            "{watcher} is not of your organisation; ask an agent to add them"
        ))),
        Party::Onlooker => Err(Error::Forbidden(
            "only the requester or an agent may change who watches this ticket".into(),
        )),
    }
}

/// Watchers leave on their own, or are removed by the requester or support.
pub(crate) fn may_remove_watcher(party: Party, actor: &Actor, watcher_id: i64) -> Result<()> {
    if party == Party::Onlooker && actor.id != watcher_id {
        return Err(Error::Forbidden(
            "only the requester or an agent may change who watches this ticket".into(),
        ));
    }
    Ok(())
}

/// Consent for support to log in as the requester is the requester's own to give or take
/// back (fifth document: "accès support").
pub(crate) fn may_set_support_access(actor: &Actor, ticket: Ownership, key: &str) -> Result<()> {
    if actor.id != ticket.requester_id {
        return Err(Error::Forbidden(format!(
            "only the requester of {key} may grant or revoke support access"
        )));
    }
    Ok(())
}

/// Giving (or replacing) a ticket's secret: the requester's side, or support (who may note one
/// given by phone), while the ticket is not closed.
pub(crate) fn may_give_secret(party: Party, key: &str, status: Status) -> Result<()> {
    if party == Party::Onlooker {
        return Err(Error::Forbidden(
            "only the requester, their organisation's admin or an agent may give this ticket a secret"
                .into(),
        ));
    }
    if status == Status::Closed {
        return Err(Error::Conflict(format!(
            "{key} is closed and takes no secret; reopen it first (tik reopen {key})"
        )));
    }
    Ok(())
}

/// Reading a secret is support's alone: whoever gave it knows it already.
pub(crate) fn may_read_secret(party: Party) -> Result<()> {
    if party != Party::Staff {
        return Err(Error::Forbidden(
            "only an agent or an admin may read a ticket's secret".into(),
        ));
    }
    Ok(())
}

/// Clearing a secret before its time: whoever may give one.
pub(crate) fn may_clear_secret(party: Party) -> Result<()> {
    if party == Party::Onlooker {
        return Err(Error::Forbidden(
            "only the requester, their organisation's admin or an agent may clear this ticket's secret"
                .into(),
        ));
    }
    Ok(())
}

/// Links between tickets are support's to make (the requester sees them).
pub(crate) fn may_link(party: Party) -> Result<()> {
    if party != Party::Staff {
        return Err(Error::Forbidden("only an agent may link tickets".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn requester(id: i64) -> Actor {
        Actor {
            id,
            name: "r".into(),
            email: String::new(),
            role: Role::Requester,
            organisation_id: None,
            organisation: None,
        }
    }

    fn colleague(id: i64, organisation: i64) -> Actor {
        Actor {
            organisation_id: Some(organisation),
            ..requester(id)
        }
    }

    pub(crate) fn owned_by(requester_id: i64) -> Ownership {
        Ownership {
            requester_id,
            organisation_id: None,
            visibility: Visibility::Organisation,
            watching: false,
        }
    }

    #[test]
    fn requesters_see_their_own_tickets_and_their_organisations() {
        assert!(can_view(&requester(1), owned_by(1)));
        assert!(!can_view(&requester(2), owned_by(1)));
        let shared = Ownership {
            organisation_id: Some(7),
            ..owned_by(1)
        };
        assert!(can_view(&colleague(2, 7), shared));
        assert!(!can_view(&colleague(2, 8), shared));
        assert!(!can_view(&requester(2), shared));
        let private = Ownership {
            visibility: Visibility::Private,
            ..shared
        };
        assert!(!can_view(&colleague(2, 7), private));
        assert!(can_view(&colleague(1, 7), private));
        let org_admin = Actor {
            role: Role::OrgAdmin,
            ..colleague(3, 7)
        };
        assert!(can_view(&org_admin, private));
        assert_eq!(party(&org_admin, private), Party::Requester);
        let watched = Ownership {
            watching: true,
            ..private
        };
        assert!(can_view(&requester(4), watched));
        assert_eq!(party(&requester(4), watched), Party::Onlooker);
    }

    #[test]
    fn secrets_are_given_by_the_requesters_side_or_support_and_read_by_support() {
        for allowed in [Party::Requester, Party::Staff] {
            assert!(may_give_secret(allowed, "CS-1", Status::New).is_ok());
            assert!(may_clear_secret(allowed).is_ok());
        }
        assert!(may_give_secret(Party::Onlooker, "CS-1", Status::New).is_err());
        assert!(may_clear_secret(Party::Onlooker).is_err());
        assert!(matches!(
            may_give_secret(Party::Requester, "CS-1", Status::Closed),
            Err(Error::Conflict(_))
        ));
        assert!(may_read_secret(Party::Staff).is_ok());
        assert!(may_read_secret(Party::Requester).is_err());
    }

    #[test]
    fn requesters_describe_their_request_and_support_requalifies_it() {
        let retitle = TicketPatch {
            title: Some("better".into()),
            ..TicketPatch::default()
        };
        let reprioritise = TicketPatch {
            priority: Some("high".into()),
            ..TicketPatch::default()
        };
        assert!(may_edit(Party::Requester, "CS-1", Status::New, &retitle).is_ok());
        assert!(may_edit(Party::Requester, "CS-1", Status::New, &reprioritise).is_err());
        assert!(may_edit(Party::Staff, "CS-1", Status::New, &reprioritise).is_ok());
        assert!(may_edit(Party::Onlooker, "CS-1", Status::New, &retitle).is_err());
        assert!(may_edit(Party::Staff, "CS-1", Status::Closed, &retitle).is_err());
    }
}
