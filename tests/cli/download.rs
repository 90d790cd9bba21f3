//! `tik download`: a ticket's attachments saved whole and verified, never over a file without
//! --clobber, never where the caller may not look, and never half.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::harness::{Service, sha256_hex};

/// Bytes of every value, in no pattern a compressor or a text sniffer would find.
fn noise(len: usize) -> Vec<u8> {
    let mut x: u32 = 0x9E37_79B9;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x.to_be_bytes()[0]
        })
        .collect()
}

/// The names in `dir`, sorted; empty if it does not exist.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A ticket CS-1 with `files` attached, `(name, bytes)`; returns their ids.
fn ticket_with(svc: &Service, files: &[(&str, &[u8])]) -> Vec<u64> {
    svc.new_ticket("Disk full");
    let mut attach = svc.tik(["attach", "CS-1", "--json"]);
    for (name, bytes) in files {
        attach = attach.arg(svc.write_file(name, bytes));
    }
    let attached = attach.run().success().json();
    for (name, _) in files {
        std::fs::remove_file(svc.file(name)).expect("the original removed");
    }
    attached
        .as_array()
        .expect("a JSON array")
        .iter()
        .map(|a| a["id"].as_u64().expect("an id"))
        .collect()
}

#[test]
fn download_saves_every_attachment_byte_for_byte_into_a_new_directory() {
    let svc = Service::start();
    let text = b"Filesystem 100% /var\n".to_vec();
    let binary = noise(3 * 1024 * 1024 + 17);
    let ids = ticket_with(&svc, &[("df.txt", &text), ("core.zip", &binary)]);
    let saved = svc
        .tik(["download", "CS-1", "-o", "cases/CS-1", "--json"])
        .run()
        .success()
        .json();
    let saved = saved.as_array().expect("a JSON array");
    assert_eq!(saved.len(), 2, "{saved:?}");
    for (entry, (id, name, bytes)) in saved
        .iter()
        .zip([(ids[0], "df.txt", &text), (ids[1], "core.zip", &binary)])
    {
        assert_eq!(entry["id"], id);
        assert_eq!(entry["name"], name);
        assert_eq!(entry["path"], format!("cases/CS-1/{name}"));
        assert_eq!(entry["size"], bytes.len());
        assert_eq!(entry["sha256"], sha256_hex(bytes));
        let written = std::fs::read(svc.file("cases/CS-1").join(name)).expect("the file saved");
        assert!(written == *bytes, "{name}: the bytes differ");
    }
    // Nothing else: no temporary file left over.
    assert_eq!(
        names_in(&svc.file("cases/CS-1")),
        ["core.zip", "df.txt"],
        "only the saved files"
    );
}

#[test]
fn download_says_a_line_per_file_and_saves_in_the_current_directory() {
    let svc = Service::start();
    ticket_with(&svc, &[("df.txt", b"Filesystem 100% /var\n")]);
    let run = svc.tik(["download", "CS-1"]).run().success();
    assert_eq!(run.stdout, "Saved df.txt (21 B, sha256 verified)\n");
    assert_eq!(run.stderr, "");
    assert_eq!(
        std::fs::read(svc.file("df.txt")).unwrap(),
        b"Filesystem 100% /var\n"
    );
}

