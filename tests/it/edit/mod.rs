//! `sopimus edit` without a browser: the program is started on a copy of an
//! agreement and spoken to over HTTP/1.1 on loopback, as the page would
//! (and as a hostile page or a stray client would).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::common::{crate_path, scratch_in};

/// A running `sopimus edit`, stopped when dropped.
struct Editor {
    child: Child,
    port: u16,
    token: String,
    file: PathBuf,
}

/// An HTTP answer: status and body.
struct Answer {
    status: u16,
    body: String,
    /// The body as bytes (an image).
    bytes: Vec<u8>,
}

impl Answer {
    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

impl Editor {
    /// Starts the program on a copy of `fixture` in a scratch directory of
    /// the test's own.
    fn start(name: &str, fixture: &str) -> Editor {
        let dir = scratch_in("edit", name);
        let file = dir.join(Path::new(fixture).file_name().unwrap());
        std::fs::copy(crate_path(fixture), &file).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_sopimus"))
            .args(["edit", file.to_str().unwrap()])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the program runs");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        // `http://127.0.0.1:PORT/TOKEN/`
        let rest = line
            .trim()
            .strip_prefix("http://127.0.0.1:")
            .unwrap_or_else(|| panic!("an address on loopback, not {line:?}"));
        let (port, token) = rest.split_once('/').unwrap();
        Editor {
            child,
            port: port.parse().unwrap(),
            token: token.trim_end_matches('/').to_owned(),
            file,
        }
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// A request with the given `Host` and extra header lines.
    fn raw(&self, method: &str, path: &str, host: &str, extra: &str, body: &[u8]) -> Answer {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {host}\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        // The server may answer (and close) before reading a refused body.
        let _ = stream.write_all(body);
        read_answer(&mut stream)
    }

    /// A request as the page makes it: own host, under the token.
    fn call(&self, method: &str, api: &str, body: &str) -> Answer {
        let path = format!("/{}/{api}", self.token);
        self.raw(method, &path, &self.host(), "", body.as_bytes())
    }

    fn text_on_disk(&self) -> String {
        std::fs::read_to_string(&self.file).unwrap()
    }
}

impl Drop for Editor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads one answer: the head, then as many bytes as `Content-Length` says
/// (chromedriver keeps the connection open), or to the end.
fn read_answer(stream: &mut TcpStream) -> Answer {
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 64 * 1024];
    let mut wanted = None;
    loop {
        if wanted.is_none()
            && let Some(end) = bytes.windows(4).position(|w| w == b"\r\n\r\n")
        {
            let head = String::from_utf8_lossy(&bytes[..end]).to_ascii_lowercase();
            wanted = Some(
                head.lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|n| n.trim().parse::<usize>().ok())
                    .map_or(usize::MAX, |n| end + 4 + n),
            );
        }
        if wanted.is_some_and(|w| bytes.len() >= w) {
            break;
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => bytes.extend_from_slice(&buffer[..n]),
        }
    }
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("an HTTP answer, not {text:?}"));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("a status line, not {head:?}"));
    let start = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map_or(bytes.len(), |end| end + 4);
    Answer {
        status,
        body: body.to_owned(),
        bytes: bytes[start..].to_vec(),
    }
}

#[test]
fn every_request_needs_the_token() {
    let editor = Editor::start("token", "tests/data/valid/minimal.toml");
    let page = editor.call("GET", "", "");
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("editor.js"), "{}", page.body);
    let host = editor.host();
    for path in [
        "/".to_owned(),
        "/api/text".to_owned(),
        "/editor.js".to_owned(),
        format!("/{}x/api/text", editor.token),
        format!("/{}/api/text", &editor.token[1..]),
        format!("/api/text?token={}", editor.token),
    ] {
        let answer = editor.raw("GET", &path, &host, "", b"");
        assert_eq!(answer.status, 403, "{path}: {}", answer.body);
        assert!(!answer.body.contains("[meta]"), "{path}: {}", answer.body);
    }
    let text = editor.call("GET", "api/text", "");
    assert_eq!(text.status, 200);
    assert_eq!(text.json()["text"], editor.text_on_disk());
}

