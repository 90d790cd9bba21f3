//! The HTTP surface: parse, call the store (which applies the rules), answer.

pub(super) mod accounts;
pub(super) mod attachments;
pub(super) mod events;
pub(super) mod meta;
mod preconditions;
pub(super) mod relations;
pub(super) mod secrets;
pub(super) mod tickets;
pub(super) mod workflow;

use axum::Router;
use axum::extract::{DefaultBodyLimit, OriginalUri};
use axum::http::{HeaderMap, Method, Uri};
use axum::routing::{delete, get, post, put};

use super::AppState;
use super::error::{Error, Result};
use super::extract::MAX_JSON_BODY_BYTES;
use super::store::Idempotency;
use crate::api::IDEMPOTENCY_KEY;

pub(super) fn router(state: AppState) -> Router {
    let v1 = Router::new()
        .route("/health", get(meta::health))
        .route("/openapi.json", get(meta::openapi))
        .route("/catalogue", get(meta::catalogue))
        .route("/limits", get(meta::limits))
        .route("/me", get(meta::me))
        .route("/assignees", get(meta::assignees))
        .route("/auth/login", post(accounts::login))
        .route("/me/token", delete(accounts::logout))
        .route("/me/tokens", get(accounts::my_tokens))
        .route("/me/tokens/{name}", delete(accounts::revoke_my_token))
        .route("/users/{user}/tokens", get(accounts::user_tokens))
        .route(
            "/users/{user}/tokens/{name}",
            delete(accounts::revoke_user_token),
        )
        .route("/tickets", post(tickets::create).get(tickets::list))
        .route("/tickets/{key}", get(tickets::show).patch(tickets::update))
        .route("/tickets/{key}/comments", post(tickets::comment))
        .route("/tickets/{key}/attachments", post(attachments::attach))
        .route("/tickets/{key}/status", post(workflow::status))
        .route("/tickets/{key}/close", post(workflow::close))
        .route("/tickets/{key}/reopen", post(workflow::reopen))
        .route("/tickets/{key}/escalations", post(workflow::escalate))
        .route("/escalations/{key}/stage", post(workflow::stage))
        .route("/tickets/{key}/rating", post(workflow::rate))
        .route(
            "/tickets/{key}/support-access",
            put(workflow::support_access),
        )
        .route(
            "/tickets/{key}/watchers/{user}",
            put(relations::watch).delete(relations::unwatch),
        )
        .route(
            "/tickets/{key}/links/{other}",
            put(relations::link).delete(relations::unlink),
        )
        .route(
            "/tickets/{key}/secret",
            put(secrets::give_secret)
                .get(secrets::read_secret)
                .delete(secrets::clear_secret),
        )
        .route("/uploads", post(attachments::upload))
        .route("/uploads/{id}", delete(attachments::discard))
        .route("/attachments/{id}", get(attachments::download))
        .route("/events", get(events::events))
        .route("/tickets/{key}/events", get(events::ticket_events))
        // axum adds the `Allow` header to what this answers.
        .method_not_allowed_fallback(method_not_allowed)
        // Around every route above: a POST's Idempotency-Key, one request at a time.
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            super::idempotency::one_at_a_time,
        ));
    Router::new()
        .nest(crate::api::PREFIX, v1)
        .fallback(no_such_endpoint)
        .layer(DefaultBodyLimit::max(MAX_JSON_BODY_BYTES))
        .with_state(state)
}

async fn no_such_endpoint(method: Method, uri: Uri) -> Error {
    Error::NoSuchEndpoint(format!(
        "no endpoint {method} {}: the API's paths start with {}/",
        uri.path(),
        crate::api::PREFIX
    ))
}

async fn method_not_allowed(method: Method, OriginalUri(uri): OriginalUri) -> Error {
    Error::MethodNotAllowed(format!(
        "{} does not take {method}; the Allow header lists what it takes",
        uri.path()
    ))
}

/// The request's `Idempotency-Key`, tied to what was asked so a reused key cannot replay the
/// answer to another request.
fn idempotency(
    headers: &HeaderMap,
    operation: &str,
    request: &impl serde::Serialize,
) -> Result<Option<Idempotency>> {
    let Some(value) = headers.get(IDEMPOTENCY_KEY) else {
        return Ok(None);
    };
    let key = value
        .to_str()
        .ok()
        .filter(|k| !k.is_empty() && k.len() <= 255)
        .ok_or_else(|| {
            Error::invalid(
                "Idempotency-Key",
                "the Idempotency-Key must be 1 to 255 visible characters",
            )
        })?;
    Ok(Some(Idempotency::new(key.to_owned(), operation, request)))
}
