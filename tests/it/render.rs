//! Rendering: nothing of the input is lost, output is deterministic, hostile
//! text prints literally, and the attached data reads back.

use std::sync::LazyLock;

use crate::common::pdf::{assert_carries_everything, body_text, extract_text, squash};
use crate::common::{EXAMPLES, crate_path, parse, today, valid};
use sopimus::{
    Document, RenderOptions, Renderer, Standard, ValidateOptions, ValidatedAgreement, validate,
};

/// One renderer for the whole test binary, as a real service would keep it.
static RENDERER: LazyLock<Renderer> = LazyLock::new(Renderer::new);

fn render(agreement: &ValidatedAgreement, options: &RenderOptions) -> Vec<u8> {
    let rendered = RENDERER
        .render(agreement, options)
        .unwrap_or_else(|e| panic!("{e}"));
    // Warnings (an unknown font, a missing glyph) count as failures here.
    assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);
    assert!(rendered.pages > 0);
    rendered.pdf
}

#[test]
fn examples_carry_every_text_of_the_input() {
    for example in EXAMPLES {
        let agreement = valid(example);
        let pdf = render(&agreement, &RenderOptions::default());
        let text = body_text(&pdf, agreement.agreement());
        assert_carries_everything(&agreement, &text, example);
        // Generated sentences.
        let squashed = squash(&text);
        let counterparts = if example.contains("paijat") {
            "Tätä sopimusta on tehty kaksitoista (12) samansanaista kappaletta, yksi kullekin sopijaosapuolelle."
        } else {
            "Tätä sopimusta on tehty kolmetoista (13) samansanaista kappaletta, yksi kullekin sopijaosapuolelle."
        };
        for sentence in [
            counterparts,
            "Allekirjoitukset sähköisenä allekirjoituksena.",
            "Liite 1.",
            "Liite 2.",
        ] {
            assert!(
                squashed.contains(&squash(sentence)),
                "{example}: {sentence}"
            );
        }
        let name = std::path::Path::new(example)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        insta::assert_snapshot!(format!("text-{name}"), text);
    }
}

