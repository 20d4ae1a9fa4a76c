//! Reading rendered PDFs back as text, to check that nothing was lost.
//!
//! The text comes from hayro-interpret, the PDF interpreter typst already
//! builds: it runs each page's content stream and hands every glyph drawn to
//! [`TextDevice`] with its Unicode value (from the font's ToUnicode map) and
//! its place. Glyphs are kept in the order the page draws them, which for
//! typst is reading order (line by line, each line left to right; a
//! right-to-left word in visual order); a line break is written where the
//! baseline moves, and a space where a gap wider than a fifth of the font
//! size opens without a space glyph. The tests compare text squashed
//! ([`squash`]), so the exact spacing does not matter to them.

use hayro_interpret::font::Glyph;
use hayro_interpret::hayro_cmap::BfString;
use hayro_interpret::hayro_syntax::Pdf;
use hayro_interpret::{
    BlendMode, ClipPath, Context, Device, GlyphDrawMode, Image, InterpreterCache,
    InterpreterSettings, Paint, PathDrawMode, SoftMask, interpret_page,
};
use kurbo::{Affine, BezPath, Point, Rect, Vec2};
use sopimus::ValidatedAgreement;

/// The text of the whole document, the pages one after another.
pub fn extract_text(pdf: &[u8]) -> String {
    pages_text(pdf).join("\n")
}

/// The text of each page, in reading order.
pub fn pages_text(pdf: &[u8]) -> Vec<String> {
    let pdf = Pdf::new(pdf.to_vec()).unwrap_or_else(|e| panic!("the PDF does not load: {e:?}"));
    let cache = InterpreterCache::new();
    pdf.pages()
        .iter()
        .map(|page| {
            // No transform and any box: only the glyphs' relative places matter.
            let mut context = Context::new(
                Affine::IDENTITY,
                Rect::new(0.0, 0.0, 1.0, 1.0),
                &cache,
                pdf.xref(),
                InterpreterSettings::default(),
            );
            let mut device = TextDevice::default();
            interpret_page(
                page,
                &mut context,
                &mut Glyphs::new(|text: &str, full, advance| device.glyph(text, full, advance)),
            );
            device.text
        })
        .collect()
}

/// Where the last glyph ended, to tell a new line or a gap from the next.
#[derive(Clone, Copy)]
struct Pen {
    /// The end of the glyph's advance on its baseline.
    end: Point,
    /// The unit vector along the baseline.
    along: Vec2,
    /// The font size, in the page's units.
    size: f64,
}

/// The glyphs of a page as text.
#[derive(Default)]
struct TextDevice {
    text: String,
    pen: Option<Pen>,
}

impl TextDevice {
    fn glyph(&mut self, text: &str, full: Affine, advance: f64) {
        let origin = full * Point::ZERO;
        let em = full * Point::new(1000.0, 0.0) - origin;
        let size = em.hypot();
        if size == 0.0 {
            return;
        }
        let along = em / size;
        if let Some(pen) = self.pen {
            let d = origin - pen.end;
            let forward = d.dot(pen.along);
            let across = d.cross(pen.along).abs();
            let turned = along.dot(pen.along) < 0.99;
            let tolerance = 0.5 * size.max(pen.size);
            let ends_blank = self.text.ends_with(char::is_whitespace) || self.text.is_empty();
            if turned || across > tolerance || forward < -tolerance {
                if !self.text.ends_with('\n') && !self.text.is_empty() {
                    self.text.push('\n');
                }
            } else if forward > 0.2 * size && !ends_blank && !text.starts_with(char::is_whitespace)
            {
                self.text.push(' ');
            }
        }
        self.text.push_str(text);
        self.pen = Some(Pen {
            end: full * Point::new(advance, 0.0),
            along,
            size,
        });
    }
}

/// A [`Device`] that hands each glyph drawn to its sink: the glyph's text,
/// its transform to the page and its advance (in glyph units). A glyph
/// filled and stroked is drawn twice; it reaches the sink once. Shared by
/// the text read here and the lines of [`super::pages`].
pub struct Glyphs<F> {
    sink: F,
    /// The last glyph filled: its transform and text.
    filled: Option<(Affine, String)>,
}

impl<F: FnMut(&str, Affine, f64)> Glyphs<F> {
    pub fn new(sink: F) -> Self {
        Glyphs { sink, filled: None }
    }
}

