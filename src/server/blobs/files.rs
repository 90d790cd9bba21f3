//! Attachment bytes on disk beside the SQLite database, a file a content under
//! `<sha256[..2]>/<sha256>`. A file arrives in `incoming/` and is renamed into place only once
//! on disk; removal takes a lock that keeps a file from going between its landing and the
//! record of its upload, which is enough since one service alone uses the directory.

use std::path::{Path, PathBuf};

use async_trait::async_trait;
use axum::body::Body;
use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use tokio::io::AsyncWriteExt;
use tokio::sync::RwLock;

use super::{BlobStore, Landed, Received, Tally};
use crate::server::error::{Error, Result};

pub(crate) struct FileBlobs {
    dir: PathBuf,
    /// Shared while a received file is moved into place and its upload recorded; exclusive
    /// while unreferenced files are removed.
    removal: RwLock<()>,
}

impl FileBlobs {
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
}

#[async_trait]
impl BlobStore for FileBlobs {
    async fn receive(&self, body: Body, max_bytes: u64, expected: &[u8]) -> Result<Received> {
        // Deleted when dropped: on every failure, and when the request goes mid-way.
        let incoming = tempfile::NamedTempFile::new_in(self.dir.join("incoming"))?;
        let mut file = tokio::fs::File::from_std(incoming.reopen()?);
        let mut tally = Tally::new(max_bytes);
        let mut stream = body.into_data_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| Error::body(&e))?;
            tally.take(&chunk)?;
            file.write_all(&chunk).await?;
        }
        file.sync_all().await?;
        drop(file);
        Ok(Received::new(tally.finish(expected)?, incoming))
    }

    async fn land(&self, received: Received) -> Result<Landed<'_>> {
        let removal = self.removal.read().await;
        let (file, checked) = received.into_staged::<tempfile::NamedTempFile>()?;
        let target = self.path(&checked.sha256);
        let dir = target
            .parent()
            .expect("blob paths have a parent")
            .to_owned();
        tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            std::fs::create_dir_all(&dir)?;
            file.persist(&target).map_err(|e| e.error)?;
            sync_dir(&dir)
        })
        .await
        .map_err(Error::internal)??;
        Ok(Landed::new(checked, removal))
    }

    async fn read(&self, sha256: &str) -> Result<Body> {
        let file = tokio::fs::File::open(self.path(sha256)).await?;
        Ok(Body::from_stream(tokio_util::io::ReaderStream::new(file)))
    }

    async fn stored(&self) -> Result<Vec<String>> {
        let dir = self.dir.clone();
        tokio::task::spawn_blocking(move || stored_in(&dir))
            .await
            .map_err(Error::internal)?
    }

    async fn remove(&self, find: BoxFuture<'_, Result<Vec<String>>>) -> Result<usize> {
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

    async fn sweep_interrupted(&self) -> Result<usize> {
        // Nothing can be left: `open` empties `incoming/`, and while this service runs a
        // file cut off goes with its temporary file.
        Ok(0)
    }
}

fn stored_in(dir: &Path) -> Result<Vec<String>> {
    let mut contents = Vec::new();
    for shard in std::fs::read_dir(dir)? {
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

/// The rename is durable only once its directory is on disk too.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}
