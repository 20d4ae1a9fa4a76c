//! The HTTP side of `sopimus edit`: one router, a guard in front of every
//! route, and handlers that hand the work to [`Session`].
//!
//! Nothing but the page may use the server. Every request must carry the
//! secret token as the first segment of its path (the printed address
//! has it); a `Host` other than the server's own address is refused (a
//! web page that rebinds its domain name to 127.0.0.1 still sends its own
//! name), and so is an `Origin` other than the server's (a page from
//! elsewhere that guessed nothing else). Only the embedded page, its
//! script and the named file are served; no path reaches the file system.

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use sopimus::Language;

use super::session::{Failure, Saved, Session};

/// The page, its script and its styles, built by `tools/editor/build.sh`.
const PAGE: &str = include_str!("assets/index.html");
const SCRIPT: &str = include_str!("assets/editor.js");
const STYLE: &str = include_str!("assets/editor.css");
const LICENSES: &str = include_str!("assets/THIRD-PARTY-LICENSES.txt");

/// The largest request body: an agreement at the loader's limit. A larger
/// paste is refused (413) before it is read whole.
pub(super) const MAX_BODY: usize = sopimus::MAX_INPUT_BYTES as usize;

/// How many requests may be in progress at once; more (many tabs, a
/// client that does not wait for answers) are refused with 503, so that
/// bodies waiting for a worker cannot pile up in memory.
const MAX_IN_PROGRESS: usize = 16;

/// What every handler shares.
pub(super) struct App {
    pub(super) session: Session,
    pub(super) token: String,
    /// The `Host` values the server answers to: `127.0.0.1:PORT`,
    /// `localhost:PORT`.
    pub(super) hosts: [String; 2],
    /// Requests in progress.
    pub(super) in_progress: AtomicUsize,
}

/// Counts a request as in progress for as long as it lives.
struct InProgress<'a>(&'a AtomicUsize);

impl Drop for InProgress<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The router: the guard, then the routes under `/TOKEN/`.
pub(super) fn router(app: Arc<App>) -> Router {
    let t = &app.token;
    Router::new()
        .route(&format!("/{t}/"), get(page))
        .route(&format!("/{t}/editor.js"), get(script))
        .route(&format!("/{t}/editor.css"), get(style))
        .route(&format!("/{t}/licenses.txt"), get(licenses))
        .route(&format!("/{t}/api/text"), get(text))
        .route(&format!("/{t}/api/status"), get(status))
        .route(&format!("/{t}/api/schema"), get(schema))
        .route(&format!("/{t}/api/update"), post(update))
        .route(&format!("/{t}/api/page/{{id}}"), get(page_image))
        .route(&format!("/{t}/api/save"), post(save))
        .route(&format!("/{t}/api/pdf"), post(write_pdf))
        .route(&format!("/{t}/api/xlsx"), post(write_xlsx))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(middleware::from_fn_with_state(app.clone(), guard))
        .with_state(app)
}

fn refuse(status: StatusCode, why: &str) -> Response {
    (status, format!("{why}\n")).into_response()
}

/// Refuses a request with a foreign `Host` or `Origin`, or without the
/// token; adds the headers that keep the answers private to the page.
async fn guard(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    if !host.is_some_and(|h| app.hosts.iter().any(|own| own == h)) {
        return refuse(
            StatusCode::FORBIDDEN,
            "refused: this server answers only to its own address (Host)",
        );
    }
    if let Some(origin) = headers.get(header::ORIGIN) {
        let own = origin.to_str().ok().is_some_and(|o| {
            o.strip_prefix("http://")
                .is_some_and(|h| app.hosts.iter().any(|own| own == h))
        });
        if !own {
            return refuse(
                StatusCode::FORBIDDEN,
                "refused: requests from other web pages are not answered (Origin)",
            );
        }
    }
    if !has_token(request.uri(), &app.token) {
        return refuse(
            StatusCode::FORBIDDEN,
            "refused: open the address `sopimus edit` printed, with its token",
        );
    }
    // A body announced over the limit is refused before it is read; one
    // sent without a length is cut at the limit as it is read (413 too).
    let announced = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > MAX_BODY as u64) {
        return refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            "refused: the text is larger than an agreement may be (8 MiB)",
        );
    }
    let counted = InProgress(&app.in_progress);
    if app.in_progress.fetch_add(1, Ordering::SeqCst) >= MAX_IN_PROGRESS {
        return refuse(
            StatusCode::SERVICE_UNAVAILABLE,
            "busy: too many requests at once; close other tabs of this editor",
        );
    }
    let mut response = next.run(request).await;
    drop(counted);
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // The token is in the address: never sent on to another site.
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Scripts and styles only from the server (CodeMirror adds style
    // elements); page images as blob: URLs.
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
             img-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; \
             form-action 'none'",
        ),
    );
    response
}

