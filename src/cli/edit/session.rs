//! What `sopimus edit` does with one agreement file, without HTTP: check a
//! text, preview its pages, save it, write its PDF and XLSX. Every call
//! blocks; the server runs them off its event loop.

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use serde_json::{Value, json};
use sopimus::export::{self, ExportOptions, write_atomic};
use sopimus::render::PreviewImage;
use sopimus::{Format, Invalid, Language, LoadError, RenderOptions, Renderer, ValidatedAgreement};

/// One agreement file being edited, with its warm renderer.
pub(super) struct Session {
    file: PathBuf,
    format: Format,
    renderer: Renderer,
    /// The hash of the file's bytes as last read or written by this
    /// session: a save is refused when the file on disk no longer has it.
    /// Held while saving, so that two saves do not interleave.
    known: Mutex<Option<u64>>,
    /// The images of the pages of the last two answers, by id: the page
    /// fetches each new one right after the answer that names it
    /// ([`Session::image`]), as bytes rather than inside the JSON.
    images: Mutex<Images>,
}

/// Page images by id, each with the answer that last named it.
#[derive(Default)]
struct Images {
    answer: u64,
    by_id: HashMap<String, (u64, PreviewImage)>,
}

/// A content hash: `DefaultHasher::new` has fixed keys, so the same text
/// gives the same value within one run of the program, which is all it is
/// compared in (the page's cache of pages lives as long as the server).
fn hash(bytes: &[u8]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// What a save did.
pub(super) enum Saved {
    Written,
    /// The file changed on disk since it was loaded (or vanished).
    Conflict,
}

/// An error for the page: what went wrong, in words.
pub(super) struct Failure(pub(super) String);

impl Session {
    /// A session on `file`, whose text is read now. A file that does not
    /// parse is fine (that is what the editor is for); one that cannot be
    /// read, or is not UTF-8 text, is refused, since saving the editor's
    /// text would replace bytes it could not show.
    pub(super) fn open(file: &Path, renderer: Renderer) -> Result<Session, String> {
        let text = read(file)?;
        Ok(Session {
            file: file.to_owned(),
            format: Format::from_path(file),
            renderer,
            known: Mutex::new(Some(hash(text.as_bytes()))),
            images: Mutex::default(),
        })
    }

    /// The file's name, for the page's title.
    pub(super) fn name(&self) -> String {
        self.file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The file's text as it is on disk now; the session takes it as the
    /// version loaded (the page's "reload").
    pub(super) fn text(&self) -> Result<String, Failure> {
        let mut known = self.known.lock().unwrap_or_else(|e| e.into_inner());
        let text = read(&self.file).map_err(Failure)?;
        *known = Some(hash(text.as_bytes()));
        Ok(text)
    }

    /// Whether the file on disk differs from the version loaded or saved.
    pub(super) fn changed_on_disk(&self) -> bool {
        let known = *self.known.lock().unwrap_or_else(|e| e.into_inner());
        let now = std::fs::read(&self.file).ok().map(|b| hash(&b));
        now != known
    }

    /// Writes `text` to the file atomically, unless the file changed on
    /// disk since it was loaded and `force` is not given. Any text is
    /// saved, also one that does not parse: it is the user's work.
    pub(super) fn save(&self, text: &str, force: bool) -> Result<Saved, Failure> {
        let mut known = self.known.lock().unwrap_or_else(|e| e.into_inner());
        let now = std::fs::read(&self.file).ok().map(|b| hash(&b));
        if !force && now != *known {
            return Ok(Saved::Conflict);
        }
        write_atomic(&self.file, text.as_bytes())
            .map_err(|e| Failure(crate::cli::error_chain(&e)))?;
        *known = Some(hash(text.as_bytes()));
        Ok(Saved::Written)
    }

    /// Checks `text` and, when it is valid, lays out its pages: the
    /// findings with their places in the words of `lang` (English when
    /// `None`), and every page's id with its image unless the page already
    /// has it (`have`): a PNG image at `scale` pixels a point, or SVG when
    /// no scale is given.
    pub(super) fn update(
        &self,
        text: &str,
        lang: Option<Language>,
        version: Option<Language>,
        scale: Option<f64>,
        have: &HashSet<String>,
    ) -> Value {
        let started = Instant::now();
        let checked = self.check(text);
        let check_ms = started.elapsed().as_secs_f64() * 1e3;
        let mut answer = match &checked {
            Checked::Unreadable(e) => unreadable(e, lang),
            Checked::Invalid(report) => findings(report, lang, false),
            Checked::Valid(valid) => findings(valid.report(), lang, true),
        };
        let Checked::Valid(valid) = checked else {
            answer["timings"] = json!({ "check_ms": check_ms });
            return answer;
        };
        let languages = &valid.agreement().meta.languages;
        let version = version
            .filter(|l| languages.contains(*l))
            .unwrap_or(languages.primary());
        answer["versions"] = languages.all().iter().map(|l| l.code()).collect();
        answer["version"] = version.code().into();
        let started = Instant::now();
        let options = RenderOptions::new().language(version);
        let pages = match scale {
            Some(scale) => self.renderer.render_preview_png(&valid, &options, scale),
            None => self.renderer.render_preview(&valid, &options),
        };
        match pages {
            Ok(pages) => {
                let mut images = self.images.lock().unwrap_or_else(|e| e.into_inner());
                images.answer += 1;
                let answer_number = images.answer;
                let pages: Vec<Value> = pages
                    .iter()
                    .map(|page| {
                        // A page's id: what it draws, and as which image.
                        let id = match &page.image {
                            PreviewImage::Png { width, .. } => {
                                format!("{:032x}-{width}", page.hash)
                            }
                            _ => format!("{:032x}", page.hash),
                        };
                        images
                            .by_id
                            .insert(id.clone(), (answer_number, page.image.clone()));
                        if have.contains(&id) {
                            return json!({ "hash": id });
                        }
                        // Each run of text as [x, y, width, height, text]
                        // in points: the page finds what a click points at.
                        let texts: Vec<Value> = page
                            .texts
                            .iter()
                            .map(|t| {
                                json!([
                                    round(t.x),
                                    round(t.y),
                                    round(t.width),
                                    round(t.height),
                                    t.text
                                ])
                            })
                            .collect();
                        json!({
                            "hash": id,
                            // Its bytes: GET api/page/ID.
                            "image": page.image.media_type(),
                            "width": page.width,
                            "height": page.height,
                            "texts": texts,
                        })
                    })
                    .collect();
                // Those of the last two answers: another tab's answer may
                // come between an answer and the fetch of its images.
                images.by_id.retain(|_, (n, _)| *n + 1 >= answer_number);
                answer["pages"] = pages.into();
            }
            // `check` passed, so this is the program's fault, not the
            // user's: said plainly, never hidden.
            Err(e) => answer["render_error"] = crate::cli::error_chain(&e).into(),
        }
        answer["timings"] = json!({
            "check_ms": check_ms,
            "render_ms": started.elapsed().as_secs_f64() * 1e3,
        });
        answer
    }

    /// The image of a page named in one of the last two answers.
    pub(super) fn image(&self, id: &str) -> Option<PreviewImage> {
        let images = self.images.lock().unwrap_or_else(|e| e.into_inner());
        images.by_id.get(id).map(|(_, image)| image.clone())
    }

    /// Writes the agreement's PDF (or, with `xlsx`, the goals-and-indicators
    /// table) beside the file, from `text`; the name written.
    pub(super) fn write(
        &self,
        text: &str,
        version: Option<Language>,
        xlsx: bool,
    ) -> Result<String, Failure> {
        let Checked::Valid(valid) = self.check(text) else {
            return Err(Failure(
                "the agreement has errors: fix them first (they are listed beside the text)".into(),
            ));
        };
        let languages = &valid.agreement().meta.languages;
        let version = version
            .filter(|l| languages.contains(*l))
            .unwrap_or(languages.primary());
        let out = self.file.with_extension(if xlsx { "xlsx" } else { "pdf" });
        if out == self.file {
            return Err(Failure(format!(
                "the output `{}` would be the agreement itself",
                out.display()
            )));
        }
        let bytes = if xlsx {
            export::to_xlsx_with(&valid, &ExportOptions::in_language(version))
                .map_err(|e| Failure(crate::cli::error_chain(&e)))?
        } else {
            self.renderer
                .render(&valid, &RenderOptions::new().language(version))
                .map_err(|e| Failure(crate::cli::error_chain(&e)))?
                .pdf
        };
        write_atomic(&out, &bytes).map_err(|e| Failure(crate::cli::error_chain(&e)))?;
        Ok(out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default())
    }

    fn check(&self, text: &str) -> Checked {
        match sopimus::load_from_reader(text.as_bytes(), self.format, &self.file) {
            Err(e) => Checked::Unreadable(e),
            Ok(loaded) => match loaded.validate(&sopimus::ValidateOptions::default()) {
                Ok(valid) => Checked::Valid(Box::new(valid)),
                Err(Invalid(report)) => Checked::Invalid(report),
            },
        }
    }
}

enum Checked {
    Unreadable(LoadError),
    Invalid(sopimus::Report),
    Valid(Box<ValidatedAgreement>),
}

/// A length in points to a tenth, enough for finding a click.
fn round(pt: f64) -> f64 {
    (pt * 10.0).round() / 10.0
}

/// Reads the file as text, at most the loader's limit.
fn read(file: &Path) -> Result<String, String> {
    let bytes =
        std::fs::read(file).map_err(|e| format!("cannot read `{}`: {e}", file.display()))?;
    if bytes.len() as u64 > sopimus::MAX_INPUT_BYTES {
        return Err(format!(
            "`{}` is larger than {} bytes, the most an agreement may be",
            file.display(),
            sopimus::MAX_INPUT_BYTES
        ));
    }
    String::from_utf8(bytes).map_err(|_| {
        format!(
            "`{}` is not UTF-8 text; save it as UTF-8 first",
            file.display()
        )
    })
}

/// The findings of a readable text, each with its place, worded in `lang`.
fn findings(report: &sopimus::Report, lang: Option<Language>, valid: bool) -> Value {
    let list: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let at = f.location();
            json!({
                "severity": f.severity(),
                "code": f.code(),
                "path": f.path().to_string(),
                "line": at.map(|l| l.line),
                "column": at.map(|l| l.column),
                "message": lang.map_or_else(|| f.message().to_owned(), |l| f.message_in(l)),
            })
        })
        .collect();
    json!({
        "readable": true,
        "valid": valid,
        "errors": report.errors().count(),
        "warnings": report.warnings().count(),
        "findings": list,
    })
}

/// A text that does not parse: its one error (or, for well-formed TOML of
/// the wrong shape, every problem), with the place when known.
fn unreadable(error: &LoadError, lang: Option<Language>) -> Value {
    if let LoadError::Shape { report, .. } = error {
        let mut answer = findings(report, lang, false);
        answer["readable"] = false.into();
        return answer;
    }
    let (line, column, message) = match error {
        LoadError::Syntax {
            line,
            column,
            message,
            ..
        } => (Some(*line), Some(*column), message.clone()),
        other => (None, None, crate::cli::error_chain(other)),
    };
    json!({
        "readable": false,
        "valid": false,
        "errors": 1,
        "warnings": 0,
        "findings": [{
            "severity": "error",
            "code": "syntax",
            "path": "",
            "line": line,
            "column": column,
            "message": message,
        }],
    })
}
