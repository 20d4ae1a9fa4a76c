//! Language versions: a bilingual agreement renders and exports in each of
//! its languages, side by side in the parallel layout, and a language it
//! is not written in is refused rather than quietly replaced.

use std::sync::LazyLock;

use crate::common::pdf::{assert_carries_everything_in, body_text_in, extract_text, squash};
use crate::common::valid;
use sopimus::export::{self, ExportError, ExportOptions};
use sopimus::{Document, Language, RenderError, RenderOptions, Renderer};

static RENDERER: LazyLock<Renderer> = LazyLock::new(Renderer::new);

/// Written in Swedish first, Finnish second.
const BILINGUAL: &str = "tests/data/valid/bilingual.toml";

fn render(path: &str, options: &RenderOptions) -> Vec<u8> {
    let rendered = RENDERER
        .render(&valid(path), options)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);
    rendered.pdf
}

/// The error of a render that must be refused (a PDF is not printed).
fn refused(agreement: &sopimus::ValidatedAgreement, options: &RenderOptions) -> RenderError {
    match RENDERER.render(agreement, options) {
        Ok(r) => panic!("rendered {} pages instead of refusing", r.pages),
        Err(e) => e,
    }
}

fn in_language(language: Language) -> RenderOptions {
    RenderOptions::new().language(language)
}

/// Words the Finnish version's generated text uses and a Swedish one must
/// not, and the other way round (whole words, compared caselessly).
const FINNISH: &[&str] = &[
    "sopimus",
    "sopimusosapuolet",
    "allekirjoitukset",
    "liite",
    "kappaletta",
    "päiväys",
    "hyväksytty",
    "y-tunnus",
    "voimassa",
    "kertaa",
    "taso",
    "tehtävät",
    "osallistujat",
    "mittarit",
    "toimenpiteet",
    "painopiste",
    "kuva",
    "luonnos",
    "ja",
];
const SWEDISH: &[&str] = &[
    "avtal",
    "avtalet",
    "avtalsparter",
    "underskrifter",
    "bilaga",
    "exemplar",
    "datum",
    "godkänt",
    "fo-nummer",
    "gäller",
    "gånger",
    "nivå",
    "uppgifter",
    "deltagare",
    "mätare",
    "åtgärder",
    "prioritering",
    "figur",
    "utkast",
    "och",
];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn assert_none_of(text: &str, forbidden: &[&str], what: &str) {
    let found: Vec<String> = words(text)
        .into_iter()
        .filter(|w| forbidden.contains(&w.as_str()))
        .collect();
    assert!(found.is_empty(), "{what} carries {found:?}");
}

#[test]
fn each_language_version_carries_its_texts_and_no_word_of_the_other() {
    let agreement = valid(BILINGUAL);
    for (language, generated, foreign) in [
        (
            Language::Sv,
            [
                "Detta avtal har upprättats i tre (3) likalydande exemplar, ett för varje avtalspart.",
                "Avtalet har upprättats på svenska och finska, och båda språkversionerna är lika giltiga. Detta är avtalets svenska språkversion.",
                "Underskrifter",
                "Bilaga 1.",
            ],
            FINNISH,
        ),
        (
            Language::Fi,
            [
                "Tätä sopimusta on tehty kolme (3) samansanaista kappaletta, yksi kullekin sopimusosapuolelle.",
                "Sopimus on laadittu ruotsiksi ja suomeksi, ja molemmat kieliversiot ovat yhtä päteviä. Tämä on sopimuksen suomenkielinen kieliversio.",
                "Allekirjoitukset",
                "Liite 1.",
            ],
            SWEDISH,
        ),
    ] {
        let pdf = render(BILINGUAL, &in_language(language));
        let text = body_text_in(&pdf, agreement.agreement(), language);
        assert_carries_everything_in(&agreement, language, &text, BILINGUAL);
        for sentence in generated {
            assert!(
                squash(&text).contains(&squash(sentence)),
                "{language}: {sentence}"
            );
        }
        assert_none_of(&text, foreign, &format!("the {language} version"));
        // The running header belongs to the version too.
        assert_none_of(
            &extract_text(&pdf),
            foreign,
            &format!("the {language} pages"),
        );
    }
}

