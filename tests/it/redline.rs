//! `Renderer::render_redline` and `sopimus render --changes-since`: the
//! marks in the PDF's text with their meaning in words, a version against
//! itself without marks, determinism, the standards, the languages, the
//! program.

use std::hash::{Hash, Hasher};
use std::process::Command;

use sopimus::{Language, RenderError, RenderOptions, Renderer, Standard, ValidatedAgreement};

use crate::common::pdf::{check, extract_text, squash};
use crate::common::{RENDERER, crate_path, valid};

/// What a screen reader and text extraction get before inserted and
/// deleted words; print does not show it.
const INSERTED: &str = "[lisätty:";
const DELETED: &str = "[poistettu:";

fn redline_of(
    old: &ValidatedAgreement,
    new: &ValidatedAgreement,
    options: &RenderOptions,
) -> Vec<u8> {
    match RENDERER.render_redline(old, new, options) {
        Ok(rendered) => {
            assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);
            rendered.pdf
        }
        Err(e) => panic!("the redline failed: {e}"),
    }
}

fn redline(old: &str, new: &str) -> Vec<u8> {
    redline_of(&valid(old), &valid(new), &RenderOptions::default())
}

fn count(text: &str, what: &str) -> usize {
    squash(text).matches(&squash(what)).count()
}

/// The view data's marks: spans of kind `inserted` and `deleted`.
fn marks_in_data(old: &str, new: &str, options: &RenderOptions) -> (usize, usize) {
    let data = sopimus::render::redline_view_data(&valid(old), &valid(new), options)
        .unwrap_or_else(|e| panic!("{e}"));
    (
        data.matches("\"kind\": \"inserted\"").count(),
        data.matches("\"kind\": \"deleted\"").count(),
    )
}

#[test]
fn a_reworded_indicator_shows_its_words_deleted_and_inserted_with_their_meaning() {
    let (old, new) = (
        "tests/data/diff/base.toml",
        "tests/data/diff/indicator-reworded.toml",
    );
    let text = extract_text(&redline(old, new));
    // The word diff: "palveluihin" deleted, "sosiaali- ja
    // terveyspalveluihin" inserted, each said in words before it.
    let squashed = squash(&text);
    assert!(
        squashed.contains(&squash(
            "Asukkaiden tyytyväisyys [poistettu: palveluihin] [lisätty: sosiaali- ja terveyspalveluihin]"
        )),
        "{text}"
    );
    // One mark of each kind in the data, and each stands in the text once:
    // a mark the templates drop fails here.
    assert_eq!(marks_in_data(old, new, &RenderOptions::default()), (1, 1));
    assert_eq!(
        (count(&text, INSERTED), count(&text, DELETED)),
        (1, 1),
        "{text}"
    );
    // The note names the versions compared.
    assert!(squashed.contains(&squash("Muutosmerkinnät")), "{text}");
    assert!(squashed.contains(&squash(
        "muutokset versioon Esimerkkialueen yhteistyösopimus"
    )));
}

#[test]
fn a_removed_party_stands_struck_through_in_its_places() {
    let (old, new) = (
        "tests/data/diff/base.toml",
        "tests/data/diff/party-removed.toml",
    );
    let text = extract_text(&redline(old, new));
    // In the list of parties and as a signatory, each with its meaning.
    let deleted = squash("[poistettu: Esimerkin liitto]");
    assert!(squash(&text).matches(&deleted).count() >= 2, "{text}");
    // One party fewer: the counterparts sentence changes its number.
    assert!(
        squash(&text).contains(&squash("[poistettu: viisi (5)] [lisätty: neljä (4)]")),
        "{text}"
    );
    let (inserted, deleted) = marks_in_data(old, new, &RenderOptions::default());
    assert_eq!(
        (count(&text, INSERTED), count(&text, DELETED)),
        (inserted, deleted),
        "{text}"
    );
}

/// The drawn marks of a PDF: underlines (0.75 pt strokes), strikes (0.9
/// pt) and change bars (filled at 17 mm from the page's left edge, in the
/// margin), counted in its content streams, decoded.
fn drawn_marks(pdf: &[u8]) -> (usize, usize, usize) {
    let content = check(pdf).content;
    (
        content.matches(" 0.75 w ").count(),
        content.matches(" 0.9 w ").count(),
        content.matches("1 0 0 -1 48.18897").count(),
    )
}

#[test]
fn the_marks_are_drawn_underlined_struck_through_and_barred() {
    let base = valid("tests/data/diff/base.toml");
    let (underlines, strikes, bars) = drawn_marks(&redline_of(
        &base,
        &valid("tests/data/diff/indicator-reworded.toml"),
        &RenderOptions::default(),
    ));
    assert!(underlines >= 1, "no underline drawn");
    assert!(strikes >= 1, "no strike drawn");
    assert!(bars >= 1, "no change bar drawn");
    // Nothing of the kind in a redline without changes.
    assert_eq!(
        drawn_marks(&redline_of(&base, &base, &RenderOptions::default())),
        (0, 0, 0)
    );
}

