//! A catalogue, checked whole before it replaces the one in force.

use super::{MAX_GUIDANCE_CHARS, MAX_NAME_CHARS};
use crate::api::{AttachmentSettings, Catalogue, TicketType, media_type_pattern};
use crate::server::error::{Error, Result};

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
