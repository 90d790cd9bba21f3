//! The support desk's rules, in one place: what a request must hold, who may see and do what,
//! and which status changes are allowed. Pure functions: the store calls them inside its
//! transactions, with the rows it has just read.

use super::error::{Error, Result};
use super::store::Actor;
use crate::api::{
    AttachmentLimits, Catalogue, CloseTicket, NewComment, NewTicket, Refusal, ReopenTicket,
    Resolution, Role, Status, TicketPatch, TicketQuery, Visibility, looks_like_text,
    media_type_essence,
};

// Every limit on free text, in one place: the checks below and the OpenAPI document read them.

/// A ticket's title: one line.
pub(crate) const MAX_TITLE_CHARS: usize = 200;
/// A description, a comment, a closing or reopening comment.
pub(crate) const MAX_TEXT_BYTES: usize = 256 * 1024;
/// An escalation's reason.
pub(crate) const MAX_REASON_CHARS: usize = 2000;
/// A one-line name or code: a project, a catalogue value, a user, a ticket key, an upload id,
/// a list filter or cursor.
pub(crate) const MAX_NAME_CHARS: usize = 100;
/// A shared secret: room for a password, a passphrase or a short key, not for a file.
pub(crate) const MAX_SECRET_CHARS: usize = 4096;

/// What a caller may see of the tickets, in the terms the store filters by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Everything,
    /// A requester's own tickets, and those of their organisation that are not private.
    Requester {
        user: i64,
        organisation: Option<i64>,
    },
    /// An organisation admin's own tickets, and every ticket of their organisation.
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

/// The ticket facts the permission rules look at.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ownership {
    pub(crate) requester_id: i64,
    pub(crate) organisation_id: Option<i64>,
    pub(crate) visibility: Visibility,
}

pub(crate) fn can_view(actor: &Actor, ticket: Ownership) -> bool {
    let same_organisation = |organisation: Option<i64>| {
        organisation.is_some() && organisation == ticket.organisation_id
    };
    match scope(actor) {
        Scope::Everything => true,
        Scope::Requester { user, organisation } => {
            user == ticket.requester_id
                || (same_organisation(organisation)
                    && ticket.visibility == Visibility::Organisation)
        }
        Scope::Organisation { user, organisation } => {
            user == ticket.requester_id || same_organisation(organisation)
        }
    }
}

pub(crate) fn is_staff(actor: &Actor) -> bool {
    matches!(actor.role, Role::Agent | Role::Admin)
}

/// A ticket key as people type it: any case, or the bare number under the service's prefix
/// (`cs-12`, `12` → `CS-12`).
pub(crate) fn canonical_key(key: &str, prefix: &str) -> String {
    let key = key.trim();
    if !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit()) {
        format!("{prefix}-{key}")
    } else {
        key.to_ascii_uppercase()
    }
}

/// One line of text: no control characters (a newline, a carriage return, an escape), at
/// most `max` characters.
fn line(field: &str, value: &str, max: usize) -> Result<()> {
    // Messages name the field in words, as a person reads it: `duplicate of`, not the wire name.
    let words = field.replace('_', " ");
    if let Some(c) = value.chars().find(|c| c.is_control()) {
        return Err(Error::invalid(
            field,
            format!(
                "the {words} is one line of text, without control characters (it holds U+{:04X})",
                u32::from(c)
            ),
        ));
    }
    if value.chars().count() > max {
        return Err(Error::invalid(
            field,
            format!("the {words} is over {max} characters"),
        ));
    }
    Ok(())
}

/// A one-line name or code, when given.
fn name(field: &str, value: Option<&str>) -> Result<()> {
    value.map_or(Ok(()), |value| line(field, value, MAX_NAME_CHARS))
}

/// Text of several lines, at most [`MAX_TEXT_BYTES`].
fn text(field: &str, value: &str) -> Result<()> {
    if value.len() > MAX_TEXT_BYTES {
        return Err(Error::invalid(
            field,
            format!("the {field} is over {} KiB", MAX_TEXT_BYTES / 1024),
        ));
    }
    Ok(())
}

/// Text that must hold more than white space.
fn required_text(field: &str, value: &str, empty: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid(field, empty));
    }
    text(field, value)
}

fn title(title: &str) -> Result<()> {
    if title.trim().is_empty() {
        return Err(Error::invalid("title", "the title is empty"));
    }
    line("title", title, MAX_TITLE_CHARS)
}

pub(crate) fn validate_new_ticket(new: &NewTicket, catalogue: &Catalogue) -> Result<()> {
    title(&new.title)?;
    text("description", &new.description)?;
    name("project", new.project.as_deref())?;
    validate_upload_ids("attachments", &new.attachments)?;
    validate_choices(
        catalogue,
        new.priority.as_deref(),
        new.department.as_deref(),
        new.service.as_deref(),
        new.category.as_deref(),
    )
}

