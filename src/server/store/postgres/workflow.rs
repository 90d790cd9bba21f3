//! The workflow of the PostgreSQL backend.
