//! `tik completion SHELL` in real shells: bash and fish driven through their own completion
//! machinery, zsh and elvish at a pseudo-terminal as a person types, and every shell's side of
//! the protocol (`TIK_COMPLETE=SHELL tik -- WORDS…`) checked as the script calls it.

use std::net::TcpListener;
use std::path::Path;
use std::time::Instant;

use crate::harness::{PRIORITIES, Run, Service, Tik};
use crate::keyring::SecretService;

/// Sources `tik completion bash`, then does what bash does at a TAB after `$1`: the words in
/// `COMP_WORDS` (one more, empty, after a space), then the function `complete -p tik` names,
/// called as bash calls it. Prints `COMPREPLY`, one a line.
const BASH: &str = r#"
source <(tik completion bash) || exit 1
line=$1
read -ra COMP_WORDS <<< "$line"
[[ $line == *' ' ]] && COMP_WORDS+=('')
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE=$line
COMP_POINT=${#line}
spec=$(complete -p tik)
function=${spec##*-F }
function=${function%% *}
"$function" tik "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
"#;

/// A real bash's words for `line`, asking `svc` as its admin.
fn bash(svc: &Service, line: &str) -> Vec<String> {
    let run = in_shell(svc, "bash", ["-c", BASH, "bash", line]).run();
    words(run)
}

/// A real fish's completions for `line` (`complete -C`): `value\tdescription` lines.
fn fish(svc: &Service, line: &str) -> Vec<String> {
    let script = "tik completion fish | source; complete -C $argv[1]";
    let run = in_shell(svc, "fish", ["--no-config", "-c", script, line]).run();
    words(run)
}

fn words(run: Run) -> Vec<String> {
    let run = run.success();
    assert!(run.stderr.is_empty(), "{}: {}", run.line, run.stderr);
    run.stdout
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `PROGRAM ARGS` with the `tik` under test on `PATH`, as `svc`'s admin.
fn in_shell<const N: usize>(svc: &Service, program: &str, args: [&str; N]) -> Tik {
    Tik::with_tik_on_path(program, svc.dir(), args)
        .host(&svc.host)
        .token(&svc.token)
}

/// What `tik` answers a shell's request, as `script` of `shell` makes it: `words` are the
/// line (`tik` first), the last one being completed.
fn protocol(svc: &Service, shell: &str, words: &[&str]) -> Run {
    let index = (words.len() - 1).to_string();
    svc.tik(["--"].iter().chain(words))
        .env("TIK_COMPLETE", shell)
        .env("_CLAP_COMPLETE_INDEX", &index)
        .env("_CLAP_IFS", "\n")
        .run()
        .success()
}

/// Keys only, of words that may hold flags too.
fn keys(words: &[String]) -> Vec<&str> {
    words
        .iter()
        .map(|w| w.split('\t').next().unwrap_or_default())
        .filter(|w| w.starts_with("CS-"))
        .collect()
}

/// A desk of three tickets: two open (`CS-1`, then `CS-3`, newest), one closed (`CS-2`).
fn desk() -> Service {
    let svc = Service::start();
    for title in ["Printer on fire", "Old question", "VPN drops every hour"] {
        svc.new_ticket(title);
    }
    svc.tik(["close", "CS-2"]).run().success();
    svc
}

#[test]
fn the_scripts_printed_are_the_committed_ones_and_what_the_protocol_registers() {
    let svc = Service::start();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        ("bash", "tik.bash"),
        ("zsh", "_tik"),
        ("fish", "tik.fish"),
        ("powershell", "_tik.ps1"),
        ("elvish", "tik.elv"),
    ] {
        let printed = svc.tik(["completion", shell]).run().success().stdout;
        let committed = std::fs::read_to_string(root.join(file)).expect("a committed script");
        assert_eq!(printed, committed, "tik completion {shell}");
        // What clap's CompleteEnv registers when asked with no words.
        let registered = svc
            .tik::<[&str; 0], &str>([])
            .env("TIK_COMPLETE", shell)
            .run();
        assert_eq!(
            registered.success().stdout,
            committed,
            "TIK_COMPLETE={shell} tik"
        );
        assert!(committed.contains("TIK_COMPLETE"), "{committed}");
    }
}

#[test]
fn bash_completes_commands_and_flags_from_the_binary_alone() {
    let svc = Service::start();
    let nowhere = |line: &str| {
        let run = in_shell(&svc, "bash", ["-c", BASH, "bash", line])
            .no_host()
            .no_token()
            .run();
        words(run)
    };
    assert_eq!(nowhere("tik cl"), ["close"]);
    assert_eq!(nowhere("tik list --sta"), ["--status"]);
    assert_eq!(nowhere("tik status CS-1 res"), ["resolved"]);
    let statuses = nowhere("tik list --status ");
    assert_eq!(statuses[..3], ["open", "closed", "all"]);
    assert!(statuses.contains(&"escalated".to_owned()), "{statuses:?}");
}

#[test]
fn bash_completes_keys_from_a_live_service_open_first() {
    let svc = desk();
    let offered = bash(&svc, "tik show ");
    eprintln!("$ tik show <TAB>\n{}", offered.join("\n"));
    assert_eq!(keys(&offered), ["CS-3", "CS-1", "CS-2"], "{offered:?}");
    // The keys come first; the command's flags after them.
    assert!(
        offered[..3].iter().all(|w| w.starts_with("CS-")),
        "{offered:?}"
    );
    assert!(offered.contains(&"--history".to_owned()), "{offered:?}");
    assert_eq!(bash(&svc, "tik show CS-"), ["CS-3", "CS-1", "CS-2"]);
    assert_eq!(
        bash(&svc, "tik comment cs-3"),
        ["CS-3"],
        "typed in any case"
    );
    // Every command that takes a ticket's key, in each place it takes one.
    for line in [
        "tik close CS-",
        "tik reopen CS-",
        "tik link CS-1 CS-",
        "tik status CS-1 resolved --duplicate-of CS-",
        "tik watchers add CS-",
        "tik secret show CS-",
        "tik access grant CS-",
        "tik download CS-",
    ] {
        assert_eq!(bash(&svc, line), ["CS-3", "CS-1", "CS-2"], "{line}");
    }
    // An escalation's key is not a ticket's.
    assert!(bash(&svc, "tik escalation stage CS-").is_empty());
}

#[test]
fn bash_asks_the_host_the_line_names() {
    let svc = desk();
    let run = in_shell(
        &svc,
        "bash",
        ["-c", BASH, "bash", "tik --host URL show CS-3"],
    )
    .no_host()
    .run();
    assert!(words(run).is_empty(), "no service at URL");
    let line = format!("tik --host {} show CS-3", svc.host);
    let run = in_shell(&svc, "bash", ["-c", BASH, "bash", &line])
        .no_host()
        .run();
    assert_eq!(words(run), ["CS-3"]);
}

#[test]
fn bash_completes_assignees_and_the_catalogue() {
    let svc = desk();
    svc.add_user("alice", "agent");
    svc.add_user("zed", "admin");
    let bob = svc.add_user("bob", "requester");
    let assignees = bash(&svc, "tik assign CS-1 ");
    eprintln!("$ tik assign CS-1 <TAB>\n{}", assignees.join("\n"));
    let users: Vec<&str> = assignees
        .iter()
        .map(String::as_str)
        .filter(|w| !w.starts_with('-'))
        .collect();
    assert_eq!(
        users,
        ["admin", "alice", "zed"],
        "agents and admins, not bob"
    );
    assert_eq!(bash(&svc, "tik list --assignee a"), ["admin", "alice"]);
    assert_eq!(bash(&svc, "tik list --priority "), PRIORITIES);
    assert_eq!(bash(&svc, "tik new --priority v"), ["very-urgent"]);
    assert_eq!(
        bash(&svc, "tik edit CS-1 --department "),
        ["technical-support", "billing", "presales"]
    );
    let categories = bash(&svc, "tik new --category 1.");
    assert!(categories.contains(&"1.5".to_owned()), "{categories:?}");
    // A requester may not see who can be assigned: nothing, and not a word about it.
    let run = in_shell(&svc, "bash", ["-c", BASH, "bash", "tik assign CS-1 a"])
        .token(&bob)
        .run();
    assert!(words(run).is_empty());
}

#[test]
fn without_a_service_or_a_login_completion_offers_nothing_and_says_nothing() {
    let svc = desk();
    let silent = TcpListener::bind("127.0.0.1:0").expect("a listener that never answers");
    let silent_host = format!("http://{}", silent.local_addr().unwrap());
    let gone = TcpListener::bind("127.0.0.1:0").expect("a port");
    let gone_host = format!("http://{}", gone.local_addr().unwrap());
    drop(gone);
    let request = |shell: &str| {
        svc.tik(["--", "tik", "show", "CS-"])
            .env("TIK_COMPLETE", shell)
            .env("_CLAP_COMPLETE_INDEX", "2")
    };
    // As the admin, on the live service, the same request is answered.
    assert_eq!(request("bash").run().success().stdout, "CS-3\nCS-1\nCS-2");
    let cases = [
        "nothing listening",
        "a service that never answers",
        "no host",
        "no token and no keyring",
    ];
    let setup = |case: &str, tik: Tik| match case {
        "nothing listening" => tik.host(&gone_host),
        "a service that never answers" => tik.host(&silent_host),
        "no host" => tik.no_host(),
        _ => tik.no_token(),
    };
    for case in cases {
        for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
            let started = Instant::now();
            let run = setup(case, request(shell)).run().success();
            let took = started.elapsed();
            assert_eq!(
                (run.stdout.as_str(), run.stderr.as_str()),
                ("", ""),
                "{case}, {shell}"
            );
            eprintln!("{case}, {shell}: nothing, in {took:?}");
        }
        let started = Instant::now();
        let bash = in_shell(&svc, "bash", ["-c", BASH, "bash", "tik show CS-"]);
        assert!(
            words(setup(case, bash).run()).is_empty(),
            "{case}, a real bash"
        );
        eprintln!("{case}, a real bash: nothing, in {:?}", started.elapsed());
    }
    drop(silent);
}

#[test]
fn each_shell_gets_keys_with_titles_where_it_shows_them() {
    let svc = desk();
    let zsh = protocol(&svc, "zsh", &["tik", "show", "CS-"]).stdout;
    assert_eq!(
        zsh,
        "CS-3:VPN drops every hour\nCS-1:Printer on fire\nCS-2:Old question (closed)"
    );
    let powershell = protocol(&svc, "powershell", &["tik", "show", "CS-"]).stdout;
    assert_eq!(
        powershell,
        "CS-3\tVPN drops every hour\nCS-1\tPrinter on fire\nCS-2\tOld question (closed)\n"
    );
    // Elvish's and bash's protocols carry values only.
    let elvish = protocol(&svc, "elvish", &["tik", "show", "CS-"]).stdout;
    assert_eq!(elvish, "CS-3\nCS-1\nCS-2");
    let bash = protocol(&svc, "bash", &["tik", "show", "CS-"]).stdout;
    assert_eq!(bash, "CS-3\nCS-1\nCS-2");
}

#[test]
fn fish_completes_keys_with_titles_and_the_catalogue_with_labels() {
    let svc = desk();
    let offered = fish(&svc, "tik show CS-");
    eprintln!("fish> complete -C 'tik show CS-'\n{}", offered.join("\n"));
    assert_eq!(
        offered,
        [
            "CS-3\tVPN drops every hour",
            "CS-1\tPrinter on fire",
            "CS-2\tOld question (closed)"
        ]
    );
    assert!(
        fish(&svc, "tik cl")
            .iter()
            .any(|w| w.starts_with("close\t"))
    );
    assert_eq!(
        fish(&svc, "tik list --sta"),
        [
            "--status\topen, closed, all, or one status (new, feedback, confirmed, assigned, escalated, resolved, closed)"
        ]
    );
    let priorities = fish(&svc, "tik list --priority ");
    assert_eq!(priorities.len(), PRIORITIES.len(), "{priorities:?}");
    assert!(priorities[0].starts_with("normal\t"), "{priorities:?}");
}

#[test]
fn zsh_at_a_terminal_lists_keys_with_titles_open_first() {
    let svc = desk();
    let mut zsh = in_shell(&svc, "zsh", ["-f", "-i"]).in_terminal();
    zsh.send_line("PS1='> '; autoload -Uz compinit && compinit -u && source <(tik completion zsh) && echo re''ady")
        .unwrap();
    zsh.exp_string("ready").expect("zsh sources the script");
    // A unique match is put on the line: echo it to see it.
    zsh.send("tik cl\t").unwrap();
    zsh.flush().unwrap();
    zsh.send("\x01echo \r").unwrap();
    zsh.flush().unwrap();
    zsh.exp_regex("[\r\n]tik close")
        .expect("`tik cl` becomes `tik close`");
    zsh.send("tik show CS-\t").unwrap();
    zsh.flush().unwrap();
    let before_first = zsh
        .exp_string("VPN drops every hour")
        .expect("the newest open key's title");
    zsh.exp_string("Printer on fire")
        .expect("then the other open one's");
    zsh.exp_string("Old question (closed)")
        .expect("then the closed one's");
    assert!(!before_first.contains("Printer on fire"), "{before_first}");
    // Dropping the session ends zsh.
}

#[test]
fn elvish_at_a_terminal_completes_from_the_service() {
    let svc = desk();
    svc.add_user("alice", "agent");
    let mut elvish = in_shell(&svc, "elvish", ["-norc"]).in_terminal();
    elvish
        .send_line("eval (tik completion elvish | slurp); echo re''ady")
        .unwrap();
    elvish
        .exp_string("ready")
        .expect("elvish evaluates the script");
    // A unique match is put on the line; Enter runs it.
    elvish.send("tik assign CS-1 al\t").unwrap();
    elvish.flush().unwrap();
    elvish.send("\r").unwrap();
    elvish.flush().unwrap();
    elvish
        .exp_string("Assigned CS-1 to alice")
        .expect("`al` became alice, the agent the service names");
    // Elvish shows values only, in its own order.
    elvish.send("tik show CS-\t").unwrap();
    elvish.flush().unwrap();
    for key in ["CS-1", "CS-2", "CS-3"] {
        elvish.exp_string(key).expect("every key in the grid");
    }
}

#[test]
fn the_service_names_who_can_be_assigned_to_agents_and_admins_only() {
    let svc = Service::start();
    let alice = svc.add_user("alice", "agent");
    let bob = svc.add_user("bob", "requester");
    svc.add_member_as("carol", "Acme", "org-admin");
    let names = |token: &str| {
        let response = svc.http("GET", "/v1/assignees").token(token).send();
        assert_eq!(response.status, 200);
        let users = response.json();
        let users = users.as_array().expect("a list").clone();
        users
            .iter()
            .map(|u| {
                format!(
                    "{} {}",
                    u["name"].as_str().unwrap(),
                    u["role"].as_str().unwrap()
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&svc.token), ["admin admin", "alice agent"]);
    assert_eq!(names(&alice), names(&svc.token));
    let problem = svc
        .http("GET", "/v1/assignees")
        .token(&bob)
        .send()
        .problem(403);
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("only an agent"),
        "{problem}"
    );
}

#[test]
fn a_token_in_the_keyring_or_the_file_serves_completion_without_a_word() {
    let svc = desk();
    let keyring = SecretService::start(&svc);
    svc.tik(["auth", "login", "--with-token"])
        .no_token()
        .keyring(&keyring)
        .stdin(svc.token.clone())
        .run()
        .success();
    let line = ["-c", BASH, "bash", "tik show CS-"];
    let from_keyring = in_shell(&svc, "bash", line).no_token().keyring(&keyring);
    assert_eq!(words(from_keyring.run()), ["CS-3", "CS-1", "CS-2"]);
    // A keyring that is there but locked asks for a password no one types: nothing, soon.
    drop(keyring);
    let locked = SecretService::locked(&svc);
    let started = Instant::now();
    let run = in_shell(&svc, "bash", line)
        .no_token()
        .keyring(&locked)
        .run();
    assert!(words(run).is_empty());
    eprintln!("a locked keyring: nothing, in {:?}", started.elapsed());
    drop(locked);
    // Every command warns of a token kept in plain text; a TAB does not.
    svc.tik(["auth", "login", "--with-token", "--insecure-storage"])
        .no_token()
        .stdin(svc.token.clone())
        .run()
        .success();
    let from_file = in_shell(&svc, "bash", line).no_token();
    assert_eq!(words(from_file.run()), ["CS-3", "CS-1", "CS-2"]);
}
