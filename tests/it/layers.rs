//! The layers of `src/` only look down (ARCHITECTURE.md, "Layers").
//!
//! Every `crate::…` path in the library's code (use declarations, paths in
//! expressions and types, test modules too; comments and doc links aside)
//! names a module; a module may name its own layer's module and any module
//! of a layer below, never one above or beside it. The table below is the
//! one ARCHITECTURE.md draws.

use std::collections::BTreeMap;
use std::path::Path;

/// The layers, bottom first; modules on one line are one layer and may not
/// name each other.
const LAYERS: &[&[&str]] = &[
    // Base: values, places and codes that need nothing of the model.
    &[
        "language",
        "path",
        "limits",
        "coverage",
        "standard",
        "spreadsheet",
    ],
    &["diagnostic"],
    &["ids", "text"],
    // The input format and reading it.
    &["model"],
    &["locate"],
    &["load", "schema"],
    // Words over the model.
    &["locale"],
    // Rules.
    &["validate"],
    // What is made of a validated agreement.
    &["dates", "diff", "follow_up"],
    // The way to an agreement in force: the decisions beside it.
    &["decisions"],
    // Documents and files.
    &["render", "export"],
    // Above these stands the program (`src/main.rs`, `src/cli.rs`,
    // `src/cli/`), a crate of its own that uses the library's public API:
    // the commands, and beside them the editor's server (`src/cli/edit/`,
    // feature `edit`), which no library module names (see
    // `the_editor_server_is_only_in_the_program`).
];

/// The layer of each module.
fn layer_of() -> BTreeMap<&'static str, usize> {
    LAYERS
        .iter()
        .enumerate()
        .flat_map(|(i, modules)| modules.iter().map(move |m| (*m, i)))
        .collect()
}

