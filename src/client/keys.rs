//! The `Idempotency-Key` of each POST a command makes.
//!
//! Every key comes from one base: the command's own request (the ticket, the comment, the
//! status change: a command makes one) takes the base, and its uploads `BASE/upload/1`,
//! `BASE/upload/2`, … in the order of its files. Each request keeps its key across its retries.
//! The base is random for each run, unless given (`--idempotency-key`): then running the same
//! command again with it has every request replayed, and nothing is made twice.

use super::ClientError;

/// The longest key a user may give: the service takes 255 characters, and uploads add theirs.
pub(crate) const MAX_GIVEN_KEY: usize = 200;

#[derive(Debug, Clone)]
pub(crate) struct IdempotencyKeys {
    base: String,
    given: bool,
}

impl IdempotencyKeys {
    /// Keys of this run alone.
    pub(crate) fn random() -> Self {
        Self {
            base: uuid::Uuid::new_v4().to_string(),
            given: false,
        }
    }

    /// Keys that replay what a run with the same `key` did.
    pub(crate) fn given(key: &str) -> Self {
        Self {
            base: key.to_owned(),
            given: true,
        }
    }

    /// The key of the command's own request.
    pub(crate) fn request(&self) -> &str {
        &self.base
    }

    /// The key of the command's `n`th upload, from 1.
    pub(crate) fn upload(&self, n: usize) -> String {
        format!("{}/upload/{n}", self.base)
    }

    /// `err`, with what to do about it when it is a given key the service knows for another
    /// request: most likely a key exported for a whole job, that each command reuses.
    pub(crate) fn explain(&self, err: ClientError) -> ClientError {
        match err {
            ClientError::Invalid { message, fields }
                if self.given && fields.iter().any(|f| f.field == "Idempotency-Key") =>
            {
                ClientError::Invalid {
                    message: format!(
                        "{message} (--idempotency-key or TIK_IDEMPOTENCY_KEY names one \
                         command's requests: give each command its own)"
                    ),
                    fields,
                }
            }
            other => other,
        }
    }
}

/// A key as a user may give it: visible ASCII, at most [`MAX_GIVEN_KEY`] characters.
pub(crate) fn given_key(value: &str) -> Result<String, String> {
    let visible = value.bytes().all(|b| b.is_ascii_graphic());
    if value.is_empty() || value.len() > MAX_GIVEN_KEY || !visible {
        return Err(format!(
            "an idempotency key is 1 to {MAX_GIVEN_KEY} visible ASCII characters, without spaces"
        ));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::{IdempotencyKeys, MAX_GIVEN_KEY, given_key};

    #[test]
    fn a_given_key_names_every_request_of_the_command() {
        let keys = IdempotencyKeys::given("pipeline-81/job-3");
        assert_eq!(keys.request(), "pipeline-81/job-3");
        assert_eq!(keys.upload(1), "pipeline-81/job-3/upload/1");
        assert_eq!(keys.upload(2), "pipeline-81/job-3/upload/2");
        let run = IdempotencyKeys::random();
        assert_ne!(run.request(), IdempotencyKeys::random().request());
        assert_eq!(run.upload(1), format!("{}/upload/1", run.request()));
    }

    #[test]
    fn a_given_key_fits_in_a_header_with_its_suffixes() {
        assert!(given_key("ci:42/build_7.a-b").is_ok());
        assert!(given_key(&"k".repeat(MAX_GIVEN_KEY)).is_ok());
        for refused in [
            "",
            "two words",
            "tab\t",
            "é",
            &"k".repeat(MAX_GIVEN_KEY + 1),
        ] {
            assert!(given_key(refused).is_err(), "{refused:?}");
        }
        let longest = IdempotencyKeys::given(&"k".repeat(MAX_GIVEN_KEY));
        assert!(longest.upload(99_999).len() <= 255);
    }
}
