//! Rows as `--format csv` and `--format tsv` write them. Both are a few rules, written out
//! here rather than taken from a crate: csv as RFC 4180 has it (a field holding a comma, a
//! quote or a line break is quoted, its quotes doubled; a line ends in a line feed, as Unix
//! tools expect and every csv reader takes), tsv as
//! PostgreSQL's `COPY` and Miller write it (a tab, a line break or a backslash in a field is
//! escaped as `\t`, `\n`, `\r`, `\\`), so that every line is a row and every tab a column.

use std::io::{self, Write};

use super::Format;

/// Writes one row of `fields` in `format`, which is csv or tsv.
pub(super) fn row<'a>(
    out: &mut impl Write,
    format: Format,
    fields: impl IntoIterator<Item = &'a str>,
) -> io::Result<()> {
    let separator = if format == Format::Csv { b"," } else { b"\t" };
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.write_all(separator)?;
        }
        match format {
            Format::Csv => csv_field(out, field)?,
            _ => tsv_field(out, field)?,
        }
    }
    out.write_all(b"\n")
}

fn csv_field(out: &mut impl Write, field: &str) -> io::Result<()> {
    if !field.contains([',', '"', '\n', '\r']) {
        return out.write_all(field.as_bytes());
    }
    write!(out, "\"{}\"", field.replace('"', "\"\""))
}

fn tsv_field(out: &mut impl Write, field: &str) -> io::Result<()> {
    if !field.contains(['\t', '\n', '\r', '\\']) {
        return out.write_all(field.as_bytes());
    }
    for c in field.chars() {
        match c {
            '\t' => out.write_all(b"\\t")?,
            '\n' => out.write_all(b"\\n")?,
            '\r' => out.write_all(b"\\r")?,
            '\\' => out.write_all(b"\\\\")?,
            c => write!(out, "{c}")?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{Format, row};

    fn written(format: Format, fields: &[&str]) -> String {
        let mut out = Vec::new();
        row(&mut out, format, fields.iter().copied()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_quotes_what_would_split_a_field_and_nothing_else() {
        assert_eq!(written(Format::Csv, &["CS-1", "plain"]), "CS-1,plain\n");
        assert_eq!(
            written(Format::Csv, &["a,b", "say \"hi\"", "two\nlines", ""]),
            "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\n"
        );
    }

    #[test]
    fn tsv_escapes_tabs_line_breaks_and_backslashes() {
        assert_eq!(written(Format::Tsv, &["CS-1", "plain"]), "CS-1\tplain\n");
        assert_eq!(
            written(Format::Tsv, &["a\tb", "two\r\nlines", "C:\\x", "é"]),
            "a\\tb\ttwo\\r\\nlines\tC:\\\\x\té\n"
        );
    }
}
