//! The nomination request: a party's collection form (XLSX) listing the
//! bodies and seats it fills, one row per seat, to fill in with the
//! representative, their title and deputy; and reading a filled form back
//! into the decisions file's `representatives`.

use rust_xlsxwriter::{DataValidation, Format, FormatBorder, Workbook};

use super::validate::{names_representatives, seats};
use super::{Nomination, ValidatedDecisions};
use crate::follow_up::table::Cell;
use crate::ids::{ForumId, PartyId};
use crate::language::{Language, Text};
use crate::validate::ValidatedAgreement;

/// The sheet of the form.
pub const NOMINATION_SHEET: &str = "nominations";

/// The columns: body id, body, seat, name, title, deputy.
const COLUMNS: [[&str; 6]; 2] = [
    [
        "toimielin (id)",
        "toimielin",
        "paikka",
        "nimi",
        "tehtävänimike",
        "varahenkilö",
    ],
    ["organ (id)", "organ", "plats", "namn", "titel", "ersättare"],
];
const WIDTHS: [f64; 6] = [18.0, 44.0, 8.0, 28.0, 28.0, 28.0];
/// The longest text a cell of the form takes.
const MAX_TEXT: u32 = 200;

/// Why a nomination form could not be made or read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NominationError {
    /// The party is not one of the agreement's.
    #[error("`{0}` is not a party of the agreement")]
    UnknownParty(String),
    /// The decisions were checked against another agreement.
    #[error(transparent)]
    OtherAgreement(#[from] super::OtherAgreement),
    /// The workbook could not be written.
    #[error("cannot write the nomination form")]
    Write(#[source] crate::spreadsheet::SpreadsheetError),
    /// The filled form cannot be read: what to do.
    #[error("the nomination form {0}")]
    Read(String),
    /// Rows of the filled form are wrong: every one, each at its cell.
    #[error("the nomination form has {} wrong cell(s): {}", .0.len(), .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Rows(Vec<FormProblem>),
}

/// A wrong cell of a filled nomination form: where (`nominations!D7`) and
/// what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct FormProblem {
    /// The cell.
    pub place: crate::follow_up::Place,
    /// What is wrong and what to do.
    pub message: String,
}

impl std::fmt::Display for FormProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// [`NominationError::Write`] of the spreadsheet library's error.
fn write_failed(e: rust_xlsxwriter::XlsxError) -> NominationError {
    NominationError::Write(crate::spreadsheet::SpreadsheetError::new(e))
}

/// The seats `party` fills: each body it names representatives to, with
/// its seats (one row when the agreement does not count them).
fn seat_rows(agreement: &ValidatedAgreement, party: &PartyId) -> Vec<(ForumId, String, u32)> {
    let a = agreement.agreement();
    a.forums
        .iter()
        .filter(|f| names_representatives(f))
        .filter_map(|f| seats(a, f, party).ok().map(|s| (f, s.unwrap_or(1).max(1))))
        .map(|(f, n)| (f.id.clone(), f.name.as_str().to_owned(), n))
        .collect()
}

impl ValidatedDecisions {
    /// The nomination form of `party` in `language` (Finnish for `None`):
    /// a row per seat it fills in each body, with the people the decisions
    /// file already records filled in; the name, title and deputy cells
    /// (yellow) take text of at most 200 characters.
    ///
    /// # Errors
    ///
    /// [`NominationError`] for an unknown party, decisions of another
    /// agreement, or a workbook that cannot be written.
    pub fn nomination_form(
        &self,
        agreement: &ValidatedAgreement,
        party: &PartyId,
        language: Option<Language>,
    ) -> Result<Vec<u8>, NominationError> {
        if !self.checked_against(agreement) {
            return Err(super::OtherAgreement.into());
        }
        let a = agreement.agreement();
        let p = a
            .party(party)
            .ok_or_else(|| NominationError::UnknownParty(party.to_string()))?;
        let shown = language.unwrap_or(Language::Fi);
        let text = |t: &crate::language::Text| {
            t.get(shown, a.meta.languages.primary())
                .unwrap_or(t.as_str())
                .to_owned()
        };
        let columns = &COLUMNS[usize::from(shown == Language::Sv)];
        let mut book = Workbook::new();
        let header = Format::new()
            .set_bold()
            .set_border_bottom(FormatBorder::Thin);
        let input = Format::new()
            .set_background_color(rust_xlsxwriter::Color::RGB(0xFFF2CC))
            .set_unlocked();
        let sheet = book.add_worksheet();
        sheet.set_name(NOMINATION_SHEET).map_err(write_failed)?;
        sheet
            .write_string_with_format(0, 0, text(&p.name), &header)
            .map_err(write_failed)?;
        for (col, (title, width)) in columns.iter().zip(WIDTHS).enumerate() {
            let col = col as u16;
            sheet.set_column_width(col, width).map_err(write_failed)?;
            sheet
                .write_string_with_format(1, col, *title, &header)
                .map_err(write_failed)?;
        }
        let recorded = self
            .party(party)
            .map_or(&[][..], |r| r.representatives.as_slice());
        // A title the file gives per language is filled in in the form's
        // language (a plain one is in the party's record language).
        let record_language = self
            .party(party)
            .and_then(|r| r.languages.first().copied())
            .unwrap_or(a.meta.languages.primary());
        let mut row = 1u32;
        for (body, _, n) in seat_rows(agreement, party) {
            let forum = a
                .forums
                .iter()
                .find(|f| f.id == body)
                .expect("a forum of the agreement");
            let mut people = recorded.iter().filter(|r| r.body == body);
            for seat in 1..=n {
                row += 1;
                let person = people.next();
                let cells: [(u16, String); 3] = [
                    (0, body.to_string()),
                    (1, text(&forum.name)),
                    (2, seat.to_string()),
                ];
                for (col, value) in cells {
                    sheet.write_string(row, col, value).map_err(write_failed)?;
                }
                let filled = [
                    person.map(|p| p.name.clone()),
                    person.and_then(|p| {
                        p.title.as_ref().map(|t| {
                            t.get(shown, record_language)
                                .unwrap_or(t.as_str())
                                .to_owned()
                        })
                    }),
                    person.and_then(|p| p.deputy.clone()),
                ];
                for (i, value) in filled.into_iter().enumerate() {
                    let col = 3 + i as u16;
                    sheet
                        .write_string_with_format(row, col, value.unwrap_or_default(), &input)
                        .map_err(write_failed)?;
                }
            }
        }
        if row > 1 {
            let validation = DataValidation::new()
                .allow_text_length(rust_xlsxwriter::DataValidationRule::Between(0, MAX_TEXT))
                .set_error_message("enintään 200 merkkiä / högst 200 tecken")
                .map_err(write_failed)?;
            sheet
                .add_data_validation(2, 3, row, 5, &validation)
                .map_err(write_failed)?;
        }
        sheet.set_freeze_panes(2, 0).map_err(write_failed)?;
        book.save_to_buffer().map_err(write_failed)
    }
}

