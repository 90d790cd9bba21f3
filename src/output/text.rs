//! User text on its way to a terminal. Titles, names and comments come from other people:
//! an escape sequence in one must not recolour, move or clear a support agent's terminal.
//! On a terminal, control characters are shown as `less` and `git` show them (`^[`, `^M`,
//! `<U+0085>`); in a pipe, text stays exact but for line breaks inside a table cell, which
//! would split its row.

use std::borrow::Cow;
use std::fmt::Write as _;

/// `text` with every control character made visible: `^@`–`^_` for C0, `^?` for DEL,
/// `<U+0080>`–`<U+009F>` for C1.
pub(crate) fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_visible(&mut shown, c);
    }
    Cow::Owned(shown)
}

/// `text` with its line breaks made visible and nothing else changed.
pub(crate) fn one_line(text: &str) -> Cow<'_, str> {
    if !text.contains(['\n', '\r']) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(c, '\n' | '\r') {
            push_visible(&mut shown, c);
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

fn push_visible(shown: &mut String, c: char) {
    match u32::from(c) {
        code @ 0..=0x1f => {
            shown.push('^');
            shown.push(char::from_u32(code + 0x40).expect("an ASCII letter or sign"));
        }
        0x7f => shown.push_str("^?"),
        code @ 0x80..=0x9f => {
            let _ = write!(shown, "<U+{code:04X}>");
        }
        _ => shown.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(visible("\u{1b}[31mred\u{1b}[0m\r\n"), "^[[31mred^[[0m^M^J");
        assert_eq!(visible("a\u{7f}b\u{85}c\u{0}"), "a^?b<U+0085>c^@");
        assert_eq!(visible("plain résumé"), "plain résumé");
        assert!(matches!(visible("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn one_line_keeps_all_but_line_breaks() {
        assert_eq!(one_line("a\nb\rc\u{1b}"), "a^Jb^Mc\u{1b}");
    }
}
