//! Reading the agreement back from the JSON a PDF/A-3 carries.

use crate::model::Agreement;

/// Why the agreement could not be read back from a PDF.
#[cfg(feature = "render")]
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AttachmentError {
    /// The bytes are not a readable PDF.
    #[error("the file is not a readable PDF")]
    NotPdf,
    /// The PDF has no `agreement.json` attachment.
    #[error(
        "the PDF carries no `agreement.json`; render it with a PDF/A-3 standard to attach the data"
    )]
    Missing,
    /// The attachment could not be decompressed.
    #[error("the `agreement.json` attachment is damaged")]
    Damaged,
    /// The attachment is not an agreement in this crate's format; the
    /// cause is the `source()`.
    #[error("the attached `agreement.json` is not a valid agreement")]
    Format(#[source] crate::LoadError),
}

#[cfg(feature = "render")]
impl From<crate::LoadError> for AttachmentError {
    fn from(e: crate::LoadError) -> Self {
        AttachmentError::Format(e)
    }
}

/// The name under which the agreement's data is attached to PDF/A-3 output.
pub const ATTACHMENT_NAME: &str = "agreement.json";

/// Reads the agreement back from a PDF rendered with a standard that allows
/// attachments ([`Standard::allows_attachments`](crate::Standard::allows_attachments));
/// feature `render`.
///
/// ```
/// use sopimus::{RenderOptions, Renderer, Standard};
///
/// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let options = RenderOptions::new().standard(Standard::A3bUa1);
/// let pdf = Renderer::new().render(&valid, &options)?.pdf;
/// let back = sopimus::export::read_attachment(&pdf)?;
/// assert!(&back == valid.agreement());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`AttachmentError`] when the PDF cannot be read, carries no data, or the
/// data is not an agreement.
#[cfg(feature = "render")]
pub fn read_attachment(pdf: &[u8]) -> Result<Agreement, AttachmentError> {
    use hayro_syntax::object::{Dict, Object, Stream};

    let pdf = hayro_syntax::Pdf::new(pdf.to_vec()).map_err(|_| AttachmentError::NotPdf)?;
    for object in pdf.objects() {
        let Object::Dict(dict) = object else { continue };
        let is_filespec = dict
            .get::<hayro_syntax::object::Name>("Type")
            .is_some_and(|n| &*n == b"Filespec");
        let named = ["UF", "F"].iter().any(|key| {
            dict.get::<hayro_syntax::object::String>(*key)
                .is_some_and(|s| s.as_bytes() == ATTACHMENT_NAME.as_bytes())
        });
        if !(is_filespec && named) {
            continue;
        }
        let Some(ef) = dict.get::<Dict>("EF") else {
            continue;
        };
        let Some(stream) = ef.get::<Stream>("F") else {
            continue;
        };
        let data = stream.decoded().map_err(|_| AttachmentError::Damaged)?;
        let text = std::str::from_utf8(&data).map_err(|_| AttachmentError::Damaged)?;
        return Ok(Agreement::from_json_str(text)?);
    }
    Err(AttachmentError::Missing)
}
