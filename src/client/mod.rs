//! The HTTP client of `tik serve`: bearer auth, an `Idempotency-Key` on every POST (kept
//! across retries, so a retry never creates twice), bounded retries and timeouts, and
//! `problem+json` turned into typed errors.

mod auth;
mod download;
mod error;
mod files;
mod raw;

use std::time::Duration;

use async_trait::async_trait;
use base64::Engine as _;
use futures_util::TryStreamExt;
use indicatif::ProgressBar;
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub(crate) use download::Downloaded;
pub(crate) use error::ClientError;
pub(crate) use files::LocalFile;

use crate::api::{
    AttachUploads, Attachment, AttachmentLimits, Catalogue, CloseTicket, Comment, Escalation,
    IDEMPOTENCY_KEY, Me, NewComment, NewEscalation, NewRating, NewSecret, NewTicket, PREFIX,
    Problem, ReopenTicket, SecretInfo, SharedSecret, StageChange, StatusChange, SupportAccess,
    Ticket, TicketDetail, TicketPage, TicketPatch, TicketQuery, TicketView, Upload,
};
use crate::backend::{Backend, Result};

/// A service on the network answers a connection in well under this; past it, it is down or
/// unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Waits before each retry of a request that could not reach the service (refused, or
/// answered 502/503/504). A request that timed out is not retried: the wait was long enough.
const RETRY_DELAYS: [Duration; 2] = [Duration::from_millis(200), Duration::from_millis(800)];

/// No `Debug`: it holds the token.
pub(crate) struct HttpClient {
    http: reqwest::Client,
    base: String,
    token: String,
    /// How long a request may take in all; an upload, between two pieces.
    timeout: Duration,
}

impl HttpClient {
    pub(crate) fn new(host: &str, token: &str, timeout: Duration) -> Result<Self> {
        let host = service_address(host)?;
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("tik/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(CONNECT_TIMEOUT)
            .read_timeout(timeout);
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
            timeout,
        })
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

    /// Sends the request `build` makes, again after a pause if the service could not be
    /// reached or was briefly unavailable. POSTs carry one idempotency key for all attempts.
    async fn execute(&self, build: impl Fn() -> RequestBuilder) -> Result<Response> {
        let mut delays = RETRY_DELAYS.iter();
        loop {
            let outcome = build().send().await;
            let retry = match &outcome {
                Err(err) => err.is_connect() && !err.is_timeout(),
                Ok(response) => matches!(
                    response.status(),
                    StatusCode::BAD_GATEWAY
                        | StatusCode::SERVICE_UNAVAILABLE
                        | StatusCode::GATEWAY_TIMEOUT
                ),
            };
            match delays.next() {
                Some(delay) if retry => tokio::time::sleep(*delay).await,
                _ => return self.check(outcome).await,
            }
        }
    }

    async fn check(&self, outcome: reqwest::Result<Response>) -> Result<Response> {
        let response = outcome.map_err(|err| self.transport_error(&err))?;
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        let problem = response.json::<Problem>().await.ok();
        let no_endpoint = problem
            .as_ref()
            .is_none_or(|p| p.kind.ends_with("/no-such-endpoint"));
        if status == StatusCode::NOT_FOUND && no_endpoint {
            return Err(self.not_a_service_root());
        }
        Err(ClientError::from_problem(status.as_u16(), problem))
    }

    /// The service's address, as given.
    pub(crate) fn host(&self) -> &str {
        self.base.trim_end_matches(PREFIX)
    }

