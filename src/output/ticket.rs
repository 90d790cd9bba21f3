use std::io::Write;

use super::Style;
use crate::api::TicketDetail;
use crate::units::human_bytes;

/// One ticket in full: its fields, description, attachments, escalations and thread.
pub(super) fn write(
    out: &mut impl Write,
    detail: &TicketDetail,
    style: &Style,
) -> std::io::Result<()> {
    let t = &detail.ticket;
    let bold = |text: &str| {
        if style.colour {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    };
    writeln!(out, "{}  {}", bold(&t.key), bold(&t.title))?;
    let mut resolution = t.resolution.to_string();
    if let Some(original) = &t.duplicate_of {
        resolution = format!("{resolution} of {original}");
    }
    writeln!(out, "status:     {} ({resolution})", t.status)?;
    writeln!(out, "priority:   {}", t.priority)?;
    writeln!(out, "type:       {}", t.kind)?;
    writeln!(out, "department: {}", t.department)?;
    for (label, value) in [
        ("service:   ", &t.service),
        ("category:  ", &t.category),
        ("project:   ", &t.project),
    ] {
        if let Some(value) = value {
            writeln!(out, "{label} {value}")?;
        }
    }
    match &t.organisation {
        Some(organisation) => writeln!(out, "requester:  {} ({organisation})", t.requester)?,
        None => writeln!(out, "requester:  {}", t.requester)?,
    }
    writeln!(out, "assignee:   {}", t.assignee.as_deref().unwrap_or("-"))?;
    writeln!(out, "created:    {}", style.time(t.created_at))?;
    writeln!(out, "updated:    {}", style.time(t.updated_at))?;
    if let Some(closed) = t.closed_at {
        writeln!(out, "closed:     {}", style.time(closed))?;
    }
    if !detail.description.trim().is_empty() {
        writeln!(out, "\n{}", detail.description.trim_end())?;
    }
    if !detail.attachments.is_empty() {
        writeln!(out, "\n{}", bold("Attachments"))?;
        for a in &detail.attachments {
            writeln!(
                out,
                "  #{}  {}  {}  {}  sha256:{}",
                a.id,
                a.name,
                human_bytes(a.size),
                a.media_type,
                a.sha256
            )?;
        }
    }
    for e in &detail.escalations {
        writeln!(
            out,
            "\n{}  {}  ({}, by {})",
            bold("Escalation"),
            e.key,
            e.stage,
            e.requested_by
        )?;
        writeln!(out, "  reason: {}", e.reason)?;
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
    }
    for c in &detail.comments {
        let note = if c.internal { " (internal)" } else { "" };
        writeln!(
            out,
            "\n{}{note}, {}:",
            bold(&c.author),
            style.time(c.created_at)
        )?;
        for line in c.body.trim_end().lines() {
            writeln!(out, "  {line}")?;
        }
        for id in &c.attachments {
            if let Some(a) = detail.attachments.iter().find(|a| a.id == *id) {
                writeln!(out, "  [attached #{} {}]", a.id, a.name)?;
            }
        }
    }
    Ok(())
}
