//! Attachment bytes on disk, named by their SHA-256: received as a stream (never whole in
//! memory), checked against the digest the client sent, and moved into place only once on disk.
//! Bytes nothing refers to any more are removed, under a lock that keeps a file from going
//! between its landing and the record of its upload.

use std::path::{Path, PathBuf};

use axum::body::Body;
use futures_util::StreamExt;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;
use tokio::sync::{RwLock, RwLockReadGuard};

use super::error::{Error, Result};
use crate::units::human_bytes;

pub(crate) struct Blobs {
    dir: PathBuf,
    /// Shared while a received file is moved into place and its upload recorded; exclusive
    /// while unreferenced files are removed.
    removal: RwLock<()>,
}

/// A file received in full and checked, still in the incoming directory.
pub(crate) struct Received {
    pub(crate) size: u64,
    pub(crate) sha256: String,
    /// The first bytes, to tell what kind of file it is.
    pub(crate) head: Vec<u8>,
    file: tempfile::NamedTempFile,
}

/// A received file in place; removal waits while this lives, so record the upload first.
pub(crate) struct Landed<'a> {
    pub(crate) size: u64,
    pub(crate) sha256: String,
    _removal: RwLockReadGuard<'a, ()>,
}

impl Blobs {
    /// Opens the blob directory, clearing what an interrupted upload left in `incoming/`.
    pub(crate) fn open(dir: PathBuf) -> std::io::Result<Self> {
        let incoming = dir.join("incoming");
        match std::fs::remove_dir_all(&incoming) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        std::fs::create_dir_all(&incoming)?;
        Ok(Self {
            dir,
            removal: RwLock::new(()),
        })
    }

    fn path(&self, sha256: &str) -> PathBuf {
        self.dir.join(&sha256[..2]).join(sha256)
    }

    /// The bytes of a content (SHA-256), streamed as they are read.
    pub(crate) async fn read(&self, sha256: &str) -> Result<Body> {
        let file = tokio::fs::File::open(self.path(sha256)).await?;
        Ok(Body::from_stream(tokio_util::io::ReaderStream::new(file)))
    }

    /// Streams `body` to the incoming directory, refusing it past `max_bytes` or when its
    /// SHA-256 is not `expected`; nothing is left behind on failure.
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
        let mut head = Vec::new();
        let mut stream = body.into_data_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| Error::body(&e))?;
            size += chunk.len() as u64;
            if size > max_bytes {
                return Err(too_large(max_bytes));
            }
            hasher.update(&chunk);
            if head.len() < SNIFF_BYTES {
                let wanted = (SNIFF_BYTES - head.len()).min(chunk.len());
                head.extend_from_slice(&chunk[..wanted]);
            }
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
        Ok(Received {
            size,
            sha256: hex::encode(digest),
            head,
            file: incoming,
        })
    }

    /// Moves a received file into place under its SHA-256, durably.
    pub(crate) async fn land(&self, received: Received) -> Result<Landed<'_>> {
        let removal = self.removal.read().await;
        let target = self.path(&received.sha256);
        let dir = target
            .parent()
            .expect("blob paths have a parent")
            .to_owned();
        let file = received.file;
        tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            std::fs::create_dir_all(&dir)?;
            file.persist(&target).map_err(|e| e.error)?;
            sync_dir(&dir)
        })
        .await
        .map_err(Error::internal)??;
        Ok(Landed {
            size: received.size,
            sha256: received.sha256,
            _removal: removal,
        })
    }

    /// The contents (SHA-256) of every file in place, whatever refers to them.
    pub(crate) fn stored(&self) -> Result<Vec<String>> {
        let mut contents = Vec::new();
        for shard in std::fs::read_dir(&self.dir)? {
            let shard = shard?;
            // Two hex digits name a shard; `incoming/` holds files still arriving.
            if shard.file_name().len() != 2 || !shard.file_type()?.is_dir() {
                continue;
            }
            for file in std::fs::read_dir(shard.path())? {
                let name = file?.file_name();
                if let Some(sha256) = name.to_str().filter(|n| n.len() == 64) {
                    contents.push(sha256.to_owned());
                }
            }
        }
        Ok(contents)
    }

    /// Removes the files of the contents `find` reports as referred to no more, while no
    /// file is landing that could be one of them.
    pub(crate) async fn remove<F>(&self, find: F) -> Result<usize>
    where
        F: Future<Output = Result<Vec<String>>>,
    {
        let _removal = self.removal.write().await;
        let unreferenced = find.await?;
        for sha256 in &unreferenced {
            match tokio::fs::remove_file(self.path(sha256)).await {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                _ => {}
            }
        }
        Ok(unreferenced.len())
    }
}

/// How much of a file is kept to tell its kind by.
const SNIFF_BYTES: usize = 8192;

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
