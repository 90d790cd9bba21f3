//! Tickets, opening, listing, reading and changing their fields: the PostgreSQL twin of the
//! SQLite backend's `tickets`.

use super::Tx;
use super::rows;
use crate::api::TicketDetail;
use crate::server::error::Result;
use crate::server::store::Actor;

/// Re-reads a ticket after a change, as its caller sees it.
pub(super) async fn reload(tx: &Tx<'_>, actor: &Actor, key: &str) -> Result<TicketDetail> {
    let row = rows::visible_ticket(tx, actor, key).await?;
    rows::detail(tx, actor, row).await
}
