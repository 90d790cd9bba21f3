use clap::Subcommand;

use crate::api::{EscalationStage, StageChange};
use crate::backend::Backend;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::Output;

/// Move an escalation through its stages (agents)
///
/// An escalation goes submitted → under-evaluation → engineering → verifying-resolution →
/// resolved. In verifying-resolution the requester is asked to confirm the fix: the ticket
/// waits for them. When it is resolved, the ticket goes back to support to close.
///
/// Examples:
///   tik escalation stage CP-7 engineering --eta 2026-12-15
///   tik escalation stage CP-7 verifying-resolution
///   tik escalation stage CP-7 resolved
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub(crate) struct Args {
    #[command(subcommand)]
    command: EscalationCommand,
}

#[derive(Debug, Subcommand)]
enum EscalationCommand {
    /// Move an escalation to a later stage
    ///
    /// Examples:
    ///   tik escalation stage CP-3 under-evaluation
    ///   tik escalation stage CP-3 engineering --eta 2026-12-15
    ///   tik escalation stage CP-3 verifying-resolution
    #[command(verbatim_doc_comment)]
    Stage {
        /// The escalation's key, e.g. CP-7
        key: String,
        /// The stage it reaches
        stage: EscalationStage,
        /// The estimated resolution date: YYYY-MM-DD (end of that day, UTC) or RFC 3339
        #[arg(long, value_name = "DATE", value_parser = eta)]
        eta: Option<chrono::DateTime<chrono::Utc>>,
    },
}

fn eta(text: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    if let Ok(day) = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        let end = day.and_hms_opt(23, 59, 59).expect("a valid time");
        return Ok(end.and_utc());
    }
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|at| at.with_timezone(&chrono::Utc))
        .map_err(|_| "a date is YYYY-MM-DD, or an RFC 3339 time".to_owned())
}

pub(crate) async fn run(ctx: &Context, args: Args) -> anyhow::Result<Output> {
    let EscalationCommand::Stage { key, stage, eta } = args.command;
    if eta.is_some_and(|eta| eta < chrono::Utc::now()) {
        return Err(UsageError("the estimated resolution date is in the past".into()).into());
    }
    let change = StageChange {
        stage,
        estimated_resolution_at: eta,
    };
    let escalation = ctx.backend()?.move_escalation(&key, change).await?;
    Output::done(
        format!(
            "Moved {} of {} to {}",
            escalation.key, escalation.ticket, escalation.stage
        ),
        &escalation,
    )
}