#[test]
fn a_foreign_host_or_origin_is_refused() {
    let editor = Editor::start("origin", "tests/data/valid/minimal.toml");
    let path = format!("/{}/api/text", editor.token);
    let port = editor.port;
    // DNS rebinding: a page of another name that resolves to 127.0.0.1.
    for host in [
        format!("evil.example:{port}"),
        "127.0.0.1".to_owned(),
        format!("127.0.0.1:{}", port.wrapping_add(1)),
    ] {
        let answer = editor.raw("GET", &path, &host, "", b"");
        assert_eq!(answer.status, 403, "{host}: {}", answer.body);
    }
    for origin in [
        "http://evil.example".to_owned(),
        format!("http://evil.example:{port}"),
        "null".to_owned(),
        format!("https://127.0.0.1:{port}"),
    ] {
        let header = format!("Origin: {origin}\r\n");
        let answer = editor.raw(
            "POST",
            &format!("/{}/api/save", editor.token),
            &editor.host(),
            &header,
            b"stolen",
        );
        assert_eq!(answer.status, 403, "{origin}: {}", answer.body);
    }
    assert!(
        editor.text_on_disk().contains("[meta]"),
        "the file is untouched"
    );
    // The page's own origin, by either name.
    for own in [
        format!("http://127.0.0.1:{port}"),
        format!("http://localhost:{port}"),
    ] {
        let header = format!("Origin: {own}\r\n");
        let answer = editor.raw("GET", &path, &editor.host(), &header, b"");
        assert_eq!(answer.status, 200, "{own}: {}", answer.body);
    }
    let answer = editor.raw("GET", &path, &format!("localhost:{port}"), "", b"");
    assert_eq!(answer.status, 200, "{}", answer.body);
}

#[test]
fn no_path_reaches_the_file_system() {
    let editor = Editor::start("paths", "tests/data/valid/minimal.toml");
    for api in [
        "../Cargo.toml",
        "api/../../Cargo.toml",
        "minimal.toml",
        "%2e%2e/Cargo.toml",
        "assets/editor.js",
        // A page's image is looked up by its id among the last answers'.
        "api/page/..%2F..%2FCargo.toml",
        "api/page/minimal.toml",
    ] {
        let answer = editor.call("GET", api, "");
        assert_eq!(answer.status, 404, "{api}: {}", answer.body);
    }
}

#[test]
fn save_writes_the_file_atomically_and_keeps_a_change_on_disk() {
    let editor = Editor::start("save", "tests/data/valid/minimal.toml");
    let original = editor.text_on_disk();
    let edited = original.replacen("[meta]", "# edited\n[meta]", 1);
    let answer = editor.call("POST", "api/save", &edited);
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(editor.text_on_disk(), edited);
    // Written by a rename: nothing but the file is left in its directory.
    let dir = editor.file.parent().unwrap();
    let names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, [editor.file.file_name().unwrap()], "{names:?}");

    // Another program changes the file: a save is refused, the file kept.
    let theirs = format!("{edited}# theirs\n");
    std::fs::write(&editor.file, &theirs).unwrap();
    assert_eq!(
        editor.call("GET", "api/status", "").json()["changed_on_disk"],
        true
    );
    let answer = editor.call("POST", "api/save", &original);
    assert_eq!(answer.status, 409, "{}", answer.body);
    assert_eq!(answer.json()["conflict"], true);
    assert_eq!(editor.text_on_disk(), theirs);
    // Keep mine: a forced save.
    let answer = editor.call("POST", "api/save?force=1", &original);
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(editor.text_on_disk(), original);
    assert_eq!(
        editor.call("GET", "api/status", "").json()["changed_on_disk"],
        false
    );

    // Reload: the text on disk becomes the version loaded.
    std::fs::write(&editor.file, &theirs).unwrap();
    assert_eq!(editor.call("GET", "api/text", "").json()["text"], theirs);
    assert_eq!(editor.call("POST", "api/save", &edited).status, 200);
    assert_eq!(editor.text_on_disk(), edited);
}

