//! Pages as images, for previews (`sopimus edit`): the same layout as the
//! PDF, without the PDF export, drawn as SVG (typst's SVG export) or as
//! PNG (typst's raster export).

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, PoisonError};

use typst::layout::{Abs, Frame, FrameItem, Point, Transform};
use typst::model::Destination;
use typst_layout::Page;

use super::{RenderError, RenderOptions, Renderer, agreement_job};
use crate::validate::ValidatedAgreement;

/// The pages of the last document previewed, by the hash of what the page
/// draws ([`drawn`]) and the kind of image: after an edit most pages look
/// the same, and drawing a page costs more than laying it out again from
/// typst's caches. Only the last document's pages are kept, so memory
/// stays flat.
#[derive(Default)]
pub(super) struct PreviewCache(Mutex<HashMap<(u128, Kind), PreviewPage>>);

/// The kind of image a page is drawn as: SVG, or PNG at a number of
/// pixels per point (in hundredths).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Kind {
    Svg,
    Png(u32),
}

/// The fewest and most pixels per point of a PNG preview: a quarter of
/// the A4 page's points is still legible as a thumbnail, eight times is
/// 4 763 × 6 736 pixels, 128 MB as it is drawn.
const PNG_SCALE: std::ops::RangeInclusive<f64> = 0.25..=8.0;

/// One page of a preview ([`Renderer::render_preview`]): its image and the
/// text on it, for finding what a click on the image points at.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct PreviewPage {
    /// The page as an image.
    pub image: PreviewImage,
    /// A hash of what the page draws: two pages with the same hash look
    /// the same, so a viewer that has the one need not take the other
    /// (when it has it as the same kind of image).
    pub hash: u128,
    /// The page's width in points.
    pub width: f64,
    /// The page's height in points.
    pub height: f64,
    /// The runs of text on the page, in the order typst laid them out.
    pub texts: Arc<[PageText]>,
}

/// A page's image in a preview.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum PreviewImage {
    /// An SVG image (typst's own SVG export; the text is drawn as shapes).
    Svg(Arc<str>),
    /// A PNG image (typst's raster export), with its size in pixels.
    Png {
        /// The image file.
        bytes: Arc<[u8]>,
        /// The width in pixels.
        width: u32,
        /// The height in pixels.
        height: u32,
    },
}

