use std::borrow::Cow;
use std::io::Write;

use chrono::{DateTime, Utc};
use comfy_table::{
    Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Row, Table, presets,
};
use unicode_width::UnicodeWidthStr;

use super::{Format, Options, Style, delimited};
use crate::api::{EscalationStage, Status, Ticket};
use crate::exit::UsageError;

/// A column of the ticket list, named as its JSON field is (but `mark`, for people).
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
    Created,
    Closed,
    Resolution,
    DuplicateOf,
    Department,
    Service,
    Category,
    Project,
    Visibility,
    Organisation,
    EscalationStage,
    SupportAccess,
    WaitingForYou,
    UpdatedSinceSeen,
    Version,
    DedupeKey,
    Occurrences,
    FirstSeen,
    LastSeen,
}

/// What a ticket holds in a column.
enum Value<'a> {
    Text(Cow<'a, str>),
    Time(DateTime<Utc>),
    None,
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Self::Text(Cow::Borrowed(text))
    }
}

impl<'a, T: Into<Value<'a>>> From<Option<T>> for Value<'a> {
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::None, Into::into)
    }
}

impl From<DateTime<Utc>> for Value<'_> {
    fn from(at: DateTime<Utc>) -> Self {
        Self::Time(at)
    }
}

impl Column {
    const ALL: [Self; 29] = [
        Self::Key,
        Self::Mark,
        Self::Status,
        Self::Priority,
        Self::Type,
        Self::Title,
        Self::Channel,
        Self::Requester,
        Self::Assignee,
        Self::Updated,
        Self::Created,
        Self::Closed,
        Self::Resolution,
        Self::DuplicateOf,
        Self::Department,
        Self::Service,
        Self::Category,
        Self::Project,
        Self::Visibility,
        Self::Organisation,
        Self::EscalationStage,
        Self::SupportAccess,
        Self::WaitingForYou,
        Self::UpdatedSinceSeen,
        Self::Version,
        Self::DedupeKey,
        Self::Occurrences,
        Self::FirstSeen,
        Self::LastSeen,
    ];

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

    /// The columns named in `--columns`, or a one-line refusal listing the names there are.
    pub(crate) fn named(names: &[String]) -> Result<Vec<Self>, UsageError> {
        names
            .iter()
            .map(|name| {
                Self::ALL
                    .into_iter()
                    .find(|c| c.name().eq_ignore_ascii_case(name))
                    .ok_or_else(|| {
                        let known: Vec<&str> = Self::ALL.iter().map(|c| c.name()).collect();
                        UsageError(format!(
                            "no ticket column '{name}': the columns are {}",
                            known.join(", ")
                        ))
                    })
            })
            .collect()
    }

