// The suite's modules, shared by its two roots: tests/cli/main.rs (SQLite) and
// tests/cli_postgres.rs (PostgreSQL). Each root names its backend; `harness` reads it.

mod harness;
mod hostile;
mod keyring;
mod network;
mod postgres;

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
mod replicas;
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
