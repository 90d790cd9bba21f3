//! Attachment limits: the built-in defaults take what support desks are sent, a desk's
//! catalogue file sets its own, and a `tik serve` flag wins over both.

use serde_json::json;

use crate::harness::Service;

fn shipped(name: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("catalogues")
        .join(name)
}

/// One file of each kind the fifth reference desk takes, and CI's archives, with bytes that
/// start as such files do, and the media type each is kept under.
const KINDS: [(&str, &[u8], &str); 15] = [
    ("export.csv", b"id,title\n1,x\n", "text/csv"),
    (
        "export.tsv",
        b"id\ttitle\n1\tx\n",
        "text/tab-separated-values",
    ),
    (
        "sheet.xlsx",
        b"PK\x03\x04\x14\x00",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    (
        "letter.doc",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "application/msword",
    ),
    (
        "letter.docx",
        b"PK\x03\x04\x14\x00",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ("manual.pdf", b"%PDF-1.7\n", "application/pdf"),
    ("notes.txt", b"notes\n", "text/plain"),
    ("photo.jpg", b"\xff\xd8\xff\xe0", "image/jpeg"),
    ("screen.png", b"\x89PNG\r\n\x1a\n", "image/png"),
    ("spinner.gif", b"GIF89a", "image/gif"),
    ("clip.mp4", b"\x00\x00\x00\x18ftypmp42", "video/mp4"),
    ("clip.mov", b"\x00\x00\x00\x14ftypqt  ", "video/quicktime"),
    (
        "session.har",
        b"{\"log\": {\"entries\": []}}",
        "application/json",
    ),
    ("logs.zip", b"PK\x03\x04\x14\x00", "application/zip"),
    ("build.log.gz", b"\x1f\x8b\x08\x00", "application/gzip"),
];

#[test]
fn the_defaults_take_every_kind_a_desk_is_sent_five_a_message() {
    let svc = Service::start();
    let limits = svc.http("GET", "/v1/limits").send().json();
    assert_eq!(limits["max_file_bytes"], 10 * 1024 * 1024);
    assert_eq!(limits["max_files_per_message"], 5);
    svc.new_ticket("Everything attached");
    for message in KINDS.chunks(5) {
        let mut attach = svc.tik(["attach", "CS-1"]);
        for (name, bytes, _) in message {
            attach = attach.arg(svc.write_file(name, bytes));
        }
        attach.run().success();
    }
    let t = svc.tik(["show", "CS-1", "--json"]).run().success().json();
    let kept: Vec<(String, String)> = t["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let field = |name: &str| a[name].as_str().unwrap().to_owned();
            (field("name"), field("media_type"))
        })
        .collect();
    let expected: Vec<(String, String)> = KINDS
        .iter()
        .map(|(name, _, media_type)| ((*name).to_owned(), (*media_type).to_owned()))
        .collect();
    assert_eq!(kept, expected);
    // A file of exactly the default limit is taken.
    let largest = svc.write_file("largest.zip", vec![0u8; 10 * 1024 * 1024]);
    svc.tik(["attach", "CS-1"]).arg(&largest).run().success();
}

#[test]
fn a_desk_sets_the_fifth_documents_limits_in_its_catalogue() {
    let svc = Service::start();
    svc.new_ticket("Small files only");
    svc.admin(["catalog", "import"])
        .arg(shipped("small-attachments.toml"))
        .run()
        .success();
    let limits = svc.http("GET", "/v1/limits").send().json();
    assert_eq!(limits["max_file_bytes"], 500 * 1024);
    assert_eq!(limits["max_files_per_message"], 5);
    assert_eq!(limits["allowed_media_types"].as_array().unwrap().len(), 13);
    for (name, bytes, _) in KINDS
        .iter()
        .filter(|(_, _, media_type)| !["application/zip", "application/gzip"].contains(media_type))
    {
        let file = svc.write_file(name, bytes);
        svc.tik(["attach", "CS-1"]).arg(&file).run().success();
    }
    let big = svc.write_file("big.pdf", vec![b'%'; 600 * 1024]);
    let err = svc.tik(["attach", "CS-1"]).arg(&big).run().fails(2);
    assert!(
        err.ends_with("big.pdf is 600 KiB, over the limit of 500 KiB a file"),
        "{err}"
    );
    let archive = svc.write_file("logs.zip", b"PK\x03\x04");
    let err = svc.tik(["attach", "CS-1"]).arg(&archive).run().fails(2);
    assert!(
        err.ends_with("logs.zip: files of type application/zip are not accepted here"),
        "{err}"
    );
    // The service holds to them too, for a client that does not ask first.
    let refused = svc
        .http("POST", "/v1/uploads?name=logs.zip")
        .header("Content-Type", "application/zip")
        .body(b"PK\x03\x04".to_vec())
        .send();
    refused.problem(415);
}

#[test]
fn a_serve_flag_wins_over_the_catalogue_which_wins_over_the_default() {
    let svc = Service::start_with(&["--max-attachment-size", "2048"]);
    svc.admin(["catalog", "import"])
        .arg(shipped("small-attachments.toml"))
        .run()
        .success();
    let limits = svc.http("GET", "/v1/limits").send().json();
    assert_eq!(limits["max_file_bytes"], 2048, "the flag");
    assert_eq!(limits["max_files_per_message"], 5);
    assert!(
        limits["allowed_media_types"]
            .as_array()
            .unwrap()
            .contains(&json!("video/quicktime")),
        "the catalogue's list: {limits}"
    );
    assert!(
        !limits["allowed_media_types"]
            .as_array()
            .unwrap()
            .contains(&json!("application/zip")),
        "{limits}"
    );
    // Back to a catalogue that sets nothing: the built-in list again, the flag still.
    svc.admin(["catalog", "import"])
        .arg(shipped("default.toml"))
        .run()
        .success();
    let limits = svc.http("GET", "/v1/limits").send().json();
    assert_eq!(limits["max_file_bytes"], 2048);
    assert!(
        limits["allowed_media_types"]
            .as_array()
            .unwrap()
            .contains(&json!("application/zip"))
    );
}

#[test]
fn the_limits_are_also_taken_from_the_environment() {
    let svc = Service::start_with_env(
        &[],
        &[
            ("TIK_MAX_ATTACHMENT_SIZE", "4096"),
            ("TIK_MAX_FILES_PER_MESSAGE", "2"),
        ],
    );
    let limits = svc.http("GET", "/v1/limits").send().json();
    assert_eq!(limits["max_file_bytes"], 4096);
    assert_eq!(limits["max_files_per_message"], 2);
    let big = svc.write_file("big.log", vec![b'x'; 5000]);
    let err = svc
        .tik(["new", "-t", "Too big", "--attach"])
        .arg(&big)
        .run()
        .fails(2);
    assert!(
        err.contains("big.log is 4.9 KiB, over the limit of 4 KiB a file"),
        "{err}"
    );
}
