//! Persistence behind one trait an aggregate (tickets, workflow, relations, thread,
//! attachments, escalations, people, catalogue, secrets), gathered in [`Store`]; one
//! implementation per backend (SQLite, the default, and PostgreSQL, for replicas), a file an
//! aggregate; what they share that holds no SQL is in [`shared`].
//!
//! Every mutation is one transaction holding all it changes: the idempotency record, key
//! allocation, the rows, and the ticket's event. Handlers never see SQL.

mod postgres;
mod shared;
mod sqlite;
// Temporary, until store/postgres/mod.rs declares `pub(crate) mod blobs;`: compiles the
// PostgreSQL blob store and runs its tests.

pub(crate) use postgres::{PgStore, is_postgres_url};
pub(crate) use sqlite::SqliteStore;

use async_trait::async_trait;
use sha2::{Digest, Sha256};

use super::error::Result;
use crate::api::{
    Attachment, AttachmentSettings, Catalogue, Comment, Escalation, NewComment, NewRating,
    NewTicket, ReopenTicket, Role, SecretInfo, StageChange, StatusChange, TicketDetail, TicketPage,
    TicketPatch, TicketQuery, Token, TokenScope, Upload, User,
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

/// A change to a user; absent fields are left alone.
#[derive(Debug, Clone, Default)]
pub(crate) struct UserChange {
    pub(crate) email: Option<String>,
    pub(crate) role: Option<Role>,
    pub(crate) organisation: Option<Membership>,
}

/// Where a user's organisation changes to.
#[derive(Debug, Clone)]
pub(crate) enum Membership {
    /// This organisation, made if it is new.
    Join(String),
    /// None.
    Leave,
}

/// A customer organisation, as operators list them.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Organisation {
    pub(crate) name: String,
    pub(crate) members: u64,
    pub(crate) tickets: u64,
    pub(crate) created_at: chrono::DateTime<chrono::Utc>,
}

/// A new API token as issued: the secret is shown once and only its hash is kept.
pub(crate) struct IssuedToken {
    pub(crate) secret: String,
    pub(crate) info: TokenInfo,
}

/// A token to make.
#[derive(Debug, Clone)]
pub(crate) struct NewToken {
    pub(crate) user: String,
    pub(crate) name: String,
    /// What the user's role allows by default when `None` (`rules::token_scopes`).
    pub(crate) scopes: Option<Vec<TokenScope>>,
    /// Never expires when `None`.
    pub(crate) valid_days: Option<u32>,
    pub(crate) same_name: SameName,
}

impl NewToken {
    /// A token of the role's default scopes that never expires, refused if the name is taken.
    pub(crate) fn named(user: &str, name: &str) -> Self {
        Self {
            user: user.to_owned(),
            name: name.to_owned(),
            scopes: None,
            valid_days: None,
            same_name: SameName::Refuse,
        }
    }
}

/// What becomes of a token of the same name the user already has (and has not revoked): a
/// user's live tokens have different names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SameName {
    /// Refused, as a conflict: an operator who names a token means that one.
    Refuse,
    /// Revoked in the same change: signing in again on a machine replaces its token.
    Replace,
    /// The name numbered, `cli-2`, `cli-3`…: a default name never stands in the way.
    Number,
}

/// What the service knows of a token: never its secret, which is not kept.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct TokenInfo {
    pub(crate) id: u64,
    pub(crate) user: String,
    pub(crate) name: String,
    pub(crate) scopes: Vec<TokenScope>,
    pub(crate) created_at: chrono::DateTime<chrono::Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) expires_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) revoked_at: Option<chrono::DateTime<chrono::Utc>>,
    /// To the minute; see [`PeopleStore::record_token_use`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) last_used_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Whether a token works, at a given time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenState {
    Active,
    Expired(chrono::DateTime<chrono::Utc>),
    /// Said before expiry: a revocation is what someone did about the token.
    Revoked(chrono::DateTime<chrono::Utc>),
}

impl TokenInfo {
    pub(crate) fn state(&self, now: chrono::DateTime<chrono::Utc>) -> TokenState {
        match (self.revoked_at, self.expires_at) {
            (Some(at), _) => TokenState::Revoked(at),
            (None, Some(at)) if at <= now => TokenState::Expired(at),
            _ => TokenState::Active,
        }
    }
}

