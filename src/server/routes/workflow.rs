//! Moving a ticket through the workflow: status changes, closing, reopening, escalations and
//! their stages, the rating, and consent to support access.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use super::idempotency;
use super::tickets::with_etag;
use crate::api::{
    CloseTicket, Escalation, NewEscalation, NewRating, Problem, ReopenTicket, StageChange,
    StatusChange, SupportAccess, TicketDetail,
};
use crate::server::AppState;
use crate::server::error::Result;
use crate::server::extract::{ApiJson, ApiPath};
use crate::server::rules;
use crate::server::store::{Actor, Idempotency};

/// Moves a ticket to another status, as the workflow allows the caller (`GET` on the ticket
/// lists their `transitions`).
#[utoipa::path(post, path = "/v1/tickets/{key}/status", tag = "workflow", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"), ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry safe")),
    request_body = StatusChange,
    responses(
        (status = 200, body = TicketDetail, description = "Moved",
            headers(("ETag" = String, description = "The ticket's new version"))),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Not a transition the caller may make; the detail names those they may"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
        (status = 409, body = Problem, content_type = "application/problem+json", description = "The ticket is already in that status, or goes to assigned without an assignee"),
    ))]
pub(super) async fn status(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
    headers: HeaderMap,
    ApiJson(change): ApiJson<StatusChange>,
) -> Result<Response> {
    let idem = idempotency(&headers, &format!("status {key}"), &change)?;
    change_status(&state, &actor, idem, &key, change).await
}

/// A status change, checked and made: `status` and `close` share it.
async fn change_status(
    state: &AppState,
    actor: &Actor,
    idem: Option<Idempotency>,
    key: &str,
    change: StatusChange,
) -> Result<Response> {
    rules::validate_status_change(&change)?;
    let detail = state.store.change_status(actor, idem, key, change).await?;
    Ok(with_etag(StatusCode::OK, detail))
}

/// Closes a ticket with a resolution: the transition to `closed`.
#[utoipa::path(post, path = "/v1/tickets/{key}/close", tag = "workflow", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"), ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry safe")),
    request_body = CloseTicket,
    responses(
        (status = 200, body = TicketDetail, description = "Closed",
            headers(("ETag" = String, description = "The ticket's new version"))),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Not the caller's to close"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
        (status = 409, body = Problem, content_type = "application/problem+json", description = "The ticket is already closed"),
    ))]
pub(super) async fn close(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
    headers: HeaderMap,
    ApiJson(close): ApiJson<CloseTicket>,
) -> Result<Response> {
    let idem = idempotency(&headers, &format!("close {key}"), &close)?;
    change_status(&state, &actor, idem, &key, StatusChange::from(close)).await
}

/// Reopens a resolved or closed ticket: back to its assignee, or to be taken.
#[utoipa::path(post, path = "/v1/tickets/{key}/reopen", tag = "workflow", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"), ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry safe")),
    request_body = ReopenTicket,
    responses(
        (status = 200, body = TicketDetail, description = "Reopened",
            headers(("ETag" = String, description = "The ticket's new version"))),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Not the caller's to reopen"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
        (status = 409, body = Problem, content_type = "application/problem+json", description = "The ticket is not resolved or closed"),
    ))]
pub(super) async fn reopen(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
    headers: HeaderMap,
    ApiJson(reopen): ApiJson<ReopenTicket>,
) -> Result<Response> {
    let idem = idempotency(&headers, &format!("reopen {key}"), &reopen)?;
    rules::validate_reopen(&reopen)?;
    let detail = state
        .store
        .reopen_ticket(&actor, idem, &key, reopen)
        .await?;
    Ok(with_etag(StatusCode::OK, detail))
}

/// Escalates a ticket: a new escalation with its own key and a stage timeline.
#[utoipa::path(post, path = "/v1/tickets/{key}/escalations", tag = "workflow", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"), ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry safe")),
    request_body = NewEscalation,
    responses(
        (status = 201, body = Escalation, description = "Escalated"),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Not the caller's to escalate"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
        (status = 409, body = Problem, content_type = "application/problem+json", description = "The ticket is closed or already escalated"),
    ))]
pub(super) async fn escalate(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
    headers: HeaderMap,
    ApiJson(new): ApiJson<NewEscalation>,
) -> Result<(StatusCode, Json<Escalation>)> {
    let idem = idempotency(&headers, &format!("escalate {key}"), &new)?;
    rules::validate_reason(&new.reason)?;
    Ok((
        StatusCode::CREATED,
        Json(state.store.escalate(&actor, idem, &key, new.reason).await?),
    ))
}

/// Moves an escalation to a later stage, with an estimated resolution date.
#[utoipa::path(post, path = "/v1/escalations/{key}/stage", tag = "workflow", security(("bearer" = [])),
    params(("key" = String, Path, description = "The escalation's key, e.g. CP-7"), ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry safe")),
    request_body = StageChange,
    responses(
        (status = 200, body = Escalation, description = "Moved"),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Stages are for agents"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such escalation, or not one the caller may see"),
        (status = 409, body = Problem, content_type = "application/problem+json", description = "The escalation is already at or past that stage"),
    ))]
pub(super) async fn stage(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
    headers: HeaderMap,
    ApiJson(change): ApiJson<StageChange>,
) -> Result<Json<Escalation>> {
    let idem = idempotency(&headers, &format!("stage {key}"), &change)?;
    Ok(Json(
        state
            .store
            .move_escalation(&actor, idem, &key, change)
            .await?,
    ))
}

/// Rates a closed ticket, once: the requester's satisfaction, with a remark.
#[utoipa::path(post, path = "/v1/tickets/{key}/rating", tag = "workflow", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"), ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry safe")),
    request_body = NewRating,
    responses(
        (status = 200, body = TicketDetail, description = "Rated",
            headers(("ETag" = String, description = "The ticket's new version"))),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Only the requester rates"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
        (status = 409, body = Problem, content_type = "application/problem+json", description = "Not closed yet, or already rated"),
    ))]
pub(super) async fn rate(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
    headers: HeaderMap,
    ApiJson(rating): ApiJson<NewRating>,
) -> Result<Response> {
    let idem = idempotency(&headers, &format!("rate {key}"), &rating)?;
    rules::validate_rating(&rating)?;
    let detail = state.store.rate_ticket(&actor, idem, &key, rating).await?;
    Ok(with_etag(StatusCode::OK, detail))
}

/// Grants or revokes support's access to the requester's account for this ticket.
#[utoipa::path(put, path = "/v1/tickets/{key}/support-access", tag = "workflow", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042")),
    request_body = SupportAccess,
    responses(
        (status = 200, body = TicketDetail, description = "Granted or revoked",
            headers(("ETag" = String, description = "The ticket's new version"))),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Only the requester gives or takes back consent"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
    ))]
pub(super) async fn support_access(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
    ApiJson(access): ApiJson<SupportAccess>,
) -> Result<Response> {
    let detail = state
        .store
        .set_support_access(&actor, &key, access.granted)
        .await?;
    Ok(with_etag(StatusCode::OK, detail))
}
