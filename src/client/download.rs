//! Attachments on their way from a service: streamed into a temporary file beside where they
//! go, hashed as they come, and put in place only once their size and SHA-256 match what the
//! ticket lists. A failure at any point drops the temporary file, so no partial file is left.

use std::io::{Seek, SeekFrom};
use std::path::Path;
use std::time::Duration;

use base64::Engine as _;
use indicatif::ProgressBar;
use reqwest::Method;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use super::retry::Repeat;
use super::{ClientError, HttpClient, seconds};
use crate::api::Attachment;

type Result<T> = std::result::Result<T, ClientError>;

/// How much is gathered before each write to disk.
const WRITE_BUFFER: usize = 256 * 1024;

/// An attachment's bytes, whole and verified, in a temporary file not yet in place. Dropped,
/// it is removed.
pub(crate) struct Downloaded {
    file: tempfile::NamedTempFile,
}

impl Downloaded {
    /// Moves the file to `path` (in the directory it was downloaded into). Unless `clobber`,
    /// never over a file there, one that appeared since it was last looked for included.
    pub(crate) fn persist(self, path: &Path, clobber: bool) -> Result<()> {
        let persisted = if clobber {
            self.file.persist(path)
        } else {
            self.file.persist_noclobber(path)
        };
        match persisted {
            Ok(_) => Ok(()),
            Err(err) if err.error.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(ClientError::Exists(path.to_owned()))
            }
            Err(err) => Err(ClientError::io(
                format!("cannot write {}", path.display()),
                err.error,
            )),
        }
    }

    /// Copies the bytes to `out` (the temporary file goes when `self` does).
    pub(crate) fn copy_to(mut self, out: &mut impl std::io::Write) -> std::io::Result<u64> {
        let file = self.file.as_file_mut();
        file.seek(SeekFrom::Start(0))?;
        std::io::copy(file, out)
    }
}

/// The SHA-256 of a `Content-Digest: sha-256=:<base64>:` header (RFC 9530), if it has one.
fn content_digest(headers: &reqwest::header::HeaderMap) -> Option<Vec<u8>> {
    headers
        .get("content-digest")?
        .to_str()
        .ok()?
        .split(',')
        .find_map(|entry| entry.trim().strip_prefix("sha-256=:")?.strip_suffix(':'))
        .and_then(|b64| base64::engine::general_purpose::STANDARD.decode(b64).ok())
}

impl HttpClient {
    /// A download whose body sent nothing for `stall`.
    fn stood_still(&self, stall: Duration) -> ClientError {
        ClientError::Unavailable(format!(
            "{} stopped sending for {} s (--timeout or TIK_TIMEOUT waits longer)",
            self.host(),
            seconds(stall)
        ))
    }

    /// Streams `attachment` from `GET /v1/attachments/{id}` into a temporary file in `dir`,
    /// advancing `progress` as bytes arrive, and checks its size and SHA-256 against those the
    /// ticket lists (and the service's `Content-Digest`). Holds one buffer, never the file.
    pub(super) async fn fetch(
        &self,
        attachment: &Attachment,
        dir: &Path,
        progress: &ProgressBar,
    ) -> Result<Downloaded> {
        let what = format!("attachment #{} {}", attachment.id, attachment.name);
        let corrupt = |why: String| ClientError::Corrupt(format!("{what}: {why}; nothing saved"));
        let expected = hex::decode(&attachment.sha256)
            .ok()
            .filter(|d| d.len() == 32)
            .ok_or_else(|| {
                corrupt(format!(
                    "the service lists '{}' as its sha256",
                    attachment.sha256
                ))
            })?;
        let path = format!("/attachments/{}", attachment.id);
        // The budget covers the wait for the answer's head, retries included; its body, which
        // may be large, may take as long as it keeps moving: each wait for the next piece
        // gets the whole budget, as for uploads.
        // Cut off, before the answer's head or in its body: said as such, and that nothing
        // was saved.
        let cut_off = |err: ClientError| match err {
            ClientError::Unavailable(why) => {
                ClientError::Unavailable(format!("{what}: {why}; nothing saved"))
            }
            other => other,
        };
        let mut response = self
            .execute(Repeat::of(&Method::GET, false), |_| {
                self.request(Method::GET, &path)
            })
            .await
            .map_err(cut_off)?;
        if content_digest(response.headers()).is_some_and(|digest| digest != expected) {
            return Err(corrupt(
                "the service's Content-Digest differs from the sha256 the ticket lists".into(),
            ));
        }
        if let Some(length) = response.content_length()
            && length != attachment.size
        {
            return Err(corrupt(format!(
                "the service sends {length} B, the ticket lists {} B",
                attachment.size
            )));
        }
        let fail = |e| ClientError::io(format!("cannot write in {}", dir.display()), e);
        let temp = tempfile::Builder::new()
            .prefix(".tik-download-")
            .suffix(".part")
            .tempfile_in(dir)
            .map_err(fail)?;
        let mut out = tokio::io::BufWriter::with_capacity(
            WRITE_BUFFER,
            tokio::fs::File::from_std(temp.as_file().try_clone().map_err(fail)?),
        );
        let mut hasher = Sha256::new();
        let mut received: u64 = 0;
        let stall = self.budget.total();
        loop {
            let next = tokio::time::timeout(stall, response.chunk())
                .await
                .map_err(|_| cut_off(self.stood_still(stall)))?;
            let Some(chunk) = next.map_err(|e| cut_off(self.transport_error(&e, stall)))? else {
                break;
            };
            received += chunk.len() as u64;
            if received > attachment.size {
                return Err(corrupt(format!(
                    "the service sent more than the {} B the ticket lists",
                    attachment.size
                )));
            }
            hasher.update(&chunk);
            out.write_all(&chunk).await.map_err(fail)?;
            progress.inc(chunk.len() as u64);
        }
        if received != attachment.size {
            return Err(corrupt(format!(
                "the service sent {received} B of the {} B the ticket lists",
                attachment.size
            )));
        }
        if hasher.finalize().as_slice() != expected.as_slice() {
            return Err(corrupt(
                "its bytes do not match the sha256 the ticket lists (the service's copy is damaged)"
                    .into(),
            ));
        }
        out.flush().await.map_err(fail)?;
        // On disk before it takes the file's name, so a crash cannot leave a named stub.
        out.into_inner().sync_all().await.map_err(fail)?;
        Ok(Downloaded { file: temp })
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write as _;

    use super::{ClientError, Downloaded};

    fn downloaded(dir: &std::path::Path, bytes: &[u8]) -> Downloaded {
        let mut file = tempfile::NamedTempFile::new_in(dir).unwrap();
        file.write_all(bytes).unwrap();
        Downloaded { file }
    }

    #[test]
    fn a_file_that_appeared_meanwhile_is_kept_unless_clobbered() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("df.txt");
        std::fs::write(&target, "theirs").unwrap();
        let err = downloaded(dir.path(), b"ours")
            .persist(&target, false)
            .unwrap_err();
        assert!(matches!(err, ClientError::Exists(_)), "{err}");
        assert_eq!(std::fs::read(&target).unwrap(), b"theirs");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "the temporary file is gone");
        downloaded(dir.path(), b"ours")
            .persist(&target, true)
            .unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"ours");
    }
}
