//! The listener: accepts connections and serves HTTP/1.1 on them with hyper, with the
//! limits `axum::serve` does not expose.
//!
//! - **Header read timeout.** A connection that has not sent a whole request head within
//!   [`ConnectionLimits::header_read_timeout`] is closed, so half-sent request lines
//!   (slowloris) cannot pile up.
//! - **A cap on open connections.** At [`ConnectionLimits::max_connections`] (by default
//!   the process's open-file limit less a reserve for the databases and files), the
//!   oldest connection with no request in flight is closed to make room, and a warning
//!   says so (at most every 10 s). Idle connections can never starve a real client; a
//!   request being answered is never cut.
//! - **hyper's own error answers in the envelope.** hyper answers a request line over
//!   64 KiB (414), too many or too large headers (431) and an unreadable request (400)
//!   itself, with an empty body and none of the security headers. [`EnvelopeIo`]
//!   replaces those answers on the wire with the JSON envelope (`uri_too_long`,
//!   `headers_too_large`, `invalid_parameter`) and the headers every answer carries.

use std::collections::BTreeMap;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::ConnectInfo;
use hall_model::{ApiError, ErrorCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tower::ServiceExt;

/// How long a client may take to send a request's head (request line and headers).
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Open files kept free for what is not a connection: database files and their logs, the
/// pool's connections to PostgreSQL, static files being sent.
const FILE_RESERVE: u64 = 256;

#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    pub header_read_timeout: Duration,
    pub max_connections: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits { header_read_timeout: HEADER_READ_TIMEOUT, max_connections: default_max_connections() }
    }
}

/// The open-file limit (raised to its hard limit first, as servers commonly do) less a
/// reserve: systemd's default of 1,024 gives 768.
pub fn default_max_connections() -> usize {
    #[cfg(unix)]
    {
        // SAFETY: getrlimit and setrlimit only read and write the struct passed.
        unsafe {
            let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
            if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 {
                if limit.rlim_cur < limit.rlim_max {
                    let raised = libc::rlimit { rlim_cur: limit.rlim_max, rlim_max: limit.rlim_max };
                    if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                        limit = raised;
                    }
                }
                let files = limit.rlim_cur;
                return files.saturating_sub(FILE_RESERVE).clamp(16, 100_000) as usize;
            }
        }
    }
    1_000
}

/// One open connection, as the cap sees it.
struct Open {
    /// Requests in flight (from the head read to the last byte of the answer).
    active: Arc<AtomicUsize>,
    close: Arc<tokio::sync::Notify>,
}

#[derive(Default)]
struct Registry {
    open: Mutex<BTreeMap<u64, Open>>,
    evicted: AtomicUsize,
    last_warning: Mutex<Option<Instant>>,
}

impl Registry {
    /// At the cap (or out of file descriptors: `force`), closes the oldest connections
    /// with nothing in flight, a tenth of the cap at once, so that the next accepts find
    /// room while those close.
    fn make_room(&self, max: usize, force: bool) {
        let open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        if open.len() < max && !force {
            return;
        }
        let batch = (max / 10).max(1);
        let mut closed = 0;
        for connection in open.values().filter(|c| c.active.load(Ordering::Acquire) == 0).take(batch) {
            connection.close.notify_one();
            closed += 1;
        }
        self.evicted.fetch_add(closed, Ordering::Relaxed);
        let mut last = self.last_warning.lock().unwrap_or_else(|e| e.into_inner());
        if last.is_none_or(|at| at.elapsed() >= Duration::from_secs(10)) {
            *last = Some(Instant::now());
            tracing::warn!(
                open = open.len(),
                max_connections = max,
                closed_idle_so_far = self.evicted.load(Ordering::Relaxed),
                found_idle = closed > 0,
                "connection cap reached: closing the oldest idle connection to make room (raise the open-file limit or --max-connections if this is real traffic)"
            );
        }
    }
}

/// Serves `app` on `listener` until `shutdown` resolves, then lets requests in flight
/// finish (at most 15 s) and returns.
pub async fn serve(listener: TcpListener, app: Router, limits: ConnectionLimits, frame_policy: String, shutdown: impl Future<Output = ()>) -> io::Result<()> {
    let registry = Arc::new(Registry::default());
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let mut next_id = 0u64;
    let envelope_headers = Arc::new(frame_policy);
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors (make room), or a connection reset before it
                    // was accepted: wait a moment rather than spin.
                    let out_of_files = matches!(error.raw_os_error(), Some(libc::EMFILE | libc::ENFILE));
                    if out_of_files {
                        // Logged by make_room, at most every 10 s.
                        registry.make_room(limits.max_connections, true);
                    } else {
                        tracing::warn!(%error, "cannot accept a connection");
                    }
                    tokio::time::sleep(Duration::from_millis(if out_of_files { 5 } else { 50 })).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        registry.make_room(limits.max_connections, false);
        next_id += 1;
        let id = next_id;
        let active = Arc::new(AtomicUsize::new(0));
        let close = Arc::new(tokio::sync::Notify::new());
        registry.open.lock().unwrap_or_else(|e| e.into_inner()).insert(id, Open { active: active.clone(), close: close.clone() });
        let (app, registry, mut stopped, policy) = (app.clone(), registry.clone(), stopped.clone(), envelope_headers.clone());
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |mut request: hyper::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(ConnectInfo(peer));
                let in_flight = InFlight::start(active.clone());
                let app = app.clone();
                async move {
                    let response = app.oneshot(request.map(axum::body::Body::new)).await?;
                    // The request counts as in flight until its answer's body is dropped
                    // (sent in full, or the connection gone).
                    Ok::<_, std::convert::Infallible>(response.map(|body| {
                        axum::body::Body::new(http_body_util::BodyExt::map_frame(body, move |frame| {
                            let _ = &in_flight;
                            frame
                        }))
                    }))
                }
            });
            let io = TokioIo::new(EnvelopeIo::new(stream, policy));
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_read_timeout)
                .serve_connection(io, service);
            tokio::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                _ = close.notified() => {}
                _ = stopped.changed() => {
                    connection.as_mut().graceful_shutdown();
                    let _ = tokio::time::timeout(Duration::from_secs(15), connection.as_mut()).await;
                }
            }
            registry.open.lock().unwrap_or_else(|e| e.into_inner()).remove(&id);
        });
    }
    drop(listener);
    let _ = stop.send(true);
    let deadline = Instant::now() + Duration::from_secs(16);
    while Instant::now() < deadline && !registry.open.lock().unwrap_or_else(|e| e.into_inner()).is_empty() {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Ok(())
}

