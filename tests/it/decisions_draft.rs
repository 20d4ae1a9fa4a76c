//! The parties' decision items (`sopimus decision draft`, issue 21): the
//! item's text for each kind of party and language, the PDF (tagged, in the
//! item's language, text that is data) and the DOCX (a package whose parts
//! are well-formed XML and carry every word of the item).

use std::io::Read;
use std::path::Path;

use sopimus::decisions::{self, DecisionItem, DraftError, DraftOptions};
use sopimus::{Language, PartyId, Renderer, Standard};

use crate::common::pdf::{check, extract_text, squash};
use crate::common::{scratch_in, sopimus, valid};
use crate::decisions::example;

fn item(name: &str, party: &str, language: Option<Language>) -> DecisionItem {
    drafted(name, party, language, false)
}

/// The council's item on the board's proposal.
fn council(name: &str, party: &str, language: Option<Language>) -> DecisionItem {
    drafted(name, party, language, true)
}

fn drafted(name: &str, party: &str, language: Option<Language>, council: bool) -> DecisionItem {
    let (agreement, decisions) = example(name);
    let mut options = DraftOptions::new().council(council);
    if let Some(l) = language {
        options = options.language(l);
    }
    decisions
        .draft(&agreement, &PartyId::from(party), &options)
        .unwrap()
}

/// A municipality, the county (a proposal to its council) and the regional
/// council, in Finnish and in Swedish, and a bilingual city in its second
/// language: each item's text, reviewed.
#[test]
fn each_kind_of_party_gets_its_item_in_its_language() {
    for (example, party, language) in [
        ("kanta-hame-2023", "hattula", None),
        ("kanta-hame-2023", "kanta-hame", None),
        ("kanta-hame-2023", "hameen-liitto", None),
        ("osterbotten-2026", "forbund", None),
        ("osterbotten-2026", "osterbotten", None),
        ("osterbotten-2026", "vasa", Some(Language::Fi)),
        ("kanta-hame-2026", "hattula", None),
    ] {
        let item = item(example, party, language);
        insta::assert_snapshot!(
            format!("draft-{example}-{party}-{}", item.language.code()),
            item.to_text()
        );
    }
    // The county councils' items on their boards' proposals, Finnish and
    // Swedish, and a city council's.
    for (example, party) in [
        ("kanta-hame-2023", "kanta-hame"),
        ("osterbotten-2026", "osterbotten"),
        ("kanta-hame-2026", "hameenlinna"),
    ] {
        let item = council(example, party, None);
        insta::assert_snapshot!(
            format!("draft-{example}-{party}-council-{}", item.language.code()),
            item.to_text()
        );
    }
}

