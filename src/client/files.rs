//! Local files on their way to a service: their name, size, type and SHA-256, read in one
//! streaming pass, and checked against the service's published limits before upload.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tokio::io::AsyncReadExt;

use super::ClientError;
use crate::api::{AttachmentLimits, Refusal, looks_like_text};

#[derive(Debug, Clone)]
pub(crate) struct LocalFile {
    pub(crate) path: PathBuf,
    pub(crate) name: String,
    pub(crate) size: u64,
    pub(crate) media_type: String,
    /// Standard input, spooled to a file removed when the last copy goes.
    _spool: Option<std::sync::Arc<tempfile::TempPath>>,
}

/// How much of a file is read to tell text from bytes.
const SNIFF_BYTES: usize = 8192;

/// The media type a file is sent as: by its name's extension, with names common in support
/// work that the registry does not know (`.log`, `.har`); for a name that tells nothing, by
/// what it holds: text (a config file, a script, `Dockerfile`) is `text/plain`.
fn media_type(name: &Path, path: &Path) -> String {
    let by_name = media_type_by_name(name);
    if by_name != "application/octet-stream" {
        return by_name;
    }
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    let read = std::fs::File::open(path).and_then(|file| {
        std::io::Read::read_to_end(
            &mut std::io::Read::take(file, SNIFF_BYTES as u64),
            &mut head,
        )
    });
    match read {
        Ok(_) if looks_like_text(&head) => "text/plain".into(),
        _ => by_name,
    }
}

fn media_type_by_name(path: &Path) -> String {
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
    /// Standard input, read whole into a spool file first (its size and digest are needed
    /// before sending), under `name`.
    pub(crate) fn stdin(name: &str) -> Result<Self, ClientError> {
        let fail = |e| ClientError::io("cannot read standard input", e);
        let mut spool = tempfile::NamedTempFile::new().map_err(fail)?;
        std::io::copy(&mut std::io::stdin().lock(), &mut spool).map_err(fail)?;
        let path = spool.into_temp_path();
        let size = std::fs::metadata(&path).map_err(fail)?.len();
        Ok(Self {
            media_type: media_type(Path::new(name), &path),
            path: path.to_path_buf(),
            name: name.to_owned(),
            size,
            _spool: Some(std::sync::Arc::new(path)),
        })
    }

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
            media_type: media_type(path, path),
            _spool: None,
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
