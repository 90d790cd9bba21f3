use std::io::Write;

use super::Style;
use crate::api::{Escalation, TicketDetail};
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
    writeln!(out, "created:    {}", style.time(t.created_at))?;
    writeln!(out, "updated:    {}", style.time(t.updated_at))?;
    if let Some(closed) = t.closed_at {
        writeln!(out, "closed:     {}", style.time(closed))?;
    }
    // That support was given a secret, and until when it can read it; never the secret.
    if let Some(secret) = &detail.secret {
        writeln!(
            out,
            "secret:     given by {}, {}; kept until {}",
            secret.given_by,
            style.time(secret.given_at),
            style.deadline(secret.expires_at)
        )?;
    }
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
    for c in &detail.comments {
        let note = if c.internal { " (internal)" } else { "" };
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
    Ok(())
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