    /// The column's name: its field's in the JSON.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Key => "key",
            Self::Mark => "mark",
            Self::Status => "status",
            Self::Priority => "priority",
            Self::Type => "type",
            Self::Title => "title",
            Self::Channel => "channel",
            Self::Requester => "requester",
            Self::Assignee => "assignee",
            Self::Updated => "updated_at",
            Self::Created => "created_at",
            Self::Closed => "closed_at",
            Self::Resolution => "resolution",
            Self::DuplicateOf => "duplicate_of",
            Self::Department => "department",
            Self::Service => "service",
            Self::Category => "category",
            Self::Project => "project",
            Self::Visibility => "visibility",
            Self::Organisation => "organisation",
            Self::EscalationStage => "escalation_stage",
            Self::SupportAccess => "support_access",
            Self::WaitingForYou => "waiting_for_you",
            Self::UpdatedSinceSeen => "updated_since_seen",
            Self::Version => "version",
            Self::DedupeKey => "dedupe_key",
            Self::Occurrences => "occurrences",
            Self::FirstSeen => "first_seen_at",
            Self::LastSeen => "last_seen_at",
        }
    }

    /// The table's header: the name in capitals, without `_at` (`updated_at` is UPDATED).
    fn header(self) -> String {
        let name = self.name();
        name.strip_suffix("_at")
            .unwrap_or(name)
            .replace('_', " ")
            .to_uppercase()
    }

    fn value(self, t: &Ticket) -> Value<'_> {
        let word = |yes: bool| Value::from(if yes { "true" } else { "false" });
        let number = |n: u64| Value::Text(Cow::Owned(n.to_string()));
        match self {
            Self::Key => t.key.as_str().into(),
            Self::Mark => mark(t).into(),
            Self::Status => t.status.as_str().into(),
            Self::Priority => t.priority.as_str().into(),
            Self::Type => t.kind.as_str().into(),
            Self::Title => t.title.as_str().into(),
            Self::Channel => t.channel.as_str().into(),
            Self::Requester => t.requester.as_str().into(),
            Self::Assignee => t.assignee.as_deref().into(),
            Self::Updated => t.updated_at.into(),
            Self::Created => t.created_at.into(),
            Self::Closed => t.closed_at.into(),
            Self::Resolution => t.resolution.as_str().into(),
            Self::DuplicateOf => t.duplicate_of.as_deref().into(),
            Self::Department => t.department.as_str().into(),
            Self::Service => t.service.as_deref().into(),
            Self::Category => t.category.as_deref().into(),
            Self::Project => t.project.as_deref().into(),
            Self::Visibility => t.visibility.as_str().into(),
            Self::Organisation => t.organisation.as_deref().into(),
            Self::EscalationStage => t.escalation_stage.map(EscalationStage::as_str).into(),
            Self::SupportAccess => word(t.support_access),
            Self::WaitingForYou => word(t.waiting_for_you),
            Self::UpdatedSinceSeen => word(t.updated_since_seen),
            Self::Version => number(t.version),
            Self::DedupeKey => t.dedupe_key.as_deref().into(),
            Self::Occurrences => t.occurrences.map_or(Value::None, number),
            Self::FirstSeen => t.first_seen_at.into(),
            Self::LastSeen => t.last_seen_at.into(),
        }
    }

    /// The cell of a table for people: times as the style tells them, `-` for nothing.
    fn cell(self, t: &Ticket, style: &Style) -> String {
        match self.value(t) {
            Value::Text(text) => style.cell(&text).into_owned(),
            Value::Time(at) => style.time(at),
            Value::None => "-".into(),
        }
    }

    /// The exact value, for csv and tsv: RFC 3339 times, nothing for nothing.
    fn exact(self, t: &Ticket) -> Cow<'_, str> {
        match self.value(t) {
            Value::Text(text) => text,
            Value::Time(at) => Cow::Owned(exact_time(at)),
            Value::None => Cow::Borrowed(""),
        }
    }

    /// The JSON of the column: the ticket's field, or for `mark` the word the table shows.
    fn json(
        self,
        t: &Ticket,
        fields: &serde_json::Map<String, serde_json::Value>,
    ) -> serde_json::Value {
        match self {
            Self::Mark => mark(t).into(),
            column => fields.get(column.name()).cloned().unwrap_or_default(),
        }
    }
}

/// A time as pipes get it: RFC 3339 to the millisecond.
pub(super) fn exact_time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// What the ticket holds for the caller, in a word or two.
fn mark(t: &Ticket) -> Option<&'static str> {
    match (t.waiting_for_you, t.updated_since_seen) {
        (true, true) => Some("waiting,updated"),
        (true, false) => Some("waiting"),
        (false, true) => Some("updated"),
        (false, false) => None,
    }
}

/// The ticket as JSON: whole, or only the columns chosen, in their order.
pub(super) fn json(t: &Ticket, chosen: Option<&[Column]>) -> serde_json::Result<serde_json::Value> {
    let whole = serde_json::to_value(t)?;
    let Some(columns) = chosen else {
        return Ok(whole);
    };
    let serde_json::Value::Object(fields) = whole else {
        unreachable!("a ticket is an object")
    };
    Ok(columns
        .iter()
        .map(|c| (c.name().to_owned(), c.json(t, &fields)))
        .collect::<serde_json::Map<_, _>>()
        .into())
}

/// Tickets as csv or tsv rows, under a header line when `header` says so.
pub(super) fn write_rows(
    out: &mut impl Write,
    tickets: &[Ticket],
    columns: &[Column],
    format: Format,
    header: bool,
) -> std::io::Result<()> {
    if header {
        delimited::row(out, format, columns.iter().map(|c| c.name()))?;
    }
    for t in tickets {
        let cells: Vec<Cow<'_, str>> = columns.iter().map(|c| c.exact(t)).collect();
        delimited::row(out, format, cells.iter().map(AsRef::as_ref))?;
    }
    Ok(())
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
    options: &Options,
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
    // Columns the user chose are theirs to keep.
    let hidden = match style.width {
        Some(width) if options.columns.is_none() => hidden_columns(columns, &rows, width),
        _ => Vec::new(),
    };

    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    if style.colour {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    if options.headers {
        table.set_header(columns.iter().map(|c| {
            let cell = Cell::new(c.header());
            if style.colour {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
    }
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
