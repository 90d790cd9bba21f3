use std::fmt::Write as _;
use std::io::Write;

use super::Style;
use crate::api::{Escalation, HistoryEntry, TicketDetail};
use crate::units::human_bytes;

/// One ticket in full: its fields, description, attachments, escalations and thread.
pub(super) fn write(
    out: &mut impl Write,
    detail: &TicketDetail,
    style: &Style,
) -> std::io::Result<()> {
    let t = &detail.ticket;
    // The title wraps under itself, past the key.
    let heading = format!("{}  {}", t.key, style.line(&t.title));
    for line in style.hanging(&heading, t.key.chars().count() + 2) {
        writeln!(out, "{}", style.bold(&line))?;
    }
    fields(out, detail, style)?;
    if !detail.description.trim().is_empty() {
        writeln!(out)?;
        for line in style.paragraphs(detail.description.trim_end(), "") {
            writeln!(out, "{line}")?;
        }
    }
    if !detail.attachments.is_empty() {
        writeln!(out, "\n{}", style.bold("Attachments"))?;
        for a in &detail.attachments {
            writeln!(
                out,
                "  #{}  {}  {}  {}  sha256:{}",
                a.id,
                style.line(&a.name),
                human_bytes(a.size),
                style.line(&a.media_type),
                style.digest(&a.sha256)
            )?;
        }
    }
    for e in &detail.escalations {
        escalation(out, e, style)?;
    }
    if let Some(rating) = &detail.rating {
        writeln!(
            out,
            "\n{}  {}/5, by {}, {}",
            style.bold("Rating"),
            rating.score,
            rating.rated_by,
            style.time(rating.rated_at)
        )?;
        if let Some(remark) = &rating.remark {
            for line in style.paragraphs(remark.trim_end(), "  ") {
                writeln!(out, "{line}")?;
            }
        }
    }
    for c in &detail.comments {
        let note = match (c.internal, c.occurrence) {
            (true, _) => " (internal)".to_owned(),
            (false, Some(n)) => format!(" (occurrence {n})"),
            (false, None) => String::new(),
        };
        writeln!(
            out,
            "\n{}{note}, {}:",
            style.bold(&c.author),
            style.time(c.created_at)
        )?;
        for line in style.paragraphs(c.body.trim_end(), "  ") {
            writeln!(out, "{line}")?;
        }
        for id in &c.attachments {
            if let Some(a) = detail.attachments.iter().find(|a| a.id == *id) {
                writeln!(out, "  [attached #{} {}]", a.id, style.line(&a.name))?;
            }
        }
    }
    if let Some(history) = &detail.history {
        writeln!(out, "\n{}", style.bold("History"))?;
        let width = history
            .iter()
            .map(|e| actor(e).chars().count())
            .max()
            .unwrap_or(0);
        for entry in history {
            // A long change wraps under itself, past the time.
            for line in style.hanging(&format!("  {}", history_line(entry, width, style)), 6) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

/// The ticket's fields, a line each, and the statuses the caller may move it to.
fn fields(out: &mut impl Write, detail: &TicketDetail, style: &Style) -> std::io::Result<()> {
    let t = &detail.ticket;
    let mut resolution = t.resolution.to_string();
    if let Some(original) = &t.duplicate_of {
        resolution = format!("{resolution} of {original}");
    }
    writeln!(out, "status:     {} ({resolution})", t.status)?;
    writeln!(out, "priority:   {}", style.line(&t.priority))?;
    writeln!(out, "type:       {}", t.kind)?;
    writeln!(out, "department: {}", style.line(&t.department))?;
    for (label, value) in [
        ("service:   ", &t.service),
        ("category:  ", &t.category),
        ("project:   ", &t.project),
    ] {
        if let Some(value) = value {
            writeln!(out, "{label} {}", style.line(value))?;
        }
    }
    match &t.organisation {
        Some(organisation) => writeln!(
            out,
            "requester:  {} ({})",
            t.requester,
            style.line(organisation)
        )?,
        None => writeln!(out, "requester:  {}", t.requester)?,
    }
    writeln!(out, "assignee:   {}", t.assignee.as_deref().unwrap_or("-"))?;
    writeln!(out, "channel:    {}", t.channel)?;
    // A failure reported with a key: how often, and when first and last.
    if let Some(key) = &t.dedupe_key {
        let mut seen = style.line(key).into_owned();
        if let (Some(n), Some(first), Some(last)) = (t.occurrences, t.first_seen_at, t.last_seen_at)
        {
            let times = if n == 1 { "occurrence" } else { "occurrences" };
            let _ = write!(
                seen,
                " ({n} {times}; first {}, last {})",
                style.time(first),
                style.time(last)
            );
        }
        for line in style.hanging(&format!("dedupe:     {seen}"), 12) {
            writeln!(out, "{line}")?;
        }
    }
    // Lists wrap under themselves, past their label.
    let list = |out: &mut dyn Write, label: &str, items: &[&str]| -> std::io::Result<()> {
        for line in style.hanging(&format!("{label:<12}{}", items.join(", ")), 12) {
            writeln!(out, "{line}")?;
        }
        Ok(())
    };
    if !detail.watchers.is_empty() {
        let watchers: Vec<&str> = detail.watchers.iter().map(String::as_str).collect();
        list(out, "watchers:", &watchers)?;
    }
    if !detail.related.is_empty() {
        let related: Vec<&str> = detail.related.iter().map(String::as_str).collect();
        list(out, "related:", &related)?;
    }
    // The requester's consent for support to log in as them (fifth document).
    let access = if t.support_access {
        "granted: support may log in as the requester"
    } else {
        "not granted"
    };
    writeln!(out, "access:     {access}")?;
    // That support was given a secret, and until when it can read it; never the secret.
    if let Some(secret) = &detail.secret {
        writeln!(
            out,
            "secret:     given by {}, {}; expires {}",
            secret.given_by,
            style.time(secret.given_at),
            style.time(secret.expires_at)
        )?;
    }
    writeln!(out, "created:    {}", style.time(t.created_at))?;
    writeln!(out, "updated:    {}", style.time(t.updated_at))?;
    if let Some(closed) = t.closed_at {
        writeln!(out, "closed:     {}", style.time(closed))?;
    }
    if !detail.transitions.is_empty() {
        let next: Vec<&str> = detail.transitions.iter().map(|s| s.as_str()).collect();
        list(out, "next:", &next)?;
    }
    Ok(())
}

/// Who made a change.
fn actor(entry: &HistoryEntry) -> &str {
    entry.actor.as_deref().unwrap_or("(the service)")
}

/// One change, in a line: when, who (in a column `width` wide), and what, before → after.
fn history_line(entry: &HistoryEntry, width: usize, style: &Style) -> String {
    let who = actor(entry);
    let mut line = format!("{}  {who:<width$}  {}", style.time(entry.at), entry.kind);
    if let Some(comment) = entry.comment {
        let _ = write!(line, " (comment {comment})");
    }
    let changes: Vec<String> = entry
        .changes
        .iter()
        .map(|c| match (&c.from, &c.to) {
            (Some(from), Some(to)) => {
                format!("{}: {} → {}", c.field, style.line(from), style.line(to))
            }
            (None, Some(to)) => format!("{}: + {}", c.field, style.line(to)),
            (Some(from), None) => format!("{}: − {}", c.field, style.line(from)),
            (None, None) => format!("{} changed", c.field),
        })
        .collect();
    if !changes.is_empty() {
        line.push_str(": ");
        line.push_str(&changes.join("; "));
    }
    line
}

fn escalation(out: &mut impl Write, e: &Escalation, style: &Style) -> std::io::Result<()> {
    writeln!(
        out,
        "\n{}  {}  ({}, by {})",
        style.bold("Escalation"),
        e.key,
        e.stage,
        e.requested_by
    )?;
    let mut reason = style.paragraphs(&e.reason, "          ");
    if let Some(first) = reason.first_mut() {
        *first = format!("  reason: {}", first.trim_start());
    }
    for line in reason {
        writeln!(out, "{line}")?;
    }
    if let Some(eta) = e.estimated_resolution_at {
        writeln!(out, "  estimated resolution: {}", style.time(eta))?;
    }
    for stage in &e.timeline {
        writeln!(
            out,
            "  {:<22} {}",
            stage.stage.to_string(),
            style.time(stage.at)
        )?;
    }
    Ok(())
}
