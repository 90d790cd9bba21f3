//! Attachment bytes, named by their SHA-256, behind one trait with a store a backend: files
//! beside the SQLite database ([`FileBlobs`]), rows in PostgreSQL so that every replica serves
//! every file (`store::postgres::blobs`). A file is received as a stream (never whole in
//! memory) and checked against the digest the client sent, then landed; bytes nothing refers
//! to any more are removed without racing an upload that has landed but is not yet recorded.

mod files;

use std::any::Any;

use async_trait::async_trait;
use axum::body::Body;
use futures_util::future::BoxFuture;
use sha2::{Digest, Sha256};

use super::error::{Error, Result};
use crate::units::human_bytes;

pub(crate) use files::FileBlobs;

#[async_trait]
pub(crate) trait BlobStore: Send + Sync {
    /// Streams `body` in, refusing it past `max_bytes` or when its SHA-256 is not
    /// `expected`; nothing is left behind on failure, nor when the future is dropped.
    async fn receive(&self, body: Body, max_bytes: u64, expected: &[u8]) -> Result<Received>;

    /// Puts a file this store received in place under its SHA-256, durably. Record its
    /// upload before dropping what this returns.
    async fn land(&self, received: Received) -> Result<Landed<'_>>;

    /// The bytes of a content (SHA-256), streamed as they are read.
    async fn read(&self, sha256: &str) -> Result<Body>;

    /// The contents (SHA-256) of every file in place, whatever refers to them.
    async fn stored(&self) -> Result<Vec<String>>;

    /// Removes the bytes of the contents `find` reports as referred to no more, and returns
    /// how many went. `find` runs first, inside whatever keeps a landing from racing it, so
    /// it may look at the references itself. Bytes landed and not yet recorded (while their
    /// [`Landed`] lives, on any replica) are kept.
    async fn remove(&self, find: BoxFuture<'_, Result<Vec<String>>>) -> Result<usize>;

    /// Clears what uploads cut off long ago left behind (a crash mid-upload); returns how
    /// many uploads it cleared.
    async fn sweep_interrupted(&self) -> Result<usize>;
}

/// A file received in full and checked, not yet in place.
pub(crate) struct Received {
    pub(crate) size: u64,
    pub(crate) sha256: String,
    /// The first bytes, to tell what kind of file it is.
    pub(crate) head: Vec<u8>,
    /// Where the store that received it keeps it meanwhile, in that store's own type;
    /// dropping it (a file refused for its kind) clears it.
    staged: Box<dyn Any + Send>,
}

impl Received {
    pub(crate) fn new(checked: Checked, staged: impl Any + Send) -> Self {
        Self {
            size: checked.size,
            sha256: checked.sha256,
            head: checked.head,
            staged: Box::new(staged),
        }
    }

    /// What the store staged the file as, for it to land; an error if another kind of store
    /// received it.
    pub(crate) fn into_staged<T: Any>(self) -> Result<(T, Checked)> {
        let checked = Checked {
            size: self.size,
            sha256: self.sha256,
            head: self.head,
        };
        match self.staged.downcast::<T>() {
            Ok(staged) => Ok((*staged, checked)),
            Err(_) => Err(Error::internal("a file received by another blob store")),
        }
    }
}

/// A received file in place. Removal may wait while this lives, so record the upload first.
pub(crate) struct Landed<'a> {
    pub(crate) size: u64,
    pub(crate) sha256: String,
    /// Whatever the store holds to keep removal off these bytes meanwhile.
    _hold: Box<dyn Send + 'a>,
}

impl<'a> Landed<'a> {
    pub(crate) fn new(checked: Checked, hold: impl Send + 'a) -> Self {
        Self {
            size: checked.size,
            sha256: checked.sha256,
            _hold: Box::new(hold),
        }
    }
}

/// What every store checks of a file as it arrives: its size against the limit, its digest,
/// and its first bytes kept to tell its kind by.
pub(crate) struct Tally {
    max_bytes: u64,
    size: u64,
    hasher: Sha256,
    head: Vec<u8>,
}

/// A file's facts once it arrived whole and matched its digest.
pub(crate) struct Checked {
    pub(crate) size: u64,
    pub(crate) sha256: String,
    pub(crate) head: Vec<u8>,
}

impl Tally {
    pub(crate) fn new(max_bytes: u64) -> Self {
        Self {
            max_bytes,
            size: 0,
            hasher: Sha256::new(),
            head: Vec::new(),
        }
    }

    /// Counts in the next piece of the body; an error once it goes past the limit.
    pub(crate) fn take(&mut self, chunk: &[u8]) -> Result<()> {
        self.size += chunk.len() as u64;
        if self.size > self.max_bytes {
            return Err(too_large(self.max_bytes));
        }
        self.hasher.update(chunk);
        if self.head.len() < SNIFF_BYTES {
            let wanted = (SNIFF_BYTES - self.head.len()).min(chunk.len());
            self.head.extend_from_slice(&chunk[..wanted]);
        }
        Ok(())
    }

    /// The file's facts, if its SHA-256 is `expected`.
    pub(crate) fn finish(self, expected: &[u8]) -> Result<Checked> {
        let digest = self.hasher.finalize();
        if digest.as_slice() != expected {
            return Err(Error::invalid(
                "Content-Digest",
                "the file arrived damaged: its SHA-256 differs from Content-Digest",
            ));
        }
        Ok(Checked {
            size: self.size,
            sha256: hex::encode(digest),
            head: self.head,
        })
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