/// A council's item: the board's meeting as earlier handling, the board's
/// proposal, the council's decision, and the appeal to the administrative
/// court (30 days) instead of a claim for rectification; the board's item
/// before it is a proposal with no appeal. By the decisions, not by kind:
/// a city board that proposes to its council gets the same chain, a county
/// board that decides itself does not.
#[test]
fn a_chain_to_the_council_gives_the_council_an_item_with_appeal_instructions() {
    let county = council("kanta-hame-2023", "kanta-hame", None);
    assert_eq!(county.stage, decisions::ItemStage::Council);
    assert_eq!(county.meeting, "Aluevaltuusto 10.5.2023 § 41");
    let text = county.to_text();
    for needle in [
        "Aikaisempi käsittely\nAluehallitus 17.4.2023 § 88\n",
        "Asian esittelyteksti on aluehallituksen käsittelyssä 17.4.2023 § 88.",
        "Ehdotus\nAluehallituksen ehdotus: Aluevaltuusto päättää\n1) hyväksyä",
        "Aluevaltuusto hyväksyi aluehallituksen ehdotuksen.",
        "Valitusosoitus\n",
        "hyvinvointialuevalituksella hallinto-oikeudelta",
        "30 päivän kuluessa",
        "sekä hyvinvointialueen jäsen.",
    ] {
        assert!(text.contains(needle), "{needle}\n{text}");
    }
    assert!(!text.contains("Oikaisuvaatimus"), "{text}");
    assert!(!text.contains("Esittelijä"), "{text}");
    assert!(county.file_stem().ends_with("-council-fi"));
    let board = item("kanta-hame-2023", "kanta-hame", None);
    assert_eq!(board.stage, decisions::ItemStage::Proposal);
    assert_eq!(board.file_stem(), "decision-kanta-hame-board-fi");
    // In Swedish.
    let sv = council("osterbotten-2026", "osterbotten", None).to_text();
    for needle in [
        "Tidigare behandling\nVälfärdsområdesstyrelsen 13.4.2026 § 98\n",
        "Välfärdsområdesstyrelsens förslag: Välfärdsområdesfullmäktige beslutar",
        "Besvärsanvisning\n",
        "välfärdsområdesbesvär hos förvaltningsdomstolen",
        "inom 30 dagar",
    ] {
        assert!(sv.contains(needle), "{needle}\n{sv}");
    }
    assert!(!sv.contains("omprövning"), "{sv}");
    // A city board's proposal (2026, Hämeenlinna): the city council's item,
    // a municipal appeal; the board's item proposes and has no appeal.
    let city = council("kanta-hame-2026", "hameenlinna", None).to_text();
    assert!(city.contains("Kaupunginhallituksen ehdotus: Kaupunginvaltuusto päättää"));
    assert!(city.contains("kunnallisvalituksella"));
    assert!(city.contains("sekä kunnan jäsen."));
    assert!(city.contains("Päätös\n(kirjataan kokouksessa)"));
    let city_board = item("kanta-hame-2026", "hameenlinna", None).to_text();
    assert!(city_board.contains("Kaupunginhallitus päättää esittää kaupunginvaltuustolle"));
    assert!(city_board.contains("Ei muutoksenhakuoikeutta"));
    // The 2026 county board decides itself (seed 001): a board's item
    // with a claim for rectification, and no council item.
    let county_2026 = item("kanta-hame-2026", "kanta-hame", None);
    assert_eq!(county_2026.stage, decisions::ItemStage::Board);
    assert!(county_2026.to_text().contains("Aluehallitus päättää\n1)"));
    assert!(county_2026.to_text().contains("Oikaisuvaatimusohje"));
    let (agreement, recorded) = example("kanta-hame-2026");
    let err = recorded
        .draft(
            &agreement,
            &PartyId::from("kanta-hame"),
            &DraftOptions::new().council(true),
        )
        .unwrap_err();
    assert!(matches!(err, DraftError::NoCouncil { .. }), "{err}");
    assert!(err.to_string().contains("board's item"), "{err}");
}

/// The words that make each kind's item what it is, held apart from the
/// snapshots so that a wrong organ or instruction fails by name.
#[test]
fn the_organs_presenters_and_instructions_follow_the_kind_of_party() {
    let county = item("kanta-hame-2023", "kanta-hame", None).to_text();
    assert!(county.contains("Aluehallitus päättää esittää aluevaltuustolle"));
    assert!(county.contains("päätös koskee vain asian valmistelua"));
    assert!(!county.contains("Oikaisuvaatimusohje"));
    assert!(county.contains("Muutoksenhaku\nEi muutoksenhakuoikeutta"));
    let municipality = item("kanta-hame-2023", "hattula", None).to_text();
    assert!(municipality.contains("Kunnanhallitus päättää\n1) hyväksyä"));
    assert!(municipality.contains("Oikaisuvaatimusohje"));
    assert!(municipality.contains("sekä kunnan jäsen."));
    // The members are deemed to know of the decision seven days after the
    // minutes are public online (410/2015 § 139), not on the day.
    assert!(municipality.contains(
        "Kunnan jäsenen katsotaan saaneen päätöksestä tiedon seitsemän päivän kuluttua siitä, kun pöytäkirja on nähtävänä yleisessä tietoverkossa."
    ));
    assert!(municipality.contains("14 päivän kuluessa"));
    assert!(!municipality.contains("Valitusosoitus"));
    assert!(municipality.contains("valtuuttaa kunnanjohtajan"));
    let regional = item("kanta-hame-2023", "hameen-liitto", None).to_text();
    assert!(regional.contains("Maakuntahallitus"));
    assert!(regional.contains("kuntayhtymän jäsenkunta ja jäsenkunnan jäsen"));
    let swedish = item("osterbotten-2026", "korsholm", None).to_text();
    assert!(swedish.contains("Anvisning om begäran om omprövning"));
    assert!(swedish.contains("Kommunstyrelsen beslutar\n1) för sin del godkänna"));
    // Vasa's file words its organ in Swedish; its Finnish item names the
    // city board in Finnish.
    let vasa_fi = item("osterbotten-2026", "vasa", Some(Language::Fi)).to_text();
    assert!(vasa_fi.contains("Kaupunginhallitus päättää"), "{vasa_fi}");
    assert!(!vasa_fi.contains("Stadsstyrelsen"));
}

