//! The HTTP client of `tik serve`: bearer auth, an `Idempotency-Key` on every POST (kept
//! across retries, so a retry never creates twice), retries within one time budget
//! ([`retry`]), and `problem+json` turned into typed errors.

mod auth;
mod download;
mod error;
mod events;
mod files;
mod keys;
mod raw;
mod retry;
mod upload;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use indicatif::ProgressBar;
use rand::SeedableRng as _;
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub(crate) use download::Downloaded;
pub(crate) use error::ClientError;
pub(crate) use events::{EventRequest, Events, Item};
pub(crate) use files::LocalFile;
pub(crate) use keys::given_key;
pub(crate) use retry::Budget;

use self::keys::IdempotencyKeys;
use self::retry::{Failure, Repeat, Said, Trouble};
use crate::api::{
    AttachUploads, Attachment, AttachmentLimits, Catalogue, CloseTicket, Comment, Escalation,
    IDEMPOTENCY_KEY, Me, NewComment, NewEscalation, NewRating, NewSecret, NewTicket, PREFIX,
    Problem, REQUEST_IN_FLIGHT, ReopenTicket, STORED_DATA_UNREADABLE, SecretInfo, SharedSecret,
    StageChange, StatusChange, SupportAccess, TicketDetail, TicketPage, TicketPatch, TicketQuery,
    TicketView, User,
};
use crate::backend::{Backend, Result};

/// A service on the network answers a connection in well under this; past it, it is down or
/// unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// No `Debug`: it holds the token.
pub(crate) struct HttpClient {
    http: reqwest::Client,
    base: String,
    token: String,
    /// How long the command may wait for the service in all, retries included; a transfer,
    /// between two pieces.
    budget: Arc<Budget>,
    keys: IdempotencyKeys,
}

