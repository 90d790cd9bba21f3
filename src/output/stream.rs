//! The ticket list as it comes, a page at a time. In the formats for programs (json, jsonl,
//! csv, tsv) each page is written as soon as it arrives and then let go, so the memory a list
//! takes is one page's, however long the list. A table must see every row to size its
//! columns, and a jq filter takes the list whole: those keep the pages to the end.

use std::io::Write;

use super::{Format, Output, tickets};
use crate::api::Ticket;
use crate::context::Context;
use crate::exit::UsageError;
use crate::output::Column;

pub(crate) struct TicketList<'a> {
    ctx: &'a Context,
    columns: Vec<Column>,
    /// The tickets so far, when the format needs them all before it writes.
    kept: Option<Vec<Ticket>>,
    written: usize,
}

impl<'a> TicketList<'a> {
    /// A list of the `--columns` asked for, else of `defaults`; a column that is no
    /// ticket's is refused here, before anything is asked of the service.
    pub(crate) fn new(ctx: &'a Context, defaults: Vec<Column>) -> Result<Self, UsageError> {
        let options = ctx.output();
        let columns = match &options.columns {
            Some(names) => Column::named(names)?,
            None => defaults,
        };
        let streams = options.jq.is_none()
            && matches!(
                options.format,
                Format::Json | Format::Jsonl | Format::Csv | Format::Tsv
            );
        Ok(Self {
            ctx,
            columns,
            kept: (!streams).then(Vec::new),
            written: 0,
        })
    }

    pub(crate) fn page(&mut self, page: Vec<Ticket>) -> anyhow::Result<()> {
        if let Some(kept) = &mut self.kept {
            kept.extend(page);
            return Ok(());
        }
        if page.is_empty() {
            return Ok(());
        }
        let options = self.ctx.output();
        let chosen = options.columns.is_some().then_some(&self.columns[..]);
        let mut out = std::io::stdout().lock();
        match options.format {
            Format::Json => {
                for ticket in &page {
                    let opening: &[u8] = if self.written == 0 { b"[\n" } else { b",\n" };
                    out.write_all(opening)?;
                    super::json_item(&mut out, &tickets::json(ticket, chosen)?)?;
                    self.written += 1;
                }
            }
            Format::Jsonl => {
                let lines = page
                    .iter()
                    .map(|ticket| tickets::json(ticket, chosen))
                    .collect::<serde_json::Result<Vec<_>>>()?;
                super::write_lines(&mut out, &lines)?;
                self.written += lines.len();
            }
            format => {
                let header = self.written == 0 && options.headers;
                tickets::write_rows(&mut out, &page, &self.columns, format, header)?;
                self.written += page.len();
            }
        }
        out.flush()?;
        Ok(())
    }

    /// The list's end: what is left to print, if anything.
    pub(crate) fn end(self) -> anyhow::Result<Output> {
        if let Some(tickets) = self.kept {
            return Ok(Output::Tickets {
                tickets,
                columns: self.columns,
            });
        }
        let options = self.ctx.output();
        let mut out = std::io::stdout().lock();
        match options.format {
            Format::Json if self.written == 0 => writeln!(out, "[]")?,
            Format::Json => writeln!(out, "\n]")?,
            // No rows under a header is still a well-formed file.
            Format::Csv | Format::Tsv if self.written == 0 => {
                tickets::write_rows(
                    &mut out,
                    &[],
                    &self.columns,
                    options.format,
                    options.headers,
                )?;
            }
            _ => {}
        }
        out.flush()?;
        Ok(Output::Nothing)
    }
}
