//! The one error of building a spreadsheet (feature `xlsx`), whichever
//! table it is: the spreadsheet library's own error type stays out of the
//! public API (ARCHITECTURE.md, "API guidelines"), reached through
//! [`std::error::Error::source`] only.

/// The spreadsheet library could not build a workbook.
///
/// Opaque on purpose: its cause, of the library's own type, is the
/// error's [`source()`](std::error::Error::source), so that a newer
/// version of that library changes nothing in this API.
///
/// ```
/// # #[cfg(feature = "xlsx")] {
/// use std::error::Error as _;
/// use sopimus::export::{ExportError, SpreadsheetError};
///
/// // An `ExportError::Xlsx` holds one; its message says what failed, its
/// // source says why.
/// fn explain(e: &SpreadsheetError) -> String {
///     match e.source() {
///         Some(cause) => format!("{e}: {cause}"),
///         None => e.to_string(),
///     }
/// }
/// # let _ = (explain, |e: ExportError| matches!(e, ExportError::Xlsx(_)));
/// # }
/// ```
#[derive(Debug, thiserror::Error)]
#[error("could not build the spreadsheet")]
pub struct SpreadsheetError {
    /// The library's error, the `source()`.
    #[source]
    cause: rust_xlsxwriter::XlsxError,
}

impl SpreadsheetError {
    /// The spreadsheet library's error `e`, wrapped. Crate-private: a
    /// public `From` impl would name the library's type in the API.
    pub(crate) fn new(e: rust_xlsxwriter::XlsxError) -> SpreadsheetError {
        SpreadsheetError { cause: e }
    }
}

/// `result.xlsx()?`: the spreadsheet library's result with its error
/// wrapped, so that `?` carries it into the crate's errors without a
/// public `From` of the library's type.
pub(crate) trait XlsxResult<T> {
    /// The result with a [`SpreadsheetError`] for its error.
    fn xlsx(self) -> Result<T, SpreadsheetError>;
}

impl<T> XlsxResult<T> for Result<T, rust_xlsxwriter::XlsxError> {
    fn xlsx(self) -> Result<T, SpreadsheetError> {
        self.map_err(SpreadsheetError::new)
    }
}
