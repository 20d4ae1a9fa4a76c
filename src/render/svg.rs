//! Pages as SVG images, for previews (`sopimus edit`): the same layout as
//! the PDF, without the PDF export.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use super::{RenderError, RenderOptions, Renderer, agreement_job};
use crate::validate::ValidatedAgreement;

/// The SVG images of the pages of the last document laid out, by the
/// page's hash: after an edit most pages are the same, and drawing a page
/// as SVG costs more than laying it out again from typst's caches. Only the
/// last document's pages are kept, so memory stays flat.
#[derive(Default)]
pub(super) struct SvgCache(Mutex<HashMap<u128, Arc<str>>>);

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
        let result = agreement_job(agreement, options).and_then(|job| {
            self.lay_out(job, |_, document, _, _| {
                let options = typst_svg::SvgOptions::default();
                let mut cache = self.svg.0.lock().unwrap_or_else(PoisonError::into_inner);
                let mut kept = HashMap::with_capacity(document.pages().len());
                let pages = document
                    .pages()
                    .iter()
                    .map(|page| {
                        let key = typst::utils::hash128(page);
                        let svg = cache
                            .remove(&key)
                            .or_else(|| kept.get(&key).cloned())
                            .unwrap_or_else(|| Arc::from(typst_svg::svg(page, &options)));
                        kept.insert(key, Arc::clone(&svg));
                        svg.to_string()
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
