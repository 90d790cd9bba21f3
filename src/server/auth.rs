//! Bearer-token authentication: every endpoint but health and the API document takes an
//! [`Actor`] argument, and so cannot run for an unknown caller.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

use super::AppState;
use super::error::Error;
use super::store::Actor;

impl FromRequestParts<AppState> for Actor {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        // Two credentials are one too many: which one a proxy or the service would read is
        // anybody's guess, so neither is.
        if parts.headers.get_all(AUTHORIZATION).iter().nth(1).is_some() {
            return Err(Error::Unauthorized(
                "send one Authorization header, not several".into(),
            ));
        }
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or_else(|| {
                Error::Unauthorized("no bearer token: send Authorization: Bearer <token>".into())
            })?;
        state
            .store
            .authenticate(token)
            .await?
            .ok_or_else(|| Error::Unauthorized("the token is unknown, revoked or expired".into()))
    }
}
