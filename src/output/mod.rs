//! Rendering: commands return an [`Output`], and this module alone writes to stdout, as a
//! table or text for people, or JSON for programs.

pub(crate) mod records;
mod ticket;
mod tickets;

use std::io::Write;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::api::{Ticket, TicketDetail};
use crate::context::Context;

/// What a command produced.
pub(crate) enum Output {
    Ticket(Box<TicketDetail>),
    Tickets(Vec<Ticket>),
    /// A result told in a line or two for people, and as JSON for programs.
    Done {
        human: String,
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
}

/// How human output looks on this stdout.
pub(crate) struct Style {
    pub(crate) colour: bool,
    /// A terminal gets relative times and a table fitted to its width; a pipe gets exact
    /// RFC 3339 times and nothing cut.
    pub(crate) terminal: bool,
}

impl Style {
    pub(crate) fn time(&self, at: DateTime<Utc>) -> String {
        if self.terminal {
            ago(at, Utc::now())
        } else {
            at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
        }
    }
}

pub(crate) fn print(ctx: &Context, output: &Output) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    let style = Style {
        colour: ctx.colour(),
        terminal: ctx.stdout_is_terminal(),
    };
    match output {
        Output::Nothing => {}
        Output::Plain(text) => writeln!(out, "{text}")?,
        _ if ctx.global.json => {
            match output {
                Output::Ticket(detail) => serde_json::to_writer_pretty(&mut out, detail)?,
                Output::Tickets(tickets) => serde_json::to_writer_pretty(&mut out, tickets)?,
                Output::Done { json, .. } => serde_json::to_writer_pretty(&mut out, json)?,
                Output::Plain(_) | Output::Nothing => unreachable!("handled above"),
            }
            writeln!(out)?;
        }
        Output::Ticket(detail) => ticket::write(&mut out, detail, &style)?,
        Output::Tickets(tickets) => tickets::write(&mut out, tickets, &style)?,
        Output::Done { human, .. } => writeln!(out, "{human}")?,
    }
    out.flush()?;
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

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

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
