//! End-to-end tests of the `tik` binary: every command runs with a cleared environment against
//! a real `tik serve` on `127.0.0.1:0` with its own temporary database (one per test, so tests
//! run in parallel). `harness` sets that up; one module a subcommand.
//!
//! This root runs the suite on SQLite; `tests/cli_postgres.rs` runs the same modules on
//! PostgreSQL.

/// The store every service of this binary keeps its data in.
const BACKEND: harness::Backend = harness::Backend::Sqlite;

include!("suite.rs");