/// Reads a filled nomination form of `party` back into representatives:
/// every row with a name, its body checked against the bodies the party
/// names representatives to.
///
/// # Errors
///
/// [`NominationError::Read`] for a file that is not a workbook or lacks the
/// sheet; [`NominationError::Rows`] with every wrong cell at once, each at
/// its place (`nominations!A7`): a body the party names nobody to, more
/// people than the body's seats, a title or deputy without a name.
pub fn read_nominations(
    bytes: &[u8],
    agreement: &ValidatedAgreement,
    party: &PartyId,
) -> Result<Vec<Nomination>, NominationError> {
    let sheets = crate::follow_up::xlsx_read::read(bytes).map_err(NominationError::Read)?;
    let sheet = sheets
        .iter()
        .find(|s| s.name == NOMINATION_SHEET)
        .ok_or_else(|| NominationError::Read(format!("has no sheet `{NOMINATION_SHEET}`; fill in the nomination form made for this agreement and party (`nomination_form`)")))?;
    let rows = seat_rows(agreement, party);
    let last = sheet.cells.keys().map(|(r, _)| *r).max().unwrap_or(0);
    let text = |r: u32, c: u32| -> Option<String> {
        match sheet.cells.get(&(r, c)) {
            Some(Cell::Text(t)) if !t.trim().is_empty() => Some(t.trim().to_owned()),
            Some(Cell::Number(n)) => Some(n.to_string()),
            _ => None,
        }
    };
    let mut out: Vec<Nomination> = Vec::new();
    let mut problems = Vec::new();
    let mut problem = |column: char, r: u32, message: String| {
        problems.push(FormProblem {
            place: crate::follow_up::Place::Cell {
                sheet: NOMINATION_SHEET.to_owned(),
                cell: format!("{column}{}", r + 1),
            },
            message,
        });
    };
    for r in 2..=last {
        let (title, deputy) = (text(r, 4), text(r, 5));
        let Some(name) = text(r, 3) else {
            if title.is_some() || deputy.is_some() {
                problem(
                    'D',
                    r,
                    "a title or a deputy without a name; write the representative's name, or clear the row".to_owned(),
                );
            }
            continue;
        };
        let Some(body) = text(r, 0) else {
            problem(
                'A',
                r,
                format!("names `{name}` without a body; keep the rows the form was written with"),
            );
            continue;
        };
        let Some((id, _, seats)) = rows.iter().find(|(id, _, _)| id.as_str() == body) else {
            problem(
                'A',
                r,
                format!(
                    "`{body}` is not a body `{party}` names representatives to; keep the rows the form was written with"
                ),
            );
            continue;
        };
        let count = out.iter().filter(|n| &n.body == id).count() as u32;
        if count >= *seats {
            problem(
                'D',
                r,
                format!("`{party}` has {seats} seat(s) in `{body}`; remove a row"),
            );
            continue;
        }
        out.push(Nomination {
            body: id.clone(),
            name,
            title: title.map(Text::from),
            deputy,
        });
    }
    if !problems.is_empty() {
        return Err(NominationError::Rows(problems));
    }
    Ok(out)
}

/// `representatives = [ … ]` for a party's record in the decisions file,
/// one inline table a line, strings quoted as TOML.
///
/// ```
/// let text = sopimus::decisions::representatives_toml(&[]);
/// assert_eq!(text, "representatives = [\n]\n");
/// ```
pub fn representatives_toml(people: &[Nomination]) -> String {
    let quoted = |s: &str| toml::Value::String(s.to_owned()).to_string();
    let mut out = String::from("representatives = [\n");
    for p in people {
        out.push_str(&format!(
            "  {{ body = {}, name = {}",
            quoted(p.body.as_str()),
            quoted(&p.name)
        ));
        if let Some(t) = &p.title {
            // A title given per language stays a table of its versions.
            let versions = t.versions();
            let value = match versions.as_slice() {
                [(None, one)] => quoted(one),
                _ => format!(
                    "{{ {} }}",
                    versions
                        .iter()
                        .map(|(l, v)| format!("{} = {}", l.map_or("fi", Language::code), quoted(v)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            out.push_str(&format!(", title = {value}"));
        }
        if let Some(d) = &p.deputy {
            out.push_str(&format!(", deputy = {}", quoted(d)));
        }
        out.push_str(" },\n");
    }
    out.push_str("]\n");
    out
}
