use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use futures_util::StreamExt as _;

use crate::api::{EventQuery, Resolution, Status, StreamReady, TicketEvent};
use crate::backend::Backend;
use crate::client::{EventRequest, Item};
use crate::context::Context;
use crate::exit::{NotFixed, UsageError};
use crate::output::{EventLines, Output};

/// Follow tickets live: a line for each change, as it happens
///
/// Prints each change to the tickets named, or to every ticket you may see that the filters
/// keep, as the service pushes it: the local time, the ticket, who made the change, and what
/// it was (a status and its resolution, the start of a comment, files attached, an
/// escalation's stage and estimated date, an assignment). --format jsonl (or --json) prints
/// each change as a JSON object on a line of its own; --jq filters each.
///
/// It follows until stopped (Ctrl-C) or, with --until, until every ticket named gets to a
/// status: `resolved` is reached by resolved or closed, `closed` by closed, and any other
/// status by that status; closed always ends the wait for a ticket. Only changes made after
/// the command started count: the past that --since shows is printed, not judged.
///
/// A lost connection (the service restarting, the network failing) is opened again, with
/// backoff, where it stopped: no change is missed or printed twice. The command gives up
/// (exit 5) when no connection succeeds within --timeout of the loss.
///
/// Exit status:
///   0  --until: every ticket got there, and none was resolved or closed otherwise than
///      fixed
///   6  --until: a ticket was resolved or closed otherwise than fixed (won't fix,
///      duplicate, not a bug, …)
///   5  the service could not be reached within --timeout, at the start or after a loss
///   2, 3, 4  as for every command: a usage error, a refused token, a ticket you may not
///      see
///
/// Examples:
///   tik watch CS-12
///   tik watch CS-12 CS-40 --until resolved && ./deploy.sh
///   tik watch CS-12 --until closed --timeout 300
///   tik watch --mine
///   tik watch --org --status escalated
///   tik watch --since 2h                 # the last two hours, then live
///   tik watch CS-12 --since 1200 --format jsonl
///   tik watch --assigned --jq 'select(.kind == "commented") | .ticket'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    /// The tickets to follow, e.g. CS-12 [default: every ticket you may see that the
    /// filters keep]
    #[arg(value_name = "KEY")]
    key: Vec<String>,
    /// Only tickets you opened or are assigned
    #[arg(long, conflicts_with = "key")]
    mine: bool,
    /// Only tickets of your organisation
    #[arg(long, conflicts_with = "key")]
    org: bool,
    /// Only tickets assigned to you
    #[arg(long, conflicts_with = "key")]
    assigned: bool,
    /// Only changes that leave a ticket in this status, or move it out of it
    #[arg(long, conflicts_with = "until")]
    status: Option<Status>,
    /// First the changes after this one (a seq, as in --format jsonl), or of the last span
    /// of time (10m, 2h, 1d), then the live ones
    #[arg(long, value_name = "SEQ|DURATION", value_parser = since)]
    since: Option<Since>,
    /// Exit when every ticket named is resolved (or closed), closed, or in this status (or
    /// closed)
    #[arg(long, value_name = "STATUS", requires = "key")]
    until: Option<Status>,
}

/// Where the stream starts, before the live changes.
#[derive(Debug, Clone, Copy)]
enum Since {
    /// After this change.
    After(u64),
    /// From this time on.
    At(DateTime<Utc>),
}