    /// A host whose paths the service does not know (`…/v1`, a proxy's prefix, another
    /// program): said as such, with the address to use, rather than as a missing ticket.
    fn not_a_service_root(&self) -> ClientError {
        let host = self.base.trim_end_matches(PREFIX);
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

    fn transport_error(&self, err: &reqwest::Error) -> ClientError {
        let host = self.base.trim_end_matches(PREFIX);
        if err.is_connect() && err.is_timeout() {
            ClientError::Unavailable(format!(
                "cannot connect to {host} within {} s: is it up and reachable?",
                CONNECT_TIMEOUT.as_secs()
            ))
        } else if err.is_timeout() {
            ClientError::Unavailable(format!(
                "{host} did not answer within {} s (--timeout or TIK_TIMEOUT waits longer)",
                self.timeout.as_secs()
            ))
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

    async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &(impl Serialize + Sync),
    ) -> Result<T> {
        let response = self
            .execute(|| {
                self.request(Method::GET, path)
                    .query(query)
                    .timeout(self.timeout)
            })
            .await?;
        self.decode(response).await
    }

    async fn post<T: DeserializeOwned>(
        &self,
        path: &str,
        body: &(impl Serialize + Sync),
    ) -> Result<T> {
        let key = uuid::Uuid::new_v4().to_string();
        let response = self
            .execute(|| {
                self.request(Method::POST, path)
                    .header(IDEMPOTENCY_KEY, &key)
                    .json(body)
                    .timeout(self.timeout)
            })
            .await?;
        self.decode(response).await
    }

    /// A request that changes something in place (PUT, PATCH, DELETE): safe to repeat as it
    /// stands, so it needs no idempotency key.
    async fn send<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&(impl Serialize + Sync)>,
    ) -> Result<T> {
        let response = self
            .execute(|| {
                let request = self.request(method.clone(), path).timeout(self.timeout);
                match body {
                    Some(body) => request.json(body),
                    None => request,
                }
            })
            .await?;
        self.decode(response).await
    }

    async fn delete(&self, path: &str) -> Result<()> {
        self.execute(|| self.request(Method::DELETE, path).timeout(self.timeout))
            .await?;
        Ok(())
    }

    async fn decode<T: DeserializeOwned>(&self, response: Response) -> Result<T> {
        response
            .json()
            .await
            .map_err(|e| ClientError::Service(format!("the service's answer is unreadable: {e}")))
    }

    /// Streams one file to `POST /v1/uploads`, advancing `progress` as bytes leave.
    async fn upload(&self, file: &LocalFile, progress: &ProgressBar) -> Result<Upload> {
        let digest = file.sha256().await?;
        let digest = format!(
            "sha-256=:{}:",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        let key = uuid::Uuid::new_v4().to_string();
        let mut delays = RETRY_DELAYS.iter();
        loop {
            let opened = tokio::fs::File::open(&file.path)
                .await
                .map_err(|e| ClientError::io(format!("cannot read {}", file.path.display()), e))?;
            let start = progress.position();
            let bar = progress.clone();
            let stream = tokio_util::io::ReaderStream::new(opened)
                .inspect_ok(move |chunk| bar.inc(chunk.len() as u64));
            let outcome = self
                .request(Method::POST, "/uploads")
                .query(&[("name", &file.name)])
                .header(IDEMPOTENCY_KEY, &key)
                .header(reqwest::header::CONTENT_TYPE, &file.media_type)
                .header(reqwest::header::CONTENT_LENGTH, file.size)
                .header("content-digest", &digest)
                .body(reqwest::Body::wrap_stream(stream))
                .send()
                .await;
            let retry = outcome
                .as_ref()
                .is_err_and(|e| e.is_connect() && !e.is_timeout());
            match delays.next() {
                Some(delay) if retry => {
                    progress.set_position(start);
                    tokio::time::sleep(*delay).await;
                }
                _ => return self.decode(self.check(outcome).await?).await,
            }
        }
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
        for file in files {
            progress.set_message(file.name.clone());
            match self.upload(file, progress).await {
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
                let withdrawn = self
                    .execute(|| {
                        self.request(Method::DELETE, &format!("/uploads/{id}"))
                            .timeout(self.timeout)
                    })
                    .await;
                if withdrawn.is_err() {
                    break;
                }
            }
        }
        cause
    }
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

    async fn list(&self, mut query: TicketQuery, max: usize) -> Result<Vec<Ticket>> {
        let mut tickets = Vec::new();
        loop {
            let wanted = max.saturating_sub(tickets.len()).min(100);
            query.limit = Some(u32::try_from(wanted).unwrap_or(100));
            let page: TicketPage = self.get("/tickets", &query).await?;
            tickets.extend(page.items);
            match page.next_cursor {
                Some(cursor) if tickets.len() < max => query.cursor = Some(cursor),
                _ => return Ok(tickets),
            }
        }
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
}
