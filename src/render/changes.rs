//! The change report: [`Changes`] prepared for `templates/changes.typ`, and
//! [`Renderer::render_changes`].
//!
//! The report reads its data from `/data.json` like the agreement does, in a
//! shape of its own ([`CHANGES_VIEW_VERSION`], described in
//! `templates/DATA.md`): every label and value already worded, reworded
//! text as runs of words kept, deleted and inserted.

use serde::Serialize;
use typst::foundations::Bytes;

use crate::diff::{
    Area, Change, ChangeStatus, Changes, FieldChange, ItemChange, WordOpKind, text as diff_text,
};
use crate::ids::ItemKind;
use crate::locale::Locale;
use crate::locale::changes::ChangeKind;

use super::{RenderError, Rendered, Renderer, Standard};

/// The version of the change report's view: raised when a field is renamed,
/// removed or changes meaning.
pub(crate) const CHANGES_VIEW_VERSION: u32 = 1;

/// Settings of a change report.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChangeReportOptions {
    /// The PDF standards: PDF/A-2b and PDF/UA-1 by default. The PDF/A-3
    /// ones attach the changes as JSON (`changes.json`, the shape of
    /// `sopimus diff --format json`).
    pub standard: Standard,
}

impl ChangeReportOptions {
    /// The defaults: PDF/A-2b and PDF/UA-1.
    pub fn new() -> Self {
        ChangeReportOptions::default()
    }

    /// The PDF standards.
    #[must_use]
    pub fn standard(mut self, standard: Standard) -> Self {
        self.standard = standard;
        self
    }

    /// Options with these standards.
    pub fn with_standard(standard: Standard) -> Self {
        ChangeReportOptions { standard }
    }
}

#[derive(Serialize)]
struct View {
    schema_version: u32,
    lang: &'static str,
    attach: bool,
    labels: ViewLabels,
    title: &'static str,
    date_parts: [i32; 3],
    old: ViewVersion,
    new: ViewVersion,
    equal: bool,
    summary: Vec<ViewSummaryRow>,
    areas: Vec<ViewArea>,
}

#[derive(Serialize)]
struct ViewLabels {
    old: &'static str,
    new: &'static str,
    summary: &'static str,
    area: &'static str,
    changes: &'static str,
    details: &'static str,
    what: &'static str,
    before: &'static str,
    after: &'static str,
    legend: &'static str,
    page_of: &'static str,
    equal: &'static str,
    contains: &'static str,
}

#[derive(Serialize)]
struct ViewVersion {
    title: String,
    label: String,
}

#[derive(Serialize)]
struct ViewSummaryRow {
    area: &'static str,
    text: String,
    changed: bool,
}

#[derive(Serialize)]
struct ViewArea {
    heading: &'static str,
    entries: Vec<ViewEntry>,
}

/// One changed thing: a heading line and its rows.
#[derive(Serialize)]
struct ViewEntry {
    /// What happened, as a word: "Uusi", "Poistettu", …; none for the
    /// fields of an area without entries (rules, metadata).
    status: Option<String>,
    /// Its name or text.
    title: Option<String>,
    /// Its place (an item's "painopiste 2, tavoite 1").
    place: Option<String>,
    /// What changed: label, old wording, new wording.
    rows: Vec<ViewRow>,
    /// What an added or removed item held, in document order.
    contains: Vec<ViewContained>,
}

/// A goal, indicator or action inside an added or removed item.
#[derive(Serialize)]
struct ViewContained {
    /// 0 for a goal, 1 for what is inside a goal.
    level: u8,
    /// Its kind in words and its text, e.g. "Mittari: …".
    text: String,
    /// What else it has, each "label: value", e.g. an indicator's
    /// "Tavoitetaso: …", "Lähtötaso: …", "Tietolähde: …".
    values: Vec<String>,
}

#[derive(Serialize)]
struct ViewRow {
    label: String,
    old: Vec<ViewWords>,
    new: Vec<ViewWords>,
}

