//! What the ticket commands need from a tracker. `tik serve` is reached through
//! [`crate::client::HttpClient`]; other trackers can sit behind the same trait later.

use async_trait::async_trait;
use indicatif::ProgressBar;

use crate::api::{
    Attachment, AttachmentLimits, Catalogue, CloseTicket, Comment, Escalation, Me, NewComment,
    NewRating, NewSecret, NewTicket, ReopenTicket, SecretInfo, SharedSecret, StageChange,
    StatusChange, TicketDetail, TicketPage, TicketPatch, TicketQuery, User,
};
use crate::client::{ClientError, Downloaded, EventRequest, Events, LocalFile};

pub(crate) type Result<T> = std::result::Result<T, ClientError>;

#[async_trait]
pub(crate) trait Backend {
    /// Who the credentials act as, and the token itself.
    async fn me(&self) -> Result<Me>;
    async fn limits(&self) -> Result<AttachmentLimits>;
    /// What tickets are filed under.
    async fn catalogue(&self) -> Result<Catalogue>;
    /// Who a ticket can be assigned to (agents and admins): for agents and admins.
    async fn assignees(&self) -> Result<Vec<User>>;
    /// Opens a ticket with `files` attached, all or nothing.
    async fn create(
        &self,
        ticket: NewTicket,
        files: &[LocalFile],
        progress: &ProgressBar,
    ) -> Result<TicketDetail>;
    /// A page of the tickets matching `query`, newest first, and the cursor of the next.
    async fn list_page(&self, query: &TicketQuery) -> Result<TicketPage>;
    /// A ticket, with its history when asked; showing it marks it seen.
    async fn show(&self, key: &str, history: bool) -> Result<TicketDetail>;
    async fn edit(&self, key: &str, patch: TicketPatch) -> Result<TicketDetail>;
    async fn change_status(&self, key: &str, change: StatusChange) -> Result<TicketDetail>;
    async fn rate(&self, key: &str, rating: NewRating) -> Result<TicketDetail>;
    async fn set_support_access(&self, key: &str, granted: bool) -> Result<TicketDetail>;
    /// Adds `user` to the ticket's watchers, or removes them.
    async fn watch(&self, key: &str, user: &str, watching: bool) -> Result<TicketDetail>;
    /// Links two tickets as related, or unlinks them.
    async fn link(&self, key: &str, other: &str, linked: bool) -> Result<TicketDetail>;
    async fn move_escalation(&self, key: &str, stage: StageChange) -> Result<Escalation>;
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
    /// An attachment's bytes, streamed into a temporary file in `dir` and checked against the
    /// size and SHA-256 the ticket lists; nothing is left in `dir` when they fail.
    async fn download(
        &self,
        attachment: &Attachment,
        dir: &std::path::Path,
        progress: &ProgressBar,
    ) -> Result<Downloaded>;
    async fn escalate(&self, key: &str, reason: &str) -> Result<Escalation>;
    async fn close(&self, key: &str, close: CloseTicket) -> Result<TicketDetail>;
    async fn reopen(&self, key: &str, reopen: ReopenTicket) -> Result<TicketDetail>;
    /// Gives the ticket a secret for support, replacing any.
    async fn give_secret(&self, key: &str, secret: &NewSecret) -> Result<SecretInfo>;
    /// The ticket's secret: for agents and admins.
    async fn secret(&self, key: &str) -> Result<SharedSecret>;
    async fn clear_secret(&self, key: &str) -> Result<()>;
    /// The live stream of the ticket events `request` names, followed across lost
    /// connections without missing or repeating one, until a refusal, or a loss that lasts
    /// longer than the command may wait.
    async fn events(&self, request: EventRequest) -> Result<Events<'_>>;
}