pub(crate) fn validate_patch(patch: &TicketPatch, catalogue: &Catalogue) -> Result<()> {
    if let Some(value) = &patch.title {
        title(value)?;
    }
    if let Some(description) = &patch.description {
        text("description", description)?;
    }
    name("project", patch.project.as_deref())?;
    name("assignee", patch.assignee.as_deref())?;
    validate_choices(
        catalogue,
        patch.priority.as_deref(),
        patch.department.as_deref(),
        patch.service.as_deref(),
        patch.category.as_deref(),
    )
}

pub(crate) fn validate_comment(comment: &NewComment) -> Result<()> {
    required_text("body", &comment.body, "the comment is empty")?;
    validate_upload_ids("attachments", &comment.attachments)
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

pub(crate) fn validate_close(close: &CloseTicket) -> Result<()> {
    name("duplicate_of", close.duplicate_of.as_deref())?;
    text("comment", close.comment.as_deref().unwrap_or_default())
}

pub(crate) fn validate_reopen(reopen: &ReopenTicket) -> Result<()> {
    text("comment", reopen.comment.as_deref().unwrap_or_default())
}

/// Ids of uploads named in a request: well-formed before they are looked up.
pub(crate) fn validate_upload_ids(field: &str, ids: &[String]) -> Result<()> {
    ids.iter()
        .try_for_each(|id| line(field, id, MAX_NAME_CHARS))
}

fn validate_choices(
    catalogue: &Catalogue,
    priority: Option<&str>,
    department: Option<&str>,
    service: Option<&str>,
    category: Option<&str>,
) -> Result<()> {
    for (field, value) in [
        ("priority", priority),
        ("department", department),
        ("service", service),
        ("category", category),
    ] {
        name(field, value)?;
    }
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
    name("status", query.status.as_deref())?;
    name("assignee", query.assignee.as_deref())?;
    name("requester", query.requester.as_deref())?;
    name("cursor", query.cursor.as_deref())?;
    validate_choices(catalogue, query.priority.as_deref(), None, None, None)
}

pub(crate) fn validate_files_per_message(count: usize, limits: &AttachmentLimits) -> Result<()> {
    match limits.too_many_files(count) {
        Some(message) => Err(Error::invalid("attachments", message)),
        None => Ok(()),
    }
}

/// Bytes of no declared kind.
pub(crate) const OCTET_STREAM: &str = "application/octet-stream";

/// The media type an upload is kept under: the one it was sent with, or, when that says only
/// "bytes" (`application/octet-stream`, or nothing), the one its name tells (`build.log` is
/// text); the limits then judge that one. Lowercase, without parameters.
pub(crate) fn upload_media_type(declared: Option<&str>, name: &str) -> String {
    let declared = declared.map(media_type_essence).filter(|t| !t.is_empty());
    match declared {
        Some(media_type) if media_type != OCTET_STREAM => media_type,
        _ => mime_guess::from_path(name)
            .first_raw()
            .map_or_else(|| OCTET_STREAM.to_owned(), media_type_essence),
    }
}

/// An upload is refused before a byte of it is read when its name, declared size or type is
/// off limits; the size is checked again as the bytes arrive. A type of `None` is not known
/// yet: it is told from the bytes once they are here ([`sniffed_media_type`]).
pub(crate) fn validate_upload(
    name: &str,
    media_type: Option<&str>,
    declared_size: Option<u64>,
    limits: &AttachmentLimits,
) -> Result<()> {
    let refusal = AttachmentLimits::name_refusal(name)
        .or_else(|| media_type.and_then(|t| limits.type_refusal(name, t)))
        .or_else(|| declared_size.and_then(|size| limits.size_refusal(name, size)));
    match refusal {
        None => Ok(()),
        Some(Refusal::Name(message)) => Err(Error::invalid("name", message)),
        Some(Refusal::MediaType(message)) => Err(Error::UnsupportedMediaType(message)),
        Some(Refusal::TooLarge(message)) => Err(Error::TooLarge(message)),
    }
}

/// The media type of bytes nothing else named: text, or bytes of no known kind.
pub(crate) fn sniffed_media_type(head: &[u8]) -> &'static str {
    if looks_like_text(head) {
        "text/plain"
    } else {
        OCTET_STREAM
    }
}