/// Counts a request as in flight for as long as it lives.
struct InFlight(Arc<AtomicUsize>);

impl InFlight {
    fn start(active: Arc<AtomicUsize>) -> InFlight {
        active.fetch_add(1, Ordering::AcqRel);
        InFlight(active)
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A connection's stream that swaps hyper's bodiless error answers (400, 414, 431) for
/// the envelope. hyper writes such an answer as one head ending the connection, so a
/// write that is exactly such a head (`HTTP/1.1 4xx …`, `content-length: 0`, nothing
/// after the blank line) is replaced; everything else passes through unchanged.
pub struct EnvelopeIo<S> {
    inner: S,
    /// Bytes of a replacement answer not yet written.
    pending: Vec<u8>,
    frame_policy: Arc<String>,
}

impl<S> EnvelopeIo<S> {
    pub fn new(inner: S, frame_policy: Arc<String>) -> EnvelopeIo<S> {
        EnvelopeIo { inner, pending: Vec::new(), frame_policy }
    }
}

/// The envelope answer for one of hyper's own error heads, or `None` for anything else.
pub fn replacement_for(head: &[u8], frame_policy: &str) -> Option<Vec<u8>> {
    let (status, code, message, field) = if head.starts_with(b"HTTP/1.1 414 ") {
        (414, ErrorCode::UriTooLong, "the request's address is longer than 64 KiB", None)
    } else if head.starts_with(b"HTTP/1.1 431 ") {
        (431, ErrorCode::HeadersTooLarge, "the request has too many headers, or headers too large", None)
    } else if head.starts_with(b"HTTP/1.1 400 ") {
        (400, ErrorCode::InvalidParameter, "the request could not be read as HTTP", Some("request"))
    } else {
        return None;
    };
    let text = std::str::from_utf8(head).ok()?.to_ascii_lowercase();
    if !text.ends_with("\r\n\r\n") || !text.contains("\r\ncontent-length: 0\r\n") {
        return None;
    }
    let error = match field {
        Some(field) => ApiError::invalid_parameter(field, message),
        None => ApiError::new(code, message),
    };
    let body = serde_json::to_string(&error).ok()?;
    let reason = match status {
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        _ => "Bad Request",
    };
    let mut out = format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {}\r\ncache-control: no-store\r\nconnection: close\r\n\
         x-content-type-options: nosniff\r\nreferrer-policy: same-origin\r\npermissions-policy: camera=(), microphone=(), geolocation=(self)\r\n\
         content-security-policy: {frame_policy}\r\n\r\n",
        body.len()
    );
    out.push_str(&body);
    Some(out.into_bytes())
}

impl<S: AsyncWrite + Unpin> EnvelopeIo<S> {
    /// Writes what is left of a replacement answer; `Ready(Ok)` once all of it is out.
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while !self.pending.is_empty() {
            match Pin::new(&mut self.inner).poll_write(cx, &self.pending) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Err(io::ErrorKind::WriteZero.into())),
                Poll::Ready(Ok(n)) => {
                    self.pending.drain(..n);
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for EnvelopeIo<S> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for EnvelopeIo<S> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        match this.drain(cx) {
            Poll::Ready(Ok(())) => {}
            Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
            Poll::Pending => return Poll::Pending,
        }
        if buf.len() < 1024
            && let Some(replacement) = replacement_for(buf, &this.frame_policy)
        {
            this.pending = replacement;
            // The head counts as written; the replacement goes out now or on flush.
            if let Poll::Ready(Err(e)) = this.drain(cx) {
                return Poll::Ready(Err(e));
            }
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut this.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        match this.drain(cx) {
            Poll::Ready(Ok(())) => Pin::new(&mut this.inner).poll_flush(cx),
            other => other,
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        match this.drain(cx) {
            Poll::Ready(Ok(())) => Pin::new(&mut this.inner).poll_shutdown(cx),
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hypers_bodiless_error_heads_are_replaced() {
        let head = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: Tue, 01 Dec 2026 10:00:00 GMT\r\n\r\n";
        let answer = String::from_utf8(replacement_for(head, "frame-ancestors 'self'").unwrap()).unwrap();
        assert!(answer.starts_with("HTTP/1.1 431 "));
        assert!(answer.contains("x-content-type-options: nosniff\r\n") && answer.contains("content-security-policy: frame-ancestors 'self'\r\n"));
        assert!(answer.ends_with(r#"{"error":{"code":"headers_too_large","message":"the request has too many headers, or headers too large"}}"#));
        let own = b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(replacement_for(own, ""), None, "an answer of the app's own");
        let with_body = b"HTTP/1.1 414 URI Too Long\r\ncontent-length: 5\r\n\r\n";
        assert_eq!(replacement_for(with_body, ""), None);
    }
}