impl HttpClient {
    pub(crate) fn new(host: &str, token: &str, budget: Arc<Budget>) -> Result<Self> {
        let host = service_address(host)?;
        // No read timeout of reqwest's: it would cut off an upload that takes longer than it
        // to send. Each attempt gets its own deadline instead (`attempt`, `upload`).
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("tik/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(CONNECT_TIMEOUT);
        if host.starts_with("http://") {
            // Loading the system's trust roots reads a file per root, several milliseconds a
            // run; a plain-HTTP service (a local `tik serve`) never needs them.
            builder = builder.tls_certs_only([]);
        }
        let http = builder
            .build()
            .map_err(|e| ClientError::Service(format!("cannot set up HTTP: {e}")))?;
        Ok(Self {
            http,
            base: format!("{host}{PREFIX}"),
            token: token.to_owned(),
            budget,
            keys: IdempotencyKeys::random(),
        })
    }

    /// Keys the command's POSTs from `key` (`--idempotency-key`), if given, rather than at
    /// random: running the command again with it replays what it did.
    pub(crate) fn with_idempotency_key(mut self, key: Option<&str>) -> Self {
        if let Some(key) = key {
            self.keys = IdempotencyKeys::given(key);
        }
        self
    }

    /// The same client with a budget of its own, as long as this one's: for each read a
    /// long-running command makes (`tik list --watch` re-reading its page), so that reads
    /// over hours do not add up to one `--timeout`.
    pub(crate) fn afresh(&self) -> Self {
        Self {
            http: self.http.clone(),
            base: self.base.clone(),
            token: self.token.clone(),
            budget: Arc::new(Budget::new(self.budget.total())),
            keys: self.keys.clone(),
        }
    }

    fn request(&self, method: Method, path: &str) -> RequestBuilder {
        let request = self.http.request(method, format!("{}{path}", self.base));
        // No token: a client made to sign in with ([`HttpClient::anonymous`]).
        if self.token.is_empty() {
            request
        } else {
            request.bearer_auth(&self.token)
        }
    }

    /// Sends the request `build` makes for the time left, again while [`retry`] says it is
    /// worth it and safe as `repeat` says.
    async fn execute(
        &self,
        repeat: Repeat,
        build: impl Fn(Duration) -> RequestBuilder,
    ) -> Result<Response> {
        self.execute_within(&self.budget, repeat, build).await
    }

    /// The same, within `budget` rather than the command's: a stream reconnecting gets
    /// `--timeout` of its own after each loss.
    async fn execute_within(
        &self,
        budget: &Budget,
        repeat: Repeat,
        build: impl Fn(Duration) -> RequestBuilder,
    ) -> Result<Response> {
        let mut rng = rand::rngs::SmallRng::from_os_rng();
        retry::retrying(budget, repeat, &mut rng, |left| {
            self.attempt(build(left), left)
        })
        .await
        .map_err(|err| self.keys.explain(err))
    }

    /// One attempt, given `left` to bring the answer's head.
    async fn attempt(
        &self,
        request: RequestBuilder,
        left: Duration,
    ) -> std::result::Result<Response, Failure> {
        match tokio::time::timeout(left, request.send()).await {
            Ok(outcome) => self.judge(outcome, left).await,
            Err(_) => Err(Failure {
                trouble: Trouble::TimedOut,
                error: self.no_answer(left),
                retry_after: None,
            }),
        }
    }

    /// A success as it came; anything else as a failure, for [`retry`] to try again or report.
    async fn judge(
        &self,
        outcome: reqwest::Result<Response>,
        left: Duration,
    ) -> std::result::Result<Response, Failure> {
        let response = match outcome {
            Ok(response) => response,
            Err(err) => return Err(self.transport_failure(&err, left)),
        };
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| retry::retry_after(value, SystemTime::now()));
        // A problem is a few hundred bytes: it gets what is left of the budget, no more.
        let problem = tokio::time::timeout(self.budget.remaining(), response.json::<Problem>())
            .await
            .ok()
            .and_then(std::result::Result::ok);
        let kind = |suffix: &str| {
            problem.as_ref().is_some_and(|p| {
                p.kind
                    .strip_suffix(suffix)
                    .is_some_and(|k| k.ends_with('/'))
            })
        };
        let said = if status == StatusCode::CONFLICT && kind(REQUEST_IN_FLIGHT) {
            Said::InFlight
        } else if kind(STORED_DATA_UNREADABLE) {
            Said::Lasting
        } else {
            Said::Nothing
        };
        let no_endpoint = problem.is_none() || kind("no-such-endpoint");
        let error = if status == StatusCode::NOT_FOUND && no_endpoint {
            self.not_a_service_root()
        } else {
            ClientError::from_problem(status.as_u16(), problem)
        };
        Err(Failure {
            trouble: Trouble::Answered {
                status: status.as_u16(),
                said,
            },
            error,
            retry_after,
        })
    }

    /// The service's address, as given.
    pub(crate) fn host(&self) -> &str {
        // Only the one `/v1` added: a host given as `…/v1` is said as it was given.
        self.base.strip_suffix(PREFIX).unwrap_or(&self.base)
    }

    /// A host whose paths the service does not know (`…/v1`, a proxy's prefix, another
    /// program): said as such, with the address to use, rather than as a missing ticket.
    fn not_a_service_root(&self) -> ClientError {
        let host = self.host();
        let root = reqwest::Url::parse(host).map_or_else(
            |_| host.to_owned(),
            |url| url.origin().ascii_serialization(),
        );
        ClientError::Invalid {
            message: format!(
                "{host} is not the root of a tik service: set TIK_HOST (or --host) to {root}"
            ),
            fields: Vec::new(),
        }
    }

    /// An exchange that failed before the service's answer, given `left` to bring it.
    fn transport_failure(&self, err: &reqwest::Error, left: Duration) -> Failure {
        let trouble = if err.is_connect() {
            Trouble::Unreached
        } else if err.is_timeout() {
            Trouble::TimedOut
        } else if err.is_builder() {
            Trouble::Unsendable
        } else {
            Trouble::BrokenOff
        };
        Failure {
            trouble,
            error: self.transport_error(err, left),
            retry_after: None,
        }
    }

