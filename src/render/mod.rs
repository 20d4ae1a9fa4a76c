//! Rendering a validated agreement to PDF with the embedded typst engine.
//!
//! A [`Renderer`] loads fonts and templates once and renders any number of
//! agreements; it is cheap to clone and safe to share between threads. Each
//! render builds a small typst world (`world`) that serves the templates,
//! the fonts and the agreement's prepared data (`view`) from memory: no
//! file system, no packages, no network.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::follow_up::{FollowUpOptions, ValidatedMeasurements};
use crate::validate::ValidatedAgreement;

mod changes;
mod decision;
#[cfg(feature = "preview")]
mod preview;
mod redline;
#[cfg(feature = "preview")]
pub use preview::{PageText, PreviewImage, PreviewPage};
pub mod verify;
mod view;
mod world;

pub use changes::{ChangeReportOptions, changes_view_data};
use world::{Assets, RenderWorld};
pub use world::{MAX_TEMPLATE_BYTES, MAX_TEMPLATE_FILES};

/// Which document to render.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Document {
    /// The full agreement with signature pages and both annexes.
    #[default]
    Agreement,
    /// Annex 1 alone: forums and working groups.
    Annex1,
    /// Annex 2 alone: the goals-and-indicators table.
    Annex2,
}

pub use crate::standard::Standard;

/// typst's names of the standards.
fn typst_standards(standard: Standard) -> Vec<PdfStandard> {
    match standard {
        Standard::A2bUa1 => vec![PdfStandard::A_2b, PdfStandard::Ua_1],
        Standard::A3bUa1 => vec![PdfStandard::A_3b, PdfStandard::Ua_1],
        Standard::A2b => vec![PdfStandard::A_2b],
        Standard::A3b => vec![PdfStandard::A_3b],
        Standard::Ua1 => vec![PdfStandard::Ua_1],
        Standard::None => vec![],
    }
}

/// Settings of one render.
///
/// Start from [`RenderOptions::new`] (the same as `default()`: the full
/// agreement as PDF/A-2b + PDF/UA-1 in its first language) and change what
/// differs; fields may be added in later versions, so the struct is
/// `#[non_exhaustive]` and built this way, not with a struct literal.
///
/// ```
/// use sopimus::{Document, Language, RenderOptions, Standard};
///
/// let options = RenderOptions::new()
///     .document(Document::Annex2)
///     .standard(Standard::A3bUa1)
///     .language(Language::Fi);
/// assert_eq!(options.document, Document::Annex2);
/// assert_eq!(options.draft, None);
/// ```
///
/// ```compile_fail,E0639
/// // A struct literal does not compile outside the crate, not even with
/// // `..Default::default()`: use the setters above.
/// let options = sopimus::RenderOptions {
///     document: sopimus::Document::Annex2,
///     ..Default::default()
/// };
/// ```
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RenderOptions {
    /// Which document.
    pub document: Document,
    /// The PDF standards.
    pub standard: Standard,
    /// Mark every page as a draft (`LUONNOS`); by the agreement's status
    /// when `None`.
    pub draft: Option<bool>,
    /// The language version to render: one of the agreement's languages;
    /// its first (the language of plain strings) when `None`.
    pub language: Option<crate::Language>,
    /// For a bilingual agreement, print its language versions side by side,
    /// aligned by section, the chosen language first.
    pub parallel: bool,
    /// The parties' decisions and signatures: each signature block shows
    /// its party's approving decision and its own place and date.
    pub decisions: Option<crate::decisions::ValidatedDecisions>,
}

impl RenderOptions {
    /// The defaults: the full agreement, PDF/A-2b + PDF/UA-1, a draft
    /// marking by the agreement's status, its first language.
    pub fn new() -> RenderOptions {
        RenderOptions::default()
    }

    /// Which document to render.
    #[must_use]
    pub fn document(mut self, document: Document) -> RenderOptions {
        self.document = document;
        self
    }

    /// The PDF standards; [`Standard::A3bUa1`] attaches the agreement's data.
    #[must_use]
    pub fn standard(mut self, standard: Standard) -> RenderOptions {
        self.standard = standard;
        self
    }

    /// Mark every page as a draft (`true`) or not (`false`), whatever the
    /// agreement's status says.
    #[must_use]
    pub fn draft(mut self, draft: bool) -> RenderOptions {
        self.draft = Some(draft);
        self
    }

