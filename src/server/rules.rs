//! The support desk's rules, in one place: what a request must hold, who may see and do what,
//! and which status changes are allowed. Pure functions: the store calls them inside its
//! transactions, with the rows it has just read.

use super::error::{Error, Result};
use super::store::Actor;
use crate::api::{
    AttachmentLimits, Catalogue, CloseTicket, NewTicket, Refusal, Resolution, Role, Status,
    TicketPatch, TicketQuery, Visibility,
};

pub(crate) const MAX_TITLE_CHARS: usize = 200;
pub(crate) const MAX_TEXT_BYTES: usize = 256 * 1024;
pub(crate) const MAX_REASON_CHARS: usize = 2000;

/// What a caller may see of the tickets, in the terms the store filters by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Everything,
    /// A requester's own tickets, and those of their organisation that are not private.
    Requester {
        user: i64,
        organisation: Option<i64>,
    },
}

pub(crate) fn scope(actor: &Actor) -> Scope {
    match actor.role {
        Role::Agent | Role::Admin => Scope::Everything,
        Role::Requester => Scope::Requester {
            user: actor.id,
            organisation: actor.organisation_id,
        },
    }
}

/// The ticket facts the permission rules look at.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ownership {
    pub(crate) requester_id: i64,
    pub(crate) organisation_id: Option<i64>,
    pub(crate) visibility: Visibility,
}

pub(crate) fn can_view(actor: &Actor, ticket: Ownership) -> bool {
    match scope(actor) {
        Scope::Everything => true,
        Scope::Requester { user, organisation } => {
            user == ticket.requester_id
                || (organisation.is_some()
                    && organisation == ticket.organisation_id
                    && ticket.visibility == Visibility::Organisation)
        }
    }
}

pub(crate) fn is_staff(actor: &Actor) -> bool {
    matches!(actor.role, Role::Agent | Role::Admin)
}

pub(crate) fn validate_new_ticket(new: &NewTicket, catalogue: &Catalogue) -> Result<()> {
    validate_title(&new.title)?;
    validate_text("description", &new.description)?;
    validate_choices(
        catalogue,
        new.priority.as_deref(),
        new.department.as_deref(),
        new.service.as_deref(),
        new.category.as_deref(),
    )
}

pub(crate) fn validate_patch(patch: &TicketPatch, catalogue: &Catalogue) -> Result<()> {
    if let Some(title) = &patch.title {
        validate_title(title)?;
    }
    if let Some(description) = &patch.description {
        validate_text("description", description)?;
    }
    validate_choices(
        catalogue,
        patch.priority.as_deref(),
        patch.department.as_deref(),
        patch.service.as_deref(),
        patch.category.as_deref(),
    )
}

fn validate_title(title: &str) -> Result<()> {
    let title = title.trim();
    if title.is_empty() {
        return Err(Error::invalid("title", "the title is empty"));
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(Error::invalid(
            "title",
            format!("the title is over {MAX_TITLE_CHARS} characters"),
        ));
    }
    Ok(())
}

pub(crate) fn validate_text(field: &str, text: &str) -> Result<()> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::invalid(
            field,
            format!("the {field} is over {} KiB", MAX_TEXT_BYTES / 1024),
        ));
    }
    Ok(())
}

pub(crate) fn validate_comment_body(body: &str) -> Result<()> {
    if body.trim().is_empty() {
        return Err(Error::invalid("body", "the comment is empty"));
    }
    validate_text("body", body)
}

pub(crate) fn validate_reason(reason: &str) -> Result<()> {
    if reason.trim().is_empty() {
        return Err(Error::invalid("reason", "an escalation needs a reason"));
    }
    if reason.chars().count() > MAX_REASON_CHARS {
        return Err(Error::invalid(
            "reason",
            format!("the reason is over {MAX_REASON_CHARS} characters"),
        ));
    }
    Ok(())
}