#[test]
fn attachments_are_chosen_by_id_with_or_without_a_hash_or_by_name() {
    let svc = Service::start();
    let ids = ticket_with(&svc, &[("a.txt", b"a"), ("b.txt", b"b"), ("c.txt", b"c")]);
    let chosen = |args: &[&str]| -> Vec<String> {
        let out = format!("out-{}", args.join("-"));
        let saved = svc
            .tik(["download", "CS-1", "--json", "-o", &out])
            .args(args)
            .run()
            .success()
            .json();
        saved
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(chosen(&[&format!("#{}", ids[2])]), ["c.txt"]);
    assert_eq!(chosen(&[&ids[1].to_string(), "a.txt"]), ["a.txt", "b.txt"]);
    assert_eq!(chosen(&["b.txt", &format!("#{}", ids[1])]), ["b.txt"]);
    assert_eq!(names_in(&svc.file(&format!("out-#{}", ids[2]))), ["c.txt"]);
}

#[test]
fn an_attachment_the_ticket_does_not_have_is_named_and_nothing_is_written() {
    let svc = Service::start();
    ticket_with(&svc, &[("a.txt", b"a")]);
    for missing in ["#99", "99", "nope.txt"] {
        let err = svc
            .tik(["download", "CS-1", "a.txt", missing, "-o", "out"])
            .run()
            .fails(4);
        let named = if missing == "nope.txt" {
            "'nope.txt'"
        } else {
            "#99"
        };
        assert!(
            err.starts_with(&format!("tik: no attachment {named} on CS-1; it has #")),
            "{err}"
        );
        assert!(!svc.file("out").exists(), "nothing written for {missing}");
    }
    svc.new_ticket("bare");
    let err = svc.tik(["download", "CS-2"]).run().fails(4);
    assert_eq!(err, "tik: CS-2 has no attachments");
}

#[test]
fn an_existing_file_is_refused_before_anything_is_downloaded_and_clobber_overwrites_it() {
    let svc = Service::start();
    ticket_with(&svc, &[("a.txt", b"fresh a"), ("b.txt", b"fresh b")]);
    std::fs::create_dir(svc.file("out")).unwrap();
    std::fs::write(svc.file("out/b.txt"), "mine").unwrap();
    let err = svc.tik(["download", "CS-1", "-o", "out"]).run().fails(1);
    assert_eq!(err, "tik: out/b.txt exists: pass --clobber to overwrite it");
    assert_eq!(
        names_in(&svc.file("out")),
        ["b.txt"],
        "a.txt not downloaded"
    );
    assert_eq!(std::fs::read(svc.file("out/b.txt")).unwrap(), b"mine");

    let run = svc
        .tik(["download", "CS-1", "-o", "out", "--clobber"])
        .run()
        .success();
    assert_eq!(
        run.stdout,
        "Saved out/a.txt (7 B, sha256 verified)\nSaved out/b.txt (7 B, sha256 verified)\n"
    );
    assert_eq!(std::fs::read(svc.file("out/b.txt")).unwrap(), b"fresh b");
    assert_eq!(names_in(&svc.file("out")), ["a.txt", "b.txt"]);
}

#[test]
fn two_attachments_of_one_name_are_both_saved_the_second_numbered() {
    let svc = Service::start();
    svc.new_ticket("Twice");
    let log = svc.write_file("build.log", "first run\n");
    svc.tik(["attach", "CS-1"]).arg(&log).run().success();
    std::fs::write(&log, "second run\n").unwrap();
    svc.tik(["attach", "CS-1"]).arg(&log).run().success();
    std::fs::remove_file(&log).unwrap();
    let ids: Vec<u64> = svc.tik(["show", "CS-1", "--json"]).run().success().json()["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_u64().unwrap())
        .collect();
    let run = svc.tik(["download", "CS-1"]).run().success();
    assert_eq!(
        run.stdout,
        format!(
            "Saved build.log (10 B, sha256 verified)\n\
             Saved build (2).log (11 B, sha256 verified; #{} is another build.log)\n",
            ids[1]
        )
    );
    assert_eq!(
        std::fs::read(svc.file("build.log")).unwrap(),
        b"first run\n"
    );
    assert_eq!(
        std::fs::read(svc.file("build (2).log")).unwrap(),
        b"second run\n"
    );
    // Saved again, both names are taken, and both are refused.
    let err = svc.tik(["download", "CS-1", "build.log"]).run().fails(1);
    assert_eq!(err, "tik: build.log exists: pass --clobber to overwrite it");
}

#[test]
fn dash_writes_one_attachment_to_stdout_and_refuses_several() {
    let svc = Service::start();
    let binary = noise(200_000);
    let ids = ticket_with(&svc, &[("core.zip", &binary), ("df.txt", b"100%\n")]);
    let run = svc
        .tik(["download", "CS-1", "df.txt", "-o", "-"])
        .run()
        .success();
    assert_eq!(run.stdout, "100%\n");
    assert_eq!(run.stderr, "");
    svc.sh(&format!(
        "\"$TIK\" download CS-1 {} -o - > copy.zip",
        ids[0]
    ))
    .run()
    .success();
    assert!(std::fs::read(svc.file("copy.zip")).unwrap() == binary);

    let err = svc.tik(["download", "CS-1", "-o", "-"]).run().fails(2);
    assert_eq!(
        err,
        "tik: -o - writes one attachment, and 2 are chosen: name one by id"
    );
    let err = svc
        .tik(["download", "CS-1", "df.txt", "-o", "-", "--json"])
        .run()
        .fails(2);
    assert!(err.contains("leave out --json"), "{err}");
    assert!(!svc.file("-").exists());
}

#[test]
fn bytes_damaged_in_the_service_store_are_refused_and_leave_no_file() {
    let svc = Service::start();
    let good = b"Filesystem 100% /var\n".to_vec();
    ticket_with(&svc, &[("df.txt", &good)]);
    let blob = sha256_hex(&good);
    // The same size, so only the digest can tell.
    svc.damage_blob(&blob, b"Filesystem  99% /var\n");
    let err = svc.tik(["download", "CS-1", "-o", "out"]).run().fails(1);
    assert_eq!(
        err,
        "tik: attachment #1 df.txt: its bytes do not match the sha256 the ticket lists \
         (the service's copy is damaged); nothing saved"
    );
    assert_eq!(names_in(&svc.file("out")), Vec::<String>::new());
    let err = svc.tik(["download", "CS-1", "-o", "-"]).run().fails(1);
    assert!(err.contains("do not match"), "{err}");

    // Shorter than listed: the service breaks the transfer off, and still nothing is left.
    svc.damage_blob(&blob, b"Filesystem");
    let err = svc.tik(["download", "CS-1", "-o", "out"]).run().fails(5);
    assert!(err.ends_with("; nothing saved"), "{err}");
    assert_eq!(names_in(&svc.file("out")), Vec::<String>::new());
}

#[test]
fn an_internal_notes_file_is_for_agents_and_a_hidden_ticket_for_no_one_else() {
    let svc = Service::start();
    let alice = svc.add_user("alice", "requester");
    let agent = svc.add_user("bob", "agent");
    let carol = svc.add_user("carol", "requester");
    svc.new_ticket_as(&alice, "Slow site", &[]);
    let note = svc.write_file("notes.txt", "customer is on the old plan");
    let c = svc
        .tik(["comment", "CS-1", "--internal", "-b", "Upsell?", "-a"])
        .arg(&note)
        .arg("--json")
        .token(&agent)
        .run()
        .success()
        .json();
    let id = c["attachments"][0].as_u64().expect("the note's attachment");
    std::fs::remove_file(&note).unwrap();

    for chosen in ["notes.txt".to_owned(), format!("#{id}")] {
        let err = svc
            .tik(["download", "CS-1", &chosen])
            .token(&alice)
            .run()
            .fails(4);
        assert_eq!(err, "tik: CS-1 has no attachments");
    }
    assert!(!svc.file("notes.txt").exists());
    let err = svc.tik(["download", "CS-1"]).token(&carol).run().fails(4);
    assert!(err.contains("CS-1"), "{err}");

    svc.tik(["download", "CS-1", "notes.txt"])
        .token(&agent)
        .run()
        .success();
    assert_eq!(
        std::fs::read(svc.file("notes.txt")).unwrap(),
        b"customer is on the old plan"
    );
}

#[test]
fn a_download_cut_off_by_the_service_leaves_no_partial_file() {
    const SIZE: usize = 48 * 1024 * 1024;
    let mut svc = Service::start_with(&["--max-attachment-size", &(64 << 20).to_string()]);
    ticket_with(&svc, &[("big.zip", &noise(SIZE))]);
    let out = svc.file("out");
    let running = svc.tik(["download", "CS-1", "-o", "out"]).spawn();
    // Stopped as soon as bytes reach its temporary file, the client holds at most what the
    // sockets buffer (a few MiB) when the service dies under it.
    let deadline = Instant::now() + Duration::from_secs(60);
    let partial = loop {
        let found = std::fs::read_dir(&out)
            .into_iter()
            .flatten()
            .flatten()
            .find(|e| {
                e.file_name().to_string_lossy().ends_with(".part")
                    && e.metadata().is_ok_and(|m| m.len() > 0)
            });
        if let Some(entry) = found {
            break entry.path();
        }
        assert!(
            Instant::now() < deadline,
            "no download under way in {out:?}"
        );
        std::thread::sleep(Duration::from_millis(1));
    };
    running.signal("-STOP");
    let written = std::fs::metadata(&partial).map_or(0, |m| m.len());
    assert!(
        written < SIZE as u64 / 2,
        "{written} B were written before the client was stopped"
    );
    svc.kill();
    running.signal("-CONT");
    let err = running.wait().fails(5);
    assert!(
        err.starts_with("tik: attachment #1 big.zip: ") && err.ends_with("; nothing saved"),
        "{err}"
    );
    assert_eq!(names_in(&out), Vec::<String>::new(), "no partial file");
}

#[test]
fn download_shows_its_progress_at_a_terminal() {
    let svc = Service::start();
    ticket_with(&svc, &[("capture.txt", &vec![b'x'; 3 * 1024 * 1024])]);
    let mut session = svc.tik(["download", "CS-1", "-o", "out"]).in_terminal();
    session.exp_string("/3.00 MiB").expect("a progress bar");
    session
        .exp_string("Saved out/capture.txt (3 MiB, sha256 verified)")
        .expect("the result");
    session.exp_eof().expect("the command ends");
    assert!(matches!(
        session.process().wait().expect("the command's status"),
        rexpect::process::WaitStatus::Exited(_, 0)
    ));
}
