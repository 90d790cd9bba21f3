//! The support desk's rules, in one place: what a request must hold, who may see and do what,
//! and which status changes are allowed. Pure functions: the store calls them inside its
//! transactions, with the rows it has just read.

use super::error::{Error, Result};
use super::store::Actor;
use crate::api::{
    AttachmentLimits, AttachmentSettings, Catalogue, CloseTicket, NewComment, NewTicket, Refusal,
    ReopenTicket, Resolution, Role, Status, TicketPatch, TicketQuery, TicketType, Visibility,
    looks_like_text, media_type_essence, media_type_pattern,
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
/// A catalogue entry's guidance or description: a few sentences, on lines of their own.
pub(crate) const MAX_GUIDANCE_CHARS: usize = 2000;

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

/// A desk's whole catalogue, before it replaces the one in force: every value unique and well
/// formed, a scale and a department to default to, a category tree whose codes tell its
/// shape, every ticket type described, attachment limits that let something through. The
/// first fault found is the error, named in words.
pub(crate) fn validate_catalogue(
    catalogue: &Catalogue,
    attachments: &AttachmentSettings,
) -> Result<()> {
    let fault = |field: &str, message: String| Err(Error::invalid(field, message));
    if catalogue.priorities.is_empty() {
        return fault(
            "priorities",
            "a catalogue needs at least one priority".into(),
        );
    }
    if catalogue.departments.is_empty() {
        return fault(
            "departments",
            "a catalogue needs at least one department".into(),
        );
    }
    let priorities = catalogue.priorities.iter();
    let departments = catalogue.departments.iter();
    let services = catalogue.services.iter();
    let named = priorities
        .map(|p| {
            (
                "priorities",
                "priority",
                &p.name,
                &p.label,
                p.guidance.as_str(),
            )
        })
        .chain(departments.map(|d| {
            let text = d.description.as_str();
            ("departments", "department", &d.name, &d.label, text)
        }))
        .chain(services.map(|s| ("services", "service", &s.name, &s.label, "")));
    let mut seen = std::collections::HashSet::new();
    for (field, what, name, label, text) in named {
        catalogue_name(field, what, name)?;
        if !seen.insert((field, name.as_str())) {
            return fault(field, format!("the {what} '{name}' is there twice"));
        }
        catalogue_label(field, &format!("{what} '{name}'"), label)?;
        guidance(field, &format!("{what} '{name}'"), text)?;
    }
    validate_catalogue_types(catalogue)?;
    validate_category_tree(catalogue)?;
    validate_attachment_settings(attachments)
}

/// A catalogue value as the CLI and the API take it: `very-urgent`, `technical-support`.
fn catalogue_name(field: &str, what: &str, name: &str) -> Result<()> {
    let well_formed = (1..=MAX_NAME_CHARS).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if well_formed {
        return Ok(());
    }
    Err(Error::invalid(
        field,
        format!(
            "'{}' is not a {what} name: use 1 to {MAX_NAME_CHARS} lowercase letters, digits \
             and '-', e.g. very-urgent",
            name.escape_debug()
        ),
    ))
}

fn catalogue_label(field: &str, of: &str, label: &str) -> Result<()> {
    let fault = if label.trim().is_empty() {
        "is empty".to_owned()
    } else if let Some(c) = label.chars().find(|c| c.is_control()) {
        format!(
            "is one line, without control characters (it holds U+{:04X})",
            u32::from(c)
        )
    } else if label.chars().count() > MAX_NAME_CHARS {
        format!("is over {MAX_NAME_CHARS} characters")
    } else {
        return Ok(());
    };
    Err(Error::invalid(field, format!("the label of {of} {fault}")))
}

/// Guidance or a description: lines of text, within [`MAX_GUIDANCE_CHARS`].
fn guidance(field: &str, of: &str, text: &str) -> Result<()> {
    if let Some(c) = text.chars().find(|c| c.is_control() && *c != '\n') {
        return Err(Error::invalid(
            field,
            format!(
                "the text of {of} holds a control character (U+{:04X})",
                u32::from(c)
            ),
        ));
    }
    if text.chars().count() > MAX_GUIDANCE_CHARS {
        return Err(Error::invalid(
            field,
            format!("the text of {of} is over {MAX_GUIDANCE_CHARS} characters"),
        ));
    }
    Ok(())
}

fn validate_catalogue_types(catalogue: &Catalogue) -> Result<()> {
    for kind in TicketType::ALL {
        let count = catalogue.types.iter().filter(|t| t.name == *kind).count();
        if count != 1 {
            let how = if count == 0 {
                "not described"
            } else {
                "described twice"
            };
            return Err(Error::invalid(
                "types",
                format!("the type '{kind}' is {how}"),
            ));
        }
    }
    for kind in &catalogue.types {
        let of = format!("type '{}'", kind.name);
        catalogue_label("types", &of, &kind.label)?;
        guidance("types", &of, &kind.description)?;
    }
    Ok(())
}

/// Codes are dotted numbers, and a category's code is its group's, a dot and a number: `1.5`
/// is in `1`. So the tree reads from the codes alone, and the parents must agree.
fn validate_category_tree(catalogue: &Catalogue) -> Result<()> {
    let fault = |message: String| Err(Error::invalid("categories", message));
    let codes: std::collections::HashSet<&str> = catalogue
        .categories
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    let mut seen = std::collections::HashSet::new();
    for category in &catalogue.categories {
        let code = category.code.as_str();
        let well_formed = code.len() <= MAX_NAME_CHARS
            && code
                .split('.')
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if !well_formed {
            return fault(format!(
                "'{}' is not a category code: use numbers joined by dots, e.g. 1.5",
                code.escape_debug()
            ));
        }
        if !seen.insert(code) {
            return fault(format!("the category code '{code}' is there twice"));
        }
        let group = code.rsplit_once('.').map(|(group, _)| group);
        match (group, category.parent.as_deref()) {
            (None, None) => {}
            (Some(group), Some(parent)) if group == parent => {
                if !codes.contains(parent) {
                    return fault(format!(
                        "the category '{code}' is in the group '{parent}', which is not in the catalogue"
                    ));
                }
            }
            (Some(group), _) => {
                return fault(format!(
                    "the category '{code}' needs parent = \"{group}\", as its code says"
                ));
            }
            (None, Some(parent)) => {
                return fault(format!(
                    "the category '{code}' is a group (its code has no dot) but names the parent '{parent}'"
                ));
            }
        }
        catalogue_label("categories", &format!("category '{code}'"), &category.label)?;
        guidance(
            "categories",
            &format!("category '{code}'"),
            &category.description,
        )?;
    }
    Ok(())
}

fn validate_attachment_settings(settings: &AttachmentSettings) -> Result<()> {
    let fault = |message: &str| Err(Error::invalid("attachments", message));
    if settings.max_file_bytes == Some(0) {
        return fault("attachments.max_file_bytes must be at least 1");
    }
    if settings.max_files_per_message == Some(0) {
        return fault("attachments.max_files_per_message must be at least 1");
    }
    match settings.allowed_media_types.as_deref() {
        Some([]) => fault("attachments.allowed_media_types lists no type"),
        Some(types) => types.iter().try_for_each(|t| match media_type_pattern(t) {
            Ok(_) => Ok(()),
            Err(message) => Err(Error::invalid(
                "attachments",
                format!("attachments.allowed_media_types: {message}"),
            )),
        }),
        None => Ok(()),
    }
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
