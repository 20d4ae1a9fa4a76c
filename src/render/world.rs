//! The typst `World` of one render: templates, fonts and the agreement's
//! data, served from memory, and nothing else.

use std::collections::HashMap;
use std::path::Path;

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::RenderError;

/// The virtual path of the prepared view data every template reads.
pub(crate) const DATA_PATH: &str = "/data.json";
/// The virtual path of the agreement itself (the input model as JSON),
/// attached to PDF/A-3 output.
pub(crate) const AGREEMENT_PATH: &str = "/agreement.json";
/// The entry template.
pub(crate) const MAIN_PATH: &str = "/main.typ";
/// The entry template of the follow-up report.
pub(crate) const FOLLOW_UP_PATH: &str = "/follow_up.typ";
/// The built-in follow-up template where a template directory has none.
pub(crate) const BUILTIN_FOLLOW_UP_PATH: &str = "/builtin/follow_up.typ";
/// The virtual path of a change report's changes as JSON, attached to
/// PDF/A-3 output.
pub(crate) const CHANGES_PATH: &str = "/changes.json";
/// The entry template of the change report.
pub(crate) const CHANGES_TEMPLATE: &str = "/changes.typ";
/// The built-in change report template where a template directory has none.
pub(crate) const BUILTIN_CHANGES_TEMPLATE: &str = "/builtin/changes.typ";

/// Files a template directory may hold at most; a guard against pointing
/// the renderer at a large directory by mistake.
pub const MAX_TEMPLATE_FILES: usize = 256;
/// Bytes a template directory may hold at most, all files together.
pub const MAX_TEMPLATE_BYTES: u64 = 64 * 1024 * 1024;

/// A file id for a fixed virtual path. Ids are interned for the process's
/// lifetime, so only a fixed set of paths is ever used.
pub(crate) fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("fixed virtual paths are valid");
    FileId::new(RootedPath::new(VirtualRoot::Project, vpath))
}

/// One file of a template set.
#[derive(Clone)]
pub(crate) enum Asset {
    /// A typst source, parsed once.
    Source(Source),
    /// Any other file (an image, a data file).
    Bytes(Bytes),
}

/// Everything that stays the same from render to render: the standard
/// library, the fonts and the templates.
pub(crate) struct Assets {
    pub(crate) library: LazyHash<Library>,
    pub(crate) book: LazyHash<FontBook>,
    pub(crate) fonts: Vec<Font>,
    pub(crate) files: HashMap<FileId, Asset>,
}

/// The embedded default templates.
const DEFAULT_TEMPLATES: &[(&str, &str)] = &[
    ("/main.typ", include_str!("../../templates/main.typ")),
    ("/lib.typ", include_str!("../../templates/lib.typ")),
    (
        "/agreement.typ",
        include_str!("../../templates/agreement.typ"),
    ),
    ("/figure.typ", include_str!("../../templates/figure.typ")),
    ("/annexes.typ", include_str!("../../templates/annexes.typ")),
    (
        "/follow_up.typ",
        include_str!("../../templates/follow_up.typ"),
    ),
    ("/changes.typ", include_str!("../../templates/changes.typ")),
    (
        "/decision.typ",
        include_str!("../../templates/decision.typ"),
    ),
    (
        "/decision_table.typ",
        include_str!("../../templates/decision_table.typ"),
    ),
];

/// The embedded fonts: Liberation Sans (SIL OFL 1.1) for the text, and
/// DejaVu Sans (Bitstream Vera licence) as the fallback for scripts and
/// symbols Liberation Sans lacks, such as Arabic; licences in `fonts/`.
const FONTS: &[&[u8]] = &[
    include_bytes!("../../fonts/LiberationSans-Regular.ttf"),
    include_bytes!("../../fonts/LiberationSans-Bold.ttf"),
    include_bytes!("../../fonts/LiberationSans-Italic.ttf"),
    include_bytes!("../../fonts/LiberationSans-BoldItalic.ttf"),
    include_bytes!("../../fonts/DejaVuSans.ttf"),
    include_bytes!("../../fonts/DejaVuSans-Bold.ttf"),
];

