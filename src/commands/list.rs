use std::time::Duration;

use futures_util::StreamExt as _;
use tokio::time::Instant;

use crate::api::{EventQuery, Status, Ticket, TicketQuery, TicketType};
use crate::backend::Backend;
use crate::client::{EventRequest, HttpClient, Item};
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::{Column, Format, LiveTable, Output, TicketList};

/// The most tickets the service gives in a page.
const PAGE: usize = 100;

/// `--watch` redraws at most this often: a burst of changes (a script closing fifty tickets)
/// is one redraw, not fifty.
const REDRAW_EVERY: Duration = Duration::from_millis(200);

/// A table left alone is drawn again this often, so that its times (`3 minutes ago`) age.
const REFRESH_EVERY: Duration = Duration::from_secs(60);

/// List tickets, newest first
///
/// Examples:
///   tik list                         # open tickets
///   tik list --status all --limit 100
///   tik list --status escalated --priority critical
///   tik list --mine --json | jq '.[].key'
///   tik list --waiting                # tickets waiting for you
///   tik list --updated                # activity you have not seen
///   tik list --org                    # your organisation's, with their requesters
///   tik list --org acme --requester bob
///   tik list --dedupe-key "$PIPELINE:$JOB" --status all
///   tik list --columns key,status,title --no-headers
///   tik list --status all --limit 0 --format jsonl > tickets.jsonl
///   tik list --format csv --columns key,requester,title > open.csv
///   tik list --mine --watch           # a live table, redrawn as tickets change
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
// Each is a flag of the command line, as clap takes them.
#[allow(clippy::struct_excessive_bools)]
pub(crate) struct Args {
    /// open, closed, all, or one status (new, feedback, confirmed, assigned, escalated, resolved, closed)
    #[arg(short, long, default_value = "open")]
    status: String,
    /// Tickets of this type
    #[arg(long = "type", value_name = "TYPE")]
    kind: Option<TicketType>,
    /// A priority of the service's scale, e.g. high
    #[arg(short, long)]
    priority: Option<String>,
    /// Tickets assigned to this user
    #[arg(short, long, value_name = "USER")]
    assignee: Option<String>,
    /// Tickets opened by this user
    #[arg(long, value_name = "USER")]
    requester: Option<String>,
    /// Only tickets you opened or are assigned
    #[arg(long)]
    mine: bool,
    /// Only tickets of an organisation: yours, or the one named (agents)
    #[arg(long, value_name = "NAME", num_args = 0..=1, default_missing_value = "")]
    org: Option<String>,
    /// Only tickets waiting for you: an answer, a confirmation, or (agents) your work
    #[arg(long)]
    waiting: bool,
    /// Only tickets with activity you have not seen since you last showed them
    #[arg(long)]
    updated: bool,
    /// Only tickets with this dedupe key (`tik new --dedupe-key`)
    #[arg(long, value_name = "KEY")]
    dedupe_key: Option<String>,
    /// The most tickets to print; 0 for all of them (json, jsonl, csv and tsv are written
    /// as the pages come, so a list of any length takes the memory of one page)
    #[arg(short = 'L', long, default_value_t = 30)]
    limit: u32,
    /// Keep the table on the terminal live: redrawn as the tickets change, until Ctrl-C
    #[arg(long)]
    watch: bool,
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    // Several people's tickets show whose each is.
    let with_requester = args.org.is_some() || args.requester.is_some();
    let max = match args.limit {
        0 => usize::MAX,
        limit => limit as usize,
    };
    let watch = args.watch;
    let query = query(args);
    if watch {
        return live(ctx, &query, Column::list(with_requester), max).await;
    }
    let mut list = TicketList::new(ctx, Column::list(with_requester))?;
    let backend = ctx.backend()?;
    read_pages(&backend, query, max, |page| list.page(page)).await?;
    list.end()
}

fn query(args: Args) -> TicketQuery {
    TicketQuery {
        status: Some(args.status),
        kind: args.kind,
        priority: args.priority,
        assignee: args.assignee,
        requester: args.requester,
        mine: args.mine.then_some(true),
        my_organisation: (args.org.as_deref() == Some("")).then_some(true),
        organisation: args.org.filter(|name| !name.is_empty()),
        waiting: args.waiting.then_some(true),
        updated: args.updated.then_some(true),
        dedupe_key: args.dedupe_key,
        limit: None,
        cursor: None,
    }
}

