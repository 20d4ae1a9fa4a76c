//! `sopimus verify`: whether a signed PDF holds this agreement's rendering,
//! and the signatures it carries. No cryptographic check: the signatures'
//! names and times are read as written, for recording them.

use serde::Serialize;

/// How the signed document's pages relate to the agreement's rendering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Match {
    /// The signed file begins with the rendering's bytes, unchanged: a
    /// signing service appended its revisions (`appended` bytes) after them.
    SameBytes {
        /// Bytes after the rendering: the signatures' revisions.
        appended: usize,
    },
    /// The file was rewritten, but every page's content is the
    /// rendering's, page for page.
    SamePages,
    /// The pages differ from the rendering: another text, or another
    /// agreement.
    Different,
}

/// A signature dictionary (`/Type /Sig`) found in the signed file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct FoundSignature {
    /// The signer's name as written in `/Name`, when given.
    pub name: Option<String>,
    /// The time of signing as written in `/M` (`D:20230801120000+03'00'`).
    pub time: Option<String>,
    /// `/Reason`, when given.
    pub reason: Option<String>,
    /// `/Location`, when given.
    pub location: Option<String>,
}

/// What `verify` found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Verification {
    /// Whether the pages are the rendering's.
    #[serde(rename = "match")]
    pub matches: Match,
    /// The pages of the signed file.
    pub pages: usize,
    /// The pages of the rendering.
    pub rendered_pages: usize,
    /// The signature dictionaries, in the order of the file's objects.
    pub signatures: Vec<FoundSignature>,
}

/// Why a signed file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// The signed file is not a readable PDF.
    #[error("the signed file is not a readable PDF")]
    NotPdf,
}

/// Compares a signed PDF with the agreement's own rendering (`rendered`,
/// the bytes [`Renderer::render`](super::Renderer::render) gives) and lists
/// the signatures it finds. Says nothing of the signatures' validity.
///
/// ```
/// use sopimus::render::verify::{Match, verify};
///
/// let valid = sopimus::load("tests/data/valid/minimal.toml")?.validate(&sopimus::ValidateOptions::new())?;
/// let pdf = sopimus::Renderer::new().render(&valid, &sopimus::RenderOptions::new())?.pdf;
/// let found = verify(&pdf, &pdf)?;
/// assert_eq!(found.matches, Match::SameBytes { appended: 0 });
/// assert!(found.signatures.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`VerifyError::NotPdf`] when the signed file cannot be read as a PDF.
pub fn verify(signed: &[u8], rendered: &[u8]) -> Result<Verification, VerifyError> {
    use hayro_syntax::object::{Dict, Name, Object};

    let pdf = hayro_syntax::Pdf::new(signed.to_vec()).map_err(|_| VerifyError::NotPdf)?;
    let ours = hayro_syntax::Pdf::new(rendered.to_vec()).map_err(|_| VerifyError::NotPdf)?;
    let text = |d: &Dict<'_>, key: &str| {
        d.get::<hayro_syntax::object::String>(key)
            .map(|s| decode(s.as_bytes()))
    };
    let mut signatures = Vec::new();
    for object in pdf.objects() {
        let Object::Dict(dict) = object else { continue };
        let is_sig = dict.get::<Name>("Type").is_some_and(|n| &*n == b"Sig")
            || (dict.contains_key("ByteRange") && dict.contains_key("Contents"));
        if is_sig {
            signatures.push(FoundSignature {
                name: text(&dict, "Name"),
                time: text(&dict, "M"),
                reason: text(&dict, "Reason"),
                location: text(&dict, "Location"),
            });
        }
    }
    let (pages, rendered_pages) = (pdf.pages().len(), ours.pages().len());
    let matches = if signed.starts_with(rendered) {
        Match::SameBytes {
            appended: signed.len() - rendered.len(),
        }
    } else if pages == rendered_pages
        && pdf
            .pages()
            .iter()
            .zip(ours.pages().iter())
            .all(|(a, b)| a.page_stream().is_some() && a.page_stream() == b.page_stream())
    {
        Match::SamePages
    } else {
        Match::Different
    };
    Ok(Verification {
        matches,
        pages,
        rendered_pages,
        signatures,
    })
}

/// A PDF text string: UTF-16BE with its byte order mark, UTF-8 with its
/// mark, or PDFDocEncoding (read as Latin-1, which it equals for letters).
fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}
