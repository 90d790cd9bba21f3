//! tik: a command-line ticket tool with git-style subcommands, and the ticket service it
//! talks to (`tik serve`), in one binary.

mod api;
mod backend;
mod catalogue_file;
pub mod cli;
mod client;
mod commands;
mod complete;
mod config;
mod context;
mod credentials;
mod exit;
#[doc(hidden)]
pub mod generated;
mod output;
mod server;
mod units;

pub use complete::complete_if_asked;
pub use exit::{report, report_usage};

/// Runs a parsed command line on the one async runtime.
pub fn run(cli: cli::Cli) -> anyhow::Result<()> {
    let runtime = match cli.command {
        // The service uses every core; a command needs one thread.
        cli::Command::Serve(_) => tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?,
        _ => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?,
    };
    runtime.block_on(commands::dispatch(cli))
}