/// Reads the pages of `query`, up to `max` tickets, handing each to `page`.
async fn read_pages(
    backend: &impl Backend,
    mut query: TicketQuery,
    max: usize,
    mut page: impl FnMut(Vec<Ticket>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut read = 0;
    loop {
        let wanted = (max - read).min(PAGE);
        query.limit = Some(u32::try_from(wanted).unwrap_or(100));
        let answer = backend.list_page(&query).await?;
        read += answer.items.len();
        page(answer.items)?;
        match answer.next_cursor {
            Some(cursor) if read < max => query.cursor = Some(cursor),
            _ => return Ok(()),
        }
    }
}

/// `--watch`: the table drawn, then drawn again from a new read each time the stream of
/// events says a ticket changed, until Ctrl-C.
async fn live(
    ctx: &Context,
    query: &TicketQuery,
    columns: Vec<Column>,
    max: usize,
) -> anyhow::Result<Output> {
    let options = ctx.output();
    if options.format != Format::Table || options.jq.is_some() {
        return Err(UsageError(
            "--watch keeps a table live on a terminal: not with --json, --format or --jq \
             (`tik watch` prints each change for programs)"
                .into(),
        )
        .into());
    }
    if !ctx.stdout_is_terminal() {
        return Err(UsageError(
            "--watch keeps a table live on a terminal, and this output is none: drop \
             --watch, or run `tik watch` to print each change"
                .into(),
        )
        .into());
    }
    let columns = match &options.columns {
        Some(names) => Column::named(names)?,
        None => columns,
    };
    let backend = ctx.backend()?;
    // Following before the first read: no change between the read and the stream is lost.
    let mut events = backend.events(follows(query)).await?;
    let mut table = LiveTable::start(ctx, columns)?;
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    let mut stale = true;
    let mut drawn: Option<Instant> = None;
    let mut note: Option<String> = None;
    loop {
        let due = drawn.map_or_else(Instant::now, |at| at + REDRAW_EVERY);
        if stale && due <= Instant::now() {
            let reader = backend.afresh();
            let tickets = tokio::select! {
                tickets = read_all(&reader, query, max) => tickets?,
                _ = &mut ctrl_c => break,
            };
            table.draw(&tickets, note.as_deref())?;
            stale = false;
            drawn = Some(Instant::now());
        }
        tokio::select! {
            item = events.next() => match item.transpose()? {
                None => break,
                Some(Item::Ready(_)) => {}
                Some(Item::Event(_)) => stale = true,
                Some(Item::Lost(why)) => {
                    note = Some(format!("connection lost ({why}); reconnecting…"));
                    table.note(note.as_deref())?;
                }
                Some(Item::Back) => {
                    note = None;
                    stale = true;
                }
            },
            () = tokio::time::sleep_until(due), if stale => {}
            // Not while the connection is lost: the read would fail as it does.
            () = tokio::time::sleep_until(due + REFRESH_EVERY), if !stale && note.is_none() => {
                stale = true;
            }
            _ = &mut ctrl_c => break,
        }
    }
    table.finish()?;
    Ok(Output::Nothing)
}

/// Every ticket of the list, up to `max`, read afresh.
async fn read_all(
    backend: &HttpClient,
    query: &TicketQuery,
    max: usize,
) -> anyhow::Result<Vec<Ticket>> {
    let mut tickets = Vec::new();
    read_pages(backend, query.clone(), max, |page| {
        tickets.extend(page);
        Ok(())
    })
    .await?;
    Ok(tickets)
}

/// The events that can change the list: of the same tickets where the stream's filters say
/// as much (yours, your organisation's, one status), else all the caller sees.
fn follows(query: &TicketQuery) -> EventRequest {
    EventRequest {
        ticket: None,
        query: EventQuery {
            mine: query.mine,
            my_organisation: query.my_organisation,
            status: query
                .status
                .as_deref()
                .and_then(|s| s.parse::<Status>().ok()),
            ..EventQuery::default()
        },
    }
}
