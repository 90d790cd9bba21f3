//! The committed generated files (`openapi.json`, `completions/`, `man/`) must match what the
//! code generates. `TIK_UPDATE_GENERATED=1 cargo test --test generated` rewrites them.

use std::path::Path;

#[test]
fn generated_files_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("TIK_UPDATE_GENERATED").is_some();
    let mut stale = Vec::new();
    for (path, contents) in tik::generated::files() {
        let full = root.join(&path);
        if update {
            std::fs::create_dir_all(full.parent().unwrap()).unwrap();
            std::fs::write(&full, &contents).unwrap();
        } else if std::fs::read(&full).ok().as_deref() != Some(contents.as_slice()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {}; run `TIK_UPDATE_GENERATED=1 cargo test --test generated` and commit them",
        stale.join(", ")
    );
}
