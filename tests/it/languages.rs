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
                "Tätä sopimusta on tehty kolme (3) samansanaista kappaletta, yksi kullekin sopijaosapuolelle.",
                "Sopimus on laadittu ruotsiksi ja suomeksi, ja kaikki kieliversiot ovat yhtä päteviä. Tämä on sopimuksen suomenkielinen kieliversio.",
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
