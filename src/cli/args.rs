//! The command line: every command, its arguments and their values, as
//! clap reads them.

use super::*;

#[derive(Parser)]
#[command(
    name = "sopimus",
    version,
    about = "Check cooperation agreements of Finnish wellbeing services counties and render them to PDF",
    after_help = "Exit codes:\n  0  valid (warnings allowed) / done\n  1  the agreement has validation errors (the report says where)\n  2  the input could not be read or parsed (missing file, TOML syntax error,\n     a field of the wrong type or unknown), or the output could not be written\n  141  standard output was closed before everything was printed (`| head`):\n       nothing more is printed, no message, as for programs a closed pipe ends"
)]
pub(super) struct Cli {
    #[command(subcommand)]
    pub(super) command: Command,
}

#[derive(Subcommand)]
pub(super) enum Command {
    /// Validate an agreement and print every finding with its place.
    Check {
        /// The agreement file (TOML; JSON when it ends in `.json`), or `-`
        /// for standard input (JSON when it starts with `{`).
        file: PathBuf,
        /// Output format of the report.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// The language of the report's text: English (`en`, the default,
        /// stable for scripts), Finnish (`fi`) or Swedish (`sv`). With
        /// `--format json` each finding keeps its English `message` and gets
        /// a `translation` too.
        #[arg(long, value_enum, default_value_t = ReportLanguage::En)]
        lang: ReportLanguage,
    },
    /// Validate, then render the agreement (or one annex) to PDF.
    ///
    /// Validation errors stop the render with the same report as `check`.
    /// The output is written atomically: a failure never leaves a partial file.
    Render {
        /// The agreement file (TOML; JSON when it ends in `.json`), or `-`
        /// for standard input (JSON when it starts with `{`).
        file: PathBuf,
        #[command(flatten)]
        render: RenderArgs,
    },
    /// Render again whenever the agreement file changes, until Ctrl-C.
    ///
    /// Checks the file every 300 ms. Each change prints the same report as
    /// `check`, then one line for the PDF written. While the file is invalid
    /// or unreadable the last good PDF stays as it is.
    Watch {
        /// The agreement file (TOML; JSON when it ends in `.json`).
        file: PathBuf,
        #[command(flatten)]
        render: RenderArgs,
    },
    /// Edit an agreement in the web browser, its findings and pages beside
    /// the text as you type, until Ctrl-C.
    ///
    /// Prints the address of a local page (127.0.0.1, with a secret token);
    /// only this computer can open it. The file is written only on save.
    #[cfg(feature = "edit")]
    Edit {
        /// The agreement file (TOML; JSON when it ends in `.json`).
        file: PathBuf,
        #[command(flatten)]
        edit: edit::EditArgs,
    },
    /// Validate, then write the goals-and-indicators table as CSV or XLSX.
    Export {
        /// The agreement file, or `-` for standard input.
        file: PathBuf,
        /// The file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// The table format.
        #[arg(long, value_enum)]
        format: TableFormat,
        /// The language version to export (`fi`, `sv`); the agreement's
        /// first by default.
        #[arg(long, value_parser = parse_language)]
        language: Option<sopimus::Language>,
    },
    /// Read the agreement's data back from a PDF rendered with a PDF/A-3
    /// standard, and print it as JSON (or write it with `-o`).
    Extract {
        /// The PDF file.
        pdf: PathBuf,
        /// Write the JSON here instead of printing it.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Print the JSON Schema of the input format (or write it with `-o`).
    ///
    /// Editors that use taplo (VS Code's Even Better TOML, Zed, Helix)
    /// complete and check an agreement whose first line names the schema:
    /// `#:schema ./agreement.schema.json` (relative to the agreement file).
    Schema {
        /// Write the schema to this file (atomically) instead of printing it.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Write a commented skeleton agreement that validates as it is.
    ///
    /// The skeleton has the county, a regional council and N municipalities
    /// (placeholder names and business IDs to replace), every section and
    /// insert an agreement needs, two tiers, a forum, a working group, one
    /// priority with a goal and an indicator, follow-up, validity,
    /// termination and signing.
    New {
        /// The wellbeing services county's name, e.g. "Kanta-Hämeen hyvinvointialue".
        #[arg(long)]
        county: String,
        /// The number of municipalities (1 to 998).
        #[arg(long, value_name = "N", value_parser = municipality_count)]
        municipalities: u32,
        /// The kind of agreement.
        #[arg(long, value_enum, default_value_t = KindArg::Strategic)]
        kind: KindArg,
        /// The file to write; an existing file is kept unless `--force`.
        #[arg(short, long)]
        output: PathBuf,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
        /// What the skeleton's first line (`#:schema …`) names for editors: a
        /// path relative to the new file, or a URL.
        #[arg(
            long,
            value_name = "PATH|URL",
            default_value = "./agreement.schema.json"
        )]
        schema: String,
        /// The document languages, comma-separated, the first the language
        /// of plain strings: `fi` (the default), `sv`, `fi,sv` or `sv,fi`.
        /// With two, every text is written `{ fi = "…", sv = "…" }`.
        #[arg(long, value_name = "LANGUAGES", default_value = "fi", value_parser = parse_languages)]
        languages: sopimus::Languages,
    },
    /// List every priority, goal, indicator and action with its id.
    ///
    /// Follow-up data and comparisons of versions refer to items by these
    /// ids. An item without an `id` in the file gets one generated from its
    /// place, which changes when items are reordered; `--write` writes the
    /// generated ids into the file, keeping its comments and layout.
    Ids {
        /// The agreement file (TOML; JSON when it ends in `.json`), or `-`
        /// for standard input (without `--write`).
        file: PathBuf,
        /// Write the generated ids into the file as `id = "…"` (TOML only).
        #[arg(long)]
        write: bool,
        /// Output format of the list.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    /// Yearly follow-up: the collection workbook, checking measurements,
    /// importing statistics, the follow-up report (PDF) and its table.
    #[command(subcommand)]
    FollowUp(follow_up::Command),
    /// The parties' decision items: each party's item drafted from the
    /// agreement and its decisions, as PDF, DOCX or text.
    #[command(subcommand)]
    Decision(super::decision::Command),
    /// Show what changed between two versions of an agreement, by meaning.
    ///
    /// Parties are matched by business ID, bodies by id, priorities, goals,
    /// indicators and actions by their ids (by similar text where ids are
    /// generated). Prints a summary and one line per change, or JSON; `-o`
    /// also writes a change report PDF. Exit codes: 0 the versions say the
    /// same, 1 they differ, 2 a file could not be read or is not valid, or
    /// the report could not be written.
    Diff {
        /// The earlier version (TOML; JSON when it ends in `.json`).
        old: PathBuf,
        /// The later version.
        new: PathBuf,
        /// Output format of the changes.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Also write a change report PDF here.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The PDF standards of the report; the PDF/A-3 ones attach the
        /// changes as JSON.
        #[arg(long, value_enum, default_value_t = StandardArg::A2bUa1)]
        standard: StandardArg,
        /// The language of the changes' words and the texts they quote
        /// (`fi`, `sv`): one both versions are written in; the new
        /// version's first (shared) language by default.
        #[arg(long, value_parser = parse_language)]
        language: Option<sopimus::Language>,
    },
    /// Where the agreement stands: per party what is decided, named and
    /// signed and what is missing; whether it is in force and since when,
    /// or which party blocks it; the terminations and when each takes
    /// effect.
    ///
    /// The decisions are read from `--decisions`, or from the file beside
    /// the agreement (`x.toml` → `x.decisions.toml`) when there is one;
    /// without either, what the agreement itself records counts. Exit
    /// codes: 0 the status is printed, 1 the agreement or the decisions
    /// have errors (the report says where), 2 a file could not be read.
    Status {
        /// The agreement file (TOML; JSON when it ends in `.json`).
        file: PathBuf,
        /// The decisions file (TOML).
        #[arg(long)]
        decisions: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// The language of the text: English (`en`), Finnish (`fi`) or
        /// Swedish (`sv`).
        #[arg(long, value_enum, default_value_t = ReportLanguage::En)]
        lang: ReportLanguage,
        /// Also write the status for the committee: a one-page PDF
        /// (`.pdf`, PDF/A-2b + PDF/UA-1) or a spreadsheet (`.xlsx`), in the
        /// language of `--lang`.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Whether a signed PDF is this agreement's rendering, and the
    /// signatures in it.
    ///
    /// The agreement is rendered as `render` would (same language and
    /// standard); the signed file matches when it begins with those bytes
    /// (a signing service appends its revisions), or, when it was
    /// rewritten, when every page's content is the same. Each signature
    /// dictionary's signer name (`/Name`) and time (`/M`) are listed as
    /// written, for recording them: no cryptographic check is made. Exit
    /// codes: 0 it is this agreement's rendering, 1 it is not, 2 a file
    /// could not be read or the agreement is invalid.
    Verify {
        /// The signed PDF.
        signed: PathBuf,
        /// The agreement file it should hold.
        agreement: PathBuf,
        /// The language version that was signed.
        #[arg(long, value_parser = parse_language)]
        language: Option<sopimus::Language>,
        /// The PDF standards it was rendered with.
        #[arg(long, value_enum, default_value_t = StandardArg::A2bUa1)]
        standard: StandardArg,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
}

/// How to render: the options shared by `render` and `watch`.
#[derive(Args)]
pub(super) struct RenderArgs {
    /// The PDF to write.
    #[arg(short, long)]
    pub(super) output: PathBuf,
    /// Render one annex alone instead of the full agreement.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=2))]
    pub(super) annex: Option<u8>,
    /// Mark every page "LUONNOS" (by default only when `status = "draft"`).
    #[arg(long, conflicts_with = "final")]
    pub(super) draft: bool,
    /// Never mark pages as a draft, whatever the status.
    #[arg(long = "final")]
    r#final: bool,
    /// The PDF standards: PDF/A-2b with PDF/UA-1 by default; the PDF/A-3
    /// ones also attach the agreement's data (`sopimus extract`).
    #[arg(long, value_enum, default_value_t = StandardArg::A2bUa1)]
    pub(super) standard: StandardArg,
    /// A directory of your own typst templates (must hold `main.typ`).
    #[arg(long)]
    pub(super) templates: Option<PathBuf>,
    /// The language version to render (`fi`, `sv`): one of the agreement's
    /// languages; its first by default.
    #[arg(long, value_parser = parse_language)]
    pub(super) language: Option<sopimus::Language>,
    /// Print a bilingual agreement's language versions side by side.
    #[arg(long)]
    pub(super) parallel: bool,
    /// Mark the changes since this earlier version (a redline): inserted
    /// words underlined, deleted ones struck through, a bar in the margin
    /// beside every changed block, both versions named on the title page.
    #[arg(long, value_name = "OLD")]
    pub(super) changes_since: Option<PathBuf>,
    /// The parties' decisions and signatures (TOML): each signature block
    /// shows its party's approving decision and its own place and date.
    #[arg(long, value_name = "FILE")]
    pub(super) decisions: Option<PathBuf>,
}

/// Language codes separated by commas, `fi,sv`: each once.
pub(crate) fn parse_languages(codes: &str) -> Result<sopimus::Languages, String> {
    let mut list = Vec::new();
    for code in codes.split(',').map(str::trim) {
        let language = parse_language(code)?;
        if list.contains(&language) {
            return Err(format!("`{code}` is given twice"));
        }
        list.push(language);
    }
    sopimus::Languages::new(list)
        .ok_or_else(|| "give at least one language, e.g. `fi,sv`".to_owned())
}

/// A language code, `fi` or `sv`.
pub(crate) fn parse_language(code: &str) -> Result<sopimus::Language, String> {
    code.parse()
        .map_err(|e: sopimus::UnknownLanguage| e.to_string())
}

impl RenderArgs {
    pub(super) fn options(&self) -> RenderOptions {
        let mut options = RenderOptions::new()
            .document(match self.annex {
                Some(1) => Document::Annex1,
                Some(_) => Document::Annex2,
                None => Document::Agreement,
            })
            .standard(self.standard.into())
            .parallel(self.parallel);
        options.draft = match (self.draft, self.r#final) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        };
        options.language = self.language;
        options
    }

    /// The earlier version a redline compares with, loaded and validated
    /// (its report printed like the input's); none without
    /// `--changes-since`.
    pub(super) fn earlier(&self) -> Result<Option<ValidatedAgreement>, u8> {
        self.changes_since
            .as_deref()
            .map(|old| {
                refuse_output_over_input(old, &self.output)?;
                // Exit code 2 as `diff` gives for an earlier version that does
                // not validate: 1 would say the agreement rendered is invalid.
                load_and_validate(old, ReportFormat::Text, false, None).map_err(|code| {
                    if code == super::INVALID {
                        eprintln!(
                            "error: the earlier version `{}` (`--changes-since`) is not valid, so it cannot be compared",
                            old.display()
                        );
                        UNREADABLE
                    } else {
                        code
                    }
                })
            })
            .transpose()
    }

    /// The renderer: the built-in templates, or the user's directory.
    pub(super) fn renderer(&self) -> Result<Renderer, u8> {
        match &self.templates {
            Some(dir) => Renderer::with_template_dir(dir).map_err(|e| {
                eprintln!("error: {}", crate::cli::error_chain(&e));
                UNREADABLE
            }),
            None => Ok(Renderer::new()),
        }
    }
}

/// Parses `--municipalities`: 1 to [`MAX_MUNICIPALITIES`].
pub(super) fn municipality_count(text: &str) -> Result<u32, String> {
    let limit = format!(
        "give 1 to {MAX_MUNICIPALITIES} municipalities (an agreement has at most {} parties, and the county and the regional council are two of them)",
        MAX_MUNICIPALITIES + 2
    );
    match text.trim().parse::<u32>() {
        Ok(n) if (1..=MAX_MUNICIPALITIES).contains(&n) => Ok(n),
        Ok(n) => Err(format!("{n} is not possible: {limit}")),
        Err(_) => Err(format!("`{text}` is not a number: {limit}")),
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub(super) enum KindArg {
    /// A framework agreement (puitesopimus).
    Framework,
    /// A strategic cooperation agreement (strateginen yhteistyösopimus).
    Strategic,
}

#[derive(Clone, Copy, ValueEnum)]
pub(super) enum StandardArg {
    /// PDF/A-2b and PDF/UA-1 (archival and accessible).
    #[value(name = "a-2b-ua-1")]
    A2bUa1,
    /// PDF/A-3b and PDF/UA-1, with the agreement's data attached.
    #[value(name = "a-3b-ua-1")]
    A3bUa1,
    /// PDF/A-2b only.
    #[value(name = "a-2b")]
    A2b,
    /// PDF/A-3b only, with the agreement's data attached.
    #[value(name = "a-3b")]
    A3b,
    /// PDF/UA-1 only.
    #[value(name = "ua-1")]
    Ua1,
    /// No standard enforced.
    #[value(name = "none")]
    None,
}

impl From<StandardArg> for Standard {
    fn from(s: StandardArg) -> Standard {
        match s {
            StandardArg::A2bUa1 => Standard::A2bUa1,
            StandardArg::A3bUa1 => Standard::A3bUa1,
            StandardArg::A2b => Standard::A2b,
            StandardArg::A3b => Standard::A3b,
            StandardArg::Ua1 => Standard::Ua1,
            StandardArg::None => Standard::None,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub(super) enum TableFormat {
    /// Comma-separated values (UTF-8 with BOM).
    Csv,
    /// An Excel workbook.
    Xlsx,
}

/// The language of a report.
#[derive(Clone, Copy, ValueEnum)]
pub(super) enum ReportLanguage {
    /// English.
    En,
    /// Finnish.
    Fi,
    /// Swedish.
    Sv,
}

impl ReportLanguage {
    /// The language of the translation; `None` for English.
    pub(super) fn translation(self) -> Option<sopimus::Language> {
        match self {
            ReportLanguage::En => None,
            ReportLanguage::Fi => Some(sopimus::Language::Fi),
            ReportLanguage::Sv => Some(sopimus::Language::Sv),
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub(super) enum ReportFormat {
    /// Readable text (a check groups its findings by errors and warnings).
    Text,
    /// JSON for programs.
    Json,
}