#[derive(Serialize)]
struct ViewWords {
    kind: WordOpKind,
    text: String,
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn row(l: Locale, field: &FieldChange) -> ViewRow {
    let whole = |v: &Option<String>| {
        vec![ViewWords {
            kind: WordOpKind::Same,
            text: v.clone().unwrap_or_else(|| l.changes().none.to_owned()),
        }]
    };
    if field.words.is_empty() {
        return ViewRow {
            label: capitalised(&diff_text::label(field)),
            old: whole(&field.old),
            new: whole(&field.new),
        };
    }
    let side = |skip: WordOpKind| {
        field
            .words
            .iter()
            .filter(|w| w.op != skip)
            .map(|w| ViewWords {
                kind: w.op,
                text: w.text.clone(),
            })
            .collect()
    };
    ViewRow {
        label: capitalised(&diff_text::label(field)),
        old: side(WordOpKind::Inserted),
        new: side(WordOpKind::Deleted),
    }
}

fn status_word(l: Locale, status: ChangeStatus, changed: bool) -> String {
    let kind = match (status, changed) {
        (ChangeStatus::Added, _) => ChangeKind::Added,
        (ChangeStatus::Removed, _) => ChangeKind::Removed,
        (ChangeStatus::Moved, _) => ChangeKind::Moved,
        (ChangeStatus::Kept, true) => ChangeKind::Changed,
        (ChangeStatus::Kept, false) => ChangeKind::Kept,
    };
    capitalised(l.change_status(kind))
}

fn entity(l: Locale, change: &Change) -> ViewEntry {
    let name = change
        .new
        .as_ref()
        .or(change.old.as_ref())
        .map(|s| s.name.clone());
    ViewEntry {
        status: Some(status_word(l, change.status, !change.fields.is_empty())),
        title: name,
        place: None,
        rows: change.fields.iter().map(|f| row(l, f)).collect(),
        contains: Vec::new(),
    }
}

/// Parties, bodies, tiers or sections, an entry each; those changed alike
/// in one short field (a municipality code given to every municipality)
/// share one entry, the field its title and a row for each, named.
fn entities(l: Locale, list: &[&Change]) -> Vec<ViewEntry> {
    let groups = diff_text::alike(list);
    let mut written: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for &change in list {
        let group = groups
            .iter()
            .position(|(_, members)| members.iter().any(|m| std::ptr::eq(*m, change)));
        let Some(group) = group else {
            out.push(entity(l, change));
            continue;
        };
        if written.contains(&group) {
            continue;
        }
        written.push(group);
        let (field, members) = &groups[group];
        out.push(ViewEntry {
            status: Some(status_word(l, ChangeStatus::Kept, true)),
            title: Some(capitalised(field)),
            place: None,
            rows: members
                .iter()
                .map(|m| ViewRow {
                    label: m
                        .new
                        .as_ref()
                        .or(m.old.as_ref())
                        .map_or_else(String::new, |s| s.name.clone()),
                    ..row(l, &m.fields[0])
                })
                .collect(),
            contains: Vec::new(),
        });
    }
    out
}

fn fields_entry(l: Locale, fields: &[FieldChange]) -> Vec<ViewEntry> {
    if fields.is_empty() {
        return Vec::new();
    }
    vec![ViewEntry {
        status: None,
        title: None,
        place: None,
        rows: fields.iter().map(|f| row(l, f)).collect(),
        contains: Vec::new(),
    }]
}

/// A value an added or removed item has: "Lähtötaso: 35 % (2025)".
fn held(field: &FieldChange) -> String {
    let value = field.new.as_ref().or(field.old.as_ref());
    format!(
        "{}: {}",
        capitalised(&diff_text::label(field)),
        value.map_or("", String::as_str)
    )
}

/// The texts inside an added or removed item, each with its kind.
fn inside(l: Locale, all: &[ItemChange], item: &ItemChange) -> Vec<ViewContained> {
    let side = |i: &ItemChange| match item.status {
        ChangeStatus::Added => i.new.clone(),
        _ => i.old.clone(),
    };
    let Some(own) = side(item) else {
        return Vec::new();
    };
    let mut ids = vec![own.id];
    let mut lines = Vec::new();
    for other in all.iter().filter(|i| i.status == item.status) {
        let Some(s) = side(other) else { continue };
        if s.parent.as_ref().is_some_and(|p| ids.contains(p)) {
            lines.push(ViewContained {
                level: u8::from(other.kind != ItemKind::Goal && item.kind == ItemKind::Priority),
                text: format!("{}: {}", capitalised(l.item_kind(other.kind)), s.text),
                values: other.fields.iter().map(held).collect(),
            });
            ids.push(s.id);
        }
    }
    lines
}

fn items(l: Locale, all: &[ItemChange]) -> Vec<ViewEntry> {
    diff_text::shown_items(all)
        .into_iter()
        .filter_map(|item| {
            let side = item.new.as_ref().or(item.old.as_ref())?;
            let mut rows: Vec<ViewRow> = Vec::new();
            // An added or removed item: its text, then what else it has.
            if matches!(item.status, ChangeStatus::Added | ChangeStatus::Removed) {
                let (old, new) = match item.status {
                    ChangeStatus::Added => (None, Some(side.text.clone())),
                    _ => (Some(side.text.clone()), None),
                };
                rows.push(row(
                    l,
                    &FieldChange {
                        field: "text".into(),
                        label: l.field_label(if item.kind == ItemKind::Priority {
                            "title"
                        } else {
                            "text"
                        }),
                        language: None,
                        old,
                        new,
                        words: Vec::new(),
                    },
                ));
            }
            rows.extend(item.fields.iter().map(|f| row(l, f)));
            Some(ViewEntry {
                status: Some(format!(
                    "{} {}",
                    status_word(l, item.status, !item.fields.is_empty()),
                    l.item_kind(item.kind)
                )),
                title: Some(side.text.clone()),
                place: Some(capitalised(&side.place)),
                rows,
                contains: if matches!(item.status, ChangeStatus::Added | ChangeStatus::Removed) {
                    inside(l, all, item)
                } else {
                    Vec::new()
                },
            })
        })
        .collect()
}

fn view(changes: &Changes, options: &ChangeReportOptions) -> View {
    let date = changes.new.date;
    let mut areas = Vec::new();
    let mut area = |heading: &'static str, entries: Vec<ViewEntry>| {
        if !entries.is_empty() {
            areas.push(ViewArea { heading, entries });
        }
    };
    let l = Locale::new(changes.language);
    let c = l.changes();
    let sorted = |list: &[Change]| {
        let mut list: Vec<&Change> = list.iter().collect();
        list.sort_by_key(|c| match c.status {
            ChangeStatus::Added => 0,
            ChangeStatus::Removed => 1,
            ChangeStatus::Moved => 2,
            ChangeStatus::Kept => 3,
        });
        entities(l, &list)
    };
    area(l.change_area(Area::Meta), fields_entry(l, &changes.meta));
    area(l.change_area(Area::Parties), sorted(&changes.parties));
    area(l.change_area(Area::Bodies), sorted(&changes.bodies));
    area(l.change_area(Area::Tiers), sorted(&changes.tiers));
    area(c.items_heading, items(l, &changes.items));
    area(l.change_area(Area::Rules), fields_entry(l, &changes.rules));
    area(l.change_area(Area::Sections), sorted(&changes.sections));
    area(l.change_area(Area::Other), fields_entry(l, &changes.other));
    View {
        schema_version: CHANGES_VIEW_VERSION,
        lang: changes.language.code(),
        attach: options.standard.allows_attachments(),
        labels: ViewLabels {
            old: c.old,
            new: c.new,
            summary: c.summary,
            area: c.area,
            changes: c.changes,
            details: c.details,
            what: c.what,
            before: c.before,
            after: c.after,
            legend: c.legend,
            page_of: l.words().page_of,
            equal: c.equal,
            contains: c.contains,
        },
        title: c.title,
        date_parts: [
            date.year(),
            i32::try_from(date.month()).unwrap_or(1),
            i32::try_from(date.day()).unwrap_or(1),
        ],
        old: ViewVersion {
            title: changes.old.title.clone(),
            label: changes.old.label.clone(),
        },
        new: ViewVersion {
            title: changes.new.title.clone(),
            label: changes.new.label.clone(),
        },
        equal: changes.is_empty(),
        summary: diff_text::summary_rows(changes)
            .into_iter()
            .map(|(area, text)| ViewSummaryRow {
                changed: text != c.no_changes,
                area,
                text,
            })
            .collect(),
        areas,
    }
}

