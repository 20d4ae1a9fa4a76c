//! The findings' wording in Finnish and Swedish.
//!
//! The codes, their values and their English templates are the catalogue of
//! [`diagnostic`](crate::diagnostic); each language here has a `finding`
//! table (a template per code, with `{name}` placeholders that a test
//! compares with the code's values), a `finding_word` table (each [`Word`]
//! in the form its templates need: a Finnish field name in the nominative,
//! a Swedish one in the definite form) and the frame of a report
//! ([`ReportWords`]).
//!
//! Adding a language: a module here with those three tables, and an arm in
//! [`template`], [`word`], [`report_words`] and `tongue`.

use super::Locale;
#[cfg(test)]
use crate::diagnostic::placeholders;
use crate::diagnostic::{
    AgreementPlace, Finding, Message, Noun, Place, Report, Severity, Tongue, capitalized,
};
pub use crate::diagnostic::{Code, Word};
use crate::language::Language;

pub mod fi;
pub mod sv;

impl Message {
    /// The sentence in `language`.
    pub(crate) fn text(&self, language: Language) -> String {
        if let Message::WrongValue { detail } = self
            && let Some(problem) = WrongValue::read(detail)
        {
            return match language {
                Language::Fi => fi::wrong_value(&problem),
                Language::Sv => sv::wrong_value(&problem),
            };
        }
        capitalized(&self.fill(template(self.code(), language), &tongue(language)))
    }
}

/// A `wrong-value` finding's detail in one of the forms the parser (serde)
/// words, read apart so that Finnish and Swedish can say it; the model's
/// own messages (`write one of …`) are quoted as written.
#[derive(Debug, PartialEq)]
pub(crate) enum WrongValue<'a> {
    /// `invalid type: {found}, expected {expected}` (also `invalid value`).
    Type {
        /// What was written.
        found: Found<'a>,
        /// What the field takes.
        expected: Expected<'a>,
    },
    /// `unknown variant `{written}`, expected one of `a`, `b``.
    Variant {
        /// The word written.
        written: &'a str,
        /// The words the field takes, each in backticks.
        allowed: &'a str,
    },
    /// `duplicate field `{key}``.
    Duplicate {
        /// The field written twice.
        key: &'a str,
    },
}

