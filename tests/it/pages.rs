//! Page rules, read from the laid-out pages of every example in each of
//! its languages and side by side: every page could be signed as it is.
//!
//! - no name, heading or label is hyphenated (the names of parties, bodies
//!   and people read from the agreement and its decisions, wherever they
//!   stand), and no range of years breaks at its dash;
//! - an Annex 2 priority stays on one page unless it is taller than a page
//!   or moving it would leave a page more than half empty, and one that is
//!   split repeats its label;
//! - an Annex 1 card stays on one page unless it is taller than a page, and
//!   Annex 1 does not end on a page it fills less than a quarter;
//! - a named member stays on one page with the deputy;
//! - no page is left more than half empty unless what follows starts a new
//!   annex or is a block the rules above keep whole (the signatures with
//!   their place and date start on such a page and break between rows).

use std::sync::LazyLock;

use serde_json::Value;
use sopimus::{Document, Language, RenderOptions, Renderer};

use crate::common::pages::{Line, Page, TOP_MARGIN, pages};
use crate::common::pdf::squash_caseless;
use crate::common::{EXAMPLES, valid};

/// The built-in templates, or a directory of them named by
/// `SOPIMUS_PAGE_TEMPLATES` (to watch a rule fail on a template changed on
/// purpose, without building again).
static RENDERER: LazyLock<Renderer> =
    LazyLock::new(|| match std::env::var_os("SOPIMUS_PAGE_TEMPLATES") {
        Some(dir) => Renderer::with_template_dir(dir).expect("the template directory loads"),
        None => Renderer::new(),
    });

/// One rendering of one example: its pages and the view it was made from.
struct Case {
    name: String,
    pages: Vec<Page>,
    /// The view of each language version shown (one, or two side by side).
    views: Vec<Value>,
    /// The names of parties, bodies and people, in every language, read
    /// from the agreement and its decisions (not from the view): the
    /// roster of Annex 1 prints them inside longer lines.
    names: Vec<String>,
}

fn case(path: &str, options: RenderOptions, name: String) -> Case {
    case_of(&valid(path), options, name)
}

/// The names of an agreement's parties, bodies and named people (with
/// those its decisions name), every language version of each.
fn names_of(
    agreement: &sopimus::ValidatedAgreement,
    decisions: Option<&sopimus::decisions::ValidatedDecisions>,
) -> Vec<String> {
    let a = agreement.agreement();
    let mut texts: Vec<&sopimus::text::Text> = Vec::new();
    for p in &a.parties {
        texts.push(&p.name);
        texts.extend(&p.short_name);
    }
    for f in &a.forums {
        texts.push(&f.name);
        texts.extend(&f.short_name);
    }
    let mut names: Vec<String> = texts
        .iter()
        .flat_map(|t| t.versions())
        .map(|(_, v)| v.to_owned())
        .collect();
    let people = a
        .representatives
        .iter()
        .cloned()
        .chain(decisions.map(|d| d.representatives()).unwrap_or_default());
    for r in people {
        names.push(r.name.clone());
        names.extend(r.deputy.clone());
    }
    names
}

fn case_of(agreement: &sopimus::ValidatedAgreement, options: RenderOptions, name: String) -> Case {
    let names = names_of(agreement, None);
    case_named(agreement, options, name, names)
}

fn case_named(
    agreement: &sopimus::ValidatedAgreement,
    options: RenderOptions,
    name: String,
    names: Vec<String>,
) -> Case {
    let rendered = RENDERER
        .render(agreement, &options)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let view: Value =
        serde_json::from_str(&sopimus::render::view_data(agreement, &options).unwrap())
            .expect("the view is JSON");
    let mut views = vec![view.clone()];
    views.extend(view["parallel"].as_array().into_iter().flatten().cloned());
    Case {
        name,
        pages: pages(&rendered.pdf),
        views,
        names,
    }
}

