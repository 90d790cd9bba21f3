//! Any request to the service, as `tik api` sends it: the configured host and token, the
//! client's retries and idempotency key, and problems turned into errors like any command's.

use reqwest::Method;
use reqwest::header::{CONTENT_TYPE, HeaderName, HeaderValue};

use super::retry::Repeat;
use super::{ClientError, HttpClient};
use crate::api::IDEMPOTENCY_KEY;
use crate::backend::Result;

/// A successful answer, whole.
pub(crate) struct RawResponse {
    pub(crate) content_type: String,
    pub(crate) body: Vec<u8>,
}

impl HttpClient {
    /// Sends `method path` (a path under `/v1`, with its query), with `headers` and `body`.
    /// A POST without an `Idempotency-Key` header gets one, kept across retries.
    pub(crate) async fn raw(
        &self,
        method: Method,
        path: &str,
        headers: &[(HeaderName, HeaderValue)],
        body: Option<(Vec<u8>, &str)>,
    ) -> Result<RawResponse> {
        let given = headers
            .iter()
            .any(|(name, _)| name.as_str() == IDEMPOTENCY_KEY);
        // The command's own key: a retry of this request, or a rerun with --idempotency-key,
        // replays it.
        let key = (method == Method::POST && !given).then(|| self.keys.request().to_owned());
        let repeat = Repeat::of(&method, given || key.is_some());
        let response = self
            .execute(repeat, |left| {
                let mut request = self.request(method.clone(), path).timeout(left);
                for (name, value) in headers {
                    request = request.header(name, value);
                }
                if let Some(key) = &key {
                    request = request.header(IDEMPOTENCY_KEY, key);
                }
                if let Some((bytes, content_type)) = &body {
                    request = request
                        .header(CONTENT_TYPE, *content_type)
                        .body(bytes.clone());
                }
                request
            })
            .await?;
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let body = response
            .bytes()
            .await
            .map_err(|e| ClientError::Unavailable(format!("the answer was cut off: {e}")))?;
        Ok(RawResponse {
            content_type,
            body: body.to_vec(),
        })
    }
}
