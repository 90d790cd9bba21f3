//! `tik list --watch`: the ticket table kept live on a terminal. It is drawn on the
//! terminal's alternate screen (as `watch`, `top` and `less` draw), each time whole, from the
//! top, fitted to the terminal's size at that moment; when it ends, the terminal's own screen
//! comes back as it was, with the last table printed under it, as `tik list` prints it.

use std::io::Write;

use crossterm::{cursor, execute, queue, terminal};

use super::{Style, tickets};
use crate::api::Ticket;
use crate::context::Context;
use crate::output::Column;

/// The line under the table when nothing is wrong.
const FOOTER: &str = "Live: redrawn as tickets change; Ctrl-C ends it";

pub(crate) struct LiveTable<'a> {
    ctx: &'a Context,
    columns: Vec<Column>,
    /// The table last drawn, without the lines cut to fit the screen.
    last: Vec<String>,
    /// Whether the alternate screen is up (and the cursor hidden).
    up: bool,
}

impl<'a> LiveTable<'a> {
    /// Switches to the alternate screen, where the table is drawn.
    pub(crate) fn start(ctx: &'a Context, columns: Vec<Column>) -> std::io::Result<Self> {
        execute!(
            std::io::stdout(),
            terminal::EnterAlternateScreen,
            cursor::Hide
        )?;
        Ok(Self {
            ctx,
            columns,
            last: Vec::new(),
            up: true,
        })
    }

    /// Draws `tickets` over what was there, with `note` (a lost connection) or the footer
    /// under them.
    pub(crate) fn draw(&mut self, tickets: &[Ticket], note: Option<&str>) -> anyhow::Result<()> {
        self.last = self.render(tickets)?;
        self.redraw(note)
    }

    /// Says `note` (or, with none, the footer) under the table last drawn.
    pub(crate) fn note(&mut self, note: Option<&str>) -> anyhow::Result<()> {
        self.redraw(note)
    }

    /// The table as `tik list` prints it on this terminal, as it is sized now.
    fn render(&self, tickets: &[Ticket]) -> anyhow::Result<Vec<String>> {
        if tickets.is_empty() {
            return Ok(vec!["no tickets match".to_owned()]);
        }
        let style = Style::of(self.ctx);
        let mut table = Vec::new();
        tickets::write(
            &mut table,
            tickets,
            &self.columns,
            &style,
            self.ctx.output(),
        )?;
        Ok(String::from_utf8(table)?
            .lines()
            .map(str::to_owned)
            .collect())
    }

    fn redraw(&self, note: Option<&str>) -> anyhow::Result<()> {
        let height = height();
        // The footer takes the last line; the table, what is left.
        let room = usize::from(height) - 1;
        let mut out = std::io::stdout().lock();
        queue!(
            out,
            cursor::MoveTo(0, 0),
            terminal::Clear(terminal::ClearType::All)
        )?;
        let cut = self.last.len() > room;
        let shown = if cut { room - 1 } else { self.last.len() };
        for line in &self.last[..shown] {
            write!(out, "{line}\r\n")?;
        }
        if cut {
            write!(out, "… {} more\r\n", self.last.len() - shown)?;
        }
        queue!(out, cursor::MoveTo(0, height - 1))?;
        write!(out, "{}", note.unwrap_or(FOOTER))?;
        out.flush()?;
        Ok(())
    }

    /// Leaves the alternate screen, and prints the last table on the terminal's own.
    pub(crate) fn finish(mut self) -> anyhow::Result<()> {
        self.restore()?;
        let mut out = std::io::stdout().lock();
        for line in &self.last {
            writeln!(out, "{line}")?;
        }
        out.flush()?;
        Ok(())
    }

    fn restore(&mut self) -> std::io::Result<()> {
        if std::mem::take(&mut self.up) {
            execute!(
                std::io::stdout(),
                cursor::Show,
                terminal::LeaveAlternateScreen
            )?;
        }
        Ok(())
    }
}

/// The terminal's height in lines (`LINES` first, as `COLUMNS` for its width); 24 for a
/// terminal that says none (some pseudo-terminals have no size); at least 2.
fn height() -> u16 {
    std::env::var("LINES")
        .ok()
        .and_then(|lines| lines.trim().parse().ok())
        .or_else(|| terminal::size().ok().map(|(_, rows)| rows))
        .filter(|rows| *rows > 0)
        .unwrap_or(24)
        .max(2)
}

/// However the command ends (an error, a lost service), the terminal is left as it was.
impl Drop for LiveTable<'_> {
    fn drop(&mut self) {
        let _ = self.restore();
    }
}