#[test]
fn annexes_render_alone_in_each_language() {
    for (language, heading) in [
        (Language::Sv, "Bilaga 2. Mål och mätare"),
        (Language::Fi, "Liite 2. Tavoitteet ja mittarit"),
    ] {
        let pdf = render(BILINGUAL, &in_language(language).document(Document::Annex2));
        let text = extract_text(&pdf);
        assert!(
            squash(&text).contains(&squash(heading)),
            "{language}: {text}"
        );
    }
}

#[test]
fn parallel_layout_aligns_the_versions_by_section_and_signs_once() {
    let pdf = render(BILINGUAL, &RenderOptions::new().parallel(true));
    let text = squash(&extract_text(&pdf));
    // Each section's heading in Swedish, then in Finnish beside it, before
    // the next section begins.
    let mut last = 0;
    for heading in [
        "Avtalsparter",
        "Sopimusosapuolet",
        "Bakgrund och syfte",
        "Tausta ja tarkoitus",
        "Struktur",
        "Rakenne",
        "Avtalets giltighet",
        "Sopimuksen voimassaolo",
    ] {
        let heading = squash(heading);
        let at = text[last..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{heading} missing or out of order"))
            + last;
        last = at + heading.len();
    }
    // One set of signatures for both versions, each title in both languages.
    for name in ["Maija Meikäläinen", "Matti Virtanen", "Anna Ahonen"] {
        assert_eq!(text.matches(&squash(name)).count(), 1, "{name}");
    }
    assert!(text.contains(&squash("Underskrifter / Allekirjoitukset")));
    assert!(text.contains(&squash("välfärdsområdesdirektör / hyvinvointialuejohtaja")));
    // The annexes follow in each language.
    for heading in ["Bilaga 1.", "Bilaga 2.", "Liite 1.", "Liite 2."] {
        assert!(text.contains(&squash(heading)), "{heading}");
    }
}

#[test]
fn a_language_the_agreement_lacks_is_refused() {
    let finnish_only = valid("examples/kanta-hame-2026.toml");
    let e = refused(&finnish_only, &in_language(Language::Sv));
    assert!(matches!(e, RenderError::Language(_)), "{e:?}");
    assert_eq!(
        e.to_string(),
        "the agreement is written in `fi`, not in `sv`; ask for one of its languages, or add `sv` to `languages` under `[meta]` and translate its texts"
    );
    let e = refused(&finnish_only, &RenderOptions::new().parallel(true));
    assert!(
        matches!(e, RenderError::NotMultilingual(Language::Fi)),
        "{e:?}"
    );
    let e = sopimus::render::view_data(&finnish_only, &in_language(Language::Sv)).unwrap_err();
    assert!(matches!(e, RenderError::Language(_)), "{e:?}");

    let swedish = ExportOptions::in_language(Language::Sv);
    assert!(export::indicator_rows_with(&finnish_only, &swedish).is_err());
    let mut out = Vec::new();
    let e = export::write_csv(&finnish_only, &mut out, &swedish).unwrap_err();
    assert!(matches!(e, ExportError::Language(_)), "{e:?}");
    assert!(out.is_empty(), "nothing is written before the check");
    #[cfg(feature = "xlsx")]
    assert!(matches!(
        export::to_xlsx_with(&finnish_only, &swedish),
        Err(ExportError::Language(_))
    ));
}

#[test]
fn exports_carry_the_language_version_asked_for() {
    let agreement = valid(BILINGUAL);
    for (language, heading, goal, foreign) in [
        (Language::Sv, "Mål", "Välmåendet ökar", FINNISH),
        (Language::Fi, "Tavoite", "Hyvinvointi paranee", SWEDISH),
    ] {
        let options = ExportOptions::in_language(language).byte_order_mark(false);
        let mut csv = Vec::new();
        export::write_csv(&agreement, &mut csv, &options).unwrap();
        let csv = String::from_utf8(csv).unwrap();
        let header = csv.lines().next().unwrap();
        assert!(
            header.split(',').any(|c| c == heading),
            "{language}: {header}"
        );
        assert!(csv.contains(goal), "{language}: {csv}");
        assert_none_of(&csv, foreign, &format!("the {language} CSV"));
        let rows = export::indicator_rows_with(&agreement, &options).unwrap();
        assert_eq!(rows[0].goal, goal);
    }
}

/// A tagged element: its structure role and the language a screen reader
/// reads it in (its own `/Lang`, or the nearest ancestor's, or the
/// document's), with its children.
struct Tagged {
    role: String,
    language: String,
    children: Vec<Tagged>,
}

impl Tagged {
    fn every(&self) -> Vec<&Tagged> {
        self.every_outside("")
    }

    /// This element and its descendants, leaving out elements of the role
    /// `skipped` with theirs.
    fn every_outside(&self, skipped: &str) -> Vec<&Tagged> {
        if self.role == skipped {
            return Vec::new();
        }
        let mut all = vec![self];
        for child in &self.children {
            all.extend(child.every_outside(skipped));
        }
        all
    }

    /// The elements of a structure tree with the language each is read in.
    fn from(elements: &[crate::common::pdf::Element], inherited: &str) -> Vec<Tagged> {
        elements
            .iter()
            .map(|e| {
                let language = e.lang.clone().unwrap_or_else(|| inherited.to_owned());
                Tagged {
                    role: e.role.clone(),
                    children: Tagged::from(&e.children, &language),
                    language,
                }
            })
            .collect()
    }
}

/// The document language and the structure tree of a PDF (read by
/// `common::pdf::check`, which checks the file first).
fn tagged(pdf: &[u8]) -> (String, Vec<Tagged>) {
    let checked = crate::common::pdf::check(pdf);
    let document = checked
        .lang
        .expect("the catalog names the document's language");
    let tree = checked.structure.expect("a structure tree");
    let tree = Tagged::from(&tree, &document);
    (document, tree)
}

#[test]
fn screen_readers_read_each_version_in_its_language() {
    for language in [Language::Sv, Language::Fi] {
        let (document, tree) = tagged(&render(BILINGUAL, &in_language(language)));
        assert_eq!(document, language.code());
        let elements: Vec<&Tagged> = tree.iter().flat_map(Tagged::every).collect();
        assert!(
            elements.len() > 50,
            "{language}: a structure tree of substance"
        );
        for element in elements {
            assert_eq!(
                element.language,
                language.code(),
                "{} in {language}",
                element.role
            );
        }
    }

    // Side by side, each section is a pair of columns: the first in the
    // first language, the second, down to its footnotes, in the second.
    let pdf = render(BILINGUAL, &RenderOptions::new().parallel(true));
    let (document, tree) = tagged(&pdf);
    assert_eq!(document, "sv");
    let pairs: Vec<&Tagged> = tree
        .iter()
        .flat_map(Tagged::every)
        .filter(|e| e.children.len() == 2 && e.children.iter().all(|c| c.role == "Div"))
        .collect();
    assert!(pairs.len() >= 5, "{} sections side by side", pairs.len());
    for pair in pairs {
        for (column, language) in pair.children.iter().zip(["sv", "fi"]) {
            // Except a footnote's number (`/Lbl`, with its link): typst sets it at the foot
            // of the page, in the page's language, and a digit reads alike.
            for element in column.every_outside("Lbl") {
                assert_eq!(
                    element.language, language,
                    "{} in the {language} column",
                    element.role
                );
            }
        }
    }
}

#[test]
fn parallel_signatures_without_signatories_say_so_in_both_languages() {
    let pdf = render(
        "examples/osterbotten-2026.toml",
        &RenderOptions::new().parallel(true),
    );
    let text = squash(&extract_text(&pdf));
    // Sixteen parties, none with a signatory yet in this draft.
    assert_eq!(
        text.matches(&squash("(undertecknare) / (allekirjoittaja)"))
            .count(),
        16
    );
}

// ---------------------------------------------------------------------------
// A bilingual county writing its agreement once (Itä-Uusimaa): the points of
// issue 23, each against the fixture that shows it.
// ---------------------------------------------------------------------------

/// Itä-Uusimaa-like, Finnish first: values written once, place names in both
/// forms, parties in each language's alphabetical order.
const ONCE: &str = "tests/data/valid/bilingual-values-once-alphabetical-parties.toml";

/// The positions of `names` in `text`, each found once, in that order.
fn in_order(text: &str, names: &[&str], what: &str) {
    let text = squash(text);
    let at: Vec<usize> = names
        .iter()
        .map(|n| {
            text.find(&squash(n))
                .unwrap_or_else(|| panic!("{what}: `{n}` is missing"))
        })
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "{what}: not in the order {names:?}: {at:?}"
    );
}

