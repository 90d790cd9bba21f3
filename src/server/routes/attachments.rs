use axum::Json;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::idempotency;
use crate::api::{AttachUploads, Attachment, Problem, Upload, UploadQuery};
use crate::server::AppState;
use crate::server::blobs::too_large;
use crate::server::error::{Error, Result};
use crate::server::extract::{ApiJson, ApiPath, ApiQuery};
use crate::server::rules;
use crate::server::store::{Actor, StoredBlob};

/// A file's bytes, as the `OpenAPI` document describes a raw body: a binary string, not an
/// array of numbers.
pub(super) struct FileBytes;

impl utoipa::PartialSchema for FileBytes {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Binary)))
            .into()
    }
}

impl utoipa::ToSchema for FileBytes {}

/// The SHA-256 of a `Content-Digest: sha-256=:<base64>:` header (RFC 9530).
fn content_digest(headers: &HeaderMap) -> Result<Vec<u8>> {
    let missing = || {
        Error::invalid(
            "Content-Digest",
            "send the file's SHA-256 as Content-Digest: sha-256=:<base64>:",
        )
    };
    let value = headers
        .get("content-digest")
        .ok_or_else(missing)?
        .to_str()
        .map_err(|_| missing())?;
    value
        .split(',')
        .find_map(|entry| entry.trim().strip_prefix("sha-256=:")?.strip_suffix(':'))
        .and_then(|b64| BASE64.decode(b64).ok())
        .filter(|digest| digest.len() == 32)
        .ok_or_else(missing)
}

pub(crate) fn content_digest_value(sha256: &[u8]) -> String {
    format!("sha-256=:{}:", BASE64.encode(sha256))
}

/// Receives a file, streamed as the request body, checked against its `Content-Digest`.
/// Refused before reading when `Content-Length` or `Content-Type` is off limits.
#[utoipa::path(post, path = "/v1/uploads", tag = "attachments", security(("bearer" = [])),
    params(UploadQuery,
        ("Content-Digest" = String, Header, description = "The file's SHA-256: sha-256=:<base64>: (RFC 9530)"),
        ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry safe")),
    request_body(content = inline(FileBytes), content_type = "application/octet-stream",
        description = "The file's bytes, under its own media type (any the limits allow; application/octet-stream if unknown)"),
    responses(
        (status = 201, body = Upload, description = "Received; name its id in a ticket, comment or attach request"),
        (status = 413, body = Problem, content_type = "application/problem+json", description = "Over the size limit"),
        (status = 415, body = Problem, content_type = "application/problem+json", description = "A media type the limits do not allow"),
    ))]
pub(super) async fn upload(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(query): ApiQuery<UploadQuery>,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<Upload>)> {
    let declared_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let mut media_type = rules::upload_media_type(declared_type, &query.name);
    // Bytes of no known kind are judged by what they hold, once they are here.
    let sniff = media_type == rules::OCTET_STREAM;
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse().ok());
    let known_type = (!sniff).then_some(media_type.as_str());
    let limits = state.limits().await?;
    rules::validate_upload(&query.name, known_type, declared, &limits)?;
    let digest = content_digest(&headers)?;
    let idem = idempotency(&headers, "upload", &(&query.name, &media_type, &digest))?;
    let received = state
        .blobs
        .receive(body, limits.max_file_bytes, &digest)
        .await
        .map_err(|e| match e {
            Error::TooLarge(_) => too_large(limits.max_file_bytes),
            other => other,
        })?;
    if sniff {
        media_type = rules::sniffed_media_type(&received.head).to_owned();
        rules::validate_upload(&query.name, Some(&media_type), None, &limits)?;
    }
    let landed = state.blobs.land(received).await?;
    let sha256 = landed.sha256.clone();
    let blob = StoredBlob {
        name: query.name,
        media_type,
        size: landed.size,
        sha256: sha256.clone(),
    };
    let recorded = state.store.record_upload(&actor, idem, blob).await;
    drop(landed);
    match recorded {
        Ok(upload) => Ok((StatusCode::CREATED, Json(upload))),
        Err(refused) => {
            // Refused after landing (a reused Idempotency-Key, say): the bytes go unless
            // something else holds the same content.
            let removed = state
                .blobs
                .remove(state.store.unreferenced(vec![sha256]))
                .await;
            if let Err(err) = removed {
                tracing::warn!(%err, "cannot remove the bytes of a refused upload");
            }
            Err(refused)
        }
    }
}

