//! The catalogue: `tik catalog`, and `tik admin catalog import|export` on the database of a
//! running service, with the catalogue files shipped in `catalogues/`.

use std::path::PathBuf;

use crate::harness::{PRIORITIES, Service};

/// A catalogue file shipped in the repository.
fn shipped(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("catalogues")
        .join(name)
}

/// The catalogue exported: TOML, or another `--format`.
fn export(svc: &Service, format: &str) -> String {
    let mut export = svc.admin(["catalog", "export"]);
    if format != "toml" {
        export = export.args(["--format", format]);
    }
    export.run().success().stdout
}

#[test]
fn export_prints_a_file_that_import_takes_back_unchanged() {
    let svc = Service::start();
    for (format, extension) in [("toml", "toml"), ("json", "json")] {
        let exported = export(&svc, format);
        let file = svc.write_file(&format!("desk.{extension}"), &exported);
        svc.admin(["catalog", "import"]).arg(&file).run().success();
        assert_eq!(export(&svc, format), exported, "{format}");
    }
    // A shipped variant goes round too, attachments and all.
    let file = shipped("small-attachments.toml");
    svc.admin(["catalog", "import"]).arg(&file).run().success();
    let exported = export(&svc, "toml");
    assert!(exported.contains("[attachments]"), "{exported}");
    let again = svc.write_file("again.toml", &exported);
    svc.admin(["catalog", "import"]).arg(&again).run().success();
    assert_eq!(export(&svc, "toml"), exported);
    // JSON is told by its content when the name says nothing.
    let json = svc.write_file("desk", export(&svc, "json"));
    svc.admin(["catalog", "import"]).arg(&json).run().success();
    assert_eq!(export(&svc, "toml"), exported);
}

#[test]
fn import_says_what_it_imported() {
    let svc = Service::start();
    let run = svc
        .admin(["catalog", "import"])
        .arg(shipped("four-levels.toml"))
        .run()
        .success();
    assert!(
        run.stdout
            .contains("4 priorities, 3 departments, 6 services, 5 types, 44 categories"),
        "{}",
        run.stdout
    );
    let json = svc
        .admin(["catalog", "import", "--json"])
        .arg(shipped("default.toml"))
        .run()
        .success()
        .json();
    assert_eq!(json["priorities"], 6);
    assert_eq!(json["categories"], 44);
}

#[test]
fn a_bad_file_is_refused_whole_in_one_line_and_changes_nothing() {
    let svc = Service::start();
    let before = export(&svc, "toml");
    let default = std::fs::read_to_string(shipped("default.toml")).unwrap();
    // Each is the default file with one fault, at its end, so the rest would be fine.
    let faults = [
        (
            "[[priorities]]\nname = \"urgent\"\nlabel = \"Again\"\nguidance = \"\"\n",
            "the priority 'urgent' is there twice",
        ),
        (
            "[[categories]]\ncode = \"9.1\"\nparent = \"9\"\nlabel = \"Orphan\"\n",
            "the category '9.1' is in the group '9', which is not in the catalogue",
        ),
        (
            "[[categories]]\ncode = \"1.x\"\nparent = \"1\"\nlabel = \"Odd\"\n",
            "'1.x' is not a category code",
        ),
        (
            "[[categories]]\ncode = \"1.5\"\nparent = \"1\"\nlabel = \"Twice\"\n",
            "the category code '1.5' is there twice",
        ),
        (
            "[[departments]]\nname = \"sales\"\nlabel = \"Two\\nlines\"\ndescription = \"\"\n",
            "the label of department 'sales' is one line",
        ),
        (
            "[[services]]\nname = \"Web Hosting\"\nlabel = \"Web\"\n",
            "'Web Hosting' is not a service name",
        ),
        (
            "[[services]]\nname = \"cdn\"\nlabel = \"CDN\"\nguidance = \"misplaced\"\n",
            "services[6].guidance: no such setting",
        ),
        (
            "[attachments]\nmax_file_bytes = 0\n",
            "attachments.max_file_bytes must be at least 1",
        ),
        (
            "[attachments]\nallowed_media_types = [\"pdf\"]\n",
            "'pdf' is not a media type",
        ),
    ];
    for (fault, named) in faults {
        let file = svc.write_file("bad.toml", format!("{default}\n{fault}"));
        let err = svc.admin(["catalog", "import"]).arg(&file).run().fails(2);
        assert!(err.contains(named), "{named:?} not in: {err}");
        assert!(err.contains("bad.toml"), "the file is named: {err}");
    }
    let empty = svc.write_file("empty.toml", "");
    let err = svc.admin(["catalog", "import"]).arg(&empty).run().fails(2);
    assert!(err.contains("at least one priority"), "{err}");
    let broken = svc.write_file("broken.json", "{\"priorities\": [");
    svc.admin(["catalog", "import"]).arg(&broken).run().fails(2);
    let missing = svc.file("missing.toml");
    let err = svc
        .admin(["catalog", "import"])
        .arg(&missing)
        .run()
        .fails(2);
    assert!(err.contains("cannot read"), "{err}");
    assert_eq!(export(&svc, "toml"), before, "nothing changed");
}

