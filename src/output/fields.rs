//! `--json=key,title`: only the fields named, of the object or of each object of a list, in
//! the order named (as `gh --json` does). A field an item lacks is `null`: optional fields
//! are left out of the JSON when they have no value.

use serde_json::{Map, Value};

use crate::exit::UsageError;

pub(super) fn select(json: &str, fields: &str) -> anyhow::Result<String> {
    let wanted: Vec<&str> = fields
        .split(',')
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    let value: Value = serde_json::from_str(json)?;
    let selected = match value {
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| pick(item, &wanted))
                .collect::<Result<_, _>>()?,
        ),
        item => pick(&item, &wanted)?,
    };
    Ok(serde_json::to_string_pretty(&selected)?)
}

/// The fields of `item` named in `wanted`.
fn pick(item: &Value, wanted: &[&str]) -> Result<Value, UsageError> {
    let Value::Object(object) = item else {
        return Err(UsageError(
            "--json=FIELDS picks fields of objects; this is none".into(),
        ));
    };
    let mut picked = Map::new();
    for field in wanted {
        let value = object.get(*field).cloned().unwrap_or(Value::Null);
        picked.insert((*field).to_owned(), value);
    }
    Ok(Value::Object(picked))
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_the_fields_named_in_their_order() {
        let list = r#"[{"key":"CS-1","title":"A","status":"new"},{"key":"CS-2","title":"B"}]"#;
        let picked: serde_json::Value =
            serde_json::from_str(&super::select(list, "status,key").unwrap()).unwrap();
        assert_eq!(
            picked,
            serde_json::json!([{"status":"new","key":"CS-1"},{"status":null,"key":"CS-2"}])
        );
        let one = super::select(r#"{"key":"CS-1","title":"A"}"#, "title").unwrap();
        assert_eq!(one, "{\n  \"title\": \"A\"\n}");
    }
}