/// `Content-Disposition` for a download (RFC 6266): an ASCII `filename` for old clients, and
/// the exact name as `filename*` (UTF-8, percent-encoded) when it is not plain ASCII. Whatever
/// the name holds, the header is valid.
fn content_disposition(name: &str) -> String {
    use std::fmt::Write as _;
    let plain = |c: char| c.is_ascii_graphic() || c == ' ';
    let fallback: String = name
        .chars()
        .map(|c| {
            if plain(c) && c != '"' && c != '\\' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if name.chars().all(|c| plain(c) && c != '"' && c != '\\') {
        return format!("attachment; filename=\"{fallback}\"");
    }
    let mut encoded = String::new();
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            let _ = write!(encoded, "%{byte:02X}");
        }
    }
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

/// Withdraws an upload not attached yet, as a client does when the request naming it was
/// refused. Uploads left unused are also swept after a day.
#[utoipa::path(delete, path = "/v1/uploads/{id}", tag = "attachments", security(("bearer" = [])),
    params(("id" = String, Path, description = "The id POST /v1/uploads answered")),
    responses((status = 204, description = "Withdrawn"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No unused upload of the caller's with this id")))]
pub(super) async fn discard(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(id): ApiPath<String>,
) -> Result<StatusCode> {
    state
        .blobs
        .remove(state.store.discard_upload(&actor, &id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Attaches uploads to a ticket, as one message.
#[utoipa::path(post, path = "/v1/tickets/{key}/attachments", tag = "attachments", security(("bearer" = [])),
    params(("key" = String, Path, description = "e.g. CS-1042"),
        ("Idempotency-Key" = Option<String>, Header, nullable = false, description = "Makes a retry safe")),
    request_body = AttachUploads,
    responses(
        (status = 201, body = Vec<Attachment>, description = "Attached"),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such ticket, or not one the caller may see"),
        (status = 409, body = Problem, content_type = "application/problem+json", description = "The ticket is closed"),
    ))]
pub(super) async fn attach(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(key): ApiPath<String>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<AttachUploads>,
) -> Result<(StatusCode, Json<Vec<Attachment>>)> {
    let idem = idempotency(&headers, &format!("attach {key}"), &request)?;
    if request.uploads.is_empty() {
        return Err(Error::invalid("uploads", "name at least one upload"));
    }
    let attached = async {
        state.check_files_per_message(request.uploads.len()).await?;
        state
            .store
            .attach_uploads(&actor, idem, &key, request.uploads)
            .await
    };
    match attached.await {
        Ok(attachments) => Ok((StatusCode::CREATED, Json(attachments))),
        Err(err) => Err(err.renaming_field("attachments", "uploads")),
    }
}

/// An attachment's bytes, streamed, with their `Content-Digest`.
#[utoipa::path(get, path = "/v1/attachments/{id}", tag = "attachments", security(("bearer" = [])),
    params(("id" = u64, Path, description = "The attachment's id")),
    responses(
        (status = 200, body = inline(FileBytes), content_type = "*/*", description = "The file, under its media type",
            headers(("Content-Digest" = String, description = "The file's SHA-256: sha-256=:<base64>:"),
                ("Content-Disposition" = String, description = "attachment, with the file's name"))),
        (status = 404, body = Problem, content_type = "application/problem+json", description = "No such attachment, or not one the caller may see"),
    ))]
pub(super) async fn download(
    State(state): State<AppState>,
    actor: Actor,
    ApiPath(id): ApiPath<u64>,
) -> Result<Response> {
    // Ids are SQLite rowids: nothing at or past 2^63 exists.
    if i64::try_from(id).is_err() {
        return Err(Error::NotFound(format!("no attachment {id}")));
    }
    let attachment = state.store.attachment(&actor, id).await?;
    let bytes = state.blobs.read(&attachment.sha256).await?;
    let digest = hex::decode(&attachment.sha256).map_err(Error::internal)?;
    let disposition = content_disposition(&attachment.name);
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_str(&attachment.media_type)
                .unwrap_or(HeaderValue::from_static("application/octet-stream")),
        ),
        (header::CONTENT_LENGTH, HeaderValue::from(attachment.size)),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&disposition).map_err(Error::internal)?,
        ),
        (
            header::HeaderName::from_static("content-digest"),
            HeaderValue::from_str(&content_digest_value(&digest)).map_err(Error::internal)?,
        ),
    ];
    Ok((headers, bytes).into_response())
}

#[cfg(test)]
mod tests {
    use super::content_disposition;

    #[test]
    fn a_download_names_its_file_for_every_client() {
        assert_eq!(
            content_disposition("build log.txt"),
            "attachment; filename=\"build log.txt\""
        );
        assert_eq!(
            content_disposition("résumé.pdf"),
            "attachment; filename=\"r_sum_.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf"
        );
        // Names stored before control characters were refused still download.
        let odd = content_disposition("a\r\nb\"c.txt");
        assert!(axum::http::HeaderValue::from_str(&odd).is_ok(), "{odd}");
        assert!(odd.ends_with("filename*=UTF-8''a%0D%0Ab%22c.txt"), "{odd}");
    }
}