#[test]
fn values_the_same_in_every_language_are_written_once() {
    let agreement = valid(ONCE);
    assert!(
        agreement.report().findings.is_empty(),
        "{:?}",
        agreement.report().findings
    );
    let sv = extract_text(&render(ONCE, &in_language(Language::Sv)));
    // `unit = "%"`, the municipality codes of the annex table, a short name
    // and an address written once print in the Swedish version too.
    for once in ["41,5 %", "018", "638", "Askolantie 30, 07500 Askola"] {
        assert!(squash(&sv).contains(&squash(once)), "{once}");
    }
    // A text that needs both languages still needs both.
    let source = std::fs::read_to_string(crate::common::crate_path(ONCE)).unwrap();
    let plain = source.replace(
        "title = { fi = \"Hyvinvointi\", sv = \"Välmående\" }",
        "title = \"Hyvinvointi\"",
    );
    assert_ne!(plain, source);
    let report = match sopimus::validate(
        crate::common::parse(&plain),
        &sopimus::ValidateOptions::default(),
    ) {
        Ok(_) => panic!("a Finnish-only title validated"),
        Err(sopimus::Invalid(report)) => report,
    };
    let codes: Vec<&str> = report.errors().map(|f| f.code().as_str()).collect();
    assert_eq!(codes, ["translation-missing"]);
    let message = report.errors().next().unwrap().message().to_owned();
    assert!(
        message.contains("language-neutral fields (units"),
        "{message}"
    );
}