impl Assets {
    /// Whether `c` has a glyph in every style: in every Liberation Sans
    /// face, or in both weights of DejaVu Sans. Asks each font's character
    /// map for a glyph, not typst's coverage, which also counts characters
    /// a font maps to its empty glyph.
    #[cfg(test)]
    pub(crate) fn covered_everywhere(&self, c: char) -> bool {
        let family = |name: &str| {
            let faces: Vec<&Font> = self
                .fonts
                .iter()
                .filter(|f| f.info().family == name)
                .collect();
            !faces.is_empty()
                && faces.iter().all(|f| {
                    let instance = (*f).clone().instantiate(
                        f.info().variant,
                        typst::layout::Abs::pt(10.0),
                        &typst::text::FontVariations::default(),
                    );
                    instance.ttf().glyph_index(c).is_some_and(|g| g.0 != 0)
                })
        };
        family("Liberation Sans") || family("DejaVu Sans")
    }

    fn with_files(files: HashMap<FileId, Asset>) -> Assets {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        Assets {
            // `a11y-extras` (typst's runtime feature, no cargo feature):
            // `pdf.header-cell` marks the row headers of Annex 1's cards
            // and the column headers Annex 2's cells point to.
            library: LazyHash::new(
                Library::builder()
                    .with_features([typst::Feature::A11yExtras].into_iter().collect())
                    .build(),
            ),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            files,
        }
    }

    /// The change report's entry template: a template directory's own
    /// `changes.typ`, or the built-in one.
    pub(crate) fn changes_entry(&self) -> FileId {
        let own = file_id(CHANGES_TEMPLATE);
        if self.files.contains_key(&own) {
            own
        } else {
            file_id(BUILTIN_CHANGES_TEMPLATE)
        }
    }

    /// The entry of the follow-up report: the directory's own
    /// `follow_up.typ`, or the built-in one.
    pub(crate) fn follow_up_entry(&self) -> FileId {
        let own = file_id(FOLLOW_UP_PATH);
        if self.files.contains_key(&own) {
            own
        } else {
            file_id(BUILTIN_FOLLOW_UP_PATH)
        }
    }

    /// The built-in templates.
    pub(crate) fn embedded() -> Assets {
        let files = DEFAULT_TEMPLATES
            .iter()
            .map(|(path, text)| {
                let id = file_id(path);
                (id, Asset::Source(Source::new(id, (*text).to_owned())))
            })
            .collect();
        Assets::with_files(files)
    }

    /// The templates of a directory, read once, recursively. `main.typ` is
    /// the entry; the built-in templates stay available under `/builtin/`
    /// so that a custom layout can reuse parts of them.
    pub(crate) fn from_dir(dir: &Path) -> Result<Assets, RenderError> {
        let mut files = HashMap::new();
        for (path, text) in DEFAULT_TEMPLATES {
            let vpath = format!("/builtin{path}");
            let id = file_id(&vpath);
            files.insert(id, Asset::Source(Source::new(id, (*text).to_owned())));
        }
        let mut total = 0u64;
        let mut count = 0usize;
        let mut stack = vec![dir.to_owned()];
        let read_err = |path: &Path, source| RenderError::TemplateDir {
            path: path.to_owned(),
            message: format!("cannot be read: {source}"),
        };
        while let Some(current) = stack.pop() {
            let entries = std::fs::read_dir(&current).map_err(|e| read_err(&current, e))?;
            let mut entries: Vec<_> = entries
                .collect::<Result<_, _>>()
                .map_err(|e| read_err(&current, e))?;
            entries.sort_by_key(|e| e.path());
            for entry in entries {
                let path = entry.path();
                let kind = entry.file_type().map_err(|e| read_err(&path, e))?;
                // Links could lead outside the directory; they are not followed.
                if kind.is_symlink() {
                    continue;
                }
                if kind.is_dir() {
                    stack.push(path);
                    continue;
                }
                count += 1;
                total =
                    total.saturating_add(entry.metadata().map_err(|e| read_err(&path, e))?.len());
                if count > MAX_TEMPLATE_FILES {
                    return Err(RenderError::TemplateDir {
                        path: dir.to_owned(),
                        message: format!(
                            "holds more than {MAX_TEMPLATE_FILES} files; point it at the templates alone"
                        ),
                    });
                }
                if total > MAX_TEMPLATE_BYTES {
                    return Err(RenderError::TemplateDir {
                        path: dir.to_owned(),
                        message: format!(
                            "holds more than {MAX_TEMPLATE_BYTES} bytes of files; point it at the templates alone"
                        ),
                    });
                }
                let rel = path.strip_prefix(dir).unwrap_or(&path);
                let vpath = VirtualPath::virtualize(Path::new("/"), &Path::new("/").join(rel))
                    .map_err(|_| RenderError::TemplateDir {
                        path: path.clone(),
                        message: "has a name typst cannot address".to_owned(),
                    })?;
                let id = FileId::new(RootedPath::new(VirtualRoot::Project, vpath));
                let bytes = std::fs::read(&path).map_err(|e| read_err(&path, e))?;
                let asset = if path.extension().is_some_and(|e| e == "typ") {
                    let text = String::from_utf8(bytes).map_err(|_| RenderError::TemplateDir {
                        path: path.clone(),
                        message: "is not UTF-8 text".to_owned(),
                    })?;
                    Asset::Source(Source::new(id, text))
                } else {
                    Asset::Bytes(Bytes::new(bytes))
                };
                files.insert(id, asset);
            }
        }
        if !files.contains_key(&file_id(MAIN_PATH)) {
            return Err(RenderError::TemplateDir {
                path: dir.to_owned(),
                message: "has no `main.typ`, the entry template".to_owned(),
            });
        }
        Ok(Assets::with_files(files))
    }
}

