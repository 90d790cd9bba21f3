//! A ticket's shared secret: given by the customer (or support), read by support, cleared by
//! either, purged by the service when its time is up.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use crate::api::{NewSecret, Problem, SecretInfo, SharedSecret};
use crate::server::AppState;
use crate::server::error::Result;
use crate::server::extract::{ApiJson, ApiPath};
use crate::server::rules;
use crate::server::store::Actor;

/// Gives a ticket a secret, replacing any; it is kept encrypted and purged when it expires.
#[utoipa::path(put, path = "/v1/tickets/{key}/secret", tag = "secrets", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042")),
    request_body = NewSecret,
    responses(
        (status = 200, body = SecretInfo, description = "Given: who gave it, and until when it is kept"),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Not the caller's to give: for the requester, their organisation's admin or an agent"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
        (status = 409, body = Problem, content_type = "application/problem+json", description = "The ticket is closed"),
    ))]
pub(super) async fn give_secret(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
    ApiJson(new): ApiJson<NewSecret>,
) -> Result<Json<SecretInfo>> {
    rules::validate_secret(&new.secret)?;
    Ok(Json(state.secrets.give(&actor, &key, &new.secret).await?))
}

/// The ticket's secret, for agents and admins.
#[utoipa::path(get, path = "/v1/tickets/{key}/secret", tag = "secrets", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042")),
    responses(
        (status = 200, body = SharedSecret, description = "The secret"),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Secrets are for agents and admins"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket or not one the caller may see; or it holds no secret (none given, cleared, or expired)"),
        (status = 500, body = Problem, content_type = "application/problem+json", description = "The kept secret fails its integrity check: altered, or sealed under another key"),
    ))]
pub(super) async fn read_secret(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
) -> Result<Json<SharedSecret>> {
    Ok(Json(state.secrets.read(&actor, &key).await?))
}

/// Clears the ticket's secret before its time.
#[utoipa::path(delete, path = "/v1/tickets/{key}/secret", tag = "secrets", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042")),
    responses(
        (status = 204, description = "Cleared"),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Not the caller's to clear: for the requester, their organisation's admin or an agent"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket or not one the caller may see; or it holds no secret"),
    ))]
pub(super) async fn clear_secret(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
) -> Result<StatusCode> {
    state.secrets.clear(&actor, &key).await?;
    Ok(StatusCode::NO_CONTENT)
}