    /// The language version to render.
    #[must_use]
    pub fn language(mut self, language: crate::Language) -> RenderOptions {
        self.language = Some(language);
        self
    }

    /// Print the language versions of a bilingual agreement side by side.
    #[must_use]
    pub fn parallel(mut self, parallel: bool) -> RenderOptions {
        self.parallel = parallel;
        self
    }

    /// The decisions whose approvals and signatures the signature page
    /// shows; checked against the agreement rendered
    /// ([`RenderError::OtherDecisions`] otherwise).
    #[must_use]
    pub fn decisions(mut self, decisions: crate::decisions::ValidatedDecisions) -> RenderOptions {
        self.decisions = Some(decisions);
        self
    }
}

/// A message from typst about a template, with its place.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TemplateDiagnostic {
    /// Whether typst treats it as an error.
    pub is_error: bool,
    /// The template file (a virtual path such as `/agreement.typ`), when known.
    pub file: Option<String>,
    /// Line, from 1, when known.
    pub line: Option<usize>,
    /// Column, from 1, when known.
    pub column: Option<usize>,
    /// The message.
    pub message: String,
    /// Hints typst gives.
    pub hints: Vec<String>,
}

impl std::fmt::Display for TemplateDiagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = if self.is_error { "error" } else { "warning" };
        match (&self.file, self.line, self.column) {
            (Some(file), Some(l), Some(c)) => {
                write!(f, "{level}: {file}:{l}:{c}: {}", self.message)?
            }
            (Some(file), _, _) => write!(f, "{level}: {file}: {}", self.message)?,
            _ => write!(f, "{level}: {}", self.message)?,
        }
        for hint in &self.hints {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Why rendering failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// A template did not compile, or typst refused the document.
    #[error("the template failed:\n{}", list(.0))]
    Template(Vec<TemplateDiagnostic>),
    /// The PDF could not be written to the standard asked for.
    #[error("the PDF could not be exported:\n{}", list(.0))]
    Export(Vec<TemplateDiagnostic>),
    /// The language asked for is not one of the agreement's.
    #[error(transparent)]
    Language(#[from] crate::language::LanguageError),
    /// The earlier version of a redline is not written in the language
    /// version asked for.
    #[error("the earlier version cannot be compared in this language")]
    EarlierLanguage(#[source] crate::language::LanguageError),
    /// A parallel layout was asked for an agreement in one language.
    #[error(
        "the agreement is written in `{0}` only; a parallel layout needs two languages: add one to `languages` under `[meta]`, or render without the parallel layout"
    )]
    NotMultilingual(crate::Language),
    /// The follow-up measurements were checked against another agreement.
    #[error("{}", crate::follow_up::report::MISMATCH)]
    Mismatch,
    /// The decisions were checked against another agreement.
    #[error(transparent)]
    OtherDecisions(#[from] crate::decisions::OtherAgreement),
    /// A template directory could not be used.
    #[error("the template directory `{}` {message}", path.display())]
    TemplateDir {
        /// The directory or file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
}

fn list(items: &[TemplateDiagnostic]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A rendered PDF.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Rendered {
    /// The PDF file's bytes.
    pub pdf: Vec<u8>,
    /// The number of pages.
    pub pages: usize,
    /// Warnings typst gave (an unknown font, for instance); empty for the
    /// built-in templates.
    pub warnings: Vec<TemplateDiagnostic>,
}

/// Renders validated agreements to PDF; see the [module docs](self).
#[derive(Clone)]
pub struct Renderer {
    assets: Arc<Assets>,
    /// The images of the pages last previewed, shared by clones.
    #[cfg(feature = "preview")]
    previews: Arc<preview::PreviewCache>,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer")
            .field("fonts", &self.assets.fonts.len())
            .field("files", &self.assets.files.len())
            .finish()
    }
}

impl Default for Renderer {
    fn default() -> Self {
        Self::new()
    }
}

impl Renderer {
    /// A renderer with the built-in templates and fonts. Make one and keep
    /// it: clones share the fonts and templates, and threads may render
    /// with it at once.
    ///
    /// ```
    /// let renderer = sopimus::Renderer::new();
    /// let for_a_thread = renderer.clone(); // cheap: the assets are shared
    /// ```
    pub fn new() -> Renderer {
        Renderer {
            assets: Arc::new(Assets::embedded()),
            #[cfg(feature = "preview")]
            previews: Arc::default(),
        }
    }

    /// A renderer whose templates come from `dir`, read once now. The
    /// directory must hold `main.typ`; it reads `/data.json` (see
    /// `templates/main.typ`) and may import the built-in templates from
    /// `/builtin/…`. Nothing outside the directory is ever read.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("sopimus-templates-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir)?;
    /// // A layout of one's own that reuses the built-in one.
    /// std::fs::write(dir.join("main.typ"), "#include \"/builtin/main.typ\"\n")?;
    /// let renderer = sopimus::Renderer::with_template_dir(&dir)?;
    /// # std::fs::remove_dir_all(&dir)?;
    /// assert!(sopimus::Renderer::with_template_dir("no/such/dir").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`RenderError::TemplateDir`] when the directory cannot be read, has no
    /// `main.typ`, or is too large.
    pub fn with_template_dir(dir: impl AsRef<Path>) -> Result<Renderer, RenderError> {
        Ok(Renderer {
            assets: Arc::new(Assets::from_dir(dir.as_ref())?),
            #[cfg(feature = "preview")]
            previews: Arc::default(),
        })
    }

    /// Empties typst's process-wide memoisation caches. Renders evict old
    /// entries on their own; this is for measuring a cold render, or for
    /// giving memory back after a burst of work.
    pub fn clear_caches() {
        typst::comemo::evict(0);
    }

    /// Renders one document of a validated agreement.
    ///
    /// ```
    /// use sopimus::{Document, RenderOptions, Renderer, ValidateOptions};
    ///
    /// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&ValidateOptions::new())?;
    /// let annex2 = Renderer::new().render(&valid, &RenderOptions::new().document(Document::Annex2))?;
    /// assert!(annex2.pdf.starts_with(b"%PDF-"));
    /// assert!(annex2.warnings.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// Only a validated agreement renders: an agreement as loaded does not
    /// type-check, and a `ValidatedAgreement` cannot be made but by
    /// validating.
    ///
    /// ```compile_fail,E0308
    /// let agreement = sopimus::load("tests/data/valid/minimal.toml").unwrap().agreement;
    /// let _ = sopimus::Renderer::new().render(&agreement, &sopimus::RenderOptions::new());
    /// ```
    ///
    /// # Errors
    ///
    /// [`RenderError::Template`] when a template fails (with file, line and
    /// message), [`RenderError::Export`] when the PDF cannot meet the
    /// standard asked for, [`RenderError::Language`] when the language asked
    /// for is not one of the agreement's, [`RenderError::NotMultilingual`]
    /// when a parallel layout is asked for an agreement in one language.
    pub fn render(
        &self,
        agreement: &ValidatedAgreement,
        options: &RenderOptions,
    ) -> Result<Rendered, RenderError> {
        let result = self.render_inner(agreement, options);
        // typst's memoisation caches are global; drop what has not been
        // used for a few renders so memory stays flat, also after failures.
        typst::comemo::evict(8);
        result
    }

    fn render_inner(
        &self,
        agreement: &ValidatedAgreement,
        options: &RenderOptions,
    ) -> Result<Rendered, RenderError> {
        self.compile(agreement_job(agreement, options, false)?)
    }

    /// Renders the follow-up report of an agreement: a title page, a
    /// one-page summary of the goals' statuses, each goal's indicators with
    /// their values by year, status and chart, and the per-municipality
    /// values as an annex. The same standards, tagging and determinism as
    /// the agreement; the PDF's date is the report's date
    /// ([`FollowUpOptions::date`]).
    ///
    /// ```
    /// use sopimus::follow_up::{self, FollowUpOptions};
    /// use sopimus::Renderer;
    ///
    /// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.agreement.validate()?;
    /// let loaded = follow_up::load("examples/kanta-hame-2026-seuranta.toml")?;
    /// let measurements = follow_up::check(&agreement, vec![loaded])?;
    /// let report = Renderer::new().render_follow_up(&agreement, &measurements, &FollowUpOptions::new())?;
    /// assert!(report.pdf.starts_with(b"%PDF-"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`RenderError::Mismatch`] when the measurements were checked against
    /// another agreement; [`RenderError::Language`] when the language asked
    /// for ([`FollowUpOptions::language`]) is not one of the agreement's;
    /// [`RenderError::Template`] and [`RenderError::Export`] as for
    /// [`Renderer::render`].
    pub fn render_follow_up(
        &self,
        agreement: &ValidatedAgreement,
        measurements: &ValidatedMeasurements,
        options: &FollowUpOptions,
    ) -> Result<Rendered, RenderError> {
        if !measurements.checked_against(agreement) {
            return Err(RenderError::Mismatch);
        }
        let result = self.render_follow_up_inner(agreement, measurements, options);
        typst::comemo::evict(8);
        result
    }

    fn render_follow_up_inner(
        &self,
        agreement: &ValidatedAgreement,
        measurements: &ValidatedMeasurements,
        options: &FollowUpOptions,
    ) -> Result<Rendered, RenderError> {
        let a = agreement.agreement();
        let year = crate::follow_up::report::report_year(agreement, measurements, options);
        let date = crate::follow_up::report::report_date(measurements, year, options);
        let mut view = serde_json::to_value(crate::follow_up::report::view(
            agreement,
            measurements,
            options,
        )?)
        .expect("the view serialises");
        view::adjust_text_for_layout(&mut view);
        self.compile(Job {
            main: self.assets.follow_up_entry(),
            data: Bytes::new(serde_json::to_vec(&view).expect("the view serialises")),
            attachment: None,
            changes: None,
            date,
            ident: format!(
                "sopimus:{}:{}:follow-up:{year}:{:?}",
                a.meta.title, a.meta.date, options.language
            ),
            standard: options.standard,
        })
    }

    /// Compiles a document and exports it as PDF.
    fn compile(&self, job: Job) -> Result<Rendered, RenderError> {
        self.lay_out(job, Self::export_pdf)
    }

    /// Compiles a document and hands the laid-out pages to `then`.
    fn lay_out<T>(
        &self,
        job: Job,
        then: impl FnOnce(
            &RenderWorld<'_>,
            &PagedDocument,
            Vec<TemplateDiagnostic>,
            Pdf,
        ) -> Result<T, RenderError>,
    ) -> Result<T, RenderError> {
        let date = job.date;
        // Validation keeps every date within the years 1900–9999, all of
        // which typst's calendar has.
        let today = u8::try_from(date.month())
            .ok()
            .zip(u8::try_from(date.day()).ok())
            .and_then(|(m, d)| Datetime::from_ymd(date.year(), m, d))
            .expect("validated dates fit typst's calendar");
        let world = RenderWorld {
            assets: &self.assets,
            main: job.main,
            data: job.data,
            agreement: job.attachment,
            changes: job.changes,
            today,
        };
        let pdf = Pdf {
            ident: job.ident,
            standard: job.standard,
            today,
        };
        let warned = typst::compile::<PagedDocument>(&world);
        let warnings: Vec<TemplateDiagnostic> = warned
            .warnings
            .iter()
            .map(|d| diagnostic(&world, d))
            .collect();
        let document = warned.output.map_err(|errors| {
            RenderError::Template(errors.iter().map(|d| diagnostic(&world, d)).collect())
        })?;
        then(&world, &document, warnings, pdf)
    }

    /// Exports laid-out pages as PDF in the job's standard.
    fn export_pdf(
        world: &RenderWorld<'_>,
        document: &PagedDocument,
        warnings: Vec<TemplateDiagnostic>,
        job: Pdf,
    ) -> Result<Rendered, RenderError> {
        let today = job.today;
        let standards = PdfStandards::new(&typst_standards(job.standard)).map_err(|e| {
            RenderError::Export(vec![TemplateDiagnostic {
                is_error: true,
                file: None,
                line: None,
                column: None,
                message: e.message().to_string(),
                hints: e.hints().iter().map(ToString::to_string).collect(),
            }])
        })?;
        let pdf_options = PdfOptions {
            ident: Smart::Custom(job.ident),
            creator: Smart::Custom(Some(
                concat!("sopimus ", env!("CARGO_PKG_VERSION")).to_owned(),
            )),
            timestamp: Some(Timestamp::new_utc(today)),
            standards,
            ..PdfOptions::default()
        };
        let pdf = typst_pdf::pdf(document, &pdf_options).map_err(|errors| {
            RenderError::Export(errors.iter().map(|d| diagnostic(world, d)).collect())
        })?;
        Ok(Rendered {
            pdf,
            pages: document.pages().len(),
            warnings,
        })
    }
}

impl Renderer {
    /// Renders the new version of an agreement with the changes since an
    /// earlier version marked in it, a *redline*: inserted words
    /// underlined, deleted words struck through (entries only the earlier
    /// version has stand in their place, all struck through), a bar in the
    /// left margin beside every changed block, and a note on the title page
    /// naming both versions. Each mark also carries its meaning in words
    /// that a screen reader reads and text extraction keeps ("[lisätty:
    /// …]"); the print does not show them. The options are the render's:
    /// the document, the standards (PDF/A-2b and PDF/UA-1 by default), the
    /// language version (which both versions must have), the parallel
    /// layout. Deterministic like a render.
    ///
    /// ```
    /// use sopimus::{RenderOptions, Renderer, ValidateOptions, validate};
    /// let load = |p| validate(sopimus::load(p).unwrap().agreement, &ValidateOptions::default()).unwrap();
    /// let (old, new) = (load("examples/kanta-hame-2023.toml"), load("examples/kanta-hame-2026.toml"));
    /// let redline = Renderer::new().render_redline(&old, &new, &RenderOptions::default())?;
    /// assert!(redline.pdf.starts_with(b"%PDF-"));
    /// # Ok::<(), sopimus::RenderError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Renderer::render`], and [`RenderError::EarlierLanguage`] when the
    /// earlier version lacks the language version rendered.
    pub fn render_redline(
        &self,
        old: &ValidatedAgreement,
        new: &ValidatedAgreement,
        options: &RenderOptions,
    ) -> Result<Rendered, RenderError> {
        let result = self.render_redline_inner(old, new, options);
        typst::comemo::evict(8);
        result
    }

    fn render_redline_inner(
        &self,
        old: &ValidatedAgreement,
        new: &ValidatedAgreement,
        options: &RenderOptions,
    ) -> Result<Rendered, RenderError> {
        let data =
            serde_json::to_vec(&redline_value(old, new, options)?).expect("the view serialises");
        let (a, b) = (old.agreement(), new.agreement());
        let model = options
            .standard
            .allows_attachments()
            .then(|| Bytes::new(serde_json::to_vec_pretty(b).expect("the agreement serialises")));
        self.compile(Job {
            main: world::file_id(world::MAIN_PATH),
            data: Bytes::new(data),
            attachment: model,
            changes: None,
            date: b.meta.date,
            ident: format!(
                "sopimus-redline:{}:{}:{}:{}:{:?}:{:?}:{}",
                a.meta.title,
                a.meta.date,
                b.meta.title,
                b.meta.date,
                options.document,
                options.language,
                options.parallel
            ),
            standard: options.standard,
        })
    }
}

/// The data the templates read for a redline ([`Renderer::render_redline`]):
/// the view of `new` with the changes since `old` marked (see
/// `templates/DATA.md`, "The redline").
///
/// # Errors
///
/// As [`Renderer::render_redline`].
pub fn redline_view_data(
    old: &ValidatedAgreement,
    new: &ValidatedAgreement,
    options: &RenderOptions,
) -> Result<String, RenderError> {
    Ok(
        serde_json::to_string_pretty(&redline_value(old, new, options)?)
            .expect("the view serialises"),
    )
}

fn redline_value(
    old: &ValidatedAgreement,
    new: &ValidatedAgreement,
    options: &RenderOptions,
) -> Result<serde_json::Value, RenderError> {
    check_languages(new, options)?;
    let languages = &new.agreement().meta.languages;
    let language = languages.version(options.language)?;
    // The earlier version must have every language version shown.
    let shown: Vec<crate::Language> = if options.parallel {
        languages.all().to_vec()
    } else {
        vec![language]
    };
    for l in shown {
        old.agreement()
            .meta
            .languages
            .version(Some(l))
            .map_err(RenderError::EarlierLanguage)?;
    }
    let same_language = RenderOptions {
        language: Some(language),
        ..options.clone()
    };
    let old_view =
        serde_json::to_value(view::build(old, &same_language)).expect("the view serialises");
    let new_view =
        serde_json::to_value(view::build(new, &same_language)).expect("the view serialises");
    let locale = crate::locale::Locale::new(language);
    let words = &locale.changes().redline;
    let mut marked = redline::mark(
        &old_view,
        &new_view,
        &redline::Marks {
            inserted: words.inserted,
            deleted: words.deleted,
        },
    );
    let name = |v: crate::diff::Version| format!("{} ({})", v.title, v.label);
    let (o, n) = (
        crate::locale::Version::new(old.agreement(), language),
        crate::locale::Version::new(new.agreement(), language),
    );
    marked["redline"] = serde_json::to_value(view::ViewRedline {
        heading: words.heading,
        note: locale.redline_note(
            &name(crate::diff::version(o)),
            &name(crate::diff::version(n)),
        ),
        legend: words.legend,
    })
    .expect("the note serialises");
    view::adjust_text_for_layout(&mut marked);
    Ok(marked)
}

/// What one compile needs: the entry template, the data it reads, what may
/// be attached (the agreement, or a change report's changes), the
/// document's date and identifier, the standards.
struct Job {
    main: typst::syntax::FileId,
    data: Bytes,
    attachment: Option<Bytes>,
    changes: Option<Bytes>,
    date: crate::Date,
    ident: String,
    standard: Standard,
}

/// The settings of a PDF export, from its [`Job`].
struct Pdf {
    ident: String,
    standard: Standard,
    today: Datetime,
}

/// What [`Renderer::render`] and [`Renderer::render_svg`] compile: the
/// agreement's view and the settings of its PDF.
/// The job of laying out an agreement's document; for a `preview`
/// (`sopimus edit`), without the PDF's metadata and attachment.
fn agreement_job(
    agreement: &ValidatedAgreement,
    options: &RenderOptions,
    preview: bool,
) -> Result<Job, RenderError> {
    let a = agreement.agreement();
    check_languages(agreement, options)?;
    if let Some(d) = &options.decisions
        && !d.checked_against(agreement)
    {
        return Err(crate::decisions::OtherAgreement.into());
    }
    let mut view = view_value(agreement, options);
    if preview && let Some(view) = view.as_object_mut() {
        // No document metadata (`set document(title: …)` styles all the
        // content: a title edit would lay out every page again) and no
        // attachment to build.
        view.insert("preview".into(), true.into());
        view.insert("attach".into(), false.into());
    }
    let data = serde_json::to_vec(&view).expect("the view serialises");
    // Only PDF/A-3 output carries the agreement itself.
    let model = (options.standard.allows_attachments() && !preview)
        .then(|| Bytes::new(serde_json::to_vec_pretty(a).expect("the agreement serialises")));
    Ok(Job {
        main: world::file_id(world::MAIN_PATH),
        data: Bytes::new(data),
        attachment: model,
        changes: None,
        date: a.meta.date,
        // An identifier derived from the input, not random, so that the
        // output is byte-identical run to run.
        ident: format!(
            "sopimus:{}:{}:{:?}:{:?}:{}",
            a.meta.title, a.meta.date, options.document, options.language, options.parallel
        ),
        standard: options.standard,
    })
}

/// The embedded fonts and templates, for tests of the font coverage.
#[cfg(test)]
pub(crate) fn test_assets() -> Assets {
    Assets::embedded()
}

/// The data a template reads from `/data.json` for this agreement and these
/// options, as JSON text: every sentence and label of the document, already
/// worded, and the structure to lay out. Its fields are described in
/// `templates/DATA.md`; `schema_version` tells a template which shape it
/// gets. For writing and testing a template of your own
/// ([`Renderer::with_template_dir`]).
///
/// ```
/// let valid = sopimus::load("examples/kanta-hame-2026.toml")?.agreement.validate()?;
/// let data = sopimus::render::view_data(&valid, &sopimus::RenderOptions::default())?;
/// assert!(data.contains("\"schema_version\""));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`RenderError::Language`] and [`RenderError::NotMultilingual`] as for
/// [`Renderer::render`].
pub fn view_data(
    agreement: &ValidatedAgreement,
    options: &RenderOptions,
) -> Result<String, RenderError> {
    check_languages(agreement, options)?;
    Ok(serde_json::to_string_pretty(&view_value(agreement, options)).expect("the view serialises"))
}

/// Whether the agreement has the language version, or versions, asked for.
fn check_languages(
    agreement: &ValidatedAgreement,
    options: &RenderOptions,
) -> Result<(), RenderError> {
    let languages = &agreement.agreement().meta.languages;
    languages.version(options.language)?;
    if options.parallel && !languages.is_multilingual() {
        return Err(RenderError::NotMultilingual(languages.primary()));
    }
    Ok(())
}

fn view_value(agreement: &ValidatedAgreement, options: &RenderOptions) -> serde_json::Value {
    // The representatives the parties' decisions name are Annex 1's roster
    // (issue 21); the file's own list stays for parties not yet recorded.
    let named = options
        .decisions
        .as_ref()
        .map(|d| d.representatives())
        .unwrap_or_default();
    let merged;
    let agreement = if named.is_empty() {
        agreement
    } else {
        merged = agreement.with_representatives(named);
        &merged
    };
    let view = view::build(agreement, options);
    let mut view = serde_json::to_value(&view).expect("the view serialises");
    if let Some(decisions) = &options.decisions {
        view::apply_decisions(&mut view, agreement, decisions);
    }
    view::adjust_text_for_layout(&mut view);
    view
}

/// A message without the paths of the machine typst was built on: its
/// internal errors say where they occurred ("occurred at
/// /root/.cargo/registry/src/index.crates.io-…/typst-pdf-0.15.1/src/convert.rs:10:5"),
/// of which the crate's own part is enough to report it (issue 20).
fn without_build_paths(message: &str) -> String {
    message
        .split(' ')
        .map(|word| {
            let path = word.find('/').filter(|&i| {
                word[..i]
                    .chars()
                    .all(|c| matches!(c, '(' | '"' | '\'' | '`'))
            });
            match path.zip(word.rfind("/src/")) {
                Some((start, src)) if src > start => {
                    let krate = word[..src].rfind('/').map_or(start, |i| i + 1);
                    format!("{}{}", &word[..start], &word[krate..])
                }
                _ => word.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn diagnostic(world: &RenderWorld<'_>, d: &SourceDiagnostic) -> TemplateDiagnostic {
    let id = d.span.id();
    let file = id.map(|id| id.get().vpath().get_with_slash().to_string());
    let (line, column) = match (id, world.range(d.span)) {
        (Some(id), Some(range)) => match typst::World::source(world, id) {
            Ok(source) => source
                .lines()
                .byte_to_line_column(range.start)
                .map_or((None, None), |(l, c)| (Some(l + 1), Some(c + 1))),
            Err(_) => match typst::World::file(world, id) {
                Ok(bytes) => {
                    let text = String::from_utf8_lossy(bytes.as_slice());
                    let at = crate::locate::line_column(&text, range.start);
                    (Some(at.line), Some(at.column))
                }
                Err(_) => (None, None),
            },
        },
        _ => (None, None),
    };
    TemplateDiagnostic {
        is_error: d.severity == TypstSeverity::Error,
        file,
        line,
        column,
        message: without_build_paths(&d.message),
        // typst's hints about its own command line do not apply here.
        hints: d
            .hints
            .iter()
            .map(|h| without_build_paths(&h.v))
            .filter(|h| !h.contains("--root") && !h.contains("typst "))
            .collect(),
    }
}

#[cfg(test)]
mod build_path_tests {
    /// Issue 20: typst's internal errors named the build machine's paths.
    #[test]
    fn messages_keep_the_crate_of_a_path_and_drop_the_machine() {
        let registry = "/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f";
        assert_eq!(
            super::without_build_paths(&format!(
                "internal error: tags weren't properly closed (occurred at {registry}/typst-pdf-0.15.1/src/tags/mod.rs:123:9)"
            )),
            "internal error: tags weren't properly closed (occurred at typst-pdf-0.15.1/src/tags/mod.rs:123:9)"
        );
        assert_eq!(
            super::without_build_paths(
                "panicked at /home/ci/work/typst/crates/typst-layout/src/flow/mod.rs:5:1: boom"
            ),
            "panicked at typst-layout/src/flow/mod.rs:5:1: boom"
        );
        // Other text, a template's own path and a web address stay.
        for kept in [
            "unknown variable: foo",
            "file not found (searched at /templates/agreement.typ)",
            "see https://example.org/src/x",
            "a / b and c/src/d",
        ] {
            assert_eq!(super::without_build_paths(kept), kept);
        }
    }
}
