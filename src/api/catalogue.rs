use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::TicketType;

/// What a ticket can be filed under: the service defines it, clients read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct Catalogue {
    /// The priority scale, lowest first.
    pub(crate) priorities: Vec<Priority>,
    pub(crate) departments: Vec<Department>,
    pub(crate) services: Vec<Service>,
    /// The category tree, flattened, each group before its categories; `parent` links a
    /// category to its group.
    pub(crate) categories: Vec<Category>,
    /// What each ticket type is for, in the desk's words; the types themselves are fixed.
    pub(crate) types: Vec<TypeInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct Priority {
    /// The value to send, e.g. `very-urgent`.
    pub(crate) name: String,
    pub(crate) label: String,
    /// Guidance a requester reads while choosing.
    pub(crate) guidance: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct Department {
    pub(crate) name: String,
    pub(crate) label: String,
    pub(crate) description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct Service {
    pub(crate) name: String,
    pub(crate) label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct Category {
    /// A dotted code, e.g. `1.5`: its group's code, a dot and a number.
    pub(crate) code: String,
    pub(crate) label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) parent: Option<String>,
    /// When to choose it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(crate) description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub(crate) struct TypeInfo {
    pub(crate) name: TicketType,
    pub(crate) label: String,
    pub(crate) description: String,
}

/// Attachment limits a desk's catalogue sets; an unset one falls to `tik serve`'s default. A
/// `tik serve` flag given explicitly wins over both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct AttachmentSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) max_file_bytes: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) max_files_per_message: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) allowed_media_types: Option<Vec<String>>,
}

impl AttachmentSettings {
    pub(crate) fn is_unset(&self) -> bool {
        *self == Self::default()
    }

    /// Each limit from `self` where set, else from `under`.
    pub(crate) fn over(&self, under: &AttachmentLimits) -> AttachmentLimits {
        AttachmentLimits {
            max_file_bytes: self.max_file_bytes.unwrap_or(under.max_file_bytes),
            max_files_per_message: self
                .max_files_per_message
                .unwrap_or(under.max_files_per_message),
            allowed_media_types: self
                .allowed_media_types
                .clone()
                .unwrap_or_else(|| under.allowed_media_types.clone()),
        }
    }
}

/// A media type as an operator names one to allow: `type/subtype`, or `type/*` for a kind;
/// lowercase.
pub(crate) fn media_type_pattern(value: &str) -> Result<String, String> {
    let token = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$&^_.+-*".contains(c))
    };
    match value.trim().split_once('/') {
        Some((kind, sub)) if token(kind) && token(sub) => Ok(value.trim().to_ascii_lowercase()),
        _ => Err(format!(
            "'{}' is not a media type: one is type/subtype, e.g. text/plain or image/*",
            value.escape_debug()
        )),
    }
}

/// The attachment limits the service enforces, published so clients refuse early.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub(crate) struct AttachmentLimits {
    pub(crate) max_file_bytes: u64,
    pub(crate) max_files_per_message: u32,
    /// Media types accepted, e.g. `text/plain`, or a whole kind, `text/*`; compared without
    /// regard to case or parameters.
    pub(crate) allowed_media_types: Vec<String>,
}

/// Why a file would be refused under the published limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    Name(String),
    MediaType(String),
    TooLarge(String),
}

/// A media type's essence, `type/subtype`, lowercase: parameters (`; charset=…`) dropped.
pub(crate) fn media_type_essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Whether a file whose first bytes are `head` is text: UTF-8 (a character cut at the end of
/// `head` aside) without NUL bytes, as `file` and git tell text from binary.
pub(crate) fn looks_like_text(head: &[u8]) -> bool {
    let utf8 = match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(err) => err.error_len().is_none(),
    };
    utf8 && !head.contains(&0)
}

/// Whether `media_type` is one `pattern` allows: the same type in any case, `text/*`, or `*/*`.
fn media_type_matches(pattern: &str, media_type: &str) -> bool {
    let (pattern, media_type) = (media_type_essence(pattern), media_type_essence(media_type));
    match pattern.strip_suffix("/*") {
        Some("*") => true,
        Some(kind) => media_type.split_once('/').is_some_and(|(of, _)| of == kind),
        None => pattern == media_type,
    }
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
        Self::name_refusal(name)
            .or_else(|| self.type_refusal(name, media_type))
            .or_else(|| size.and_then(|size| self.size_refusal(name, size)))
    }

    pub(crate) fn name_refusal(name: &str) -> Option<Refusal> {
        let refused = name.trim().is_empty()
            || name.contains(['/', '\\'])
            || name.chars().any(char::is_control)
            || name.len() > 255;
        refused.then(|| {
            Refusal::Name(format!(
                "'{}': a file name is 1 to 255 bytes, without slashes or control characters",
                name.escape_debug()
            ))
        })
    }

    pub(crate) fn type_refusal(&self, name: &str, media_type: &str) -> Option<Refusal> {
        let allowed = self
            .allowed_media_types
            .iter()
            .any(|allowed| media_type_matches(allowed, media_type));
        (!allowed).then(|| {
            Refusal::MediaType(format!(
                "{name}: files of type {} are not accepted here",
                media_type_essence(media_type)
            ))
        })
    }

    pub(crate) fn size_refusal(&self, name: &str, size: u64) -> Option<Refusal> {
        (size > self.max_file_bytes).then(|| {
            Refusal::TooLarge(format!(
                "{name} is {}, over the limit of {} a file",
                crate::units::human_bytes(size),
                crate::units::human_bytes(self.max_file_bytes)
            ))
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(allowed: &[&str]) -> AttachmentLimits {
        AttachmentLimits {
            max_file_bytes: 100,
            max_files_per_message: 5,
            allowed_media_types: allowed.iter().map(|t| (*t).to_owned()).collect(),
        }
    }

    #[test]
    fn media_types_match_in_any_case_without_parameters_and_by_kind() {
        let limits = limits(&["text/*", "application/JSON"]);
        for accepted in [
            "text/plain",
            "TEXT/PLAIN",
            "text/x-yaml; charset=utf-8",
            "application/json",
        ] {
            assert_eq!(limits.refusal("a", accepted, Some(1)), None, "{accepted}");
        }
        for refused in [
            "application/x-msdownload",
            "textual/plain",
            "application/octet-stream",
        ] {
            assert!(
                matches!(
                    limits.refusal("a", refused, Some(1)),
                    Some(Refusal::MediaType(_))
                ),
                "{refused}"
            );
        }
    }

    #[test]
    fn a_name_is_one_line_without_slashes() {
        let limits = limits(&["*/*"]);
        for bad in [
            "",
            " ",
            "a/b",
            "a\\b",
            "a\nb",
            "a\rb",
            "a\u{7f}b",
            "a\u{85}b",
            "a\u{1b}[31m",
        ] {
            assert!(
                matches!(
                    limits.refusal(bad, "text/plain", None),
                    Some(Refusal::Name(_))
                ),
                "{bad:?}"
            );
        }
        assert_eq!(limits.refusal("résumé été.txt", "text/plain", None), None);
    }
}
