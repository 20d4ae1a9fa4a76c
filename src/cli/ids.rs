//! `sopimus ids`: the stable ids of the priorities, goals, indicators and
//! actions, and writing the generated ones into the file.

use std::path::Path;

use sopimus::export::write_atomic;
use sopimus::path::Segment;
use sopimus::{
    Agreement, FieldPath, Format, Invalid, Item, ItemKind, Loaded, ValidateOptions,
    ValidatedAgreement,
};
use toml_edit::{DocumentMut, InlineTable, Table, Value};

use super::{
    INVALID, ReportFormat, UNREADABLE, input_name, is_stdin, print_load_error, print_report,
    read_input,
};

/// The length of a text excerpt in the list, in characters.
const EXCERPT: usize = 60;

pub fn run(file: &Path, write: bool, format: ReportFormat) -> Result<(), u8> {
    if write && is_stdin(file) {
        eprintln!("error: `--write` edits a file, and `-` is standard input; give the file's name");
        return Err(UNREADABLE);
    }
    if write && Format::from_path(file) != Format::Toml {
        eprintln!(
            "error: `--write` edits TOML files only, and `{}` is JSON; add the ids to it with the program that writes it (`sopimus ids {}` lists them)",
            file.display(),
            file.display()
        );
        return Err(UNREADABLE);
    }
    let name = input_name(file);
    let Loaded {
        agreement,
        source,
        format: input_format,
        ..
    } = read_input(file).map_err(|e| {
        print_load_error(name, &e, format);
        UNREADABLE
    })?;
    let valid = validated(name, &source, input_format, agreement, format)?;
    if write {
        write_ids(file, &source, &valid)
    } else {
        list(name, &valid, format);
        Ok(())
    }
}

/// Validates, printing the report when there are errors: the ids of an
/// invalid agreement may clash, so none are listed.
fn validated(
    file: &Path,
    source: &str,
    input_format: Format,
    agreement: Agreement,
    format: ReportFormat,
) -> Result<ValidatedAgreement, u8> {
    sopimus::validate(agreement, &ValidateOptions::default()).map_err(|Invalid(mut report)| {
        if input_format == Format::Toml {
            report.locate_in_toml(source);
        }
        print_report(file, &report, format, None);
        INVALID
    })
}

/// The item's text: a priority's title, or the text of a goal, an indicator
/// or an action, without markup.
fn item_text(agreement: &Agreement, item: &Item) -> String {
    let at: Vec<usize> = item
        .path
        .segments()
        .iter()
        .filter_map(|s| match s {
            Segment::Index(i) => Some(*i),
            Segment::Key(_) => None,
        })
        .collect();
    let goal = |p: usize, g: usize| agreement.priorities.get(p)?.goals.get(g);
    let text = match (item.kind, at.as_slice()) {
        (ItemKind::Priority, [p]) => agreement.priorities.get(*p).map(|p| p.title.to_string()),
        (ItemKind::Goal, [p, g]) => goal(*p, *g).map(|g| g.text.plain()),
        (ItemKind::Indicator, [p, g, i]) => {
            goal(*p, *g).and_then(|g| g.indicators.get(*i).map(|i| i.text.plain()))
        }
        (ItemKind::Action, [p, g, k]) => {
            goal(*p, *g).and_then(|g| g.actions.get(*k).map(|a| a.text.plain()))
        }
        _ => None,
    };
    text.unwrap_or_default()
}

