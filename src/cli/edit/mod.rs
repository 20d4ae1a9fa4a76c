//! `sopimus edit FILE`: the agreement in the browser, with its findings and
//! pages as it is typed.
//!
//! A local HTTP server (axum on a single-threaded tokio runtime) serves one
//! embedded page (CodeMirror 6, built by `tools/editor/build.sh`) and an API
//! over one [`session::Session`]: the named file and its warm renderer. It
//! listens on 127.0.0.1 only; see [`server`] for what it refuses.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use super::UNREADABLE;

mod server;
mod session;

/// The command's options.
#[derive(clap::Args, Debug)]
pub(super) struct EditArgs {
    /// The port to listen on, on 127.0.0.1; by default one the system
    /// chooses.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Open the address in the web browser (`xdg-open`, `open` on macOS).
    #[arg(long)]
    open: bool,
}

/// How many threads check and render at once: requests beyond them wait,
/// so that many tabs or a burst of edits cannot take every core.
const WORKERS: usize = 2;

/// How long Ctrl-C waits for requests in progress (a save) to finish.
const STOP_GRACE: Duration = Duration::from_secs(3);

/// Serves `file` until Ctrl-C (or SIGTERM). Returns an exit code only when
/// it cannot start or the server fails.
pub(super) fn run(file: &Path, args: &EditArgs) -> Result<(), u8> {
    if super::is_stdin(file) {
        eprintln!("error: `edit` saves to a file; give the file's name, not `-`");
        return Err(UNREADABLE);
    }
    let session = session::Session::open(file, sopimus::Renderer::new()).map_err(|e| {
        eprintln!("error: {e}");
        UNREADABLE
    })?;
    let listener = std::net::TcpListener::bind(("127.0.0.1", args.port))
        .and_then(|l| l.set_nonblocking(true).map(|()| l))
        .map_err(|e| {
            eprintln!("error: cannot listen on 127.0.0.1:{}: {e}", args.port);
            UNREADABLE
        })?;
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(args.port);
    let token = token().map_err(|e| {
        eprintln!("error: no random numbers for the token: {e}");
        UNREADABLE
    })?;
    let address = format!("http://127.0.0.1:{port}/{token}/");
    let app = Arc::new(server::App {
        session,
        token,
        hosts: [format!("127.0.0.1:{port}"), format!("localhost:{port}")],
        in_progress: std::sync::atomic::AtomicUsize::new(0),
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .max_blocking_threads(WORKERS)
        .build()
        .map_err(|e| {
            eprintln!("error: cannot start the server: {e}");
            UNREADABLE
        })?;
    let served = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        outln!("{address}");
        eprintln!(
            "editing {} at the address above (only this computer can open it; Ctrl-C to stop)",
            file.display()
        );
        if args.open {
            open_browser(&address);
        }
        axum::serve(listener, server::router(app))
            .with_graceful_shutdown(stop_signal())
            .await
    });
    // A request still running after the grace (a render) is dropped; a
    // save is an atomic rename, so the file is whole either way.
    runtime.shutdown_timeout(STOP_GRACE);
    match served {
        Ok(()) => {
            eprintln!("stopped; the file holds what was last saved");
            Ok(())
        }
        Err(e) => {
            eprintln!("error: the server failed: {e}");
            Err(UNREADABLE)
        }
    }
}

/// 128 random bits, as 32 hexadecimal digits.
fn token() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Completes on Ctrl-C, or on SIGTERM where there is one; the server then
/// stops taking requests, finishes those in progress and ends.
async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    // Browsers keep idle connections open; the grace bounds the wait.
    tokio::spawn(async {
        tokio::time::sleep(STOP_GRACE).await;
        eprintln!("stopped (connections still open were closed)");
        std::process::exit(0);
    });
}

/// Opens the address in the desktop's browser; says so when it cannot.
fn open_browser(address: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let spawned = std::process::Command::new(opener)
        .arg(address)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(e) = spawned {
        eprintln!("could not open a browser ({opener}: {e}); open the address above");
    }
}
