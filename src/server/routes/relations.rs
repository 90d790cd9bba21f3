//! Who follows a ticket (watchers, CC), and links between related tickets.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::tickets::with_etag;
use crate::api::{Problem, TicketDetail};
use crate::server::AppState;
use crate::server::error::Result;
use crate::server::extract::ApiPath;
use crate::server::store::Actor;

/// Adds a watcher, who then sees the ticket as its requester does.
#[utoipa::path(put, path = "/v1/tickets/{key}/watchers/{user}", tag = "relations", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"), ("user" = String, Path, description = "A user's name")),
    responses(
        (status = 200, body = TicketDetail, description = "Watching (already, or now)",
            headers(("ETag" = String, description = "The ticket's version"))),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Not the caller's to add (a requester adds people of their organisation)"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket or user, or a ticket the caller may not see"),
    ))]
pub(super) async fn watch(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath((key, user)): ApiPath<(String, String)>,
) -> Result<Response> {
    let detail = state.store.add_watcher(&actor, &key, &user).await?;
    Ok(with_etag(StatusCode::OK, detail))
}

/// Removes a watcher; anyone may stop watching.
#[utoipa::path(delete, path = "/v1/tickets/{key}/watchers/{user}", tag = "relations", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"), ("user" = String, Path, description = "A user's name")),
    responses(
        (status = 200, body = TicketDetail, description = "No longer watching",
            headers(("ETag" = String, description = "The ticket's version"))),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Not the caller's to remove"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket or user, a ticket the caller may not see, or a user who does not watch it"),
    ))]
pub(super) async fn unwatch(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath((key, user)): ApiPath<(String, String)>,
) -> Result<Response> {
    let detail = state.store.remove_watcher(&actor, &key, &user).await?;
    Ok(with_etag(StatusCode::OK, detail))
}

/// Links two tickets as related.
#[utoipa::path(put, path = "/v1/tickets/{key}/links/{other}", tag = "relations", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"), ("other" = String, Path, description = "The related ticket's key")),
    responses(
        (status = 200, body = TicketDetail, description = "Linked (already, or now)",
            headers(("ETag" = String, description = "The ticket's version"))),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Links are for agents"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
    ))]
pub(super) async fn link(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath((key, other)): ApiPath<(String, String)>,
) -> Result<Response> {
    let detail = state.store.link_tickets(&actor, &key, &other).await?;
    Ok(with_etag(StatusCode::OK, detail))
}

/// Removes the link between two tickets.
#[utoipa::path(delete, path = "/v1/tickets/{key}/links/{other}", tag = "relations", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"), ("other" = String, Path, description = "The related ticket's key")),
    responses(
        (status = 200, body = TicketDetail, description = "Unlinked",
            headers(("ETag" = String, description = "The ticket's version"))),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Links are for agents"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, one the caller may not see, or no such link"),
    ))]
pub(super) async fn unlink(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath((key, other)): ApiPath<(String, String)>,
) -> Result<Response> {
    let detail = state.store.unlink_tickets(&actor, &key, &other).await?;
    Ok(with_etag(StatusCode::OK, detail))
}