/// A bare number is a seq; a number with a unit, a span of time back from now.
fn since(value: &str) -> Result<Since, String> {
    const HINT: &str = "--since takes a seq (e.g. 1200) or a span of time: a number with s, m, \
                        h or d, e.g. 10m or 2d";
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return value.parse().map(Since::After).map_err(|_| HINT.to_owned());
    }
    crate::units::duration(value)
        .and_then(|span| chrono::Duration::from_std(span).ok())
        .and_then(|span| Utc::now().checked_sub_signed(span))
        .map(Since::At)
        .ok_or_else(|| HINT.to_owned())
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    // A format a stream cannot be written in is refused before the service is asked.
    let lines = EventLines::new(ctx)?;
    let keys = distinct_keys(&args.key)?;
    let backend = ctx.backend()?;
    let mut events = backend.events(request(&args, &keys)).await?;
    let mut wait: Option<Wait> = None;
    let mut lost = false;
    while let Some(item) = events.next().await {
        match item? {
            Item::Ready(ready) => {
                // The first connection may be lost before it was ready.
                if std::mem::take(&mut lost) {
                    lines.notice("reconnected");
                }
                if let Some(target) = args.until {
                    wait = Some(Wait::new(target, &ready));
                }
            }
            Item::Event(event) => {
                lines.event(&event)?;
                if let Some(wait) = &mut wait {
                    wait.apply(&event);
                }
            }
            Item::Lost(_) => {
                lost = true;
                lines.notice("connection lost; reconnecting…");
            }
            Item::Back => {
                lost = false;
                lines.notice("reconnected");
            }
        }
        if let Some(outcome) = wait.as_ref().and_then(Wait::outcome) {
            return outcome;
        }
    }
    Ok(Output::Nothing)
}

/// The keys given, each once, checked to be keys before they go into a query.
fn distinct_keys(given: &[String]) -> Result<Vec<String>, UsageError> {
    let mut keys: Vec<String> = Vec::with_capacity(given.len());
    for key in given {
        let key = key.trim();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(UsageError(format!(
                "'{key}' is not a ticket key (like CS-12)"
            )));
        }
        if !keys.iter().any(|k| k.eq_ignore_ascii_case(key)) {
            keys.push(key.to_owned());
        }
    }
    Ok(keys)
}

/// The stream the arguments name: one ticket's, several tickets', or the filtered whole.
fn request(args: &Args, keys: &[String]) -> EventRequest {
    let (after, since) = match args.since {
        Some(Since::After(seq)) => (Some(seq), None),
        Some(Since::At(at)) => (None, Some(at)),
        None => (None, None),
    };
    let query = EventQuery {
        tickets: (keys.len() > 1).then(|| keys.join(",")),
        mine: args.mine.then_some(true),
        my_organisation: args.org.then_some(true),
        assigned: args.assigned.then_some(true),
        status: args.status,
        after,
        since,
        follow: None,
    };
    let ticket = match keys {
        [key] => Some(key.clone()),
        _ => None,
    };
    EventRequest { ticket, query }
}

/// What `--until` waits for: each ticket named, until it gets to the status or is closed.
struct Wait {
    target: Status,
    /// Changes up to this one are the past: printed, not judged.
    head: u64,
    /// Each ticket's status and resolution when it got there; none while it has not.
    tickets: BTreeMap<String, Option<(Status, Resolution)>>,
}

impl Wait {
    /// Starts from where the tickets stood when the stream opened.
    fn new(target: Status, ready: &StreamReady) -> Self {
        let mut wait = Self {
            target,
            head: ready.head,
            tickets: BTreeMap::new(),
        };
        // The service answers for every ticket named (in the form events name it), or
        // refuses the stream: its states are the tickets to wait for.
        for state in &ready.tickets {
            wait.tickets.insert(state.key.clone(), None);
            wait.judge(&state.key, state.status, state.resolution);
        }
        wait
    }

    fn apply(&mut self, event: &TicketEvent) {
        if event.seq > self.head {
            self.judge(&event.ticket, event.status, event.resolution);
        }
    }

    fn judge(&mut self, key: &str, status: Status, resolution: Resolution) {
        // Closed ends every wait; resolved is reached by closed too.
        let reached = status == self.target || status == Status::Closed;
        if let Some(end @ None) = self.tickets.get_mut(key)
            && reached
        {
            *end = Some((status, resolution));
        }
    }

