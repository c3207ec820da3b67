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

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use hall_server::connections::ConnectionLimits;
use hall_server::limits::{Guards, Limits};
use hall_server::rate_limit::RateLimit;
use hall_server::store::secrets::Secrets;
use hall_server::store::{Backend, Clock, Databases, Store, calendar, db};
use hall_server::{AppState, FramePolicy, ServeOptions, guard, seed};
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
    Seed(SeedArgs),
    /// The holiday calendar: public holidays and swapped working days, per year. Days of a
    /// year not imported are not bookable.
    Calendar {
        #[command(subcommand)]
        command: CalendarCommand,
    },
    /// Serve the public API under /api/v1 and, with --dist, the built app on the same port.
    Serve(ServeArgs),
    /// Staff accounts of the console: add one (it prints a one-time password, to be
    /// changed at the first sign-in), list them, disable one.
    Staff {
        #[command(subcommand)]
        command: StaffCommand,
    },
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Add an account; prints its one-time password (shown once, never stored).
    Add {
        /// 3–40 of a-z, 0-9, '.', '_', '-'.
        #[arg(long)]
        login: String,
        /// window_staff, hall_admin, region_admin, hotline_operator or catalogue_editor.
        #[arg(long)]
        role: String,
        /// A hall the account works at (repeat for several). Not for region admins and
        /// hotline operators.
        #[arg(long = "hall")]
        halls: Vec<String>,
        /// A region admin's region code (every hall under it).
        #[arg(long)]
        region: Option<String>,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// List every account: login, role, halls or region, state.
    List {
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Disable an account and end its sessions (its row stays: the audit log names it).
    Disable {
        login: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

/// Where the data is: a data directory of SQLite files, or a PostgreSQL database.
#[derive(Args)]
struct DatabaseArgs {
    /// Directory holding the SQLite databases (created if missing; `serve` needs it seeded).
    #[arg(long, env = "HALL_DATA_DIR", default_value = "data")]
    data_dir: PathBuf,
    /// Use this PostgreSQL database (postgres://user:password@host/db) for the catalogue,
    /// appointments, applications, short links and the calendar instead of the SQLite files
    /// in <data-dir>, so that any number of API servers can share it. Seed it first with
    /// `hall-server seed --database-url …`.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    database_url: Option<String>,
}

/// The databases `DatabaseArgs` name.
enum Location {
    DataDir(PathBuf),
    Postgres(String),
}

impl DatabaseArgs {
    /// `DATABASE_URL` when it names PostgreSQL; the data directory when unset or empty.
    fn location(&self) -> anyhow::Result<Location> {
        match self.database_url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            None => Ok(Location::DataDir(self.data_dir.clone())),
            Some(url) if db::is_postgres_url(url) => Ok(Location::Postgres(url.to_owned())),
            // Never print the URL: it may hold a password.
            Some(_) => bail!("DATABASE_URL must be a postgres:// URL; leave it unset to use the SQLite files in --data-dir"),
        }
    }
}

#[derive(Args)]
struct SeedArgs {
    /// Generate the synthetic national dataset (3,058 halls, ≈514,000 hall-items) for
    /// benchmarks, instead of the demo data.
    #[arg(long)]
    national: bool,
    /// Do nothing when the database already holds a catalogue this build can read
    /// (any dataset); seed when it is missing, empty or from an older build.
    #[arg(long)]
    unless_current: bool,
    #[command(flatten)]
    database: DatabaseArgs,
}

#[derive(Subcommand)]
enum CalendarCommand {
    /// Add or replace years of the holiday calendar from a JSON file: the State Council's
    /// yearly notice typed in (format in the README). Running servers use it within 30 s.
    Import {
        file: PathBuf,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// Print one year of the holiday calendar as the servers use it.
    Show {
        year: i32,
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on (port 0: any free port; the address is printed).
    #[arg(long, env = "HALL_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    #[command(flatten)]
    database: DatabaseArgs,
    /// The app built by Trunk (usually dist/); paths that are not files get index.html,
    /// so deep links work. Without it, only the API is served.
    #[arg(long, env = "HALL_DIST")]
    dist: Option<PathBuf>,
    /// The staff console built by console/Trunk.toml (usually console/dist), served at
    /// /console/. Without it, there is no console (the console API still answers).
    #[arg(long, env = "HALL_CONSOLE_DIST")]
    console_dist: Option<PathBuf>,
    /// The server key that encrypts personal data at rest (created on first run,
    /// readable by the server's user only). Default: <data-dir>/secret.key. Back it up
    /// with the bookings database: without it, stored mobile numbers are unreadable. With
    /// PostgreSQL, give every server the same one.
    #[arg(long, env = "HALL_KEY_FILE")]
    key_file: Option<PathBuf>,
    #[command(flatten)]
    limits: LimitArgs,
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
    #[arg(long, env = "HALL_KEEP_APPOINTMENT_DAYS", default_value_t = hall_server::store::retention::KEEP_APPOINTMENT_DAYS)]
    keep_appointment_days: u32,
    /// The no-show rule: this many no-shows…
    #[arg(long, env = "HALL_NO_SHOW_LIMIT", default_value_t = hall_model::NoShowPolicy::default().limit)]
    no_show_limit: u32,
    /// …within this many days…
    #[arg(long, env = "HALL_NO_SHOW_DAYS", default_value_t = hall_model::NoShowPolicy::default().within_days)]
    no_show_days: u32,
    /// …suspend online booking for this many days after the last of them (0 no-shows
    /// limit: never).
    #[arg(long, env = "HALL_NO_SHOW_BLOCK_DAYS", default_value_t = hall_model::NoShowPolicy::default().block_days)]
    no_show_block_days: u32,
    /// Minutes after a slot ends that an appointment nobody checked in is marked a no-show.
    #[arg(long, env = "HALL_NO_SHOW_AFTER_MINUTES", default_value_t = hall_model::NoShowPolicy::default().mark_after_minutes)]
    no_show_after_minutes: u32,
    /// Seconds a client may take to send a request's line and headers; then the
    /// connection is closed (half-sent requests cannot pile up).
    #[arg(long, env = "HALL_HEADER_READ_TIMEOUT", default_value_t = 10)]
    header_read_timeout: u64,
    /// Open connections at most; past it the oldest idle one is closed. Default: the
    /// open-file limit less 256 (768 under systemd's default of 1,024).
    #[arg(long, env = "HALL_MAX_CONNECTIONS")]
    max_connections: Option<usize>,
}

/// The per-client limits of `serve`.
#[derive(Args)]
struct LimitArgs {
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
}

impl LimitArgs {
    fn limits(&self) -> Limits {
        let defaults = Limits::default();
        Limits {
            writes: RateLimit { burst: self.write_burst.max(1), ..defaults.writes },
            lookups: RateLimit { burst: self.lookup_burst.max(1), ..defaults.lookups },
            staff_writes: RateLimit { burst: self.staff_write_burst.max(1), ..defaults.staff_writes },
        }
    }
}

/// Everything `serve` was told, checked.
struct Config {
    addr: SocketAddr,
    location: Location,
    dist: Option<PathBuf>,
    key_file: PathBuf,
    limits: Limits,
    staff_token: Option<String>,
    options: ServeOptions,
    /// How long personal data is kept.
    keep_appointment_days: u32,
    no_shows: hall_model::NoShowPolicy,
    connections: ConnectionLimits,
}

impl ServeArgs {
    fn config(self) -> anyhow::Result<Config> {
        let staff_token = self.staff_token.map(|t| t.trim().to_owned());
        if staff_token.as_ref().is_some_and(|t| t.len() < 32) {
            bail!("--staff-token must be at least 32 characters");
        }
        let client_address = if self.trust_forwarded_for { guard::ClientAddressSource::ForwardedFor } else { guard::ClientAddressSource::Peer };
        let framing = FramePolicy::parse(&self.frame_ancestors).map_err(anyhow::Error::msg)?;
        let cors = guard::CorsPolicy::parse(&self.cors_origins).map_err(anyhow::Error::msg)?;
        let connections = ConnectionLimits {
            header_read_timeout: std::time::Duration::from_secs(self.header_read_timeout.max(1)),
            max_connections: self.max_connections.unwrap_or_else(hall_server::connections::default_max_connections).max(1),
        };
        Ok(Config {
            addr: self.addr,
            location: self.database.location()?,
            dist: self.dist,
            key_file: self.key_file.unwrap_or_else(|| self.database.data_dir.join("secret.key")),
            limits: self.limits.limits(),
            staff_token,
            options: ServeOptions { framing, cors, client_address, console: self.console_dist, ..ServeOptions::default() },
            keep_appointment_days: self.keep_appointment_days,
            no_shows: hall_model::NoShowPolicy {
                limit: self.no_show_limit,
                within_days: self.no_show_days,
                block_days: self.no_show_block_days,
                mark_after_minutes: self.no_show_after_minutes,
            },
            connections,
        })
    }
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
        Command::Seed(args) => run_seed(args).await,
        Command::Calendar { command } => run_calendar(command).await,
        Command::Staff { command } => run_staff(command).await,
        Command::Serve(args) => match args.config() {
            Ok(config) => run_serve(config).await,
            Err(error) => Err(error),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("hall-server: {error:#}");
            ExitCode::FAILURE
        }
    }
}

const POSTGRES: &str = "cannot open the PostgreSQL database in DATABASE_URL";

async fn run_seed(args: SeedArgs) -> anyhow::Result<()> {
    let location = args.database.location()?;
    if args.unless_current && current_format(&location).await? {
        println!("The catalogue database is current; not seeding.");
        return Ok(());
    }
    let demo = seed::demo::catalogue().context("the built-in demo data does not parse")?;
    let (catalogue, dataset) = if args.national { (seed::national::generate(&demo.items), "national") } else { (demo, "demo") };
    let report = match &location {
        Location::Postgres(url) => seed::load::seed_postgres(url, &catalogue, dataset).await,
        Location::DataDir(data_dir) => seed::seed_data_dir(data_dir, &catalogue, dataset).await,
    }
    .map_err(|e| anyhow::anyhow!("{e}"))?;
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
async fn current_format(location: &Location) -> anyhow::Result<bool> {
    let pool = match location {
        Location::Postgres(url) => db::open_postgres(url).await.context(POSTGRES)?,
        Location::DataDir(data_dir) => {
            let path = db::database_path(data_dir);
            if !path.exists() {
                return Ok(false);
            }
            db::open(&path).await.with_context(|| format!("cannot open {}", path.display()))?
        }
    };
    let format = db::record_format(&pool).await?;
    pool.close().await;
    Ok(format.as_deref() == Some(db::RECORD_FORMAT))
}

/// Opens the bookings database where the calendar lives: the data directory's
/// `bookings.sqlite3`, or PostgreSQL.
async fn open_bookings(location: &Location) -> anyhow::Result<db::BookingsPool> {
    match location {
        Location::Postgres(url) => db::open_postgres(url).await.context(POSTGRES),
        Location::DataDir(data_dir) => {
            let path = db::bookings_path(data_dir);
            db::open_bookings(&path).await.with_context(|| format!("cannot open {}", path.display()))
        }
    }
}

async fn run_calendar(command: CalendarCommand) -> anyhow::Result<()> {
    match command {
        CalendarCommand::Import { file, database } => {
            let text = std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let notices =
                hall_server::holiday_calendar::parse(&text).map_err(|e| anyhow::anyhow!("{} is not a valid holiday calendar:\n{e}", file.display()))?;
            let bookings = open_bookings(&database.location()?).await?;
            calendar::import(&bookings, &notices).await?;
            bookings.close().await;
            let years: Vec<String> = notices.iter().map(|n| n.year.to_string()).collect();
            println!("Imported the holiday calendar for {}. Running servers use it within 30 s.", years.join(", "));
            Ok(())
        }
        CalendarCommand::Show { year, database } => {
            let bookings = open_bookings(&database.location()?).await?;
            let notices = calendar::notices(&bookings).await?;
            bookings.close().await;
            match notices.iter().find(|n| n.year == year) {
                Some(notice) => {
                    print!("{}", hall_server::holiday_calendar::describe(notice));
                    Ok(())
                }
                None => {
                    let known: Vec<String> = notices.iter().map(|n| n.year.to_string()).collect();
                    bail!(
                        "no holiday calendar for {year} (known: {}); its days are not bookable. Import it with: hall-server calendar import FILE",
                        known.join(", ")
                    )
                }
            }
        }
    }
}

async fn run_staff(command: StaffCommand) -> anyhow::Result<()> {
    let database = match &command {
        StaffCommand::Add { database, .. } | StaffCommand::List { database } | StaffCommand::Disable { database, .. } => database,
    };
    let location = database.location()?;
    let databases = open_for_serving(&location).await?;
    // Accounts need no server key: a throwaway one, so this never creates a key file.
    let store =
        Store::open(databases, Secrets::from_master(hall_server::store::secrets::random_bytes()), Clock::System).await.context("cannot open the store")?;
    match command {
        StaffCommand::Add { login, role, halls, region, .. } => {
            let Some(role) = hall_model::console::StaffRole::parse(&role) else {
                let roles: Vec<&str> = hall_model::console::StaffRole::ALL.iter().map(|r| r.as_str()).collect();
                bail!("unknown role {role}; one of: {}", roles.join(", "));
            };
            let scope = hall_model::console::StaffScope { role, halls, region };
            let password = store.add_staff(&login, &scope).await.map_err(|e| anyhow::anyhow!("cannot add {login}: {e}"))?;
            println!("Added {login} ({}). One-time password, to be changed at the first sign-in:\n\n    {password}\n", role.as_str());
        }
        StaffCommand::List { .. } => {
            let accounts = store.staff_accounts().await.map_err(|e| anyhow::anyhow!("cannot list accounts: {e}"))?;
            if accounts.is_empty() {
                println!("No staff accounts. Add the first hall admin with: hall-server staff add --login NAME --role hall_admin --hall CODE");
            }
            for a in accounts {
                let place = match (&a.scope.region, a.scope.halls.is_empty()) {
                    (Some(region), _) => format!("region {region}"),
                    (None, false) => a.scope.halls.join(","),
                    (None, true) => "every hall (read-only)".to_owned(),
                };
                let state = if a.disabled {
                    "disabled"
                } else if a.must_change_password {
                    "one-time password not changed yet"
                } else {
                    "active"
                };
                println!("{:<24} {:<17} {:<30} {state}", a.login, a.scope.role.as_str(), place);
            }
        }
        StaffCommand::Disable { login, .. } => {
            store.disable_staff(&login).await.map_err(|e| anyhow::anyhow!("cannot disable {login}: {e}"))?;
            println!("Disabled {login}; its sessions have ended.");
        }
    }
    Ok(())
}

/// The databases `serve` answers from, refused with a hint when there is no catalogue.
async fn open_for_serving(location: &Location) -> anyhow::Result<Databases> {
    match location {
        Location::Postgres(url) => {
            let databases = Databases::postgres(url).await.context(POSTGRES)?;
            if !db::is_seeded(&databases.catalogue).await? {
                bail!("the PostgreSQL database in DATABASE_URL holds no catalogue. Seed it with: hall-server seed --database-url …");
            }
            Ok(databases)
        }
        Location::DataDir(data_dir) => {
            let path = db::database_path(data_dir);
            if !path.exists() {
                bail!("no database at {}. Create one with: hall-server seed --data-dir {}", path.display(), data_dir.display());
            }
            let databases = Databases::sqlite(data_dir).await.with_context(|| format!("cannot open the databases in {}", data_dir.display()))?;
            if !db::is_seeded(&databases.catalogue).await? {
                bail!("the database at {} is empty. Seed it with: hall-server seed --data-dir {}", path.display(), data_dir.display());
            }
            Ok(databases)
        }
    }
}

async fn run_serve(config: Config) -> anyhow::Result<()> {
    let databases = open_for_serving(&config.location).await?;
    if let Some(dist) = &config.dist
        && !dist.join("index.html").exists()
    {
        bail!("{} has no index.html: build the app first (trunk build --release)", dist.display());
    }
    if let Some(console) = &config.options.console
        && !console.join("index.html").exists()
    {
        bail!("{} has no index.html: build the staff console first (scripts/setup.sh, build_console)", console.display());
    }
    let key_file = &config.key_file;
    let secrets = Secrets::load_or_create(key_file).with_context(|| format!("cannot read or create the key file {}", key_file.display()))?;
    let store = Store::open(databases, secrets, Clock::System).await.context("cannot read the holiday calendar")?.with_no_show_policy(config.no_shows);
    let postgres = store.backend() == Backend::Postgres;
    if postgres {
        store.forget_stale_catalogue().await?;
    }
    tokio::spawn(warm_search_index(store.clone()));
    tokio::spawn(watch(store.clone(), postgres));
    let masked = store.mask_stored_comments().await?;
    if masked > 0 {
        tracing::info!(comments = masked, "masked numbers in stored feedback comments");
    }
    tokio::spawn(purge_every_hour(store.clone(), config.keep_appointment_days));
    tokio::spawn(mark_no_shows_every_minute(store.clone()));
    // A demo catalogue gets demo applications, so that status lookup can be tried.
    if store.dataset().await?.as_deref() == Some("demo") {
        let seeded = store.seed_demo_applications().await.context("cannot seed demo applications")?;
        if seeded > 0 {
            println!("Seeded {seeded} demo applications (DEMO-01 … DEMO-11, verifier 5678 or DEMO00).");
        }
    }
    let state = AppState::new(store.clone(), Guards::new(config.limits, config.staff_token));
    let app = hall_server::app_with_options(state, config.dist.clone(), &config.options);
    let addr = config.addr;
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr()?;
    match config.dist {
        Some(_) if config.options.console.is_some() => {
            println!("hall-guide is running at http://{local}/ (staff console at /console/, API under /api/v1). Press Ctrl+C to stop.")
        }
        Some(_) => println!("hall-guide is running at http://{local}/ (API under /api/v1). Press Ctrl+C to stop."),
        None => println!("hall-guide API is running at http://{local}/api/v1 (no app: pass --dist). Press Ctrl+C to stop."),
    }
    hall_server::connections::serve(listener, app, config.connections, config.options.framing.header(), shutdown_signal()).await?;
    store.close().await;
    Ok(())
}

/// A seed may replace the catalogue under running servers (PostgreSQL), and a new year of
/// the calendar may be imported: notice either within 30 s.
/// Builds the national search index before the first search asks for it (at start and
/// after a new seed), so no reader waits for the build.
async fn warm_search_index(store: Store) {
    if let Err(error) = store.search_index().await {
        tracing::warn!(%error, "cannot build the search index yet; the first search will try again");
    }
}

async fn watch(store: Store, postgres: bool) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(30));
    loop {
        every.tick().await;
        if postgres && let Ok(true) = store.forget_stale_catalogue().await {
            tracing::info!("the catalogue was seeded again; cached answers emptied");
            warm_search_index(store.clone()).await;
        }
        match store.reload_calendar().await {
            Ok(true) => tracing::info!(years = ?store.calendar().years, "the holiday calendar changed"),
            Ok(false) => {}
            Err(error) => tracing::warn!(%error, "cannot read the holiday calendar"),
        }
    }
}

/// Personal data is kept only as long as the README says: purged now, then every hour.
async fn purge_every_hour(store: Store, keep_days: u32) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        every.tick().await;
        match store.purge(db::now(), store.today(), keep_days).await {
            Ok(purged) if purged != Default::default() => {
                tracing::info!(idempotency_rows = purged.idempotency_rows, appointments = purged.appointments, "personal data past its retention erased")
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "the retention purge failed; it runs again in an hour"),
        }
    }
}

/// Appointments nobody checked in are marked no-shows a while after their slot ends.
async fn mark_no_shows_every_minute(store: Store) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        every.tick().await;
        match store.mark_no_shows(db::now()).await {
            Ok(0) => {}
            Ok(marked) => tracing::info!(appointments = marked, "marked as no-shows"),
            Err(error) => tracing::warn!(%error, "marking no-shows failed; it runs again in a minute"),
        }
    }
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
