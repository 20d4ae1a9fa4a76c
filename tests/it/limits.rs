//! Size limits: input that would exhaust time or memory gets a clear error
//! naming the limit, never a crash or a stalled render.

use crate::common::synthetic::{Size, agreement, toml_text};
use crate::common::{crate_path, today};
use sopimus::validate::limits;
use sopimus::{LoadError, MAX_INPUT_BYTES, ValidateOptions, validate};

fn scratch_file(name: &str, content: &[u8]) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("sopimus-limits-{}-{name}", std::process::id()));
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let mut big = toml_text(crate::common::synthetic::LARGEST_COUNTY).into_bytes();
    big.resize(MAX_INPUT_BYTES as usize + 1, b' ');
    let path = scratch_file("big.toml", &big);
    match sopimus::load(&path) {
        Err(e @ LoadError::TooLarge { .. }) => {
            let message = e.to_string();
            assert!(message.contains(&MAX_INPUT_BYTES.to_string()), "{message}");
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    std::fs::remove_file(path).unwrap();
}

#[test]
fn deep_nesting_is_a_syntax_error_with_a_place() {
    let depth = 50_000;
    let toml = format!(
        "{}\n[[sections]]\nheading = \"x\"\nblocks = {}{}\n",
        std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap(),
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let path = scratch_file("deep.toml", toml.as_bytes());
    match sopimus::load(&path) {
        Err(LoadError::Syntax { line, message, .. }) => {
            assert!(line > 100, "{line}");
            assert!(
                message.contains("recursion") || message.contains("depth"),
                "{message}"
            );
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    let json = format!("{{\"meta\": {}{}}}", "[".repeat(depth), "]".repeat(depth));
    let path = scratch_file("deep.json", json.as_bytes());
    assert!(matches!(
        sopimus::load(&path),
        Err(LoadError::Syntax { .. })
    ));
}

#[test]
fn enormous_lists_and_texts_get_findings_naming_the_limit() {
    let size = Size {
        parties: limits::PARTIES + 1,
        priorities: 2,
        goals: 1,
        indicators: 1,
    };
    let mut a = agreement(size);
    a.meta.title = "x".repeat(limits::TEXT_CHARS + 1).into();
    let report = validate(a, &ValidateOptions::with_today(today()))
        .unwrap_err()
        .0;
    let find = |path: &str| {
        report
            .errors()
            .find(|f| f.path().to_string() == path)
            .unwrap_or_else(|| panic!("no error at {path}:\n{report}"))
            .message()
            .to_owned()
    };
    assert!(find("parties").contains("1001 parties is more than the limit of 1000"));
    assert!(find("meta.title").contains("more than the limit of 200000"));
}

#[test]
fn a_device_or_endless_stream_is_refused_at_the_limit() {
    // `/dev/zero` says its size is 0 and never ends; a reader that never
    // ends stands for a pipe or standard input.
    let started = std::time::Instant::now();
    match sopimus::load("/dev/zero") {
        Err(sopimus::LoadError::TooLarge { limit, .. }) => {
            assert_eq!(limit, sopimus::MAX_INPUT_BYTES)
        }
        other => panic!("expected the size limit, got {other:?}"),
    }
    let endless = std::io::repeat(b'#');
    let e = sopimus::load_from_reader(endless, sopimus::Format::Toml, "<stdin>".as_ref())
        .expect_err("an endless input is refused");
    assert!(
        e.to_string()
            .contains(&sopimus::MAX_INPUT_BYTES.to_string()),
        "the message names the limit: {e}"
    );
    // Reading stops at the limit: far below what an endless read would take.
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

#[test]
fn a_directory_is_not_an_agreement() {
    let e = sopimus::load(crate::common::crate_path("tests")).unwrap_err();
    // What failed in the message, why as its source.
    let cause = std::error::Error::source(&e).map(ToString::to_string);
    assert!(
        cause.as_deref().is_some_and(|c| c.contains("directory")),
        "{e}: {cause:?}"
    );
}

#[test]
fn an_error_chain_says_the_cause_once() {
    use std::error::Error;
    let e = sopimus::load("tests/data/no-such-file.toml").unwrap_err();
    let mut chain = vec![e.to_string()];
    let mut source = e.source();
    while let Some(s) = source {
        chain.push(s.to_string());
        source = s.source();
    }
    let all = chain.join(": ");
    assert_eq!(
        all.matches("No such file or directory").count(),
        1,
        "the cause is printed once: {all}"
    );
}

#[test]
fn every_collection_limit_gets_a_finding_naming_it() {
    use sopimus::model::{
        AdditionalAnnex, AnnexContent, AnnexTable, Block, Forum, InterfaceArea, Member, Priority,
        Section,
    };
    use sopimus::text::RichText;
    let size = Size {
        parties: limits::PARTIES + 1,
        priorities: limits::PRIORITIES + 1,
        goals: limits::GOALS / limits::PRIORITIES + 1,
        indicators: limits::INDICATORS / limits::GOALS + 1,
    };
    let mut a = agreement(size);
    // Actions: as many as indicators, past the limit.
    for p in &mut a.priorities {
        for g in &mut p.goals {
            g.actions = (0..size.indicators)
                .map(|k| sopimus::model::Action::new(format!("toimenpide {k}")))
                .collect();
        }
    }
    a.forums = (0..=limits::FORUMS)
        .map(|i| Forum::new(format!("f{i}"), format!("Foorumi {i}"), 1))
        .collect();
    a.forums[0].members = (0..=limits::BLOCKS)
        .map(|i| {
            Member::from(sopimus::model::BodyRef::Other(
                format!("Järjestö {i}").into(),
            ))
        })
        .collect();
    let many = |n: usize| {
        (0..n)
            .map(|i| RichText::from(format!("kohta {i}")))
            .collect::<Vec<_>>()
    };
    a.sections = (0..=limits::SECTIONS)
        .map(|i| Section::new(format!("Luku {i}"), Vec::<Block>::new()))
        .collect();
    a.sections[0].blocks = (0..=limits::BLOCKS)
        .map(|i| Block::Paragraph(RichText::from(format!("kappale {i}"))))
        .collect();
    a.sections[1].blocks = vec![Block::Bullets(
        many(limits::BLOCKS + 1)
            .into_iter()
            .map(Into::into)
            .collect(),
    )];
    a.interface_areas = (0..=limits::AREAS)
        .map(|i| {
            InterfaceArea::new(
                format!("a{i}"),
                format!("Yhdyspinta {i}"),
                "koordinaattori",
                "päällikkö",
            )
        })
        .collect();
    a.annexes.additional = (0..=limits::AREAS)
        .map(|i| {
            let rows = if i == 0 {
                (0..=limits::BLOCKS)
                    .map(|r| vec![RichText::from(format!("{r}"))])
                    .collect()
            } else {
                vec![vec![RichText::from("x")]]
            };
            let table = AnnexTable::new(vec!["Sarake".into()], rows);
            AdditionalAnnex::new(format!("Liite {i}"), AnnexContent::Table(table))
        })
        .collect();
    a.tiers = (1..=limits::TIERS as u32 + 1)
        .map(|level| sopimus::model::Tier::new(level, format!("Taso {level}")))
        .collect();
    let _ = Priority::default();
    let report = validate(a, &ValidateOptions::with_today(today()))
        .unwrap_err()
        .0;
    let limit_message = |path: &str, what: &str, limit: usize| {
        let expected = format!("is more than the limit of {limit}");
        assert!(
            report.errors().any(|f| f.path().to_string() == path
                && f.message().contains(what)
                && f.message().contains(&expected)),
            "no finding at `{path}` naming the limit of {limit} {what}"
        );
    };
    limit_message("parties", "parties", limits::PARTIES);
    limit_message("forums", "forums", limits::FORUMS);
    limit_message("sections", "sections", limits::SECTIONS);
    limit_message("priorities", "priorities", limits::PRIORITIES);
    limit_message("priorities", "goals", limits::GOALS);
    limit_message("priorities", "indicators", limits::INDICATORS);
    limit_message("priorities", "actions", limits::INDICATORS);
    limit_message("tiers", "tiers", limits::TIERS);
    limit_message("interface_areas", "interface areas", limits::AREAS);
    limit_message("annexes.additional", "additional annexes", limits::AREAS);
    limit_message("sections[0].blocks", "blocks", limits::BLOCKS);
    limit_message("sections[1].blocks[0].bullets", "blocks", limits::BLOCKS);
    limit_message("forums[0].members", "blocks", limits::BLOCKS);
    limit_message("annexes.additional[0].table.rows", "blocks", limits::BLOCKS);
}

#[test]
fn a_body_spans_at_most_the_tiers_an_agreement_may_have() {
    use sopimus::model::TierSpan;
    let most = limits::TIERS as u32;
    assert!(TierSpan::span(1, most).is_some());
    // A span is written as the list of its levels: one of four billion
    // levels would take minutes and gigabytes to write out.
    assert!(TierSpan::span(1, most + 1).is_none());
    assert!(TierSpan::span(0, u32::MAX).is_none());
    assert!(TierSpan::span(2, 1).is_none());
    let minimal = std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap();
    let levels = |n: u32| {
        (1..=n)
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let spanning = |n: u32| minimal.replacen("tier = 1\n", &format!("tier = [{}]\n", levels(n)), 1);
    assert_ne!(spanning(2), minimal);
    match sopimus::Agreement::from_toml_str(&spanning(most + 1)) {
        Err(LoadError::Shape { report, .. }) => {
            let [finding] = &report.findings[..] else {
                panic!("one finding: {report}");
            };
            assert!(finding.location().is_some_and(|l| l.line > 1), "{finding}");
            assert!(
                finding.message().contains(&format!("at most {most} tiers")),
                "{finding}"
            );
        }
        other => panic!("expected a problem of shape, got {other:?}"),
    }
    // At the limit it reads, and validation names the tiers that are missing.
    let a = sopimus::Agreement::from_toml_str(&spanning(most)).unwrap();
    let report = validate(a, &ValidateOptions::with_today(today()))
        .unwrap_err()
        .0;
    let finding = report
        .errors()
        .find(|f| f.path().to_string() == "forums[0].tier")
        .unwrap_or_else(|| panic!("{report}"));
    assert!(
        finding.message().contains("tier 3, 4, 5, 6, 7 … 100"),
        "{}",
        finding.message()
    );
}

/// `minimal.toml` with `text` as its title, the first section's heading, a
/// subheading, the first tier's name, the first party's name, the first
/// priority's title and the first indicator.
fn with_headings(text: &str) -> String {
    let mut source = std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap();
    for (from, to) in [
        (
            "title = \"Esimerkkialueen yhteistyösopimus\"",
            "title = \"{}\"",
        ),
        (
            "heading = \"Sopimuksen tausta ja tarkoitus\"",
            "heading = \"{}\"",
        ),
        (
            "{ paragraph = \"Sopimuksella sovitaan yhteistyöstä.[^1]\" },",
            "{ subheading = \"{}\" },\n  { paragraph = \"Sopimuksella sovitaan yhteistyöstä.[^1]\" },",
        ),
        ("name = \"Strategiset foorumit\"", "name = \"{}\""),
        ("name = \"Esimerkin hyvinvointialue\"", "name = \"{}\""),
        (
            "{ text = \"Hyvinvointikertomus laadittu\",",
            "{ text = \"{}\",",
        ),
        ("title = \"Hyvinvointi\"\n", "title = \"{}\"\n"),
    ] {
        assert!(source.contains(from), "{from}");
        source = source.replacen(from, &to.replace("{}", text), 1);
    }
    source
}

/// Issue 20: a title of 1 999 characters failed to render ("tags weren't
/// properly closed", typst's internal error), a heading, tier name or
/// subheading of 16 383 letters outside ASCII or 32 767 ASCII ones with "a
/// PDF string is longer than 32767 characters". At the limit each renders,
/// written in the widest, the non-ASCII and the unbreakable way; one over
/// it is a finding at each place, never a failed render.
#[test]
fn headings_at_their_limit_render_and_over_it_are_findings() {
    let limit = limits::HEADING_CHARS;
    for unit in ["W", "ä", "Lorem ipsum dolor sit amet "] {
        let text: String = unit.chars().cycle().take(limit).collect();
        let text =
            text.trim_end().to_owned() + &"W".repeat(limit - text.trim_end().chars().count());
        assert_eq!(text.chars().count(), limit);
        let valid = validate(
            crate::common::parse(&with_headings(&text)),
            &ValidateOptions::new().today(today()),
        )
        .unwrap_or_else(|e| panic!("{unit:?}: {e}"));
        let pdf = crate::common::render_pdf(&valid, &sopimus::RenderOptions::new());
        assert!(pdf.starts_with(b"%PDF-"), "{unit:?}");
    }
    let over = "ä".repeat(limit + 1);
    let report = match validate(
        crate::common::parse(&with_headings(&over)),
        &ValidateOptions::new().today(today()),
    ) {
        Err(sopimus::Invalid(report)) => report,
        Ok(_) => panic!("a heading over the limit validated"),
    };
    let places: Vec<String> = report
        .errors()
        .filter(|f| f.code().as_str() == "heading-too-long")
        .map(|f| f.path().to_string())
        .collect();
    assert_eq!(
        places,
        [
            "meta.title",
            "sections[0].heading",
            "sections[0].blocks[0].subheading",
            "tiers[0].name",
            "parties[0].name",
            "priorities[0].title",
            "priorities[0].goals[0].indicators[0].text",
        ],
        "{}",
        report.to_text("x.toml", None)
    );
}
