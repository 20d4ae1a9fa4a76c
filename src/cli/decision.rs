//! `sopimus decision draft`: each party's decision item, as PDF, DOCX or
//! text, from the agreement and its decisions.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use sopimus::decisions::{DecisionItem, DraftOptions};
use sopimus::export::write_atomic;
use sopimus::{PartyId, Renderer, Standard};

use super::args::{StandardArg, parse_language};
use super::{ReportFormat, UNREADABLE, load_and_validate, status};

#[derive(Subcommand)]
pub enum Command {
    /// Draft a party's decision item (or every party's, with `--all`): the
    /// title, record number, preparer, presenter, a description built from
    /// the agreement (purpose, parties, priorities, the bodies and the seats
    /// the party fills, entry into force, validity, follow-up), the proposal
    /// in numbered points, the decision, the extract's recipients and the
    /// instructions for a claim for rectification, in the party's language
    /// (Finnish or Swedish) and by its kind (municipal or city board, county
    /// board proposing to the county council, regional council's board).
    /// When the party's chain goes from its board to its council (a
    /// `step = "proposal"` in the decisions file; a county by default),
    /// `--council` drafts the council's item: earlier handling, the board's
    /// proposal, the decision and the appeal instructions.
    ///
    /// With `--party`, `-o` names the file: `.pdf` (PDF/A-2b + PDF/UA-1 by
    /// default), `.docx`, or `.txt`; without `-o` the text is printed. With
    /// `--all`, `-o` names a directory, which gets
    /// `decision-PARTY-LANG.pdf` and `.docx` for each party and each of its
    /// languages (the decisions file's `languages`); a party whose chain goes
    /// to its council gets `decision-PARTY-board-LANG` and
    /// `decision-PARTY-council-LANG` instead. Exit codes: 0 written,
    /// 1 the agreement or the decisions have errors, 2 a file could not be
    /// read or written.
    Draft {
        /// The agreement file (TOML; JSON when it ends in `.json`).
        agreement: PathBuf,
        /// The decisions file (TOML); the one beside the agreement
        /// (`x.decisions.toml`) when left out and there is one.
        decisions: Option<PathBuf>,
        /// The party whose item to draft (its id in the agreement).
        #[arg(long, required_unless_present = "all", conflicts_with = "all")]
        party: Option<String>,
        /// Draft every party's item into the directory `-o`.
        #[arg(long, requires = "output")]
        all: bool,
        /// The file (`.pdf`, `.docx`, `.txt`), or the directory with `--all`.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The item's language (`fi`, `sv`): one of the agreement's; the
        /// party's (the decisions file's `languages`) by default.
        #[arg(long, value_parser = parse_language, conflicts_with = "all")]
        language: Option<sopimus::Language>,
        /// Draft the council's item (the decision on the board's proposal).
        #[arg(long, conflicts_with = "all")]
        council: bool,
        /// The PDF standards.
        #[arg(long, value_enum, default_value_t = StandardArg::A2bUa1)]
        standard: StandardArg,
    },
    /// Write a party's nomination request: an XLSX form with a row per
    /// seat the party fills in each body (the people the decisions file
    /// records already filled in), the name, title and deputy cells to fill
    /// in (text of at most 200 characters).
    Nominations {
        /// The agreement file.
        agreement: PathBuf,
        /// The decisions file; the one beside the agreement by default.
        decisions: Option<PathBuf>,
        /// The party.
        #[arg(long)]
        party: String,
        /// The form to write (`.xlsx`).
        #[arg(short, long)]
        output: PathBuf,
        /// The form's language (`fi`, `sv`).
        #[arg(long, value_parser = parse_language)]
        language: Option<sopimus::Language>,
    },
    /// Read a filled nomination form back: prints the party's
    /// `representatives = [...]` for its record in the decisions file.
    /// Exit codes: 0 read, 2 the form or the agreement cannot be read, or a
    /// row names an unknown body or more people than the seats.
    ReadNominations {
        /// The filled form (`.xlsx`).
        form: PathBuf,
        /// The agreement file.
        agreement: PathBuf,
        /// The party whose form it is.
        #[arg(long)]
        party: String,
    },
}