/// The JSON the change report's template reads from `/data.json`, for
/// writing a template of your own (see `templates/DATA.md`).
pub fn changes_view_data(changes: &Changes, options: &ChangeReportOptions) -> String {
    serde_json::to_string_pretty(&view_value(changes, options)).expect("the view serialises")
}

fn view_value(changes: &Changes, options: &ChangeReportOptions) -> serde_json::Value {
    let mut value = serde_json::to_value(view(changes, options)).expect("the view serialises");
    super::view::adjust_text_for_layout(&mut value);
    value
}

impl Renderer {
    /// Renders a change report: a summary table of what changed, by area,
    /// then each change with its old and new wording, deleted words struck
    /// through and inserted ones underlined. PDF/A-2b and PDF/UA-1 by
    /// default, deterministic like the agreement (its date is the new
    /// version's). The template is `changes.typ`: a template directory's
    /// own, or the built-in one.
    ///
    /// ```
    /// use sopimus::{ChangeReportOptions, Renderer, ValidateOptions, validate};
    /// let load = |p| validate(sopimus::load(p).unwrap().agreement, &ValidateOptions::default()).unwrap();
    /// let changes = sopimus::diff(&load("examples/kanta-hame-2023.toml"), &load("examples/kanta-hame-2026.toml"));
    /// let report = Renderer::new().render_changes(&changes, &ChangeReportOptions::default())?;
    /// assert!(report.pdf.starts_with(b"%PDF-"));
    /// # Ok::<(), sopimus::RenderError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`RenderError::Template`] when a template fails, [`RenderError::Export`]
    /// when the PDF cannot meet the standard asked for.
    pub fn render_changes(
        &self,
        changes: &Changes,
        options: &ChangeReportOptions,
    ) -> Result<Rendered, RenderError> {
        let data = serde_json::to_vec(&view_value(changes, options)).expect("the view serialises");
        let attachment = options
            .standard
            .allows_attachments()
            .then(|| Bytes::new(changes.to_json().into_bytes()));
        let result = self.compile(super::Job {
            main: self.assets.changes_entry(),
            data: Bytes::new(data),
            attachment: None,
            changes: attachment,
            date: changes.new.date,
            ident: format!(
                "sopimus-changes:{}:{}:{}:{}",
                changes.old.title, changes.old.date, changes.new.title, changes.new.date
            ),
            standard: options.standard,
        });
        typst::comemo::evict(8);
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(value: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    out.insert(k.clone());
                    keys(v, out);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
            _ => {}
        }
    }