/// Every item of every example (Päijät-Häme with no decisions file) is
/// drafted, and renders as PDF without warnings and as DOCX: the done-when
/// point "every party's item in its languages, as PDF and DOCX".
#[test]
fn every_party_of_every_example_gets_an_item_in_each_of_its_languages() {
    let renderer = Renderer::new();
    for name in [
        "kanta-hame-2023",
        "kanta-hame-2026",
        "osterbotten-2026",
        "paijat-hame-2026",
    ] {
        let (agreement, decisions) = if name == "paijat-hame-2026" {
            let agreement = valid(&format!("examples/{name}.toml"));
            let none = decisions::ValidatedDecisions::none(&agreement);
            (agreement, none)
        } else {
            example(name)
        };
        let items = decisions.draft_all(&agreement).unwrap();
        let parties = agreement.agreement().parties.len();
        assert!(items.len() >= parties, "{name}");
        for p in &agreement.agreement().parties {
            assert!(items.iter().any(|i| i.party == p.id), "{name}: {}", p.id);
        }
        for item in &items {
            let pdf = renderer
                .render_decision_item(item, Standard::default())
                .unwrap_or_else(|e| panic!("{name} {}: {e}", item.file_stem()));
            assert!(pdf.warnings.is_empty(), "{name} {}", item.file_stem());
            assert!(item.to_docx().unwrap().starts_with(b"PK"));
        }
    }
    let (agreement, decisions) = example("osterbotten-2026");
    let items = decisions.draft_all(&agreement).unwrap();
    let vasa: Vec<_> = items
        .iter()
        .filter(|i| i.party.as_str() == "vasa")
        .map(|i| i.language)
        .collect();
    assert_eq!(vasa, [Language::Sv, Language::Fi]);
    assert!(
        items
            .iter()
            .any(|i| i.party.as_str() == "laihela" && i.language == Language::Fi)
    );
}

#[test]
fn an_unknown_party_or_a_language_the_agreement_lacks_is_refused_with_what_to_do() {
    let (agreement, decisions) = example("kanta-hame-2023");
    let err = decisions
        .draft(&agreement, &PartyId::from("nowhere"), &DraftOptions::new())
        .unwrap_err();
    assert!(matches!(err, DraftError::UnknownParty { .. }));
    assert!(err.to_string().contains("`hattula`"), "{err}");
    let err = decisions
        .draft(
            &agreement,
            &PartyId::from("hattula"),
            &DraftOptions::new().language(Language::Sv),
        )
        .unwrap_err();
    assert!(matches!(err, DraftError::Language { .. }));
    assert!(err.to_string().contains("--language"), "{err}");
    // Decisions checked against another agreement are refused.
    let (other, _) = example("osterbotten-2026");
    assert!(matches!(
        decisions.draft(&other, &PartyId::from("vasa"), &DraftOptions::new()),
        Err(DraftError::OtherAgreement(_))
    ));
}

/// The parts of a DOCX package, by name.
fn docx_parts(docx: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            (file.name().unwrap().into_owned(), text)
        })
        .collect()
}

/// The text of the part `name` of a DOCX or XLSX file.
fn part(zip: &[u8], name: &str) -> String {
    docx_parts(zip)
        .into_iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no part `{name}`"))
        .1
}

/// Reads `xml` to the end, as a strict reader: every end tag matches its
/// start, the text unescapes; returns the text of the `w:t` elements.
fn well_formed(name: &str, xml: &str) -> String {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut depth = 0i32;
    let mut roots = 0;
    let mut in_text = false;
    let mut words = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                if depth == 0 {
                    roots += 1;
                }
                depth += 1;
                in_text = e.name().as_ref() == "w:t";
            }
            Ok(Event::Empty(e)) => {
                if depth == 0 {
                    roots += 1;
                }
                if e.name().as_ref() == "w:tab" {
                    words.push('\t');
                }
            }
            Ok(Event::End(e)) => {
                depth -= 1;
                in_text = false;
                if e.name().as_ref() == "w:p" {
                    words.push('\n');
                }
            }
            Ok(Event::Text(t)) if in_text => {
                words.push_str(&t.xml10_content());
            }
            Ok(Event::GeneralRef(r)) if in_text => {
                let name: &str = &r;
                words.push_str(match name {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("{name}: unknown entity `{other}`"),
                });
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{name} is not well-formed XML: {e}"),
        }
    }
    assert_eq!(depth, 0, "{name}: unclosed elements");
    assert_eq!(roots, 1, "{name}: one root element");
    words
}