impl<'a, F: FnMut(&str, Affine, f64)> Device<'a> for Glyphs<F> {
    fn set_soft_mask(&mut self, _: Option<SoftMask<'a>>) {}

    fn set_blend_mode(&mut self, _: BlendMode) {}

    fn draw_path(&mut self, _: &BezPath, _: Affine, _: &Paint<'a>, _: &PathDrawMode) {}

    fn push_clip_path(&mut self, _: &ClipPath) {}

    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}

    fn draw_glyph(
        &mut self,
        glyph: &Glyph<'a>,
        transform: Affine,
        glyph_transform: Affine,
        _: &Paint<'a>,
        mode: &GlyphDrawMode,
    ) {
        let text = match glyph.as_unicode() {
            Some(BfString::Char(c)) => c.to_string(),
            Some(BfString::String(s)) => s,
            None => '\u{FFFD}'.to_string(),
        };
        let full = transform * glyph_transform;
        let again = (full, text);
        if matches!(mode, GlyphDrawMode::Stroke(_)) && self.filled.as_ref() == Some(&again) {
            return;
        }
        let (full, text) = again;
        let advance = match glyph {
            Glyph::Outline(g) => g.advance_width().unwrap_or(0.0),
            Glyph::Type3(_) => 0.0,
        };
        (self.sink)(&text, full, f64::from(advance));
        self.filled = Some((full, text));
    }

    fn draw_image(&mut self, _: Image<'a, '_>, _: Affine) {}

    fn pop_clip_path(&mut self) {}

    fn pop_transparency_group(&mut self) {}
}

/// What the tests read of a PDF's structure, from a file [`check`] found
/// sound.
pub struct Checked {
    /// The XMP metadata of the document (the catalog's `/Metadata`), decoded.
    pub xmp: String,
    /// The document language (the catalog's `/Lang`).
    pub lang: Option<String>,
    /// Marked content: the catalog's `/MarkInfo` says `/Marked true`.
    pub marked: bool,
    /// The catalog's `/ViewerPreferences` say `/DisplayDocTitle true`.
    pub display_doc_title: bool,
    /// The structure tree (the catalog's `/StructTreeRoot`), if there is one.
    pub structure: Option<Vec<Element>>,
    /// The files associated with the document (the catalog's `/AF`).
    pub attachments: Vec<Attachment>,
    /// Every page's content stream and every form XObject, decoded (as
    /// typst writes them: no line breaks, operands and operators separated
    /// by single spaces).
    pub content: String,
}

/// A file associated with the document.
#[derive(Debug)]
pub struct Attachment {
    /// Its name (`/UF`, or `/F`).
    pub name: String,
    /// How it relates to the document (`/AFRelationship`), e.g. `Source`.
    pub relationship: Option<String>,
}

/// An element of the structure tree.
#[derive(Debug)]
pub struct Element {
    /// Its structure type (`/S`), e.g. `Figure`, `Div`.
    pub role: String,
    /// Its own language (`/Lang`), which its descendants inherit.
    pub lang: Option<String>,
    /// Its text alternative (`/Alt`).
    pub alt: Option<String>,
    /// Its identifier (`/ID`), which a table cell's `/Headers` name.
    pub id: Option<String>,
    /// A table header's `/Scope` (`Row`, `Column`, `Both`), from its
    /// attributes (`/A`).
    pub scope: Option<String>,
    /// A table cell's headers (`/Headers` in its attributes): their `/ID`s.
    pub headers: Vec<String>,
    pub children: Vec<Element>,
}

impl Element {
    /// This element and all its descendants.
    pub fn every(&self) -> Vec<&Element> {
        let mut all = vec![self];
        for child in &self.children {
            all.extend(child.every());
        }
        all
    }
}

/// Checks that `pdf` is a sound PDF file, as `qpdf --check` does for its
/// syntax and streams (qpdf itself runs in `output::qpdf_checks_every_kind_of_output`
/// when asked for), and reads what the tests look for. Panics with the first
/// defect:
/// - the header, `startxref` and `%%EOF`;
/// - the cross-reference table at `startxref`: every object it lists in use
///   starts at its offset (`12 0 obj`) and loads; object 0 is free; the
///   trailer's `/Size` counts the entries and its `/Root` is the catalog
///   the reader uses (hayro-syntax repairs a broken table silently, so the
///   table is read here first, byte by byte);
/// - every stream is as long as its `/Length` says and decodes (a Flate
///   stream strictly, with its checksum);
/// - the catalog (`/Type /Catalog`) and its page tree, whose `/Count` is
///   the number of pages, each with a content stream that decodes.
pub fn check(pdf: &[u8]) -> Checked {
    use hayro_interpret::hayro_syntax::object::{Dict, Object, ObjectIdentifier, Stream};

    assert!(
        pdf.starts_with(b"%PDF-1.") || pdf.starts_with(b"%PDF-2."),
        "no PDF header"
    );
    assert!(
        pdf.trim_ascii_end().ends_with(b"%%EOF"),
        "the file does not end with %%EOF"
    );
    let startxref = rfind(pdf, b"startxref").expect("no startxref");
    let xref_at: usize =
        number_after(&pdf[startxref + b"startxref".len()..]).expect("startxref names no offset");
    let table = pdf
        .get(xref_at..)
        .filter(|t| t.starts_with(b"xref"))
        .unwrap_or_else(|| panic!("startxref {xref_at} does not point to a cross-reference table"));
    let (entries, trailer) = xref_table(&table[b"xref".len()..]);
    let trailer = String::from_utf8_lossy(trailer);
    let size: usize = number_after(after(&trailer, "/Size").as_bytes()).expect("trailer /Size");
    assert_eq!(size, entries.len(), "trailer /Size against the table");
    assert_eq!(
        entries.first().map(|e| e.2),
        Some(b'f'),
        "object 0 is not free"
    );
    let root = reference_after(after(&trailer, "/Root")).expect("trailer /Root");
    assert!(trailer.contains("/ID"), "the trailer has no /ID");

    let loaded = hayro_interpret::hayro_syntax::Pdf::new(pdf.to_vec())
        .unwrap_or_else(|e| panic!("the PDF does not load: {e:?}"));
    let xref = loaded.xref();
    let root_id = xref.root_id();
    assert_eq!(
        (root_id.obj_number, root_id.gen_number),
        root,
        "the reader found another catalog than the trailer's"
    );
    let mut forms = Vec::new();
    for (number, &(offset, generation, kind)) in entries.iter().enumerate() {
        if kind != b'n' {
            continue;
        }
        let header = format!("{number} {generation} obj");
        assert!(
            pdf.get(offset..)
                .is_some_and(|o| o.starts_with(header.as_bytes())),
            "the table puts object {number} at {offset}, where it is not"
        );
        let id = ObjectIdentifier::new(number as i32, generation as i32);
        let object = xref
            .get::<Object>(id)
            .unwrap_or_else(|| panic!("object {number} does not load"));
        if let Object::Stream(stream) = object {
            let length = stream.dict().get::<u32>("Length");
            assert_eq!(
                length.map(|l| l as usize),
                Some(stream.raw_data().len()),
                "object {number}: /Length against the stream's data"
            );
            let decoded = stream
                .decoded()
                .unwrap_or_else(|e| panic!("object {number}: the stream does not decode: {e:?}"));
            if filters(stream.dict()) == ["FlateDecode"] {
                // hayro-syntax reads damaged Flate data too; flate2 checks
                // the zlib header and the checksum.
                use std::io::Read;
                let mut strict = Vec::new();
                flate2::read::ZlibDecoder::new(&stream.raw_data()[..])
                    .read_to_end(&mut strict)
                    .unwrap_or_else(|e| panic!("object {number}: a damaged Flate stream: {e}"));
                if !stream.dict().contains_key("DecodeParms") {
                    assert!(*decoded == strict[..], "object {number}: decoded two ways");
                }
            }
            if name(stream.dict(), "Subtype").as_deref() == Some("Form") {
                forms.push(String::from_utf8_lossy(&decoded).into_owned());
            }
        }
    }

    let catalog = xref.get::<Dict>(root_id).expect("the catalog loads");
    assert_eq!(name(&catalog, "Type").as_deref(), Some("Catalog"), "/Root");
    let tree = catalog
        .get::<Dict>("Pages")
        .expect("the catalog has a page tree");
    let count = tree.get::<u32>("Count").expect("the page tree's /Count");
    assert_eq!(
        count as usize,
        leaves(&tree),
        "/Count against the page tree"
    );
    let pages = loaded.pages();
    assert_eq!(pages.len(), count as usize, "the pages the reader found");
    let mut content = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        let stream = page
            .page_stream()
            .unwrap_or_else(|| panic!("page {}: no content stream that decodes", i + 1));
        content.push(String::from_utf8_lossy(stream).into_owned());
    }
    content.extend(forms);

