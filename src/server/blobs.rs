//! Attachment bytes on disk, named by their SHA-256: received as a stream (never whole in
//! memory), checked against the digest the client sent, and moved into place only once on disk.

use std::path::{Path, PathBuf};

use axum::body::Body;
use futures_util::StreamExt;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use super::error::{Error, Result};
use crate::units::human_bytes;

pub(crate) struct Blobs {
    dir: PathBuf,
}

/// A file received in full.
pub(crate) struct Received {
    pub(crate) size: u64,
    pub(crate) sha256: String,
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Blobs {
    pub(crate) fn open(dir: PathBuf) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir.join("incoming"))?;
        Ok(Self { dir })
    }

    pub(crate) fn path(&self, sha256: &str) -> PathBuf {
        self.dir.join(&sha256[..2]).join(sha256)
    }

    /// Streams `body` to disk, refusing it past `max_bytes` or when its SHA-256 is not
    /// `expected`; nothing is left behind on failure.
    pub(crate) async fn receive(
        &self,
        body: Body,
        max_bytes: u64,
        expected: &[u8],
    ) -> Result<Received> {
        let incoming = tempfile::NamedTempFile::new_in(self.dir.join("incoming"))?;
        let mut file = tokio::fs::File::from_std(incoming.reopen()?);
        let mut hasher = Sha256::new();
        let mut size: u64 = 0;
        let mut stream = body.into_data_stream();
        while let Some(chunk) = stream.next().await {
            let chunk =
                chunk.map_err(|e| Error::invalid("body", format!("the upload broke off: {e}")))?;
            size += chunk.len() as u64;
            if size > max_bytes {
                return Err(too_large(max_bytes));
            }
            hasher.update(&chunk);
            file.write_all(&chunk).await?;
        }
        file.sync_all().await?;
        drop(file);
        let digest = hasher.finalize();
        if digest.as_slice() != expected {
            return Err(Error::invalid(
                "Content-Digest",
                "the file arrived damaged: its SHA-256 differs from Content-Digest",
            ));
        }
        let sha256 = hex(&digest);
        let target = self.path(&sha256);
        let dir = target
            .parent()
            .expect("blob paths have a parent")
            .to_owned();
        tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            std::fs::create_dir_all(&dir)?;
            incoming.persist(&target).map_err(|e| e.error)?;
            sync_dir(&dir)
        })
        .await
        .map_err(Error::internal)??;
        Ok(Received { size, sha256 })
    }
}

pub(crate) fn too_large(max_bytes: u64) -> Error {
    Error::TooLarge(format!(
        "the file is over the limit of {}",
        human_bytes(max_bytes)
    ))
}

/// The rename is durable only once its directory is on disk too.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}