/// The DOCX a case-management system would open: the package's required
/// parts, each well-formed, the main document's type declared, and every
/// line of the item's text among the document's words, in order.
fn assert_docx_carries(item: &DecisionItem) {
    let docx = item.to_docx().unwrap();
    let parts = docx_parts(&docx);
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    for required in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
    ] {
        assert!(names.contains(&required), "{required} missing: {names:?}");
    }
    let types = &parts
        .iter()
        .find(|(n, _)| n == "[Content_Types].xml")
        .unwrap()
        .1;
    assert!(types.contains("wordprocessingml.document.main+xml"));
    let mut document = String::new();
    for (name, xml) in &parts {
        let words = well_formed(name, xml);
        if name == "word/document.xml" {
            document = words;
        }
    }
    // `1) text` in the item's text is `1)\ttext` in the document.
    let document = document.replace(")\t", ") ");
    let mut from = 0;
    for line in item.to_text().lines().filter(|l| !l.is_empty()) {
        let at = document[from..]
            .find(line)
            .unwrap_or_else(|| panic!("the DOCX lacks (or misorders) {line:?}"));
        from += at + line.len();
    }
}

#[test]
fn the_docx_is_a_well_formed_package_with_every_word_of_the_item() {
    assert_docx_carries(&item("kanta-hame-2023", "hattula", None));
    assert_docx_carries(&item("osterbotten-2026", "osterbotten", None));
    assert_docx_carries(&council("osterbotten-2026", "osterbotten", None));
    let item = item("osterbotten-2026", "korsholm", None);
    assert_docx_carries(&item);
    // The same item, the same bytes.
    assert_eq!(item.to_docx().unwrap(), item.to_docx().unwrap());
    let core = part(&item.to_docx().unwrap(), "docProps/core.xml");
    assert!(core.contains("<dc:language>sv-FI</dc:language>"), "{core}");
}

#[test]
fn the_pdf_is_tagged_in_the_items_language_and_carries_its_text() {
    let renderer = Renderer::new();
    for (example, party, on_council) in [
        ("kanta-hame-2023", "hattula", false),
        ("osterbotten-2026", "forbund", false),
        ("kanta-hame-2023", "kanta-hame", true),
        ("osterbotten-2026", "osterbotten", true),
    ] {
        let item = drafted(example, party, None, on_council);
        let pdf = renderer
            .render_decision_item(&item, Standard::default())
            .unwrap();
        assert!(pdf.warnings.is_empty(), "{:?}", pdf.warnings);
        let checked = check(&pdf.pdf);
        assert_eq!(checked.lang.as_deref(), Some(item.language.code()));
        assert!(checked.marked && checked.structure.is_some());
        assert!(checked.xmp.contains("pdfaid"), "PDF/A identification");
        let text = squash(&extract_text(&pdf.pdf));
        for line in [&item.title, &item.meeting, &item.instructions.label] {
            assert!(text.contains(&squash(line)), "{party}: {line:?} missing");
        }
        let again = renderer
            .render_decision_item(&item, Standard::default())
            .unwrap();
        assert_eq!(pdf.pdf, again.pdf, "the same item, the same bytes");
    }
}

