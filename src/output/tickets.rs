use std::io::Write;

use comfy_table::{
    Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Row, Table, presets,
};
use unicode_width::UnicodeWidthStr;

use super::Style;
use crate::api::{Status, Ticket};

/// A column of the ticket list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Key,
    /// For the caller: `waiting` (for them), `updated` (since they last showed it).
    Mark,
    Status,
    Priority,
    Type,
    Title,
    Channel,
    Requester,
    Assignee,
    Updated,
}

impl Column {
    /// The list's columns, with the requester's when tickets of several people are listed.
    pub(crate) fn list(with_requester: bool) -> Vec<Self> {
        use Column::{
            Assignee, Channel, Key, Mark, Priority, Requester, Status, Title, Type, Updated,
        };
        let mut columns = vec![
            Key, Mark, Status, Priority, Type, Title, Channel, Assignee, Updated,
        ];
        if with_requester {
            columns.insert(7, Requester);
        }
        columns
    }

    fn header(self) -> &'static str {
        match self {
            Self::Key => "KEY",
            Self::Mark => "MARK",
            Self::Status => "STATUS",
            Self::Priority => "PRIORITY",
            Self::Type => "TYPE",
            Self::Title => "TITLE",
            Self::Channel => "CHANNEL",
            Self::Requester => "REQUESTER",
            Self::Assignee => "ASSIGNEE",
            Self::Updated => "UPDATED",
        }
    }

    fn cell(self, t: &Ticket, style: &Style) -> String {
        match self {
            Self::Key => t.key.clone(),
            Self::Mark => mark(t).to_owned(),
            Self::Status => t.status.to_string(),
            Self::Priority => style.cell(&t.priority).into_owned(),
            Self::Type => t.kind.to_string(),
            Self::Title => style.cell(&t.title).into_owned(),
            Self::Channel => t.channel.to_string(),
            Self::Requester => style.cell(&t.requester).into_owned(),
            Self::Assignee => style
                .cell(t.assignee.as_deref().unwrap_or("-"))
                .into_owned(),
            Self::Updated => style.time(t.updated_at),
        }
    }
}

/// What the ticket holds for the caller, in a word or two.
fn mark(t: &Ticket) -> &'static str {
    match (t.waiting_for_you, t.updated_since_seen) {
        (true, true) => "waiting,updated",
        (true, false) => "waiting",
        (false, true) => "updated",
        (false, false) => "-",
    }
}

/// Columns given up, in this order, when the title would get fewer than `MIN_TITLE` columns.
const LEAST_NEEDED: [Column; 6] = [
    Column::Channel,
    Column::Type,
    Column::Assignee,
    Column::Priority,
    Column::Updated,
    Column::Requester,
];
const MIN_TITLE: usize = 20;
const GAP: u16 = 2;

/// The ticket list: one row a ticket. On a terminal it fits the width as `gh issue list`
/// does: every column but the title keeps its width, the title is cut with `…`, and the least
/// needed columns go when the terminal is narrow. In a pipe every row is whole.
pub(super) fn write(
    out: &mut impl Write,
    tickets: &[Ticket],
    columns: &[Column],
    style: &Style,
) -> std::io::Result<()> {
    if tickets.is_empty() {
        // Said on stderr, so a pipe reading stdout sees no rows rather than a sentence.
        eprintln!("no tickets match");
        return Ok(());
    }
    let rows: Vec<Vec<String>> = tickets
        .iter()
        .map(|t| columns.iter().map(|c| c.cell(t, style)).collect())
        .collect();
    let hidden = style
        .width
        .map_or_else(Vec::new, |width| hidden_columns(columns, &rows, width));

    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    if style.colour {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table.set_header(columns.iter().map(|c| {
        let cell = Cell::new(c.header());
        if style.colour {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for (ticket, cells) in tickets.iter().zip(rows) {
        let mut row = Row::from(cells.into_iter().enumerate().map(|(i, text)| {
            let cell = Cell::new(text);
            if style.colour && columns[i] == Column::Status {
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
        let last = i == columns.len() - 1;
        column.set_padding((0, if last { 0 } else { GAP }));
        if hidden.contains(&columns[i]) {
            column.set_constraint(ColumnConstraint::Hidden);
        } else if columns[i] != Column::Title {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    for line in table.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// The columns to leave out so the title keeps at least `MIN_TITLE` of `width` columns.
fn hidden_columns(columns: &[Column], rows: &[Vec<String>], width: usize) -> Vec<Column> {
    let widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            rows.iter()
                .map(|row| row[i].width())
                .chain([column.header().width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let title = columns
        .iter()
        .position(|c| *c == Column::Title)
        .map_or(0, |i| widths[i]);
    let mut hidden = Vec::new();
    for candidate in LEAST_NEEDED.into_iter().filter(|c| columns.contains(c)) {
        let fixed: usize = columns
            .iter()
            .zip(&widths)
            .filter(|(c, _)| **c != Column::Title && !hidden.contains(*c))
            .map(|(_, w)| w + usize::from(GAP))
            .sum();
        if width.saturating_sub(fixed) >= MIN_TITLE.min(title) {
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