    fn transport_error(&self, err: &reqwest::Error, left: Duration) -> ClientError {
        let host = self.host();
        if err.is_connect() && err.is_timeout() {
            ClientError::Unavailable(format!(
                "cannot connect to {host} within {} s: is it up and reachable?",
                CONNECT_TIMEOUT.as_secs()
            ))
        } else if err.is_timeout() {
            self.no_answer(left)
        } else if err.is_connect() {
            ClientError::Unavailable(format!(
                "cannot reach {host}: is `tik serve` running there?"
            ))
        } else {
            ClientError::Unavailable(format!(
                "the exchange with {host} failed: {}",
                root_cause(err)
            ))
        }
    }

    /// No answer in the `waited` the budget left.
    fn no_answer(&self, waited: Duration) -> ClientError {
        ClientError::Unavailable(format!(
            "{} did not answer within {} s (--timeout or TIK_TIMEOUT waits longer)",
            self.host(),
            seconds(waited)
        ))
    }

    async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &(impl Serialize + Sync),
    ) -> Result<T> {
        let response = self
            .execute(Repeat::of(&Method::GET, false), |left| {
                self.request(Method::GET, path).query(query).timeout(left)
            })
            .await?;
        self.decode(response).await
    }

    /// POSTs the command's own request, under its idempotency key.
    async fn post<T: DeserializeOwned>(
        &self,
        path: &str,
        body: &(impl Serialize + Sync),
    ) -> Result<T> {
        let key = self.keys.request();
        let response = self
            .execute(Repeat::of(&Method::POST, true), |left| {
                self.request(Method::POST, path)
                    .header(IDEMPOTENCY_KEY, key)
                    .json(body)
                    .timeout(left)
            })
            .await?;
        self.decode(response).await
    }

    /// A request without an idempotency key: PUT, PATCH, DELETE, or a POST that takes none
    /// (a login). Retried as far as its method makes that safe.
    async fn send<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&(impl Serialize + Sync)>,
    ) -> Result<T> {
        self.send_repeating(Repeat::of(&method, false), method, path, body)
            .await
    }

    /// The same, sent again only as `repeat` allows.
    async fn send_repeating<T: DeserializeOwned>(
        &self,
        repeat: Repeat,
        method: Method,
        path: &str,
        body: Option<&(impl Serialize + Sync)>,
    ) -> Result<T> {
        let response = self
            .execute(repeat, |left| {
                let request = self.request(method.clone(), path).timeout(left);
                match body {
                    Some(body) => request.json(body),
                    None => request,
                }
            })
            .await?;
        self.decode(response).await
    }

    async fn delete(&self, path: &str) -> Result<()> {
        self.execute(Repeat::of(&Method::DELETE, false), |left| {
            self.request(Method::DELETE, path).timeout(left)
        })
        .await?;
        Ok(())
    }

    async fn decode<T: DeserializeOwned>(&self, response: Response) -> Result<T> {
        response.json().await.map_err(|e| {
            if e.is_timeout() {
                self.no_answer(self.budget.total())
            } else {
                ClientError::Service(format!("the service's answer is unreadable: {e}"))
            }
        })
    }

    /// Uploads `files` after checking them against the service's limits; returns their ids.
    /// When one fails, those already sent are withdrawn.
    async fn upload_all(&self, files: &[LocalFile], progress: &ProgressBar) -> Result<Vec<String>> {
        if files.is_empty() {
            return Ok(Vec::new());
        }
        LocalFile::check_all(files, &self.limits().await?)?;
        progress.set_length(files.iter().map(|f| f.size).sum());
        let mut ids = Vec::with_capacity(files.len());
        for (n, file) in (1..).zip(files) {
            progress.set_message(file.name.clone());
            match self.upload(file, &self.keys.upload(n), progress).await {
                Ok(upload) => ids.push(upload.id),
                Err(err) => return Err(self.withdraw(&ids, err).await),
            }
        }
        progress.finish_and_clear();
        Ok(ids)
    }

    /// POSTs a request naming fresh `uploads`; if the service refuses it, withdraws them, so
    /// a failed command leaves nothing stored.
    async fn post_with_uploads<T: DeserializeOwned>(
        &self,
        path: &str,
        body: &(impl Serialize + Sync),
        uploads: &[String],
    ) -> Result<T> {
        match self.post(path, body).await {
            Err(err) => Err(self.withdraw(uploads, err).await),
            ok => ok,
        }
    }

    /// Withdraws `uploads` after `cause` stopped the command, and returns `cause`. Only when
    /// the service answered: if it could not be reached, it sweeps them itself later.
    async fn withdraw(&self, uploads: &[String], cause: ClientError) -> ClientError {
        if !matches!(cause, ClientError::Unavailable(_)) {
            for id in uploads {
                if self.delete(&format!("/uploads/{id}")).await.is_err() {
                    break;
                }
            }
        }
        cause
    }
}

