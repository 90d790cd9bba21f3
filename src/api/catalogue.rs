use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What a ticket can be filed under: the service defines it, clients read it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Catalogue {
    /// The priority scale, lowest first.
    pub(crate) priorities: Vec<Priority>,
    pub(crate) departments: Vec<Department>,
    pub(crate) services: Vec<Service>,
    /// The category tree, flattened; `parent` links a category to its group.
    pub(crate) categories: Vec<Category>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Priority {
    /// The value to send, e.g. `very-urgent`.
    pub(crate) name: String,
    pub(crate) label: String,
    /// Guidance a requester reads while choosing.
    pub(crate) guidance: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Department {
    pub(crate) name: String,
    pub(crate) label: String,
    pub(crate) description: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Service {
    pub(crate) name: String,
    pub(crate) label: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct Category {
    /// A dotted code, e.g. `1.5`.
    pub(crate) code: String,
    pub(crate) label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) parent: Option<String>,
}

/// The attachment limits the service enforces, published so clients refuse early.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct AttachmentLimits {
    pub(crate) max_file_bytes: u64,
    pub(crate) max_files_per_message: u32,
    /// Media types accepted, e.g. `text/plain`.
    pub(crate) allowed_media_types: Vec<String>,
}

/// Why a file would be refused under the published limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    Name(String),
    MediaType(String),
    TooLarge(String),
}

impl AttachmentLimits {
    /// The one check of a file against the limits: the service applies it to every upload,
    /// the client before sending a byte.
    pub(crate) fn refusal(
        &self,
        name: &str,
        media_type: &str,
        size: Option<u64>,
    ) -> Option<Refusal> {
        if name.trim().is_empty() || name.contains(['/', '\\', '\0']) || name.len() > 255 {
            return Some(Refusal::Name(format!(
                "'{name}': a file name must be 1 to 255 bytes, without slashes"
            )));
        }
        if !self
            .allowed_media_types
            .iter()
            .any(|allowed| allowed == media_type)
        {
            return Some(Refusal::MediaType(format!(
                "{name}: {media_type} is not accepted; allowed: {}",
                self.allowed_media_types.join(", ")
            )));
        }
        match size {
            Some(size) if size > self.max_file_bytes => Some(Refusal::TooLarge(format!(
                "{name} is {}, over the limit of {} a file",
                crate::units::human_bytes(size),
                crate::units::human_bytes(self.max_file_bytes)
            ))),
            _ => None,
        }
    }

    pub(crate) fn too_many_files(&self, count: usize) -> Option<String> {
        (count > self.max_files_per_message as usize).then(|| {
            format!(
                "{count} files is over the limit of {} a message",
                self.max_files_per_message
            )
        })
    }
}
