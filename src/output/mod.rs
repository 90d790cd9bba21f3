//! Rendering: commands return an [`Output`] (or, for a list, feed a [`TicketList`] page by
//! page), and this module alone writes to stdout: a table or text for people, JSON, JSON
//! lines, csv or tsv for programs, as [`Options`] says.

mod catalogue;
mod delimited;
mod events;
mod fields;
mod jq;
mod live;
mod options;
pub(crate) mod records;
mod rows;
mod stream;
mod text;
mod ticket;
mod tickets;

pub(crate) use events::EventLines;
pub(crate) use jq::Jq;
pub(crate) use live::LiveTable;
pub(crate) use options::{Format, Options};
pub(crate) use stream::TicketList;
pub(crate) use tickets::Column;

use std::borrow::Cow;
use std::io::Write;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::api::{Catalogue, Ticket, TicketDetail};
use crate::context::Context;

/// What a command produced.
pub(crate) enum Output {
    Ticket(Box<TicketDetail>),
    Tickets {
        tickets: Vec<Ticket>,
        columns: Vec<Column>,
    },
    Catalogue(Box<Catalogue>),
    /// A result told in a line or two for people, and as JSON for programs: the value's own
    /// serialisation, so a ticket's fields come in the same order as from `tik show`.
    Done {
        human: String,
        json: serde_json::Value,
    },
    /// A user's table of records (their tokens), and the same as JSON for programs; each
    /// column is headed for people and named by its JSON field for programs.
    Records {
        columns: &'static [(&'static str, &'static str)],
        rows: Vec<Vec<records::Cell>>,
        json: serde_json::Value,
    },
    /// Text printed as it is, whatever the format (`tik new -q`, a new token).
    Plain(String),
    /// Nothing to print (the service, once stopped).
    Nothing,
}

impl Output {
    pub(crate) fn done(human: impl Into<String>, json: &impl Serialize) -> anyhow::Result<Self> {
        Ok(Self::Done {
            human: human.into(),
            json: serde_json::to_value(json)?,
        })
    }

    fn json(&self) -> serde_json::Result<serde_json::Value> {
        match self {
            Self::Ticket(detail) => serde_json::to_value(detail),
            Self::Tickets { tickets, .. } => serde_json::to_value(tickets),
            Self::Catalogue(catalogue) => serde_json::to_value(catalogue),
            Self::Done { json, .. } | Self::Records { json, .. } => Ok(json.clone()),
            Self::Plain(_) | Self::Nothing => Ok(serde_json::Value::Null),
        }
    }

    /// The output as rows, for csv, tsv and a table of chosen columns.
    fn rows(&self, chosen: Option<&[String]>) -> serde_json::Result<rows::Rows> {
        Ok(match self {
            Self::Catalogue(catalogue) => rows::Rows::of(&catalogue::entries(catalogue), chosen),
            Self::Records { columns, json, .. } => {
                let fields: Vec<String> = columns.iter().map(|(_, f)| (*f).to_owned()).collect();
                rows::Rows::of(json, Some(chosen.unwrap_or(&fields)))
            }
            other => rows::Rows::of(&other.json()?, chosen),
        })
    }
}

/// How human output looks on this stdout.
pub(crate) struct Style {
    pub(crate) colour: bool,
    /// A terminal gets relative times, tables and text fitted to its width, short digests and
    /// control characters shown as `^[`; a pipe gets exact RFC 3339 times, whole text and
    /// exact values.
    pub(crate) terminal: bool,
    /// The terminal's width in columns (`COLUMNS` first), when on one.
    pub(crate) width: Option<usize>,
}

impl Style {
    /// As a pipe gets it: no colour, nothing fitted, exact times.
    fn plain() -> Self {
        Self {
            colour: false,
            terminal: false,
            width: None,
        }
    }

