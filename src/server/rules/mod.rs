//! The support desk's rules, in one place: what a request must hold, who may see and do what,
//! and which status changes are allowed. Pure functions: the store calls them inside its
//! transactions, with the rows it has just read.

mod access;
mod accounts;
mod catalogue;
mod dedupe;
mod scopes;
mod workflow;

pub(crate) use access::*;
pub(crate) use accounts::*;
pub(crate) use catalogue::validate_catalogue;
pub(crate) use dedupe::*;
pub(crate) use scopes::may_call;
pub(crate) use workflow::*;

use super::error::{Error, Result};
use crate::api::{
    AttachmentLimits, Catalogue, NewComment, NewRating, NewTicket, Refusal, ReopenTicket,
    StatusChange, TicketPatch, TicketQuery, looks_like_text, media_type_essence,
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
/// A dedupe key: room for `pipeline:job:step` and a commit hash, not for a log.
pub(crate) const MAX_DEDUPE_KEY_CHARS: usize = 200;
/// A catalogue entry's guidance or description: a few sentences, on lines of their own.
pub(crate) const MAX_GUIDANCE_CHARS: usize = 2000;

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
    for watcher in &new.cc {
        validate_user_name("cc", watcher)?;
    }
    validate_upload_ids("attachments", &new.attachments)?;
    if let Some(key) = &new.dedupe_key {
        validate_dedupe_key(key)?;
    }
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

pub(crate) fn validate_status_change(change: &StatusChange) -> Result<()> {
    name("duplicate_of", change.duplicate_of.as_deref())?;
    text("comment", change.comment.as_deref().unwrap_or_default())
}

pub(crate) fn validate_rating(rating: &NewRating) -> Result<()> {
    if !(1..=5).contains(&rating.score) {
        return Err(Error::invalid("score", "a rating is 1 to 5"));
    }
    text("remark", rating.remark.as_deref().unwrap_or_default())
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

/// A user named in a path or a request (an assignee, a watcher).
pub(crate) fn validate_user_name(field: &str, value: &str) -> Result<()> {
    line(field, value, MAX_NAME_CHARS)
}

fn closed(key: &str) -> Error {
    Error::Conflict(format!(
        "{key} is closed; reopen it first (tik reopen {key})"
    ))
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
    name("organisation", query.organisation.as_deref())?;
    name("cursor", query.cursor.as_deref())?;
    if let Some(key) = &query.dedupe_key {
        validate_dedupe_key(key)?;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_not_empty_nor_over_its_limit() {
        assert!(validate_secret("").is_err());
        assert!(validate_secret(" ").is_ok());
        assert!(validate_secret(&"é".repeat(MAX_SECRET_CHARS)).is_ok());
        assert!(validate_secret(&"x".repeat(MAX_SECRET_CHARS + 1)).is_err());
    }
}