/// Every example in each of its languages, side by side when it has two,
/// and Annex 2 alone.
fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for path in EXAMPLES {
        let agreement = valid(path);
        let languages: Vec<Language> = agreement.agreement().meta.languages.all().to_vec();
        for &language in &languages {
            let options = RenderOptions::new().language(language);
            cases.push(case(
                path,
                options.clone(),
                format!("{path} ({})", language.code()),
            ));
            cases.push(case(
                path,
                options.document(Document::Annex2),
                format!("{path} annex 2 ({})", language.code()),
            ));
        }
        if languages.len() > 1 {
            let options = RenderOptions::new().parallel(true);
            cases.push(case(path, options, format!("{path} (side by side)")));
        }
        // With its decisions, Annex 1 lists the representatives they name.
        let file = path.replace(".toml", ".decisions.toml");
        if !crate::common::crate_path(&file).exists() {
            continue;
        }
        let decisions = || {
            sopimus::decisions::load(crate::common::crate_path(&file))
                .unwrap()
                .validate(&agreement)
                .unwrap_or_else(|e| panic!("{file}: {e:#}"))
        };
        let names = names_of(&agreement, Some(&decisions()));
        let mut versions: Vec<(RenderOptions, String)> = languages
            .iter()
            .map(|l| (RenderOptions::new().language(*l), l.code().to_owned()))
            .collect();
        if languages.len() > 1 {
            versions.push((
                RenderOptions::new().parallel(true),
                "side by side".to_owned(),
            ));
        }
        for (options, label) in versions {
            cases.push(case_named(
                &agreement,
                options.decisions(decisions()),
                format!("{path} with decisions ({label})"),
                names.clone(),
            ));
        }
    }
    // No example names representatives with deputies: a card of sixty
    // members, each with a deputy, runs over pages.
    let mut source =
        std::fs::read_to_string(crate::common::crate_path("tests/data/valid/complete.toml"))
            .unwrap();
    for k in 0..60 {
        let party = ["county", "region", "town-a", "town-b", "town-c"][k % 5];
        source.push_str(&format!(
            "\n[[representatives]]\nparty = \"{party}\"\nforum = \"strategic\"\n\
             name = \"Edustaja Numero{k} Pitkäsukunimi-Esimerkkinen\"\n\
             title = \"kaupunginhallituksen jäsen ja lautakunnan varapuheenjohtaja\"\n\
             deputy = \"Varajäsen Numero{k} Toinensukunimi-Esimerkkinen\"\n"
        ));
    }
    let many = sopimus::validate(
        crate::common::parse(&source),
        &sopimus::ValidateOptions::with_today(crate::common::today()),
    )
    .unwrap_or_else(|e| panic!("{}", e.0));
    cases.push(case_of(
        &many,
        RenderOptions::new(),
        "sixty representatives with deputies".to_owned(),
    ));
    cases
}

static CASES: LazyLock<Vec<Case>> = LazyLock::new(cases);

/// The text of rich text (a list of spans) or a string, footnotes left out.
fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(spans) => spans
            .iter()
            .map(|s| match s["kind"].as_str() {
                Some("text" | "strong") => plain(&s["value"]),
                _ => String::new(),
            })
            .collect(),
        _ => String::new(),
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .map(plain)
        .filter(|s| !s.is_empty())
        .collect()
}

/// The table headers and row labels, which are never hyphenated.
fn headers(view: &Value) -> Vec<String> {
    let mut texts = strings(&view["interface_areas"]["headings"]);
    let a = &view["annexes"];
    for key in [
        "priority_heading",
        "goal_heading",
        "indicator_heading",
        "action_heading",
        "lead_heading",
    ] {
        texts.push(plain(&a[key]));
    }
    for x in a["additional"].as_array().into_iter().flatten() {
        texts.extend(strings(&x["content"]["columns"]));
    }
    // A contact area's name labels its row; a priority's its rows in Annex 2.
    for r in view["interface_areas"]["rows"]
        .as_array()
        .into_iter()
        .flatten()
    {
        texts.push(plain(&r["name"]));
    }
    for p in view["priorities"].as_array().into_iter().flatten() {
        texts.push(plain(&p["title"]));
    }
    texts.retain(|t| !t.is_empty());
    texts
}

