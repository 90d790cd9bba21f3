//! The PostgreSQL the services of `tests/cli_postgres.rs` keep their data in: the server
//! `TIK_TEST_DATABASE_URL` names, else a private cluster this process starts from Debian's
//! packages; on it, one fresh database a service.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

// Its `url` serves the store's unit tests, not this harness.
#[allow(dead_code)]
#[path = "pg_cluster.rs"]
mod pg_cluster;

use pg_cluster::{
    Cluster, READY_TIMEOUT, REQUIRE_VARIABLE, SUPERUSER, URL_VARIABLE, bin_dir, required,
};

/// The server the suite's databases are made on.
pub(crate) struct Server {
    /// A URL up to the database's name: `postgres://tik@` or the given URL's scheme and
    /// authority.
    before_name: String,
    /// What follows the name: `?host=…&port=…` or the given URL's query.
    after_name: String,
    /// The database to connect to when making or dropping one.
    maintenance: String,
    /// Where `psql` and `pg_dump` are; `None`: on `PATH`.
    bin: Option<PathBuf>,
    /// `None` on the server of `TIK_TEST_DATABASE_URL`.
    cluster: Option<Cluster>,
}

impl Server {
    fn program(&self, name: &str) -> PathBuf {
        self.bin
            .as_ref()
            .map_or_else(|| PathBuf::from(name), |dir| dir.join(name))
    }

    fn url(&self, database: &str) -> String {
        format!("{}/{database}{}", self.before_name, self.after_name)
    }

    /// A private cluster of the programs in `bin`.
    fn start(bin: &Path) -> Result<Self, String> {
        let cluster = Cluster::start(bin)?;
        Ok(Self {
            before_name: format!("postgres://{SUPERUSER}@"),
            after_name: cluster.socket_query(),
            maintenance: "postgres".into(),
            bin: Some(bin.to_owned()),
            cluster: Some(cluster),
        })
    }

    fn on(url: &str, bin: Option<PathBuf>) -> Result<Self, String> {
        let (before_name, maintenance, after_name) = split_at_database(url)
            .ok_or_else(|| format!("{URL_VARIABLE} is not a postgres:// URL: {url}"))?;
        Ok(Self {
            before_name: before_name.to_owned(),
            after_name: after_name.to_owned(),
            maintenance: maintenance.to_owned(),
            bin,
            cluster: None,
        })
    }
}

/// The suite's server, found or started on first use. When there is none, this process ends
/// here, before any service starts: skipped with one line, or failed under `TIK_REQUIRE_PG=1`.
pub(crate) fn server() -> &'static Server {
    static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();
    let found = SERVER.get_or_init(|| {
        if let Some(url) = std::env::var_os(URL_VARIABLE) {
            let url = url
                .into_string()
                .map_err(|_| format!("{URL_VARIABLE} is not UTF-8"))?;
            return Server::on(&url, bin_dir());
        }
        match bin_dir() {
            Some(dir) => Server::start(&dir),
            None => none_found(),
        }
    });
    found.as_ref().unwrap_or_else(|err| panic!("{err}"))
}

/// Ends the process: the PostgreSQL half cannot run here. Written to stderr itself, since the
/// test harness captures what `eprintln!` prints in a test.
fn none_found() -> ! {
    let required = required();
    let line = if required {
        format!(
            "no PostgreSQL, and {REQUIRE_VARIABLE}=1: install Debian's postgresql \
             (initdb in /usr/lib/postgresql/*/bin), or set {URL_VARIABLE}\n"
        )
    } else {
        format!(
            "skipping the PostgreSQL tests: no initdb in /usr/lib/postgresql/*/bin and no \
             {URL_VARIABLE} ({REQUIRE_VARIABLE}=1 makes this a failure)\n"
        )
    };
    let _ = std::io::stderr().write_all(line.as_bytes());
    std::process::exit(i32::from(required));
}

/// `url` cut around its database's name: what comes before `/NAME`, the name, and the query.
fn split_at_database(url: &str) -> Option<(&str, &str, &str)> {
    let scheme = ["postgres://", "postgresql://"]
        .into_iter()
        .find(|scheme| url.starts_with(scheme))?;
    let authority_end = url[scheme.len()..]
        .find(['/', '?'])
        .map_or(url.len(), |at| scheme.len() + at);
    let (before, rest) = url.split_at(authority_end);
    let (path, query) = rest.split_at(rest.find('?').unwrap_or(rest.len()));
    let name = path.strip_prefix('/').unwrap_or(path);
    Some((
        before,
        if name.is_empty() { "postgres" } else { name },
        query,
    ))
}

/// A database of one service's own, dropped with it.
pub(crate) struct Database {
    name: String,
    url: String,
}

impl Database {
    /// A new, empty database on the suite's server, named for this process and the count.
    pub(crate) fn create() -> Self {
        static MADE: AtomicUsize = AtomicUsize::new(0);
        let server = server();
        let name = format!(
            "tik_{}_{}",
            std::process::id(),
            MADE.fetch_add(1, Ordering::Relaxed)
        );
        psql(
            server,
            &server.maintenance,
            &format!("CREATE DATABASE {name}"),
        );
        Self {
            url: server.url(&name),
            name,
        }
    }

    /// The `--database` of a service on it.
    pub(crate) fn url(&self) -> &str {
        &self.url
    }

    /// Rows of what `sql` selects, each value as PostgreSQL prints it, `None` for NULL.
    pub(crate) fn query(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        let printed = psql(server(), &self.name, sql);
        printed
            .strip_suffix('\n')
            .unwrap_or(&printed)
            .split_terminator(RECORD)
            .map(|row| {
                row.split(FIELD)
                    .map(|value| (value != NULL).then(|| value.to_owned()))
                    .collect()
            })
            .collect()
    }

