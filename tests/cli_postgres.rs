//! The end-to-end suite of tests/cli again, every service on PostgreSQL: a database of its own
//! on the server `TIK_TEST_DATABASE_URL` names, else on a cluster this process starts from
//! Debian's packages (tests/cli/postgres.rs). Without either, it is skipped, saying so, unless
//! `TIK_REQUIRE_PG=1`.

/// The store every service of this binary keeps its data in.
const BACKEND: harness::Backend = harness::Backend::Postgres;

include!("cli/suite.rs");
