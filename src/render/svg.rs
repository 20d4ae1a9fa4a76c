//! Pages as SVG images, for previews (`sopimus edit`): the same layout as
//! the PDF, without the PDF export.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, PoisonError};

use typst::layout::{Abs, Frame, FrameItem, Point, Transform};
use typst::model::Destination;
use typst_layout::Page;

use super::{RenderError, RenderOptions, Renderer, agreement_job};
use crate::validate::ValidatedAgreement;

/// The pages of the last document laid out, by the hash of what the page
/// draws ([`drawn`]): after an edit most pages look the same, and drawing a
/// page as SVG costs more than laying it out again from typst's caches.
/// Only the last document's pages are kept, so memory stays flat.
#[derive(Default)]
pub(super) struct SvgCache(Mutex<HashMap<u128, PreviewPage>>);

/// One page of a preview ([`Renderer::render_preview`]): its image and the
/// text on it, for finding what a click on the image points at.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct PreviewPage {
    /// The page as an SVG image (typst's own SVG export; the text is drawn
    /// as shapes).
    pub svg: Arc<str>,
    /// A hash of what the page draws: two pages with the same hash look
    /// the same, so a viewer that has the one need not take the other.
    pub hash: u128,
    /// The page's width in points.
    pub width: f64,
    /// The page's height in points.
    pub height: f64,
    /// The runs of text on the page, in the order typst laid them out.
    pub texts: Arc<[PageText]>,
}

/// A run of text on a page (a line, or the part of it in one font) and
/// the box it takes, in points from the page's top left corner.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PageText {
    /// The text as typst shaped it (a hyphenated word's part ends in a
    /// hyphen).
    pub text: String,
    /// The left edge.
    pub x: f64,
    /// The top edge.
    pub y: f64,
    /// The width.
    pub width: f64,
    /// The height.
    pub height: f64,
}

impl Renderer {
    /// Lays out one document of a validated agreement, as
    /// [`Renderer::render`] does, and returns each page as an SVG image
    /// (typst's own SVG export) instead of a PDF. For previews: the text is
    /// drawn as shapes, so the images show what the PDF shows but carry no
    /// selectable text, tags or standards.
    ///
    /// ```
    /// use sopimus::{RenderOptions, Renderer, ValidateOptions};
    ///
    /// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&ValidateOptions::new())?;
    /// let pages = Renderer::new().render_svg(&valid, &RenderOptions::new())?;
    /// assert!(pages.len() > 1);
    /// assert!(pages[0].starts_with("<svg"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Renderer::render`], but for the PDF export's
    /// [`RenderError::Export`], which a preview does not do.
    pub fn render_svg(
        &self,
        agreement: &ValidatedAgreement,
        options: &RenderOptions,
    ) -> Result<Vec<String>, RenderError> {
        let pages = self.render_preview(agreement, options)?;
        Ok(pages.iter().map(|p| p.svg.to_string()).collect())
    }

    /// The pages of [`Renderer::render_svg`] with what a live preview needs
    /// besides: a hash of what each page draws, its size, and the runs of
    /// text on it with their places. A page that looks as it did in the
    /// renderer's previous preview is not drawn again, so a preview after
    /// a small edit costs the layout and the pages that changed.
    ///
    /// ```
    /// use sopimus::{RenderOptions, Renderer, ValidateOptions};
    ///
    /// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&ValidateOptions::new())?;
    /// let renderer = Renderer::new();
    /// let pages = renderer.render_preview(&valid, &RenderOptions::new())?;
    /// assert!(pages[0].width > 590.0 && pages[0].width < 600.0); // A4
    /// assert!(pages[0].texts.iter().any(|t| t.text.contains("Esimerkkialueen")));
    /// // Nothing changed: the same pages, not drawn again.
    /// let again = renderer.render_preview(&valid, &RenderOptions::new())?;
    /// assert!(std::sync::Arc::ptr_eq(&pages[0].svg, &again[0].svg));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Renderer::render_svg`].
    pub fn render_preview(
        &self,
        agreement: &ValidatedAgreement,
        options: &RenderOptions,
    ) -> Result<Vec<PreviewPage>, RenderError> {
        let result = agreement_job(agreement, options).and_then(|job| {
            self.lay_out(job, |_, document, _, _| {
                let options = typst_svg::SvgOptions::default();
                let mut cache = self.svg.0.lock().unwrap_or_else(PoisonError::into_inner);
                let mut kept = HashMap::with_capacity(document.pages().len());
                let pages = document
                    .pages()
                    .iter()
                    .map(|page| {
                        let hash = drawn(page);
                        let preview = cache
                            .remove(&hash)
                            .or_else(|| kept.get(&hash).cloned())
                            .unwrap_or_else(|| preview(page, hash, &options));
                        kept.insert(hash, preview.clone());
                        preview
                    })
                    .collect();
                *cache = kept;
                Ok(pages)
            })
        });
        // As after every render: memory stays flat over many previews.
        typst::comemo::evict(8);
        result
    }
}

/// Draws a page.
fn preview(page: &Page, hash: u128, options: &typst_svg::SvgOptions) -> PreviewPage {
    let mut texts = Vec::new();
    collect_texts(&page.frame, Transform::identity(), &mut texts);
    let size = page.frame.size();
    PreviewPage {
        svg: Arc::from(typst_svg::svg(page, options)),
        hash,
        width: size.x.to_pt(),
        height: size.y.to_pt(),
        texts: texts.into(),
    }
}

/// The runs of text in `frame`, placed by `ts` (the frame's place on the
/// page), as typst's SVG export places them.
fn collect_texts(frame: &Frame, ts: Transform, out: &mut Vec<PageText>) {
    for (at, item) in frame.items() {
        let here = ts.pre_concat(Transform::translate(at.x, at.y));
        match item {
            FrameItem::Group(group) => {
                collect_texts(&group.frame, here.pre_concat(group.transform), out);
            }
            FrameItem::Text(run) if !run.text.trim().is_empty() => {
                let size = run.size;
                // The box from the ascender to the descender, roughly.
                let top = Point::new(Abs::zero(), -size * 0.8).transform(here);
                let bottom = Point::new(run.width(), size * 0.25).transform(here);
                out.push(PageText {
                    text: run.text.to_string(),
                    x: top.x.to_pt().min(bottom.x.to_pt()),
                    y: top.y.to_pt().min(bottom.y.to_pt()),
                    width: (bottom.x - top.x).to_pt().abs(),
                    height: (bottom.y - top.y).to_pt().abs(),
                });
            }
            _ => {}
        }
    }
}

/// A hash of what typst's SVG export draws of `page`. The page's own hash
/// would do, but for the introspection tags and internal links in its
/// frames: their locations change on every page after an edit while the
/// drawing stays the same (six of the 2026 example's nine pages missed the
/// cache on every edit).
fn drawn(page: &Page) -> u128 {
    typst::utils::hash128(&(Drawn(&page.frame), page.bleed, page.fill_or_white()))
}

/// A frame hashed by what it draws.
struct Drawn<'a>(&'a Frame);

impl Hash for Drawn<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.size().hash(state);
        for (at, item) in self.0.items() {
            match item {
                FrameItem::Tag(_) => continue,
                FrameItem::Group(group) => {
                    (at, group.transform, &group.clip).hash(state);
                    Drawn(&group.frame).hash(state);
                }
                // Only a web address is written into the SVG.
                FrameItem::Link(Destination::Url(url), size) => (at, url, size).hash(state),
                FrameItem::Link(_, size) => (at, size).hash(state),
                other => (at, other).hash(state),
            }
        }
    }
}