impl From<&TokenInfo> for Token {
    fn from(info: &TokenInfo) -> Self {
        Token {
            name: info.name.clone(),
            scopes: info.scopes.clone(),
            created_at: info.created_at,
            last_used_at: info.last_used_at,
            expires_at: info.expires_at,
        }
    }
}

/// The caller of a request, and the token they called with.
#[derive(Debug, Clone)]
pub(crate) struct Caller {
    pub(crate) actor: Actor,
    pub(crate) token: TokenInfo,
}

/// What a bearer token turned out to be.
#[derive(Debug, Clone)]
pub(crate) enum Authentication {
    /// No token has this secret.
    Unknown,
    Expired {
        token: TokenInfo,
        at: chrono::DateTime<chrono::Utc>,
    },
    Revoked {
        token: TokenInfo,
        at: chrono::DateTime<chrono::Utc>,
    },
    Valid(Caller),
}

/// A user's password, as kept: a PHC string, or none set.
#[derive(Debug, Clone)]
pub(crate) struct Credentials {
    pub(crate) user: User,
    pub(crate) password_hash: Option<String>,
}

/// The tickets themselves: opening, reading, listing and changing their fields.
#[async_trait]
pub(crate) trait TicketStore: Send + Sync {
    async fn create_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        new: NewTicket,
    ) -> Result<TicketDetail>;
    async fn list_tickets(&self, actor: &Actor, query: TicketQuery) -> Result<TicketPage>;
    /// A ticket as `actor` sees it, with its history when asked; it is then seen by them.
    async fn ticket(&self, actor: &Actor, key: &str, with_history: bool) -> Result<TicketDetail>;
    /// Applies `patch` if the ticket is still at one of `expected_versions` (when given).
    async fn update_ticket(
        &self,
        actor: &Actor,
        key: &str,
        expected_versions: Option<Vec<u64>>,
        patch: TicketPatch,
    ) -> Result<TicketDetail>;
}

/// The workflow: status changes (closing among them), reopening, and what comes at the end.
#[async_trait]
pub(crate) trait WorkflowStore: Send + Sync {
    async fn change_status(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        change: StatusChange,
    ) -> Result<TicketDetail>;
    async fn reopen_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        reopen: ReopenTicket,
    ) -> Result<TicketDetail>;
    async fn rate_ticket(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        rating: NewRating,
    ) -> Result<TicketDetail>;
    /// The requester's consent for support to log in as them, granted or revoked.
    async fn set_support_access(
        &self,
        actor: &Actor,
        key: &str,
        granted: bool,
    ) -> Result<TicketDetail>;
}

/// Who follows a ticket, and which tickets are related.
#[async_trait]
pub(crate) trait RelationStore: Send + Sync {
    async fn add_watcher(&self, actor: &Actor, key: &str, user: &str) -> Result<TicketDetail>;
    async fn remove_watcher(&self, actor: &Actor, key: &str, user: &str) -> Result<TicketDetail>;
    async fn link_tickets(&self, actor: &Actor, key: &str, other: &str) -> Result<TicketDetail>;
    async fn unlink_tickets(&self, actor: &Actor, key: &str, other: &str) -> Result<TicketDetail>;
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
    /// Moves the escalation `key` (e.g. `CP-7`) to a later stage.
    async fn move_escalation(
        &self,
        actor: &Actor,
        idem: Option<Idempotency>,
        key: &str,
        stage: StageChange,
    ) -> Result<Escalation>;
}

