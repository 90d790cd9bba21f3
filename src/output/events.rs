//! Ticket events as they come (`tik watch`): a line each for people (when, which ticket, who,
//! what), or a JSON object a line for programs, each written and flushed as it arrives.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::Write;

use chrono::{DateTime, Local, Utc};
use unicode_width::{UnicodeWidthChar as _, UnicodeWidthStr as _};

use super::{Format, Style, fields};
use crate::api::{Change, Status, TicketEvent};
use crate::context::Context;
use crate::exit::UsageError;
use crate::units::human_bytes;

/// Where events are written, as the output options say.
pub(crate) struct EventLines<'a> {
    ctx: &'a Context,
    style: Style,
}

impl<'a> EventLines<'a> {
    /// Refuses the formats a stream cannot be written in, before anything is asked of the
    /// service: json and jsonl are a line an event, and so is text.
    pub(crate) fn new(ctx: &'a Context) -> Result<Self, UsageError> {
        let format = ctx.output().format;
        if matches!(format, Format::Csv | Format::Tsv) {
            return Err(UsageError(
                "tik watch writes a line an event, for people or as JSON (--format jsonl): \
                 not csv or tsv"
                    .into(),
            ));
        }
        if ctx.output().columns.is_some() && !format.is_json() {
            return Err(UsageError(
                "--columns picks the fields of each event in JSON: add --format jsonl".into(),
            ));
        }
        Ok(Self {
            ctx,
            style: Style::of(ctx),
        })
    }

    /// A word for the person watching, on stderr when it is a terminal: a stream
    /// reconnecting is no output of the command's.
    pub(crate) fn notice(&self, text: &str) {
        if self.ctx.stderr_is_terminal() {
            eprintln!("tik: {text}");
        }
    }

    /// Writes one event, at once.
    pub(crate) fn event(&self, event: &TicketEvent) -> anyhow::Result<()> {
        let options = self.ctx.output();
        let mut out = std::io::stdout().lock();
        if options.format.is_json() {
            let mut json = serde_json::to_value(event)?;
            if let Some(wanted) = &options.columns {
                json = fields::select(json, wanted)?;
            }
            match &options.jq {
                Some(jq) => jq.write(&json.to_string(), &mut out)?,
                None => super::write_lines(&mut out, [&json])?,
            }
        } else {
            writeln!(out, "{}", line(event, &self.style))?;
        }
        out.flush()?;
        Ok(())
    }
}

/// A person's line for an event: the local time, the ticket, who, and what happened, with
/// the comment's start quoted last and cut to fit the terminal.
fn line(event: &TicketEvent, style: &Style) -> String {
    let who = event.actor.as_deref().unwrap_or("(the service)");
    let head = format!(
        "{}  {}  {}  {}",
        time(event.at, style),
        event.ticket,
        style.line(who),
        what(event, style)
    );
    let Some(quoted) = quoted(event) else {
        return head;
    };
    let quoted = style.line(&quoted).into_owned();
    let quoted = match style.width {
        // `: "` and `"` around it.
        Some(width) => fit(&quoted, width.saturating_sub(head.width() + 4)).into_owned(),
        None => quoted,
    };
    format!("{head}: \"{quoted}\"")
}

/// When, in local time: the time of day on a terminal (with the date, if not today's); the
/// exact time with its offset in a pipe.
fn time(at: DateTime<Utc>, style: &Style) -> String {
    let local = at.with_timezone(&Local);
    if !style.terminal {
        return local.to_rfc3339_opts(chrono::SecondsFormat::Millis, false);
    }
    if local.date_naive() == Local::now().date_naive() {
        local.format("%H:%M:%S").to_string()
    } else {
        local.format("%Y-%m-%d %H:%M:%S").to_string()
    }
}

