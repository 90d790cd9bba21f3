//! A real Secret Service for tests: gnome-keyring-daemon on a D-Bus session of its own
//! (`dbus-run-session`), in the test's directory, so a test never touches the user's keyring.
//! `.ci/run` installs the packages (gnome-keyring, dbus, libsecret-tools).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::harness::{Service, Tik};

/// The password the test keyring is unlocked with.
const KEYRING_PASSWORD: &str = "test keyring password";

/// What a shell runs inside the session: starts the keyring daemon (unlocked with the password
/// on its stdin, or left locked), prints the session's address, and waits for its own stdin
/// to close, which ends the session and the daemon with it.
const SESSION_SCRIPT: &str = r#"
if [ "$1" = unlocked ]; then
    printf '%s' "$2" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
else
    gnome-keyring-daemon --start --components=secrets >/dev/null
fi
echo "$DBUS_SESSION_BUS_ADDRESS"
read -r _
"#;

pub(crate) struct SecretService {
    session: Child,
    pub(crate) address: String,
    dir: PathBuf,
}

impl SecretService {
    /// A keyring whose login collection is unlocked, as after a desktop login.
    pub(crate) fn start(svc: &Service) -> Self {
        Self::spawn(svc.dir(), true)
    }

    /// A keyring that is running but locked: unlocking it needs a prompt no one will answer.
    pub(crate) fn locked(svc: &Service) -> Self {
        Self::spawn(svc.dir(), false)
    }

    fn spawn(dir: &Path, unlocked: bool) -> Self {
        for program in ["dbus-run-session", "gnome-keyring-daemon", "secret-tool"] {
            assert!(
                Command::new("sh")
                    .args(["-c", &format!("command -v {program}")])
                    .stdout(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success()),
                "{program} is missing: `apt-get install gnome-keyring dbus libsecret-tools` \
                 (.ci/run does)"
            );
        }
        let runtime = dir.join("runtime");
        std::fs::create_dir_all(&runtime).unwrap();
        std::fs::set_permissions(
            &runtime,
            std::os::unix::fs::PermissionsExt::from_mode(0o700),
        )
        .unwrap();
        let mut session = environment(Command::new("dbus-run-session"), dir)
            .args(["--", "sh", "-c", SESSION_SCRIPT, "sh"])
            .arg(if unlocked { "unlocked" } else { "locked" })
            .arg(KEYRING_PASSWORD)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-run-session starts");
        let mut address = String::new();
        BufReader::new(session.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        let address = address.trim().to_owned();
        assert!(
            address.starts_with("unix:"),
            "no D-Bus session address: {address:?}"
        );
        Self {
            session,
            address,
            dir: dir.to_owned(),
        }
    }

    /// The token stored for the default profile on `host`, read with libsecret's own tool
    /// rather than tik.
    pub(crate) fn lookup(&self, host: &str) -> Option<String> {
        let output = self
            .secret_tool()
            .args(["lookup", "service", "tik", "username", &account(host)])
            .output()
            .expect("secret-tool runs");
        let secret = String::from_utf8(output.stdout).unwrap();
        (output.status.success() && !secret.is_empty()).then_some(secret)
    }

    /// Stores a secret with libsecret's own tool, as another program would.
    pub(crate) fn store(&self, host: &str, secret: &str) {
        let mut child = self
            .secret_tool()
            .args(["store", "--label", "planted", "service", "tik", "username"])
            .arg(account(host))
            .stdin(Stdio::piped())
            .spawn()
            .expect("secret-tool runs");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(secret.as_bytes())
            .unwrap();
        assert!(child.wait().unwrap().success(), "secret-tool store failed");
    }

    fn secret_tool(&self) -> Command {
        let mut command = environment(Command::new("secret-tool"), &self.dir);
        command.env("DBUS_SESSION_BUS_ADDRESS", &self.address);
        command
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        // Closing the session's stdin ends the script, the bus, and the daemon on it.
        drop(self.session.stdin.take());
        let _ = self.session.wait();
    }
}

/// What tik files the default profile's token on `host` under.
fn account(host: &str) -> String {
    format!("default@{host}")
}

/// The environment `tik` gets in tests, so the keyring's files land in the test's home.
fn environment(mut command: Command, dir: &Path) -> Command {
    command
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir.join("home"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_RUNTIME_DIR", dir.join("runtime"));
    command
}

impl Tik {
    /// Runs with this keyring as the session's.
    pub(crate) fn keyring(self, keyring: &SecretService) -> Self {
        self.env("DBUS_SESSION_BUS_ADDRESS", &keyring.address)
    }
}
