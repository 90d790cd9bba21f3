//! What the ticket commands need from a tracker. `tik serve` is reached through
//! [`crate::client::HttpClient`]; other trackers can sit behind the same trait later.

use async_trait::async_trait;
use indicatif::ProgressBar;

use crate::api::{
    Attachment, AttachmentLimits, Catalogue, CloseTicket, Comment, Escalation, NewComment,
    NewTicket, ReopenTicket, Ticket, TicketDetail, TicketQuery, User,
};
use crate::client::{ClientError, LocalFile};

pub(crate) type Result<T> = std::result::Result<T, ClientError>;

#[async_trait]
pub(crate) trait Backend {
    /// Who the credentials act as.
    async fn me(&self) -> Result<User>;
    async fn limits(&self) -> Result<AttachmentLimits>;
    /// What tickets are filed under.
    async fn catalogue(&self) -> Result<Catalogue>;
    /// Opens a ticket with `files` attached, all or nothing.
    async fn create(
        &self,
        ticket: NewTicket,
        files: &[LocalFile],
        progress: &ProgressBar,
    ) -> Result<TicketDetail>;
    /// Up to `max` tickets matching `query`, newest first, across as many pages as it takes.
    async fn list(&self, query: TicketQuery, max: usize) -> Result<Vec<Ticket>>;
    async fn show(&self, key: &str) -> Result<TicketDetail>;
    async fn comment(
        &self,
        key: &str,
        comment: NewComment,
        files: &[LocalFile],
        progress: &ProgressBar,
    ) -> Result<Comment>;
    async fn attach(
        &self,
        key: &str,
        files: &[LocalFile],
        progress: &ProgressBar,
    ) -> Result<Vec<Attachment>>;
    async fn escalate(&self, key: &str, reason: &str) -> Result<Escalation>;
    async fn close(&self, key: &str, close: CloseTicket) -> Result<TicketDetail>;
    async fn reopen(&self, key: &str, reopen: ReopenTicket) -> Result<TicketDetail>;
}
