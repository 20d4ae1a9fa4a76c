//! `sopimus edit` in a real browser: Debian's headless Chromium driven
//! through WebDriver (`chromedriver`), spoken to with the same small HTTP
//! client as the server tests. Skipped, and named so, where Chromium is
//! missing; `.ci/run` installs it and sets `SOPIMUS_BROWSER_TESTS=1`, which
//! turns a missing browser into a failure.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::{Editor, read_answer};

const CHROMIUM: &str = "/usr/bin/chromium";
const DRIVER: &str = "/usr/bin/chromedriver";

/// A WebDriver session on a chromedriver of its own, ended when dropped.
struct Browser {
    driver: Child,
    port: u16,
    session: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn start() -> Browser {
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let driver = Command::new(DRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver runs");
        let profile = tempfile::tempdir().unwrap();
        let mut browser = Browser {
            driver,
            port,
            session: String::new(),
            _profile: profile,
        };
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let args = json!([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=1400,900",
            format!("--user-data-dir={}", browser._profile.path().display()),
        ]);
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": CHROMIUM, "args": args },
        }}});
        let answer = browser.request("POST", "/session", Some(&caps));
        browser.session = answer["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("a WebDriver session: {answer}"))
            .to_owned();
        browser
    }

    fn request(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        use std::io::Write;
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        let body = body.map(Value::to_string).unwrap_or_default();
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            self.port,
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body.as_bytes()).unwrap();
        let answer = read_answer(&mut stream);
        serde_json::from_str(&answer.body).unwrap_or_else(|e| {
            panic!(
                "WebDriver answered {} ({e}): {}",
                answer.status, answer.body
            )
        })
    }

    fn command(&self, method: &str, what: &str, body: Option<&Value>) -> Value {
        let answer = self.request(method, &format!("/session/{}/{what}", self.session), body);
        assert!(
            answer["value"].get("error").is_none(),
            "WebDriver {what}: {answer}"
        );
        answer["value"].clone()
    }

    fn open(&self, url: &str) {
        self.command("POST", "url", Some(&json!({ "url": url })));
    }

    /// Runs `script` (a function body) in the page; its return value.
    fn run(&self, script: &str) -> Value {
        self.command(
            "POST",
            "execute/sync",
            Some(&json!({ "script": script, "args": [] })),
        )
    }

    /// Waits until `script` returns true; fails with `what` after 30 s.
    fn wait_for(&self, what: &str, script: &str) {
        let started = Instant::now();
        while self.run(script) != Value::Bool(true) {
            if started.elapsed() > Duration::from_secs(30) {
                let shown = self.run(
                    "return document.getElementById('status').textContent + ' | ' \
                     + document.getElementById('findings').innerText;",
                );
                panic!("the page did not show {what} in 30 s; it shows: {shown}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Presses Ctrl and `key` in the editor, as a person would (WebDriver
    /// key actions; `\u{E009}` is Ctrl).
    fn press_ctrl(&self, key: &str) {
        self.run("window.__sopimusView.focus();");
        let actions = json!({ "actions": [{
            "type": "key",
            "id": "keyboard",
            "actions": [
                { "type": "keyDown", "value": "\u{E009}" },
                { "type": "keyDown", "value": key },
                { "type": "keyUp", "value": key },
                { "type": "keyUp", "value": "\u{E009}" },
            ],
        }]});
        self.command("POST", "actions", Some(&actions));
    }

    /// Saves a screenshot of the page as PNG when `SOPIMUS_SCREENSHOTS`
    /// names a directory (the README's pictures).
    fn screenshot(&self, name: &str) {
        let Some(dir) = std::env::var_os("SOPIMUS_SCREENSHOTS") else {
            return;
        };
        let value = self.command("GET", "screenshot", None);
        let png = base64_decode(value.as_str().expect("base64 text"));
        std::fs::write(Path::new(&dir).join(name), png).unwrap();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.request("DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Standard base64 (WebDriver's screenshots), padding allowed.
fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {c}"),
    };
    let digits: Vec<u8> = text.bytes().filter(|c| *c != b'=').map(value).collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, d)| n | u32::from(*d) << (18 - 6 * i));
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    out
}

/// Whether the browser tests can run; says why not when they cannot.
fn browser_available(test: &str) -> bool {
    let there = Path::new(CHROMIUM).exists() && Path::new(DRIVER).exists();
    if !there {
        assert!(
            std::env::var_os("SOPIMUS_BROWSER_TESTS").is_none(),
            "SOPIMUS_BROWSER_TESTS is set, but {CHROMIUM} or {DRIVER} is missing"
        );
        eprintln!(
            "edit::browser::{test}: skipped: needs chromium and chromium-driver, run by .ci/run"
        );
    }
    there
}

/// The walk through the page: open it, type a wrong business ID
/// and see its finding at its line, switch the findings' language, fix it
/// and see the page's new text, save with Ctrl-S and compare the file,
/// change the file on disk and see the warning.
#[test]
fn the_page_at_work_in_chromium() {
    if !browser_available("the_page_at_work_in_chromium") {
        return;
    }
    let editor = Editor::start("browser", "tests/data/valid/minimal.toml");
    let browser = Browser::start();
    browser.open(&format!(
        "http://127.0.0.1:{}/{}/",
        editor.port, editor.token
    ));
    browser.wait_for(
        "the text and its pages",
        "return window.__sopimusView && window.__sopimusView.state.doc.length > 100 \
         && document.querySelectorAll('#pages img').length > 1 \
         && document.getElementById('summary').textContent === 'No findings';",
    );
    browser.screenshot("edit-valid.png");

    // A wrong check digit on line 43 (Bkunta's business ID).
    let line = editor
        .text_on_disk()
        .lines()
        .position(|l| l.contains("0145801-3"))
        .unwrap()
        + 1;
    let put = |from: &str, to: &str| {
        browser.run(&format!(
            "const v = window.__sopimusView; const t = v.state.doc.toString(); \
             const at = t.indexOf('{from}'); \
             v.dispatch({{ changes: {{ from: at, to: at + {len}, insert: '{to}' }} }}); return at;",
            len = from.encode_utf16().count()
        ))
    };
    put("0145801-3", "0145801-4");
    browser.wait_for(
        "the finding at its line",
        &format!(
            "const li = document.querySelector('#findings li.error'); \
             return !!li && li.textContent.includes(' {line}:') && li.textContent.includes('check digit');"
        ),
    );
    // Clicking it selects its place, underlined in the text.
    browser.run("document.querySelector('#findings li.error').click();");
    browser.wait_for(
        "the place of the finding, underlined",
        &format!(
            "const v = window.__sopimusView; \
             return v.state.doc.lineAt(v.state.selection.main.head).number === {line} \
             && document.querySelectorAll('.cm-lintRange-error').length === 1;"
        ),
    );
    browser.wait_for(
        "the unsaved mark",
        "return !document.getElementById('dirty').hidden;",
    );
    browser.screenshot("edit-finding.png");

    // The findings in Finnish.
    browser.run(
        "const s = document.getElementById('lang'); s.value = 'fi'; \
         s.dispatchEvent(new Event('change'));",
    );
    browser.wait_for(
        "the finding in Finnish",
        "const li = document.querySelector('#findings li.error'); \
         return !!li && li.textContent.includes('tarkistusnumero');",
    );

    // Fixed, and the title changed: the first page shows the new text.
    put("0145801-4", "0145801-3");
    let first = browser.run("return document.querySelector('#pages img').dataset.hash;");
    put(
        "Esimerkkialueen yhteistyösopimus",
        "Toinen yhteistyösopimus",
    );
    browser.wait_for(
        "the new first page",
        &format!(
            "return document.getElementById('summary').textContent === 'No findings' \
             && document.querySelector('#pages img').dataset.hash !== {first};"
        ),
    );

    // Ctrl-S: the file is the editor's text.
    browser.press_ctrl("s");
    browser.wait_for(
        "the saved state",
        "return document.getElementById('dirty').hidden;",
    );
    let text = browser.run("return window.__sopimusView.state.doc.toString();");
    assert_eq!(editor.text_on_disk(), text.as_str().unwrap());
    assert!(editor.text_on_disk().contains("Toinen yhteistyösopimus"));

    // Another program changes the file: the page says so.
    std::fs::write(&editor.file, format!("{}# theirs\n", editor.text_on_disk())).unwrap();
    browser.wait_for(
        "the warning of a change on disk",
        "return !document.getElementById('conflict').hidden;",
    );
    browser.screenshot("edit-conflict.png");

    // A request without the token is refused, also from the page itself.
    let refused = browser.run(
        "const x = new XMLHttpRequest(); x.open('GET', '/api/text', false); x.send(); return x.status;",
    );
    assert_eq!(refused, 403);
}
