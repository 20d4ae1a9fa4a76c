//! Reading rendered PDFs back as laid-out pages: each page's size and its
//! lines of text with their places, for the page rules of `tests/it/pages.rs`.
//!
//! Like [`super::pdf`] (whose [`Glyphs`] device reads them), the glyphs
//! come from hayro-interpret in the order the page draws them; here a line is a run of glyphs on one baseline
//! drawn one after another (a line of a paragraph, or of a table cell), and
//! keeps where it stands: `top` is the baseline's distance from the top of
//! the page, in points.

use hayro_interpret::hayro_syntax::Pdf;
use hayro_interpret::{Context, InterpreterCache, InterpreterSettings, interpret_page};
use kurbo::{Affine, Point, Rect};

use super::pdf::Glyphs;

/// A line of text on a page.
#[derive(Debug, Clone)]
pub struct Line {
    pub text: String,
    /// Where the line begins, from the page's left edge.
    pub left: f64,
    /// The baseline, from the page's top edge.
    pub top: f64,
    /// The font size.
    pub size: f64,
}

/// A laid-out page.
#[derive(Debug, Clone)]
pub struct Page {
    pub width: f64,
    pub height: f64,
    pub lines: Vec<Line>,
}

impl Page {
    pub fn landscape(&self) -> bool {
        self.width > self.height
    }

    /// The lines of the text area: the running header (in the top margin)
    /// and a draft's watermark (96 pt letters drawn across the page, each
    /// a line of its own here) left out.
    pub fn body(&self) -> impl Iterator<Item = &Line> {
        self.lines
            .iter()
            .filter(move |l| l.top > TOP_MARGIN && l.size < WATERMARK_SIZE)
    }

    /// The page's body text squashed (see [`super::pdf::squash`]).
    pub fn squashed(&self) -> String {
        let text: String = self.body().map(|l| l.text.as_str()).collect();
        super::pdf::squash_caseless(&text)
    }

    /// How far down the text area the lowest line stands, 0 to 1.
    pub fn filled(&self) -> f64 {
        let lowest = self.body().map(|l| l.top).fold(TOP_MARGIN, f64::max);
        (lowest - TOP_MARGIN) / self.text_height()
    }

    /// The height of the text area (the templates' margins: 26 mm at the
    /// top, 30 mm at the bottom).
    pub fn text_height(&self) -> f64 {
        self.height - TOP_MARGIN - BOTTOM_MARGIN
    }
}

const MM: f64 = 72.0 / 25.4;
pub const TOP_MARGIN: f64 = 26.0 * MM;
pub const BOTTOM_MARGIN: f64 = 30.0 * MM;
/// Letters at least this large are a draft's watermark, not text (the
/// largest text is the 16 pt title).
const WATERMARK_SIZE: f64 = 40.0;

/// The pages of a PDF with their lines.
pub fn pages(pdf: &[u8]) -> Vec<Page> {
    let pdf = Pdf::new(pdf.to_vec()).unwrap_or_else(|e| panic!("the PDF does not load: {e:?}"));
    let cache = InterpreterCache::new();
    pdf.pages()
        .iter()
        .map(|page| {
            let (width, height) = page.render_dimensions();
            let (width, height) = (f64::from(width), f64::from(height));
            let mut context = Context::new(
                Affine::IDENTITY,
                Rect::new(0.0, 0.0, width, height),
                &cache,
                pdf.xref(),
                InterpreterSettings::default(),
            );
            let mut device = LineDevice {
                height,
                ..LineDevice::default()
            };
            interpret_page(
                page,
                &mut context,
                &mut Glyphs::new(|text: &str, full, advance| device.glyph(text, full, advance)),
            );
            Page {
                width,
                height,
                lines: device.lines,
            }
        })
        .collect()
}

#[derive(Default)]
struct LineDevice {
    height: f64,
    lines: Vec<Line>,
    /// The end of the last glyph's advance.
    end: Option<Point>,
}

impl LineDevice {
    fn glyph(&mut self, text: &str, full: Affine, advance: f64) {
        let origin = full * Point::ZERO;
        let size = (full * Point::new(1000.0, 0.0) - origin).hypot();
        if size == 0.0 {
            return;
        }
        let top = self.height - origin.y;
        let same_line = self.end.is_some_and(|end| {
            (end.y - origin.y).abs() < 0.3 * size && origin.x > end.x - 0.5 * size
        });
        match self.lines.last_mut() {
            Some(line) if same_line => {
                let gap = origin.x - self.end.map_or(origin.x, |e| e.x);
                if gap > 0.2 * size && !line.text.ends_with(' ') && !text.starts_with(' ') {
                    line.text.push(' ');
                }
                line.text.push_str(text);
            }
            _ => self.lines.push(Line {
                text: text.to_owned(),
                left: origin.x,
                top,
                size,
            }),
        }
        self.end = Some(full * Point::new(advance, 0.0));
    }
}