    fn of(ctx: &Context) -> Self {
        if ctx.output().format == Format::Plain {
            return Self::plain();
        }
        let terminal = ctx.stdout_is_terminal();
        let width = terminal.then(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse().ok())
                .filter(|c| *c > 0)
                // A terminal of no size (some pseudo-terminals, `script`) says nothing.
                .or_else(|| {
                    comfy_table::Table::new()
                        .width()
                        .map(usize::from)
                        .filter(|c| *c > 0)
                })
                .unwrap_or(80)
        });
        Self {
            colour: ctx.colour(),
            terminal,
            width,
        }
    }

    /// Someone's text shown in a line.
    pub(crate) fn line<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.terminal {
            text::visible(text)
        } else {
            Cow::Borrowed(text)
        }
    }

    /// Someone's text in a table cell: one line, in a pipe too.
    pub(crate) fn cell<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.terminal {
            text::visible(text)
        } else {
            text::one_line(text)
        }
    }

    /// Someone's text of several lines, each shown, and wrapped to the terminal's width
    /// after `indent`; exact in a pipe.
    pub(crate) fn paragraphs(&self, text: &str, indent: &str) -> Vec<String> {
        let Some(width) = self.width else {
            return text.lines().map(|line| format!("{indent}{line}")).collect();
        };
        let options = textwrap::Options::new(width.max(20))
            .initial_indent(indent)
            .subsequent_indent(indent);
        text.lines()
            .flat_map(|line| {
                let line = text::visible(line);
                if line.trim().is_empty() {
                    vec![indent.trim_end().to_owned()]
                } else {
                    textwrap::wrap(&line, &options)
                        .into_iter()
                        .map(Cow::into_owned)
                        .collect()
                }
            })
            .collect()
    }

    pub(crate) fn bold(&self, text: &str) -> String {
        if self.colour {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// One line of text, wrapped to the terminal's width with its later lines indented by
    /// `indent` columns; whole in a pipe.
    pub(crate) fn hanging(&self, text: &str, indent: usize) -> Vec<String> {
        let Some(width) = self.width else {
            return vec![text.to_owned()];
        };
        let indent = " ".repeat(indent);
        let options = textwrap::Options::new(width.max(20)).subsequent_indent(&indent);
        textwrap::wrap(text, &options)
            .into_iter()
            .map(Cow::into_owned)
            .collect()
    }

    /// A SHA-256: its first 12 digits on a terminal, whole in a pipe.
    pub(crate) fn digest<'a>(&self, sha256: &'a str) -> Cow<'a, str> {
        match sha256.get(..12) {
            Some(short) if self.terminal => Cow::Owned(format!("{short}…")),
            _ => Cow::Borrowed(sha256),
        }
    }

    /// A time: on a terminal as people say it, past (`3 minutes ago`) or to come (`in 7
    /// days`); exact in a pipe.
    pub(crate) fn time(&self, at: DateTime<Utc>) -> String {
        let now = Utc::now();
        // A minute's leeway: the service's clock and ours may differ by a little.
        if self.terminal && at > now + chrono::Duration::minutes(1) {
            until(at, now)
        } else if self.terminal {
            ago(at, now)
        } else {
            at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
        }
    }
}

/// Writes `values` as JSON lines, at once: for output that streams, a page at a time.
pub(crate) fn json_lines(values: &[serde_json::Value]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    write_lines(&mut out, values)?;
    out.flush()?;
    Ok(())
}

/// Each value compact, on a line of its own.
fn write_lines<'a>(
    out: &mut impl Write,
    values: impl IntoIterator<Item = &'a serde_json::Value>,
) -> anyhow::Result<()> {
    for value in values {
        serde_json::to_writer(&mut *out, value)?;
        writeln!(out)?;
    }
    Ok(())
}

/// An item of a JSON list as `serde_json`'s pretty printer writes it inside the list: each
/// line indented by two spaces. JSON strings hold no line breaks, so every line is the
/// value's own.
fn json_item(out: &mut impl Write, value: &serde_json::Value) -> anyhow::Result<()> {
    let pretty = serde_json::to_string_pretty(value)?;
    for (i, line) in pretty.lines().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write!(out, "  {line}")?;
    }
    Ok(())
}

