//! What a token may do: the one check of its scopes, made for every authenticated request
//! before its handler runs, so no endpoint can forget it.

use axum::http::Method;

use crate::api::{Role, TokenScope};
use crate::server::error::{Error, Result};
use crate::server::store::Actor;

/// The endpoint that revokes the token a request carries. Any token may end itself: a token
/// that may only read can still log out.
const LOGOUT: &str = "/v1/me/token";
/// Who the caller is, and with which token: any token may ask, so a client can check one of
/// any scope before it keeps it.
const WHO_AM_I: &str = "/v1/me";
/// Endpoints under this act on other users' accounts: an admin's, with the admin scope.
const OTHER_USERS: &str = "/v1/users/";
/// Endpoints under this act on the caller's own account.
const OWN_ACCOUNT: &str = "/v1/me/";

/// Whether a token of `scopes`, acting as `actor`, may make a request of `method` to `route`
/// (the path as the router declares it: `/v1/users/{user}/tokens`). Reading takes `read`,
/// any other method `write`, and other users' accounts the admin role and the `admin` scope.
pub(crate) fn may_call(
    actor: &Actor,
    scopes: &[TokenScope],
    method: &Method,
    route: &str,
) -> Result<()> {
    if (method == Method::DELETE && route == LOGOUT) || (method == Method::GET && route == WHO_AM_I)
    {
        return Ok(());
    }
    if route.starts_with(OTHER_USERS) {
        if actor.role != Role::Admin {
            return Err(Error::Forbidden(
                "only an admin may see or revoke other users' tokens".into(),
            ));
        }
        return need(scopes, TokenScope::Admin, "acting on other users' tokens");
    }
    if method == Method::GET || method == Method::HEAD {
        need(scopes, TokenScope::Read, "reading")
    } else if route.starts_with(OWN_ACCOUNT) {
        need(scopes, TokenScope::Write, "revoking a token")
    } else {
        need(scopes, TokenScope::Write, "changing tickets")
    }
}

fn need(scopes: &[TokenScope], scope: TokenScope, doing: &str) -> Result<()> {
    if scopes.contains(&scope) {
        return Ok(());
    }
    let listed: Vec<&str> = scopes.iter().map(|s| s.as_str()).collect();
    Err(Error::Forbidden(format!(
        "this token may only {} (scopes: {}); {doing} needs the '{scope}' scope: `tik auth login` gets a token with it",
        abilities(scopes),
        listed.join(", ")
    )))
}

/// What scopes let a token do, in words: "read and change tickets".
fn abilities(scopes: &[TokenScope]) -> String {
    let words: Vec<&str> = scopes
        .iter()
        .map(|scope| match scope {
            TokenScope::Read => "read",
            TokenScope::Write => "change tickets",
            TokenScope::Admin => "act on other users' tokens",
        })
        .collect();
    match words.split_last() {
        None => "do nothing".into(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use TokenScope::{Admin, Read, Write};

    fn actor(role: Role) -> Actor {
        Actor {
            id: 1,
            name: "a".into(),
            email: String::new(),
            role,
            organisation_id: None,
            organisation: None,
        }
    }

    #[test]
    fn reading_takes_read_and_changing_takes_write() {
        let requester = actor(Role::Requester);
        let read_only = [Read];
        assert!(may_call(&requester, &read_only, &Method::GET, "/v1/tickets").is_ok());
        assert!(may_call(&requester, &read_only, &Method::HEAD, "/v1/tickets").is_ok());
        let refused = may_call(&requester, &read_only, &Method::POST, "/v1/tickets")
            .unwrap_err()
            .to_string();
        assert_eq!(
            refused,
            "this token may only read (scopes: read); changing tickets needs the 'write' scope: `tik auth login` gets a token with it"
        );
        let refused = may_call(&requester, &[Write], &Method::GET, "/v1/catalogue")
            .unwrap_err()
            .to_string();
        assert!(
            refused.starts_with(
                "this token may only change tickets (scopes: write); reading needs the 'read' scope"
            ),
            "{refused}"
        );
        assert!(
            may_call(
                &requester,
                &read_only,
                &Method::DELETE,
                "/v1/me/tokens/{name}"
            )
            .is_err()
        );
        assert!(
            may_call(
                &requester,
                &[Read, Write],
                &Method::PATCH,
                "/v1/tickets/{key}"
            )
            .is_ok()
        );
    }

    #[test]
    fn any_token_may_ask_who_it_is() {
        for scopes in [&[Read][..], &[Write], &[Admin]] {
            assert!(may_call(&actor(Role::Admin), scopes, &Method::GET, "/v1/me").is_ok());
        }
    }

    #[test]
    fn any_token_may_log_out() {
        for scopes in [&[Read][..], &[Write], &[Admin]] {
            assert!(may_call(&actor(Role::Requester), scopes, &Method::DELETE, LOGOUT).is_ok());
        }
    }

    #[test]
    fn other_users_tokens_take_the_admin_role_and_scope() {
        let route = "/v1/users/{user}/tokens";
        let all = [Read, Write, Admin];
        assert!(may_call(&actor(Role::Admin), &all, &Method::GET, route).is_ok());
        assert!(may_call(&actor(Role::Admin), &[Admin], &Method::DELETE, route).is_ok());
        let refused = may_call(&actor(Role::Admin), &[Read, Write], &Method::GET, route)
            .unwrap_err()
            .to_string();
        assert!(
            refused.starts_with("this token may only read and change tickets (scopes: read, write); acting on other users' tokens needs the 'admin' scope"),
            "{refused}"
        );
        let refused = may_call(&actor(Role::Agent), &all, &Method::GET, route)
            .unwrap_err()
            .to_string();
        assert_eq!(
            refused,
            "only an admin may see or revoke other users' tokens"
        );
    }
}
