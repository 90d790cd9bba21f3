//! Persistence behind one trait an aggregate (tickets, thread, attachments, escalations,
//! people, catalogue), gathered in [`Store`]; one implementation per backend (SQLite today).
//!
//! Every mutation is one transaction holding all it changes: the idempotency record, key
//! allocation, the rows, and the ticket's event. Handlers never see SQL.

mod sqlite;

pub(crate) use sqlite::SqliteStore;

use async_trait::async_trait;
use sha2::{Digest, Sha256};

use super::error::Result;
use crate::api::{
    Attachment, AttachmentSettings, Catalogue, CloseTicket, Comment, Escalation, NewComment,
    NewTicket, ReopenTicket, Role, TicketDetail, TicketPage, TicketPatch, TicketQuery, Upload,
    User,
};

/// The authenticated caller of a request.
#[derive(Debug, Clone)]
pub(crate) struct Actor {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) email: String,
    pub(crate) role: Role,
    pub(crate) organisation_id: Option<i64>,
    pub(crate) organisation: Option<String>,
}

/// A client's `Idempotency-Key` and a fingerprint of the request it came with: a retry with
/// the same key and request replays the first answer, with another request it is refused.
#[derive(Debug, Clone)]
pub(crate) struct Idempotency {
    pub(crate) key: String,
    pub(crate) fingerprint: Vec<u8>,
}

impl Idempotency {
    pub(crate) fn new(key: String, operation: &str, request: &impl serde::Serialize) -> Self {
        let mut hasher = Sha256::new();
        hasher.update(operation.as_bytes());
        hasher.update([0]);
        hasher.update(serde_json::to_vec(request).unwrap_or_default());
        Self {
            key,
            fingerprint: hasher.finalize().to_vec(),
        }
    }
}

/// A file already written to the blob directory, to be recorded as an upload.
#[derive(Debug, Clone)]
pub(crate) struct StoredBlob {
    pub(crate) name: String,
    pub(crate) media_type: String,
    pub(crate) size: u64,
    pub(crate) sha256: String,
}

/// A new API token as issued: the secret is shown once and only its hash is kept.
pub(crate) struct IssuedToken {
    pub(crate) secret: String,
    pub(crate) info: TokenInfo,
}

/// What an operator sees of a token: never its secret, which is not kept.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct TokenInfo {
    pub(crate) id: u64,
    pub(crate) user: String,
    pub(crate) name: String,
    pub(crate) created_at: chrono::DateTime<chrono::Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) expires_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) revoked_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The tickets themselves: opening, reading, listing, changing and the status workflow.
#[async_trait]
pub(crate) trait TicketStore: Send + Sync {
    async fn create_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        new: NewTicket,
    ) -> Result<TicketDetail>;
    async fn list_tickets(&self, actor: &Actor, query: TicketQuery) -> Result<TicketPage>;
    async fn ticket(&self, actor: &Actor, key: &str) -> Result<TicketDetail>;
    /// Applies `patch` if the ticket is still at one of `expected_versions` (when given).
    async fn update_ticket(
        &self,
        actor: &Actor,
        key: &str,
        expected_versions: Option<Vec<u64>>,
        patch: TicketPatch,
    ) -> Result<TicketDetail>;
    async fn close_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        close: CloseTicket,
    ) -> Result<TicketDetail>;
    async fn reopen_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        reopen: ReopenTicket,
    ) -> Result<TicketDetail>;
}

/// A ticket's thread: comments and internal notes.
#[async_trait]
pub(crate) trait ThreadStore: Send + Sync {
    async fn add_comment(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        comment: NewComment,
    ) -> Result<Comment>;
}

/// Uploads waiting to be attached, and attachments.
#[async_trait]
pub(crate) trait AttachmentStore: Send + Sync {
    async fn record_upload(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        blob: StoredBlob,
    ) -> Result<Upload>;
    /// Withdraws an unused upload of `actor`'s. Returns the SHA-256 of its content when
    /// nothing else refers to it, so the caller can remove the bytes.
    async fn discard_upload(&self, actor: &Actor, id: &str) -> Result<Vec<String>>;
    /// Of `contents` (SHA-256), those no upload or attachment refers to.
    async fn unreferenced(&self, contents: Vec<String>) -> Result<Vec<String>>;
    /// Deletes every upload left unused since before `before`; returns the contents nothing
    /// refers to any more.
    async fn expire_uploads(&self, before: chrono::DateTime<chrono::Utc>) -> Result<Vec<String>>;
    async fn attach_uploads(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        uploads: Vec<String>,
    ) -> Result<Vec<Attachment>>;
    async fn attachment(&self, actor: &Actor, id: u64) -> Result<Attachment>;
}

/// Escalations and their stages.
#[async_trait]
pub(crate) trait EscalationStore: Send + Sync {
    async fn escalate(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        reason: String,
    ) -> Result<Escalation>;
}

/// Users, organisations and tokens. Besides authentication, operator commands, run on the
/// service's host.
#[async_trait]
pub(crate) trait PeopleStore: Send + Sync {
    /// The user a bearer token belongs to, if the token exists and has not expired.
    async fn authenticate(&self, token: &str) -> Result<Option<Actor>>;
    async fn user_count(&self) -> Result<u64>;
    async fn add_user(&self, user: User) -> Result<User>;
    async fn users(&self) -> Result<Vec<User>>;
    /// Every token, or `user`'s, oldest first.
    async fn tokens(&self, user: Option<&str>) -> Result<Vec<TokenInfo>>;
    /// Revokes a token from then on; revoking it again changes nothing.
    async fn revoke_token(&self, id: u64) -> Result<TokenInfo>;
    async fn create_token(
        &self,
        user: &str,
        name: &str,
        valid_days: Option<u32>,
    ) -> Result<IssuedToken>;
}

/// What tickets are filed under, and the attachment limits the desk sets. Another process
/// (an operator's import) may replace it: each call answers with the one in force.
#[async_trait]
pub(crate) trait CatalogueStore: Send + Sync {
    /// Shared, not copied: every ticket request reads it.
    async fn catalogue(&self) -> Result<std::sync::Arc<Catalogue>>;
    /// The limits the catalogue sets; `tik serve`'s flags win over them.
    async fn attachment_settings(&self) -> Result<AttachmentSettings>;
    /// Replaces the whole catalogue at once, or refuses it whole (`rules::validate_catalogue`)
    /// and changes nothing. Tickets keep the values they were filed with. Returns the
    /// catalogue's new version.
    async fn import_catalogue(
        &self,
        catalogue: Catalogue,
        attachments: AttachmentSettings,
    ) -> Result<u64>;
}

/// The whole store: every aggregate, and what spans them.
#[async_trait]
pub(crate) trait Store:
    TicketStore
    + ThreadStore
    + AttachmentStore
    + EscalationStore
    + PeopleStore
    + CatalogueStore
    + 'static
{
    /// Forgets the idempotency keys recorded before `before`; returns how many.
    async fn expire_idempotency_keys(&self, before: chrono::DateTime<chrono::Utc>) -> Result<u64>;
}

/// Tokens are stored as their SHA-256: a leaked database does not leak credentials.
pub(crate) fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}
