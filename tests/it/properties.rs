//! Property-based tests over generated agreements: every generated
//! agreement either validates or gets findings with paths; every valid one
//! renders, never panics, and every text of the input is in the PDF.

use std::sync::LazyLock;

use crate::common::pdf::{assert_carries_everything, body_text};
use crate::common::synthetic::business_id;
use crate::common::{crate_path, parse, today};
use proptest::prelude::*;
use sopimus::text::RichText;
use sopimus::{Agreement, RenderOptions, Renderer, ValidateOptions, validate};

static RENDERER: LazyLock<Renderer> = LazyLock::new(Renderer::new);
static BASE: LazyLock<Agreement> = LazyLock::new(|| {
    parse(&std::fs::read_to_string(crate_path("tests/data/valid/minimal.toml")).unwrap())
});

/// Text a user might type: ordinary Finnish, typst syntax, markup of our
/// own (valid or not), control characters, other scripts, or anything.
fn user_text() -> impl Strategy<Value = String> {
    prop_oneof![
        40 => "[A-Za-zÅÄÖåäö0-9][A-Za-zÅÄÖåäö0-9 ,.()–]{0,40}",
        2 => r#"[#\[\]$@<>/\\*_`={}"'~ A-Za-z]{0,30}"#,
        1 => "[a-z ]{0,10}\\*\\*[a-z ]{0,10}",
        1 => "[a-zäö]{40,120}",
        1 => prop::sample::select(vec![
            String::new(),
            "   ".to_owned(),
            "\u{0}".to_owned(),
            "tab\there".to_owned(),
            "مرحبا بالعالم".to_owned(),
            "e\u{301}\u{301}".to_owned(),
            "\u{202E}rtl".to_owned(),
            "😀".to_owned(),
            "漢字".to_owned(),
            "#read(\"/etc/passwd\")".to_owned(),
        ]),
        1 => any::<String>(),
    ]
}

#[derive(Debug, Clone)]
struct Edits {
    title: String,
    names: Vec<String>,
    forum: String,
    goal: String,
    indicators: Vec<String>,
    paragraph: String,
    extra_municipalities: usize,
    share: (u32, u32),
    notice_months: u32,
}

prop_compose! {
    fn edits()(
        title in user_text(),
        names in prop::collection::vec(user_text(), 0..5),
        forum in user_text(),
        goal in user_text(),
        indicators in prop::collection::vec(user_text(), 0..4),
        paragraph in user_text(),
        extra_municipalities in 0usize..35,
        share in (0u32..40, 0u32..40),
        notice_months in 0u32..30,
    ) -> Edits {
        Edits { title, names, forum, goal, indicators, paragraph, extra_municipalities, share, notice_months }
    }
}

fn apply(e: &Edits) -> Agreement {
    let mut a = BASE.clone();
    a.meta.title = e.title.clone().into();
    for n in 0..e.extra_municipalities {
        let mut party = a.parties[4].clone();
        party.id = format!("extra-{n}").as_str().into();
        party.name = format!("Lisäkunta {n}").into();
        party.business_id =
            sopimus::ids::RawBusinessId::from(business_id(3_000_000 + n as u32 * 17));
        a.parties.push(party);
    }
    for (party, name) in a.parties.iter_mut().zip(&e.names) {
        party.name = name.clone().into();
    }
    a.forums[0].name = e.forum.clone().into();
    let goal = &mut a.priorities[0].goals[0];
    goal.text = RichText::from(e.goal.clone());
    // The count out of the municipalities is right by construction, and
    // wrong (out of 11, or more than all) in one case out of eight.
    let municipalities = 3 + e.extra_municipalities as u32;
    let (x, n) = match e.share.1 % 8 {
        0 => (e.share.0, 11),
        1 => (municipalities + 1, municipalities),
        _ => (e.share.0 % (municipalities + 1), municipalities),
    };
    goal.indicators[0].municipalities = Some(format!("{x}/{n}").parse().unwrap());
    for text in &e.indicators {
        let mut indicator = goal.indicators[1].clone();
        indicator.text = RichText::from(text.clone());
        goal.indicators.push(indicator);
    }
    a.sections[0].blocks[0] =
        sopimus::model::Block::Paragraph(RichText::from(format!("{}[^1]", e.paragraph)));
    // Zero months (invalid) one time in thirty.
    a.termination.notice_months = e.notice_months;
    a
}

proptest! {
    // Each case renders and reads back a PDF; 64 cases keep the suite quick.
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_agreements_validate_or_get_findings_and_valid_ones_render_completely(e in edits()) {
        let agreement = apply(&e);
        match validate(agreement, &ValidateOptions::with_today(today())) {
            Err(invalid) => {
                prop_assert!(invalid.0.has_errors());
                for finding in &invalid.0.findings {
                    prop_assert!(!finding.path.is_root(), "{}", finding);
                    prop_assert!(!finding.message.is_empty(), "{}", finding);
                }
            }
            Ok(valid) => match RENDERER.render(&valid, &RenderOptions::default()) {
                Ok(rendered) => {
                    prop_assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);
                    let text = body_text(&rendered.pdf, valid.agreement());
                    assert_carries_everything(&valid, &text, "generated agreement");
                }
                // If `check` passes, `render` succeeds: nothing may stop it.
                Err(e) => prop_assert!(false, "a valid agreement failed to render: {}", e),
            },
        }
    }
}

#[test]
fn the_generator_yields_valid_agreements_too() {
    // Guards the property above against a generator whose agreements are
    // all invalid, which would leave the render branch untested.
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut valid = 0;
    for _ in 0..64 {
        let e = edits().new_tree(&mut runner).unwrap().current();
        if validate(apply(&e), &ValidateOptions::with_today(today())).is_ok() {
            valid += 1;
        }
    }
    assert!(
        valid >= 16,
        "only {valid} of 64 generated agreements are valid"
    );
}
