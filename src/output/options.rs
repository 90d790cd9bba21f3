//! What the user asked of the output: `--format`, `--json[=FIELDS]`, `--jq`, `--columns` and
//! `--no-headers`, settled once before the command runs, so that a mistake in them is said
//! before anything is changed, never after a ticket was made and its answer lost.

use clap::ValueEnum;

use super::Jq;
use crate::cli::GlobalArgs;
use crate::exit::UsageError;

/// How output is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// For people: tables and text, fitted to the terminal (the default)
    Table,
    /// One JSON document (`--json` says the same)
    Json,
    /// A JSON value a line: each item of a list on its own line
    Jsonl,
    /// Comma-separated values (RFC 4180), a header line first
    Csv,
    /// Tab-separated values, a header line first; tabs, line breaks and backslashes escaped
    Tsv,
    /// The text for people as a pipe gets it: no colour, nothing cut, exact times
    Plain,
}

impl Format {
    pub(crate) fn is_json(self) -> bool {
        matches!(self, Self::Json | Self::Jsonl)
    }

    fn name(self) -> &'static str {
        match self {
            Self::Table => "table",
            Self::Json => "json",
            Self::Jsonl => "jsonl",
            Self::Csv => "csv",
            Self::Tsv => "tsv",
            Self::Plain => "plain",
        }
    }
}

#[derive(Debug)]
pub(crate) struct Options {
    pub(crate) format: Format,
    /// The columns (JSON fields) asked for, in their order; none for each output's own.
    pub(crate) columns: Option<Vec<String>>,
    pub(crate) headers: bool,
    pub(crate) jq: Option<Jq>,
}

impl Options {
    pub(crate) fn of(global: &GlobalArgs) -> Result<Self, UsageError> {
        let format = match (global.format, &global.json) {
            (Some(format), Some(_)) if format != Format::Json => {
                return Err(UsageError(format!(
                    "--json and --format {} ask for two formats: give one",
                    format.name()
                )));
            }
            (_, Some(_)) => Format::Json,
            (Some(format), None) => format,
            (None, None) if global.jq.is_some() => Format::Json,
            (None, None) => Format::Table,
        };
        if global.jq.is_some() && !format.is_json() {
            return Err(UsageError(format!(
                "--jq filters JSON: it goes with --format json or jsonl, not {}",
                format.name()
            )));
        }
        let fields = global.json.as_deref().filter(|fields| !fields.is_empty());
        let columns = match (fields, &global.columns) {
            (Some(_), Some(_)) => {
                return Err(UsageError(
                    "--json=FIELDS and --columns both choose fields: give one".into(),
                ));
            }
            (Some(fields), None) => Some(names(fields)),
            (None, Some(columns)) => Some(names(columns)),
            (None, None) => None,
        };
        if columns.as_ref().is_some_and(Vec::is_empty) {
            return Err(UsageError(
                "--columns names no column: give them comma-separated, e.g. key,status,title"
                    .into(),
            ));
        }
        let jq = global.jq.as_deref().map(Jq::compile).transpose()?;
        Ok(Self {
            format,
            columns,
            headers: !global.no_headers,
            jq,
        })
    }
}

/// `key, status,,title` as `[key, status, title]`.
fn names(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}
