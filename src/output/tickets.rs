use std::io::Write;

use comfy_table::{
    Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Row, Table, presets,
};
use unicode_width::UnicodeWidthStr;

use super::Style;
use crate::api::{Status, Ticket};

const HEADER: [&str; 7] = [
    "KEY", "STATUS", "PRIORITY", "TYPE", "TITLE", "ASSIGNEE", "UPDATED",
];
const TITLE: usize = 4;
/// Columns given up, in this order, when the title would get fewer than `MIN_TITLE` columns.
const LEAST_NEEDED: [usize; 4] = [3, 5, 2, 6];
const MIN_TITLE: usize = 20;
const GAP: u16 = 2;

/// The ticket list: one row a ticket. On a terminal it fits the width as `gh issue list`
/// does: every column but the title keeps its width, the title is cut with `…`, and the least
/// needed columns go when the terminal is narrow. In a pipe every row is whole.
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
    let rows: Vec<[String; 7]> = tickets
        .iter()
        .map(|t| {
            [
                t.key.clone(),
                t.status.to_string(),
                style.cell(&t.priority).into_owned(),
                t.kind.to_string(),
                style.cell(&t.title).into_owned(),
                style
                    .cell(t.assignee.as_deref().unwrap_or("-"))
                    .into_owned(),
                style.time(t.updated_at),
            ]
        })
        .collect();
    let hidden = style
        .width
        .map_or_else(Vec::new, |width| hidden_columns(&rows, width));

    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    if style.colour {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_header(HEADER.map(|h| {
        let cell = Cell::new(h);
        if style.colour {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for (ticket, cells) in tickets.iter().zip(rows) {
        let mut row = Row::from(cells.into_iter().enumerate().map(|(i, text)| {
            let cell = Cell::new(text);
            if style.colour && i == 1 {
                cell.fg(status_colour(ticket.status))
            } else {
                cell
            }
        }));
        row.max_height(1);
        table.add_row(row);
    }
    match style.width {
        Some(width) => {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(u16::try_from(width).unwrap_or(u16::MAX))
                .set_truncation_indicator("…");
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    for (i, column) in table.column_iter_mut().enumerate() {
        let last = i == HEADER.len() - 1;
        column.set_padding((0, if last { 0 } else { GAP }));
        if hidden.contains(&i) {
            column.set_constraint(ColumnConstraint::Hidden);
        } else if i != TITLE {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    for line in table.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// The columns to leave out so the title keeps at least `MIN_TITLE` of `width` columns.
fn hidden_columns(rows: &[[String; 7]], width: usize) -> Vec<usize> {
    let widths: Vec<usize> = (0..HEADER.len())
        .map(|i| {
            rows.iter()
                .map(|row| row[i].width())
                .chain([HEADER[i].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut hidden = Vec::new();
    for candidate in LEAST_NEEDED {
        let fixed: usize = (0..HEADER.len())
            .filter(|i| *i != TITLE && !hidden.contains(i))
            .map(|i| widths[i] + usize::from(GAP))
            .sum();
        if width.saturating_sub(fixed) >= MIN_TITLE.min(widths[TITLE]) {
            break;
        }
        hidden.push(candidate);
    }
    hidden
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
