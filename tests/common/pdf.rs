//! Reading rendered PDFs back as text, to check that nothing was lost.

use sopimus::ValidatedAgreement;

pub fn extract_text(pdf: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(pdf).expect("the PDF's text can be extracted")
}

/// Text compared without line breaks, spaces and hyphens, since the layout
/// breaks and hyphenates long words ("hyvinvointi-alueen").
pub fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{2010}' | '\u{00AD}' | '\u{200B}'))
        .collect()
}

/// [`squash`] without case, for the texts a template shows in capitals
/// (the 2023 annex sets the spearheads in upper case, as the original does).
pub fn squash_caseless(text: &str) -> String {
    squash(text).to_lowercase()
}

/// The runs of a rich text between footnote references: the PDF shows the
/// reference as a number, so each run is looked for on its own.
pub fn runs(text: &sopimus::text::RichText) -> Vec<String> {
    let mut runs = vec![String::new()];
    for span in text.spans().expect("validated text parses") {
        match span {
            sopimus::text::Span::Text(t) | sopimus::text::Span::Strong(t) => {
                runs.last_mut().unwrap().push_str(&t)
            }
            _ => runs.push(String::new()),
        }
    }
    runs.retain(|r| !r.trim().is_empty());
    runs
}

/// Every text of the input that the documents must carry, with its path.
pub fn required_texts(
    a: &sopimus::Agreement,
    business_ids: &[sopimus::BusinessId],
) -> Vec<(String, String)> {
    use sopimus::model::Block;
    let mut out: Vec<(String, String)> = Vec::new();
    let plain = |out: &mut Vec<(String, String)>, path: String, text: &str| {
        out.push((path, text.to_owned()))
    };
    let rich = |out: &mut Vec<(String, String)>, path: String, text: &sopimus::text::RichText| {
        for run in runs(text) {
            out.push((path.clone(), run));
        }
    };
    plain(&mut out, "meta.title".into(), &a.meta.title);
    for (i, p) in a.parties.iter().enumerate() {
        plain(&mut out, format!("parties[{i}].name"), &p.name);
        plain(
            &mut out,
            format!("parties[{i}].business_id"),
            business_ids[i].as_str(),
        );
        if let Some(address) = &p.address {
            plain(&mut out, format!("parties[{i}].address"), address);
        }
        if let Some(s) = &p.signatory {
            plain(&mut out, format!("parties[{i}].signatory.name"), &s.name);
            plain(&mut out, format!("parties[{i}].signatory.title"), &s.title);
        }
        if let Some(ap) = &p.approval {
            plain(&mut out, format!("parties[{i}].approval.body"), &ap.body);
            plain(
                &mut out,
                format!("parties[{i}].approval.date"),
                &ap.date.finnish(),
            );
            if let Some(section) = &ap.section {
                plain(&mut out, format!("parties[{i}].approval.section"), section);
            }
        }
        if let Some(d) = p.signed_on {
            plain(&mut out, format!("parties[{i}].signed_on"), &d.finnish());
        }
    }
    for (i, f) in a.forums.iter().enumerate() {
        plain(&mut out, format!("forums[{i}].name"), &f.name);
        for (field, value) in [
            ("composition", &f.composition),
            ("serves", &f.serves),
            ("prepared_by", &f.prepared_by),
            ("short_name", &f.short_name),
        ] {
            if let Some(value) = value {
                plain(&mut out, format!("forums[{i}].{field}"), value);
            }
        }
        for (t, task) in f.tasks.iter().enumerate() {
            rich(&mut out, format!("forums[{i}].tasks[{t}]"), task);
        }
    }
    for (p, priority) in a.priorities.iter().enumerate() {
        plain(&mut out, format!("priorities[{p}].title"), &priority.title);
        for (g, goal) in priority.goals.iter().enumerate() {
            rich(
                &mut out,
                format!("priorities[{p}].goals[{g}].text"),
                &goal.text,
            );
            for (n, indicator) in goal.indicators.iter().enumerate() {
                rich(
                    &mut out,
                    format!("priorities[{p}].goals[{g}].indicators[{n}]"),
                    &indicator.text,
                );
            }
            for (n, action) in goal.actions.iter().enumerate() {
                rich(
                    &mut out,
                    format!("priorities[{p}].goals[{g}].actions[{n}]"),
                    &action.text,
                );
            }
        }
    }
    let blocks = |out: &mut Vec<(String, String)>, path: String, blocks: &[Block]| {
        for (b, block) in blocks.iter().enumerate() {
            match block {
                Block::Paragraph(t) => rich(out, format!("{path}[{b}]"), t),
                Block::Bullets(items) | Block::Numbered(items) => {
                    for (i, t) in items.iter().enumerate() {
                        rich(out, format!("{path}[{b}][{i}]"), t);
                    }
                }
                Block::Subheading(t) => out.push((format!("{path}[{b}]"), t.clone())),
                _ => {}
            }
        }
    };
    for (s, section) in a.sections.iter().enumerate() {
        plain(&mut out, format!("sections[{s}].heading"), &section.heading);
        blocks(&mut out, format!("sections[{s}].blocks"), &section.blocks);
    }
    for (t, tier) in a.tiers.iter().enumerate() {
        plain(&mut out, format!("tiers[{t}].name"), &tier.name);
        blocks(&mut out, format!("tiers[{t}].blocks"), &tier.blocks);
    }
    for (i, r) in a.representatives.iter().enumerate() {
        plain(&mut out, format!("representatives[{i}].name"), &r.name);
        if let Some(title) = &r.title {
            plain(&mut out, format!("representatives[{i}].title"), title);
        }
        if let Some(deputy) = &r.deputy {
            plain(&mut out, format!("representatives[{i}].deputy"), deputy);
        }
    }
    for (i, statute) in a.legal_basis.iter().enumerate() {
        plain(&mut out, format!("legal_basis[{i}].name"), &statute.name);
        if let Some(number) = &statute.number {
            plain(&mut out, format!("legal_basis[{i}].number"), number);
        }
        for (k, provision) in statute.provisions.iter().enumerate() {
            plain(
                &mut out,
                format!("legal_basis[{i}].provisions[{k}].section"),
                &provision.section,
            );
            plain(
                &mut out,
                format!("legal_basis[{i}].provisions[{k}].topic"),
                &provision.topic,
            );
        }
    }
    if let Some(review) = &a.validity.review {
        rich(&mut out, "validity.review.text".into(), &review.text);
    }
    if let Some(f) = &a.follow_up {
        blocks(&mut out, "follow_up.text".into(), &f.text);
    }
    for (p, priority) in a.priorities.iter().enumerate() {
        if let Some(text) = priority.lead.as_ref().and_then(|l| l.text.as_ref()) {
            plain(&mut out, format!("priorities[{p}].lead.text"), text);
        }
        if let Some(description) = &priority.description {
            rich(
                &mut out,
                format!("priorities[{p}].description"),
                description,
            );
        }
    }
    for (key, note) in &a.footnotes {
        rich(&mut out, format!("footnotes.{key}"), note);
    }
    out
}