/// Users, organisations and tokens. Besides authentication and signing in, operator
/// commands, run on the service's host.
#[async_trait]
pub(crate) trait PeopleStore: Send + Sync {
    /// The token with this secret, whether it works, and whom it acts as.
    async fn authenticate(&self, token: &str) -> Result<Authentication>;
    /// Records a use of the token at `at` (to the minute), unless one as late is recorded.
    /// Queued and not awaited: no request waits for it, and a failure is only logged.
    fn record_token_use(&self, id: u64, at: chrono::DateTime<chrono::Utc>);
    /// A user and their password hash, if the user exists.
    async fn credentials(&self, user: &str) -> Result<Option<Credentials>>;
    /// Sets a user's password, given as its PHC string (the store never sees a password).
    async fn set_password(&self, user: &str, password_hash: String) -> Result<()>;
    async fn user_count(&self) -> Result<u64>;
    async fn add_user(&self, user: User) -> Result<User>;
    /// Changes a user's e-mail address, role or organisation.
    async fn set_user(&self, name: &str, change: UserChange) -> Result<User>;
    async fn users(&self) -> Result<Vec<User>>;
    async fn add_organisation(&self, name: &str) -> Result<Organisation>;
    async fn organisations(&self) -> Result<Vec<Organisation>>;
    /// Every token, or `user`'s, revoked ones too, oldest first.
    async fn tokens(&self, user: Option<&str>) -> Result<Vec<TokenInfo>>;
    /// `user`'s tokens that are not revoked (expired ones too), oldest first.
    async fn live_tokens(&self, user: &str) -> Result<Vec<TokenInfo>>;
    /// Revokes a token from then on; revoking it again changes nothing.
    async fn revoke_token(&self, id: u64) -> Result<TokenInfo>;
    /// Revokes `user`'s token of that name that is not revoked; `None` if there is none.
    async fn revoke_named_token(&self, user: &str, name: &str) -> Result<Option<TokenInfo>>;
    /// Makes a token, with the scopes the user's role allows (`rules::token_scopes`).
    async fn create_token(&self, new: NewToken) -> Result<IssuedToken>;
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

/// A secret as it is kept: encrypted and authenticated by the service, which alone holds
/// the key; a backend stores and returns these bytes and never sees the plain text.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Sealed {
    pub(crate) nonce: Vec<u8>,
    pub(crate) ciphertext: Vec<u8>,
}

/// Seals a secret for the ticket of the given id (which the seal is bound to), called by the
/// store inside the change, once the rules allow it.
pub(crate) type Seal = Box<dyn FnOnce(i64) -> Result<Sealed> + Send>;

/// A ticket's sealed secret, as support reads it.
pub(crate) struct SealedSecret {
    /// The ticket's id: what the seal is bound to.
    pub(crate) ticket_id: i64,
    pub(crate) key: String,
    pub(crate) sealed: Sealed,
    pub(crate) info: SecretInfo,
}

/// A ticket's shared secret: one at most, sealed, kept until it expires.
#[async_trait]
pub(crate) trait SecretStore: Send + Sync {
    /// Gives the ticket `key` a secret, replacing any, kept for `lifetime` from now.
    async fn give_secret(
        &self,
        actor: &Actor,
        key: &str,
        lifetime: chrono::TimeDelta,
        seal: Seal,
    ) -> Result<SecretInfo>;
    /// The ticket's secret, unless it has expired; for support only.
    async fn sealed_secret(&self, actor: &Actor, key: &str) -> Result<SealedSecret>;
    async fn clear_secret(&self, actor: &Actor, key: &str) -> Result<()>;
    /// Removes every secret expired at `now`, each recorded as the service's own event.
    /// Returns how many.
    async fn purge_secrets(&self, now: chrono::DateTime<chrono::Utc>) -> Result<u64>;
    /// How many secrets are kept, expired or not: whether a key is needed to read them.
    async fn secrets_kept(&self) -> Result<u64>;
}

/// What the service does by itself from time to time; replicas take turns at each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Chore {
    /// Unused uploads, bytes nothing refers to, old idempotency keys (hourly).
    Sweep,
    /// Secrets past their time.
    PurgeSecrets,
}

/// The whole store: every aggregate, and what spans them.
#[async_trait]
pub(crate) trait Store:
    TicketStore
    + WorkflowStore
    + RelationStore
    + ThreadStore
    + AttachmentStore
    + EscalationStore
    + PeopleStore
    + CatalogueStore
    + SecretStore
    + 'static
{
    /// Forgets the idempotency keys recorded before `before`; returns how many.
    async fn expire_idempotency_keys(&self, before: chrono::DateTime<chrono::Utc>) -> Result<u64>;
    /// Runs `work`, a round of `chore`, unless another service on this database is doing that
    /// chore at the moment: replicas take turns rather than all sweeping. Whether it ran.
    async fn housekeeping(
        &self,
        chore: Chore,
        work: futures_util::future::BoxFuture<'_, ()>,
    ) -> Result<bool>;
}

/// Tokens are stored as their SHA-256: a leaked database does not leak credentials.
pub(crate) fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}
