//! The real `hall-server` binary on a real socket: idle and half-sent connections cannot
//! starve a real client, a request head that never finishes is cut off, hyper's own error
//! answers carry the envelope, and the holiday calendar's command line. (SQLite only:
//! nothing here depends on the database; the PostgreSQL pass skips these.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_hall-server");

fn on_postgres_pass() -> bool {
    std::env::var("HALL_TEST_POSTGRES_URL").is_ok_and(|u| !u.is_empty())
}

/// A seeded data directory.
fn seeded() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let status = Command::new(BIN).args(["seed", "--data-dir"]).arg(dir.path()).stdout(Stdio::null()).status().unwrap();
    assert!(status.success(), "seed");
    dir
}

struct Server {
    child: Child,
    addr: SocketAddr,
    output: Arc<Mutex<Vec<String>>>,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `serve` on a free port with at most `open_files` open files (systemd's default
/// is 1,024), and waits for its "running at" line.
fn serve(open_files: u32, extra: &[&str]) -> Server {
    let dir = seeded();
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -n {open_files} && exec \"$0\" \"$@\""))
        .arg(BIN)
        .args(["serve", "--addr", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path())
        .args(extra)
        .env("HALL_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let output = Arc::new(Mutex::new(Vec::new()));
    let (found, lines) = (std::sync::mpsc::channel(), output.clone());
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(rest) = line.split("http://").nth(1) {
                let addr = rest.split('/').next().unwrap_or_default().to_owned();
                let _ = found.0.send(addr);
            }
            lines.lock().unwrap().push(line);
        }
    });
    let addr = found.1.recv_timeout(Duration::from_secs(30)).expect("the server printed its address").parse().unwrap();
    Server { child, addr, output, _dir: dir }
}

/// One request on a new connection; the status code and the whole answer.
fn request(addr: SocketAddr, raw: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    stream.write_all(raw).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, text)
}

fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    request(addr, format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes())
}

#[test]
fn eleven_hundred_idle_connections_leave_a_real_client_answered_within_a_second() {
    if on_postgres_pass() {
        return;
    }
    let server = serve(1024, &[]);
    let mut idle = Vec::new();
    for n in 0..1_100 {
        let mut stream = TcpStream::connect(server.addr).unwrap_or_else(|e| panic!("connection {n}: {e}"));
        // Half a request line, never finished.
        stream.write_all(b"GET /api/v1/regions HT").unwrap();
        idle.push(stream);
    }
    let mut slowest = Duration::ZERO;
    for _ in 0..5 {
        let started = Instant::now();
        let (status, _) = get(server.addr, "/api/v1/regions");
        let took = started.elapsed();
        slowest = slowest.max(took);
        assert_eq!(status, 200);
    }
    println!("1,100 idle connections open: the slowest of 5 real requests took {} ms", slowest.as_millis());
    assert!(slowest < Duration::from_secs(1), "answered within 1 s, took {slowest:?}: {:?}", server.output.lock().unwrap());
    let warned = server.output.lock().unwrap().iter().any(|l| l.contains("connection cap reached"));
    assert!(warned, "a clear log line says the cap was hit: {:?}", server.output.lock().unwrap());
}