/// What happened, in a few words: the kind's own, then whatever else it changed.
fn what(event: &TicketEvent, style: &Style) -> String {
    let mut status = status_change(event, style);
    let mut files = (!event.attachments.is_empty()).then(|| attachments(event, style));
    let own = match event.kind.as_str() {
        "commented" => comment_kind(event).to_owned(),
        "assigned" => assignment(&event.changes, style),
        "attached" if files.is_some() => files.take().unwrap_or_default(),
        "escalated" | "escalation-stage" => escalation(event, style),
        "occurred" => "occurred again".to_owned(),
        "status-changed" | "closed" | "reopened" if status.is_some() => {
            status.take().unwrap_or_default()
        }
        kind => {
            let others = other_changes(&event.changes, style);
            if others.is_empty() {
                kind.to_owned()
            } else {
                format!("{kind} {}", others.join(", "))
            }
        }
    };
    [Some(own), status, files]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
}

fn comment_kind(event: &TicketEvent) -> &'static str {
    match &event.comment {
        Some(comment) if comment.internal => "internal note",
        _ => "commented",
    }
}

/// `status new → resolved (fixed)`: the resolution when the ticket ended.
fn status_change(event: &TicketEvent, style: &Style) -> Option<String> {
    let change = event.changes.iter().find(|c| c.field == "status")?;
    let to = change.to.as_deref().unwrap_or(event.status.as_str());
    let mut said = match &change.from {
        Some(from) => format!("status {} → {}", style.line(from), style.line(to)),
        None => format!("status {}", style.line(to)),
    };
    if matches!(event.status, Status::Resolved | Status::Closed) {
        let _ = write!(said, " ({})", event.resolution);
    }
    Some(said)
}

/// `assigned to bob`, `unassigned (was bob)`.
fn assignment(changes: &[Change], style: &Style) -> String {
    let change = changes.iter().find(|c| c.field == "assignee");
    match change.map(|c| (c.from.as_deref(), c.to.as_deref())) {
        Some((_, Some(to))) => format!("assigned to {}", style.line(to)),
        Some((Some(from), None)) => format!("unassigned (was {})", style.line(from)),
        _ => "assigned".to_owned(),
    }
}

/// `attached build.log (1.5 KiB), df.txt (21 B)`.
fn attachments(event: &TicketEvent, style: &Style) -> String {
    let files: Vec<String> = event
        .attachments
        .iter()
        .map(|a| format!("{} ({})", style.line(&a.name), human_bytes(a.size)))
        .collect();
    format!("attached {}", files.join(", "))
}

/// `escalated as CP-2 (submitted)`, `escalation CP-2 → engineering, ETA in 12 days`.
fn escalation(event: &TicketEvent, style: &Style) -> String {
    let Some(escalation) = &event.escalation else {
        return event.kind.clone();
    };
    let mut said = if event.kind == "escalated" {
        format!("escalated as {} ({})", escalation.key, escalation.stage)
    } else {
        format!("escalation {} → {}", escalation.key, escalation.stage)
    };
    if let Some(eta) = escalation.estimated_resolution_at {
        let eta = if style.terminal {
            style.time(eta)
        } else {
            eta.with_timezone(&Local)
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, false)
        };
        let _ = write!(said, ", ETA {eta}");
    }
    said
}

/// The changes no part of the line tells already, as a ticket's history tells them.
fn other_changes(changes: &[Change], style: &Style) -> Vec<String> {
    changes
        .iter()
        .filter(|c| !matches!(c.field.as_str(), "status" | "resolution" | "assignee"))
        .map(|c| match (&c.from, &c.to) {
            (Some(from), Some(to)) => {
                format!("{} {} → {}", c.field, style.line(from), style.line(to))
            }
            (None, Some(to)) => format!("{} + {}", c.field, style.line(to)),
            (Some(from), None) => format!("{} - {}", c.field, style.line(from)),
            (None, None) => format!("{} changed", c.field),
        })
        .collect()
}