    /// Once every ticket got there: done, or the tickets that ended otherwise than fixed.
    fn outcome(&self) -> Option<anyhow::Result<Output>> {
        if self.tickets.values().any(Option::is_none) {
            return None;
        }
        let unfixed: Vec<String> = self
            .tickets
            .iter()
            .filter_map(|(key, end)| {
                let (status, resolution) = (*end)?;
                let ended = matches!(status, Status::Resolved | Status::Closed);
                (ended && resolution != Resolution::Fixed)
                    .then(|| format!("{key} was {status} as {resolution}"))
            })
            .collect();
        Some(if unfixed.is_empty() {
            Ok(Output::Nothing)
        } else {
            Err(NotFixed(format!("{}, not fixed", unfixed.join("; "))).into())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{Since, Wait, since};
    use crate::api::{Resolution, Status, StreamReady, TicketEvent, TicketState};

    fn state(key: &str, status: Status, resolution: Resolution) -> TicketState {
        TicketState {
            key: key.into(),
            title: "t".into(),
            status,
            resolution,
        }
    }

    fn event(seq: u64, key: &str, status: Status, resolution: Resolution) -> TicketEvent {
        TicketEvent {
            seq,
            at: chrono::Utc::now(),
            ticket: key.into(),
            title: "t".into(),
            kind: "status-changed".into(),
            actor: None,
            changes: Vec::new(),
            status,
            resolution,
            comment: None,
            attachments: Vec::new(),
            escalation: None,
        }
    }

    fn wait(target: Status) -> Wait {
        let ready = StreamReady {
            head: 10,
            tickets: vec![
                state("CS-1", Status::New, Resolution::Open),
                state("CS-2", Status::Assigned, Resolution::Open),
            ],
        };
        Wait::new(target, &ready)
    }

    fn exit_code(wait: &Wait) -> Option<u8> {
        wait.outcome()
            .map(|outcome| outcome.map_or_else(|err| crate::exit::exit_code(&err), |_| 0))
    }

    #[test]
    fn resolved_is_reached_by_resolved_or_closed_and_fixed_is_a_success() {
        let mut wait = wait(Status::Resolved);
        wait.apply(&event(11, "CS-1", Status::Resolved, Resolution::Fixed));
        assert_eq!(exit_code(&wait), None, "CS-2 is still open");
        wait.apply(&event(12, "CS-2", Status::Closed, Resolution::Fixed));
        assert_eq!(exit_code(&wait), Some(0));
    }

    #[test]
    fn ending_otherwise_than_fixed_exits_6() {
        let mut wait = wait(Status::Closed);
        wait.apply(&event(11, "CS-1", Status::Resolved, Resolution::WontFix));
        assert_eq!(exit_code(&wait), None, "resolved is not closed");
        wait.apply(&event(12, "CS-1", Status::Closed, Resolution::WontFix));
        wait.apply(&event(13, "CS-2", Status::Closed, Resolution::Fixed));
        assert_eq!(exit_code(&wait), Some(6));
        let Some(Err(err)) = wait.outcome() else {
            panic!("not a failure");
        };
        let said = err.to_string();
        assert_eq!(said, "CS-1 was closed as wont-fix, not fixed");
    }

    #[test]
    fn another_status_is_reached_by_itself_and_closed_ends_the_wait() {
        let mut wait = wait(Status::Feedback);
        wait.apply(&event(11, "CS-1", Status::Resolved, Resolution::Fixed));
        wait.apply(&event(12, "CS-1", Status::Feedback, Resolution::Reopened));
        wait.apply(&event(13, "CS-2", Status::Closed, Resolution::Duplicate));
        assert_eq!(exit_code(&wait), Some(6));
    }

    #[test]
    fn the_past_is_not_judged_but_the_state_at_head_is() {
        let mut wait = wait(Status::Resolved);
        wait.apply(&event(9, "CS-1", Status::Resolved, Resolution::Fixed));
        wait.apply(&event(10, "CS-2", Status::Resolved, Resolution::Fixed));
        assert_eq!(exit_code(&wait), None, "replayed events end nothing");
        let ready = StreamReady {
            head: 10,
            tickets: vec![state("CS-1", Status::Closed, Resolution::Fixed)],
        };
        let done = Wait::new(Status::Resolved, &ready);
        assert_eq!(exit_code(&done), Some(0), "already there when it started");
    }

    #[test]
    fn since_takes_a_seq_or_a_span_back_from_now() {
        assert!(matches!(since("1200"), Ok(Since::After(1200))));
        let Ok(Since::At(at)) = since("2h") else {
            panic!("a time");
        };
        let back = chrono::Utc::now() - at;
        assert!((7199..=7201).contains(&back.num_seconds()), "{back}");
        for wrong in ["", "2x", "-5", "1.5h"] {
            assert!(since(wrong).is_err(), "{wrong}");
        }
    }
}