/// The text on one line, at most [`EXCERPT`] characters.
fn excerpt(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= EXCERPT {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(EXCERPT - 1).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

fn list(file: &Path, valid: &ValidatedAgreement, format: ReportFormat) {
    let items = valid.items();
    let agreement = valid.agreement();
    match format {
        ReportFormat::Json => {
            let rows: Vec<_> = items
                .iter()
                .map(|item| {
                    serde_json::json!({
                        "kind": item.kind,
                        "path": item.path,
                        "id": item.id,
                        "generated": item.generated,
                        "text": item_text(agreement, item),
                    })
                })
                .collect();
            let value = serde_json::json!({
                "file": file.display().to_string(),
                "items": rows,
            });
            outln!(
                "{}",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            );
        }
        ReportFormat::Text => {
            let paths: Vec<String> = items.iter().map(|i| i.path.to_string()).collect();
            let path_width = paths.iter().map(|p| p.chars().count()).max().unwrap_or(0);
            let id_width = items
                .iter()
                .map(|i| i.id.as_str().chars().count())
                .max()
                .unwrap_or(0);
            let path_width = path_width.max("path".len());
            let id_width = id_width.max("id".len());
            outln!(
                "{:<path_width$}  {:<id_width$}  generated  text",
                "path",
                "id"
            );
            for (item, path) in items.iter().zip(&paths) {
                outln!(
                    "{path:<path_width$}  {:<id_width$}  {:<9}  {}",
                    item.id.as_str(),
                    if item.generated { "yes" } else { "no" },
                    excerpt(&item_text(agreement, item)),
                );
            }
            let generated = items.iter().filter(|i| i.generated).count();
            if generated > 0 {
                eprintln!(
                    "{generated} of {} ids are generated from the items' places and change when items move; `sopimus ids {} --write` writes them into the file",
                    items.len(),
                    file.display()
                );
            } else {
                eprintln!("every item has an id of its own");
            }
        }
    }
}

/// Where an item is in the TOML document: a table under `[[…]]`, or an
/// inline table in an array.
enum Place<'a> {
    Table(&'a mut Table),
    Inline(&'a mut InlineTable),
}

impl<'a> Place<'a> {
    /// The element `index` of the array under `key`.
    fn child(self, key: &str, index: usize) -> Option<Place<'a>> {
        let item = match self {
            Place::Table(t) => t.get_mut(key)?,
            Place::Inline(t) => toml_edit::TableLike::get_mut(t, key)?,
        };
        match item {
            toml_edit::Item::ArrayOfTables(tables) => tables.get_mut(index).map(Place::Table),
            toml_edit::Item::Value(Value::Array(array)) => match array.get_mut(index)? {
                Value::InlineTable(t) => Some(Place::Inline(t)),
                _ => None,
            },
            _ => None,
        }
    }

    /// Sets `id`, placed as the first key so that it is seen first.
    fn set_id(self, id: &str) {
        let first =
            |a: &toml_edit::Key, b: &toml_edit::Key| (b.get() == "id").cmp(&(a.get() == "id"));
        match self {
            Place::Table(t) => {
                t.insert("id", toml_edit::value(id));
                t.sort_values_by(|a, _, b, _| first(a, b));
            }
            Place::Inline(t) => {
                t.insert("id", Value::from(id));
                t.sort_values_by(|a, _, b, _| first(a, b));
            }
        }
    }
}

/// Adds `id = "…"` to the table of the item at `path`.
fn insert_id(doc: &mut DocumentMut, path: &FieldPath, id: &str) -> Result<(), String> {
    let mut place = Place::Table(doc.as_table_mut());
    let mut segments = path.segments().iter();
    while let Some(segment) = segments.next() {
        let (Segment::Key(key), Some(Segment::Index(index))) = (segment, segments.next()) else {
            return Err("the place is not an element of an array".to_owned());
        };
        place = place
            .child(key, *index)
            .ok_or("the file does not have this item as a table or an inline table")?;
    }
    place.set_id(id);
    Ok(())
}

/// Writes the generated ids into the file, keeping everything else as it
/// is. The result is checked before it is written: it must validate and
/// give every item the same id, none of them generated.
fn write_ids(file: &Path, source: &str, valid: &ValidatedAgreement) -> Result<(), u8> {
    let fail = |message: String| {
        eprintln!("error: {message}");
        UNREADABLE
    };
    let generated: Vec<&Item> = valid.items().iter().filter(|i| i.generated).collect();
    if generated.is_empty() {
        eprintln!(
            "every item in `{}` has an id of its own; nothing to write",
            file.display()
        );
        return Ok(());
    }
    let mut doc: DocumentMut = source.parse().map_err(|e| {
        fail(format!(
            "`{}` could not be read for editing: {e}",
            file.display()
        ))
    })?;
    for item in &generated {
        insert_id(&mut doc, &item.path, item.id.as_str()).map_err(|why| {
            fail(format!(
                "{}: cannot add the id of `{}`: {why}; nothing was written",
                file.display(),
                item.path
            ))
        })?;
    }
    let text = doc.to_string();
    let bug = |what: String| {
        fail(format!(
            "{}: the file with the ids written would {what}; nothing was written (this is a bug in sopimus, please report it)",
            file.display()
        ))
    };
    let agreement =
        sopimus::parse(&text, Format::Toml, file).map_err(|e| bug(format!("not parse ({e})")))?;
    let again = sopimus::validate(agreement, &ValidateOptions::default())
        .map_err(|e| bug(format!("not validate ({e})")))?;
    let ids = |v: &ValidatedAgreement| -> Vec<(String, String)> {
        v.items()
            .iter()
            .map(|i| (i.path.to_string(), i.id.as_str().to_owned()))
            .collect()
    };
    if ids(&again) != ids(valid) || again.items().iter().any(|i| i.generated) {
        return Err(bug("give other ids".to_owned()));
    }
    write_atomic(file, text.as_bytes()).map_err(|e| fail(crate::cli::error_chain(&e)))?;
    eprintln!(
        "wrote {} ids into {}: {}",
        generated.len(),
        file.display(),
        generated
            .iter()
            .map(|i| i.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_one_line_and_short() {
        assert_eq!(excerpt("a\n  b"), "a b");
        let long = "sana ".repeat(30);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), 60, "{cut}");
        assert!(cut.ends_with("sana…"), "{cut}");
        // No space before the ellipsis.
        let cut = excerpt(&"abcd ".repeat(30));
        assert!(cut.ends_with("abcd…"), "{cut}");
        let exact = "x".repeat(60);
        assert_eq!(excerpt(&exact), exact);
        assert_eq!(excerpt(&"ä".repeat(61)).chars().count(), 60);
    }

    #[test]
    fn ids_go_into_tables_and_inline_tables() {
        let source = "# top\n[[priorities]]\ntitle = \"P\" # keep\n\n[[priorities.goals]]\n# about the goal\ntext = \"G\"\nindicators = [\n  { text = \"I\" },\n]\n";
        let mut doc: DocumentMut = source.parse().unwrap();
        let goal = FieldPath::root()
            .key("priorities")
            .index(0)
            .key("goals")
            .index(0);
        insert_id(
            &mut doc,
            &FieldPath::root().key("priorities").index(0),
            "p1",
        )
        .unwrap();
        insert_id(&mut doc, &goal, "p1.g1").unwrap();
        insert_id(&mut doc, &goal.key("indicators").index(0), "p1.g1.i1").unwrap();
        assert_eq!(
            doc.to_string(),
            "# top\n[[priorities]]\nid = \"p1\"\ntitle = \"P\" # keep\n\n[[priorities.goals]]\nid = \"p1.g1\"\n# about the goal\ntext = \"G\"\nindicators = [\n  { id = \"p1.g1.i1\", text = \"I\" },\n]\n"
        );
        assert!(insert_id(&mut doc, &goal.key("actions").index(0), "x").is_err());
    }
}