/// The world of one render.
pub(crate) struct RenderWorld<'a> {
    pub(crate) assets: &'a Assets,
    /// The entry template: one of the fixed paths above.
    pub(crate) main: FileId,
    pub(crate) data: Bytes,
    /// The agreement as JSON, only when the standard allows attaching it.
    pub(crate) agreement: Option<Bytes>,
    /// A change report's changes as JSON, only when the standard allows
    /// attaching them.
    pub(crate) changes: Option<Bytes>,
    pub(crate) today: Datetime,
}

impl RenderWorld<'_> {
    fn refuse(id: FileId) -> FileError {
        let rooted = id.get();
        if let VirtualRoot::Package(spec) = rooted.root() {
            return FileError::Package(PackageError::Other(Some(
                format!("packages such as `{spec}` are not available to sopimus templates; draw with typst's built-in functions").into(),
            )));
        }
        FileError::NotFound(rooted.vpath().get_with_slash().into())
    }
}

impl World for RenderWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.assets.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.assets.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        match self.assets.files.get(&id) {
            Some(Asset::Source(source)) => Ok(source.clone()),
            Some(Asset::Bytes(_)) => Err(FileError::NotSource),
            None => Err(Self::refuse(id)),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == file_id(DATA_PATH) {
            return Ok(self.data.clone());
        }
        if id == file_id(AGREEMENT_PATH)
            && let Some(agreement) = &self.agreement
        {
            return Ok(agreement.clone());
        }
        if id == file_id(CHANGES_PATH)
            && let Some(changes) = &self.changes
        {
            return Ok(changes.clone());
        }
        match self.assets.files.get(&id) {
            Some(Asset::Source(source)) => Ok(Bytes::from_string(source.text().to_owned())),
            Some(Asset::Bytes(bytes)) => Ok(bytes.clone()),
            None => Err(Self::refuse(id)),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.assets.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // The agreement's own date: output never depends on the clock.
        Some(self.today)
    }
}

/// The coverage table of the layer below (`coverage`, which the validation
/// asks without typst) against the fonts as typst reads them.
#[cfg(test)]
mod coverage_tests {
    #[test]
    fn the_table_is_what_the_fonts_cover() {
        // The fonts as typst reads them, with the rule of tools/coverage.py.
        let assets = crate::render::test_assets();
        let differ: Vec<String> = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            // Line breaks and tabs are layout; other controls are refused
            // before this table is asked.
            .filter(|c| !c.is_control())
            .filter(|c| crate::coverage::printable(*c) != assets.covered_everywhere(*c))
            .map(|c| format!("U+{:04X}", u32::from(c)))
            .collect();
        assert!(
            differ.is_empty(),
            "the table and the fonts disagree on {} characters ({}); run tools/coverage.py",
            differ.len(),
            differ
                .iter()
                .take(20)
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
}
