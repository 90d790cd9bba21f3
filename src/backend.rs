//! What the ticket commands need from a tracker. `tik serve` is reached through
//! [`crate::client::HttpClient`]; other trackers can sit behind the same trait later.

use async_trait::async_trait;
use indicatif::ProgressBar;

use crate::api::{
    Attachment, AttachmentLimits, CloseTicket, Comment, Escalation, NewComment, NewSecret,
    NewTicket, ReopenTicket, SecretInfo, SharedSecret, Ticket, TicketDetail, TicketQuery, User,
};
use crate::client::{ClientError, LocalFile};

pub(crate) type Result<T> = std::result::Result<T, ClientError>;

#[async_trait]
pub(crate) trait Backend {
    /// Who the credentials act as.
    async fn me(&self) -> Result<User>;
    async fn limits(&self) -> Result<AttachmentLimits>;
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
    /// Gives the ticket a secret for support, replacing any.
    async fn give_secret(&self, key: &str, secret: &NewSecret) -> Result<SecretInfo>;
    /// The ticket's secret: for agents and admins.
    async fn secret(&self, key: &str) -> Result<SharedSecret>;
    async fn clear_secret(&self, key: &str) -> Result<()>;
}