/// Names and titles that look like typst markup or XML are printed as
/// written in the PDF and the DOCX (control characters are refused by
/// validation: tests/data/decisions/invalid/control-character.toml).
#[test]
fn markup_in_the_decisions_is_text_in_the_pdf_and_the_docx() {
    let agreement = valid("examples/kanta-hame-2023.toml");
    let text = r##"
preparer = "Valmistelija #panic(\"x\") *lihava* <b>&amp; $x$ \\ [link](x)"
[[parties]]
party = "hattula"
representatives = [{ body = "strateginen-foorumi", name = "Anna #set text(red) ]] </w:t>", title = "<johtaja> & \"jäsen\"" }]
"##;
    let decisions = decisions::parse(text, Path::new("d.toml"))
        .unwrap()
        .validate(&agreement)
        .unwrap();
    let item = decisions
        .draft(&agreement, &PartyId::from("hattula"), &DraftOptions::new())
        .unwrap();
    let pdf = Renderer::new()
        .render_decision_item(&item, Standard::default())
        .unwrap();
    let pdf_text = squash(&extract_text(&pdf.pdf));
    for written in [
        "#panic(\"x\")",
        "*lihava*",
        "<b>&amp;",
        "$x$",
        "#set text(red) ]] </w:t>",
    ] {
        assert!(pdf_text.contains(&squash(written)), "PDF lacks {written:?}");
    }
    let docx = item.to_docx().unwrap();
    let document = part(&docx, "word/document.xml");
    let words = well_formed("word/document.xml", &document);
    for written in [
        "#panic(\"x\")",
        "<b>&amp;",
        "</w:t>",
        "<johtaja> & \"jäsen\"",
    ] {
        assert!(words.contains(written), "DOCX lacks {written:?}");
    }
}

