//! sopimus as a dependent project uses it: from a crate of its own, through
//! the public API only, with default features and no chrono of its own.
//!
//! The crate has no code besides its tests: each test is a task a
//! case-management or document system does with agreements (load and check
//! a file, build one in code, render from several threads, archive a PDF/A-3
//! and read it back, export the goals table), written as that system would
//! write it. A change to sopimus that breaks one of them breaks its users.

#[cfg(test)]
mod probes;

#[cfg(test)]
mod tests {
    use std::error::Error;
    use std::io::Write;
    use std::path::{Path, PathBuf};

    use sopimus::export::{self, ExportOptions};
    use sopimus::model::{
        Agreement, FollowUp, Forum, Goal, Indicator, Metadata, MonthWindow, Party, PartyKind,
        Priority, Section, Signatory, Tier,
    };
    use sopimus::{
        Date, Document, Invalid, Location, NaiveDate, RenderOptions, Renderer, Standard,
        ValidateOptions, ValidatedAgreement,
    };

    /// What a dependent project's functions return: any error, by `?`.
    type Result<T> = std::result::Result<T, Box<dyn Error + Send + Sync>>;

    /// A file of the sopimus repository (examples and fixtures).
    fn repo(relative: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(relative)
    }

    fn today() -> Date {
        Date::from(NaiveDate::from_ymd_opt(2026, 11, 25).expect("a real day"))
    }

    fn options() -> ValidateOptions {
        ValidateOptions::new().today(today())
    }

    fn load_valid(relative: &str) -> Result<ValidatedAgreement> {
        Ok(sopimus::load(repo(relative))?.validate(&options())?)
    }

    /// A small agreement built in code, as a system that keeps its parties
    /// in a database of its own would build it: at most 40 lines with
    /// rustfmt's defaults (`building_an_agreement_takes_at_most_40_lines`).
    fn built_in_code() -> Result<Agreement> {
        use sopimus::model::{
            AgreementKind::StrategicCooperationAgreement, Insert::*, PartyKind::*,
        };
        let date: Date = "10.4.2026".parse()?;
        let mut parties = Vec::new();
        for (id, kind, name, number) in [
            (
                "county",
                WellbeingServicesCounty,
                "Hyvinvointialue",
                3221307,
            ),
            ("region", RegionalCouncil, "Liitto", 826048),
            ("town-a", City, "Akaupunki", 145626),
            ("town-b", Municipality, "Bkunta", 145801),
            ("town-c", Municipality, "Ckunta", 145997),
        ] {
            let business_id = sopimus::BusinessId::from_number(number).ok_or("no such ID")?;
            parties.push(Party::new(id, kind, name, business_id));
        }
        let meta = Metadata::new(StrategicCooperationAgreement, "Sopimus", date);
        let mut a = Agreement::new(meta, parties);
        a.tiers.push(Tier::new(1, "Strategiset foorumit"));
        a.forums.push(Forum::new("forum", "Strateginen foorumi", 1));
        let mut indicator = Indicator::new("Hyvinvointikertomus laadittu");
        indicator.municipalities = Some("X/3".parse()?);
        let goal = Goal::new("Hyvinvointi paranee", [indicator]);
        a.priorities.push(Priority::new("Hyvinvointi", [goal]));
        a.follow_up = Some(FollowUp::new(["forum"], [MonthWindow::new(5, 6)]));
        for (heading, inserts) in [
            ("Rakenne", vec![StructureFigure, Tiers]),
            ("Tavoitteet", vec![Priorities, FollowUpRules]),
            ("Voimassaolo", vec![ValidityRules, TerminationRules]),
        ] {
            a.sections.push(Section::new(heading, inserts));
        }
        Ok(a)
    }

    /// Issue 22: a small agreement in at most 40 lines of rustfmt-formatted
    /// code (`cargo fmt --check` holds the format), counted from
    /// `built_in_code`'s source, signature to closing brace.
    #[test]
    fn building_an_agreement_takes_at_most_40_lines() {
        let source = include_str!("lib.rs");
        let lines: Vec<&str> = source
            .lines()
            .skip_while(|l| !l.contains("fn built_in_code()"))
            .collect();
        let end = lines
            .iter()
            .position(|l| *l == "    }")
            .expect("the function ends");
        let lines = end + 1;
        assert!(lines <= 40, "{lines} lines");
    }

    #[test]
    fn an_agreement_built_in_code_validates_renders_and_keeps_the_date_rules() -> Result<()> {
        let valid = sopimus::validate(built_in_code()?, &options())?;
        assert_eq!(valid.business_ids()[2].as_str(), "0145626-1");
        assert_eq!(valid.items().len(), 3, "a priority, a goal, an indicator");
        // The date rules in chrono's types, through sopimus's re-export.
        let delivered = NaiveDate::from_ymd_opt(2027, 1, 31).ok_or("no such day")?;
        let outcome = valid.termination(&"town-b".into(), delivered.into())?;
        assert_eq!(
            outcome.effective.to_naive(),
            NaiveDate::from_ymd_opt(2028, 1, 31).ok_or("no such day")?
        );
        let year = valid.follow_up_year(2027)?.ok_or("follow-up rules")?;
        assert_eq!(year.windows.len(), 1);
        let rendered = Renderer::new().render(&valid, &RenderOptions::new())?;
        assert!(rendered.pdf.starts_with(b"%PDF-") && rendered.pages > 0);
        Ok(())
    }

    /// A party the system adds after loading, with a mistake of its own.
    fn outsider() -> Party {
        let mut party = Party::new("college", PartyKind::Other, "Koulutuskeskus", "0000001-8");
        party.signatory = Some(Signatory::new("Kaisa Koulu", "rehtori"));
        party
    }