#[test]
fn kanta_hame_2023_to_2026_carries_every_mark() {
    let (old, new) = (
        "examples/kanta-hame-2023.toml",
        "examples/kanta-hame-2026.toml",
    );
    let text = extract_text(&redline(old, new));
    let (inserted, deleted) = marks_in_data(old, new, &RenderOptions::default());
    assert!(inserted > 100 && deleted > 100, "{inserted} {deleted}");
    // Every mark of the data stands in the text; the running header shows
    // the new short title without marks, and a table's header row repeats
    // on each page it spans, so the text may have more, never fewer.
    let header_marks = 2;
    assert!(
        count(&text, INSERTED) + header_marks >= inserted,
        "{inserted}"
    );
    assert!(count(&text, DELETED) + header_marks >= deleted, "{deleted}");
}

#[test]
fn a_version_against_itself_has_no_marks_but_the_note() {
    let a = valid("tests/data/diff/base.toml");
    let (inserted, deleted) = marks_in_data(
        "tests/data/diff/base.toml",
        "tests/data/diff/base.toml",
        &RenderOptions::default(),
    );
    assert_eq!((inserted, deleted), (0, 0));
    let text = extract_text(&redline_of(&a, &a, &RenderOptions::default()));
    assert_eq!((count(&text, INSERTED), count(&text, DELETED)), (0, 0));
    assert!(squash(&text).contains(&squash("Muutosmerkinnät")));
}

#[test]
fn the_redline_is_deterministic() {
    let hash = |pdf: &[u8]| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        pdf.hash(&mut h);
        h.finish()
    };
    let old = valid("examples/kanta-hame-2023.toml");
    let new = valid("examples/kanta-hame-2026.toml");
    let once = |renderer: &Renderer| match renderer.render_redline(
        &old,
        &new,
        &RenderOptions::default(),
    ) {
        Ok(r) => hash(&r.pdf),
        Err(e) => panic!("{e}"),
    };
    // Two renderers, so that nothing cached makes them agree.
    let (a, b) = (once(&Renderer::new()), once(&Renderer::new()));
    assert_eq!(a, b, "two renders of the same redline differ");
    assert_eq!(a, once(&RENDERER));
}

#[test]
fn the_redline_meets_pdf_a_and_ua() {
    for (standard, part) in [(Standard::A2bUa1, "2"), (Standard::A3bUa1, "3")] {
        let options = RenderOptions::new().standard(standard);
        let pdf = redline_of(
            &valid("tests/data/diff/base.toml"),
            &valid("tests/data/diff/goal-moved.toml"),
            &options,
        );
        let checked = check(&pdf);
        assert!(
            checked
                .xmp
                .contains(&format!("<pdfaid:part>{part}</pdfaid:part>"))
        );
        assert!(checked.xmp.contains("<pdfuaid:part>1</pdfuaid:part>"));
        assert_eq!(checked.lang.as_deref(), Some("fi"));
        assert!(checked.structure.is_some_and(|s| !s.is_empty()));
        let attached: Vec<&str> = checked
            .attachments
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        let expected: &[&str] = if part == "3" {
            &["agreement.json"]
        } else {
            &[]
        };
        assert_eq!(attached, expected);
    }
}

#[test]
fn each_language_version_is_marked_in_its_own_words() {
    let (old, new) = (
        valid("tests/data/valid/bilingual.toml"),
        valid("tests/data/diff/bilingual-fi-reworded.toml"),
    );
    let finnish = RenderOptions::new().language(Language::Fi);
    let text = extract_text(&redline_of(&old, &new, &finnish));
    assert!(
        squash(&text).contains(&squash("[lisätty: Asukkaiden hyvinvointi]")),
        "{text}"
    );
    // The Swedish version did not change: no marks, and the note and the
    // marks' words are Swedish.
    let swedish = RenderOptions::new().language(Language::Sv);
    let text = extract_text(&redline_of(&old, &new, &swedish));
    assert_eq!((count(&text, INSERTED), count(&text, "[tillagt:")), (0, 0));
    assert!(
        squash(&text).contains(&squash("Ändringsmarkeringar")),
        "{text}"
    );
}

#[test]
fn an_earlier_version_without_the_language_is_refused() {
    let old = valid("tests/data/diff/bilingual-swedish-only.toml");
    let new = valid("tests/data/valid/bilingual.toml");
    let finnish = RenderOptions::new().language(Language::Fi);
    match RENDERER.render_redline(&old, &new, &finnish) {
        Err(RenderError::EarlierLanguage(e)) => assert_eq!(e.asked, Language::Fi),
        Err(e) => panic!("another error: {e}"),
        Ok(_) => panic!("a redline in a language the earlier version lacks was rendered"),
    }
    // Swedish, which both have, works.
    let swedish = RenderOptions::new().language(Language::Sv);
    redline_of(&old, &new, &swedish);
}

