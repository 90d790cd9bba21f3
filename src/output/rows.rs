//! A command's JSON as rows under named columns, for the outputs that have no columns of
//! their own (a ticket shown, a comment made, a user's tokens, `tik api`): each item of a list
//! is a row, or the one object is; each field is a column, named as in the JSON. What csv and
//! tsv print, and the table `--columns` asks for.

use serde_json::Value;

use super::{Format, Style, delimited, records};

pub(super) struct Rows {
    names: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Rows {
    /// The rows of `json`, with the `chosen` columns or else every field that holds a plain
    /// value (not a list nor an object), in the order they first come. An optional field
    /// with no value is left out of the JSON: `--columns` gives columns that do not depend
    /// on the data.
    pub(super) fn of(json: &Value, chosen: Option<&[String]>) -> Self {
        let items: Vec<&Value> = match json {
            Value::Array(items) => items.iter().collect(),
            one => vec![one],
        };
        let names = chosen.map_or_else(|| fields(&items), <[String]>::to_vec);
        let rows = items
            .iter()
            .map(|item| names.iter().map(|name| cell(field(item, name))).collect())
            .collect();
        Self { names, rows }
    }

    pub(super) fn write_delimited(
        &self,
        out: &mut impl std::io::Write,
        format: Format,
        header: bool,
    ) -> std::io::Result<()> {
        if header {
            delimited::row(out, format, self.names.iter().map(String::as_str))?;
        }
        for row in &self.rows {
            delimited::row(out, format, row.iter().map(String::as_str))?;
        }
        Ok(())
    }

    /// A table for people, headed by the names in capitals.
    pub(super) fn table(&self, style: &Style, header: bool) -> String {
        let capitals: Vec<String> = self.names.iter().map(|n| n.to_uppercase()).collect();
        let capitals: Vec<&str> = capitals.iter().map(String::as_str).collect();
        let rows = self.rows.iter().map(|row| {
            row.iter()
                .map(|text| style.cell(text).into_owned())
                .collect()
        });
        records::fitted_table(header.then_some(&capitals[..]), rows, style.width)
    }
}

/// The fields of the items that hold plain values, in the order they first come.
fn fields(items: &[&Value]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for item in items {
        match item {
            Value::Object(object) => {
                for (name, value) in object {
                    let plain = !value.is_array() && !value.is_object();
                    if plain && !names.contains(name) {
                        names.push(name.clone());
                    }
                }
            }
            _ if names.is_empty() => names.push(VALUE.into()),
            _ => {}
        }
    }
    names
}

/// The column of a list of plain values (`["CS-1", "CS-2"]`).
const VALUE: &str = "value";

fn field<'a>(item: &'a Value, name: &str) -> Option<&'a Value> {
    match item {
        Value::Object(object) => object.get(name),
        value if name == VALUE => Some(value),
        _ => None,
    }
}

/// A value as a cell: text as it is, nothing as nothing, a list of words joined by commas,
/// anything else as compact JSON.
fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(Value::Array(items)) if items.iter().all(|i| !i.is_object() && !i.is_array()) => items
            .iter()
            .map(|item| cell(Some(item)))
            .collect::<Vec<_>>()
            .join(","),
        Some(other) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::Rows;

    #[test]
    fn each_item_a_row_and_each_plain_field_a_column_unless_chosen() {
        let tokens = json!([
            {"name": "laptop", "scopes": ["read", "write"], "expires_at": null},
            {"name": "ci", "scopes": ["read"], "owner": {"name": "bob"}, "last_used_at": "2026-12-01T10:00:00Z"}
        ]);
        let rows = Rows::of(&tokens, None);
        assert_eq!(rows.names, ["name", "expires_at", "last_used_at"]);
        assert_eq!(rows.rows[0], ["laptop", "", ""]);
        assert_eq!(rows.rows[1], ["ci", "", "2026-12-01T10:00:00Z"]);

        let chosen = Rows::of(&tokens, Some(&["owner".into(), "scopes".into()]));
        assert_eq!(chosen.rows[0], ["", "read,write"]);
        assert_eq!(chosen.rows[1], ["{\"name\":\"bob\"}", "read"]);
        assert_eq!(
            Rows::of(&json!({"key": "CS-1", "n": 2}), None).rows,
            [["CS-1", "2"]]
        );
        assert_eq!(
            Rows::of(&json!(["CS-1", "CS-2"]), None).rows,
            [["CS-1"], ["CS-2"]]
        );
    }
}