#[test]
fn a_text_that_does_not_parse_gets_findings_and_can_be_saved() {
    let editor = Editor::start("unparsed", "tests/data/valid/minimal.toml");
    let broken = "[meta\ntitle = \"x\"\n";
    let answer = editor.call("POST", "api/update", broken);
    assert_eq!(answer.status, 200, "{}", answer.body);
    let json = answer.json();
    assert_eq!(json["readable"], false, "{json}");
    assert_eq!(json["findings"][0]["line"], 1, "{json}");
    assert!(json["pages"].is_null(), "{json}");
    // Not lost: saved as it is.
    assert_eq!(editor.call("POST", "api/save", broken).status, 200);
    assert_eq!(editor.text_on_disk(), broken);
    // Not UTF-8: refused, the file kept.
    let answer = editor.raw(
        "POST",
        &format!("/{}/api/update", editor.token),
        &editor.host(),
        "",
        b"title = \"\xff\"",
    );
    assert_eq!(answer.status, 400, "{}", answer.body);
}

#[test]
fn findings_come_with_their_place_in_the_language_asked_for() {
    let editor = Editor::start(
        "findings",
        "tests/data/invalid/business-id-check-digit.toml",
    );
    let text = editor.text_on_disk();
    let json = editor.call("POST", "api/update", &text).json();
    assert_eq!(json["valid"], false, "{json}");
    let finding = &json["findings"][0];
    assert_eq!(finding["code"], "business-id-check-digit", "{json}");
    assert_eq!(
        (finding["line"].as_u64(), finding["column"].as_u64()),
        (Some(41), Some(15))
    );
    assert!(
        finding["message"].as_str().unwrap().contains("check digit"),
        "{json}"
    );
    let finnish = editor.call("POST", "api/update?lang=fi", &text).json();
    assert!(
        finnish["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("tarkistusnumero"),
        "{finnish}"
    );
}

#[test]
fn pages_are_sent_only_when_they_changed() {
    let editor = Editor::start("pages", "tests/data/valid/minimal.toml");
    let text = editor.text_on_disk();
    let first = editor.call("POST", "api/update", &text).json();
    assert_eq!(first["valid"], true, "{first}");
    let pages = first["pages"].as_array().expect("pages").clone();
    assert!(pages.len() > 1, "{first}");
    let hashes: Vec<&str> = pages.iter().map(|p| p["hash"].as_str().unwrap()).collect();
    // Without a scale, SVG images, each fetched by its id.
    for (page, id) in pages.iter().zip(&hashes) {
        assert_eq!(page["image"], "image/svg+xml", "{id}");
        let image = editor.call("GET", &format!("api/page/{id}"), "");
        assert_eq!(image.status, 200, "{id}");
        assert!(image.body.starts_with("<svg"), "{id}");
    }
    let unknown = editor.call("GET", &format!("api/page/{}", "0".repeat(32)), "");
    assert_eq!(unknown.status, 404);
    // The page has them all: none is sent again.
    let again = editor
        .call(
            "POST",
            &format!("api/update?have={}", hashes.join(",")),
            &text,
        )
        .json();
    let again_pages = again["pages"].as_array().unwrap();
    assert_eq!(again_pages.len(), pages.len());
    assert!(again_pages.iter().all(|p| p["image"].is_null()), "{again}");
    // A change of the title: the pages that show it are sent, not all.
    let changed_text = text.replacen("title = \"", "title = \"Muutettu ", 1);
    assert_ne!(changed_text, text, "the fixture has a title");
    let changed = editor
        .call(
            "POST",
            &format!("api/update?have={}", hashes.join(",")),
            &changed_text,
        )
        .json();
    let sent = changed["pages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["image"].is_string())
        .count();
    assert!(
        sent >= 1 && sent < pages.len(),
        "{sent} of {} pages sent",
        pages.len()
    );
}

/// The page asks for PNG images at the scale its pages take on screen:
/// each page comes as a PNG of that width, with an id that names the
/// scale, so that a page drawn at another scale is sent again.
#[test]
fn pages_come_as_png_at_the_scale_asked() {
    let editor = Editor::start("png", "tests/data/valid/minimal.toml");
    let text = editor.text_on_disk();
    let ids = |answer: &serde_json::Value| -> Vec<String> {
        answer["pages"]
            .as_array()
            .expect("pages")
            .iter()
            .map(|p| p["hash"].as_str().unwrap().to_owned())
            .collect()
    };
    let first = editor.call("POST", "api/update?scale=1.5", &text).json();
    assert_eq!(first["valid"], true, "{first}");
    // A page's width in pixels at `scale`, the end of its id.
    let pixels = |page: &serde_json::Value, scale: f64| {
        format!("-{}", (page["width"].as_f64().unwrap() * scale).round())
    };
    for page in first["pages"].as_array().unwrap() {
        let id = page["hash"].as_str().unwrap();
        assert_eq!(page["image"], "image/png", "{id}");
        let image = editor.call("GET", &format!("api/page/{id}"), "");
        assert_eq!(image.status, 200, "{id}");
        assert!(image.bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "{id}");
        // The width in the PNG's header is the one in the id.
        let width = u32::from_be_bytes(image.bytes[16..20].try_into().unwrap());
        assert_eq!(format!("-{width}"), pixels(page, 1.5), "{id}");
        assert!(id.ends_with(&pixels(page, 1.5)), "{id}");
    }
    assert!(ids(&first)[0].ends_with("-893"), "{:?}", ids(&first));
    let have = ids(&first).join(",");
    let again = editor
        .call("POST", &format!("api/update?scale=1.5&have={have}"), &text)
        .json();
    assert!(
        again["pages"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["image"].is_null()),
        "a page the page has was sent again"
    );
    // Sharper: every page again, at 1 191 pixels.
    let sharper = editor
        .call("POST", &format!("api/update?scale=2&have={have}"), &text)
        .json();
    for page in sharper["pages"].as_array().unwrap() {
        let id = page["hash"].as_str().unwrap();
        assert_eq!(page["image"], "image/png", "{id}");
        assert!(id.ends_with(&pixels(page, 2.0)), "{id}");
    }
    assert!(ids(&sharper)[0].ends_with("-1191"));
}

#[test]
fn a_body_over_the_limit_is_refused() {
    let editor = Editor::start("limit", "tests/data/valid/minimal.toml");
    let mut stream = TcpStream::connect(("127.0.0.1", editor.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    // Announced over the limit: refused before the body is read.
    let head = format!(
        "POST /{}/api/save HTTP/1.1\r\nHost: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        editor.token,
        editor.host(),
        sopimus::MAX_INPUT_BYTES + 1
    );
    stream.write_all(head.as_bytes()).unwrap();
    let _ = stream.write_all(&[b'#'; 4096]);
    let answer = read_answer(&mut stream);
    assert_eq!(answer.status, 413, "{}", answer.body);
    assert!(
        editor.text_on_disk().contains("[meta]"),
        "the file is untouched"
    );
}

#[test]
fn a_closed_connection_leaves_the_server_serving() {
    let editor = Editor::start("closed", "tests/data/valid/minimal.toml");
    for _ in 0..3 {
        let mut stream = TcpStream::connect(("127.0.0.1", editor.port)).unwrap();
        let head = format!(
            "POST /{}/api/update HTTP/1.1\r\nHost: {}\r\nContent-Length: 100000\r\n\r\n[meta]\n",
            editor.token,
            editor.host()
        );
        stream.write_all(head.as_bytes()).unwrap();
        drop(stream);
    }
    assert_eq!(editor.call("GET", "api/text", "").status, 200);
}

#[test]
fn pdf_and_xlsx_are_written_beside_the_file() {
    let editor = Editor::start("write", "tests/data/valid/minimal.toml");
    let text = editor.text_on_disk();
    let pdf = editor.call("POST", "api/pdf", &text);
    assert_eq!(pdf.status, 200, "{}", pdf.body);
    assert_eq!(pdf.json()["written"], "minimal.pdf");
    let bytes = std::fs::read(editor.file.with_extension("pdf")).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let xlsx = editor.call("POST", "api/xlsx", &text);
    assert_eq!(xlsx.status, 200, "{}", xlsx.body);
    let bytes = std::fs::read(editor.file.with_extension("xlsx")).unwrap();
    assert!(bytes.starts_with(b"PK"));
    // An invalid text writes nothing and says why.
    std::fs::remove_file(editor.file.with_extension("pdf")).unwrap();
    let invalid = editor.call("POST", "api/pdf", "[meta\n");
    assert_eq!(invalid.status, 422, "{}", invalid.body);
    assert!(!editor.file.with_extension("pdf").exists());
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_it_cleanly() {
    let mut editor = Editor::start("stop", "tests/data/valid/minimal.toml");
    assert_eq!(editor.call("GET", "api/text", "").status, 200);
    // A browser's idle keep-alive connection must not hold the stop up.
    let _idle = TcpStream::connect(("127.0.0.1", editor.port)).unwrap();
    let killed = Command::new("kill")
        .args(["-INT", &editor.child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = editor.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "still running after Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0));
    assert!(TcpStream::connect(("127.0.0.1", editor.port)).is_err());
}

mod browser;

/// The preview draws again only the pages whose drawing changed: after a
/// word typed into a paragraph, every page that looks as before is the
/// very image of the previous preview, and at least one page is new.
/// (typst's own page hash counts the introspection tags, which move on
/// every page after an edit: six of the 2026 example's nine pages were
/// drawn again on every edit.)
#[test]
fn a_page_that_looks_the_same_is_not_drawn_again() {
    use sopimus::render::{PreviewImage, PreviewPage};
    let source = std::fs::read_to_string(crate_path("examples/kanta-hame-2026.toml")).unwrap();
    let renderer = sopimus::Renderer::new();
    // As SVG, and as PNG (what the editor's page asks for).
    for png in [false, true] {
        let preview = |text: &str| -> Vec<PreviewPage> {
            let loaded = sopimus::load_from_reader(
                text.as_bytes(),
                sopimus::Format::Toml,
                Path::new("kanta-hame-2026.toml"),
            )
            .unwrap();
            let valid = loaded
                .agreement
                .validate()
                .unwrap_or_else(|e| panic!("{e}"));
            let options = sopimus::RenderOptions::new();
            if png {
                renderer.render_preview_png(&valid, &options, 1.5)
            } else {
                renderer.render_preview(&valid, &options)
            }
            .unwrap()
        };
        // Where the image's bytes are: the same place is the same image.
        let at = |page: &PreviewPage| match &page.image {
            PreviewImage::Svg(svg) => svg.as_ptr(),
            PreviewImage::Png { bytes, .. } => bytes.as_ptr(),
            other => panic!("{other:?}"),
        };
        let before = preview(&source);
        let after = preview(&source.replacen(
            "paragraph = \"Foorumien, ",
            "paragraph = \"Foorumien, uusi sana, ",
            1,
        ));
        assert_eq!(before.len(), after.len());
        let mut drawn_again = 0;
        for (old, new) in before.iter().zip(&after) {
            assert_eq!(
                old.image.media_type(),
                if png { "image/png" } else { "image/svg+xml" }
            );
            if old.image.bytes() == new.image.bytes() {
                assert_eq!(
                    at(old),
                    at(new),
                    "a page that looks the same was drawn again (png: {png})"
                );
                assert_eq!(old.hash, new.hash);
            } else {
                drawn_again += 1;
                assert_ne!(old.hash, new.hash);
            }
        }
        assert!(drawn_again >= 1, "the edited page was not drawn again");
        assert!(
            after
                .iter()
                .any(|p| p.texts.iter().any(|t| t.text.contains("uusi"))),
            "the new words are on no page"
        );
    }
}