/// Each line that ends in a hyphen the layout added, with the line after
/// it and the page.
fn hyphenated(case: &Case) -> Vec<(usize, &Line, &str)> {
    let mut found = Vec::new();
    for (n, page) in case.pages.iter().enumerate() {
        for (k, line) in page.lines.iter().enumerate() {
            // The hyphen the layout adds reads as a soft hyphen, or as a
            // hyphen where the font's map gives its glyph that (a line of
            // Annex 1's roster); a hyphen the text has is told apart below.
            let Some(before) = line.text.strip_suffix(['\u{AD}', '-']) else {
                continue;
            };
            if !before.ends_with(char::is_alphabetic) {
                continue;
            }
            let next = page.lines.get(k + 1).map_or("", |l| l.text.as_str());
            found.push((n + 1, line, next));
        }
    }
    found
}

/// Whether one of `names` runs across the end of `line`, at a hyphen the
/// layout added, into `next`: a name hyphenated inside a longer line
/// ("Österbottens välfärdsom-råde" in a representative's line of Annex 1).
/// A name counts as a whole word, with its case: "förebyggande
/// rusmedelsarbete" in a sentence is not the short name "Förebyggande
/// rusmedelsarbete", nor is "Välfärdskoordinatorernas" the name
/// "Välfärdskoordinatorer" (an inflected name may break as any word).
fn breaks_a_name(names: &[String], line: &str, next: &str) -> bool {
    let words = |s: &str| -> String {
        let s: String = s
            .chars()
            .filter(|c| !matches!(c, '\u{200B}' | '\u{2060}'))
            .collect();
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let line = words(line.trim_end_matches(['\u{AD}', '-']));
    let cut = line.len();
    let joined = line + &words(next);
    names.iter().any(|n| {
        joined.match_indices(n.as_str()).any(|(i, m)| {
            let end = i + m.len();
            i < cut
                && end > cut
                && !joined[..i].ends_with(char::is_alphanumeric)
                && !joined[end..].starts_with(char::is_alphanumeric)
        })
    })
}

#[test]
fn no_name_heading_or_label_is_hyphenated() {
    let mut wrong = Vec::new();
    let mut seen = 0;
    for case in CASES.iter() {
        let texts: Vec<String> = case.views.iter().flat_map(headers).collect();
        let headers: Vec<String> = texts.iter().map(|t| squash_caseless(t)).collect();
        let header_words: Vec<Vec<String>> = texts
            .iter()
            .map(|t| t.split_whitespace().map(str::to_lowercase).collect())
            .collect();
        let source: String = case
            .views
            .iter()
            .map(|v| v.to_string().replace('\u{2060}', ""))
            .collect();
        let names: Vec<String> = case
            .names
            .iter()
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|n| n.chars().count() > 3)
            .collect();
        for (page, line, next) in hyphenated(case) {
            let after = next.split(' ').next().unwrap_or("");
            seen += 1;
            let before = line
                .text
                .trim_end_matches(['\u{AD}', '-'])
                .rsplit(' ')
                .next()
                .unwrap_or("");
            let word = format!("{before}{after}");
            // A line may end at a hyphen the text has ("Hyte-yhdyspintatyön"),
            // which the PDF's text maps to the same glyph.
            let edge = |c: char| !c.is_alphanumeric();
            let hard = format!(
                "{}-{}",
                before.trim_start_matches(edge),
                after.trim_end_matches(edge)
            )
            .replace('\u{2060}', "");
            if source.contains(&hard) {
                continue;
            }
            // The word broken: the letters either side of the break (a
            // compound's part after a hyphen of its own is a word here).
            let tail: String = before
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let head: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
            let broken = format!("{tail}{head}");
            // A capitalised word of up to 20 letters is a name of a person
            // or a place; headings are set larger than the text (11 pt and up).
            let name = broken.starts_with(char::is_uppercase) && broken.chars().count() <= 20;
            let heading = line.size > 10.5;
            let joined = squash_caseless(&format!("{}{after}", line.text));
            // A header's line begins with one of its words: "byggande
            // rusmedels-arbete" (the rest of "före-byggande" in a contact's
            // title) is not the row label "Förebyggande rusmedelsarbete".
            // (When the line is that one word, the word broken begins it.)
            let line_words: Vec<&str> = line.text.split(' ').collect();
            let first = line_words[0]
                .trim_end_matches(['\u{AD}', '-'])
                .to_lowercase();
            let header = headers.iter().zip(&header_words).any(|(h, w)| {
                h.contains(&joined)
                    && w.iter()
                        .any(|w| *w == first || (line_words.len() == 1 && w.starts_with(&first)))
            });
            let named = breaks_a_name(&names, &line.text, next);
            if name || named || heading || header {
                wrong.push(format!(
                    "{} p{page}: {word} ({:.1} pt) in \"{}\"",
                    case.name, line.size, line.text
                ));
            }
        }
    }
    assert!(seen > 0, "nothing is hyphenated: is the hyphen read?");
    assert!(
        wrong.is_empty(),
        "hyphenated names, headings or headers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_range_of_years_breaks_at_its_dash() {
    let mut wrong = Vec::new();
    for case in CASES.iter() {
        for (n, page) in case.pages.iter().enumerate() {
            for pair in page.lines.windows(2) {
                let ends = pair[0].text.trim_end();
                let dash = ends.ends_with(['–', '-']);
                let number = ends[..ends.len() - ends.chars().last().map_or(0, char::len_utf8)]
                    .ends_with(|c: char| c.is_ascii_digit());
                if dash && number && pair[1].text.starts_with(|c: char| c.is_ascii_digit()) {
                    wrong.push(format!(
                        "{} p{}: {} / {}",
                        case.name,
                        n + 1,
                        pair[0].text,
                        pair[1].text
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "ranges broken at the dash:\n{}",
        wrong.join("\n")
    );
}

/// The pages (indices) on which each of `texts` begins or ends, among
/// `range`; a beginning or end that also occurs in `others` (another
/// priority's or card's texts, squashed) does not count.
fn pages_of(
    case: &Case,
    range: std::ops::Range<usize>,
    texts: &[String],
    others: &str,
) -> Vec<usize> {
    let squashed: Vec<String> = case.pages.iter().map(Page::squashed).collect();
    let mut found = Vec::new();
    for t in texts {
        let t: Vec<char> = squash_caseless(t).chars().collect();
        if t.len() < 12 {
            continue;
        }
        let n = t.len().min(24);
        for piece in [&t[..n], &t[t.len() - n..]] {
            let piece: String = piece.iter().collect();
            if others.contains(&piece) {
                continue;
            }
            if let Some(p) = range.clone().find(|&p| squashed[p].contains(&piece)) {
                found.push(p);
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// The pages of an annex: from the one its heading stands on to the one
/// before the next annex (or the end).
fn annex_pages(case: &Case, view: &Value, number: usize) -> Option<std::ops::Range<usize>> {
    let label = plain(&view["labels"]["annex"]);
    let heading = |n: usize| squash_caseless(&format!("{label} {n}."));
    let starts = |n: usize| {
        case.pages.iter().position(|p| {
            p.body()
                .find(|l| !l.text.trim().is_empty())
                .is_some_and(|l| squash_caseless(&l.text).starts_with(&heading(n)))
                || p.body()
                    .any(|l| l.size > 12.0 && squash_caseless(&l.text).starts_with(&heading(n)))
        })
    };
    let start = starts(number)?;
    let end = starts(number + 1)
        .filter(|&e| e > start)
        .unwrap_or(case.pages.len());
    Some(start..end)
}

/// The height a run of lines takes on each page, summed: how tall a block
/// split over pages is.
fn extent(case: &Case, pages: &[usize], texts: &[String]) -> f64 {
    let all = squash_caseless(&texts.join(""));
    pages
        .iter()
        .map(|&p| {
            let tops: Vec<f64> = case.pages[p]
                .body()
                .filter(|l| {
                    let s = squash_caseless(&l.text);
                    s.chars().count() >= 10 && all.contains(&s)
                })
                .map(|l| l.top)
                .collect();
            let lo = tops.iter().copied().fold(f64::MAX, f64::min);
            let hi = tops.iter().copied().fold(f64::MIN, f64::max);
            if tops.is_empty() { 0.0 } else { hi - lo + 12.0 }
        })
        .sum()
}

fn priority_texts(p: &Value) -> Vec<String> {
    let mut texts = vec![plain(&p["title"]), plain(&p["description"])];
    for g in p["goals"].as_array().into_iter().flatten() {
        texts.push(plain(&g["text"]));
        texts.extend(strings(&g["indicators"]));
        for a in g["actions"].as_array().into_iter().flatten() {
            texts.push(plain(&a["text"]));
        }
    }
    texts.retain(|t| !t.is_empty());
    texts
}

#[test]
fn no_annex2_priority_is_split_across_pages_when_it_fits_on_one() {
    let mut wrong = Vec::new();
    for case in CASES.iter() {
        for view in &case.views {
            let Some(range) = annex_pages(case, view, 2) else {
                continue;
            };
            let all: Vec<&Value> = view["priorities"]
                .as_array()
                .into_iter()
                .flatten()
                .collect();
            for p in &all {
                let texts = priority_texts(p);
                let others: String = all
                    .iter()
                    .filter(|o| o["number"] != p["number"])
                    .flat_map(|o| priority_texts(o))
                    .map(|t| squash_caseless(&t))
                    .collect::<Vec<_>>()
                    .join("|");
                let on = pages_of(case, range.clone(), &texts, &others);
                if on.len() < 2 {
                    continue;
                }
                let tall = extent(case, &on, &texts);
                let page = case.pages[on[0]].text_height();
                // A priority may be split between goals where moving it
                // whole would leave its first page more than half empty.
                let label = squash_caseless(&plain(&p["title"]));
                let label: String = label.chars().take(20).collect();
                let starts = case.pages[on[0]]
                    .body()
                    .find(|l| {
                        let start: String = label.chars().take(12).collect();
                        squash_caseless(&l.text).contains(&start)
                    })
                    .map_or(0.0, |l| (l.top - TOP_MARGIN) / page);
                if tall < 0.8 * page && starts >= 0.5 {
                    wrong.push(format!(
                        "{}: priority {} on pages {:?}, {tall:.0} pt of {page:.0}",
                        case.name,
                        p["number"],
                        on.iter().map(|p| p + 1).collect::<Vec<_>>()
                    ));
                }
                // A split priority names itself on each page.
                for &n in &on {
                    if !case.pages[n].squashed().contains(&label) {
                        wrong.push(format!(
                            "{}: priority {} continues on p{} without its label",
                            case.name,
                            p["number"],
                            n + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "priorities split though they fit a page:\n{}",
        wrong.join("\n")
    );
}

fn card_texts(f: &Value) -> Vec<String> {
    let mut texts = vec![plain(&f["name"])];
    for r in f["rows"].as_array().into_iter().flatten() {
        texts.extend(plain(&r[1]).split('\n').map(str::to_owned));
    }
    texts.extend(strings(&f["tasks"]));
    texts
}

#[test]
fn no_annex1_card_is_split_across_pages_when_it_fits_on_one() {
    let mut wrong = Vec::new();
    for case in CASES.iter() {
        for view in &case.views {
            let Some(range) = annex_pages(case, view, 1) else {
                continue;
            };
            let all: Vec<&Value> = view["forums"].as_array().into_iter().flatten().collect();
            for (k, f) in all.iter().enumerate() {
                let texts = card_texts(f);
                let others: String = all
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != k)
                    .flat_map(|(_, o)| card_texts(o))
                    .map(|t| squash_caseless(&t))
                    .collect::<Vec<_>>()
                    .join("|");
                let on = pages_of(case, range.clone(), &texts, &others);
                if on.len() < 2 {
                    continue;
                }
                let tall = extent(case, &on, &texts);
                let page = case.pages[on[0]].text_height();
                if tall < 0.8 * page {
                    wrong.push(format!(
                        "{}: card {} on pages {:?}, {tall:.0} pt of {page:.0}",
                        case.name,
                        plain(&f["name"]),
                        on.iter().map(|p| p + 1).collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "cards split though they fit a page:\n{}",
        wrong.join("\n")
    );
}

/// Annex 1 does not end on a page holding a card or two after a full page
/// (Päijät-Häme's p11 held one, 85 % blank): when it would, its cards are
/// set closer and it ends a page earlier.
#[test]
fn annex1_does_not_end_on_a_page_it_barely_fills() {
    let mut wrong = Vec::new();
    let mut seen = 0;
    for case in CASES.iter().filter(|c| !c.name.contains("annex 2")) {
        for view in &case.views {
            let Some(range) = annex_pages(case, view, 1) else {
                continue;
            };
            if range.len() < 2 {
                continue;
            }
            seen += 1;
            // The template sets the cards closer below a quarter page,
            // measured at the annex's end; `filled` reads the top of the
            // lowest line, some 20 pt (0.03 of the page) higher.
            let last = &case.pages[range.end - 1];
            if last.filled() < 0.22 {
                wrong.push(format!(
                    "{}: Annex 1 ends on p{}, {:.0} % filled",
                    case.name,
                    range.end,
                    last.filled() * 100.0
                ));
            }
        }
    }
    assert!(seen > 0, "no Annex 1 runs over pages");
    assert!(
        wrong.is_empty(),
        "Annex 1 ends on a page it barely fills:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn a_member_stays_on_one_page_with_the_deputy() {
    let mut wrong = Vec::new();
    let mut seen = 0;
    for case in CASES.iter().filter(|c| !c.name.contains("annex 2")) {
        let squashed: Vec<String> = case.pages.iter().map(Page::squashed).collect();
        for view in &case.views {
            for f in view["forums"].as_array().into_iter().flatten() {
                for r in f["rows"].as_array().into_iter().flatten() {
                    let value = plain(&r[1]);
                    if !value.contains('\n') {
                        continue;
                    }
                    for entry in value.split('\n') {
                        seen += 1;
                        let entry = squash_caseless(entry);
                        if !squashed.iter().any(|p| p.contains(&entry)) {
                            wrong.push(format!("{}: {entry}", case.name));
                        }
                    }
                }
            }
        }
    }
    assert!(seen > 0, "no example names representatives");
    assert!(
        wrong.is_empty(),
        "a member and the deputy on different pages:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_page_is_left_more_than_half_empty_before_what_would_fit() {
    let mut wrong = Vec::new();
    for case in CASES.iter() {
        let view = &case.views[0];
        let label = squash_caseless(&plain(&view["labels"]["annex"]));
        // What starts a page by a rule: a new annex, a whole priority or
        // card, the figure. The signatures with their place and date do
        // not: kept whole, they start on this page when moving them would
        // leave it more than half empty (Österbotten side by side with its
        // decisions left two lines on a page of their own).
        let mut whole: Vec<String> = Vec::new();
        for v in &case.views {
            whole.extend(
                v["forums"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|f| plain(&f["name"])),
            );
            whole.extend(
                v["priorities"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|p| plain(&p["title"])),
            );
            whole.push(plain(&v["annexes"]["priority_heading"]));
            whole.extend(
                v["tiers"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|t| plain(&t["name"])),
            );
            whole.extend(strings(&v["interface_areas"]["headings"]));
        }
        let whole: Vec<String> = whole
            .iter()
            .map(|w| squash_caseless(w).chars().take(12).collect::<String>())
            .filter(|w| !w.is_empty())
            .collect();
        for n in 0..case.pages.len().saturating_sub(1) {
            let (page, next) = (&case.pages[n], &case.pages[n + 1]);
            if page.filled() > 0.5 || page.landscape() != next.landscape() {
                continue;
            }
            let first: String = next.body().take(3).map(|l| l.text.as_str()).collect();
            let first = squash_caseless(&first);
            if first.starts_with(&label) || whole.iter().any(|w| first.contains(w.as_str())) {
                continue;
            }
            wrong.push(format!(
                "{} p{}: {:.0} % filled, then {}",
                case.name,
                n + 1,
                page.filled() * 100.0,
                first.chars().take(40).collect::<String>()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "pages left more than half empty:\n{}",
        wrong.join("\n")
    );
}

/// The case of an example side by side.
fn side_by_side() -> Vec<&'static Case> {
    CASES
        .iter()
        .filter(|c| c.name.ends_with("(side by side)"))
        .collect()
}

#[test]
fn side_by_side_the_contact_tables_stand_across_the_page() {
    let cases = side_by_side();
    assert!(!cases.is_empty(), "no example is bilingual");
    let mut wrong = Vec::new();
    for case in cases {
        for view in &case.views {
            let headings = strings(&view["interface_areas"]["headings"]);
            let (Some(first), Some(last)) = (headings.first(), headings.last()) else {
                continue;
            };
            // Where each heading's first line begins: a table across the
            // page has its first column in the left half and its last in
            // the right half, in every language.
            let begins = |h: &str| {
                let word = h.split(' ').next().unwrap_or(h);
                case.pages.iter().enumerate().find_map(|(n, p)| {
                    p.body()
                        .find(|l| l.text.starts_with(word))
                        .map(|l| (n, l.left / p.width))
                })
            };
            match (begins(first), begins(last)) {
                (Some((a, x)), Some((b, y))) if a == b && x < 0.3 && y > 0.5 => {}
                found => wrong.push(format!("{}: {first} … {last}: {found:?}", case.name)),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "contact tables not across the page side by side:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn side_by_side_the_versions_share_one_footnote_numbering() {
    let cases = side_by_side();
    assert!(!cases.is_empty(), "no example is bilingual");
    for case in cases {
        // A footnote's entry: its number in the small size of the marks,
        // then the note's first line in the notes' size.
        let mut numbers: Vec<u32> = Vec::new();
        for page in &case.pages {
            let lines: Vec<&Line> = page.body().collect();
            for pair in lines.windows(2) {
                let entry = pair[0].size < 7.0 && (7.0..9.0).contains(&pair[1].size);
                if let (true, Ok(n)) = (entry, pair[0].text.trim().parse()) {
                    numbers.push(n);
                }
            }
        }
        // The versions side by side give each note one number, its entry
        // in every language; the numbers run on without a gap.
        let ones = numbers.iter().filter(|n| **n == 1).count();
        assert_eq!(
            ones,
            case.views.len(),
            "{}: footnote 1 in each language: {numbers:?}",
            case.name
        );
        assert!(
            numbers.windows(2).all(|w| w[1] == w[0] || w[1] == w[0] + 1),
            "{}: footnote numbers out of turn: {numbers:?}",
            case.name
        );
    }
}

#[test]
fn side_by_side_no_column_says_it_is_the_one_language_version() {
    let cases = side_by_side();
    assert!(!cases.is_empty(), "no example is bilingual");
    for case in cases {
        let text: String = case.pages.iter().map(Page::squashed).collect();
        // Each column's note says the versions stand side by side, in its
        // language, and none says "this is the Finnish version".
        for (said, wrong) in [
            ("kieliversiotovatrinnakkain", "tämäonsopimuksen"),
            ("språkversionernasidavidsida", "dettaäravtalets"),
        ] {
            assert!(text.contains(said), "{}: {said}", case.name);
            assert!(!text.contains(wrong), "{}: {wrong}", case.name);
        }
    }
}
