//! Pages as SVG images, for previews (`sopimus edit`): the same layout as
//! the PDF, without the PDF export.

use super::{RenderError, RenderOptions, Renderer, agreement_job};
use crate::validate::ValidatedAgreement;

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
                let svg = typst_svg::SvgOptions::default();
                Ok(document
                    .pages()
                    .iter()
                    .map(|page| typst_svg::svg(page, &svg))
                    .collect())
            })
        });
        // As after every render: memory stays flat over many previews.
        typst::comemo::evict(8);
        result
    }
}