    let xmp = catalog
        .get::<Stream>("Metadata")
        .map(|m| String::from_utf8(m.decoded().expect("metadata decodes").to_vec()))
        .map(|m| m.expect("the metadata is UTF-8"))
        .unwrap_or_default();
    let attachments = catalog
        .get::<hayro_interpret::hayro_syntax::object::Array>("AF")
        .map(|af| {
            af.iter::<Dict>()
                .map(|spec| Attachment {
                    name: ["UF", "F"]
                        .into_iter()
                        .find_map(|key| text(&spec, key))
                        .unwrap_or_default(),
                    relationship: name(&spec, "AFRelationship"),
                })
                .collect()
        })
        .unwrap_or_default();
    Checked {
        xmp,
        lang: text(&catalog, "Lang"),
        marked: catalog
            .get::<Dict>("MarkInfo")
            .and_then(|m| m.get::<bool>("Marked"))
            == Some(true),
        display_doc_title: catalog
            .get::<Dict>("ViewerPreferences")
            .and_then(|v| v.get::<bool>("DisplayDocTitle"))
            == Some(true),
        structure: catalog
            .get::<Dict>("StructTreeRoot")
            .map(|root| elements(&root)),
        attachments,
        content: content.join("\n"),
    }
}

/// The cross-reference table after the keyword `xref`: each object's
/// (offset, generation, `n` or `f`) by number, and the trailer's text.
fn xref_table(mut table: &[u8]) -> (Vec<(usize, u64, u8)>, &[u8]) {
    let mut entries = Vec::new();
    loop {
        table = table.trim_ascii_start();
        if let Some(trailer) = table.strip_prefix(b"trailer") {
            let end = find(trailer, b"startxref").expect("startxref after the trailer");
            return (entries, &trailer[..end]);
        }
        let line = table
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .expect("a subsection");
        let heading = String::from_utf8_lossy(&table[..line]).into_owned();
        let numbers: Vec<usize> = heading
            .split_whitespace()
            .map(|n| {
                n.parse()
                    .unwrap_or_else(|_| panic!("xref subsection `{heading}`"))
            })
            .collect();
        let [first, count] = numbers[..] else {
            panic!("xref subsection `{heading}`")
        };
        assert_eq!(first, entries.len(), "xref subsections leave a gap");
        table = table[line..].strip_prefix(b"\r").unwrap_or(&table[line..]);
        table = table.strip_prefix(b"\n").unwrap_or(table);
        for _ in 0..count {
            // Each entry is 20 bytes: `0000012345 00000 n` and a two-byte
            // end of line.
            let entry = table.get(..20).expect("a whole xref entry");
            let fields = String::from_utf8_lossy(&entry[..18]).into_owned();
            let mut fields = fields.split(' ');
            let (Some(offset), Some(generation), Some(kind), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                panic!("xref entry `{}`", String::from_utf8_lossy(entry))
            };
            assert!(
                offset.len() == 10 && generation.len() == 5 && matches!(kind, "n" | "f"),
                "xref entry `{}`",
                String::from_utf8_lossy(entry)
            );
            assert!(
                matches!(&entry[18..], b" \n" | b" \r" | b"\r\n"),
                "xref entry `{}` does not end its 20 bytes",
                String::from_utf8_lossy(entry)
            );
            entries.push((
                offset.parse().unwrap(),
                generation.parse().unwrap(),
                kind.as_bytes()[0],
            ));
            table = &table[20..];
        }
    }
}

/// The number of pages under a node of the page tree.
fn leaves(node: &hayro_interpret::hayro_syntax::object::Dict) -> usize {
    use hayro_interpret::hayro_syntax::object::{Array, Dict};
    match name(node, "Type").as_deref() {
        Some("Page") => 1,
        Some("Pages") => node
            .get::<Array>("Kids")
            .expect("a page tree node without /Kids")
            .iter::<Dict>()
            .map(|kid| leaves(&kid))
            .sum(),
        other => panic!("a page tree node of type {other:?}"),
    }
}