fn validate_choices(
    catalogue: &Catalogue,
    priority: Option<&str>,
    department: Option<&str>,
    service: Option<&str>,
    category: Option<&str>,
) -> Result<()> {
    let mut errors = Vec::new();
    let mut check = |field: &str, value: Option<&str>, valid: Vec<&str>| {
        if let Some(value) = value
            && !valid.contains(&value)
        {
            errors.push(crate::api::FieldError::new(
                field,
                format!(
                    "unknown {field} '{value}': expected one of {}",
                    valid.join(", ")
                ),
            ));
        }
    };
    check(
        "priority",
        priority,
        catalogue
            .priorities
            .iter()
            .map(|p| p.name.as_str())
            .collect(),
    );
    check(
        "department",
        department,
        catalogue
            .departments
            .iter()
            .map(|d| d.name.as_str())
            .collect(),
    );
    check(
        "service",
        service,
        catalogue.services.iter().map(|s| s.name.as_str()).collect(),
    );
    check(
        "category",
        category,
        catalogue
            .categories
            .iter()
            .map(|c| c.code.as_str())
            .collect(),
    );
    match errors.len() {
        0 => Ok(()),
        _ => Err(Error::Invalid {
            detail: errors
                .iter()
                .map(|e| e.message.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            errors,
        }),
    }
}

pub(crate) fn validate_query(query: &TicketQuery, catalogue: &Catalogue) -> Result<()> {
    validate_choices(catalogue, query.priority.as_deref(), None, None, None)
}

pub(crate) fn validate_files_per_message(count: usize, limits: &AttachmentLimits) -> Result<()> {
    match limits.too_many_files(count) {
        Some(message) => Err(Error::invalid("attachments", message)),
        None => Ok(()),
    }
}

/// An upload is refused before a byte of it is read when its declared size or type is off
/// limits; the size is checked again as the bytes arrive.
pub(crate) fn validate_upload(
    name: &str,
    media_type: &str,
    declared_size: Option<u64>,
    limits: &AttachmentLimits,
) -> Result<()> {
    match limits.refusal(name, media_type, declared_size) {
        None => Ok(()),
        Some(Refusal::Name(message)) => Err(Error::invalid("name", message)),
        Some(Refusal::MediaType(message)) => Err(Error::UnsupportedMediaType(message)),
        Some(Refusal::TooLarge(message)) => Err(Error::TooLarge(message)),
    }
}

/// Who may change a ticket's fields: its requester and staff; assignment is staff's alone.
pub(crate) fn may_edit(actor: &Actor, ticket: Ownership, patch: &TicketPatch) -> Result<()> {
    if patch.assignee.is_some() && !is_staff(actor) {
        return Err(Error::Forbidden("only an agent may assign a ticket".into()));
    }
    if is_staff(actor) || actor.id == ticket.requester_id {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "only the requester or an agent may change this ticket".into(),
        ))
    }
}

pub(crate) fn may_comment(actor: &Actor, key: &str, status: Status, internal: bool) -> Result<()> {
    if internal && !is_staff(actor) {
        return Err(Error::Forbidden(
            "only an agent may write an internal note".into(),
        ));
    }
    if status == Status::Closed {
        return Err(Error::Conflict(format!(
            "{key} is closed; reopen it first (tik reopen {key})"
        )));
    }
    Ok(())
}

pub(crate) fn may_escalate(key: &str, status: Status, has_active_escalation: bool) -> Result<()> {
    if !status.is_open() {
        return Err(Error::Conflict(format!(
            "{key} is {status}; only an open ticket can be escalated"
        )));
    }
    if has_active_escalation {
        return Err(Error::Conflict(format!(
            "{key} already has an escalation under way"
        )));
    }
    Ok(())
}

/// Closing: by the requester or staff, from any status but closed. Returns the resolution.
/// An escalation under way ends with the ticket (it reaches `resolved`), so a reopened ticket
/// can be escalated afresh.
pub(crate) fn close(
    actor: &Actor,
    ticket: Ownership,
    key: &str,
    status: Status,
    close: &CloseTicket,
) -> Result<Resolution> {
    if !is_staff(actor) && actor.id != ticket.requester_id {
        return Err(Error::Forbidden(
            "only the requester or an agent may close this ticket".into(),
        ));
    }
    if status == Status::Closed {
        return Err(Error::Conflict(format!("{key} is already closed")));
    }
    let resolution = close.resolution.unwrap_or(Resolution::Fixed);
    match (resolution, &close.duplicate_of) {
        (Resolution::Open | Resolution::Reopened, _) => Err(Error::invalid(
            "resolution",
            format!("'{resolution}' does not close a ticket"),
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
            "duplicate_of goes with resolution 'duplicate' only",
        )),
        _ => Ok(resolution),
    }
}

/// Reopening: by the requester or staff, from resolved or closed; the ticket goes back to
/// whoever had it.
pub(crate) fn reopen(
    actor: &Actor,
    ticket: Ownership,
    key: &str,
    status: Status,
    assigned: bool,
) -> Result<Status> {
    if !is_staff(actor) && actor.id != ticket.requester_id {
        return Err(Error::Forbidden(
            "only the requester or an agent may reopen this ticket".into(),
        ));
    }
    if status.is_open() {
        return Err(Error::Conflict(format!("{key} is {status}, not closed")));
    }
    Ok(if assigned {
        Status::Assigned
    } else {
        Status::New
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn requester(id: i64) -> Actor {
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

    fn owned_by(requester_id: i64) -> Ownership {
        Ownership {
            requester_id,
            organisation_id: None,
            visibility: Visibility::Organisation,
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
    }

    #[test]
    fn duplicate_needs_an_original() {
        let close_as = |resolution, duplicate_of: Option<&str>| {
            close(
                &requester(1),
                owned_by(1),
                "CS-2",
                Status::New,
                &CloseTicket {
                    resolution: Some(resolution),
                    duplicate_of: duplicate_of.map(Into::into),
                    comment: None,
                },
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
    fn only_closed_tickets_reopen() {
        let owner = owned_by(1);
        assert!(reopen(&requester(1), owner, "CS-1", Status::New, false).is_err());
        assert_eq!(
            reopen(&requester(1), owner, "CS-1", Status::Closed, true).unwrap(),
            Status::Assigned
        );
    }
}
