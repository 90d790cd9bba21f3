//! Signing in and out, and the caller's own tokens: what `tik auth` asks of the service.

use std::fmt::Write as _;
use std::sync::Arc;

use reqwest::Method;

use super::retry::Repeat;
use super::{Budget, HttpClient};
use crate::api::{LoggedIn, Login, Token};
use crate::backend::Result;

impl HttpClient {
    /// A client with no token, to sign in with.
    pub(crate) fn anonymous(host: &str, budget: Arc<Budget>) -> Result<Self> {
        Self::new(host, "", budget)
    }

    /// Trades a user name and password for a new token. The service takes no idempotency key
    /// for it: a login is sent again only if the first cannot have been heard, and a refusal
    /// (the brake on guessing, a 429, among them) is said at once.
    pub(crate) async fn login(&self, login: &Login) -> Result<LoggedIn> {
        self.send_repeating(Repeat::Once, Method::POST, "/auth/login", Some(login))
            .await
    }

    /// The caller's tokens that are not revoked, oldest first.
    pub(crate) async fn my_tokens(&self) -> Result<Vec<Token>> {
        self.get("/me/tokens", &()).await
    }

    pub(crate) async fn revoke_my_token(&self, name: &str) -> Result<()> {
        self.delete(&format!("/me/tokens/{}", path_segment(name)))
            .await
    }

    /// Revokes the token this client sends: it works no more, here or anywhere.
    pub(crate) async fn revoke_this_token(&self) -> Result<()> {
        self.delete("/me/token").await
    }
}

/// A token's name as one URL path segment: anything but the unreserved characters of
/// RFC 3986 percent-encoded, so a name with a space or a slash stays one segment.
fn path_segment(name: &str) -> String {
    let mut segment = String::with_capacity(name.len());
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            segment.push(char::from(byte));
        } else {
            let _ = write!(segment, "%{byte:02X}");
        }
    }
    segment
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_token_name_stays_one_path_segment() {
        assert_eq!(super::path_segment("ci/main é"), "ci%2Fmain%20%C3%A9");
        assert_eq!(super::path_segment("tik-cli.host_1~"), "tik-cli.host_1~");
    }
}
