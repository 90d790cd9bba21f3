//! Local files on their way to a service: their name, size, type and SHA-256, read in one
//! streaming pass, and checked against the service's published limits before upload.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tokio::io::AsyncReadExt;

use super::ClientError;
use crate::api::{AttachmentLimits, Refusal};

#[derive(Debug, Clone)]
pub(crate) struct LocalFile {
    pub(crate) path: PathBuf,
    pub(crate) name: String,
    pub(crate) size: u64,
    pub(crate) media_type: String,
}

/// The media type a file is sent as: by extension, with names common in support work that
/// the registry does not know (`.log`, `.har`).
fn media_type(path: &Path) -> String {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("log" | "out" | "err") => "text/plain".into(),
        Some("har") => "application/json".into(),
        Some("md" | "markdown") => "text/markdown".into(),
        Some("tsv") => "text/tab-separated-values".into(),
        _ => mime_guess::from_path(path)
            .first_or_octet_stream()
            .essence_str()
            .to_owned(),
    }
}

impl LocalFile {
    pub(crate) fn open(path: &Path) -> Result<Self, ClientError> {
        let metadata = std::fs::metadata(path)
            .map_err(|e| ClientError::io(format!("cannot read {}", path.display()), e))?;
        if !metadata.is_file() {
            return Err(ClientError::Invalid {
                message: format!("{} is not a file", path.display()),
                fields: Vec::new(),
            });
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Self {
            path: path.to_owned(),
            name,
            size: metadata.len(),
            media_type: media_type(path),
        })
    }

    /// Refuses, before any upload, a set of files the service would refuse.
    pub(crate) fn check_all(files: &[Self], limits: &AttachmentLimits) -> Result<(), ClientError> {
        let invalid = |message: String| ClientError::Invalid {
            message,
            fields: Vec::new(),
        };
        if let Some(message) = limits.too_many_files(files.len()) {
            return Err(invalid(message));
        }
        for file in files {
            if let Some(Refusal::Name(m) | Refusal::MediaType(m) | Refusal::TooLarge(m)) =
                limits.refusal(&file.name, &file.media_type, Some(file.size))
            {
                return Err(invalid(m));
            }
        }
        Ok(())
    }

    pub(crate) async fn sha256(&self) -> Result<[u8; 32], ClientError> {
        let fail = |e| ClientError::io(format!("cannot read {}", self.path.display()), e);
        let mut file = tokio::fs::File::open(&self.path).await.map_err(fail)?;
        let mut hasher = Sha256::new();
        let mut buffer = vec![0; 64 * 1024];
        loop {
            let read = file.read(&mut buffer).await.map_err(fail)?;
            if read == 0 {
                return Ok(hasher.finalize().into());
            }
            hasher.update(&buffer[..read]);
        }
    }
}
