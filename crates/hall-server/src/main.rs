//! The `hall-server` command: seed a database, or serve the API (and the built app).
//!
//! ```text
//! hall-server seed [--national] --data-dir DIR
//! hall-server serve --addr HOST:PORT --data-dir DIR [--dist DIR]
//! hall-server calendar import FILE --data-dir DIR
//! hall-server calendar show YEAR --data-dir DIR
//! ```
//! Every flag can also come from the environment (`HALL_DATA_DIR`, `HALL_ADDR`,
//! `HALL_DIST`); `hall-server help <command>` explains each one.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use hall_server::bookings::rate_limit::RateLimit;
use hall_server::bookings::secrets::Secrets;
use hall_server::bookings::{BookingContext, Clock, Limits};
use hall_server::connections::ConnectionLimits;
use hall_server::{AppState, FramePolicy, ServeOptions, db, guard, seed};
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(name = "hall-server", version, about = "The reference API server of hall-guide, a guide to China's government affairs halls.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// How log lines look: `json` (one object per line, for log collectors) or `text`.
    /// Which lines: the HALL_LOG variable (default `info`; e.g. `hall_server=debug`).
    /// Logs never hold personal data: no addresses, bodies, queries or paths with values.
    #[arg(long, env = "HALL_LOG_FORMAT", default_value = "text", global = true)]
    log_format: LogFormat,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LogFormat {
    Json,
    Text,
}

#[derive(Subcommand)]
enum Command {
    /// Replace the catalogue in the data directory's database with the demo data (or the
    /// census-scale synthetic dataset). The new database is built beside the old one and
    /// moved into place at the end; stop a running server first.
    Seed {
        /// Generate the synthetic national dataset (3,058 halls, ≈514,000 hall-items) for
        /// benchmarks, instead of the demo data.
        #[arg(long)]
        national: bool,
        /// Do nothing when the database already holds a catalogue this build can read
        /// (any dataset); seed when it is missing, empty or from an older build.
        #[arg(long)]
        unless_current: bool,
        /// Directory holding the SQLite database (created if missing).
        #[arg(long, env = "HALL_DATA_DIR", default_value = "data")]
        data_dir: PathBuf,
        /// Seed this PostgreSQL database (postgres://user:password@host/db) instead of the
        /// data directory, in one transaction. Restart the API servers afterwards.
        #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
        database_url: Option<String>,
    },
    /// The holiday calendar: public holidays and swapped working days, per year. Days of a
    /// year not imported are not bookable.
    Calendar {
        #[command(subcommand)]
        command: CalendarCommand,
    },
    /// Serve the public API under /api/v1 and, with --dist, the built app on the same port.
    Serve {
        /// Address to listen on.
        #[arg(long, env = "HALL_ADDR", default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Directory holding the SQLite database (seed it first).
        #[arg(long, env = "HALL_DATA_DIR", default_value = "data")]
        data_dir: PathBuf,
        /// The app built by Trunk (usually dist/); paths that are not files get index.html,
        /// so deep links work. Without it, only the API is served.
        #[arg(long, env = "HALL_DIST")]
        dist: Option<PathBuf>,
        /// The server key that encrypts personal data at rest (created on first run,
        /// readable by the server's user only). Default: <data-dir>/secret.key. Back it up
        /// with the bookings database: without it, stored mobile numbers are unreadable.
        #[arg(long, env = "HALL_KEY_FILE")]
        key_file: Option<PathBuf>,
        /// Booking writes (book, cancel, reschedule) one client address may send at once;
        /// after that, one more every 6 seconds.
        #[arg(long, env = "HALL_WRITE_BURST", default_value_t = 10)]
        write_burst: u32,
        /// Lookups (an appointment by its token, an application by its verifier) one
        /// client address may send at once; after that, one more every 2 seconds.
        #[arg(long, env = "HALL_LOOKUP_BURST", default_value_t = 30)]
        lookup_burst: u32,
        /// Staff API writes (with the right token) one client address may send at once;
        /// after that, two more a second.
        #[arg(long, env = "HALL_STAFF_WRITE_BURST", default_value_t = 120)]
        staff_write_burst: u32,
        /// The bearer token of the staff API (creating applications, adding status events);
        /// at least 32 characters. Without it the staff API refuses every request.
        #[arg(long, env = "HALL_STAFF_TOKEN", hide_env_values = true)]
        staff_token: Option<String>,
        /// Origins allowed to embed the guide in an iframe (`?embed=1`), space- or
        /// comma-separated, e.g. "https://portal.example.gov.cn". The site itself always may.
        #[arg(long, env = "HALL_FRAME_ANCESTORS", default_value = "")]
        frame_ancestors: String,
        /// Origins whose pages may call the API from a browser (CORS), space- or
        /// comma-separated. Default: none, only the site itself.
        #[arg(long, env = "HALL_CORS_ORIGINS", default_value = "")]
        cors_origins: String,
        /// Count rate limits against the last address in X-Forwarded-For (the one the
        /// load balancer in front added) instead of the TCP peer. Only behind such a proxy.
        #[arg(long, env = "HALL_TRUST_FORWARDED_FOR")]
        trust_forwarded_for: bool,
        /// Days after an appointment's date its personal fields (name, mobile, masked ID
        /// numbers) are erased; the booking itself (day, time, hall, item) is kept.
        #[arg(long, env = "HALL_KEEP_APPOINTMENT_DAYS", default_value_t = hall_server::retention::KEEP_APPOINTMENT_DAYS)]
        keep_appointment_days: u32,
        /// Seconds a client may take to send a request's line and headers; then the
        /// connection is closed (half-sent requests cannot pile up).
        #[arg(long, env = "HALL_HEADER_READ_TIMEOUT", default_value_t = 10)]
        header_read_timeout: u64,
        /// Open connections at most; past it the oldest idle one is closed. Default: the
        /// open-file limit less 128 (896 under systemd's default of 1,024).
        #[arg(long, env = "HALL_MAX_CONNECTIONS")]
        max_connections: Option<usize>,
        /// Use this PostgreSQL database (postgres://user:password@host/db) for the catalogue,
        /// appointments, applications and short links instead of the SQLite files in
        /// <data-dir>, so that any number of API servers can share it. Seed it first with
        /// `hall-server seed --database-url …`. The key file is still read from --key-file
        /// (default <data-dir>/secret.key): give every server the same one.
        #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
        database_url: Option<String>,
    },
}

#[derive(Subcommand)]
enum CalendarCommand {
    /// Add or replace years of the holiday calendar from a JSON file: the State Council's
    /// yearly notice typed in (format in the README). Running servers use it within 30 s.
    Import {
        file: PathBuf,
        #[arg(long, env = "HALL_DATA_DIR", default_value = "data")]
        data_dir: PathBuf,
        #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
        database_url: Option<String>,
    },
    /// Print one year of the holiday calendar as the servers use it.
    Show {
        year: i32,
        #[arg(long, env = "HALL_DATA_DIR", default_value = "data")]
        data_dir: PathBuf,
        #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
        database_url: Option<String>,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    // PostgreSQL's notices ("relation … already exists, skipping" at every start) are noise.
    let filter = EnvFilter::try_from_env("HALL_LOG").unwrap_or_else(|_| EnvFilter::new("info,sqlx::postgres::notice=warn"));
    match cli.log_format {
        LogFormat::Json => tracing_subscriber::fmt().json().flatten_event(true).with_env_filter(filter).init(),
        LogFormat::Text => tracing_subscriber::fmt().with_env_filter(filter).init(),
    }
    let result = match cli.command {
        Command::Seed { national, unless_current, data_dir, database_url } => {
            run_seed(national, unless_current, data_dir, postgres_url(database_url.as_deref())).await
        }
        Command::Calendar { command } => run_calendar(command).await,
        Command::Serve {
            addr,
            data_dir,
            dist,
            key_file,
            write_burst,
            lookup_burst,
            staff_write_burst,
            staff_token,
            frame_ancestors,
            cors_origins,
            trust_forwarded_for,
            keep_appointment_days,
            header_read_timeout,
            max_connections,
            database_url,
        } => {
            let client_address = if trust_forwarded_for { guard::ClientAddressSource::ForwardedFor } else { guard::ClientAddressSource::Peer };
            let options = FramePolicy::parse(&frame_ancestors)
                .and_then(|framing| Ok(ServeOptions { framing, cors: guard::CorsPolicy::parse(&cors_origins)?, client_address, ..ServeOptions::default() }));
            let connections = ConnectionLimits {
                header_read_timeout: std::time::Duration::from_secs(header_read_timeout.max(1)),
                max_connections: max_connections.unwrap_or_else(hall_server::connections::default_max_connections).max(1),
            };
            let upkeep = Upkeep { keep_appointment_days, connections };
            match options {
                Ok(options) => match postgres_url(database_url.as_deref()) {
                    Ok(postgres) => {
                        run_serve(addr, (data_dir, postgres), dist, key_file, (write_burst, lookup_burst, staff_write_burst), staff_token, options, upkeep)
                            .await
                    }
                    Err(message) => Err(message),
                },
                Err(message) => Err(message),
            }
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("hall-server: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `DATABASE_URL` when it names PostgreSQL; `None` when unset or empty (the SQLite files).
fn postgres_url(url: Option<&str>) -> Result<Option<String>, String> {
    match url.map(str::trim).filter(|u| !u.is_empty()) {
        None => Ok(None),
        Some(url) if db::is_postgres_url(url) => Ok(Some(url.to_owned())),
        // Never print the URL: it may hold a password.
        Some(_) => Err("DATABASE_URL must be a postgres:// URL; leave it unset to use the SQLite files in --data-dir".to_owned()),
    }
}

async fn run_seed(national: bool, unless_current: bool, data_dir: PathBuf, postgres: Result<Option<String>, String>) -> Result<(), String> {
    let postgres = postgres?;
    if unless_current && current_format(&data_dir, postgres.as_deref()).await? {
        println!("The catalogue database is current; not seeding.");
        return Ok(());
    }
    let demo = seed::demo::catalogue().map_err(|e| format!("the built-in demo data does not parse: {e}"))?;
    let (catalogue, dataset) = if national { (seed::national::generate(&demo.items), "national") } else { (demo, "demo") };
    let report = match &postgres {
        Some(url) => seed::load::seed_postgres(url, &catalogue, dataset).await,
        None => seed::seed_data_dir(&data_dir, &catalogue, dataset).await,
    }
    .map_err(|e| e.to_string())?;
    println!(
        "Seeded the {dataset} catalogue into {}: {} regions, {} items, {} halls, {} hall-items in {:.1} s.",
        report.database.display(),
        report.regions,
        report.items,
        report.halls,
        report.hall_items,
        report.elapsed.as_secs_f64()
    );
    Ok(())
}

/// Whether the catalogue database holds a catalogue in this build's record format.
async fn current_format(data_dir: &std::path::Path, postgres: Option<&str>) -> Result<bool, String> {
    let pool = match postgres {
        Some(url) => db::open_postgres(url).await.map_err(|e| format!("cannot open the PostgreSQL database in DATABASE_URL: {e}"))?,
        None => {
            let path = db::database_path(data_dir);
            if !path.exists() {
                return Ok(false);
            }
            db::open(&path).await.map_err(|e| format!("cannot open {}: {e}", path.display()))?
        }
    };
    let format = db::record_format(&pool).await.map_err(|e| e.to_string())?;
    pool.close().await;
    Ok(format.as_deref() == Some(db::RECORD_FORMAT))
}

/// Opens the bookings database where the calendar lives: the data directory's
/// `bookings.sqlite3`, or PostgreSQL.
async fn open_bookings(data_dir: &std::path::Path, database_url: Option<String>) -> Result<db::BookingsPool, String> {
    match postgres_url(database_url.as_deref())? {
        Some(url) => db::open_postgres(&url).await.map_err(|e| format!("cannot open the PostgreSQL database in DATABASE_URL: {e}")),
        None => {
            let path = db::bookings_path(data_dir);
            db::open_bookings(&path).await.map_err(|e| format!("cannot open {}: {e}", path.display()))
        }
    }
}

async fn run_calendar(command: CalendarCommand) -> Result<(), String> {
    match command {
        CalendarCommand::Import { file, data_dir, database_url } => {
            let text = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let notices = hall_server::holiday_calendar::parse(&text).map_err(|e| format!("{} is not a valid holiday calendar:\n{e}", file.display()))?;
            let bookings = open_bookings(&data_dir, database_url).await?;
            // A database that had no calendar yet keeps the shipped years too.
            hall_server::holiday_calendar::load(&bookings).await.map_err(|e| e.to_string())?;
            hall_server::holiday_calendar::import(&bookings, &notices).await.map_err(|e| e.to_string())?;
            bookings.close().await;
            let years: Vec<String> = notices.iter().map(|n| n.year.to_string()).collect();
            println!("Imported the holiday calendar for {}. Running servers use it within 30 s.", years.join(", "));
            Ok(())
        }
        CalendarCommand::Show { year, data_dir, database_url } => {
            let bookings = open_bookings(&data_dir, database_url).await?;
            hall_server::holiday_calendar::load(&bookings).await.map_err(|e| e.to_string())?;
            let notices = hall_server::holiday_calendar::notices(&bookings).await.map_err(|e| e.to_string())?;
            bookings.close().await;
            match notices.iter().find(|n| n.year == year) {
                Some(notice) => {
                    print!("{}", hall_server::holiday_calendar::describe(notice));
                    Ok(())
                }
                None => {
                    let known: Vec<String> = notices.iter().map(|n| n.year.to_string()).collect();
                    Err(format!(
                        "no holiday calendar for {year} (known: {}); its days are not bookable. Import it with: hall-server calendar import FILE",
                        known.join(", ")
                    ))
                }
            }
        }
    }
}

/// What `serve` does besides answering requests: how long personal data is kept and how
/// connections are limited.
struct Upkeep {
    keep_appointment_days: u32,
    connections: ConnectionLimits,
}

#[allow(clippy::too_many_arguments)]
async fn run_serve(
    addr: SocketAddr,
    (data_dir, postgres): (PathBuf, Option<String>),
    dist: Option<PathBuf>,
    key_file: Option<PathBuf>,
    (write_burst, lookup_burst, staff_write_burst): (u32, u32, u32),
    staff_token: Option<String>,
    options: ServeOptions,
    upkeep: Upkeep,
) -> Result<(), String> {
    if staff_token.as_ref().is_some_and(|t| t.trim().len() < 32) {
        return Err("--staff-token must be at least 32 characters".to_owned());
    }
    let (pool, bookings) = match &postgres {
        Some(url) => {
            let pool = db::open_postgres(url).await.map_err(|e| format!("cannot open the PostgreSQL database in DATABASE_URL: {e}"))?;
            if !db::is_seeded(&pool).await.map_err(|e| e.to_string())? {
                return Err("the PostgreSQL database in DATABASE_URL holds no catalogue. Seed it with: hall-server seed --database-url …".to_owned());
            }
            (pool.clone(), pool)
        }
        None => {
            let path = db::database_path(&data_dir);
            if !path.exists() {
                return Err(format!("no database at {}. Create one with: hall-server seed --data-dir {}", path.display(), data_dir.display()));
            }
            let pool = db::open(&path).await.map_err(|e| format!("cannot open {}: {e}", path.display()))?;
            if !db::is_seeded(&pool).await.map_err(|e| e.to_string())? {
                return Err(format!("the database at {} is empty. Seed it with: hall-server seed --data-dir {}", path.display(), data_dir.display()));
            }
            let bookings_path = db::bookings_path(&data_dir);
            let bookings = db::open_bookings(&bookings_path).await.map_err(|e| format!("cannot open {}: {e}", bookings_path.display()))?;
            (pool, bookings)
        }
    };
    if let Some(dist) = &dist
        && !dist.join("index.html").exists()
    {
        return Err(format!("{} has no index.html: build the app first (trunk build --release)", dist.display()));
    }
    let key_file = key_file.unwrap_or_else(|| data_dir.join("secret.key"));
    let secrets = Secrets::load_or_create(&key_file).map_err(|e| format!("cannot read or create the key file {}: {e}", key_file.display()))?;
    let defaults = Limits::default();
    let limits = Limits {
        writes: RateLimit { burst: write_burst.max(1), ..defaults.writes },
        lookups: RateLimit { burst: lookup_burst.max(1), ..defaults.lookups },
        staff_writes: RateLimit { burst: staff_write_burst.max(1), ..defaults.staff_writes },
    };
    let booking = BookingContext::configured(secrets, Clock::System, limits, staff_token.map(|t| t.trim().to_owned()));
    let state = AppState::new(pool.clone(), bookings.clone(), booking);
    state.reload_calendar().await.map_err(|e| format!("cannot read the holiday calendar: {e}"))?;
    let postgres = db::Backend::of(&pool) == db::Backend::Postgres;
    if postgres {
        state.forget_stale_catalogue().await.map_err(|e| e.to_string())?;
    }
    let watcher = state.clone();
    tokio::spawn(async move {
        // A seed may replace the catalogue under running servers (PostgreSQL), and a new
        // year of the calendar may be imported: notice either within 30 s.
        let mut every = tokio::time::interval(std::time::Duration::from_secs(30));
        loop {
            every.tick().await;
            if postgres && let Ok(true) = watcher.forget_stale_catalogue().await {
                tracing::info!("the catalogue was seeded again; cached answers emptied");
            }
            match watcher.reload_calendar().await {
                Ok(true) => {
                    tracing::info!(years = ?watcher.booking.calendar().years, "the holiday calendar changed")
                }
                Ok(false) => {}
                Err(error) => tracing::warn!(%error, "cannot read the holiday calendar"),
            }
        }
    });
    let masked = hall_server::retention::mask_stored_comments(&bookings).await.map_err(|e| e.to_string())?;
    if masked > 0 {
        tracing::info!(comments = masked, "masked numbers in stored feedback comments");
    }
    let purger = state.clone();
    let keep_days = upkeep.keep_appointment_days;
    tokio::spawn(async move {
        // Personal data is kept only as long as the README says: now, then every hour.
        let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every.tick().await;
            match hall_server::retention::purge(&purger.bookings, db::now(), purger.booking.today(), keep_days).await {
                Ok(purged) if purged != Default::default() => {
                    tracing::info!(idempotency_rows = purged.idempotency_rows, appointments = purged.appointments, "personal data past its retention erased")
                }
                Ok(_) => {}
                Err(error) => {
                    tracing::warn!(%error, "the retention purge failed; it runs again in an hour")
                }
            }
        }
    });
    // A demo catalogue gets demo applications, so that status lookup can be tried.
    let dataset: Option<String> = sqlx::query_scalar("SELECT value FROM meta WHERE key = 'dataset'").fetch_optional(&pool).await.map_err(|e| e.to_string())?;
    if dataset.as_deref() == Some("demo") {
        let seeded = hall_server::applications::seed_demo(&state).await.map_err(|e| format!("cannot seed demo applications: {:?}", e.0))?;
        if seeded > 0 {
            println!("Seeded {seeded} demo applications (DEMO-01 … DEMO-11, verifier 5678 or DEMO00).");
        }
    }
    let app = hall_server::app_with_options(state, dist.clone(), &options);
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    match dist {
        Some(_) => println!("hall-guide is running at http://{local}/ (API under /api/v1). Press Ctrl+C to stop."),
        None => println!("hall-guide API is running at http://{local}/api/v1 (no app: pass --dist). Press Ctrl+C to stop."),
    }
    hall_server::connections::serve(listener, app, upkeep.connections, options.framing.header(), shutdown_signal()).await.map_err(|e| e.to_string())?;
    // Fold the write-ahead logs back into the database files so each is complete on its own.
    if db::Backend::of(&pool) == db::Backend::Sqlite {
        for db in [&pool, &bookings] {
            let _ = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(db).await;
        }
    }
    pool.close().await;
    bookings.close().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
