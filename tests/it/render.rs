//! Rendering: nothing of the input is lost, output is deterministic, hostile
//! text prints literally, and the attached data reads back.

use std::sync::LazyLock;

use crate::common::pdf::{assert_carries_everything, body_text, extract_text, squash};
use crate::common::{EXAMPLES, crate_path, generated, parse, today, valid};
use sopimus::{
    Document, RenderOptions, Renderer, Standard, ValidateOptions, ValidatedAgreement, validate,
};

/// One renderer for the whole test binary, as a real service would keep it:
/// the built-in templates, or a directory of them named by
/// `SOPIMUS_PAGE_TEMPLATES` (to watch a test fail on a template changed on
/// purpose, without building again).
static RENDERER: LazyLock<Renderer> =
    LazyLock::new(|| match std::env::var_os("SOPIMUS_PAGE_TEMPLATES") {
        Some(dir) => Renderer::with_template_dir(dir).expect("the template directory loads"),
        None => Renderer::new(),
    });

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
        // Generated sentences, in the example's primary language.
        let squashed = squash(&text);
        let expected = generated(example);
        // One counterpart per party, as none of the examples says otherwise.
        let parties = agreement.agreement().parties.len();
        assert!(
            expected.counterparts.contains(&format!("({parties})")),
            "{example}: {parties} parties"
        );
        for sentence in [
            expected.counterparts,
            expected.signing,
            expected.annex1,
            expected.annex2,
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
            let options = RenderOptions::new().document(document);
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
    let forced = RenderOptions::new().draft(true);
    assert!(extract_text(&render(&valid(EXAMPLES[0]), &forced)).contains("LUONNOS"));
}