#[test]
fn a_request_head_that_never_finishes_is_cut_off() {
    if on_postgres_pass() {
        return;
    }
    let server = serve(4096, &["--header-read-timeout", "1"]);
    let mut stream = TcpStream::connect(server.addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(b"GET /api/v1/regions HTTP/1.1\r\nHost: loc").unwrap();
    let started = Instant::now();
    let mut buffer = [0u8; 512];
    let read = stream.read(&mut buffer);
    assert!(matches!(read, Ok(_) | Err(_)), "the read ended");
    let took = started.elapsed();
    assert!(took < Duration::from_secs(4), "closed after the 1 s header timeout, took {took:?}");
    // A complete request is still answered.
    assert_eq!(get(server.addr, "/api/v1/regions").0, 200);
}

#[test]
fn hypers_own_refusals_carry_the_envelope_and_the_security_headers() {
    if on_postgres_pass() {
        return;
    }
    let server = serve(4096, &[]);
    let long = format!("GET /api/v1/halls?q={} HTTP/1.1\r\nHost: localhost\r\n\r\n", "a".repeat(70 * 1024));
    let mut many = String::from("GET /api/v1/regions HTTP/1.1\r\nHost: localhost\r\n");
    for n in 0..150 {
        many.push_str(&format!("X-Header-{n}: {n}\r\n"));
    }
    many.push_str("\r\n");
    for (raw, status, code) in [(long, 414, "uri_too_long"), (many, 431, "headers_too_large")] {
        let (got, answer) = request(server.addr, raw.as_bytes());
        assert_eq!(got, status, "{answer}");
        let lower = answer.to_ascii_lowercase();
        assert!(lower.contains("\r\ncontent-type: application/json\r\n"), "{answer}");
        assert!(lower.contains("\r\nx-content-type-options: nosniff\r\n"), "{answer}");
        assert!(lower.contains("\r\ncontent-security-policy: frame-ancestors 'self'\r\n"), "{answer}");
        let body = answer.split("\r\n\r\n").nth(1).unwrap_or_default();
        let json: serde_json::Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {answer}"));
        assert_eq!(json["error"]["code"], code);
    }
    // An ordinary answer is untouched.
    let (status, answer) = get(server.addr, "/api/v1/regions");
    assert_eq!(status, 200);
    assert!(answer.contains("\"code\":\"330000\""), "{answer}");
}

#[test]
fn the_holiday_calendar_is_imported_and_shown_from_the_command_line() {
    if on_postgres_pass() {
        return;
    }
    let dir = seeded();
    let run = |args: &[&str]| {
        let out = Command::new(BIN).args(args).arg("--data-dir").arg(dir.path()).output().unwrap();
        (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (ok, shown, _) = run(&["calendar", "show", "2026"]);
    assert!(ok && shown.contains("国庆节  2026-10-01 Thu – 2026-10-07 Wed  (7 days)") && shown.contains("2026-10-10 Sat"), "{shown}");
    let (ok, _, error) = run(&["calendar", "show", "2027"]);
    assert!(!ok && error.contains("no holiday calendar for 2027"), "{error}");

    let wrong = dir.path().join("wrong.json");
    std::fs::write(&wrong, r#"{"year": 2027, "holidays": [{"name": "春节", "from": "2027-02-12", "to": "2027-02-06"}], "working_days": ["2027-02-08"]}"#)
        .unwrap();
    let (ok, _, error) = run(&["calendar", "import", wrong.to_str().unwrap()]);
    assert!(!ok && error.contains("春节 ends") && error.contains("2027-02-08 is not a Saturday or Sunday"), "{error}");

    let notice = dir.path().join("2027.json");
    std::fs::write(
        &notice,
        r#"{"year": 2027, "source": "国办发明电〔2026〕x号", "holidays": [
            {"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"},
            {"name": "春节", "from": "2027-02-05", "to": "2027-02-13"}],
            "working_days": ["2027-02-14", "2027-02-20"]}"#,
    )
    .unwrap();
    let (ok, said, error) = run(&["calendar", "import", notice.to_str().unwrap()]);
    assert!(ok && said.contains("Imported the holiday calendar for 2027"), "{said} {error}");
    let (ok, shown, _) = run(&["calendar", "show", "2027"]);
    assert!(ok && shown.contains("春节  2027-02-05 Fri – 2027-02-13 Sat  (9 days)") && shown.contains("2027-02-14 Sun"), "{shown}");
    let (ok, shown, _) = run(&["calendar", "show", "2026"]);
    assert!(ok && shown.contains("元旦"), "2026 is kept: {shown}");
}
