//! All wording in one place: no Finnish or Swedish word stands in the
//! renderer, the templates, the export, the follow-up report, its words and
//! its collection workbook or the comparison of versions outside the locale
//! tables.

use crate::common::crate_path;

/// A literal without its format placeholders (`{page}`, `{name}`), which
/// are names in code, not words of a document.
fn without_placeholders(literal: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = (depth - 1).max(0),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The string literals of a Rust or typst source, comments and Rust
/// attributes (`#[cfg(feature = "render")]`, code, not words) left out.
fn literals(source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in source.lines().enumerate() {
        if line.trim_start().starts_with("#[") {
            continue;
        }
        let code = line.split("//").next().unwrap_or("");
        let mut chars = code.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '"' {
                continue;
            }
            let mut literal = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => break,
                    c => literal.push(c),
                }
            }
            out.push((n + 1, literal));
        }
    }
    out
}

/// Every word of four letters or more that the locale tables use.
fn locale_words() -> std::collections::BTreeSet<String> {
    let mut words = std::collections::BTreeSet::new();
    for file in [
        "src/locale/fi.rs",
        "src/locale/sv.rs",
        "src/locale/mod.rs",
        "src/locale/grammar.rs",
        "src/locale/document.rs",
        "src/locale/bodies.rs",
        "src/locale/indicators.rs",
        "src/locale/words.rs",
        "src/locale/version.rs",
        "src/locale/tests.rs",
        "src/locale/follow_up.rs",
    ] {
        let source = std::fs::read_to_string(crate_path(file)).unwrap();
        for (_, literal) in literals(&source) {
            // What the messages of findings quote in backticks is the input
            // format (`kind`, `[annexes]`), not words of a document.
            let words_only: String = without_placeholders(&literal)
                .split('`')
                .step_by(2)
                .collect::<Vec<_>>()
                .join(" ");
            for word in words_only.split(|c: char| !c.is_alphabetic()) {
                if word.chars().count() >= 4 {
                    words.insert(word.to_lowercase());
                }
            }
        }
    }
    words
}

/// The field names of `/data.json`, from a full example.
fn view_keys() -> std::collections::BTreeSet<String> {
    fn collect(value: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    out.insert(k.clone());
                    collect(v, out);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    let data = sopimus::render::view_data(
        &crate::common::valid("tests/data/valid/complete.toml"),
        &sopimus::RenderOptions::default(),
    )
    .unwrap();
    let mut keys = std::collections::BTreeSet::new();
    collect(&serde_json::from_str(&data).unwrap(), &mut keys);
    assert!(keys.contains("organisation"));
    keys
}

#[test]
fn no_finnish_or_swedish_literal_outside_the_locale_tables() {
    let mut words = locale_words();
    assert!(words.contains("allekirjoitukset") && words.contains("underskrifter"));
    // The crate's own name ("sopimus" is Finnish for agreement) names the
    // producer in the PDF and its attachment.
    words.remove("sopimus");
    // "version" is English and Swedish alike ("Ny version"); code and
    // messages name versions (`CARGO_PKG_VERSION`, "schema version 2").
    words.remove("version");
    // The follow-up's words (`follow_up/words.rs`) compose the locale's:
    // like the report, the status rules and the collection workbook, they
    // hold no word of their own.
    let mut files: Vec<String> = vec![
        "src/follow_up/status.rs".into(),
        "src/follow_up/words.rs".into(),
        "src/follow_up/workbook.rs".into(),
    ];
    // The directories with their submodules (`src/render/view/`).
    let mut dirs: Vec<std::path::PathBuf> = [
        "src/render",
        "templates",
        "src/diff",
        "src/follow_up/report",
        "src/export",
    ]
    .into_iter()
    .map(crate_path)
    .collect();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "typ") {
                files.push(
                    path.strip_prefix(crate_path(""))
                        .unwrap()
                        .display()
                        .to_string(),
                );
            }
        }
    }
    let view_keys = view_keys();
    let mut found = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(crate_path(file)).unwrap();
        // Unit tests may quote document text.
        let source = source.split("#[cfg(test)]").next().unwrap_or("");
        for (line, literal) in literals(source) {
            // The keys of the fields a comparison reports and the field
            // names of `/data.json` are names in code ("text",
            // "organisation"), whatever a language spells alike.
            if sopimus::diff::FIELD_KEYS.contains(&literal.as_str()) || view_keys.contains(&literal)
            {
                continue;
            }
            let literal = without_placeholders(&literal);
            let letters_of_the_languages = literal.contains(['ä', 'ö', 'å', 'Ä', 'Ö', 'Å']);
            let word = literal
                .split(|c: char| !c.is_alphabetic())
                .find(|w| w.chars().count() >= 4 && words.contains(&w.to_lowercase()));
            if letters_of_the_languages || word.is_some() {
                found.push(format!("{file}:{line}: \"{literal}\""));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words of the documents outside src/locale:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_a_planted_word() {
    // The check above must be able to fail: a literal with a locale word.
    let words = locale_words();
    let planted = literals(r#"let x = "Liite"; let y = "Underskrifter"; // "Sopimusosapuolet""#);
    let hits: Vec<&String> = planted
        .iter()
        .map(|(_, l)| l)
        .filter(|l| words.contains(&l.to_lowercase()))
        .collect();
    assert_eq!(hits, ["Liite", "Underskrifter"]);
}