#[test]
fn annexes_render_alone() {
    for example in EXAMPLES {
        let agreement = valid(example);
        let annex = |document| {
            extract_text(&render(
                &agreement,
                &RenderOptions::new().document(document),
            ))
        };
        let annex1 = squash(&annex(Document::Annex1));
        let annex2 = squash(&annex(Document::Annex2));
        let expected = generated(example);
        assert!(annex1.contains(&squash(expected.annex1)), "{example}");
        assert!(!annex1.contains(&squash(expected.annex2)), "{example}");
        // The texts in the example's primary language, which its annexes
        // are printed in.
        let primary = agreement.agreement().meta.languages.primary();
        let plain = |text: &sopimus::text::RichText| {
            sopimus::text::plain_of(text.get(primary, primary).expect("validated"))
        };
        for forum in &agreement.agreement().forums {
            let name = forum.name.get(primary, primary).expect("validated");
            assert!(annex1.contains(&squash(name)), "{example}: {name}");
        }
        assert!(annex2.contains(&squash(expected.annex2)), "{example}");
        for priority in &agreement.agreement().priorities {
            for goal in &priority.goals {
                assert!(annex2.contains(&squash(&plain(&goal.text))), "{example}");
                for indicator in &goal.indicators {
                    assert!(
                        annex2.contains(&squash(&plain(&indicator.text))),
                        "{example}"
                    );
                }
            }
        }
        // The signature page belongs to the agreement, not to an annex.
        assert!(!annex2.contains(&squash(expected.signatures)), "{example}");
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
        assert_eq!(finding.path().to_string(), "parties[3].name");
        assert!(
            finding
                .message()
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
    let paths: Vec<String> = report.errors().map(|f| f.path().to_string()).collect();
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
    let options = RenderOptions::new().standard(Standard::A3bUa1);
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
        let pdf = render(&agreement, &RenderOptions::new().standard(standard));
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
            sopimus::__program::Locale::new(sopimus::Language::Fi)
                .number_word(size.parties as u32)
                .unwrap(),
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

/// The Österbotten example: Swedish first, Finnish second.
const SWEDISH_FIRST: &str = "examples/osterbotten-2026.toml";

/// The words (four letters or more, lower case) of the wording sopimus
/// generates in `language`: every fixed word of its locale and a sample of
/// each generated sentence, with `X` for the names a sentence takes.
fn generated_words(language: sopimus::Language) -> std::collections::BTreeSet<String> {
    // The locale is crate-private; its hidden re-export for the program
    // gives this test every sentence it could generate.
    use sopimus::__program::Locale;
    use sopimus::model::{
        AgreementKind, Count, Direction, ForumKind, Frequency, MonthWindow, SigningMode, Term,
        Termination,
    };
    let l = Locale::new(language);
    // The Debug form of the table of fixed words quotes each of them.
    let debug = format!("{:?}", l.words());
    let mut texts: Vec<String> = debug
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    let date = sopimus::Date::from_ymd(2029, 5, 31);
    let w = MonthWindow::new;
    let x = || "X".to_owned();
    texts.extend([
        l.counterparts_sentence(16, true),
        l.counterparts_sentence(1, false),
        l.signing_statement(SigningMode::Electronic).to_owned(),
        l.signing_statement(SigningMode::Paper).to_owned(),
        l.language_versions(&[sopimus::Language::Sv, sopimus::Language::Fi]),
        l.validity(AgreementKind::StrategicCooperationAgreement, date, true),
        l.validity(AgreementKind::FrameworkAgreement, None, false),
        l.termination(&Termination::default()),
        l.follow_up_sentence(&[w(10, 11)]).unwrap(),
        l.follow_up_sentence(&[w(3, 4), w(9, 9)]).unwrap(),
        l.frequency(&Frequency::PerYear(Count { min: 3, max: 4 })),
        l.frequency(&Frequency::PerCouncilTerm(Count::exactly(1))),
        l.frequency(&Frequency::AsNeeded),
        l.frequency(&Frequency::OwnPlan),
        l.joint_meeting(2, &[x(), x()]),
        l.convener(Some("X"), true),
        l.term(Term::CouncilTerm).to_owned(),
        l.term(Term::UntilFurtherNotice).to_owned(),
        l.member("X", Some(2), true, None),
        l.member("X", Some(1), false, None),
        l.per_municipality(&[x()], true),
        l.per_municipality(&[x()], false),
        l.indicator_share("X/5", Some("X")),
        l.indicator_baseline(Some(2025), None).unwrap(),
        l.indicator_unit("%"),
        l.indicator_source("X", None),
        l.indicator_target("X"),
        l.indicator_direction(Direction::HigherIsBetter),
        l.indicator_direction(Direction::LowerIsBetter),
        l.indicator_scale(1, 5),
        l.document_annex("X", None, Some("X")),
        l.figure_alt(false, &[(1, x(), vec![x()])], &[(x(), x(), x())]),
        l.figure_alt(true, &[(1, x(), vec![x()])], &[]),
        l.figure_alt(true, &[(1, x(), vec![x().repeat(9_000)])], &[]),
        l.place_and_date(None, None),
        l.approval("X", date.unwrap(), Some("1")),
        l.signed_on(date.unwrap()),
        l.months(1),
        l.months(12),
    ]);
    for kind in [
        ForumKind::Forum,
        ForumKind::WorkingGroup,
        ForumKind::Network,
        ForumKind::AdvocacyBody,
        ForumKind::Committee,
        ForumKind::AdvisoryBoard,
        ForumKind::ManagementGroup,
        ForumKind::Unit,
    ] {
        texts.push(l.forum_kind(kind).to_owned());
    }
    texts
        .iter()
        .flat_map(|t| words_of(&without_placeholders(t)))
        .collect()
}

/// `text` with the words the layout hyphenated at a line's end joined
/// again (the extracted text has " -" or a soft hyphen, then the line
/// break): "vuo -\ndessa" is "vuodessa", not the Swedish "dessa".
fn joined(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{ad}' || (matches!(c, '-' | '\u{2010}') && chars.peek() == Some(&'\n')) {
            while out.ends_with(' ') {
                out.pop();
            }
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
        } else {
            out.push(c);
        }
    }
    out
}

/// `text` without the placeholders of a pattern (`{page} ({total})`).
fn without_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for c in text.chars() {
        match c {
            '{' => inside = true,
            '}' => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// The words of four letters or more of `text`, in lower case.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

/// The words sopimus generates in the other language of `agreement` that
/// stand in `text`, a document in `language`: a word the agreement's own
/// texts in `language` use (a name, "sopimus" as the program's name) does
/// not count. Words are looked for whole, and the long ones also inside the
/// text without spaces and hyphens, so that one broken over two lines or
/// glued to a name shows too.
fn foreign_generated_words(
    agreement: &ValidatedAgreement,
    text: &str,
    language: sopimus::Language,
) -> Vec<String> {
    use crate::common::pdf::{required_texts_in, squash_caseless};
    let a = agreement.agreement();
    let other = *a
        .meta
        .languages
        .all()
        .iter()
        .find(|l| **l != language)
        .expect("a bilingual agreement");
    let own: Vec<String> = required_texts_in(a, agreement.business_ids(), language)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    let own_words: std::collections::BTreeSet<String> =
        own.iter().flat_map(|t| words_of(t)).collect();
    let own_squashed = squash_caseless(&own.join(" "));
    let words: std::collections::BTreeSet<String> = words_of(&joined(text)).into_iter().collect();
    let squashed = squash_caseless(text);
    generated_words(other)
        .into_iter()
        .filter(|w| !own_words.contains(w) && !own_squashed.contains(w.as_str()))
        .filter(|w| words.contains(w) || (w.chars().count() >= 9 && squashed.contains(w.as_str())))
        .collect()
}

/// The words (four letters or more, lower case) of the agreement's own
/// texts in `other` that none of its texts in `language` uses, the running
/// header's short title and version included: for the Österbotten example
/// in Swedish, "hyvinvointialue", "kunta", "yhteistyöfoorumi" …. A name
/// written the same in both languages ("Korsnäs", a street address) is in
/// both and so not among them.
fn text_words_only_in(
    agreement: &ValidatedAgreement,
    other: sopimus::Language,
    language: sopimus::Language,
) -> std::collections::BTreeSet<String> {
    use crate::common::pdf::required_texts_in;
    let a = agreement.agreement();
    let primary = a.meta.languages.primary();
    let words = |l: sopimus::Language| -> std::collections::BTreeSet<String> {
        let mut texts: Vec<String> = required_texts_in(a, agreement.business_ids(), l)
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        for header in [&a.meta.short_title, &a.meta.version].into_iter().flatten() {
            texts.extend(header.get(l, primary).map(str::to_owned));
        }
        texts.iter().flat_map(|t| words_of(t)).collect()
    };
    let own = words(language);
    words(other)
        .into_iter()
        .filter(|w| !own.contains(w))
        .collect()
}

/// The words of `text` that are among `foreign`, each once.
fn words_among(text: &str, foreign: &std::collections::BTreeSet<String>) -> Vec<String> {
    let found: std::collections::BTreeSet<String> = words_of(&joined(text))
        .into_iter()
        .filter(|w| foreign.contains(w))
        .collect();
    found.into_iter().collect()
}

#[test]
fn the_two_languages_generate_no_word_in_common() {
    // A word both locales generate could not tell the languages apart in
    // the checks below; none does today.
    let fi = generated_words(sopimus::Language::Fi);
    let sv = generated_words(sopimus::Language::Sv);
    let common: Vec<&String> = fi.intersection(&sv).collect();
    assert!(common.is_empty(), "{common:?}");
    assert!(fi.contains("kappaletta") && sv.contains("exemplar"));
}

#[test]
fn a_swedish_first_agreement_reads_swedish_throughout() {
    let agreement = valid(SWEDISH_FIRST);
    let a = agreement.agreement();
    assert_eq!(a.meta.languages.primary(), sopimus::Language::Sv);
    let finnish_texts =
        text_words_only_in(&agreement, sopimus::Language::Fi, sopimus::Language::Sv);
    for word in ["hyvinvointialue", "kunta", "yhteistyöfoorumi", "luonnos"] {
        assert!(finnish_texts.contains(word), "{word}: {finnish_texts:?}");
    }
    for document in [Document::Agreement, Document::Annex1, Document::Annex2] {
        let pdf = render(&agreement, &RenderOptions::new().document(document));
        let text = extract_text(&pdf);
        let finnish = foreign_generated_words(&agreement, &text, sopimus::Language::Sv);
        assert!(
            finnish.is_empty(),
            "{document:?} in Swedish carries Finnish words: {finnish:?}"
        );
        let finnish = words_among(&text, &finnish_texts);
        assert!(
            finnish.is_empty(),
            "{document:?} in Swedish carries words of the Finnish texts: {finnish:?}"
        );
        if document == Document::Agreement {
            let squashed = squash(&text);
            for sentence in [
                "Detta avtal har upprättats i sexton (16) likalydande exemplar, ett för varje avtalspart.",
                "Avtalet undertecknas elektroniskt.",
                "Avtalet har upprättats på svenska och finska",
                "Avtalet träder i kraft när alla parter har godkänt det och bekräftat det med sina underskrifter. Avtalet gäller till och med 31.5.2029 och i varje fall tills ett nytt avtal har godkänts.",
                "Uppsägningstiden är 6 månader.",
                "Uppföljningsmötet hålls i oktober–november.",
                "14 § (välfärdsområdets",
                "Bilaga 3.",
                "Underskrifter",
                "UTKAST",
            ] {
                assert!(squashed.contains(&squash(sentence)), "{sentence}");
            }
        }
    }
}

#[test]
fn a_swedish_first_agreement_renders_in_finnish_with_every_finnish_text() {
    use crate::common::pdf::{assert_carries_everything_in, body_text_in};
    let agreement = valid(SWEDISH_FIRST);
    let options = RenderOptions::new().language(sopimus::Language::Fi);
    let pdf = render(&agreement, &options);
    let text = body_text_in(&pdf, agreement.agreement(), sopimus::Language::Fi);
    assert_carries_everything_in(&agreement, sopimus::Language::Fi, &text, SWEDISH_FIRST);
    let squashed = squash(&text);
    for sentence in [
        "Tätä sopimusta on tehty kuusitoista (16) samansanaista kappaletta, yksi kullekin sopimusosapuolelle.",
        "Allekirjoitukset sähköisenä allekirjoituksena.",
        "Sopimus on laadittu ruotsiksi ja suomeksi",
        "Liite 3.",
    ] {
        assert!(squashed.contains(&squash(sentence)), "{sentence}");
    }
    let whole = extract_text(&pdf);
    let swedish = foreign_generated_words(&agreement, &whole, sopimus::Language::Fi);
    assert!(swedish.is_empty(), "Swedish words in Finnish: {swedish:?}");
    let swedish_texts =
        text_words_only_in(&agreement, sopimus::Language::Sv, sopimus::Language::Fi);
    let swedish = words_among(&whole, &swedish_texts);
    assert!(
        swedish.is_empty(),
        "words of the Swedish texts in Finnish: {swedish:?}"
    );
    // The checks find the other language's words where they stand: the
    // Finnish document is full of them for a Swedish reader.
    let as_if_swedish = foreign_generated_words(&agreement, &text, sopimus::Language::Sv);
    assert!(
        as_if_swedish.iter().any(|w| w == "kappaletta"),
        "{as_if_swedish:?}"
    );
    let finnish_texts =
        text_words_only_in(&agreement, sopimus::Language::Fi, sopimus::Language::Sv);
    let as_if_swedish = words_among(&whole, &finnish_texts);
    for word in ["hyvinvointialue", "kunta", "yhteistyöfoorumi", "luonnos"] {
        assert!(
            as_if_swedish.iter().any(|w| w == word),
            "{word}: {as_if_swedish:?}"
        );
    }
}

#[test]
fn a_swedish_first_agreement_renders_side_by_side() {
    let agreement = valid(SWEDISH_FIRST);
    let pdf = render(&agreement, &RenderOptions::new().parallel(true));
    let squashed = squash(&extract_text(&pdf));
    for sentence in [
        "Detta avtal har upprättats i sexton (16) likalydande exemplar, ett för varje avtalspart.",
        "Tätä sopimusta on tehty kuusitoista (16) samansanaista kappaletta, yksi kullekin sopimusosapuolelle.",
    ] {
        assert!(squashed.contains(&squash(sentence)), "{sentence}");
    }
}

/// Screen readers read every table cell with its headers: each data cell
/// of each table names a column header of the top among its `/Headers`, and in a table
/// whose rows have headers (an Annex 1 card, an Annex 2 priority or goal)
/// a row header too, so that "kyllä" is read with "Lakisääteinen".
#[test]
fn every_table_cell_reaches_its_headers() {
    use crate::common::pdf::{Element, check};
    fn tables<'a>(e: &'a Element, out: &mut Vec<&'a Element>) {
        if e.role == "Table" {
            out.push(e);
        }
        e.children.iter().for_each(|c| tables(c, out));
    }
    for example in EXAMPLES {
        let agreement = valid(example);
        let pdf = render(&agreement, &RenderOptions::default());
        let tree = check(&pdf).structure.expect("a structure tree");
        let mut all = Vec::new();
        tree.iter().for_each(|e| tables(e, &mut all));
        let (mut rows, mut cells) = (0, 0);
        for table in all {
            let every = table.every();
            // A column header counts when it is one at the top (not
            // itself headed by another, as a priority's band under them).
            let scope = |id: &String| {
                every
                    .iter()
                    .find(|e| e.role == "TH" && e.id.as_ref() == Some(id))
                    .and_then(|e| match e.scope.as_deref() {
                        Some("Column" | "Both") if !e.headers.is_empty() => None,
                        _ => e.scope.clone(),
                    })
            };
            let with_rows = every
                .iter()
                .any(|e| e.role == "TH" && e.scope.as_deref() == Some("Row"));
            rows += usize::from(with_rows);
            for td in every.iter().filter(|e| e.role == "TD") {
                cells += 1;
                let scopes: Vec<Option<String>> = td.headers.iter().map(scope).collect();
                let has = |s: &str| scopes.iter().any(|x| x.as_deref() == Some(s));
                assert!(
                    has("Column") || has("Both"),
                    "{example}: a cell without a column header: {scopes:?}"
                );
                assert!(
                    !with_rows || has("Row") || has("Both"),
                    "{example}: a cell without its row header: {scopes:?}"
                );
            }
        }
        assert!(cells > 50, "{example}: {cells} table cells");
        assert!(rows > 2, "{example}: {rows} tables with row headers");
    }
}

/// A list item's own list is tagged as a nested list: typst 0.15 puts it
/// in the outer `L` right after its item's `LI` (as the Tagged PDF Best
/// Practice Guide nests lists; typst-pdf `tags/context/list.rs`), so that
/// a screen reader says it is a list within the list. The 2026 Kanta-Häme
/// "Johdannoksi" has five sub-bullets under its third bullet.
#[test]
fn a_nested_list_is_tagged_inside_its_list() {
    use crate::common::pdf::check;
    let agreement = valid("examples/kanta-hame-2026.toml");
    let pdf = render(&agreement, &RenderOptions::default());
    let tree = check(&pdf).structure.expect("a structure tree");
    let lists: Vec<_> = tree
        .iter()
        .flat_map(|e| e.every())
        .filter(|e| e.role == "L")
        .flat_map(|l| {
            l.children
                .windows(2)
                .filter(|w| w[0].role == "LI" && w[1].role == "L")
                .map(|w| &w[1])
        })
        .collect();
    let items: Vec<usize> = lists
        .iter()
        .map(|l| l.children.iter().filter(|c| c.role == "LI").count())
        .collect();
    assert!(
        items.contains(&5),
        "no list of five items nested after a list item: {items:?}"
    );
    // The sub-items print under their item, before the next section.
    let text = squash(&body_text(&pdf, agreement.agreement()));
    let parent = text.find(&squash(
        "Uutta strategista yhteistyösopimusta on valmisteltu",
    ));
    let child = text.find(&squash("Keväällä 2025 pohjustavat"));
    assert!(parent.is_some() && parent < child, "{parent:?} {child:?}");
}

/// The 2023 agreement's "(kuvio 2)" has its figure: a second figure that
/// draws tier 3's working groups with the TYP board and nothing of the
/// other tiers, with its own text alternative.
#[test]
fn a_figure_of_chosen_tiers_draws_only_them() {
    use crate::common::pdf::check;
    let agreement = valid("examples/kanta-hame-2023.toml");
    let pdf = render(&agreement, &RenderOptions::default());
    let tree = check(&pdf).structure.expect("a structure tree");
    let all: Vec<_> = tree
        .iter()
        .flat_map(|e| e.every())
        .filter(|e| e.role == "Figure")
        .collect();
    let alts: Vec<&str> = all.iter().filter_map(|f| f.alt.as_deref()).collect();
    assert_eq!(alts.len(), 2, "{alts:?}");
    let second = alts[1];
    for body in ["(TYP) johtoryhmä", "Kotouttamisen yhteistyöryhmä"] {
        assert!(second.contains(body), "{body} not in {second}");
    }
    for other in [
        "Kuntakokous",
        "Kanta-Hämeen turvallisuusfoorumi",
        "Avoimet verkostot ja foorumit",
    ] {
        assert!(!second.contains(other), "{other} in {second}");
        assert!(
            alts[0].contains(other),
            "{other} not in figure 1: {}",
            alts[0]
        );
    }
    let text = squash(&extract_text(&pdf));
    assert!(text.contains(&squash("Kuvio 2")), "no \"Kuvio 2\" caption");
}