/// The body text of each page, without the running header (short title,
/// version, draft mark, "3 (12)"), joined: so that a paragraph that
/// continues on the next page reads as one.
pub fn body_text(pdf: &[u8], agreement: &sopimus::Agreement) -> String {
    let pages = pdf_extract::extract_text_from_mem_by_pages(pdf).expect("text by pages");
    let total = pages.len();
    let short = agreement
        .meta
        .short_title
        .clone()
        .unwrap_or_else(|| agreement.meta.title.clone());
    let mut header: Vec<String> = vec![short];
    header.extend(agreement.meta.version.clone());
    header.push("LUONNOS".into());
    pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let mut page = page.clone();
            for h in header
                .iter()
                .cloned()
                .chain([format!("{} ({total})", i + 1)])
            {
                page = page.replacen(&h, "", 1);
            }
            page
        })
        .collect::<Vec<_>>()
        .join("")
}

pub fn assert_carries_everything(agreement: &ValidatedAgreement, text: &str, what: &str) {
    let haystack = squash_caseless(text);
    let missing: Vec<String> = required_texts(agreement.agreement(), agreement.business_ids())
        .into_iter()
        .filter(|(_, needle)| !found(&haystack, needle))
        .map(|(path, needle)| format!("{path}: {needle}"))
        .collect();
    assert!(missing.is_empty(), "{what} lost:\n{}", missing.join("\n"));
}

/// Whether `needle` is in the squashed `haystack`. Right-to-left words come
/// out of the extractor in visual order, so each is also looked for reversed.
fn found(haystack: &str, needle: &str) -> bool {
    let rtl = |c: char| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FEFC}');
    if haystack.contains(&squash_caseless(needle)) {
        return true;
    }
    needle.chars().any(rtl)
        && needle.split_whitespace().all(|word| {
            let word = squash_caseless(word);
            let reversed: String = word.chars().rev().collect();
            haystack.contains(&word) || haystack.contains(&reversed)
        })
}