/// The structure elements under a node of the structure tree (its `/K`: one
/// kid or an array; marked-content references and numbers are not elements).
fn elements(node: &hayro_interpret::hayro_syntax::object::Dict) -> Vec<Element> {
    use hayro_interpret::hayro_syntax::object::{Dict, Object};
    let kids: Vec<Dict> = match node.get::<Object>("K") {
        Some(Object::Dict(kid)) => vec![kid],
        Some(Object::Array(kids)) => kids
            .iter::<Object>()
            .filter_map(|kid| match kid {
                Object::Dict(d) => Some(d),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    kids.into_iter()
        .filter(|kid| kid.contains_key("S") && name(kid, "Type").as_deref() != Some("MCR"))
        .map(|kid| {
            let attributes = attributes(&kid);
            Element {
                role: name(&kid, "S").unwrap_or_default(),
                lang: text(&kid, "Lang"),
                alt: text(&kid, "Alt"),
                id: text(&kid, "ID"),
                scope: attributes.iter().find_map(|a| name(a, "Scope")),
                headers: attributes
                    .iter()
                    .filter_map(|a| {
                        a.get::<hayro_interpret::hayro_syntax::object::Array>("Headers")
                    })
                    .flat_map(|h| {
                        h.iter::<hayro_interpret::hayro_syntax::object::String>()
                            .map(|s| String::from_utf8_lossy(s.as_bytes()).into_owned())
                            .collect::<Vec<_>>()
                    })
                    .collect(),
                children: elements(&kid),
            }
        })
        .collect()
}

/// A structure element's attribute dictionaries (its `/A`: one or an array).
fn attributes<'a>(
    node: &hayro_interpret::hayro_syntax::object::Dict<'a>,
) -> Vec<hayro_interpret::hayro_syntax::object::Dict<'a>> {
    use hayro_interpret::hayro_syntax::object::{Dict, Object};
    match node.get::<Object>("A") {
        Some(Object::Dict(a)) => vec![a],
        Some(Object::Array(a)) => a
            .iter::<Object>()
            .filter_map(|o| match o {
                Object::Dict(d) => Some::<Dict>(d),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The names of a stream's filters, in the order they apply.
fn filters(dict: &hayro_interpret::hayro_syntax::object::Dict) -> Vec<String> {
    use hayro_interpret::hayro_syntax::object::{Name, Object};
    match dict.get::<Object>("Filter") {
        Some(Object::Name(n)) => vec![n.as_str().to_owned()],
        Some(Object::Array(a)) => a.iter::<Name>().map(|n| n.as_str().to_owned()).collect(),
        _ => Vec::new(),
    }
}

/// A name entry of a dictionary, without its slash.
fn name(dict: &hayro_interpret::hayro_syntax::object::Dict, key: &str) -> Option<String> {
    dict.get::<hayro_interpret::hayro_syntax::object::Name>(key)
        .map(|n| n.as_str().to_owned())
}

/// A text string entry of a dictionary: UTF-16 with its byte order mark,
/// UTF-8 with its mark, or else PDFDocEncoding (read as Latin-1, which it
/// is for the letters the documents use).
fn text(dict: &hayro_interpret::hayro_syntax::object::Dict, key: &str) -> Option<String> {
    let s = dict.get::<hayro_interpret::hayro_syntax::object::String>(key)?;
    let bytes = s.as_bytes();
    Some(if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = utf16
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else if let Some(utf8) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(utf8).into_owned()
    } else {
        bytes.iter().map(|&b| char::from(b)).collect()
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The unsigned number that `bytes` start with, after white space.
fn number_after<T: std::str::FromStr>(bytes: &[u8]) -> Option<T> {
    let bytes = bytes.trim_ascii_start();
    let end = bytes
        .iter()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(bytes.len());
    std::str::from_utf8(&bytes[..end]).ok()?.parse().ok()
}

/// The text after the first `key` in `text`, or nothing.
fn after<'t>(text: &'t str, key: &str) -> &'t str {
    text.find(key).map_or("", |at| &text[at + key.len()..])
}

/// The object number and generation of the reference (`12 0 R`) that
/// `text` starts with.
fn reference_after(text: &str) -> Option<(i32, i32)> {
    let mut words = text.split_whitespace();
    let number = words.next()?.parse().ok()?;
    let generation = words.next()?.parse().ok()?;
    // `R` and, with nothing between, the next key (`R/Info`) or the end.
    let r = words.next()?;
    (r == "R" || r.starts_with("R/") || r.starts_with("R>")).then_some((number, generation))
}

/// Text compared without line breaks, spaces and hyphens, since the layout
/// breaks and hyphenates long words ("hyvinvointi-alueen"), and without the
/// invisible joiners and break opportunities the renderer adds.
pub fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '-' | '\u{2010}' | '\u{00AD}' | '\u{200B}' | '\u{2060}')
        })
        .collect()
}

/// [`squash`] without case, for the texts a template shows in capitals
/// (the 2023 annex sets the spearheads in upper case, as the original does),
/// and composed (NFC), as the renderer composes accents before layout.
pub fn squash_caseless(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // Through upper case first: a capital may be two letters ("ﬁ" prints
    // as "FI" in capitals, "ß" as "SS"), which lower case alone keeps apart.
    squash(text).to_uppercase().to_lowercase().nfc().collect()
}

/// The runs of a rich text between footnote references: the PDF shows the
/// reference as a number, so each run is looked for on its own.
pub fn runs(text: &sopimus::text::RichText) -> Vec<String> {
    let mut runs = vec![String::new()];
    for span in text.spans().expect("validated text parses") {
        match span {
            sopimus::text::Span::Text(t) | sopimus::text::Span::Strong(t) => {
                runs.last_mut().unwrap().push_str(&t)
            }
            _ => runs.push(String::new()),
        }
    }
    runs.retain(|r| !r.trim().is_empty());
    runs
}

/// Every text of the input that the documents must carry, with its path:
/// each field the model has that prints, named here one by one, so that a
/// field the renderer forgets fails the tests that use this.
pub fn required_texts(
    a: &sopimus::Agreement,
    business_ids: &[sopimus::BusinessId],
) -> Vec<(String, String)> {
    required_texts_in(a, business_ids, a.meta.languages.primary())
}

/// [`required_texts`] of the version in `language`.
pub fn required_texts_in(
    a: &sopimus::Agreement,
    business_ids: &[sopimus::BusinessId],
    language: sopimus::Language,
) -> Vec<(String, String)> {
    use sopimus::model::{AnnexContent, BodyRef, GoalsForm, Officers, Responsibility, TierContent};
    let mut out = Texts {
        out: Vec::new(),
        language,
        primary: a.meta.languages.primary(),
    };
    // The short title and version stand in the running header, which
    // `body_text` removes; `render::page_numbers_and_draft_marking` checks them.
    out.plain("meta.title", &a.meta.title);
    // The caption and the tiers' level names print only in the structure
    // figure (validation warns about them when no section inserts it).
    let figure = a
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .any(|b| *b == sopimus::model::Block::Insert(sopimus::model::Insert::StructureFigure));
    // A municipality's short name prints as its box in the figure, when a
    // tier shows the municipalities, and in Annex 1 in the list of where a
    // body in each municipality operates, for the municipalities it names.
    let mut short_name_shown: Vec<&sopimus::PartyId> = Vec::new();
    if figure
        && a.tiers
            .iter()
            .any(|t| t.contents.contains(&TierContent::Municipalities))
    {
        short_name_shown.extend(a.parties.iter().map(|p| &p.id));
    }
    for f in a.forums.iter().filter(|f| f.per_municipality) {
        short_name_shown.extend(a.municipal_members(f).into_iter().map(|p| &p.id));
    }
    for (i, p) in a.parties.iter().enumerate() {
        let at = format!("parties[{i}]");
        out.plain(&format!("{at}.name"), &p.name);
        out.plain(&format!("{at}.business_id"), business_ids[i].as_str());
        out.opt(&format!("{at}.address"), p.address.as_ref());
        if p.kind.is_municipality() && short_name_shown.contains(&&p.id) {
            out.opt(&format!("{at}.short_name"), p.short_name.as_ref());
        }
        if let Some(s) = &p.signatory {
            out.plain(&format!("{at}.signatory.name"), &s.name);
            out.plain(&format!("{at}.signatory.title"), &s.title);
        }
        if let Some(ap) = &p.approval {
            out.plain(&format!("{at}.approval.body"), &ap.body);
            out.plain(&format!("{at}.approval.date"), &ap.date.finnish());
            out.opt(&format!("{at}.approval.section"), ap.section.as_ref());
        }
        if let Some(d) = p.signed_on {
            out.plain(&format!("{at}.signed_on"), &d.finnish());
        }
    }
    for (s, section) in a.sections.iter().enumerate() {
        out.plain(&format!("sections[{s}].heading"), &section.heading);
        for (b, block) in section.blocks.iter().enumerate() {
            let at = format!("sections[{s}].blocks[{b}]");
            match block {
                sopimus::model::Block::Paragraph(t) => out.rich(&at, t),
                sopimus::model::Block::Bullets(items) | sopimus::model::Block::Numbered(items) => {
                    for (i, item) in items.iter().enumerate() {
                        out.rich(&format!("{at}[{i}]"), &item.text);
                        for (k, t) in item.items.iter().enumerate() {
                            out.rich(&format!("{at}[{i}].items[{k}]"), t);
                        }
                    }
                }
                sopimus::model::Block::Subheading(t) => out.plain(&at, t),
                _ => {}
            }
        }
    }
    for (key, note) in &a.footnotes {
        out.rich(&format!("footnotes.{key}"), note);
    }
    for (i, statute) in a.legal_basis.iter().enumerate() {
        let at = format!("legal_basis[{i}]");
        out.plain(&format!("{at}.name"), &statute.name);
        out.opt(&format!("{at}.number"), statute.number.as_ref());
        for (k, provision) in statute.provisions.iter().enumerate() {
            out.plain(&format!("{at}.provisions[{k}].section"), &provision.section);
            out.opt(
                &format!("{at}.provisions[{k}].topic"),
                provision.topic.as_ref(),
            );
        }
    }
    if figure {
        out.opt("structure.caption", a.structure.caption.as_ref());
    }
    for (t, tier) in a.tiers.iter().enumerate() {
        out.plain(&format!("tiers[{t}].name"), &tier.name);
        if figure {
            out.opt(&format!("tiers[{t}].level_name"), tier.level_name.as_ref());
        }
        out.prose(&format!("tiers[{t}].blocks"), &tier.blocks);
    }
    let body = |out: &mut Texts, path: &str, r: &BodyRef| match r {
        BodyRef::Id(id) => {
            let name = a
                .parties
                .iter()
                .find(|p| p.id.as_str() == id.as_str())
                .map(|p| &p.name)
                .or_else(|| {
                    a.forums
                        .iter()
                        .find(|f| f.id.as_str() == id.as_str())
                        .map(|f| &f.name)
                })
                .expect("validated references resolve");
            out.plain(path, name);
        }
        BodyRef::Organ { organ, .. } => out.plain(&format!("{path}.organ"), organ),
        BodyRef::Other(name) => out.plain(&format!("{path}.other"), name),
        _ => {}
    };
    let responsibility = |out: &mut Texts, path: &str, r: &Responsibility| match &r.text {
        Some(text) => out.plain(&format!("{path}.text"), text),
        None => {
            for (k, who) in r.responsible.iter().enumerate() {
                body(out, &format!("{path}.responsible[{k}]"), who);
            }
            for (k, who) in r.partners.iter().enumerate() {
                body(out, &format!("{path}.partners[{k}]"), who);
            }
        }
    };
    for (i, f) in a.forums.iter().enumerate() {
        let at = format!("forums[{i}]");
        out.plain(&format!("{at}.name"), &f.name);
        out.opt(&format!("{at}.short_name"), f.short_name.as_ref());
        for (field, value) in [
            ("composition", &f.composition),
            ("serves", &f.serves),
            ("prepared_by", &f.prepared_by),
            ("presented_by", &f.presented_by),
        ] {
            out.opt(&format!("{at}.{field}"), value.as_ref());
        }
        if let Some(c) = &f.convener {
            out.opt(&format!("{at}.convener.other"), c.other.as_ref());
        }
        if let Some(Officers::Other(text)) = &f.officers {
            out.plain(&format!("{at}.officers.other"), text);
        }
        if let Some(by) = &f.appointed_by {
            body(&mut out, &format!("{at}.appointed_by"), by);
        }
        for (k, m) in f.members.iter().enumerate() {
            body(&mut out, &format!("{at}.members[{k}]"), &m.who);
            out.opt(&format!("{at}.members[{k}].role"), m.role.as_ref());
        }
        for (t, task) in f.tasks.iter().enumerate() {
            out.rich(&format!("{at}.tasks[{t}]"), task);
        }
    }
    for (i, area) in a.interface_areas.iter().enumerate() {
        let at = format!("interface_areas[{i}]");
        out.plain(&format!("{at}.name"), &area.name);
        out.plain(&format!("{at}.municipal_contact"), &area.municipal_contact);
        out.plain(&format!("{at}.county_contact"), &area.county_contact);
        if let Some(d) = &area.description {
            out.rich(&format!("{at}.description"), d);
        }
        for (k, b) in area.bodies.iter().enumerate() {
            body(&mut out, &format!("{at}.bodies[{k}]"), b);
        }
    }
    for (p, priority) in a.priorities.iter().enumerate() {
        let at = format!("priorities[{p}]");
        out.plain(&format!("{at}.title"), &priority.title);
        if let Some(d) = &priority.description {
            out.rich(&format!("{at}.description"), d);
        }
        if let Some(lead) = &priority.lead {
            responsibility(&mut out, &format!("{at}.lead"), lead);
        }
        for (g, goal) in priority.goals.iter().enumerate() {
            let at = format!("{at}.goals[{g}]");
            out.rich(&format!("{at}.text"), &goal.text);
            if let Some(lead) = &goal.lead {
                responsibility(&mut out, &format!("{at}.lead"), lead);
            }
            out.opt(
                &format!("{at}.indicators_intro"),
                goal.indicators_intro.as_ref(),
            );
            for (n, indicator) in goal.indicators.iter().enumerate() {
                let at = format!("{at}.indicators[{n}]");
                // What the indicator's own fields add goes before the text's
                // final full stop ("… kyselyssä (yksikkö: %)."), so the text
                // is looked for without it.
                out.rich_without_final_stop(&format!("{at}.text"), &indicator.text);
                out.opt(&format!("{at}.target"), indicator.target.as_ref());
                out.opt(&format!("{at}.unit"), indicator.unit.as_ref());
                if let Some(share) = indicator.municipalities {
                    out.plain(&format!("{at}.municipalities"), &share.to_string());
                }
                if let Some(y) = indicator.baseline_year {
                    out.plain(&format!("{at}.baseline_year"), &y.to_string());
                }
                if let Some(source) = &indicator.source {
                    out.plain(&format!("{at}.source.name"), &source.name);
                    out.opt(&format!("{at}.source.id"), source.id.as_ref());
                }
            }
            for (n, action) in goal.actions.iter().enumerate() {
                let at = format!("{at}.actions[{n}]");
                out.rich(&format!("{at}.text"), &action.text);
                if let Some(lead) = &action.lead {
                    responsibility(&mut out, &format!("{at}.lead"), lead);
                }
            }
        }
    }
    if let Some(f) = &a.follow_up {
        out.prose("follow_up.text", &f.text);
    }
    if let Some(review) = &a.validity.review {
        out.rich("validity.review.text", &review.text);
    }
    out.opt("signing.place", a.signing.place.as_ref());
    for (i, r) in a.representatives.iter().enumerate() {
        out.plain(&format!("representatives[{i}].name"), &r.name);
        out.opt(&format!("representatives[{i}].title"), r.title.as_ref());
        out.opt(&format!("representatives[{i}].deputy"), r.deputy.as_ref());
    }
    let x = &a.annexes;
    out.opt("annexes.structures_title", x.structures_title.as_ref());
    out.opt("annexes.goals_title", x.goals_title.as_ref());
    out.opt("annexes.goal_heading", x.goal_heading.as_ref());
    out.opt("annexes.indicator_heading", x.indicator_heading.as_ref());
    if x.goals_form == GoalsForm::Full {
        out.opt("annexes.priority_heading", x.priority_heading.as_ref());
        out.opt("annexes.action_heading", x.action_heading.as_ref());
        out.opt("annexes.lead_heading", x.lead_heading.as_ref());
    }
    for (i, annex) in x.additional.iter().enumerate() {
        let at = format!("annexes.additional[{i}]");
        out.plain(&format!("{at}.title"), &annex.title);
        match &annex.content {
            AnnexContent::Blocks(blocks) => out.prose(&format!("{at}.blocks"), blocks),
            AnnexContent::Table(t) => {
                for (c, column) in t.columns.iter().enumerate() {
                    out.plain(&format!("{at}.table.columns[{c}]"), column);
                }
                for (r, row) in t.rows.iter().enumerate() {
                    for (c, cell) in row.iter().enumerate() {
                        out.rich(&format!("{at}.table.rows[{r}][{c}]"), cell);
                    }
                }
            }
            AnnexContent::Document(d) => {
                out.plain(&format!("{at}.document.name"), &d.name);
                out.opt(&format!("{at}.document.reference"), d.reference.as_ref());
            }
            _ => {}
        }
    }
    out.out
}

/// A text field of the model as a test reads it: a person's name is the
/// same in every language, a [`Text`](sopimus::text::Text) has versions.
pub trait Pick {
    /// The version in `language` (`primary` is the language of plain strings).
    fn pick(&self, language: sopimus::Language, primary: sopimus::Language) -> String;
}

impl Pick for str {
    fn pick(&self, _: sopimus::Language, _: sopimus::Language) -> String {
        self.to_owned()
    }
}

impl Pick for String {
    fn pick(&self, _: sopimus::Language, _: sopimus::Language) -> String {
        self.clone()
    }
}

impl Pick for sopimus::text::Text {
    fn pick(&self, language: sopimus::Language, primary: sopimus::Language) -> String {
        self.get(language, primary)
            .unwrap_or(self.as_str())
            .to_owned()
    }
}

/// The texts a document must carry, with their paths.
struct Texts {
    out: Vec<(String, String)>,
    language: sopimus::Language,
    primary: sopimus::Language,
}

impl Texts {
    fn plain<T: Pick + ?Sized>(&mut self, path: &str, text: &T) {
        let text = text.pick(self.language, self.primary);
        if !text.trim().is_empty() {
            self.out.push((path.to_owned(), text));
        }
    }

    fn opt<T: Pick + ?Sized>(&mut self, path: &str, text: Option<&T>) {
        if let Some(text) = text {
            self.plain(path, text);
        }
    }

    fn version(&self, text: &sopimus::text::RichText) -> sopimus::text::RichText {
        sopimus::text::RichText::from(
            text.get(self.language, self.primary)
                .unwrap_or(text.as_str()),
        )
    }

    fn rich(&mut self, path: &str, text: &sopimus::text::RichText) {
        for run in runs(&self.version(text)) {
            self.out.push((path.to_owned(), run));
        }
    }

    fn rich_without_final_stop(&mut self, path: &str, text: &sopimus::text::RichText) {
        let mut runs = runs(&self.version(text));
        if let Some(last) = runs.last_mut() {
            *last = last.trim_end().trim_end_matches('.').to_owned();
        }
        runs.retain(|r| !r.trim().is_empty());
        for run in runs {
            self.out.push((path.to_owned(), run));
        }
    }

    fn prose(&mut self, path: &str, blocks: &[sopimus::model::ProseBlock]) {
        use sopimus::model::ProseBlock;
        for (b, block) in blocks.iter().enumerate() {
            let at = format!("{path}[{b}]");
            match block {
                ProseBlock::Paragraph(t) => self.rich(&at, t),
                ProseBlock::Bullets(items) | ProseBlock::Numbered(items) => {
                    for (i, item) in items.iter().enumerate() {
                        self.rich(&format!("{at}[{i}]"), &item.text);
                        for (k, t) in item.items.iter().enumerate() {
                            self.rich(&format!("{at}[{i}].items[{k}]"), t);
                        }
                    }
                }
                ProseBlock::Subheading(t) => self.plain(&at, t),
                _ => {}
            }
        }
    }
}

/// The body text of each page, without the running header (short title,
/// version, draft mark, "3 (12)"), joined: so that a paragraph that
/// continues on the next page reads as one.
pub fn body_text(pdf: &[u8], agreement: &sopimus::Agreement) -> String {
    body_text_in(pdf, agreement, agreement.meta.languages.primary())
}

/// [`body_text`] of the version in `language`.
pub fn body_text_in(
    pdf: &[u8],
    agreement: &sopimus::Agreement,
    language: sopimus::Language,
) -> String {
    let primary = agreement.meta.languages.primary();
    let pages = pages_text(pdf);
    let total = pages.len();
    let short = agreement
        .meta
        .short_title
        .as_ref()
        .unwrap_or(&agreement.meta.title)
        .pick(language, primary);
    let mut header: Vec<String> = vec![short];
    header.extend(
        agreement
            .meta
            .version
            .as_ref()
            .map(|v| v.pick(language, primary)),
    );
    pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            // The draft mark stands twice on a draft's page: in the header
            // and as the large mark behind the text.
            let mut page = page.replace("LUONNOS", "").replace("UTKAST", "");
            // The renderer binds a section sign to its number with a
            // no-break space ("§ 14"), also in a short title.
            page = page.replace('\u{A0}', " ");
            for h in header
                .iter()
                .cloned()
                .chain([format!("{} ({total})", i + 1)])
            {
                // Right-to-left text stands in the PDF in the order it is
                // drawn, reversed: all of it, or its right-to-left runs
                // beside left-to-right ones ("مرحبا (suomeksi)").
                let reversed: String = h.chars().rev().collect();
                let mixed = drawn(&h);
                let drawn = [h, reversed, mixed]
                    .into_iter()
                    .find(|h| page.contains(h.as_str()))
                    .unwrap_or_default();
                if !drawn.is_empty() {
                    page = page.replacen(&drawn, "", 1);
                }
            }
            page
        })
        .collect::<Vec<_>>()
        .join("")
}