#[test]
fn the_schema_says_which_fields_are_language_neutral() {
    let schema: serde_json::Value =
        serde_json::from_str(&sopimus::schema::agreement_schema()).unwrap();
    let defs = &schema["$defs"];
    let described = |def: &str, field: &str| {
        defs[def]["properties"][field]["description"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    for (def, field) in [
        ("Party", "short_name"),
        ("Party", "address"),
        ("Indicator", "unit"),
        ("DataSource", "name"),
        ("Signing", "place"),
        ("Forum", "short_name"),
        ("AnnexTable", "rows"),
    ] {
        assert!(
            described(def, field)
                .to_lowercase()
                .contains("language-neutral"),
            "{def}.{field}: {}",
            described(def, field)
        );
    }
    // A field that needs each language says nothing of the kind.
    assert!(
        !described("Party", "name")
            .to_lowercase()
            .contains("neutral")
    );
}

#[test]
fn each_language_lists_the_municipalities_in_its_alphabetical_order() {
    let fi = body_text_in(
        &render(ONCE, &in_language(Language::Fi)),
        valid(ONCE).agreement(),
        Language::Fi,
    );
    let sv = body_text_in(
        &render(ONCE, &in_language(Language::Sv)),
        valid(ONCE).agreement(),
        Language::Sv,
    );
    in_order(
        &fi,
        &[
            "Itä-Uudenmaan hyvinvointialue",
            "Uudenmaan liitto",
            "Askolan kunta",
            "Lapinjärven kunta",
            "Loviisan kaupunki",
            "Myrskylän kunta",
            "Porvoon kaupunki",
            "Pukkilan kunta",
            "Sipoon kunta",
        ],
        "Finnish",
    );
    in_order(
        &sv,
        &[
            "Östra Nylands välfärdsområde",
            "Nylands förbund",
            "Askola kommun",
            "Borgå stad",
            "Lappträsk kommun",
            "Lovisa stad",
            "Mörskom kommun",
            "Pukkila kommun",
            "Sibbo kommun",
        ],
        "Swedish",
    );
    // Without `party_order`, both follow the file.
    let source = std::fs::read_to_string(crate::common::crate_path(ONCE)).unwrap();
    let written = source.replace("party_order = \"alphabetical\"\n", "");
    let agreement = sopimus::validate(
        crate::common::parse(&written),
        &sopimus::ValidateOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let sv = extract_text(&crate::common::render_pdf(
        &agreement,
        &in_language(Language::Sv),
    ));
    in_order(
        &sv,
        &["Borgå stad", "Lovisa stad", "Sibbo kommun", "Askola kommun"],
        "Swedish, as written",
    );
}

#[test]
fn a_bilingual_agreement_reads_as_its_lawyers_would_write_it() {
    let fi = squash(&extract_text(&render(ONCE, &in_language(Language::Fi))));
    let sv = squash(&extract_text(&render(ONCE, &in_language(Language::Sv))));
    for (text, wanted, what) in [
        (
            &fi,
            "molemmat kieliversiot ovat yhtä päteviä",
            "two versions",
        ),
        (&fi, "Sopimusosapuoli voi irtisanoa", "a party terminates"),
        (&fi, "10, 32 ja 50 §", "sections without topics"),
        (&sv, "10, 32 och 50 §", "sections without topics"),
        (&fi, "kunnat: X/3 seuraavista:", "a share among some"),
        (&fi, "ensimmäisellä kerralla Porvoo", "first by Porvoo"),
        (&sv, "första gången Borgå", "first by Borgå"),
        (&fi, "Porvoo", "the place of signing"),
        (&sv, "Borgå", "the place of signing"),
    ] {
        assert!(text.contains(&squash(wanted)), "{what}: `{wanted}`");
    }
    assert!(!fi.contains(&squash("kaikki kieliversiot")));
    assert!(!fi.contains(&squash("joukosta")));
}

#[test]
fn the_finnish_version_of_osterbotten_names_its_towns_in_finnish() {
    let path = "examples/osterbotten-2026.toml";
    let fi = squash(&extract_text(&render(path, &in_language(Language::Fi))));
    let sv = squash(&extract_text(&render(path, &in_language(Language::Sv))));
    for (finnish, swedish) in [
        ("68600 Pietarsaari", "68600 Jakobstad"),
        ("66100 Maalahti", "66100 Malax"),
        ("65610 Mustasaari", "65610 Korsholm"),
    ] {
        assert!(fi.contains(&squash(finnish)), "{finnish}");
        assert!(!fi.contains(&squash(swedish)), "{swedish} in Finnish");
        assert!(sv.contains(&squash(swedish)), "{swedish}");
    }
}

#[test]
fn a_measurement_note_is_printed_in_the_language_of_the_report() {
    let dir = crate::common::scratch_in("languages", "note");
    let notes = "tests/data/follow-up/bilingual/note-in-both-languages.toml";
    for (l, own, other) in [
        (
            "sv",
            "Välfärdsplanen uppdateras 2028.",
            "Hyvinvointisuunnitelma päivitetään",
        ),
        (
            "fi",
            "Hyvinvointisuunnitelma päivitetään 2028.",
            "Välfärdsplanen uppdateras",
        ),
    ] {
        let out = dir.join(format!("{l}.pdf"));
        let run = crate::common::sopimus(&[
            "follow-up",
            "report",
            ONCE,
            notes,
            "-o",
            out.to_str().unwrap(),
            "--language",
            l,
        ]);
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let text = squash(&extract_text(&std::fs::read(&out).unwrap()));
        assert!(text.contains(&squash(own)), "{l}");
        assert!(!text.contains(&squash(other)), "{l}");
        // A plain note prints in every language.
        assert!(text.contains(&squash("2026–2028")), "{l}");
    }
}

#[test]
fn every_command_that_writes_words_takes_a_language() {
    let dir = crate::common::scratch_in("languages", "commands");
    let out = dir.join("kerays.xlsx");
    let run = |args: &[&str]| {
        let run = crate::common::sopimus(args);
        (
            run.status.code(),
            String::from_utf8_lossy(&run.stdout).into_owned(),
            String::from_utf8_lossy(&run.stderr).into_owned(),
        )
    };
    // The collection workbook in Swedish: its sheet is "Mätare".
    let (code, _, stderr) = run(&[
        "follow-up",
        "template",
        ONCE,
        "--year",
        "2026",
        "-o",
        out.to_str().unwrap(),
        "--language",
        "sv",
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("the sheet `Mätare`"), "{stderr}");
    let bytes = std::fs::read(&out).unwrap();
    let read = sopimus::follow_up::read_workbook(&bytes, &out);
    assert!(read.is_ok(), "the Swedish workbook reads back");
    // The change report in each language.
    for (l, equal) in [
        ("fi", "Versioissa ei ole sisällöllisiä eroja."),
        ("sv", "Versionerna"),
    ] {
        let (code, stdout, stderr) = run(&["diff", ONCE, ONCE, "--language", l]);
        assert_eq!(code, Some(0), "{stderr}");
        assert!(stdout.contains(equal), "{l}: {stdout}");
    }
    // A language the agreement lacks is refused.
    let (code, _, stderr) = run(&[
        "diff",
        BILINGUAL,
        "tests/data/valid/minimal.toml",
        "--language",
        "sv",
    ]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("not in `sv`"), "{stderr}");
}