pub(super) fn run(command: Command) -> Result<(), u8> {
    match command {
        Command::Draft {
            agreement,
            decisions,
            party,
            all,
            output,
            language,
            council,
            standard,
        } => draft(
            &agreement,
            decisions.as_deref(),
            party.as_deref(),
            all,
            output.as_deref(),
            {
                let options = DraftOptions::new().council(council);
                match language {
                    Some(l) => options.language(l),
                    None => options,
                }
            },
            standard.into(),
        ),
        Command::Nominations {
            agreement,
            decisions,
            party,
            output,
            language,
        } => {
            let valid = load_and_validate(&agreement, ReportFormat::Text, false, None)?;
            let decisions = status::load_decisions(&agreement, &valid, decisions.as_deref(), None)?;
            super::refuse_output_over_input(&agreement, &output)?;
            let bytes = decisions
                .nomination_form(&valid, &PartyId::from(party.as_str()), language)
                .map_err(|e| fail(&e))?;
            write_atomic(&output, &bytes).map_err(|e| fail(&e))?;
            eprintln!("wrote {} ({} bytes)", output.display(), bytes.len());
            Ok(())
        }
        Command::ReadNominations {
            form,
            agreement,
            party,
        } => {
            let valid = load_and_validate(&agreement, ReportFormat::Text, false, None)?;
            let bytes = std::fs::read(&form).map_err(|e| {
                eprintln!("error: cannot read `{}`: {e}", form.display());
                UNREADABLE
            })?;
            let people = sopimus::decisions::read_nominations(
                &bytes,
                &valid,
                &PartyId::from(party.as_str()),
            )
            .map_err(|e| fail(&e))?;
            out!("{}", sopimus::decisions::representatives_toml(&people));
            Ok(())
        }
    }
}

fn fail(e: &dyn std::error::Error) -> u8 {
    eprintln!("error: {}", super::error_chain(e));
    UNREADABLE
}

fn draft(
    file: &Path,
    decisions: Option<&Path>,
    party: Option<&str>,
    all: bool,
    output: Option<&Path>,
    options: DraftOptions,
    standard: Standard,
) -> Result<(), u8> {
    let agreement = load_and_validate(file, ReportFormat::Text, false, None)?;
    let decisions = status::load_decisions(file, &agreement, decisions, None)?;
    if all {
        let Some(dir) = output else {
            eprintln!("error: `--all` writes into a directory: give it with `-o DIR`");
            return Err(UNREADABLE);
        };
        let items = decisions.draft_all(&agreement).map_err(|e| fail(&e))?;
        // Everything is made before anything is written: a failure leaves
        // no half set behind.
        let renderer = Renderer::new();
        let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
        for item in &items {
            let pdf = renderer
                .render_decision_item(item, standard)
                .map_err(|e| fail(&e))?;
            let docx = item.to_docx().map_err(|e| fail(&e))?;
            files.push((dir.join(format!("{}.pdf", item.file_stem())), pdf.pdf));
            files.push((dir.join(format!("{}.docx", item.file_stem())), docx));
        }
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!(
                "error: cannot create the directory `{}`: {e}",
                dir.display()
            );
            return Err(UNREADABLE);
        }
        for (path, bytes) in &files {
            write_atomic(path, bytes).map_err(|e| fail(&e))?;
        }
        eprintln!(
            "wrote {} decision items ({} files) into {}",
            items.len(),
            files.len(),
            dir.display()
        );
        return Ok(());
    }
    let Some(party) = party else {
        eprintln!(
            "error: name the party with `--party ID`, or draft every party's item with `--all -o DIR`"
        );
        return Err(UNREADABLE);
    };
    let id = PartyId::from(party);
    let item = decisions
        .draft(&agreement, &id, &options)
        .map_err(|e| fail(&e))?;
    match output {
        None => out!("{}", item.to_text()),
        Some(path) => {
            super::refuse_output_over_input(file, path)?;
            let bytes = bytes_for(path, &item, standard)?;
            write_atomic(path, &bytes).map_err(|e| fail(&e))?;
            eprintln!("wrote {} ({} bytes)", path.display(), bytes.len());
        }
    }
    Ok(())
}

/// The item in the form `path`'s extension names.
fn bytes_for(path: &Path, item: &DecisionItem, standard: Standard) -> Result<Vec<u8>, u8> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "pdf" => Ok(Renderer::new()
            .render_decision_item(item, standard)
            .map_err(|e| fail(&e))?
            .pdf),
        "docx" => item.to_docx().map_err(|e| fail(&e)),
        "txt" => Ok(item.to_text().into_bytes()),
        _ => {
            eprintln!(
                "error: `{}`: name the output `.pdf`, `.docx` or `.txt`",
                path.display()
            );
            Err(UNREADABLE)
        }
    }
}