pub fn assert_carries_everything(agreement: &ValidatedAgreement, text: &str, what: &str) {
    let primary = agreement.agreement().meta.languages.primary();
    assert_carries_everything_in(agreement, primary, text, what);
}

/// [`assert_carries_everything`] for the version in `language`.
pub fn assert_carries_everything_in(
    agreement: &ValidatedAgreement,
    language: sopimus::Language,
    text: &str,
    what: &str,
) {
    let whole = squash_caseless(text);
    let mut haystack = whole.clone();
    // A table that continues on the next page repeats its header row there,
    // in the middle of a cell's text that breaks across the pages; the
    // repetitions are removed so that such a text reads as one. (A text is
    // looked for with and without them: its own words may be those of the
    // header row.)
    let a = agreement.agreement();
    let primary = a.meta.languages.primary();
    let x = &a.annexes;
    let words = sopimus::__program::Locale::new(language).words();
    let d = &words.annexes;
    let h = |own: &Option<sopimus::text::Text>, default: &str| {
        own.as_ref()
            .map_or_else(|| default.to_owned(), |t| t.pick(language, primary))
    };
    let mut rows = vec![
        vec![
            h(&x.priority_heading, d.priority_heading),
            h(&x.goal_heading, d.goal_heading),
            h(&x.indicator_heading, d.indicator_heading),
            h(&x.action_heading, d.action_heading),
            h(&x.lead_heading, d.lead_heading),
        ],
        vec![
            h(&x.goal_heading, d.goal_heading),
            h(&x.indicator_heading, d.indicator_heading),
        ],
    ];
    // A body's table in Annex 1 repeats its name (and short name) too.
    for f in &a.forums {
        let mut row = vec![f.name.pick(language, primary)];
        row.extend(
            f.short_name
                .as_ref()
                .map(|s| format!("({})", s.pick(language, primary))),
        );
        rows.push(row);
    }
    for row in rows {
        // As written, and as drawn (a name in Arabic comes out reversed).
        let drawn_row: Vec<String> = row.iter().map(|cell| drawn(cell)).collect();
        for row in [row.join(""), drawn_row.join("")] {
            let row = squash_caseless(&row);
            if let Some(first) = haystack.find(&row) {
                let (head, tail) = haystack.split_at(first + row.len());
                haystack = format!("{head}{}", tail.replace(&row, ""));
            }
        }
    }
    // A footnote stands at the foot of the page that refers to it, in the
    // middle of a paragraph that goes on to the next page: without the
    // footnotes (and their numbers), such a paragraph reads as one.
    let mut unfooted = haystack.clone();
    for note in a.footnotes.values() {
        let raw = note.get(language, primary).unwrap_or(note.as_str());
        let note = squash_caseless(&sopimus::text::plain_of(raw));
        if note.is_empty() {
            continue;
        }
        while let Some(at) = unfooted.find(&note) {
            let number = unfooted[..at].trim_end_matches(|c: char| c.is_ascii_digit());
            unfooted = format!("{number}{}", &unfooted[at + note.len()..]);
        }
    }
    let missing: Vec<String> = required_texts_in(a, agreement.business_ids(), language)
        .into_iter()
        .filter(|(_, needle)| {
            [&whole, &haystack, &unfooted]
                .iter()
                .all(|text| !found(text, needle) && !found_across_a_break(text, needle))
        })
        .map(|(path, needle)| format!("{path}: {needle}"))
        .collect();
    assert!(missing.is_empty(), "{what} lost:\n{}", missing.join("\n"));
}