/// The source without comments (line, block and doc comments), strings
/// kept: a path in a doc link is documentation, not a dependency.
fn code_only(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if c == '\\' {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match (c, chars.peek()) {
            ('/', Some('/')) => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            ('/', Some('*')) => {
                chars.next();
                let mut prev = ' ';
                for n in chars.by_ref() {
                    if prev == '*' && n == '/' {
                        break;
                    }
                    prev = n;
                }
            }
            ('"', _) => {
                in_string = true;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The first segment of every `crate::` path: `crate::a::b` gives `a`,
/// `crate::{a::b, c}` gives `a` and `c`.
fn crate_paths(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let before = rest[..i].chars().next_back();
        rest = &rest[i + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let mut item = String::new();
            let mut items = Vec::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    items.push(std::mem::take(&mut item));
                    break;
                }
                if c == ',' && depth == 1 {
                    items.push(std::mem::take(&mut item));
                } else {
                    item.push(c);
                }
            }
            for item in items {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    names.push(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            names.push(name);
        }
    }
    names
}

/// What the crate root re-exports, name → the module that defines it
/// (`pub use validate::{Item, …}` gives `Item` → `validate`).
fn root_exports(lib: &str) -> BTreeMap<String, String> {
    let code = code_only(lib);
    let mut exports = BTreeMap::new();
    for statement in code.split(';') {
        let Some(rest) = statement.trim().split("pub use ").nth(1) else {
            continue;
        };
        let Some((module, names)) = rest.split_once("::") else {
            continue;
        };
        let names = names.trim().trim_start_matches('{').trim_end_matches('}');
        for name in names.split(',') {
            let name = name.trim().rsplit("::").next().unwrap_or("").trim();
            if !name.is_empty() {
                exports.insert(name.to_owned(), module.trim().to_owned());
            }
        }
    }
    exports
}

/// The module a path's first segment is in: a module of the root, or the
/// module a root re-export comes from; `None` for what is neither (a
/// macro, an external crate re-exported).
fn module_of(name: &str, exports: &BTreeMap<String, String>) -> Option<String> {
    if layer_of().contains_key(name) {
        return Some(name.to_owned());
    }
    exports
        .get(name)
        .filter(|m| layer_of().contains_key(m.as_str()))
        .cloned()
}

/// Every edge that runs up or sideways: `(file, from, to)`.
fn violations(
    files: &[(String, String)],
    exports: &BTreeMap<String, String>,
) -> Vec<(String, String, String)> {
    let layers = layer_of();
    let mut found = Vec::new();
    for (file, source) in files {
        let Some(from) = file.split(['/', '.']).next() else {
            continue;
        };
        let Some(&from_layer) = layers.get(from) else {
            continue;
        };
        for name in crate_paths(&code_only(source)) {
            let Some(to) = module_of(&name, exports) else {
                continue;
            };
            if to != from && layers[to.as_str()] >= from_layer {
                found.push((file.clone(), from.to_owned(), to));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// The library's source files under `src/`, paths relative to it, without
/// the crate root and the program (`main.rs`, `cli`), which are the top.
fn library_files() -> Vec<(String, String)> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("src/ is readable")
            .map(|e| e.expect("an entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path
                    .strip_prefix(root)
                    .expect("under src")
                    .to_string_lossy()
                    .replace('\\', "/");
                let source = std::fs::read_to_string(&path).expect("a source file");
                out.push((relative, source));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &root, &mut files);
    files.retain(|(f, _)| {
        f != "lib.rs" && f != "main.rs" && f != "cli.rs" && !f.starts_with("cli/")
    });
    files
}

fn lib_source() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
        .expect("src/lib.rs")
}

#[test]
fn no_module_names_a_layer_above_or_beside_it() {
    let exports = root_exports(&lib_source());
    let found = violations(&library_files(), &exports);
    assert!(
        found.is_empty(),
        "imports that run up or sideways (see ARCHITECTURE.md, Layers):\n{}",
        found
            .iter()
            .map(|(file, from, to)| format!("  src/{file}: {from} → {to}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Every module of the crate root is in the table, so a new module cannot
/// slip past the rule by being unlisted.
#[test]
fn every_module_has_a_layer() {
    let code = code_only(&lib_source());
    let layers = layer_of();
    let mut unlisted = Vec::new();
    for line in code.lines() {
        let line = line.trim();
        let declared = line
            .strip_prefix("pub mod ")
            .or_else(|| line.strip_prefix("mod "))
            .and_then(|rest| rest.strip_suffix(';'));
        if let Some(module) = declared
            && !layers.contains_key(module)
        {
            unlisted.push(module.to_owned());
        }
    }
    assert!(unlisted.is_empty(), "modules without a layer: {unlisted:?}");
}

/// The check sees an edge up (a base module naming the renderer), one
/// through a root re-export, one in a `use crate::{…}` group, one sideways,
/// and none in a comment or from a module to itself.
#[test]
fn the_check_catches_an_edge_up() {
    let exports = root_exports(&lib_source());
    let files = [
        ("ids.rs", "use crate::render::Renderer;\n"),
        (
            "text.rs",
            "fn f() { let _ = crate::ValidatedAgreement::agreement; }\n",
        ),
        ("model.rs", "use crate::{ids::ItemId, locale::Locale};\n"),
        ("diff/mod.rs", "use crate::follow_up::check;\n"),
        (
            "path.rs",
            "// crate::render\n/// [`x`](crate::validate)\nuse crate::path::FieldPath;\n",
        ),
    ]
    .map(|(f, s)| (f.to_owned(), s.to_owned()));
    let found: Vec<(String, String)> = violations(&files, &exports)
        .into_iter()
        .map(|(_, from, to)| (from, to))
        .collect();
    let expected: Vec<(String, String)> = [
        ("diff", "follow_up"),
        ("ids", "render"),
        ("model", "locale"),
        ("text", "validate"),
    ]
    .map(|(a, b)| (a.to_owned(), b.to_owned()))
    .to_vec();
    assert_eq!(found, expected);
}

/// The model does not depend on typst (ARCHITECTURE.md, Invariants): no
/// module below `render` names typst's crates or the PDF reader that comes
/// with them, so the library builds and validates without them.
#[test]
fn no_module_below_the_renderer_names_typst() {
    let layers = layer_of();
    let render = layers["render"];
    let below: Vec<(String, String)> = library_files()
        .into_iter()
        .filter(|(file, _)| {
            let module = file.split(['/', '.']).next().unwrap_or_default();
            layers.get(module).is_some_and(|&l| l < render)
        })
        .collect();
    let found = names_of(
        &below,
        &[
            "typst",
            "typst_pdf",
            "typst_layout",
            "hayro_syntax",
            "comemo",
        ],
    );
    assert!(
        found.is_empty(),
        "typst below the renderer:\n{}",
        found.join("\n")
    );
}

/// The editor's server (`sopimus edit`) stands beside the commands, in the
/// program: no library module names the HTTP server's crates, so the
/// library's API and its users never depend on them.
#[test]
fn the_editor_server_is_only_in_the_program() {
    let found = names_of(&library_files(), &["axum", "tokio", "hyper", "getrandom"]);
    assert!(
        found.is_empty(),
        "the server's crates in the library:\n{}",
        found.join("\n")
    );
    // The check sees a use, and not a word in a comment or a string.
    let files = [
        ("render/x.rs", "use axum::Router;\n"),
        (
            "export/y.rs",
            "// tokio::spawn\nconst S: &str = \"tokio::spawn\";\n",
        ),
    ]
    .map(|(f, s)| (f.to_owned(), s.to_owned()));
    assert_eq!(
        names_of(&files, &["axum", "tokio"]),
        ["src/render/x.rs: axum"]
    );
}

/// `file: crate` for every file that names one of `crates` as a path
/// (`crate::…`), comments aside.
fn names_of(files: &[(String, String)], crates: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for (file, source) in files {
        let code = code_only(source);
        for name in crates {
            let named = code.match_indices(name).any(|(i, _)| {
                let before = code[..i].chars().next_back();
                let after = &code[i + name.len()..];
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '"')
                    && after.starts_with("::")
            });
            if named {
                found.push(format!("src/{file}: {name}"));
            }
        }
    }
    found
}

/// Command-line advice in a sentence: a command of the program
/// (`` `sopimus ids` ``) or an option (`--write`). A literal without a
/// space is a value the code compares, not a sentence.
fn gives_command_line_advice(literal: &str) -> bool {
    literal.contains(' ')
        && (literal.contains("sopimus ids")
            || literal.contains("`sopimus ")
            || literal.split([' ', '`', '(', ',']).any(|w| {
                w.strip_prefix("--")
                    .is_some_and(|o| o.starts_with(|c: char| c.is_ascii_lowercase()))
            }))
}

/// The string literals of `code`'s lines that are not comments: the text
/// between pairs of quotes on a line (escaped quotes aside).
fn literals(code: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in code.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        let line = line.replace("\\\"", "");
        for (k, part) in line.split('"').enumerate() {
            if k % 2 == 1 {
                out.push((n + 1, part.to_owned()));
            }
        }
    }
    out
}

/// The library's messages say what to do in the library's terms (a field,
/// a function); the program adds its commands and options where it prints
/// them (`src/cli*`). Issue 22: findings named `sopimus ids AGREEMENT`,
/// the comparison `-o changes.pdf, --format json`.
#[test]
fn library_text_gives_no_command_line_advice() {
    let mut advice = Vec::new();
    for (file, source) in library_files() {
        for (line, literal) in literals(&source) {
            if gives_command_line_advice(&literal) {
                advice.push(format!("src/{file}:{line}: {literal}"));
            }
        }
    }
    assert!(advice.is_empty(), "{advice:#?}");
}

#[test]
fn the_advice_check_sees_a_command_and_an_option() {
    let planted = "let m = \"the ids are {known} (`sopimus ids AGREEMENT` lists them)\";\n\
                   let o = \"see -o changes.pdf, --format json\";\n\
                   // \"`sopimus ids` in a comment\"\n\
                   let v = h.contains(\"--root\");";
    let found: Vec<usize> = literals(planted)
        .into_iter()
        .filter(|(_, l)| gives_command_line_advice(l))
        .map(|(n, _)| n)
        .collect();
    assert_eq!(found, [1, 2]);
}