/// What was written, as serde names it (`string "x"`, `integer `5``).
#[derive(Debug, PartialEq)]
pub(crate) enum Found<'a> {
    /// A string, with its quoted value.
    Text(&'a str),
    /// A whole number, with its value.
    Integer(&'a str),
    /// A decimal number, with its value.
    Decimal(&'a str),
    /// `true` or `false`.
    Boolean(&'a str),
    /// A list.
    List,
    /// A table.
    Table,
}

/// What the field takes, for the kinds serde's wording names.
#[derive(Debug, PartialEq)]
pub(crate) enum Expected<'a> {
    /// Text.
    Text,
    /// A whole number (`u32`, `i32`, …).
    Integer,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A list.
    List,
    /// A table.
    Table,
    /// A date, with the example the message gives.
    Date(&'a str),
    /// Anything else, as serde words it.
    Other(&'a str),
}

impl<'a> WrongValue<'a> {
    /// The detail read, or `None` when it is not one of serde's forms.
    pub(crate) fn read(detail: &'a str) -> Option<WrongValue<'a>> {
        if let Some(key) = detail
            .strip_prefix("duplicate field `")
            .and_then(|r| r.strip_suffix('`'))
        {
            return Some(WrongValue::Duplicate { key });
        }
        if let Some(rest) = detail.strip_prefix("unknown variant `") {
            let (written, allowed) = rest.split_once("`, expected ")?;
            let allowed = allowed.strip_prefix("one of ").unwrap_or(allowed);
            return Some(WrongValue::Variant { written, allowed });
        }
        let rest = detail
            .strip_prefix("invalid type: ")
            .or_else(|| detail.strip_prefix("invalid value: "))?;
        let (found, expected) = rest.rsplit_once(", expected ")?;
        Some(WrongValue::Type {
            found: Found::read(found)?,
            expected: Expected::read(expected),
        })
    }
}

impl<'a> Found<'a> {
    fn read(found: &'a str) -> Option<Found<'a>> {
        let value = |prefix: &str| found.strip_prefix(prefix).map(|v| v.trim_matches('`'));
        if let Some(v) = found.strip_prefix("string ") {
            Some(Found::Text(v))
        } else if let Some(v) = value("integer ") {
            Some(Found::Integer(v))
        } else if let Some(v) = value("floating point ") {
            Some(Found::Decimal(v))
        } else if let Some(v) = value("boolean ") {
            Some(Found::Boolean(v))
        } else {
            match found {
                "sequence" => Some(Found::List),
                "map" => Some(Found::Table),
                _ => None,
            }
        }
    }
}

impl<'a> Expected<'a> {
    fn read(expected: &'a str) -> Expected<'a> {
        if let Some(example) = expected.strip_prefix("a date such as ") {
            return Expected::Date(example);
        }
        match expected {
            "a string" | "a borrowed string" | "string" => Expected::Text,
            "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => {
                Expected::Integer
            }
            "f32" | "f64" => Expected::Number,
            "a boolean" | "bool" => Expected::Boolean,
            "a sequence" => Expected::List,
            e if e.starts_with("struct ") || e == "a map" => Expected::Table,
            other => Expected::Other(other),
        }
    }
}

impl<P: Place> Finding<P> {
    /// The message in `language`, from the crate's Finnish and Swedish
    /// catalogues (`src/locale/findings/`): what
    /// [`message`](Finding::message) says, for a reader of that language.
    ///
    /// ```
    /// use sopimus::{Language, ValidateOptions};
    /// let mut agreement = sopimus::load("tests/data/valid/minimal.toml")?.agreement;
    /// agreement.parties[1].business_id = "0145801-4".into();
    /// let report = sopimus::validate(agreement, &ValidateOptions::default()).unwrap_err().0;
    /// let finding = &report.findings[0];
    /// assert_eq!(finding.code().as_str(), "business-id-check-digit");
    /// assert_eq!(
    ///     finding.message_in(Language::Fi),
    ///     "Y-tunnuksen `0145801-4` tarkistusnumero on 4, mutta numeroista laskettuna sen pitäisi olla 3; tarkista, onko tunnuksessa kirjoitusvirhe."
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn message_in(&self, language: Language) -> String {
        self.detail().text(language)
    }

    /// The message in `language`, or the English [`message`](Finding::message)
    /// for `None`.
    pub fn message_or_english(&self, language: Option<Language>) -> String {
        match language {
            Some(l) => self.message_in(l),
            None => self.message.clone(),
        }
    }
}

impl Report<AgreementPlace> {
    /// The report as `sopimus check` prints it: a line with the verdict and
    /// the counts, then the errors and the warnings, each with its path,
    /// its place in `file` when known, and its message in `language`
    /// (English for `None`, word for word as [`Finding::message`]).
    ///
    /// ```text
    /// agreement.toml is not valid: 1 error, 0 warnings
    ///
    /// Errors:
    ///   parties[3].business_id  (agreement.toml:41:15)
    ///     the business ID `0145801-4` has check digit 4, but its digits give 3; check for a typing error
    /// ```
    pub fn to_text(&self, file: &str, language: Option<Language>) -> String {
        self.text_naming(file, language)
    }

    /// [`Report::to_text`] naming the file the report knows
    /// ([`Report::file`]: the loader sets it), or `agreement` for one
    /// checked in code: each place `file:line:column` without the path
    /// passed again.
    ///
    /// ```
    /// let loaded = sopimus::load("tests/data/invalid/business-id-check-digit.toml")?;
    /// let invalid = loaded.validate(&sopimus::ValidateOptions::new()).unwrap_err();
    /// let text = invalid.0.text(None);
    /// assert!(text.contains("(tests/data/invalid/business-id-check-digit.toml:41:15)"), "{text}");
    /// # Ok::<(), sopimus::LoadError>(())
    /// ```
    pub fn text(&self, language: Option<Language>) -> String {
        let file = self
            .file()
            .map_or_else(|| "agreement".to_owned(), |f| f.display().to_string());
        self.text_naming(&file, language)
    }

    fn text_naming(&self, file: &str, language: Option<Language>) -> String {
        let words = report_words(language);
        let errors = self.errors().count();
        let mut out = frame(
            if errors == 0 {
                words.valid
            } else {
                words.invalid
            },
            &[
                ("file", file.to_owned()),
                ("errors", counted(errors, words.errors)),
                ("warnings", counted(self.warnings().count(), words.warnings)),
            ],
        );
        out.push('\n');
        out.push_str(&grouped(self, language, |f| match f.at.location {
            Some(l) => format!("{}  ({file}:{}:{})", f.at.path, l.line, l.column),
            None => f.at.path.to_string(),
        }));
        out
    }
}

/// `1 error`, `3 errors`: a count in the form of a frame's pair.
pub(crate) fn counted(n: usize, forms: [&str; 2]) -> String {
    frame(forms[usize::from(n != 1)], &[("n", n.to_string())])
}

/// The errors, then the warnings, each group under its heading: a finding's
/// place as `place` words it, then its message in `language`. The body of
/// every report's text form.
pub(crate) fn grouped<P: Place>(
    report: &Report<P>,
    language: Option<Language>,
    place: impl Fn(&Finding<P>) -> String,
) -> String {
    let words = report_words(language);
    let mut out = String::new();
    for (severity, title) in [
        (Severity::Error, words.errors_heading),
        (Severity::Warning, words.warnings_heading),
    ] {
        let mut group = report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .peekable();
        if group.peek().is_none() {
            continue;
        }
        out.push_str(&format!("\n{title}\n"));
        for f in group {
            out.push_str(&format!("  {}\n", place(f)));
            out.push_str(&format!("    {}\n", f.message_or_english(language)));
        }
    }
    out
}

/// A language of the locale as the findings' templates use it.
struct LocaleTongue(Language);

/// The [`Tongue`] of `language`.
fn tongue(language: Language) -> LocaleTongue {
    LocaleTongue(language)
}

impl Tongue for LocaleTongue {
    fn word(&self, w: Word) -> &'static str {
        word(w, Some(self.0))
    }

    fn join_and(&self, items: &[String]) -> String {
        Locale::new(self.0).join_and(items)
    }

    fn count(&self, n: usize, noun: Noun) -> String {
        let (one, many) = match (self.0, noun) {
            (Language::Fi, Noun::Cell) => ("solu", "solua"),
            (Language::Sv, Noun::Cell) => ("cell", "celler"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    }
}

/// The template of `code` in `language`.
pub fn template(code: Code, language: Language) -> &'static str {
    match language {
        Language::Fi => fi::finding(code),
        Language::Sv => sv::finding(code),
    }
}

/// `word` in `language` (English for `None`).
pub fn word(w: Word, language: Option<Language>) -> &'static str {
    match language {
        None => w.english(),
        Some(Language::Fi) => fi::finding_word(w),
        Some(Language::Sv) => sv::finding_word(w),
    }
}

/// The frame of a report in one language: the verdict, the headings and
/// the counts. `{file}`, `{errors}`, `{warnings}` and `{n}` are filled in.
#[derive(Debug)]
#[non_exhaustive]
pub struct ReportWords {
    /// "{file} is valid: {errors}, {warnings}".
    pub valid: &'static str,
    /// "{file} is not valid: {errors}, {warnings}".
    pub invalid: &'static str,
    /// "1 error" and "{n} errors".
    pub errors: [&'static str; 2],
    /// "1 warning" and "{n} warnings".
    pub warnings: [&'static str; 2],
    /// "Errors:".
    pub errors_heading: &'static str,
    /// "Warnings:".
    pub warnings_heading: &'static str,
    /// The note when items have generated ids, with `{generated}` and
    /// `{items}`.
    pub generated_ids: &'static str,
}

/// The English report frame.
pub const ENGLISH_REPORT: ReportWords = ReportWords {
    valid: "{file} is valid: {errors}, {warnings}",
    invalid: "{file} is not valid: {errors}, {warnings}",
    errors: ["1 error", "{n} errors"],
    warnings: ["1 warning", "{n} warnings"],
    errors_heading: "Errors:",
    warnings_heading: "Warnings:",
    generated_ids: "{generated} of {items} priorities, goals, indicators and actions have generated ids, which change when items move; give them ids of their own (`id = \"…\"`) to keep them",
};

/// The report frame in `language` (English for `None`).
pub fn report_words(language: Option<Language>) -> &'static ReportWords {
    match language {
        None => &ENGLISH_REPORT,
        Some(Language::Fi) => &fi::REPORT,
        Some(Language::Sv) => &sv::REPORT,
    }
}

/// The note when `generated` of `items` priorities, goals, indicators and
/// actions have no id of their own (`ValidatedAgreement::generated_ids_note`).
pub(crate) fn generated_ids_note(
    generated: usize,
    items: usize,
    language: Option<Language>,
) -> String {
    frame(
        report_words(language).generated_ids,
        &[
            ("generated", generated.to_string()),
            ("items", items.to_string()),
        ],
    )
}

/// Fills the named values into a frame template of [`ReportWords`].
pub(crate) fn frame(template: &str, values: &[(&'static str, String)]) -> String {
    let args: Vec<(&'static str, &dyn crate::diagnostic::Arg)> = values
        .iter()
        .map(|(n, v)| (*n, v as &dyn crate::diagnostic::Arg))
        .collect();
    crate::diagnostic::fill(template, &args, &crate::diagnostic::English)
}

/// The frame of the report of `sopimus follow-up check` in one language:
/// its verdict and the count of values; the counts of errors and warnings
/// and the headings are those of [`ReportWords`]. `{files}`, `{values}`,
/// `{errors}`, `{warnings}` and `{n}` are filled in.
#[derive(Debug)]
#[non_exhaustive]
pub struct MeasurementReportWords {
    /// "the measurements in {files} are valid: {values}, {errors}, {warnings}".
    pub valid: &'static str,
    /// "the measurements in {files} are not valid: {values}, {errors}, {warnings}".
    pub invalid: &'static str,
    /// "1 value" and "{n} values".
    pub values: [&'static str; 2],
}

/// The English frame of a measurements report, word for word as it has
/// always been printed.
pub const ENGLISH_MEASUREMENT_REPORT: MeasurementReportWords = MeasurementReportWords {
    valid: "the measurements in {files} are valid: {values}, {errors}, {warnings}",
    invalid: "the measurements in {files} are not valid: {values}, {errors}, {warnings}",
    values: ["1 value", "{n} values"],
};

/// The frame of a measurements report in `language` (English for `None`).
pub fn measurement_report_words(language: Option<Language>) -> &'static MeasurementReportWords {
    match language {
        None => &ENGLISH_MEASUREMENT_REPORT,
        Some(Language::Fi) => &fi::MEASUREMENT_REPORT,
        Some(Language::Sv) => &sv::MEASUREMENT_REPORT,
    }
}

impl crate::diagnostic::Spot {
    /// The place in `language`, its words ("line", "column") the
    /// language's; English for `None`.
    pub(crate) fn text(&self, language: Option<Language>) -> String {
        use crate::diagnostic::Arg as _;
        match language {
            None => self.english(),
            Some(l) => {
                let mut out = String::new();
                self.render(&tongue(l), &mut out);
                out
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_form_of_their_number() {
        assert_eq!(tongue(Language::Fi).count(1, Noun::Cell), "1 solu");
        assert_eq!(tongue(Language::Fi).count(3, Noun::Cell), "3 solua");
        assert_eq!(tongue(Language::Sv).count(1, Noun::Cell), "1 cell");
        assert_eq!(tongue(Language::Sv).count(4, Noun::Cell), "4 celler");
    }

    #[test]
    fn a_sentence_starting_with_a_word_is_capitalized() {
        let m = Message::FieldEmpty { what: Word::Title };
        assert_eq!(m.english(), "the title is empty; write it out");
        assert_eq!(
            m.text(Language::Fi),
            "Sopimuksen otsikko on tyhjä; kirjoita se."
        );
        assert_eq!(
            m.text(Language::Sv),
            "Avtalets titel saknas; fyll i fältet."
        );
    }

    /// Every code has a template in every language, naming exactly the
    /// values the code has, each at least once; English included.
    #[test]
    fn every_template_names_the_values_of_its_code() {
        let mut problems = Vec::new();
        for &code in Code::ALL {
            let expected: std::collections::BTreeSet<&str> =
                code.placeholders().iter().copied().collect();
            let mut templates = vec![("en", code.english())];
            templates.extend(Language::ALL.map(|l| (l.code(), template(code, l))));
            for (language, t) in templates {
                match placeholders(t) {
                    Err(e) => problems.push(format!("{code} ({language}): {e}")),
                    Ok(names) => {
                        let names: std::collections::BTreeSet<&str> = names.into_iter().collect();
                        if names != expected {
                            problems.push(format!(
                                "{code} ({language}) names {names:?}, the code has {expected:?}"
                            ));
                        }
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// A translation is not the English left in place.
    #[test]
    fn translations_are_not_english() {
        for &code in Code::ALL {
            for l in Language::ALL {
                let t = template(code, l);
                assert_ne!(t, code.english(), "{code} ({l}) is the English");
                for english in [" the ", " is ", " add ", " write ", " and "] {
                    assert!(!t.contains(english), "{code} ({l}) says `{english}`: {t}");
                }
            }
        }
        for w in Word::all() {
            for l in Language::ALL {
                let own = word(w, Some(l));
                assert!(!own.is_empty(), "{w:?} ({l}) is empty");
                if !matches!(w, Word::Language(_)) {
                    assert_ne!(own, w.english(), "{w:?} ({l}) is the English");
                }
            }
        }
    }

    #[test]
    fn report_frames_name_their_values() {
        for words in [None, Some(Language::Fi), Some(Language::Sv)].map(report_words) {
            for (t, expected) in [
                (words.valid, vec!["file", "errors", "warnings"]),
                (words.invalid, vec!["file", "errors", "warnings"]),
                (words.errors[0], vec![]),
                (words.errors[1], vec!["n"]),
                (words.warnings[0], vec![]),
                (words.warnings[1], vec!["n"]),
                (words.generated_ids, vec!["generated", "items"]),
            ] {
                let mut names = placeholders(t).unwrap();
                names.sort_unstable();
                let mut expected = expected;
                expected.sort_unstable();
                assert_eq!(names, expected, "{t}");
            }
        }
    }
}

#[cfg(test)]
mod measurement_tests {
    use super::*;
    use crate::diagnostic::Spot;

    #[test]
    fn measurement_report_frames_name_their_values() {
        for words in [None, Some(Language::Fi), Some(Language::Sv)].map(measurement_report_words) {
            for (t, expected) in [
                (words.valid, vec!["errors", "files", "values", "warnings"]),
                (words.invalid, vec!["errors", "files", "values", "warnings"]),
                (words.values[0], vec![]),
                (words.values[1], vec!["n"]),
            ] {
                let mut names = placeholders(t).unwrap();
                names.sort_unstable();
                assert_eq!(names, expected, "{t}");
            }
        }
    }

    #[test]
    fn a_place_in_a_table_is_worded_in_the_language() {
        let spot = Spot::InFile(
            Box::new(Spot::Line {
                line: 7,
                column: Some((4, "value".to_owned())),
            }),
            "a.csv".to_owned(),
        );
        assert_eq!(spot.text(None), "line 7, column 4 (value) in `a.csv`");
        assert_eq!(
            spot.text(Some(Language::Fi)),
            "rivi 7, sarake 4 (value) tiedostossa `a.csv`"
        );
        assert_eq!(
            spot.text(Some(Language::Sv)),
            "rad 7, kolumn 4 (value) i `a.csv`"
        );
        assert_eq!(Spot::File.text(Some(Language::Fi)), "koko tiedosto");
    }
}
