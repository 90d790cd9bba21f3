use std::io::Write;

use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};

use super::Style;
use crate::api::{Status, Ticket};

/// The ticket list: one row a ticket, titles fitted to a terminal's width, never cut in a pipe.
pub(super) fn write(
    out: &mut impl Write,
    tickets: &[Ticket],
    style: &Style,
) -> std::io::Result<()> {
    if tickets.is_empty() {
        // Said on stderr, so a pipe reading stdout sees no rows rather than a sentence.
        eprintln!("no tickets match");
        return Ok(());
    }
    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    if style.terminal {
        table.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        table.set_content_arrangement(ContentArrangement::Disabled);
    }
    if style.colour {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    let header = [
        "KEY", "STATUS", "PRIORITY", "TYPE", "TITLE", "ASSIGNEE", "UPDATED",
    ];
    table.set_header(header.map(|h| {
        let cell = Cell::new(h);
        if style.colour {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for ticket in tickets {
        let status = Cell::new(ticket.status);
        let status = if style.colour {
            status.fg(status_colour(ticket.status))
        } else {
            status
        };
        table.add_row(vec![
            Cell::new(&ticket.key),
            status,
            Cell::new(&ticket.priority),
            Cell::new(ticket.kind),
            Cell::new(&ticket.title),
            Cell::new(ticket.assignee.as_deref().unwrap_or("-")),
            Cell::new(style.time(ticket.updated_at)),
        ]);
    }
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    for line in table.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

pub(super) fn status_colour(status: Status) -> Color {
    match status {
        Status::New => Color::Green,
        Status::Feedback => Color::Yellow,
        Status::Escalated => Color::Red,
        Status::Resolved | Status::Closed => Color::DarkGrey,
        Status::Confirmed | Status::Assigned => Color::Cyan,
    }
}
