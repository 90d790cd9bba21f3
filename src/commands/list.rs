use crate::api::{TicketQuery, TicketType};
use crate::backend::Backend;
use crate::context::Context;
use crate::output::{Column, Output, TicketList};

/// The most tickets the service gives in a page.
const PAGE: usize = 100;

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
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
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
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    // Several people's tickets show whose each is.
    let with_requester = args.org.is_some() || args.requester.is_some();
    let mut query = TicketQuery {
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
    };
    let mut list = TicketList::new(ctx, Column::list(with_requester))?;
    let backend = ctx.backend()?;
    let max = match args.limit {
        0 => usize::MAX,
        limit => limit as usize,
    };
    loop {
        let wanted = (max - list.len()).min(PAGE);
        query.limit = Some(u32::try_from(wanted).unwrap_or(100));
        let page = backend.list_page(&query).await?;
        list.page(page.items)?;
        match page.next_cursor {
            Some(cursor) if list.len() < max => query.cursor = Some(cursor),
            _ => return list.end(),
        }
    }
}