#[test]
fn the_program_writes_a_redline_with_changes_since() {
    let dir = std::env::temp_dir().join(format!("sopimus-redline-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("redline.pdf");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_sopimus"))
            .current_dir(crate_path(""))
            .args(args)
            .output()
            .unwrap()
    };
    let ok = run(&[
        "render",
        "tests/data/diff/indicator-reworded.toml",
        "--changes-since",
        "tests/data/diff/base.toml",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let text = extract_text(&std::fs::read(&out).unwrap());
    assert_eq!((count(&text, INSERTED), count(&text, DELETED)), (1, 1));
    // A missing earlier version: exit code 2, nothing written.
    let missing = dir.join("missing.pdf");
    let bad = run(&[
        "render",
        "tests/data/diff/base.toml",
        "--changes-since",
        "tests/data/diff/no-such-file.toml",
        "-o",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(
        bad.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
    assert!(!missing.exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `base.toml` with a paragraph of `words` (joined by spaces) after its
/// first paragraph, validated.
fn with_paragraph(words: &[String]) -> ValidatedAgreement {
    let base = std::fs::read_to_string(crate_path("tests/data/diff/base.toml")).unwrap();
    let first = "{ paragraph = \"Sopimuksella sovitaan yhteistyöstä.[^1]\" },";
    assert!(base.contains(first));
    let text = base.replacen(
        first,
        &format!("{first}\n  {{ paragraph = \"{}\" }},", words.join(" ")),
        1,
    );
    sopimus::validate(
        crate::common::parse(&text),
        &sopimus::ValidateOptions::with_today(crate::common::today()),
    )
    .unwrap_or_else(|e| panic!("{}", e.0))
}

/// A paragraph of `n` words and the same with the words `changed` picks
/// replaced by others: the two versions and the two paragraphs.
fn reworded(
    n: usize,
    changed: impl Fn(usize) -> bool,
) -> (ValidatedAgreement, ValidatedAgreement, String, String) {
    let old: Vec<String> = (0..n).map(|i| format!("sana{}", i % 97)).collect();
    let new: Vec<String> = old
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if changed(i) {
                format!("uusi{}", i % 89)
            } else {
                w.clone()
            }
        })
        .collect();
    (
        with_paragraph(&old),
        with_paragraph(&new),
        old.join(" "),
        new.join(" "),
    )
}

/// Issue 20: a 177 KB paragraph with every second word changed took 60 to
/// 106 s and 670 MB to redline, one decorated run per word. Past
/// `MAX_CHANGES` (100) changes a text is shown as the old version struck
/// through whole and the new one underlined whole; at the limit, each
/// change is still marked on its own.
#[test]
fn a_text_changed_in_more_than_a_hundred_places_is_shown_old_and_new_whole() {
    let options = RenderOptions::default();
    let marks = |old: &ValidatedAgreement, new: &ValidatedAgreement| {
        let data = sopimus::render::redline_view_data(old, new, &options).unwrap();
        (
            data.matches("\"kind\": \"inserted\"").count(),
            data.matches("\"kind\": \"deleted\"").count(),
        )
    };
    // 100 words replaced, one word kept between each two: 100 marks each.
    let (old, new, ..) = reworded(200, |i| i % 2 == 1);
    assert_eq!(marks(&old, &new), (100, 100));
    // 101: the paragraph once struck, once underlined.
    let (old, new, ..) = reworded(202, |i| i % 2 == 1);
    assert_eq!(marks(&old, &new), (1, 1));
    // The size: 25 000 words, 177 KB.
    let (old, new, old_text, new_text) = reworded(25_000, |i| i % 2 == 1);
    assert!(old_text.len() > 170_000, "{}", old_text.len());
    assert_eq!(marks(&old, &new), (1, 1));
    let text = extract_text(&redline_of(&old, &new, &options));
    let squashed = squash(&text);
    assert_eq!(
        (count(&text, INSERTED), count(&text, DELETED)),
        (1, 1),
        "one mark of each"
    );
    // The data holds each version whole, in one span of its kind.
    let data = sopimus::render::redline_view_data(&old, &new, &options).unwrap();
    for (kind, text) in [("deleted", &old_text), ("inserted", &new_text)] {
        let at = data
            .find(&format!("\"value\": \"{text}\""))
            .unwrap_or_else(|| panic!("the {kind} text is not whole in the data"));
        let before = &data[..at];
        assert!(
            before
                .rfind("\"kind\": \"deleted\"")
                .max(before.rfind("\"kind\": \"inserted\""))
                == before.rfind(&format!("\"kind\": \"{kind}\"")),
            "the {kind} text is not in a span of its kind"
        );
    }
    // The PDF shows every word of both versions (the pages' headers and
    // footnotes stand between them), each version after its mark.
    let numbered = |word: &str| {
        squashed
            .match_indices(word)
            .filter(|(i, _)| {
                squashed[i + word.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
            })
            .count()
    };
    assert_eq!(numbered("uusi"), 12_500);
    assert_eq!(numbered("sana"), 25_000 + 12_500);
    let first_words = |text: &str| text.split(' ').take(12).collect::<Vec<_>>().join(" ");
    let deleted = squashed.find(&squash(&format!("{DELETED} {}", first_words(&old_text))));
    let inserted = squashed.find(&squash(&format!("{INSERTED} {}", first_words(&new_text))));
    assert!(
        deleted.is_some() && inserted.is_some() && deleted < inserted,
        "{deleted:?} {inserted:?}"
    );
}
