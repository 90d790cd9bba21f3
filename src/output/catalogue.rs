use std::io::Write;

use super::Style;
use crate::api::{Catalogue, Category};

/// The catalogue for people: the priority scale lowest first with each level's guidance,
/// then departments, services and types with what each is for, then the category tree.
pub(super) fn write(
    out: &mut impl Write,
    catalogue: &Catalogue,
    style: &Style,
) -> std::io::Result<()> {
    writeln!(out, "{}", style.bold("Priorities, lowest first"))?;
    let width = widest(catalogue.priorities.iter().map(|p| p.name.as_str()));
    for p in &catalogue.priorities {
        writeln!(out, "  {:width$}  {}", p.name, style.line(&p.label))?;
        for line in style.paragraphs(p.guidance.trim_end(), "      ") {
            writeln!(out, "{line}")?;
        }
    }
    let departments = catalogue
        .departments
        .iter()
        .map(|d| (d.name.as_str(), d.label.as_str(), d.description.as_str()));
    described(out, style, "Departments", departments)?;
    let services = catalogue
        .services
        .iter()
        .map(|s| (s.name.as_str(), s.label.as_str(), ""));
    described(out, style, "Services", services)?;
    let types = catalogue
        .types
        .iter()
        .map(|t| (t.name.as_str(), t.label.as_str(), t.description.as_str()));
    described(out, style, "Types", types)?;
    if !catalogue.categories.is_empty() {
        writeln!(out, "\n{}", style.bold("Categories"))?;
        tree(out, style, &catalogue.categories, None, 1)?;
    }
    Ok(())
}

fn widest<'a>(names: impl Iterator<Item = &'a str>) -> usize {
    names.map(|n| n.chars().count()).max().unwrap_or(0)
}

/// A section of `name  Label — description` lines, the names aligned; long lines wrap on a
/// terminal under the label.
fn described<'a>(
    out: &mut impl Write,
    style: &Style,
    heading: &str,
    entries: impl Iterator<Item = (&'a str, &'a str, &'a str)> + Clone,
) -> std::io::Result<()> {
    if entries.clone().next().is_none() {
        return Ok(());
    }
    writeln!(out, "\n{}", style.bold(heading))?;
    let width = widest(entries.clone().map(|(name, _, _)| name));
    for (name, label, description) in entries {
        let mut entry = format!("  {name:width$}  {}", style.line(label));
        if !description.trim().is_empty() {
            entry = format!("{entry} — {}", style.line(description.trim()));
        }
        for line in style.hanging(&entry, width + 4) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// The categories under `parent`, in the catalogue's order, each indented by its level.
fn tree(
    out: &mut impl Write,
    style: &Style,
    categories: &[Category],
    parent: Option<&str>,
    level: usize,
) -> std::io::Result<()> {
    for category in categories.iter().filter(|c| c.parent.as_deref() == parent) {
        let indent = "  ".repeat(level);
        writeln!(
            out,
            "{indent}{} {}",
            style.line(&category.code),
            style.line(&category.label)
        )?;
        tree(out, style, categories, Some(&category.code), level + 1)?;
    }
    Ok(())
}

/// The catalogue as one list, for csv and tsv: each priority, department, service, type and
/// category an entry, with its `kind`, `name` (a category's code), `label`, `parent` (a
/// category's group) and `description` (a priority's guidance).
pub(super) fn entries(catalogue: &Catalogue) -> serde_json::Value {
    let entry = |kind: &str, name: &str, label: &str, parent: Option<&str>, description: &str| {
        serde_json::json!({
            "kind": kind,
            "name": name,
            "label": label,
            "parent": parent,
            "description": description.trim(),
        })
    };
    let priorities = catalogue
        .priorities
        .iter()
        .map(|p| entry("priority", &p.name, &p.label, None, &p.guidance));
    let departments = catalogue
        .departments
        .iter()
        .map(|d| entry("department", &d.name, &d.label, None, &d.description));
    let services = catalogue
        .services
        .iter()
        .map(|s| entry("service", &s.name, &s.label, None, ""));
    let types = catalogue
        .types
        .iter()
        .map(|t| entry("type", t.name.as_str(), &t.label, None, &t.description));
    let categories = catalogue.categories.iter().map(|c| {
        entry(
            "category",
            &c.code,
            &c.label,
            c.parent.as_deref(),
            &c.description,
        )
    });
    priorities
        .chain(departments)
        .chain(services)
        .chain(types)
        .chain(categories)
        .collect()
}