/// Who may change a ticket's fields: its requester and staff, while it is not closed (as for
/// commenting); assignment is staff's alone.
pub(crate) fn may_edit(
    actor: &Actor,
    ticket: Ownership,
    key: &str,
    status: Status,
    patch: &TicketPatch,
) -> Result<()> {
    if patch.assignee.is_some() && !is_staff(actor) {
        return Err(Error::Forbidden("only an agent may assign a ticket".into()));
    }
    if !is_staff(actor) && actor.id != ticket.requester_id {
        return Err(Error::Forbidden(
            "only the requester or an agent may change this ticket".into(),
        ));
    }
    if status == Status::Closed {
        return Err(closed(key));
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

/// The status a change of assignee leads to: a new or confirmed ticket given to someone is
/// `assigned`; an assigned ticket left to nobody goes back to `new`, waiting to be taken.
pub(crate) fn status_on_assignment(status: Status, assigned: bool) -> Status {
    match (status, assigned) {
        (Status::New | Status::Confirmed, true) => Status::Assigned,
        (Status::Assigned, false) => Status::New,
        (other, _) => other,
    }
}

fn closed(key: &str) -> Error {
    Error::Conflict(format!(
        "{key} is closed; reopen it first (tik reopen {key})"
    ))
}

pub(crate) fn may_comment(actor: &Actor, key: &str, status: Status, internal: bool) -> Result<()> {
    if internal && !is_staff(actor) {
        return Err(Error::Forbidden(
            "only an agent may write an internal note".into(),
        ));
    }
    if status == Status::Closed {
        return Err(closed(key));
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
            "only a ticket closed as a duplicate names an original",
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

/// A shared secret: any characters (a password may hold anything), not empty, not too long.
pub(crate) fn validate_secret(secret: &str) -> Result<()> {
    if secret.is_empty() {
        return Err(Error::invalid("secret", "the secret is empty"));
    }
    if secret.chars().count() > MAX_SECRET_CHARS {
        return Err(Error::invalid(
            "secret",
            format!("the secret is over {MAX_SECRET_CHARS} characters"),
        ));
    }
    Ok(())
}

/// The customer's side of a ticket: its requester, or an admin of its organisation.
fn speaks_for_requester(actor: &Actor, ticket: Ownership) -> bool {
    actor.id == ticket.requester_id
        || (actor.role == Role::OrgAdmin
            && actor.organisation_id.is_some()
            && actor.organisation_id == ticket.organisation_id)
}

/// Giving (or replacing) a ticket's secret: its requester, their organisation's admin, or
/// staff (who may note one given by phone), while the ticket is not closed.
pub(crate) fn may_give_secret(
    actor: &Actor,
    ticket: Ownership,
    key: &str,
    status: Status,
) -> Result<()> {
    if !is_staff(actor) && !speaks_for_requester(actor, ticket) {
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
pub(crate) fn may_read_secret(actor: &Actor) -> Result<()> {
    if is_staff(actor) {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "only an agent or an admin may read a ticket's secret".into(),
        ))
    }
}

/// Clearing a secret before its time: whoever may give one.
pub(crate) fn may_clear_secret(actor: &Actor, ticket: Ownership) -> Result<()> {
    if is_staff(actor) || speaks_for_requester(actor, ticket) {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "only the requester, their organisation's admin or an agent may clear this ticket's secret"
                .into(),
        ))
    }
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
    fn secrets_are_given_by_the_customer_or_support_and_read_by_support() {
        let shared = Ownership {
            organisation_id: Some(7),
            ..owned_by(1)
        };
        let org_admin = |organisation| Actor {
            role: Role::OrgAdmin,
            ..colleague(3, organisation)
        };
        let agent = Actor {
            role: Role::Agent,
            ..requester(4)
        };
        for allowed in [requester(1), org_admin(7), agent.clone()] {
            assert!(may_give_secret(&allowed, shared, "CS-1", Status::New).is_ok());
            assert!(may_clear_secret(&allowed, shared).is_ok());
        }
        for refused in [colleague(2, 7), org_admin(8)] {
            assert!(may_give_secret(&refused, shared, "CS-1", Status::New).is_err());
            assert!(may_clear_secret(&refused, shared).is_err());
        }
        assert!(matches!(
            may_give_secret(&requester(1), shared, "CS-1", Status::Closed),
            Err(Error::Conflict(_))
        ));
        assert!(may_read_secret(&agent).is_ok());
        assert!(may_read_secret(&requester(1)).is_err());
        assert!(may_read_secret(&org_admin(7)).is_err());
    }

    #[test]
    fn a_secret_is_not_empty_nor_over_its_limit() {
        assert!(validate_secret("").is_err());
        assert!(validate_secret(" ").is_ok());
        assert!(validate_secret(&"é".repeat(MAX_SECRET_CHARS)).is_ok());
        assert!(validate_secret(&"x".repeat(MAX_SECRET_CHARS + 1)).is_err());
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