#[test]
fn the_cli_drafts_one_item_in_each_form_and_every_item_into_a_directory() {
    let dir = scratch_in("decisions-draft", "cli");
    let out = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let agreement = "examples/osterbotten-2026.toml";
    for file in ["korsholm.pdf", "korsholm.docx", "korsholm.txt"] {
        let run = sopimus(&[
            "decision",
            "draft",
            agreement,
            "--party",
            "korsholm",
            "-o",
            &out(file),
        ]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    assert!(
        std::fs::read(dir.join("korsholm.pdf"))
            .unwrap()
            .starts_with(b"%PDF-")
    );
    assert!(
        std::fs::read(dir.join("korsholm.docx"))
            .unwrap()
            .starts_with(b"PK")
    );
    assert!(
        std::fs::read_to_string(dir.join("korsholm.txt"))
            .unwrap()
            .contains("Kommunstyrelsen")
    );
    // Printed when no file is named.
    let printed = sopimus(&["decision", "draft", agreement, "--party", "korsholm"]);
    assert!(String::from_utf8_lossy(&printed.stdout).contains("Beslutsförslag"));
    // An unknown party: exit 2, the known ones named, nothing written.
    let bad = sopimus(&[
        "decision",
        "draft",
        agreement,
        "--party",
        "nowhere",
        "-o",
        &out("x.pdf"),
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("`vasa`"));
    assert!(!dir.join("x.pdf").exists());
    // Every party, each of its languages, PDF and DOCX.
    let all = dir.join("all");
    let run = sopimus(&[
        "decision",
        "draft",
        agreement,
        "--all",
        "-o",
        &all.to_string_lossy(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let parties = valid(agreement).agreement().parties.len();
    let written = std::fs::read_dir(&all).unwrap().count();
    // Vasa in two languages, the county board's and the county council's.
    assert_eq!(written, 2 * (parties + 2));
    assert!(all.join("decision-vasa-fi.docx").is_file());
    assert!(all.join("decision-osterbotten-board-sv.pdf").is_file());
    assert!(all.join("decision-osterbotten-council-sv.docx").is_file());
    assert!(!all.join("decision-osterbotten-sv.pdf").exists());
    // One council item.
    let run = sopimus(&[
        "decision",
        "draft",
        agreement,
        "--party",
        "osterbotten",
        "--council",
    ]);
    assert!(String::from_utf8_lossy(&run.stdout).contains("Besvärsanvisning"));
    let run = sopimus(&[
        "decision",
        "draft",
        agreement,
        "--party",
        "vasa",
        "--council",
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("no council"));
    assert!(all.join("decision-laihela-fi.pdf").is_file());
    let _ = std::fs::remove_dir_all(&dir);
}

/// The status for the committee: one landscape page for Österbotten's 16
/// parties, tagged, in the language asked for, every party's row and the
/// state in it; the XLSX sheet carries the same cells.
#[test]
fn the_status_prints_on_one_page_and_as_a_sheet_with_every_party() {
    let (agreement, decisions) = example("osterbotten-2026");
    let status = decisions.status(&agreement).unwrap();
    let table = status.table(&agreement, Some(Language::Sv));
    assert_eq!(table.rows.len(), agreement.agreement().parties.len());
    // The text form is the table's.
    assert_eq!(
        status.to_text(&agreement, Some(Language::Sv)),
        table.to_text()
    );
    let pdf = Renderer::new()
        .render_status(&table, Standard::default())
        .unwrap();
    assert_eq!(pdf.pages, 1);
    let checked = check(&pdf.pdf);
    assert_eq!(checked.lang.as_deref(), Some("sv"));
    let text = squash(&extract_text(&pdf.pdf));
    assert!(text.contains(&squash(&table.state)));
    for row in &table.rows {
        assert!(text.contains(&squash(&row.name)), "{} missing", row.name);
        assert!(
            text.contains(&squash(&row.signed)),
            "{} missing",
            row.signed
        );
    }
    let xlsx = table.to_xlsx().unwrap();
    let strings = part(&xlsx, "xl/sharedStrings.xml");
    well_formed("xl/sharedStrings.xml", &strings);
    for row in &table.rows {
        for cell in [&row.decided, &row.named, &row.signed] {
            let escaped = cell.replace('&', "&amp;").replace('<', "&lt;");
            assert!(strings.contains(&escaped), "the sheet lacks {cell:?}");
        }
    }
    assert_eq!(
        xlsx,
        table.to_xlsx().unwrap(),
        "the same table, the same bytes"
    );
    // Rows with something missing are marked as such: Korsholm lacks seats.
    let korsholm = table
        .rows
        .iter()
        .find(|r| r.party.as_str() == "korsholm")
        .unwrap();
    assert!(korsholm.missing);
    // The bodies by the names the agreement gives them in Swedish, not by
    // their ids, in the table and so in the PDF and the sheet; the JSON
    // keeps the ids beside the names.
    let vasa = table
        .rows
        .iter()
        .find(|r| r.party.as_str() == "vasa")
        .unwrap();
    assert!(
        vasa.named
            .starts_with("Österbottens samarbetsforum 1/1; Samarbetsgruppen för Vasaregionen 1; saknas: Arbetsgruppen för service på svenska och finska"),
        "{}",
        vasa.named
    );
    for row in &table.rows {
        for id in [
            "samarbetsforum;",
            "region-vasa",
            "tvasprakig-service",
            "elevvard",
        ] {
            assert!(!row.named.contains(id), "{id} in {}", row.named);
        }
    }
    assert!(text.contains(&squash("Samarbetsgruppen för Vasaregionen 1")));
    assert!(!text.contains("region-vasa"));
    let json = serde_json::to_value(&status).unwrap();
    let vasa_bodies = &json["parties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["party"] == "vasa")
        .unwrap()["bodies"];
    assert_eq!(vasa_bodies[1]["body"], "region-vasa");
    assert_eq!(vasa_bodies[1]["name"], "Samarbetsgruppen för Vasaregionen");
}

#[test]
fn the_cli_writes_the_status_as_pdf_or_xlsx_and_refuses_other_names() {
    let dir = scratch_in("decisions-draft", "status");
    for name in ["status.pdf", "status.xlsx"] {
        let path = dir.join(name).to_string_lossy().into_owned();
        let run = sopimus(&[
            "status",
            "examples/kanta-hame-2026.toml",
            "--lang",
            "fi",
            "-o",
            &path,
        ]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        // The text is printed as before.
        assert!(String::from_utf8_lossy(&run.stdout).contains("ei voimassa"));
    }
    assert!(
        std::fs::read(dir.join("status.pdf"))
            .unwrap()
            .starts_with(b"%PDF-")
    );
    assert!(
        std::fs::read(dir.join("status.xlsx"))
            .unwrap()
            .starts_with(b"PK")
    );
    let path = dir.join("status.doc").to_string_lossy().into_owned();
    let run = sopimus(&["status", "examples/kanta-hame-2026.toml", "-o", &path]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains(".xlsx"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The nomination request of a party lists a row per seat in each body it
/// fills (Vasa: one seat in the forum, one in its regional group, one in
/// each working group), with the people already recorded filled in; read
/// back, the form gives those people again.
#[test]
fn the_nomination_form_lists_the_seats_and_reads_back_into_representatives() {
    let (agreement, decisions) = example("osterbotten-2026");
    let vasa = PartyId::from("vasa");
    let form = decisions
        .nomination_form(&agreement, &vasa, Some(Language::Sv))
        .unwrap();
    let strings = part(&form, "xl/sharedStrings.xml");
    for body in [
        "samarbetsforum",
        "region-vasa",
        "Erik Exempel",
        "Frida Exempel",
        "ersättare",
    ] {
        assert!(strings.contains(body), "the form lacks {body}");
    }
    // Not a body Vasa sits in.
    assert!(!strings.contains("region-jakobstad"));
    let read = decisions::read_nominations(&form, &agreement, &vasa).unwrap();
    let recorded = &decisions.party(&vasa).unwrap().representatives;
    // The form is in one language: a title recorded per language comes
    // back in the form's.
    let in_swedish = |n: &decisions::Nomination| {
        let title = n
            .title
            .as_ref()
            .map(|t| t.get(Language::Sv, Language::Sv).unwrap().to_owned());
        (n.body.clone(), n.name.clone(), title, n.deputy.clone())
    };
    assert_eq!(
        read.iter().map(in_swedish).collect::<Vec<_>>(),
        recorded.iter().map(in_swedish).collect::<Vec<_>>()
    );
    let toml = decisions::representatives_toml(&read);
    assert!(toml.contains(r#"{ body = "samarbetsforum", name = "Erik Exempel", title = "stadsdirektör", deputy = "Frida Exempel" },"#), "{toml}");
    // A form nobody has filled in names nobody.
    let jakobstad = PartyId::from("jakobstad");
    let empty = decisions
        .nomination_form(&agreement, &jakobstad, None)
        .unwrap();
    assert!(
        decisions::read_nominations(&empty, &agreement, &jakobstad)
            .unwrap()
            .is_empty()
    );
    let not_a_form = decisions::read_nominations(b"not a workbook", &agreement, &vasa);
    assert!(matches!(
        not_a_form,
        Err(decisions::NominationError::Read(_))
    ));
}

/// `form` (a workbook we generated) with `cells` typed in, as a user fills
/// it in a spreadsheet: each named cell of the first sheet replaced by a
/// text cell keeping its style; every other part as generated. A cell the
/// form does not have fails the test: the user types into the form's cells.
fn filled(form: &[u8], cells: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(form)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let mut xml = String::from_utf8(bytes).unwrap();
            for (cell, value) in cells {
                let start = xml
                    .find(&format!("<c r=\"{cell}\""))
                    .unwrap_or_else(|| panic!("the form has no cell {cell}"));
                let open = start + xml[start..].find('>').unwrap();
                let end = if xml.as_bytes()[open - 1] == b'/' {
                    open + 1
                } else {
                    start + xml[start..].find("</c>").unwrap() + 4
                };
                let style = xml[start..open]
                    .split_once(" s=\"")
                    .map(|(_, rest)| format!(" s=\"{}\"", rest.split('"').next().unwrap()))
                    .unwrap_or_default();
                let value = value
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;");
                xml.replace_range(
                    start..end,
                    &format!("<c r=\"{cell}\"{style} t=\"inlineStr\"><is><t>{value}</t></is></c>"),
                );
            }
            bytes = xml.into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// The whole round: the form we generate for Jakobstad (nothing recorded),
/// filled in cell by cell, read back (library and program), the
/// representatives with their deputies recorded in the decisions file,
/// which then counts them in the status and prints them in Annex 1.
#[test]
fn a_nomination_form_filled_in_lands_in_the_decisions_and_annex_1() {
    let (agreement, decisions) = example("osterbotten-2026");
    let jakobstad = PartyId::from("jakobstad");
    let form = decisions
        .nomination_form(&agreement, &jakobstad, Some(Language::Sv))
        .unwrap();
    let sheet = part(&form, "xl/worksheets/sheet1.xml");
    // Row 3 is the first seat (`samarbetsforum`), row 4 the next body's.
    assert!(sheet.contains("<c r=\"D3\""), "{sheet}");
    let form = filled(
        &form,
        &[
            ("D3", "Johanna Exempel"),
            ("E3", "stadsdirektör"),
            ("F3", "Kalle Exempel"),
            ("D4", "Lotta Exempel & co"),
            ("F4", "Mats Exempel"),
        ],
    );
    let read = decisions::read_nominations(&form, &agreement, &jakobstad).unwrap();
    let people: Vec<_> = read
        .iter()
        .map(|n| {
            (
                n.body.as_str(),
                n.name.as_str(),
                n.title.as_ref().map(sopimus::text::Text::as_str),
                n.deputy.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        people,
        [
            (
                "samarbetsforum",
                "Johanna Exempel",
                Some("stadsdirektör"),
                Some("Kalle Exempel")
            ),
            (
                "region-jakobstad",
                "Lotta Exempel & co",
                None,
                Some("Mats Exempel")
            ),
        ]
    );
    // The program prints the same, to paste into the decisions file.
    let dir = scratch_in("decisions-draft", "nominations-filled");
    let path = dir.join("jakobstad.xlsx");
    std::fs::write(&path, &form).unwrap();
    let run = sopimus(&[
        "decision",
        "read-nominations",
        &path.to_string_lossy(),
        "examples/osterbotten-2026.toml",
        "--party",
        "jakobstad",
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let toml = String::from_utf8(run.stdout).unwrap();
    assert_eq!(toml, decisions::representatives_toml(&read));
    // Recorded: Jakobstad's record in the example's file gets them.
    let text = std::fs::read_to_string(crate::common::crate_path(
        "examples/osterbotten-2026.decisions.toml",
    ))
    .unwrap();
    let text = format!("{text}\n[[parties]]\nparty = \"jakobstad\"\n{toml}");
    let recorded = decisions::parse(&text, Path::new("jakobstad.decisions.toml"))
        .unwrap()
        .validate(&agreement)
        .unwrap_or_else(|e| panic!("{e:#}"));
    assert!(recorded.report().findings.is_empty());
    assert_eq!(recorded.party(&jakobstad).unwrap().representatives, read);
    let status = recorded.status(&agreement).unwrap();
    let row = status
        .table(&agreement, Some(Language::Sv))
        .rows
        .into_iter()
        .find(|r| r.party == jakobstad)
        .unwrap();
    assert!(
        row.named.starts_with(
            "Österbottens samarbetsforum 1/1; Samarbetsgruppen för Jakobstadsregionen 1;"
        ),
        "{}",
        row.named
    );
    // Annex 1's roster prints them with their deputies.
    let annex = squash(&extract_text(&crate::common::render_pdf(
        &agreement,
        &sopimus::RenderOptions::new()
            .decisions(recorded)
            .document(sopimus::render::Document::Annex1),
    )));
    for name in [
        "Johanna Exempel",
        "Kalle Exempel",
        "Lotta Exempel & co",
        "Mats Exempel",
    ] {
        assert!(annex.contains(&squash(name)), "{name} missing from Annex 1");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A filled form with wrong rows: every one reported at its cell, nothing
/// read — a body Jakobstad names nobody to, a second person for its one
/// seat, a deputy without a name.
#[test]
fn wrong_rows_of_a_filled_form_are_each_reported_at_their_cell() {
    let (agreement, decisions) = example("osterbotten-2026");
    let jakobstad = PartyId::from("jakobstad");
    let form = decisions
        .nomination_form(&agreement, &jakobstad, None)
        .unwrap();
    let form = filled(
        &form,
        &[
            ("D3", "Johanna Exempel"),
            ("A4", "region-vasa"),
            ("D4", "Nils Exempel"),
            ("A5", "samarbetsforum"),
            ("D5", "Olga Exempel"),
            ("F6", "Per Exempel"),
        ],
    );
    let err = decisions::read_nominations(&form, &agreement, &jakobstad).unwrap_err();
    let decisions::NominationError::Rows(problems) = &err else {
        panic!("{err}");
    };
    let places: Vec<String> = problems.iter().map(|p| p.place.to_string()).collect();
    assert_eq!(
        places,
        ["nominations!A4", "nominations!D5", "nominations!D6"],
        "{err}"
    );
    assert!(problems[0].message.contains("`region-vasa`"), "{err}");
    assert!(problems[1].message.contains("remove a row"), "{err}");
    assert!(problems[2].message.contains("without a name"), "{err}");
    // The program says the same and exits 2.
    let dir = scratch_in("decisions-draft", "nominations-wrong");
    let path = dir.join("jakobstad.xlsx");
    std::fs::write(&path, &form).unwrap();
    let run = sopimus(&[
        "decision",
        "read-nominations",
        &path.to_string_lossy(),
        "examples/osterbotten-2026.toml",
        "--party",
        "jakobstad",
    ]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("nominations!A4") && stderr.contains("nominations!D6"),
        "{stderr}"
    );
    assert!(run.stdout.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}
