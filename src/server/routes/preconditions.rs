//! Conditional requests (RFC 9110, section 13.1): `If-Match` and `If-None-Match` hold `*` or a
//! list of entity tags, strong (`"v3"`) or weak (`W/"v3"`). A ticket's tag is `"v<version>"`.

use axum::http::{HeaderMap, HeaderName, HeaderValue};

/// The entity tag of a ticket at `version`.
pub(super) fn etag(version: u64) -> HeaderValue {
    HeaderValue::from_str(&format!("\"v{version}\"")).expect("an ETag is ASCII")
}

/// An `If-Match` or `If-None-Match` field, all its lines together.
pub(super) enum EntityTags {
    /// `*`: any current version.
    Any,
    /// The tags listed, each with whether it is weak.
    List(Vec<(bool, String)>),
    /// Not `*` nor a list of tags.
    Malformed,
}

impl EntityTags {
    /// The field `name` of `headers`, or `None` when absent.
    pub(super) fn of(headers: &HeaderMap, name: &HeaderName) -> Option<Self> {
        let mut values = headers.get_all(name).iter().peekable();
        values.peek()?;
        let mut tags = Vec::new();
        for value in values {
            let Ok(value) = value.to_str() else {
                return Some(Self::Malformed);
            };
            if value.trim() == "*" {
                return Some(Self::Any);
            }
            if parse_list(value, &mut tags).is_none() {
                return Some(Self::Malformed);
            }
        }
        // An empty field names no tag: it cannot have been meant.
        Some(if tags.is_empty() {
            Self::Malformed
        } else {
            Self::List(tags)
        })
    }

    /// `If-Match`'s strong comparison: the versions a strong tag names (a weak tag never
    /// matches); `None` for any version.
    pub(super) fn strong_versions(&self) -> Option<Vec<u64>> {
        match self {
            Self::Any => None,
            Self::Malformed => Some(Vec::new()),
            Self::List(tags) => Some(
                tags.iter()
                    .filter(|(weak, _)| !weak)
                    .filter_map(|(_, opaque)| version(opaque))
                    .collect(),
            ),
        }
    }

    /// `If-None-Match`'s weak comparison: `W/"v3"` and `"v3"` both match version 3.
    pub(super) fn weakly_matches(&self, current: u64) -> bool {
        match self {
            Self::Any => true,
            Self::Malformed => false,
            Self::List(tags) => tags
                .iter()
                .any(|(_, opaque)| version(opaque) == Some(current)),
        }
    }
}

fn version(opaque: &str) -> Option<u64> {
    opaque.strip_prefix('v')?.parse().ok()
}

/// `#entity-tag`: tags separated by commas and optional white space; a tag's opaque part may
/// itself hold commas, so the list is read tag by tag rather than split. `None` if malformed.
fn parse_list(value: &str, tags: &mut Vec<(bool, String)>) -> Option<()> {
    let separators: &[char] = &[' ', '\t', ','];
    let mut rest = value.trim_start_matches(separators);
    while !rest.is_empty() {
        let weak = rest.starts_with("W/");
        if weak {
            rest = &rest[2..];
        }
        let quoted = rest.strip_prefix('"')?;
        let end = quoted.find('"')?;
        tags.push((weak, quoted[..end].to_owned()));
        rest = quoted[end + 1..].trim_start_matches([' ', '\t']);
        match rest.strip_prefix(',') {
            Some(after) => rest = after.trim_start_matches(separators),
            None if rest.is_empty() => {}
            None => return None,
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::header::{IF_MATCH, IF_NONE_MATCH};

    fn tags(name: &HeaderName, values: &[&str]) -> Option<EntityTags> {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(name, HeaderValue::from_str(value).unwrap());
        }
        EntityTags::of(&headers, name)
    }

    #[test]
    fn if_match_compares_strongly() {
        let versions = |values: &[&str]| tags(&IF_MATCH, values).unwrap().strong_versions();
        assert_eq!(versions(&["*"]), None, "any version");
        assert_eq!(versions(&["\"v2\""]), Some(vec![2]));
        assert_eq!(versions(&["\"v1\", \"v2\""]), Some(vec![1, 2]));
        assert_eq!(versions(&["\"v1\"", "\"v3\""]), Some(vec![1, 3]));
        assert_eq!(versions(&["W/\"v2\""]), Some(vec![]), "weak never matches");
        assert!(matches!(
            tags(&IF_MATCH, &["v2"]),
            Some(EntityTags::Malformed)
        ));
        assert!(matches!(
            tags(&IF_MATCH, &["\"v1\" \"v2\""]),
            Some(EntityTags::Malformed)
        ));
        assert!(matches!(
            tags(&IF_MATCH, &[""]),
            Some(EntityTags::Malformed)
        ));
        assert_eq!(versions(&["\"a,b\", \"v4\""]), Some(vec![4]));
        assert!(tags(&IF_MATCH, &[]).is_none());
    }

    #[test]
    fn if_none_match_compares_weakly() {
        let matches = |values: &[&str], v| tags(&IF_NONE_MATCH, values).unwrap().weakly_matches(v);
        assert!(matches(&["*"], 7));
        assert!(matches(&["W/\"v7\""], 7));
        assert!(matches(&["\"v1\", W/\"v7\""], 7));
        assert!(!matches(&["\"v6\""], 7));
        assert!(!matches(&["garbage"], 7));
    }
}
