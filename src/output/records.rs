//! Plain tables of records (users, tokens): one row a record. Operators' tables are the same
//! on a terminal and in a pipe, with exact times; a user's ([`Cell`]) read their times as
//! people say them on a terminal.

use chrono::{DateTime, Utc};
use comfy_table::{ContentArrangement, Table, presets};

/// Columns separated by two spaces, no borders, trailing spaces trimmed; empty without rows.
pub(crate) fn table(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    fitted_table(Some(header), rows, None)
}

/// The same, its cells wrapped to fit `width` columns when one is given (a terminal's), and
/// without a header line when given none.
pub(crate) fn fitted_table(
    header: Option<&[&str]>,
    rows: impl IntoIterator<Item = Vec<String>>,
    width: Option<usize>,
) -> String {
    let mut table = Table::new();
    table.load_preset(presets::NOTHING).force_no_tty();
    if let Some(header) = header {
        table.set_header(header.to_vec());
    }
    match width.and_then(|w| u16::try_from(w).ok()) {
        Some(width) => table
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width),
        None => table.set_content_arrangement(ContentArrangement::Disabled),
    };
    let mut empty = true;
    for row in rows {
        table.add_row(row);
        empty = false;
    }
    if empty {
        return String::new();
    }
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    table
        .lines()
        .map(|line| line.trim_end().to_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A cell of a user's table of records.
pub(crate) enum Cell {
    Text(String),
    /// A time, or "never".
    Time(Option<DateTime<Utc>>),
}

impl Cell {
    pub(crate) fn render(&self, style: &super::Style) -> String {
        match self {
            Self::Text(text) => style.cell(text).into_owned(),
            Self::Time(None) => "never".into(),
            Self::Time(Some(at)) if style.terminal => style.time(*at),
            Self::Time(Some(at)) => time(*at),
        }
    }
}

pub(crate) fn time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