    #[test]
    fn findings_come_located_in_one_call() -> Result<()> {
        let mut loaded = sopimus::load(repo("tests/data/invalid/business-id-check-digit.toml"))?;
        // A party the system adds after loading: not in the file, so its
        // finding has no line, rather than another party's.
        loaded.agreement.parties.push(outsider());
        let Err(Invalid(report)) = loaded.validate(&options()) else {
            return Err("the agreement has errors".into());
        };
        let places: Vec<(String, Option<Location>)> = report
            .errors()
            .map(|f| (f.path().to_string(), f.location()))
            .collect();
        assert_eq!(
            places,
            [
                (
                    "parties[3].business_id".to_owned(),
                    Some(Location {
                        line: 41,
                        column: 15
                    })
                ),
                ("parties[5].business_id".to_owned(), None),
            ]
        );
        // Printed for a person: each finding with its place, when it has one.
        let printed: Vec<String> = report.errors().map(ToString::to_string).collect();
        assert!(
            printed[0].starts_with("error: parties[3].business_id (line 41, column 15): "),
            "{}",
            printed[0]
        );
        assert!(
            printed[1].starts_with("error: parties[5].business_id: "),
            "{}",
            printed[1]
        );
        Ok(())
    }

    #[test]
    fn errors_go_through_question_marks_and_say_their_cause_once() {
        fn read(path: &Path) -> Result<Date> {
            let valid = sopimus::load(path)?.validate(&ValidateOptions::new())?;
            Ok(valid.agreement().meta.date)
        }
        let e = read(&repo("tests/data/no-such-file.toml")).expect_err("no such file");
        let mut chain = vec![e.to_string()];
        let mut next = e.source();
        while let Some(cause) = next {
            chain.push(cause.to_string());
            next = cause.source();
        }
        let chain = chain.join(": ");
        assert_eq!(
            chain.matches("No such file or directory").count(),
            1,
            "{chain}"
        );
        let e = read(&repo("tests/data/invalid/business-id-check-digit.toml"))
            .expect_err("a wrong check digit");
        assert!(
            format!("{e:#}").contains("parties[3].business_id (line 41, column 15)"),
            "{e:#}"
        );
        let e = "31.2.2026".parse::<Date>().expect_err("no such day");
        let boxed: Box<dyn Error + Send + Sync> = e.into();
        assert!(boxed.to_string().contains("31.2.2026"), "{boxed}");
    }

    #[test]
    fn four_threads_share_one_renderer() -> Result<()> {
        let valid = load_valid("examples/kanta-hame-2026.toml")?;
        let renderer = Renderer::new();
        let options = RenderOptions::new().document(Document::Annex2);
        let alone = renderer.render(&valid, &options)?.pdf;
        let pdfs: Vec<Vec<u8>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    let renderer = renderer.clone();
                    let (valid, options) = (&valid, &options);
                    scope.spawn(move || renderer.render(valid, options).map(|r| r.pdf))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("no thread panics"))
                .collect::<std::result::Result<_, _>>()
        })?;
        // Compared by length and equality, never printed: a PDF is large.
        assert_eq!(pdfs.len(), 4);
        assert!(
            pdfs.iter().all(|pdf| *pdf == alone),
            "every thread gives the same bytes"
        );
        Ok(())
    }

    #[test]
    fn a_pdf_a3_carries_the_agreement_back() -> Result<()> {
        let valid = load_valid("examples/kanta-hame-2023.toml")?;
        let archival = RenderOptions::new().standard(Standard::A3bUa1);
        assert!(archival.standard.allows_attachments());
        let pdf = Renderer::new().render(&valid, &archival)?.pdf;
        let dir = scratch("a3")?;
        let file = dir.join("signed.pdf");
        export::write_atomic(&file, &pdf)?;
        let back = export::read_attachment(&std::fs::read(&file)?)?;
        assert!(&back == valid.agreement(), "the same agreement comes back");
        // The agreement read back validates again.
        assert!(sopimus::validate(back, &options()).is_ok());
        std::fs::remove_dir_all(dir)?;
        Ok(())
    }

    #[test]
    fn the_goals_table_streams_to_a_file_and_builds_a_workbook() -> Result<()> {
        let valid = load_valid("examples/paijat-hame-2026.toml")?;
        let dir = scratch("export")?;
        let file = dir.join("goals.csv");
        let mut out = std::io::BufWriter::new(std::fs::File::create(&file)?);
        export::write_csv(
            &valid,
            &mut out,
            &ExportOptions::new().byte_order_mark(false),
        )?;
        out.flush()?;
        drop(out);
        let csv = std::fs::read_to_string(&file)?;
        let rows = export::indicator_rows(&valid);
        // A heading line and one line per indicator (cells may hold line
        // breaks, quoted, so lines are counted by their CRLF ends).
        assert_eq!(csv.matches("\r\n").count(), rows.len() + 1);
        assert!(!csv.starts_with('\u{feff}'));
        assert_eq!(
            csv.trim_start(),
            export::to_csv(&valid).trim_start_matches('\u{feff}')
        );
        let xlsx = export::to_xlsx(&valid)?;
        assert!(xlsx.starts_with(b"PK\x03\x04"), "a zip archive");
        std::fs::remove_dir_all(dir)?;
        Ok(())
    }

    /// An empty directory of the test's own.
    fn scratch(name: &str) -> Result<PathBuf> {
        let dir =
            std::env::temp_dir().join(format!("sopimus-downstream-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        Ok(dir)
    }
}
