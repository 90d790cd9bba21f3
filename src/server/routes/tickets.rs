use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::idempotency;
use super::preconditions::{EntityTags, etag};
use crate::api::{
    Comment, NewComment, NewTicket, Problem, TicketDetail, TicketPage, TicketPatch, TicketQuery,
    TicketView,
};
use crate::server::AppState;
use crate::server::error::{Error, Result};
use crate::server::extract::{ApiJson, ApiPath, ApiQuery};
use crate::server::rules;
use crate::server::store::Actor;

pub(super) fn with_etag(status: StatusCode, detail: TicketDetail) -> Response {
    let tag = etag(detail.ticket.version);
    let mut response = (status, Json(detail)).into_response();
    response.headers_mut().insert(header::ETAG, tag);
    response
}

/// Opens a ticket; uploads named in `attachments` are attached in the same change. With a
/// `dedupe_key` held by an open ticket the caller shares keys with, records an occurrence on
/// that ticket instead (200, `deduplicated`).
#[utoipa::path(post, path = "/v1/tickets", tag = "tickets", security(("bearer" = [])),
    params(("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry safe: the same key and request replay the first answer")),
    request_body = NewTicket,
    responses(
        (status = 201, body = TicketDetail, description = "Created (with a dedupe key, `deduplicated: false`)",
            headers(("ETag" = String, description = "The ticket's version, for If-Match and If-None-Match"),
                ("Location" = String, description = "The ticket's path, e.g. /v1/tickets/CS-1042"))),
        (status = 200, body = TicketDetail, description = "An occurrence recorded on the open ticket holding the dedupe key (`deduplicated: true`): a comment of the description and attachments",
            headers(("ETag" = String, description = "The ticket's version, for If-Match and If-None-Match"),
                ("Location" = String, description = "The ticket's path, e.g. /v1/tickets/CS-1042"))),
    ))]
pub(super) async fn create(
    State(state): State<AppState>,
    actor: Actor,
    headers: HeaderMap,
    ApiJson(new): ApiJson<NewTicket>,
) -> Result<Response> {
    let idem = idempotency(&headers, "create-ticket", &new)?;
    rules::validate_new_ticket(&new, &*state.store.catalogue().await?)?;
    state.check_files_per_message(new.attachments.len()).await?;
    let detail = state.store.create_ticket(&actor, idem, new).await?;
    let location = HeaderValue::from_str(&format!("/v1/tickets/{}", detail.ticket.key))
        .map_err(Error::internal)?;
    let status = if detail.deduplicated == Some(true) {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    let mut response = with_etag(status, detail);
    response.headers_mut().insert(header::LOCATION, location);
    Ok(response)
}

/// Lists tickets, newest first, a page at a time.
#[utoipa::path(get, path = "/v1/tickets", tag = "tickets", security(("bearer" = [])),
    params(TicketQuery),
    responses((status = 200, body = TicketPage, description = "A page of tickets")))]
pub(super) async fn list(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(query): ApiQuery<TicketQuery>,
) -> Result<Json<TicketPage>> {
    rules::validate_query(&query, &*state.store.catalogue().await?)?;
    Ok(Json(state.store.list_tickets(&actor, query).await?))
}

/// A ticket with its comments, attachments, escalations, and the transitions the caller may
/// make; with its history on request. Reading it marks it seen by the caller. `If-None-Match`
/// answers 304.
#[utoipa::path(get, path = "/v1/tickets/{key}", tag = "tickets", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"), TicketView,
        ("If-None-Match" = Option<String>, Header, nullable = false, description = "The ETag last read: answers 304 if unchanged")),
    responses(
        (status = 200, body = TicketDetail, description = "The ticket",
            headers(("ETag" = String, description = "The ticket's version"))),
        (status = 304, description = "Unchanged since the ETag sent",
            headers(("ETag" = String, description = "The ticket's version"))),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
    ))]
pub(super) async fn show(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
    ApiQuery(view): ApiQuery<TicketView>,
    headers: HeaderMap,
) -> Result<Response> {
    let detail = state
        .store
        .ticket(&actor, &key, view.history == Some(true))
        .await?;
    let unchanged = EntityTags::of(&headers, &header::IF_NONE_MATCH)
        .is_some_and(|tags| tags.weakly_matches(detail.ticket.version));
    if unchanged {
        return Ok((
            StatusCode::NOT_MODIFIED,
            [(header::ETAG, etag(detail.ticket.version))],
        )
            .into_response());
    }
    Ok(with_etag(StatusCode::OK, detail))
}

/// Changes a ticket's fields; with `If-Match`, only if nobody changed it since.
#[utoipa::path(patch, path = "/v1/tickets/{key}", tag = "tickets", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"),
        ("If-Match" = Option<String>, Header, nullable = false, description = "The ETag last read: the change applies only if the ticket is still at that version")),
    request_body = TicketPatch,
    responses(
        (status = 200, body = TicketDetail, description = "The changed ticket",
            headers(("ETag" = String, description = "The ticket's new version"))),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Not the caller's to change (requalifying and assigning are for agents)"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
        (status = 409, body = Problem, content_type = "application/problem+json", description = "The ticket is closed: reopen it first"),
        (status = 412, body = Problem, content_type = "application/problem+json", description = "Changed since the ETag in If-Match"),
    ))]
pub(super) async fn update(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
    headers: HeaderMap,
    ApiJson(patch): ApiJson<TicketPatch>,
) -> Result<Response> {
    let expected = match EntityTags::of(&headers, &header::IF_MATCH) {
        Some(EntityTags::Malformed) => {
            return Err(Error::invalid(
                "If-Match",
                "If-Match takes * or a list of ETags, e.g. \"v3\"",
            ));
        }
        tags => tags.and_then(|t| t.strong_versions()),
    };
    rules::validate_patch(&patch, &*state.store.catalogue().await?)?;
    let detail = state
        .store
        .update_ticket(&actor, &key, expected, patch)
        .await?;
    Ok(with_etag(StatusCode::OK, detail))
}

/// Adds a comment (or, for agents, an internal note) with its attachments.
#[utoipa::path(post, path = "/v1/tickets/{key}/comments", tag = "tickets", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"), ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry safe")),
    request_body = NewComment,
    responses(
        (status = 201, body = Comment, description = "Added"),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Internal notes are for agents"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
        (status = 409, body = Problem, content_type = "application/problem+json", description = "The ticket is closed"),
    ))]
pub(super) async fn comment(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
    headers: HeaderMap,
    ApiJson(comment): ApiJson<NewComment>,
) -> Result<(StatusCode, Json<Comment>)> {
    let idem = idempotency(&headers, &format!("comment {key}"), &comment)?;
    rules::validate_comment(&comment)?;
    state
        .check_files_per_message(comment.attachments.len())
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(state.store.add_comment(&actor, idem, &key, comment).await?),
    ))
}
