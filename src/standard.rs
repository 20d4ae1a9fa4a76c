//! The PDF standards an output conforms to: a plain value that the
//! follow-up options carry down here and the renderer turns into typst's.

/// The PDF standards the output conforms to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Standard {
    /// PDF/A-2b (archival) and PDF/UA-1 (accessible): the default.
    #[default]
    A2bUa1,
    /// PDF/A-3b and PDF/UA-1, with the agreement's data attached as JSON.
    A3bUa1,
    /// PDF/A-2b alone.
    A2b,
    /// PDF/A-3b alone, with the agreement's data attached.
    A3b,
    /// PDF/UA-1 alone.
    Ua1,
    /// No standard enforced (still tagged).
    None,
}

impl Standard {
    /// Whether the standard allows file attachments (PDF/A-3 or none).
    pub fn allows_attachments(self) -> bool {
        matches!(
            self,
            Standard::A3bUa1 | Standard::A3b | Standard::Ua1 | Standard::None
        )
    }
}