    fn load(path: &str) -> crate::ValidatedAgreement {
        let today = crate::Date::from_ymd(2026, 11, 25).unwrap();
        crate::validate(
            crate::load(path).unwrap().agreement,
            &crate::ValidateOptions::with_today(today),
        )
        .unwrap()
    }

    #[test]
    fn the_template_reads_every_field_of_the_view() {
        let changes = crate::diff(
            &load("examples/kanta-hame-2023.toml"),
            &load("examples/kanta-hame-2026.toml"),
        );
        let mut found = std::collections::BTreeSet::new();
        keys(
            &view_value(&changes, &ChangeReportOptions::default()),
            &mut found,
        );
        let template = include_str!("../../templates/changes.typ");
        for key in &found {
            assert!(
                template.contains(&format!(".{key}")),
                "changes.typ never reads `{key}`"
            );
        }
        // The fields templates/DATA.md documents are the ones the view has.
        let doc = include_str!("../../templates/DATA.md");
        let part = &doc[doc
            .find("## The change report")
            .expect("DATA.md documents the report")..];
        for key in &found {
            assert!(part.contains(&format!("`{key}`")), "DATA.md lacks `{key}`");
        }
    }

    #[test]
    fn parties_changed_alike_in_one_short_field_share_one_table() {
        // 2026 gives each of the eleven municipalities its code, and
        // nothing else of theirs changes: one table, a row per party.
        let changes = crate::diff(
            &load("examples/kanta-hame-2023.toml"),
            &load("examples/kanta-hame-2026.toml"),
        );
        assert_eq!(changes.parties.len(), 11);
        let all = view(&changes, &ChangeReportOptions::default());
        let l = Locale::new(changes.language);
        let parties = all
            .areas
            .iter()
            .find(|a| a.heading == l.change_area(Area::Parties))
            .expect("the parties changed");
        assert_eq!(parties.entries.len(), 1);
        let entry = &parties.entries[0];
        assert_eq!(entry.title.as_deref(), Some("Kuntanumero"));
        assert_eq!(entry.rows.len(), 11);
        assert_eq!(entry.rows[0].label, "Forssan kaupunki");
        assert_eq!(entry.rows[0].new[0].text, "061");
        // A field changed for fewer parties keeps a table of its own each.
        let two = Changes {
            parties: changes.parties[..2].to_vec(),
            ..changes.clone()
        };
        let some = view(&two, &ChangeReportOptions::default());
        let parties = some
            .areas
            .iter()
            .find(|a| a.heading == l.change_area(Area::Parties))
            .unwrap();
        assert_eq!(parties.entries.len(), 2);
        assert_eq!(parties.entries[1].title.as_deref(), Some("Hattulan kunta"));
    }
}
