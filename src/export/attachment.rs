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
    /// The attachment inflates to more than `limit` bytes; inflating
    /// stopped there.
    #[error(
        "the `agreement.json` attachment inflates to more than the limit of {limit} bytes for an agreement"
    )]
    TooLarge {
        /// The limit, [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES).
        limit: u64,
    },
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

/// The data of an attachment's stream, inflated as it is read and only up
/// to `limit` bytes: a small PDF may carry a stream that inflates to
/// gigabytes. Only what sopimus writes is read: no filter, or Flate.
#[cfg(feature = "render")]
fn inflated(
    stream: &hayro_syntax::object::Stream<'_>,
    limit: u64,
) -> Result<Vec<u8>, AttachmentError> {
    use hayro_syntax::Filter;
    let raw = stream.raw_data();
    let read = match stream.filters().as_slice() {
        [] => crate::limits::read_at_most(&raw[..], limit),
        [Filter::FlateDecode] => {
            crate::limits::read_at_most(flate2::read::ZlibDecoder::new(&raw[..]), limit)
        }
        _ => return Err(AttachmentError::Damaged),
    };
    read.map_err(|_| AttachmentError::Damaged)?
        .ok_or(AttachmentError::TooLarge { limit })
}

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
        let data = inflated(&stream, crate::MAX_INPUT_BYTES)?;
        let text = std::str::from_utf8(&data).map_err(|_| AttachmentError::Damaged)?;
        return Ok(Agreement::from_json_str(text)?);
    }
    Err(AttachmentError::Missing)
}

#[cfg(all(test, feature = "render"))]
mod tests {
    use super::*;

    /// A PDF whose only object is an `agreement.json` file specification
    /// with `data` as its embedded file's stream, Flate-compressed.
    fn pdf_with_attachment(data: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(data).unwrap();
        let stream = z.finish().unwrap();
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        let mut object = |pdf: &mut Vec<u8>, body: &[u8]| {
            offsets.push(pdf.len());
            pdf.extend_from_slice(body);
        };
        object(
            &mut pdf,
            b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
        );
        object(
            &mut pdf,
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n",
        );
        object(
            &mut pdf,
            b"3 0 obj\n<< /Type /Filespec /F (agreement.json) /UF (agreement.json) /EF << /F 4 0 R >> >>\nendobj\n",
        );
        let mut four = format!(
            "4 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length {} >>\nstream\n",
            stream.len()
        )
        .into_bytes();
        four.extend_from_slice(&stream);
        four.extend_from_slice(b"\nendstream\nendobj\n");
        object(&mut pdf, &four);
        let xref = pdf.len();
        pdf.extend_from_slice(b"xref\n0 5\n0000000000 65535 f \n");
        for at in &offsets {
            pdf.extend_from_slice(format!("{at:010} 00000 n \n").as_bytes());
        }
        pdf.extend_from_slice(
            format!("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
        );
        pdf
    }

    /// Issue 20: a 1 MB PDF whose attachment inflated to 1 GiB was
    /// inflated whole (1.1 GB) before the size limit refused it. Here
    /// 64 MiB of zeros, some 64 KB compressed: refused as too large, the
    /// limit named, having inflated one byte past the limit.
    #[test]
    fn an_attachment_bomb_stops_at_the_limit() {
        let pdf = pdf_with_attachment(&vec![0u8; 64 << 20]);
        assert!(pdf.len() < 1 << 20, "{} bytes", pdf.len());
        let e = read_attachment(&pdf).unwrap_err();
        assert!(
            matches!(e, AttachmentError::TooLarge { limit } if limit == crate::MAX_INPUT_BYTES),
            "{e:?}"
        );
        assert!(
            e.to_string().contains(&crate::MAX_INPUT_BYTES.to_string()),
            "{e}"
        );
    }

    #[test]
    fn an_attachment_under_the_limit_is_read() {
        let json = crate::load("tests/data/valid/minimal.toml")
            .unwrap()
            .agreement;
        let text = serde_json::to_string(&json).unwrap();
        let back = read_attachment(&pdf_with_attachment(text.as_bytes())).unwrap();
        assert!(back == json);
    }
}