impl PreviewImage {
    /// The image file's bytes.
    ///
    /// ```
    /// use sopimus::{RenderOptions, Renderer, ValidateOptions};
    ///
    /// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&ValidateOptions::new())?;
    /// let pages = Renderer::new().render_preview_png(&valid, &RenderOptions::new(), 1.0)?;
    /// assert!(pages[0].image.bytes().starts_with(b"\x89PNG"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn bytes(&self) -> &[u8] {
        match self {
            PreviewImage::Svg(svg) => svg.as_bytes(),
            PreviewImage::Png { bytes, .. } => bytes,
        }
    }

    /// The image's media type: `image/svg+xml` or `image/png`.
    ///
    /// ```
    /// use sopimus::{RenderOptions, Renderer, ValidateOptions};
    ///
    /// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&ValidateOptions::new())?;
    /// let pages = Renderer::new().render_preview(&valid, &RenderOptions::new())?;
    /// assert_eq!(pages[0].image.media_type(), "image/svg+xml");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn media_type(&self) -> &'static str {
        match self {
            PreviewImage::Svg(_) => "image/svg+xml",
            PreviewImage::Png { .. } => "image/png",
        }
    }
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
        Ok(pages
            .iter()
            .map(|p| String::from_utf8_lossy(p.image.bytes()).into_owned())
            .collect())
    }

    /// The pages of [`Renderer::render_svg`] with what a live preview needs
    /// besides: a hash of what each page draws, its size, and the runs of
    /// text on it with their places. A page that looks as it did in the
    /// renderer's previous preview is not drawn again, so a preview after
    /// a small edit costs the layout and the pages that changed.
    ///
    /// ```
    /// use sopimus::render::PreviewImage;
    /// use sopimus::{RenderOptions, Renderer, ValidateOptions};
    ///
    /// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&ValidateOptions::new())?;
    /// let renderer = Renderer::new();
    /// let pages = renderer.render_preview(&valid, &RenderOptions::new())?;
    /// assert!(pages[0].width > 590.0 && pages[0].width < 600.0); // A4
    /// assert!(pages[0].texts.iter().any(|t| t.text.contains("Esimerkkialueen")));
    /// // Nothing changed: the same pages, not drawn again.
    /// let again = renderer.render_preview(&valid, &RenderOptions::new())?;
    /// let (PreviewImage::Svg(first), PreviewImage::Svg(second)) = (&pages[0].image, &again[0].image) else {
    ///     unreachable!("an SVG preview")
    /// };
    /// assert!(std::sync::Arc::ptr_eq(first, second));
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
        self.preview(agreement, options, Kind::Svg)
    }

    /// The pages of [`Renderer::render_preview`] as PNG images with
    /// `pixels_per_point` pixels for each point of the page (an A4 page is
    /// 595 × 842 points; 1.0 is 72 pixels an inch). A browser decodes such
    /// an image off its main thread, several times faster than an SVG
    /// image of a page full of text. The scale is held between 0.25 and 8
    /// (a scale that is not a number is taken as 1) and rounded to a
    /// hundredth; pages already drawn at that scale are not drawn again.
    ///
    /// ```
    /// use sopimus::render::PreviewImage;
    /// use sopimus::{RenderOptions, Renderer, ValidateOptions};
    ///
    /// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&ValidateOptions::new())?;
    /// let pages = Renderer::new().render_preview_png(&valid, &RenderOptions::new(), 2.0)?;
    /// let PreviewImage::Png { width, height, .. } = pages[0].image else { unreachable!() };
    /// assert_eq!((width, height), (1191, 1684)); // A4 at 144 pixels an inch
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Renderer::render_svg`].
    pub fn render_preview_png(
        &self,
        agreement: &ValidatedAgreement,
        options: &RenderOptions,
        pixels_per_point: f64,
    ) -> Result<Vec<PreviewPage>, RenderError> {
        let scale = if pixels_per_point.is_nan() {
            1.0
        } else {
            pixels_per_point.clamp(*PNG_SCALE.start(), *PNG_SCALE.end())
        };
        // In hundredths: the cache's key, and the scale drawn at.
        self.preview(
            agreement,
            options,
            Kind::Png((scale * 100.0).round() as u32),
        )
    }

    fn preview(
        &self,
        agreement: &ValidatedAgreement,
        options: &RenderOptions,
        kind: Kind,
    ) -> Result<Vec<PreviewPage>, RenderError> {
        let result = agreement_job(agreement, options, true).and_then(|job| {
            self.lay_out(job, |_, document, _, _| {
                let mut cache = self
                    .previews
                    .0
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                let mut kept = HashMap::with_capacity(document.pages().len());
                let pages = document
                    .pages()
                    .iter()
                    .map(|page| {
                        let key = (drawn(page), kind);
                        let preview = cache
                            .remove(&key)
                            .or_else(|| kept.get(&key).cloned())
                            .unwrap_or_else(|| draw(page, key.0, kind));
                        kept.insert(key, preview.clone());
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
fn draw(page: &Page, hash: u128, kind: Kind) -> PreviewPage {
    let mut texts = Vec::new();
    collect_texts(&page.frame, Transform::identity(), &mut texts);
    let size = page.frame.size();
    let image = match kind {
        Kind::Svg => PreviewImage::Svg(Arc::from(typst_svg::svg(
            page,
            &typst_svg::SvgOptions::default(),
        ))),
        // The encoder refuses only what cannot happen here (a write into
        // memory failing, an image of no pixels); the SVG image would
        // still show the page.
        Kind::Png(hundredths) => png(page, f64::from(hundredths) / 100.0).unwrap_or_else(|| {
            PreviewImage::Svg(Arc::from(typst_svg::svg(
                page,
                &typst_svg::SvgOptions::default(),
            )))
        }),
    };
    PreviewPage {
        image,
        hash,
        width: size.x.to_pt(),
        height: size.y.to_pt(),
        texts: texts.into(),
    }
}

/// A page as a PNG image, `scale` pixels a point, written with the PNG
/// encoder's fastest compression: a preview is read once, a few
/// milliseconds later, by a program on the same machine.
fn png(page: &Page, scale: f64) -> Option<PreviewImage> {
    let options = typst_render::RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(scale),
        ..Default::default()
    };
    let pixmap = typst_render::render(page, &options);
    let (width, height) = (pixmap.width(), pixmap.height());
    // tiny-skia keeps colours premultiplied by their alpha; a page is
    // opaque (typst fills it white unless it says otherwise), so the
    // colours are the page's as they are, and alpha is left out. Most
    // pages are black text on white: as grey levels, a third of the data
    // and of the bytes (100 KiB against 300 KiB for a page of text at
    // 1.25 pixels a point). A page that is not opaque keeps its alpha,
    // its colours divided back.
    let pixels = pixmap.pixels();
    let opaque = pixels.iter().all(|p| p.alpha() == u8::MAX);
    let grey = opaque
        && pixels
            .iter()
            .all(|p| p.red() == p.green() && p.green() == p.blue());
    let (color, data): (png::ColorType, Vec<u8>) = if grey {
        (
            png::ColorType::Grayscale,
            pixels.iter().map(|p| p.red()).collect(),
        )
    } else if opaque {
        let data = pixels.iter().flat_map(|p| [p.red(), p.green(), p.blue()]);
        (png::ColorType::Rgb, data.collect())
    } else {
        let data = pixels.iter().flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        });
        (png::ColorType::Rgba, data.collect())
    };
    let mut bytes = Vec::with_capacity(data.len() / 8);
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(color);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().ok()?;
    writer.write_image_data(&data).ok()?;
    writer.finish().ok()?;
    Some(PreviewImage::Png {
        bytes: bytes.into(),
        width,
        height,
    })
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
