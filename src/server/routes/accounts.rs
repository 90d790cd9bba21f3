//! Signing in and out, and the tokens of the caller's account or, for an admin, another's.
//!
//! A user or token name in a path is not checked for form: one that breaks the rules (a
//! control character, too long) names no user or token, and is not found like any other.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use crate::api::{LoggedIn, Login, Problem, Token};
use crate::server::AppState;
use crate::server::error::{Error, Result};
use crate::server::extract::{ApiJson, ApiPath};
use crate::server::login;
use crate::server::store::{Actor, Caller};

/// Trades a user name and password for a new token; a token of the same name the user has is
/// revoked. After five failures in a row for one user name, that name is refused for 30 s.
#[utoipa::path(post, path = "/v1/auth/login", tag = "accounts",
    request_body = Login,
    responses(
        (status = 201, body = LoggedIn, description = "Signed in: the new token, shown this once"),
        (status = 401, body = Problem, content_type = "application/problem+json",
            description = "Wrong user name or password: the same answer for a user who does not exist or has no password"),
        (status = 422, body = Problem, content_type = "application/problem+json",
            description = "Invalid input, or a scope the user's role does not allow: the problem names the field"),
        (status = 429, body = Problem, content_type = "application/problem+json",
            description = "Too many failed logins in a row for this user name: try again later",
            headers(("Retry-After" = u64, description = "Seconds until the user name is heard again"))),
    ))]
pub(super) async fn login(
    State(state): State<AppState>,
    ApiJson(login): ApiJson<Login>,
) -> Result<(StatusCode, Json<LoggedIn>)> {
    let logged_in = login::log_in(&*state.store, &state.brake, login).await?;
    Ok((StatusCode::CREATED, Json(logged_in)))
}

/// Revokes the token this request carries: logging out. Any token may, whatever its scopes.
#[utoipa::path(delete, path = "/v1/me/token", tag = "accounts", security(("bearer" = [])),
    responses((status = 204, description = "Revoked: the token no longer works")))]
pub(super) async fn logout(State(state): State<AppState>, caller: Caller) -> Result<StatusCode> {
    state.store.revoke_token(caller.token.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The caller's tokens that are not revoked, expired ones too, oldest first.
#[utoipa::path(get, path = "/v1/me/tokens", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, body = Vec<Token>, description = "The caller's tokens")))]
pub(super) async fn my_tokens(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<Vec<Token>>> {
    let tokens = state.store.live_tokens(&actor.name).await?;
    Ok(Json(tokens.iter().map(Token::from).collect()))
}

/// Revokes one of the caller's tokens, by name.
#[utoipa::path(delete, path = "/v1/me/tokens/{name}", tag = "accounts", security(("bearer" = [])),
    params(("name" = String, Path, description = "The token's name")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "The caller has no token of that name (that is not revoked)"),
    ))]
pub(super) async fn revoke_my_token(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(name): ApiPath<String>,
) -> Result<StatusCode> {
    match state.store.revoke_named_token(&actor.name, &name).await? {
        Some(_) => Ok(StatusCode::NO_CONTENT),
        None => Err(Error::NotFound(format!(
            "you have no token named '{name}': `tik auth tokens` lists them"
        ))),
    }
}

/// Another user's tokens that are not revoked, oldest first: for an admin, with a token of
/// the admin scope.
#[utoipa::path(get, path = "/v1/users/{user}/tokens", tag = "accounts", security(("bearer" = [])),
    params(("user" = String, Path, description = "A user's name")),
    responses(
        (status = 200, body = Vec<Token>, description = "The user's tokens"),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Not an admin, or a token without the admin scope"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such user"),
    ))]
pub(super) async fn user_tokens(
    State(state): State<AppState>,
    _admin: Actor,
    ApiPath(user): ApiPath<String>,
) -> Result<Json<Vec<Token>>> {
    let tokens = state.store.live_tokens(&user).await?;
    Ok(Json(tokens.iter().map(Token::from).collect()))
}

/// Revokes another user's token, by name: for an admin, with a token of the admin scope.
#[utoipa::path(delete, path = "/v1/users/{user}/tokens/{name}", tag = "accounts", security(("bearer" = [])),
    params(("user" = String, Path, description = "A user's name"), ("name" = String, Path, description = "The token's name")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 403, body = Problem, content_type = "application/problem+json", description = "Not an admin, or a token without the admin scope"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such user, or no token of that name (that is not revoked)"),
    ))]
pub(super) async fn revoke_user_token(
    State(state): State<AppState>,
    _admin: Actor,
    ApiPath((user, name)): ApiPath<(String, String)>,
) -> Result<StatusCode> {
    match state.store.revoke_named_token(&user, &name).await? {
        Some(_) => Ok(StatusCode::NO_CONTENT),
        None => Err(Error::NotFound(format!(
            "{user} has no token named '{name}': GET /v1/users/{user}/tokens lists them"
        ))),
    }
}
