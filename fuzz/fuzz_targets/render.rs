//! Rendering valid agreements built from arbitrary text: never a panic, and
//! a valid agreement always renders, or is refused with the field that holds
//! a character no font has. A template error here is a bug in our templates.
#![no_main]

use std::sync::LazyLock;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use sopimus::text::RichText;
use sopimus::{Agreement, Date, RenderOptions, Renderer, ValidateOptions, validate};

static RENDERER: LazyLock<Renderer> = LazyLock::new(Renderer::new);
static BASE: LazyLock<Agreement> = LazyLock::new(|| {
    Agreement::from_toml_str(include_str!("../../tests/data/valid/minimal.toml")).unwrap()
});

#[derive(Arbitrary, Debug)]
struct Input {
    title: String,
    party_names: Vec<String>,
    signatory: String,
    forum_names: Vec<String>,
    goal: String,
    indicators: Vec<String>,
    paragraph: String,
    footnote: String,
    extra_municipalities: u8,
    draft: bool,
    annex: u8,
}

fuzz_target!(|input: Input| {
    let mut a = BASE.clone();
    a.meta.title = input.title.into();
    // More municipalities, each with a valid business ID, so the signature
    // pages and the party list grow.
    for n in 0..usize::from(input.extra_municipalities % 40) {
        let mut party = a.parties[4].clone();
        party.id = format!("extra-{n}").as_str().into();
        party.name = format!("Lisäkunta {n}").into();
        party.business_id = sopimus::ids::RawBusinessId::from(business_id(2_000_000 + n as u32 * 13));
        a.parties.push(party);
    }
    for (party, name) in a.parties.iter_mut().zip(input.party_names) {
        party.name = name.into();
    }
    a.parties[1].signatory.as_mut().unwrap().name = input.signatory;
    for (forum, name) in a.forums.iter_mut().zip(input.forum_names) {
        forum.name = name.into();
    }
    let goal = &mut a.priorities[0].goals[0];
    goal.text = RichText::from(input.goal);
    for (i, text) in input.indicators.into_iter().take(20).enumerate() {
        match goal.indicators.get_mut(i) {
            Some(indicator) => indicator.text = RichText::from(text),
            None => {
                let mut indicator = goal.indicators[1].clone();
                indicator.text = RichText::from(text);
                goal.indicators.push(indicator);
            }
        }
    }
    a.sections[0].blocks[0] = sopimus::model::Block::Paragraph(RichText::from(input.paragraph + "[^1]"));
    a.footnotes.insert("1".into(), RichText::from(input.footnote));

    let options = ValidateOptions::with_today(Date::from_ymd(2026, 11, 25).unwrap());
    let Ok(valid) = validate(a, &options) else { return };
    let render = RenderOptions::new()
        .document(match input.annex % 3 {
            0 => sopimus::Document::Agreement,
            1 => sopimus::Document::Annex1,
            _ => sopimus::Document::Annex2,
        })
        .draft(input.draft);
    match RENDERER.render(&valid, &render) {
        Ok(rendered) => assert!(rendered.pdf.starts_with(b"%PDF-") && rendered.pages > 0),
        Err(other) => panic!("a valid agreement failed to render: {other}"),
    }
});

fn business_id(mut n: u32) -> String {
    const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];
    loop {
        let digits = format!("{:07}", n % 10_000_000);
        let sum: u32 = digits.bytes().zip(WEIGHTS).map(|(d, w)| u32::from(d - b'0') * w).sum();
        match sum % 11 {
            1 => n += 1,
            0 => return format!("{digits}-0"),
            r => return format!("{digits}-{}", 11 - r),
        }
    }
}
