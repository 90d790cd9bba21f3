//! Dedupe keys: what a key may be, and whose tickets share one.
//!
//! A CI job reports a failure with a key naming it (`pipeline:job`); while a ticket with that
//! key is open, the same report again is an occurrence on that ticket, not a new ticket. The
//! database holds the rule (one open ticket a key in each scope, a unique index), so two
//! reports at once cannot both open one.

use super::MAX_DEDUPE_KEY_CHARS;
use crate::api::Visibility;
use crate::server::error::{Error, Result};
use crate::server::store::Actor;

/// A dedupe key in a request, or in a list's filter: one line, not blank, not too long. It is
/// matched exactly, so it is not trimmed either.
pub(crate) fn validate_dedupe_key(key: &str) -> Result<()> {
    let refuse = |why: String| Err(Error::invalid("dedupe_key", why));
    if key.trim().is_empty() {
        // Empty, it is most often a CI variable that was never set.
        return refuse("the dedupe key (--dedupe-key or TIK_DEDUPE_KEY) is empty; give one that names the failure, e.g. pipeline:job".into());
    }
    if let Some(c) = key.chars().find(|c| c.is_control()) {
        return refuse(format!(
            "the dedupe key (--dedupe-key) is one line of text, without control characters (it holds U+{:04X})",
            u32::from(c)
        ));
    }
    if key.chars().count() > MAX_DEDUPE_KEY_CHARS {
        return refuse(format!(
            "the dedupe key (--dedupe-key) is over {MAX_DEDUPE_KEY_CHARS} characters"
        ));
    }
    Ok(())
}

/// Whose tickets share a ticket's dedupe key: a report is deduplicated only onto a ticket of
/// the same scope. A ticket its organisation sees shares its key with that organisation,
/// whose every member sees it; a private ticket, or one whose requester has no organisation,
/// with its requester alone. So a caller only ever deduplicates onto a ticket they may see,
/// and one customer's key never touches (or tells of) another's ticket. A ticket's scope
/// follows its visibility when that changes.
pub(crate) fn dedupe_scope(
    requester_id: i64,
    organisation_id: Option<i64>,
    visibility: Visibility,
) -> String {
    match (organisation_id, visibility) {
        (Some(organisation), Visibility::Organisation) => format!("organisation:{organisation}"),
        _ => format!("requester:{requester_id}"),
    }
}

/// The scope a ticket `actor` files with `visibility` would have. The store still checks that
/// the caller sees the ticket before it records an occurrence on it.
pub(crate) fn dedupe_scope_of(actor: &Actor, visibility: Visibility) -> String {
    dedupe_scope(actor.id, actor.organisation_id, visibility)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Role;
    use crate::server::rules::{Ownership, can_view};

    fn actor(id: i64, role: Role, organisation_id: Option<i64>) -> Actor {
        Actor {
            id,
            name: format!("u{id}"),
            email: String::new(),
            role,
            organisation_id,
            organisation: None,
        }
    }

    /// Every caller whose report would share a ticket's scope sees that ticket: the scope
    /// never leads a caller onto a ticket hidden from them.
    #[test]
    fn whoever_shares_a_tickets_scope_sees_it() {
        let roles = [Role::Requester, Role::OrgAdmin, Role::Agent, Role::Admin];
        let organisations = [None, Some(7), Some(8)];
        let mut people = Vec::new();
        for (i, role) in roles.iter().enumerate() {
            for (j, organisation) in organisations.iter().enumerate() {
                people.push(actor(
                    i64::try_from(i * 10 + j).unwrap(),
                    *role,
                    *organisation,
                ));
            }
        }
        let mut shared = 0;
        for filer in &people {
            for visibility in [Visibility::Organisation, Visibility::Private] {
                let ticket = Ownership {
                    requester_id: filer.id,
                    organisation_id: filer.organisation_id,
                    visibility,
                    watching: false,
                };
                let scope = dedupe_scope_of(filer, visibility);
                for caller in &people {
                    for asked in [Visibility::Organisation, Visibility::Private] {
                        if dedupe_scope_of(caller, asked) == scope {
                            shared += usize::from(caller.id != filer.id);
                            assert!(
                                can_view(caller, ticket),
                                "{caller:?} shares {scope} yet cannot see the ticket"
                            );
                        }
                    }
                }
            }
        }
        assert!(shared > 0, "colleagues share their organisation's keys");
    }

    #[test]
    fn an_organisations_keys_are_not_another_organisations_nor_a_private_tickets() {
        let ann = actor(1, Role::Requester, Some(7));
        let bob = actor(2, Role::Requester, Some(7));
        let eve = actor(3, Role::Requester, Some(8));
        let org = Visibility::Organisation;
        assert_eq!(dedupe_scope_of(&ann, org), dedupe_scope_of(&bob, org));
        assert_ne!(dedupe_scope_of(&ann, org), dedupe_scope_of(&eve, org));
        let private = Visibility::Private;
        assert_ne!(
            dedupe_scope_of(&ann, private),
            dedupe_scope_of(&bob, private)
        );
        assert_ne!(dedupe_scope_of(&ann, private), dedupe_scope_of(&ann, org));
        let alone = actor(4, Role::Requester, None);
        assert_eq!(
            dedupe_scope_of(&alone, org),
            dedupe_scope_of(&alone, private)
        );
    }

    #[test]
    fn a_key_is_one_line_not_blank_and_at_most_its_limit() {
        assert!(validate_dedupe_key("ci:build:linux").is_ok());
        assert!(validate_dedupe_key(&"é".repeat(MAX_DEDUPE_KEY_CHARS)).is_ok());
        for refused in [
            String::new(),
            " ".into(),
            "a\nb".into(),
            "a\u{1b}[31m".into(),
            "x".repeat(MAX_DEDUPE_KEY_CHARS + 1),
        ] {
            let err = validate_dedupe_key(&refused).unwrap_err().to_string();
            assert!(err.contains("--dedupe-key"), "{refused:?}: {err}");
        }
    }
}