pub(crate) fn print(ctx: &Context, output: &Output) -> anyhow::Result<()> {
    let options = ctx.output();
    let mut out = std::io::stdout().lock();
    let style = Style::of(ctx);
    match output {
        Output::Nothing => {}
        Output::Plain(text) => writeln!(out, "{text}")?,
        Output::Tickets { tickets, columns } => match options.format {
            Format::Json | Format::Jsonl => {
                let chosen = options.columns.is_some().then_some(&columns[..]);
                let json = tickets
                    .iter()
                    .map(|t| tickets::json(t, chosen))
                    .collect::<serde_json::Result<_>>()?;
                write_json(&mut out, serde_json::Value::Array(json), options)?;
            }
            Format::Csv | Format::Tsv => {
                tickets::write_rows(&mut out, tickets, columns, options.format, options.headers)?;
            }
            Format::Table | Format::Plain => {
                tickets::write(&mut out, tickets, columns, &style, options)?;
            }
        },
        _ if options.format.is_json() => {
            let mut json = output.json()?;
            if let Some(fields) = &options.columns {
                json = fields::select(json, fields)?;
            }
            write_json(&mut out, json, options)?;
        }
        _ if matches!(options.format, Format::Csv | Format::Tsv) => {
            let rows = output.rows(options.columns.as_deref())?;
            rows.write_delimited(&mut out, options.format, options.headers)?;
        }
        _ if options.columns.is_some() => {
            let table = output
                .rows(options.columns.as_deref())?
                .table(&style, options.headers);
            if !table.is_empty() {
                writeln!(out, "{table}")?;
            }
        }
        Output::Ticket(detail) => ticket::write(&mut out, detail, &style)?,
        Output::Catalogue(catalogue) => catalogue::write(&mut out, catalogue, &style)?,
        Output::Records { columns, rows, .. } => {
            let header: Vec<&str> = columns.iter().map(|(header, _)| *header).collect();
            let rows = rows
                .iter()
                .map(|row| row.iter().map(|cell| cell.render(&style)).collect());
            let header = options.headers.then_some(&header[..]);
            let table = records::fitted_table(header, rows, style.width);
            if !table.is_empty() {
                writeln!(out, "{table}")?;
            }
        }
        Output::Done { human, .. } if human.is_empty() => {}
        Output::Done { human, .. } => {
            for line in human.lines() {
                writeln!(out, "{}", style.line(line))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// JSON as `--format json` (pretty) or `jsonl` (each item of a list a line) writes it, or
/// through the `--jq` filter.
fn write_json(
    out: &mut impl Write,
    json: serde_json::Value,
    options: &Options,
) -> anyhow::Result<()> {
    match (&options.jq, json) {
        (Some(jq), json) => jq.write(&json.to_string(), out)?,
        (None, serde_json::Value::Array(items)) if options.format == Format::Jsonl => {
            write_lines(out, &items)?;
        }
        (None, json) if options.format == Format::Jsonl => write_lines(out, [&json])?,
        (None, json) => writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?,
    }
    Ok(())
}

/// "3 minutes ago", as people read times on a terminal.
fn ago(at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let seconds = (now - at).num_seconds().max(0);
    let (value, unit) = match seconds {
        0..60 => return "just now".into(),
        60..3600 => (seconds / 60, "minute"),
        3600..86_400 => (seconds / 3600, "hour"),
        86_400..2_592_000 => (seconds / 86_400, "day"),
        _ => return at.format("%Y-%m-%d").to_string(),
    };
    format!("{value} {unit}{} ago", if value == 1 { "" } else { "s" })
}

/// "in 7 days", as people read a time to come on a terminal.
fn until(at: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let seconds = (at - now).num_seconds();
    let (length, unit) = match seconds {
        ..60 => return "a moment from now".into(),
        60..3600 => (60, "minute"),
        3600..86_400 => (3600, "hour"),
        86_400..2_592_000 => (86_400, "day"),
        _ => return at.format("%Y-%m-%d").to_string(),
    };
    // To the nearest unit: a week's secret, just given, expires in 7 days, not 6.
    let value = (seconds + length / 2) / length;
    format!("in {value} {unit}{}", if value == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    #[test]
    fn times_to_come_read_as_people_say_them() {
        let now = chrono::Utc
            .with_ymd_and_hms(2026, 11, 23, 12, 0, 0)
            .unwrap();
        let later = |seconds| now + chrono::Duration::seconds(seconds);
        assert_eq!(super::until(later(7 * 86_400), now), "in 7 days");
        assert_eq!(super::until(later(7 * 86_400 - 1), now), "in 7 days");
        assert_eq!(super::until(later(3600), now), "in 1 hour");
        assert_eq!(super::until(later(40 * 86_400), now), "2027-01-02");
        assert_eq!(super::until(later(5), now), "a moment from now");
    }

    #[test]
    fn times_read_as_people_say_them() {
        let now = chrono::Utc
            .with_ymd_and_hms(2026, 11, 23, 12, 0, 0)
            .unwrap();
        assert_eq!(super::ago(now, now), "just now");
        assert_eq!(
            super::ago(now - chrono::Duration::minutes(1), now),
            "1 minute ago"
        );
        assert_eq!(
            super::ago(now - chrono::Duration::hours(5), now),
            "5 hours ago"
        );
        assert_eq!(
            super::ago(now - chrono::Duration::days(40), now),
            "2026-10-14"
        );
    }
}