#[test]
fn the_four_level_scale_is_an_import_away_and_the_running_service_sees_it() {
    let svc = Service::start();
    svc.tik(["new", "-t", "Filed before", "--priority", "very-urgent"])
        .run()
        .success();
    svc.admin(["catalog", "import"])
        .arg(shipped("four-levels.toml"))
        .run()
        .success();
    let t = svc
        .tik(["new", "-t", "Blocked", "--priority", "blocking", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(t["priority"], "blocking");
    let err = svc
        .tik(["new", "-t", "x", "--priority", "urgent"])
        .run()
        .fails(2);
    assert!(
        err.ends_with(
            "unknown priority 'urgent': expected one of minor, major, blocking, critical"
        ),
        "{err}"
    );
    // The lowest of the new scale is the default; a ticket filed before keeps its value.
    let t = svc
        .tik(["new", "-t", "Default", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(t["priority"], "minor");
    let before = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    assert_eq!(before["priority"], "very-urgent");
    let catalogue = svc.http("GET", "/v1/catalogue").send().json();
    assert_eq!(catalogue["priorities"][2]["name"], "blocking");
    let err = svc
        .tik(["list", "--priority", "very-urgent"])
        .run()
        .fails(2);
    assert!(err.contains("minor, major, blocking, critical"), "{err}");
    // And back: the six levels again, without a restart either.
    svc.admin(["catalog", "import"])
        .arg(shipped("default.toml"))
        .run()
        .success();
    svc.tik(["new", "-t", "Again", "--priority", "urgent"])
        .run()
        .success();
}

#[test]
fn unknown_values_are_refused_in_one_line_listing_the_valid_ones() {
    let svc = Service::start();
    let err = svc
        .tik([
            "new",
            "-t",
            "x",
            "--department",
            "sales",
            "--category",
            "1.99",
        ])
        .run()
        .fails(2);
    assert!(
        err.contains(
            "unknown department 'sales': expected one of technical-support, billing, presales"
        ),
        "{err}"
    );
    assert!(err.contains("unknown category '1.99'"), "{err}");
    assert_eq!(
        svc.tik(["list", "--json"]).run().success().json(),
        serde_json::json!([])
    );
}

#[test]
fn catalog_text_reads_as_expected() {
    let svc = Service::start();
    let run = svc.tik(["catalog"]).run().success();
    crate::harness::assert_human_snapshot!(run.stdout);
}

#[test]
fn catalog_json_holds_every_part_of_the_catalogue() {
    let svc = Service::start();
    let c = svc.tik(["catalog", "--json"]).run().success().json();
    let names = |part: &str, key: &str| -> Vec<String> {
        c[part]
            .as_array()
            .unwrap_or_else(|| panic!("{part} is a list"))
            .iter()
            .map(|e| e[key].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(names("priorities", "name"), PRIORITIES);
    assert_eq!(
        names("departments", "name"),
        ["technical-support", "billing", "presales"]
    );
    assert_eq!(
        names("types", "name"),
        ["incident", "bug", "feature", "question", "maintenance"]
    );
    assert_eq!(
        names("types", "label"),
        [
            "Incident",
            "Correction",
            "Evolution",
            "Assistance",
            "Maintenance task"
        ]
    );
    assert!(names("services", "name").contains(&"vpn".to_owned()));
    let categories = c["categories"].as_array().unwrap();
    let groups = categories.iter().filter(|c| c["parent"].is_null()).count();
    assert_eq!(groups, 8);
    let authentication = categories.iter().find(|c| c["code"] == "1.5").unwrap();
    assert_eq!(authentication["label"], "Authentication problem");
    assert_eq!(authentication["parent"], "1");
    assert!(
        authentication["description"]
            .as_str()
            .unwrap()
            .contains("password")
    );
    let guidance = c["priorities"][5]["guidance"].as_str().unwrap();
    assert!(
        guidance.contains("nobody in the whole world") && guidance.contains("every IP"),
        "both examples: {guidance}"
    );
    let presales = &c["departments"][2]["description"];
    assert!(
        presales.as_str().unwrap().contains("contact form"),
        "{presales}"
    );
}
