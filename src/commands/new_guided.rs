//! `tik new` with nothing given, at a terminal: the user is walked through the ticket, choosing
//! from the service's catalogue with what each choice means in view. Prompts go to stderr.

use std::path::PathBuf;

use dialoguer::{Input, Select};

use crate::api::{Catalogue, Category, TicketType};
use crate::client::LocalFile;

/// What the user chose and wrote.
pub(super) struct Answers {
    pub(super) department: String,
    pub(super) service: Option<String>,
    pub(super) category: Option<String>,
    pub(super) kind: TicketType,
    pub(super) priority: String,
    pub(super) title: String,
    pub(super) description: String,
    pub(super) attachments: Vec<PathBuf>,
}

/// The choice for leaving an optional field empty.
const NONE: &str = "(none)";

pub(super) fn walk(catalogue: &Catalogue) -> anyhow::Result<Answers> {
    let department = choose(
        "Department",
        catalogue
            .departments
            .iter()
            .map(|d| described(&d.label, &d.description)),
        0,
    )?;
    let department = catalogue.departments[department].name.clone();
    let service = if catalogue.services.is_empty() {
        None
    } else {
        let labels = catalogue.services.iter().map(|s| s.label.clone());
        let chosen = choose("Service", std::iter::once(NONE.to_owned()).chain(labels), 0)?;
        chosen
            .checked_sub(1)
            .map(|i| catalogue.services[i].name.clone())
    };
    let category = category(&catalogue.categories)?;
    let kinds = &catalogue.types;
    let question = kinds
        .iter()
        .position(|t| t.name == TicketType::Question)
        .unwrap_or(0);
    let kind = choose(
        "Type",
        kinds.iter().map(|t| described(&t.label, &t.description)),
        question,
    )?;
    let kind = kinds.get(kind).map_or(TicketType::Question, |t| t.name);
    let priority = priority(catalogue)?;
    let title = Input::<String>::new()
        .with_prompt("Title")
        .validate_with(|title: &String| {
            if title.trim().is_empty() {
                Err("a ticket needs a title")
            } else {
                Ok(())
            }
        })
        .interact_text()?;
    let description = Input::<String>::new()
        .with_prompt("Description (a line; Enter alone opens your editor)")
        .allow_empty(true)
        .interact_text()?;
    let description = if description.trim().is_empty() {
        super::edit_in_editor("description")?.unwrap_or_default()
    } else {
        description
    };
    Ok(Answers {
        department,
        service,
        category,
        kind,
        priority,
        title,
        description,
        attachments: attachments()?,
    })
}

fn described(label: &str, description: &str) -> String {
    match description.trim() {
        "" => label.to_owned(),
        description => format!("{label} — {description}"),
    }
}

/// The index of the item chosen, on stderr.
fn choose(
    prompt: &str,
    items: impl IntoIterator<Item = String>,
    default: usize,
) -> anyhow::Result<usize> {
    Ok(Select::new()
        .with_prompt(prompt)
        .items(items)
        .default(default)
        .interact()?)
}

/// A group of the tree, then a category in it, down to a category without any of its own.
fn category(categories: &[Category]) -> anyhow::Result<Option<String>> {
    let children = |parent: Option<&str>| -> Vec<&Category> {
        categories
            .iter()
            .filter(|c| c.parent.as_deref() == parent)
            .collect()
    };
    let groups = children(None);
    if groups.is_empty() {
        return Ok(None);
    }
    let items = groups.iter().map(|c| format!("{} {}", c.code, c.label));
    let chosen = choose(
        "Category group",
        std::iter::once(NONE.to_owned()).chain(items),
        0,
    )?;
    let Some(mut at) = chosen.checked_sub(1).map(|i| groups[i]) else {
        return Ok(None);
    };
    loop {
        let within = children(Some(&at.code));
        if within.is_empty() {
            return Ok(Some(at.code.clone()));
        }
        let items = within
            .iter()
            .map(|c| described(&format!("{} {}", c.code, c.label), &c.description));
        at = within[choose(&format!("Category in {} {}", at.code, at.label), items, 0)?];
    }
}

/// The scale with each level's guidance, printed above the choice so it stays in view.
fn priority(catalogue: &Catalogue) -> anyhow::Result<String> {
    eprintln!("Priority levels, lowest first:");
    for p in &catalogue.priorities {
        eprintln!("  {}", p.label);
        for line in p.guidance.lines() {
            eprintln!("      {line}");
        }
    }
    let labels = catalogue.priorities.iter().map(|p| p.label.clone());
    let chosen = choose("Priority", labels, 0)?;
    Ok(catalogue.priorities[chosen].name.clone())
}

/// Paths of files to attach, one a prompt, until an empty answer.
fn attachments() -> anyhow::Result<Vec<PathBuf>> {
    let mut paths = Vec::new();
    loop {
        let path = Input::<String>::new()
            .with_prompt("Attach a file (a path; Enter alone to finish)")
            .allow_empty(true)
            .validate_with(|path: &String| {
                if path.trim().is_empty() {
                    return Ok(());
                }
                LocalFile::open(std::path::Path::new(path.trim()))
                    .map(drop)
                    .map_err(|e| e.to_string())
            })
            .interact_text()?;
        if path.trim().is_empty() {
            return Ok(paths);
        }
        paths.push(PathBuf::from(path.trim()));
    }
}
