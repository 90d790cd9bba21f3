//! `--json=key,title`, and `--columns key,title` in JSON: only the fields named, of the
//! object or of each object of a list, in the order named (as `gh --json` does). A field an
//! item lacks is `null`: optional fields are left out of the JSON when they have no value.

use serde_json::{Map, Value};

use crate::exit::UsageError;

pub(super) fn select(value: Value, wanted: &[String]) -> Result<Value, UsageError> {
    match value {
        Value::Array(items) => items.iter().map(|item| pick(item, wanted)).collect(),
        item => pick(&item, wanted),
    }
}

/// The fields of `item` named in `wanted`.
fn pick(item: &Value, wanted: &[String]) -> Result<Value, UsageError> {
    let Value::Object(object) = item else {
        return Err(UsageError(
            "--json=FIELDS picks fields of objects; this is none".into(),
        ));
    };
    let mut picked = Map::new();
    for field in wanted {
        let value = object.get(field).cloned().unwrap_or(Value::Null);
        picked.insert(field.clone(), value);
    }
    Ok(Value::Object(picked))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    fn names(fields: &str) -> Vec<String> {
        fields.split(',').map(str::to_owned).collect()
    }

    #[test]
    fn only_the_fields_named_in_their_order() {
        let list = json!([{"key":"CS-1","title":"A","status":"new"},{"key":"CS-2","title":"B"}]);
        let picked = super::select(list, &names("status,key")).unwrap();
        assert_eq!(
            picked.to_string(),
            r#"[{"status":"new","key":"CS-1"},{"status":null,"key":"CS-2"}]"#
        );
        let one = super::select(json!({"key":"CS-1","title":"A"}), &names("title")).unwrap();
        assert_eq!(one, json!({"title": "A"}));
    }
}