/// Whole seconds, as people read a wait: rounded, and never 0.
fn seconds(duration: Duration) -> u64 {
    (duration + Duration::from_millis(500)).as_secs().max(1)
}

/// A service's address as tik files things under it (a token, a profile): `http://` or
/// `https://`, without the trailing slash.
pub(crate) fn service_address(host: &str) -> Result<String> {
    let host = host.trim_end_matches('/');
    if !(host.starts_with("http://") || host.starts_with("https://")) {
        return Err(ClientError::Invalid {
            message: format!("the host '{host}' is not an http:// or https:// address"),
            fields: Vec::new(),
        });
    }
    Ok(host.to_owned())
}

fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = err;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

/// A user's name as a URL path segment: names are letters, digits, `.`, `_` and `-`.
fn name_segment(name: &str) -> Result<&str> {
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
    {
        return Err(ClientError::Invalid {
            message: format!("'{name}' is not a user name"),
            fields: Vec::new(),
        });
    }
    Ok(name)
}

/// Keys go into URL paths; refuse anything that is not a plain key before it does.
fn key_path(key: &str) -> Result<String> {
    if key.is_empty()
        || !key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(ClientError::Invalid {
            message: format!("'{key}' is not a ticket key (like CS-12)"),
            fields: Vec::new(),
        });
    }
    Ok(format!("/tickets/{key}"))
}

#[async_trait]
impl Backend for HttpClient {
    async fn me(&self) -> Result<Me> {
        self.get("/me", &()).await
    }

    async fn limits(&self) -> Result<AttachmentLimits> {
        self.get("/limits", &()).await
    }

    async fn catalogue(&self) -> Result<Catalogue> {
        self.get("/catalogue", &()).await
    }

    async fn assignees(&self) -> Result<Vec<User>> {
        self.get("/assignees", &()).await
    }

    async fn create(
        &self,
        mut ticket: NewTicket,
        files: &[LocalFile],
        progress: &ProgressBar,
    ) -> Result<TicketDetail> {
        ticket.attachments = self.upload_all(files, progress).await?;
        self.post_with_uploads("/tickets", &ticket, &ticket.attachments)
            .await
    }

    async fn list_page(&self, query: &TicketQuery) -> Result<TicketPage> {
        self.get("/tickets", query).await
    }

    async fn show(&self, key: &str, history: bool) -> Result<TicketDetail> {
        let view = TicketView {
            history: history.then_some(true),
        };
        self.get(&key_path(key)?, &view).await
    }

    async fn edit(&self, key: &str, patch: TicketPatch) -> Result<TicketDetail> {
        self.send(Method::PATCH, &key_path(key)?, Some(&patch))
            .await
    }