/// Whether the path starts with `/TOKEN/`, compared in constant time.
fn has_token(uri: &Uri, token: &str) -> bool {
    let given = uri
        .path()
        .strip_prefix('/')
        .and_then(|p| p.split_once('/'))
        .map_or("", |(first, _)| first);
    given.len() == token.len()
        && given
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

fn asset(kind: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind)], body).into_response()
}

async fn page() -> Response {
    asset("text/html; charset=utf-8", PAGE)
}

async fn script() -> Response {
    asset("text/javascript; charset=utf-8", SCRIPT)
}

async fn style() -> Response {
    asset("text/css; charset=utf-8", STYLE)
}

async fn licenses() -> Response {
    asset("text/plain; charset=utf-8", LICENSES)
}

/// Runs blocking work (reading, checking, rendering, writing) off the event
/// loop, on the runtime's bounded pool of blocking threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Response> {
    tokio::task::spawn_blocking(work).await.map_err(|_| {
        refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the work for this request failed; the file was not changed",
        )
    })
}

fn json_response(status: StatusCode, value: Value) -> Response {
    (status, axum::Json(value)).into_response()
}

fn failed(Failure(why): Failure) -> Response {
    json_response(StatusCode::UNPROCESSABLE_ENTITY, json!({ "error": why }))
}

/// A request body as text: the page sends the editor's text as it is.
fn body_text(body: Bytes) -> Result<String, Response> {
    String::from_utf8(body.to_vec())
        .map_err(|_| refuse(StatusCode::BAD_REQUEST, "the text is not UTF-8"))
}

/// The query's `key=value` pairs (the page sends only plain words and
/// hexadecimal hashes, nothing that needs decoding).
fn query<'a>(uri: &'a Uri, key: &str) -> Option<&'a str> {
    uri.query()?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

fn language(uri: &Uri, key: &str) -> Option<Language> {
    query(uri, key).and_then(Language::from_code)
}

async fn text(State(app): State<Arc<App>>) -> Response {
    let name = app.session.name();
    match blocking(move || app.session.text()).await {
        Ok(Ok(text)) => json_response(StatusCode::OK, json!({ "name": name, "text": text })),
        Ok(Err(e)) => failed(e),
        Err(r) => r,
    }
}

/// The JSON Schema of the input format, for completion in the editor.
async fn schema() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        sopimus::schema::agreement_schema(),
    )
        .into_response()
}

async fn status(State(app): State<Arc<App>>) -> Response {
    match blocking(move || app.session.changed_on_disk()).await {
        Ok(changed) => json_response(StatusCode::OK, json!({ "changed_on_disk": changed })),
        Err(r) => r,
    }
}

async fn update(State(app): State<Arc<App>>, uri: Uri, body: Bytes) -> Response {
    let text = match body_text(body) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let lang = language(&uri, "lang");
    let version = language(&uri, "version");
    // Pixels a point for PNG pages; without it, SVG.
    let scale = query(&uri, "scale").and_then(|s| s.parse::<f64>().ok());
    let have: HashSet<String> = query(&uri, "have")
        .unwrap_or("")
        .split(',')
        .filter(|h| !h.is_empty())
        .map(str::to_owned)
        .collect();
    match blocking(move || app.session.update(&text, lang, version, scale, &have)).await {
        Ok(answer) => json_response(StatusCode::OK, answer),
        Err(r) => r,
    }
}

/// A page's image, named by an answer of `update`: PNG or SVG bytes.
async fn page_image(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    match app.session.image(&id) {
        Some(image) => (
            [(header::CONTENT_TYPE, image.media_type())],
            Bytes::copy_from_slice(image.bytes()),
        )
            .into_response(),
        None => refuse(
            StatusCode::NOT_FOUND,
            "no such page now: the text changed since (ask for the pages again)",
        ),
    }
}

async fn save(State(app): State<Arc<App>>, uri: Uri, body: Bytes) -> Response {
    let text = match body_text(body) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let force = query(&uri, "force") == Some("1");
    match blocking(move || app.session.save(&text, force)).await {
        Ok(Ok(Saved::Written)) => json_response(StatusCode::OK, json!({ "saved": true })),
        Ok(Ok(Saved::Conflict)) => json_response(
            StatusCode::CONFLICT,
            json!({ "conflict": true, "error": "the file changed on disk since it was loaded" }),
        ),
        Ok(Err(e)) => failed(e),
        Err(r) => r,
    }
}

async fn write_pdf(state: State<Arc<App>>, uri: Uri, body: Bytes) -> Response {
    write(state, uri, body, false).await
}

async fn write_xlsx(state: State<Arc<App>>, uri: Uri, body: Bytes) -> Response {
    write(state, uri, body, true).await
}

async fn write(State(app): State<Arc<App>>, uri: Uri, body: Bytes, xlsx: bool) -> Response {
    let text = match body_text(body) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let version = language(&uri, "version");
    match blocking(move || app.session.write(&text, version, xlsx)).await {
        Ok(Ok(name)) => json_response(StatusCode::OK, json!({ "written": name })),
        Ok(Err(e)) => failed(e),
        Err(r) => r,
    }
}
