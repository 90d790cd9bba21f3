use axum::Json;
use axum::extract::State;

use crate::api::{AttachmentLimits, Catalogue, Me, Problem, User};
use crate::server::AppState;
use crate::server::error::Result;
use crate::server::rules;
use crate::server::store::{Actor, Caller};

/// Liveness, without authentication.
#[utoipa::path(get, path = "/v1/health", tag = "meta", responses((status = 200, body = String, content_type = "text/plain", description = "The service is up: ok")))]
pub(super) async fn health() -> &'static str {
    "ok"
}

/// This API's `OpenAPI` document.
#[utoipa::path(get, path = "/v1/openapi.json", tag = "meta", responses((status = 200, body = Object, description = "The OpenAPI document")))]
pub(super) async fn openapi() -> Json<serde_json::Value> {
    Json(crate::server::openapi::document())
}

/// What tickets can be filed under: priorities, departments, services, categories, types.
/// An import (`tik admin catalog import`) shows from the next request on.
#[utoipa::path(get, path = "/v1/catalogue", tag = "meta", security(("bearer" = [])),
    responses((status = 200, body = Catalogue, description = "The catalogue")))]
pub(super) async fn catalogue(
    State(state): State<AppState>,
    _actor: Actor,
) -> Result<Json<Catalogue>> {
    Ok(Json(state.store.catalogue().await?.as_ref().clone()))
}

/// The attachment limits, so clients refuse a file before sending it.
#[utoipa::path(get, path = "/v1/limits", tag = "meta", security(("bearer" = [])),
    responses((status = 200, body = AttachmentLimits, description = "The limits")))]
pub(super) async fn limits(
    State(state): State<AppState>,
    _actor: Actor,
) -> Result<Json<AttachmentLimits>> {
    Ok(Json(state.limits().await?))
}

/// The caller, and the token they called with.
#[utoipa::path(get, path = "/v1/me", tag = "meta", security(("bearer" = [])),
    responses((status = 200, body = Me, description = "The caller and their token")))]
pub(super) async fn me(caller: Caller) -> Json<Me> {
    let Caller { actor, token } = caller;
    Json(Me {
        user: User {
            name: actor.name,
            email: actor.email,
            role: actor.role,
            organisation: actor.organisation,
        },
        token: (&token).into(),
    })
}

/// The users a ticket can be assigned to (agents and admins), in the order of their names:
/// for agents and admins, who assign. `tik assign` completes its user from it.
#[utoipa::path(get, path = "/v1/assignees", tag = "meta", security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<User>, description = "Who can be assigned a ticket, by name"),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Not an agent or an admin"),
    ))]
pub(super) async fn assignees(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<Vec<User>>> {
    rules::may_list_assignees(&actor)?;
    let mut users = state.store.users().await?;
    users.retain(|user| rules::may_be_assignee(&user.name, user.role).is_ok());
    Ok(Json(users))
}
