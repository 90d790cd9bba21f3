//! Bearer-token authentication: every endpoint but health, the API document and login takes
//! an [`Actor`] or a [`Caller`] argument, and so cannot run for an unknown caller, nor for a
//! token whose scopes do not allow the request ([`rules::may_call`]).

use axum::extract::{FromRequestParts, MatchedPath};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use chrono::{DateTime, SecondsFormat, SubsecRound as _, TimeDelta, Utc};

use super::AppState;
use super::error::{Error, Result};
use super::rules;
use super::store::{Actor, Authentication, Caller, TokenInfo};

impl FromRequestParts<AppState> for Caller {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self> {
        // Two extractors of one request authenticate it once.
        if let Some(caller) = parts.extensions.get::<Caller>() {
            return Ok(caller.clone());
        }
        let token = bearer(parts)?;
        let mut caller = match state.store.authenticate(token).await? {
            Authentication::Unknown => {
                return Err(Error::Unauthorized(
                    "the token is not known to this service: log in with `tik auth login`".into(),
                ));
            }
            Authentication::Expired { token, at } => {
                return Err(Error::Unauthorized(format!(
                    "the token '{}' expired on {}: log in again with `tik auth login`",
                    token.name,
                    date(at)
                )));
            }
            Authentication::Revoked { token, at } => {
                return Err(Error::Unauthorized(format!(
                    "the token '{}' was revoked on {}: log in again with `tik auth login`",
                    token.name,
                    date(at)
                )));
            }
            Authentication::Valid(caller) => caller,
        };
        record_use(state, &mut caller.token, Utc::now());
        let route = parts
            .extensions
            .get::<MatchedPath>()
            .map_or_else(|| parts.uri.path(), MatchedPath::as_str);
        rules::may_call(&caller.actor, &caller.token.scopes, &parts.method, route)?;
        parts.extensions.insert(caller.clone());
        Ok(caller)
    }
}

impl FromRequestParts<AppState> for Actor {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self> {
        Caller::from_request_parts(parts, state)
            .await
            .map(|caller| caller.actor)
    }
}

/// The request's bearer token: one `Authorization` header, of the bearer scheme.
fn bearer(parts: &Parts) -> Result<&str> {
    // Two credentials are one too many: which one a proxy or the service would read is
    // anybody's guess, so neither is.
    if parts.headers.get_all(AUTHORIZATION).iter().nth(1).is_some() {
        return Err(Error::Unauthorized(
            "send one Authorization header, not several".into(),
        ));
    }
    parts
        .headers
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .ok_or_else(|| {
            Error::Unauthorized("no bearer token: send Authorization: Bearer <token>".into())
        })
}

fn date(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Records the token's use when the last one recorded is a minute old or more: reads do not
/// write on every request, and none waits for the write.
fn record_use(state: &AppState, token: &mut TokenInfo, now: DateTime<Utc>) {
    // To the second, as the token's other times.
    let now = now.trunc_subsecs(0);
    if token
        .last_used_at
        .is_none_or(|at| now - at >= TimeDelta::minutes(1))
    {
        state.store.record_token_use(token.id, now);
        token.last_used_at = Some(now);
    }
}