#[test]
fn valid_fixtures_carry_every_text_of_the_input() {
    for entry in std::fs::read_dir(crate_path("tests/data/valid")).unwrap() {
        let path = entry.unwrap().path();
        let relative = format!(
            "tests/data/valid/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let agreement = valid(&relative);
        for document in [Document::Agreement, Document::Annex1, Document::Annex2] {
            let options = RenderOptions {
                document,
                ..RenderOptions::default()
            };
            let pdf = render(&agreement, &options);
            if document == Document::Agreement {
                let text = body_text(&pdf, agreement.agreement());
                assert_carries_everything(&agreement, &text, &relative);
            }
        }
    }
}

#[test]
fn page_numbers_and_draft_marking() {
    let final_2023 = extract_text(&render(&valid(EXAMPLES[0]), &RenderOptions::default()));
    let draft_2026 = extract_text(&render(&valid(EXAMPLES[1]), &RenderOptions::default()));
    // "1 (12)" on the first page and "12 (12)" on the last.
    let pages = RENDERER
        .render(&valid(EXAMPLES[0]), &RenderOptions::default())
        .unwrap()
        .pages;
    assert!(pages > 1);
    for page in [1, pages] {
        let reference = format!("{page} ({pages})");
        assert!(
            final_2023.contains(&reference),
            "no page reference `{reference}`"
        );
    }
    assert!(
        !final_2023.contains("LUONNOS"),
        "a final agreement carries no draft marking"
    );
    assert!(draft_2026.contains("LUONNOS"));
    assert!(draft_2026.contains("Versio 10.4.2026"));
    // The short title stands in the running header.
    assert!(squash(&draft_2026).contains(&squash("Kanta-Hämeen strateginen yhteistyösopimus")));
    assert!(squash(&final_2023).contains(&squash(
        "Puitesopimus yhteistyörakenteiden ja toimintatapojen periaatteiksi"
    )));
    // Forced draft marking on a final agreement.
    let forced = RenderOptions {
        draft: Some(true),
        ..RenderOptions::default()
    };
    assert!(extract_text(&render(&valid(EXAMPLES[0]), &forced)).contains("LUONNOS"));
}

#[test]
fn annexes_render_alone() {
    for example in EXAMPLES {
        let agreement = valid(example);
        let annex = |document| {
            extract_text(&render(
                &agreement,
                &RenderOptions {
                    document,
                    ..RenderOptions::default()
                },
            ))
        };
        let annex1 = squash(&annex(Document::Annex1));
        let annex2 = squash(&annex(Document::Annex2));
        assert!(annex1.contains(&squash("Liite 1.")), "{example}");
        assert!(!annex1.contains(&squash("Liite 2.")), "{example}");
        for forum in &agreement.agreement().forums {
            assert!(
                annex1.contains(&squash(forum.name.as_str())),
                "{example}: {}",
                forum.name
            );
        }
        assert!(annex2.contains(&squash("Liite 2.")), "{example}");
        for priority in &agreement.agreement().priorities {
            for goal in &priority.goals {
                assert!(annex2.contains(&squash(&goal.text.plain())), "{example}");
                for indicator in &goal.indicators {
                    assert!(
                        annex2.contains(&squash(&indicator.text.plain())),
                        "{example}"
                    );
                }
            }
        }
        // The signature page belongs to the agreement, not to an annex.
        assert!(!annex2.contains(&squash("Allekirjoitukset")), "{example}");
    }
}

#[test]
fn same_input_same_bytes_changed_input_changed_bytes() {
    let agreement = valid(EXAMPLES[0]);
    let first = render(&agreement, &RenderOptions::default());
    let second = render(&agreement, &RenderOptions::default());
    assert!(first == second, "two renders of the same input differ");
    // A fresh renderer gives the same bytes too.
    let third = Renderer::new()
        .render(&agreement, &RenderOptions::default())
        .unwrap()
        .pdf;
    assert!(first == third, "a fresh renderer gives different bytes");

    let mut changed = agreement.into_inner();
    changed.parties[4].signatory.as_mut().unwrap().name = "Pekka Määttänen-Uusi".into();
    let changed = validate(changed, &ValidateOptions::with_today(today())).unwrap();
    let other = render(&changed, &RenderOptions::default());
    assert!(first != other, "a changed input gives the same bytes");
}

fn minimal() -> sopimus::Agreement {
    parse(&std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap())
}

/// Hostile strings put in every kind of place a user types: names, titles,
/// prose, footnotes, goals and indicators.
const HOSTILE: &[&str] = &[
    "#read(\"/etc/passwd\")",
    "]",
    "$x$",
    "<label>",
    "@ref",
    "// not a comment",
    "/* nor this */",
    "\\ backslash \\n",
    "#set page(width: 1pt)",
    "```raw```",
    "= heading",
    "- list",
    "_under_ *star* `tick`",
    "{ code } [ content ]",
    "مرحبا بالعالم",
    "Ångström, ÅÄÖ åäö, Štšžž",
    "e\u{301}\u{301} combining",
    "e\u{301} decomposed",
    "Hyvinvointialuejohtajanvarahenkilösijaisjärjestelyvastuuhenkilökohtainenlisäkoulutussuunnitelma",
];

#[test]
fn hostile_text_prints_literally() {
    for (n, hostile) in HOSTILE.iter().enumerate() {
        let mut a = minimal();
        a.parties[2].name = format!("Kaupunki {hostile}").into();
        a.parties[1].signatory.as_mut().unwrap().title = format!("johtaja {hostile}").into();
        a.meta.title = format!("Sopimus {hostile}").into();
        a.forums[0].name = format!("Foorumi {hostile}").into();
        a.priorities[0].goals[0].text = sopimus::text::RichText::from(format!(
            "Tavoite {}",
            hostile
                .replace('\\', "\\\\")
                .replace('*', "\\*")
                .replace('[', "\\[")
        ));
        a.priorities[0].goals[0].indicators[1].text = sopimus::text::RichText::from(format!(
            "Mittari {}",
            hostile
                .replace('\\', "\\\\")
                .replace('*', "\\*")
                .replace('[', "\\[")
        ));
        let agreement = validate(a, &ValidateOptions::with_today(today()))
            .unwrap_or_else(|e| panic!("hostile string {n} `{hostile}`:\n{}", e.0));
        let pdf = render(&agreement, &RenderOptions::default());
        let text = extract_text(&pdf);
        let squashed = squash(&text);
        // Right-to-left and combining marks come back in logical order from
        // the extractor only approximately; the literal letters must be there.
        let keep = |c: &char| (c.is_alphanumeric() || c.is_ascii_punctuation()) && *c != '-';
        let expected: String = hostile.chars().filter(keep).collect();
        let letters: String = squashed.chars().filter(keep).collect();
        if hostile
            .chars()
            .any(|c| ('\u{300}'..='\u{36F}').contains(&c))
        {
            // The marks, not only their base letter, must be in the text.
            // A letter with one accent is composed before layout and reads
            // once, "é". A letter with two has no composed form: typst maps
            // both of its glyphs to the whole sequence (typst issue 8767),
            // so the text layer has it twice; the marks are still there.
            let (cluster, rest) = hostile.split_once(' ').unwrap();
            let marks = cluster
                .chars()
                .filter(|c| ('\u{300}'..='\u{36F}').contains(c))
                .count();
            let found = squashed.matches('\u{301}').count() + squashed.matches('é').count();
            if marks == 1 {
                assert!(
                    squashed.contains(&format!("Kaupunkié{rest}")),
                    "the decomposed é reads once, composed:\n{text}"
                );
            } else {
                use unicode_normalization::UnicodeNormalization;
                let decomposed: String = squashed.nfd().collect();
                assert!(decomposed.contains("Kaupunkie\u{301}\u{301}"), "{text}");
            }
            assert!(found >= marks, "{text}");
            continue;
        }
        if hostile
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
        {
            // Arabic is shaped and laid out right to left: check each word.
            for word in hostile.split_whitespace() {
                assert!(
                    letters.contains(word)
                        || letters.contains(&word.chars().rev().collect::<String>()),
                    "`{word}` missing from\n{text}"
                );
            }
        } else {
            assert!(
                letters.contains(&format!("Kaupunki{expected}")),
                "party name `{hostile}` not literal in:\n{text}"
            );
            assert!(
                letters.contains(&format!("Foorumi{expected}")),
                "forum `{hostile}`"
            );
            assert!(
                letters.contains(&format!("Mittari{expected}")),
                "indicator `{hostile}`"
            );
        }
        // The page setting in the input must not have been obeyed.
        assert!(text.contains("Esimerkin hyvinvointialue"));
    }
}

#[test]
fn characters_no_font_has_are_refused_with_the_field() {
    // DejaVu Sans has the emoticons, but no embedded font has CJK, and
    // U+0608 is in DejaVu's character map only as its empty glyph.
    for (character, name) in [
        ('\u{6F22}', "Bkunta \u{6F22}"),
        ('\u{608}', "Bkunta \u{608}"),
    ] {
        let mut a = minimal();
        a.parties[3].name = name.into();
        let report = validate(a, &ValidateOptions::with_today(today()))
            .expect_err("a character no font has is a validation error")
            .0;
        let finding = report.errors().next().expect("one error");
        assert_eq!(finding.path.to_string(), "parties[3].name");
        assert!(
            finding
                .message
                .contains(&format!("U+{:04X}", u32::from(character))),
            "{finding}"
        );
    }
}

#[test]
fn empty_or_misleading_text_is_a_validation_error() {
    let mut a = minimal();
    a.parties[2].name = String::new().into();
    // A right-to-left override would show "Bkunta" reversed on the page.
    a.parties[3].name = "\u{202E}Bkunta".into();
    a.parties[4].signatory.as_mut().unwrap().name = "Cecilia\u{0}".into();
    a.priorities[0].goals[0].indicators[0].text = sopimus::text::RichText::from("  ");
    let report = validate(a, &ValidateOptions::with_today(today()))
        .unwrap_err()
        .0;
    let paths: Vec<String> = report.errors().map(|f| f.path.to_string()).collect();
    assert!(paths.iter().any(|p| p == "parties[2].name"), "{paths:?}");
    assert!(paths.iter().any(|p| p == "parties[3].name"), "{paths:?}");
    assert!(
        paths.iter().any(|p| p == "parties[4].signatory.name"),
        "{paths:?}"
    );
    assert!(
        paths
            .iter()
            .any(|p| p == "priorities[0].goals[0].indicators[0].text"),
        "{paths:?}"
    );
}

#[test]
fn attached_data_reads_back_equal() {
    let agreement = valid(EXAMPLES[1]);
    let options = RenderOptions {
        standard: Standard::A3bUa1,
        ..RenderOptions::default()
    };
    let pdf = render(&agreement, &options);
    let back = sopimus::export::read_attachment(&pdf).unwrap();
    assert_eq!(&back, agreement.agreement());
    // PDF/A-2b allows no attachments, so the default output carries none.
    let plain = render(&agreement, &RenderOptions::default());
    assert!(matches!(
        sopimus::export::read_attachment(&plain),
        Err(sopimus::export::AttachmentError::Missing)
    ));
    assert!(matches!(
        sopimus::export::read_attachment(b"not a pdf"),
        Err(sopimus::export::AttachmentError::NotPdf)
    ));
}

#[test]
fn every_standard_renders() {
    let agreement = valid("tests/data/valid/minimal.toml");
    for standard in [
        Standard::A2bUa1,
        Standard::A3bUa1,
        Standard::A2b,
        Standard::A3b,
        Standard::Ua1,
        Standard::None,
    ] {
        let pdf = render(
            &agreement,
            &RenderOptions {
                standard,
                ..RenderOptions::default()
            },
        );
        let head = String::from_utf8_lossy(&pdf[..pdf.len().min(4096)]).into_owned();
        assert!(pdf.starts_with(b"%PDF-"), "{standard:?}: {head}");
        let xmp = String::from_utf8_lossy(&pdf);
        match standard {
            Standard::A2bUa1 | Standard::A2b => {
                assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>"), "{standard:?}")
            }
            Standard::A3bUa1 | Standard::A3b => {
                assert!(xmp.contains("<pdfaid:part>3</pdfaid:part>"), "{standard:?}")
            }
            _ => assert!(!xmp.contains("pdfaid:part"), "{standard:?}"),
        }
        if matches!(
            standard,
            Standard::A2bUa1 | Standard::A3bUa1 | Standard::Ua1
        ) {
            assert!(
                xmp.contains("<pdfuaid:part>1</pdfuaid:part>"),
                "{standard:?}"
            );
        }
    }
}

#[test]
fn largest_county_and_stress_size_render_completely() {
    use crate::common::synthetic::{LARGEST_COUNTY, STRESS, agreement};
    for size in [LARGEST_COUNTY, STRESS] {
        let a = validate(agreement(size), &ValidateOptions::with_today(today()))
            .unwrap_or_else(|e| panic!("{size:?}:\n{}", e.0));
        let pdf = render(&a, &RenderOptions::default());
        let text = body_text(&pdf, a.agreement());
        assert_carries_everything(&a, &text, &format!("{size:?}"));
        let words = format!(
            "Tätä sopimusta on tehty {} ({}) samansanaista kappaletta",
            sopimus::finnish::number_word(size.parties as u32).unwrap(),
            size.parties
        );
        assert!(squash(&text).contains(&squash(&words)), "{words}");
    }
}

#[test]
fn very_long_words_and_100_kb_texts_render_completely() {
    let mut a = minimal();
    let word: String = (0..5000)
        .map(|i| ['k', 'a', 'l', 'e', 'v', 'a'][i % 6])
        .collect();
    let paragraph = "Tämä on pitkä kappale, jossa on paljon tekstiä. ".repeat(2100);
    assert!(paragraph.len() > 100_000);
    a.sections[0].blocks[0] = sopimus::model::Block::Paragraph(sopimus::text::RichText::from(
        format!("{paragraph}{word}[^1]"),
    ));
    // A goal too long for one page: its cell breaks across pages. Each of
    // its 500 words is numbered, so a lost or repeated piece shows.
    let goal: Vec<String> = (0..500).map(|i| format!("tavoite{i:03}")).collect();
    a.priorities[0].goals[0].text = sopimus::text::RichText::from(goal.join(" "));
    a.parties[2].name = "A".repeat(300).into();
    let agreement = validate(a, &ValidateOptions::with_today(today())).unwrap();
    let rendered = RENDERER
        .render(&agreement, &RenderOptions::default())
        .unwrap();
    assert!(rendered.warnings.is_empty());
    let text = body_text(&rendered.pdf, agreement.agreement());
    assert!(
        squash(&text).contains(&word),
        "the 5 000-character word is whole"
    );
    // The repeated table header interrupts the goal where its cell breaks,
    // so each word is looked for, once, in order.
    let squashed = squash(&text);
    let mut from = 0;
    for word in &goal {
        let at = squashed[from..]
            .find(word.as_str())
            .unwrap_or_else(|| panic!("the page-long goal lost `{word}`"));
        from += at + word.len();
        assert_eq!(
            squashed.matches(word.as_str()).count(),
            1,
            "`{word}` is printed once"
        );
    }
    let mut short_goal = agreement.into_inner();
    short_goal.priorities[0].goals[0].text = sopimus::text::RichText::from("Hyvinvointi paranee");
    let agreement = validate(short_goal, &ValidateOptions::with_today(today())).unwrap();
    let rendered = RENDERER
        .render(&agreement, &RenderOptions::default())
        .unwrap();
    let text = body_text(&rendered.pdf, agreement.agreement());
    assert_carries_everything(&agreement, &text, "long texts");
}
