//! The status table as an XLSX sheet for the committee: the title and the
//! state on top, a row per party with what is missing marked, the
//! terminations below.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook};

use super::StatusTable;

/// Column widths: party, decided, named, signed, terminated.
const WIDTHS: [f64; 5] = [30.0, 42.0, 60.0, 42.0, 14.0];

impl StatusTable {
    /// The table as an XLSX workbook of one sheet: the title and state,
    /// the headings (frozen, filterable), a row per party, rows with
    /// something missing in light red, then the terminations. The same
    /// table gives the same bytes (the workbook's date is the table's).
    ///
    /// ```
    /// use sopimus::decisions;
    ///
    /// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.validate(&sopimus::ValidateOptions::new())?;
    /// let decisions = decisions::load("examples/kanta-hame-2026.decisions.toml")?.validate(&agreement)?;
    /// let table = decisions.status(&agreement)?.table(&agreement, Some(sopimus::Language::Fi));
    /// assert!(table.to_xlsx()?.starts_with(b"PK"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`SpreadsheetError`](crate::export::SpreadsheetError) when the
    /// workbook cannot be written (a cell longer than a spreadsheet holds).
    pub fn to_xlsx(&self) -> Result<Vec<u8>, crate::spreadsheet::SpreadsheetError> {
        self.build_xlsx()
            .map_err(crate::spreadsheet::SpreadsheetError::new)
    }

    /// [`to_xlsx`](Self::to_xlsx) with the spreadsheet library's own error.
    fn build_xlsx(&self) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        let mut book = Workbook::new();
        let created = rust_xlsxwriter::ExcelDateTime::from_ymd(
            u16::try_from(self.date.year()).unwrap_or(2000),
            u8::try_from(self.date.month()).unwrap_or(1),
            u8::try_from(self.date.day()).unwrap_or(1),
        )?;
        book.set_properties(
            &rust_xlsxwriter::DocProperties::new()
                .set_title(&self.title)
                .set_creation_datetime(&created),
        );
        let bold = Format::new().set_bold();
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_background_color(Color::RGB(0xE8EEF5))
            .set_border_bottom(FormatBorder::Thin);
        let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let missing = cell.clone().set_background_color(Color::RGB(0xFBE3E6));
        let sheet = book.add_worksheet();
        sheet.set_name(&self.headings[0])?;
        for (col, width) in WIDTHS.iter().enumerate() {
            sheet.set_column_width(col as u16, *width)?;
        }
        sheet.write_string_with_format(0, 0, &self.title, &bold)?;
        sheet.write_string(1, 0, &self.state)?;
        let top = 3;
        for (col, h) in self.headings.iter().enumerate() {
            sheet.write_string_with_format(top, col as u16, h, &header)?;
        }
        let mut row = top;
        for r in &self.rows {
            row += 1;
            let format = if r.missing { &missing } else { &cell };
            let cells = [
                format!("{} ({})", r.name, r.party),
                r.decided.clone(),
                r.named.clone(),
                r.signed.clone(),
                r.terminated.clone().unwrap_or_default(),
            ];
            for (col, text) in cells.iter().enumerate() {
                sheet.write_string_with_format(row, col as u16, text, format)?;
            }
        }
        sheet.set_freeze_panes(top + 1, 1)?;
        sheet.autofilter(top, 0, row, 4)?;
        if !self.terminations.is_empty() {
            row += 2;
            sheet.write_string_with_format(row, 0, &self.terminations_heading, &bold)?;
            for t in &self.terminations {
                row += 1;
                sheet.write_string(row, 0, t)?;
            }
        }
        book.save_to_buffer()
    }
}
