//! `tik config`: profiles of settings in a TOML file, under the environment and the flags.

use crate::harness::Service;

/// The configuration file the harness's `XDG_CONFIG_HOME` leads to.
fn config_file(svc: &Service) -> std::path::PathBuf {
    svc.dir().join("config").join("tik").join("config.toml")
}

#[test]
fn a_host_set_in_the_configuration_is_used_and_the_environment_and_flags_win_over_it() {
    let svc = Service::start();
    svc.new_ticket("Printer on fire");
    let set = svc
        .tik(["config", "set", "host", &svc.host])
        .run()
        .success();
    assert_eq!(
        set.stdout.trim(),
        format!("Set host to {} in the profile default", svc.host)
    );
    let listed = svc.tik(["list", "--json"]).no_host().run().success().json();
    assert_eq!(listed[0]["key"], "CS-1");

    // A wrong address in the file: the environment's right one wins, and a flag over both.
    svc.tik(["config", "set", "host", "http://127.0.0.1:9"])
        .run()
        .success();
    svc.tik(["list"]).run().success();
    // Nothing listens there: a short budget for the retries.
    svc.tik(["list", "--timeout", "2"]).no_host().run().fails(5);
    svc.tik(["list", "--host", &svc.host])
        .host("http://127.0.0.1:9")
        .run()
        .success();

    let text = std::fs::read_to_string(config_file(&svc)).unwrap();
    assert_eq!(text, "[profiles.default]\nhost = \"http://127.0.0.1:9\"\n");
    assert!(!text.contains("tik_"), "no token in the file: {text}");
}

#[test]
fn profiles_keep_each_services_settings() {
    let svc = Service::start();
    svc.tik(["--profile", "desk", "config", "set", "host", &svc.host])
        .run()
        .success();
    svc.tik(["config", "set", "host", "http://127.0.0.1:9"])
        .run()
        .success();
    svc.tik(["whoami", "--timeout", "2"])
        .no_host()
        .run()
        .fails(5);
    let me = svc
        .tik(["--profile", "desk", "whoami"])
        .no_host()
        .run()
        .success();
    assert!(me.stdout.starts_with("admin (admin)"), "{}", me.stdout);
    svc.tik(["whoami"])
        .no_host()
        .env("TIK_PROFILE", "desk")
        .run()
        .success();
    svc.tik(["config", "set", "default-profile", "desk"])
        .run()
        .success();
    svc.tik(["whoami"]).no_host().run().success();
    let err = svc
        .tik(["--profile", "nowhere", "whoami"])
        .no_host()
        .run()
        .fails(2);
    assert!(err.contains("no profile 'nowhere'"), "{err}");

    let listed = svc.tik(["config", "list"]).run().success().stdout;
    let lines: Vec<&str> = listed.lines().collect();
    assert_eq!(lines[0], format!("# {}", config_file(&svc).display()));
    assert_eq!(
        &lines[1..],
        [
            "default-profile = desk".to_owned(),
            "default.host = http://127.0.0.1:9".to_owned(),
            format!("desk.host = {}", svc.host),
        ]
    );
    let json = svc.tik(["config", "list", "--json"]).run().success().json();
    assert_eq!(json["profiles"]["desk"]["host"], svc.host.as_str());
}

#[test]
fn get_set_and_unset_check_what_they_are_given() {
    let svc = Service::start();
    let get = |args: &[&str]| svc.tik(["config", "get"]).args(args).run();
    let err = get(&["host"]).fails(1);
    assert_eq!(err, "tik: host is not set in the profile default");
    svc.tik(["config", "set", "timeout", "45"]).run().success();
    assert_eq!(get(&["timeout"]).success().stdout, "45\n");
    svc.tik(["config", "unset", "timeout"]).run().success();
    get(&["timeout"]).fails(1);
    for (args, says) in [
        (
            vec!["set", "token", "tik_abc"],
            "a token is never kept in the configuration file",
        ),
        (
            vec!["set", "colour", "red"],
            "no setting 'colour': expected one of host, timeout, default-profile",
        ),
        (
            vec!["set", "timeout", "0"],
            "a timeout is 1 to 86400 seconds",
        ),
        (
            vec!["set", "host", "tik.example.com"],
            "is not a service address",
        ),
        (
            vec!["set", "default-profile", "a b"],
            "is not a profile name",
        ),
    ] {
        let err = svc.tik(["config"]).args(&args).run().fails(2);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    let text = std::fs::read_to_string(config_file(&svc)).unwrap();
    assert_eq!(text, "", "nothing refused was written");
}

#[test]
fn the_timeout_comes_from_the_profile_unless_the_environment_says() {
    let svc = Service::start();
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("a listener");
    let host = format!("http://{}", silent.local_addr().unwrap());
    let held = std::thread::spawn(move || silent.incoming().take(2).collect::<Vec<_>>());
    svc.tik(["config", "set", "timeout", "1"]).run().success();
    let err = svc.tik(["list"]).host(&host).run().fails(5);
    assert!(err.contains("did not answer within 1 s"), "{err}");
    let err = svc
        .tik(["list"])
        .host(&host)
        .env("TIK_TIMEOUT", "2")
        .run()
        .fails(5);
    assert!(err.contains("within 2 s"), "{err}");
    drop(held);
}

#[test]
fn tik_config_names_another_file_and_a_broken_one_is_named_in_one_line() {
    let svc = Service::start();
    let elsewhere = svc.file("tik.toml");
    svc.tik(["config", "set", "host", &svc.host])
        .env("TIK_CONFIG", &elsewhere)
        .run()
        .success();
    assert!(elsewhere.exists());
    assert!(!config_file(&svc).exists());
    svc.tik(["list"])
        .no_host()
        .env("TIK_CONFIG", &elsewhere)
        .run()
        .success();

    std::fs::write(&elsewhere, "[profiles.default]\nhots = 1\n").unwrap();
    let err = svc
        .tik(["list"])
        .env("TIK_CONFIG", &elsewhere)
        .run()
        .fails(2);
    assert!(
        err.starts_with(&format!(
            "tik: the configuration {} is not valid: unknown field `hots`",
            elsewhere.display()
        )),
        "{err}"
    );
}