/// Whether `needle` is in the squashed `haystack` in two parts, the second
/// at most a few lines after the first: a table cell that breaks over a page
/// has between its parts what the page draws in between, the rest of its
/// row (another cell's text, an empty cell's "–"), the running header and
/// the header row the next page repeats. Each part is 8 letters or more,
/// and both must be there whole, so a text with a piece left out is still
/// missed.
fn found_across_a_break(haystack: &str, needle: &str) -> bool {
    /// The most that may stand between the parts, in bytes of squashed text.
    const GAP: usize = 600;
    let needle = squash_caseless(needle);
    let letters = needle.chars().count();
    let least = 8;
    if letters < 2 * least {
        return false;
    }
    needle
        .char_indices()
        .skip(least)
        .take(letters + 1 - 2 * least)
        .any(|(split, _)| {
            let (head, tail) = needle.split_at(split);
            haystack.match_indices(head).any(|(at, _)| {
                let rest = &haystack[at + head.len()..];
                let mut end = (GAP + tail.len()).min(rest.len());
                while !rest.is_char_boundary(end) {
                    end -= 1;
                }
                rest[..end].contains(tail)
            })
        })
}

/// Whether `needle` is in the squashed `haystack`. Right-to-left words come
/// out of the extractor in visual order, so each is also looked for reversed.
pub fn found(haystack: &str, needle: &str) -> bool {
    if haystack.contains(&squash_caseless(needle)) {
        return true;
    }
    if needle.chars().any(is_rtl) {
        return needle.split_whitespace().all(|word| {
            let word = squash_caseless(word);
            let reversed: String = word.chars().rev().collect();
            haystack.contains(&word) || haystack.contains(&reversed)
        });
    }
    // Numbers and signs at the ends of a text that follows right-to-left
    // text on its line (a title after an Arabic name: "…, § 14 johtaja")
    // take that text's direction and are drawn on its other side. Then the
    // words with letters must stand together, and each of the others
    // somewhere.
    if !haystack.chars().any(is_rtl) {
        return false;
    }
    let words: Vec<&str> = needle.split_whitespace().collect();
    let lettered = |w: &&str| w.chars().any(char::is_alphabetic);
    let first = words.iter().position(lettered);
    let last = words.iter().rposition(lettered);
    if first == Some(0) && last == Some(words.len() - 1) {
        return false;
    }
    let core = match (first, last) {
        (Some(f), Some(l)) => squash_caseless(&words[f..=l].join(" ")),
        _ => String::new(),
    };
    haystack.contains(&core)
        && words
            .iter()
            .filter(|w| !lettered(w))
            .all(|w| haystack.contains(&squash_caseless(w)))
}

/// A letter of a right-to-left script (Hebrew, Arabic).
fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FEFC}')
}

/// `text` as a line draws it: each run of right-to-left letters (with the
/// spaces between them) in visual order, reversed, the rest as it is.
fn drawn(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_rtl(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut end = i;
        let mut j = i;
        while j < chars.len() && (is_rtl(chars[j]) || chars[j] == ' ') {
            if is_rtl(chars[j]) {
                end = j + 1;
            }
            j += 1;
        }
        out.extend(chars[i..end].iter().rev());
        i = end;
    }
    out
}
