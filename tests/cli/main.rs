//! End-to-end tests of the `tik` binary: every command runs with a cleared environment against
//! a real `tik serve` on `127.0.0.1:0` with its own temporary database (one per test, so tests
//! run in parallel). `harness` sets that up; one module a subcommand.

mod harness;
mod hostile;
mod keyring;
mod network;

mod admin;
mod api;
mod attach;
mod attachment_limits;
mod auth;
mod catalog;
mod close;
mod comment;
mod completion;
mod config;
mod dedupe;
mod download;
mod errors;
mod escalate;
mod events;
mod exit_codes;
mod formats;
mod guided;
mod list;
mod machine;
mod man;
mod markers;
mod new;
mod rating;
mod readme;
mod relations;
mod retries;
mod roles;
mod secret;
mod serve;
mod show;
mod terminal;
mod tokens;
mod transport;
mod watch;
mod workflow;
