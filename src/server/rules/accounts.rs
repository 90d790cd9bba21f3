//! Accounts: what a token may be given, how long it may last, what a password must be, and
//! the brake on guessing passwords.

use super::{MAX_NAME_CHARS, line, validate_user_name};
use crate::api::{Login, Role, TokenScope};
use crate::server::error::{Error, Result};

/// The longest a token may last: a hundred years is "as good as never" with a date on it.
pub(crate) const MAX_TOKEN_DAYS: u32 = 36_500;
/// A password shorter than this is refused when set (OWASP's floor for a password that is
/// not the only factor is 8).
pub(crate) const MIN_PASSWORD_CHARS: usize = 8;
/// Failed logins in a row for one user name before the service stops listening for a while.
pub(crate) const MAX_LOGIN_FAILURES: u32 = 5;
/// How long it then stops listening: long enough to make guessing slow, short enough that
/// the user who mistyped waits only a moment.
pub(crate) const LOGIN_PAUSE: std::time::Duration = std::time::Duration::from_secs(30);

/// A login's fields, before its password is checked: what is refused here is refused
/// whoever sends it.
pub(crate) fn validate_login(login: &Login) -> Result<()> {
    validate_user_name("user", &login.user)?;
    validate_token_name("token_name", &login.token_name)?;
    validate_token_days("expires_in_days", login.expires_in_days)?;
    if login.scopes.as_ref().is_some_and(Vec::is_empty) {
        return Err(no_scope());
    }
    Ok(())
}

fn no_scope() -> Error {
    Error::invalid(
        "scopes",
        "a token needs at least one scope: read, write or admin",
    )
}

/// A token's name: what its user knows it by (a machine's name, `ci`), one line of 1 to
/// [`MAX_NAME_CHARS`] characters.
pub(crate) fn validate_token_name(field: &str, name: &str) -> Result<()> {
    if name.is_empty() {
        return Err(Error::invalid(
            field,
            format!("a token's name is 1 to {MAX_NAME_CHARS} characters"),
        ));
    }
    line(field, name, MAX_NAME_CHARS)
}

pub(crate) fn validate_token_days(field: &str, days: Option<u32>) -> Result<()> {
    match days {
        Some(days) if !(1..=MAX_TOKEN_DAYS).contains(&days) => Err(Error::invalid(
            field,
            format!("a token lasts 1 to {MAX_TOKEN_DAYS} days (or, when none is given, forever)"),
        )),
        _ => Ok(()),
    }
}

pub(crate) fn validate_password(field: &str, password: &str) -> Result<()> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(Error::invalid(
            field,
            format!("a password is at least {MIN_PASSWORD_CHARS} characters"),
        ));
    }
    Ok(())
}

/// The scopes a new token of `user` gets: those asked for, if the role allows them, else
/// reading and writing, and administering for an admin. In the order `read write admin`,
/// each once.
pub(crate) fn token_scopes(
    user: &str,
    role: Role,
    requested: Option<&[TokenScope]>,
) -> Result<Vec<TokenScope>> {
    let requested = match requested {
        None if role == Role::Admin => TokenScope::ALL,
        None => &[TokenScope::Read, TokenScope::Write],
        Some([]) => return Err(no_scope()),
        Some(requested) => requested,
    };
    if role != Role::Admin && requested.contains(&TokenScope::Admin) {
        return Err(Error::invalid(
            "scopes",
            format!(
                "the 'admin' scope is for admins, and {user} is a {role}: ask for read and write"
            ),
        ));
    }
    Ok(TokenScope::ALL
        .iter()
        .copied()
        .filter(|scope| requested.contains(scope))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use TokenScope::{Admin, Read, Write};

    #[test]
    fn a_token_gets_what_the_role_allows_by_default_and_no_more_when_asked() {
        assert_eq!(
            token_scopes("a", Role::Admin, None).unwrap(),
            [Read, Write, Admin]
        );
        assert_eq!(token_scopes("b", Role::Agent, None).unwrap(), [Read, Write]);
        assert_eq!(
            token_scopes("b", Role::Requester, Some(&[Write, Read, Read])).unwrap(),
            [Read, Write]
        );
        let refused = token_scopes("bob", Role::OrgAdmin, Some(&[Read, Admin])).unwrap_err();
        assert!(refused.to_string().contains("'admin' scope"), "{refused}");
        assert!(token_scopes("a", Role::Admin, Some(&[])).is_err());
        assert_eq!(
            token_scopes("a", Role::Admin, Some(&[Admin])).unwrap(),
            [Admin]
        );
    }

    #[test]
    fn names_days_and_passwords_have_their_limits() {
        assert!(validate_token_name("n", "laptop").is_ok());
        assert!(validate_token_name("n", "").is_err());
        assert!(validate_token_name("n", "a\nb").is_err());
        assert!(validate_token_name("n", &"é".repeat(100)).is_ok());
        assert!(validate_token_name("n", &"x".repeat(101)).is_err());
        assert!(validate_token_days("d", None).is_ok());
        assert!(validate_token_days("d", Some(0)).is_err());
        assert!(validate_token_days("d", Some(36_500)).is_ok());
        assert!(validate_token_days("d", Some(36_501)).is_err());
        assert!(validate_password("p", "1234567").is_err());
        assert!(validate_password("p", "12345678").is_ok());
    }
}