    async fn change_status(&self, key: &str, change: StatusChange) -> Result<TicketDetail> {
        self.post(&format!("{}/status", key_path(key)?), &change)
            .await
    }

    async fn rate(&self, key: &str, rating: NewRating) -> Result<TicketDetail> {
        self.post(&format!("{}/rating", key_path(key)?), &rating)
            .await
    }

    async fn set_support_access(&self, key: &str, granted: bool) -> Result<TicketDetail> {
        let path = format!("{}/support-access", key_path(key)?);
        self.send(Method::PUT, &path, Some(&SupportAccess { granted }))
            .await
    }

    async fn watch(&self, key: &str, user: &str, watching: bool) -> Result<TicketDetail> {
        let path = format!("{}/watchers/{}", key_path(key)?, name_segment(user)?);
        let method = if watching {
            Method::PUT
        } else {
            Method::DELETE
        };
        self.send(method, &path, None::<&()>).await
    }

    async fn link(&self, key: &str, other: &str, linked: bool) -> Result<TicketDetail> {
        let other = key_path(other)?;
        let path = format!(
            "{}/links/{}",
            key_path(key)?,
            other.trim_start_matches("/tickets/")
        );
        let method = if linked { Method::PUT } else { Method::DELETE };
        self.send(method, &path, None::<&()>).await
    }

    async fn move_escalation(&self, key: &str, stage: StageChange) -> Result<Escalation> {
        let key = key_path(key)?;
        let path = format!("/escalations/{}/stage", key.trim_start_matches("/tickets/"));
        self.post(&path, &stage).await
    }

    async fn comment(
        &self,
        key: &str,
        mut comment: NewComment,
        files: &[LocalFile],
        progress: &ProgressBar,
    ) -> Result<Comment> {
        let path = format!("{}/comments", key_path(key)?);
        comment.attachments = self.upload_all(files, progress).await?;
        self.post_with_uploads(&path, &comment, &comment.attachments)
            .await
    }

    async fn attach(
        &self,
        key: &str,
        files: &[LocalFile],
        progress: &ProgressBar,
    ) -> Result<Vec<Attachment>> {
        let path = format!("{}/attachments", key_path(key)?);
        let uploads = self.upload_all(files, progress).await?;
        let request = AttachUploads { uploads };
        self.post_with_uploads(&path, &request, &request.uploads)
            .await
    }

    async fn download(
        &self,
        attachment: &Attachment,
        dir: &std::path::Path,
        progress: &ProgressBar,
    ) -> Result<Downloaded> {
        self.fetch(attachment, dir, progress).await
    }

    async fn escalate(&self, key: &str, reason: &str) -> Result<Escalation> {
        let path = format!("{}/escalations", key_path(key)?);
        self.post(
            &path,
            &NewEscalation {
                reason: reason.to_owned(),
            },
        )
        .await
    }

    async fn close(&self, key: &str, close: CloseTicket) -> Result<TicketDetail> {
        self.post(&format!("{}/close", key_path(key)?), &close)
            .await
    }

    async fn reopen(&self, key: &str, reopen: ReopenTicket) -> Result<TicketDetail> {
        self.post(&format!("{}/reopen", key_path(key)?), &reopen)
            .await
    }

    async fn give_secret(&self, key: &str, secret: &NewSecret) -> Result<SecretInfo> {
        let path = format!("{}/secret", key_path(key)?);
        self.send(Method::PUT, &path, Some(secret)).await
    }

    async fn secret(&self, key: &str) -> Result<SharedSecret> {
        self.get(&format!("{}/secret", key_path(key)?), &()).await
    }

    async fn clear_secret(&self, key: &str) -> Result<()> {
        self.delete(&format!("{}/secret", key_path(key)?)).await
    }

    async fn events(&self, request: EventRequest) -> Result<Events<'_>> {
        self.follow(request).await
    }
}