/// The text quoted at the end of the line: the comment's start, or a new ticket's title; in
/// one line.
fn quoted(event: &TicketEvent) -> Option<String> {
    let text = match &event.comment {
        Some(comment) => comment.excerpt.as_str(),
        None if event.kind == "created" && !event.title.is_empty() => event.title.as_str(),
        None => return None,
    };
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// `text` cut to `width` columns, with `…` where it was cut.
fn fit(text: &str, width: usize) -> Cow<'_, str> {
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    let mut kept = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        kept.push(c);
        used += w;
    }
    kept.push('…');
    Cow::Owned(kept)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::{Style, line};
    use crate::api::{
        Change, EscalationStage, EventAttachment, EventComment, EventEscalation, Resolution,
        Status, TicketEvent,
    };

    fn event(kind: &str) -> TicketEvent {
        TicketEvent {
            seq: 7,
            at: chrono::Utc
                .with_ymd_and_hms(2026, 12, 2, 1, 42, 30)
                .unwrap(),
            ticket: "CS-4".into(),
            title: "Checkout fails".into(),
            kind: kind.into(),
            actor: Some("alice".into()),
            changes: Vec::new(),
            status: Status::Assigned,
            resolution: Resolution::Open,
            comment: None,
            attachments: Vec::new(),
            escalation: None,
        }
    }

    fn change(field: &str, from: Option<&str>, to: Option<&str>) -> Change {
        Change {
            field: field.into(),
            from: from.map(Into::into),
            to: to.map(Into::into),
        }
    }

    /// The line after its time, as a pipe gets it, or a terminal `width` wide.
    fn what(event: &TicketEvent, width: Option<usize>) -> String {
        let style = Style {
            colour: false,
            terminal: width.is_some(),
            width,
        };
        let line = line(event, &style);
        let (_, rest) = line.split_once("  ").expect("a time first");
        rest.to_owned()
    }

    #[test]
    fn each_kind_reads_as_a_person_says_it() {
        let mut resolved = event("status-changed");
        resolved.changes = vec![
            change("status", Some("new"), Some("resolved")),
            change("resolution", Some("open"), Some("fixed")),
        ];
        resolved.status = Status::Resolved;
        resolved.resolution = Resolution::Fixed;
        assert_eq!(
            what(&resolved, None),
            "CS-4  alice  status new → resolved (fixed)"
        );

        let mut assigned = event("assigned");
        assigned.changes = vec![
            change("assignee", None, Some("bob")),
            change("status", Some("new"), Some("assigned")),
        ];
        assert_eq!(
            what(&assigned, None),
            "CS-4  alice  assigned to bob, status new → assigned"
        );

        let mut attached = event("attached");
        attached.attachments = vec![EventAttachment {
            id: 2,
            name: "df.txt".into(),
            size: 1536,
        }];
        assert_eq!(
            what(&attached, None),
            "CS-4  alice  attached df.txt (1.5 KiB)"
        );

        let mut staged = event("escalation-stage");
        staged.escalation = Some(EventEscalation {
            key: "CP-2".into(),
            stage: EscalationStage::Engineering,
            estimated_resolution_at: None,
        });
        assert_eq!(
            what(&staged, None),
            "CS-4  alice  escalation CP-2 → engineering"
        );

        let mut edited = event("edited");
        edited.changes = vec![change("priority", Some("normal"), Some("high"))];
        edited.actor = None;
        assert_eq!(
            what(&edited, None),
            "CS-4  (the service)  edited priority normal → high"
        );
    }

    #[test]
    fn a_new_ticket_is_said_with_its_title() {
        assert_eq!(
            what(&event("created"), None),
            "CS-4  alice  created: \"Checkout fails\""
        );
    }

    #[test]
    fn a_comment_is_quoted_in_a_line_and_cut_to_the_terminal() {
        let mut commented = event("commented");
        commented.comment = Some(EventComment {
            id: 4,
            excerpt: "Stripe, since\nMonday, and every order since".into(),
            internal: false,
        });
        assert_eq!(
            what(&commented, None),
            "CS-4  alice  commented: \"Stripe, since Monday, and every order since\""
        );
        let cut = what(&commented, Some(50));
        assert!(cut.ends_with("…\""), "{cut}");
        let whole = format!("00:00:00  {cut}");
        assert!(
            unicode_width::UnicodeWidthStr::width(whole.as_str()) <= 50,
            "{whole}"
        );
        commented.comment.as_mut().unwrap().internal = true;
        assert!(what(&commented, None).starts_with("CS-4  alice  internal note: \""));
    }
}