    /// The whole database as `pg_dump` writes it, for a search of everything it keeps.
    pub(crate) fn dump(&self) -> Vec<u8> {
        let server = server();
        let output = Command::new(server.program("pg_dump"))
            .arg("--dbname")
            .arg(server.url(&self.name))
            .stdin(Stdio::null())
            .output()
            .expect("pg_dump runs");
        assert!(
            output.status.success(),
            "pg_dump: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output.stdout
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        // Not a panic in a drop: a database left behind costs disk, not a result.
        let server = server();
        let _ = psql_output(
            server,
            &server.maintenance,
            &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
        );
    }
}

// Separators no value in the suite holds, so that a row splits without quoting.
const FIELD: char = '\u{1f}';
const RECORD: char = '\u{1e}';
const NULL: &str = "\u{1a}";

/// Runs `sql` with `psql` on `database`; returns what it printed, or panics saying why.
fn psql(server: &Server, database: &str, sql: &str) -> String {
    match psql_output(server, database, sql) {
        Ok(printed) => printed,
        Err(err) => panic!("psql `{sql}` on {database}: {err}"),
    }
}

fn psql_output(server: &Server, database: &str, sql: &str) -> Result<String, String> {
    let output = Command::new(server.program("psql"))
        .args(["--no-psqlrc", "--quiet", "--no-align", "--tuples-only"])
        .args(["--set", "ON_ERROR_STOP=1"])
        .arg(format!("--field-separator={FIELD}"))
        .arg(format!("--record-separator={RECORD}"))
        .arg(format!("--pset=null={NULL}"))
        .arg("--dbname")
        .arg(server.url(database))
        .args(["--command", sql])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("psql does not run: {e}"))?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    String::from_utf8(output.stdout).map_err(|e| format!("not UTF-8: {e}"))
}

/// The cluster of the PostgreSQL half starts, makes a database, answers on it, and stops when
/// its test process ends, even by SIGKILL, leaving nothing running and no directory behind.
#[test]
fn the_cluster_answers_and_stops_with_its_test_process() {
    const CHILD: &str = "TIK_TEST_CLUSTER_CHILD";
    if !crate::harness::on_postgres() || std::env::var_os(URL_VARIABLE).is_some() {
        return;
    }
    if std::env::var_os(CHILD).is_some() {
        let database = Database::create();
        let rows = database.query("SELECT current_database(), NULL, 'a' || 'b'");
        assert_eq!(
            rows,
            vec![vec![Some(database.name.clone()), None, Some("ab".into())]]
        );
        let dir = &server().cluster.as_ref().expect("a private cluster").dir;
        let pid_file = std::fs::read_to_string(dir.join("data/postmaster.pid")).unwrap();
        println!(
            "cluster={} {}",
            pid_file.lines().next().unwrap(),
            dir.display()
        );
        // Until the parent kills this process.
        std::io::stdin().read_to_end(&mut Vec::new()).unwrap();
        return;
    }
    // This test again, in a process of its own that is killed: its cluster must go with it.
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "--nocapture"])
        .arg(
            concat!(
                module_path!(),
                "::the_cluster_answers_and_stops_with_its_test_process"
            )
            .split_once("::")
            .unwrap()
            .1,
        )
        .env(CHILD, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let said = std::io::BufRead::lines(stdout)
        .map_while(Result::ok)
        .find_map(|line| line.strip_prefix("cluster=").map(str::to_owned))
        .expect("the child's cluster started");
    let (pid, dir) = said.split_once(' ').unwrap();
    let alive = || Path::new("/proc").join(pid).exists();
    assert!(alive(), "postgres {pid} runs");
    child.kill().unwrap();
    child.wait().unwrap();
    let deadline = Instant::now() + READY_TIMEOUT;
    while alive() || Path::new(dir).exists() {
        assert!(
            Instant::now() < deadline,
            "postgres {pid} or {dir} outlived its test process"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_url_is_cut_around_its_database() {
    assert_eq!(
        split_at_database("postgres://u:p@db.example:5433/tik?sslmode=disable"),
        Some(("postgres://u:p@db.example:5433", "tik", "?sslmode=disable"))
    );
    assert_eq!(
        split_at_database("postgresql://u@/tik?host=/run/pg&port=5"),
        Some(("postgresql://u@", "tik", "?host=/run/pg&port=5"))
    );
    assert_eq!(
        split_at_database("postgres://u@db.example"),
        Some(("postgres://u@db.example", "postgres", ""))
    );
    assert_eq!(split_at_database("mysql://db/tik"), None);
}

#[test]
fn a_socket_directory_is_percent_encoded() {
    assert_eq!(
        pg_cluster::percent_encode_path(Path::new("/tmp/tik-pg-a b&c")),
        "/tmp/tik-pg-a%20b%26c"
    );
}

/// What the harness asks of a database: changes print nothing, two statements run as one,
/// bytes read as `\x` and hex (as the SQLite side writes them), and a dump holds the rows.
#[test]
fn a_database_answers_as_the_harness_reads_it() {
    if !crate::harness::on_postgres() {
        return;
    }
    let database = Database::create();
    let changed = database.query(
        "CREATE TABLE t (n bigint, word text, bytes bytea); \
         INSERT INTO t VALUES (1, 'one', '\\x0aff'), (2, NULL, NULL)",
    );
    assert_eq!(changed, Vec::<Vec<Option<String>>>::new());
    assert_eq!(
        database.query("SELECT n, word, bytes FROM t ORDER BY n"),
        vec![
            vec![Some("1".into()), Some("one".into()), Some("\\x0aff".into())],
            vec![Some("2".into()), None, None],
        ]
    );
    assert!(String::from_utf8_lossy(&database.dump()).contains("one"));
}
