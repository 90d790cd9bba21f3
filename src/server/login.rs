//! Signing in: a user name and password traded for a new token, and a brake on guessing.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use zeroize::Zeroizing;

use super::error::{Error, Result};
use super::passwords;
use super::rules::{self, LOGIN_PAUSE, MAX_LOGIN_FAILURES};
use super::store::{NewToken, SameName, Store};
use crate::api::{LoggedIn, Login};

/// One answer for every failure, so it cannot tell which users exist or have a password.
pub(crate) const WRONG: &str = "wrong user name or password";

/// Checks `login`'s password and makes the token it asks for, replacing a token of that name
/// the user has.
pub(crate) async fn log_in(store: &dyn Store, brake: &Brake, login: Login) -> Result<LoggedIn> {
    rules::validate_login(&login)?;
    let Login {
        user,
        password,
        token_name,
        scopes,
        expires_in_days,
    } = login;
    let password = Zeroizing::new(password);
    brake.attempt(&user)?;
    let credentials = store.credentials(&user).await?;
    let hash = credentials.as_ref().and_then(|c| c.password_hash.clone());
    let verified =
        tokio::task::spawn_blocking(move || passwords::verify(&password, hash.as_deref()))
            .await
            .map_err(Error::internal)?;
    let Some(credentials) = credentials.filter(|_| verified) else {
        return Err(Error::Unauthorized(WRONG.into()));
    };
    brake.succeeded(&user);
    let issued = store
        .create_token(NewToken {
            user,
            name: token_name,
            scopes,
            valid_days: expires_in_days,
            same_name: SameName::Replace,
        })
        .await?;
    Ok(LoggedIn {
        token: issued.secret,
        user: credentials.user,
        info: (&issued.info).into(),
    })
}

/// Failed logins in a row, by user name (known or not, so it tells nothing either): after
/// [`MAX_LOGIN_FAILURES`], the name is refused for [`LOGIN_PAUSE`] after each failure. In
/// memory: a restart forgets it, which costs a guesser a restart's time.
#[derive(Default)]
pub(crate) struct Brake {
    streaks: Mutex<HashMap<String, Streak>>,
}

#[derive(Debug, Clone, Copy)]
struct Streak {
    failures: u32,
    last: Instant,
}

/// The most user names remembered; past it, those paused no longer are forgotten. Bounds the
/// memory a caller sending made-up names can take.
const MAX_REMEMBERED: usize = 10_000;

impl Brake {
    /// Refuses `user` while paused; else counts the attempt as failed until it succeeds, so
    /// that attempts made at once count too.
    fn attempt(&self, user: &str) -> Result<()> {
        let now = Instant::now();
        let mut streaks = self.streaks.lock().expect("the login brake");
        if streaks.len() >= MAX_REMEMBERED && !streaks.contains_key(user) {
            streaks.retain(|_, streak| now.duration_since(streak.last) < LOGIN_PAUSE);
        }
        let streak = streaks.entry(user.to_owned()).or_insert(Streak {
            failures: 0,
            last: now,
        });
        if streak.failures >= MAX_LOGIN_FAILURES {
            let waited = now.duration_since(streak.last);
            if let Some(left) = LOGIN_PAUSE.checked_sub(waited).filter(|d| !d.is_zero()) {
                let seconds = whole_seconds(left);
                return Err(Error::TooManyRequests {
                    detail: format!(
                        "too many failed logins as '{user}' in a row: try again in {seconds} s"
                    ),
                    retry_after: seconds,
                });
            }
        }
        streak.failures += 1;
        streak.last = now;
        Ok(())
    }

    fn succeeded(&self, user: &str) {
        self.streaks.lock().expect("the login brake").remove(user);
    }
}

/// Rounded up: waiting that long is enough.
fn whole_seconds(duration: Duration) -> u64 {
    duration.as_secs() + u64::from(duration.subsec_nanos() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_in_a_row_pause_the_name_and_a_success_forgets_them() {
        let brake = Brake::default();
        for _ in 0..MAX_LOGIN_FAILURES {
            brake.attempt("alice").unwrap();
        }
        let Err(Error::TooManyRequests { retry_after, .. }) = brake.attempt("alice") else {
            panic!("paused");
        };
        assert_eq!(retry_after, LOGIN_PAUSE.as_secs());
        brake.attempt("bob").expect("another name is not paused");
        brake.succeeded("alice");
        brake
            .attempt("alice")
            .expect("a success forgets the failures");
    }

    #[test]
    fn a_pause_ends() {
        let brake = Brake::default();
        let long_ago = Instant::now().checked_sub(LOGIN_PAUSE).expect("a clock");
        brake.streaks.lock().unwrap().insert(
            "alice".into(),
            Streak {
                failures: MAX_LOGIN_FAILURES,
                last: long_ago,
            },
        );
        brake.attempt("alice").expect("the pause is over");
        assert!(
            brake.attempt("alice").is_err(),
            "the next failure pauses again"
        );
    }
}
