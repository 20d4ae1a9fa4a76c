//! The public API, held against a committed snapshot (`api/public-api.txt`)
//! so that no change to it goes unannounced.
//!
//! `cargo-semver-checks` needs a build of its own (minutes here, and the
//! previous release to compare with); this check needs nothing but the
//! source. It lists every `pub` declaration of `src/` (items, fields,
//! re-exports; not `pub(crate)`, not unit tests, not the program's
//! `src/cli*` and `src/main.rs`), one a line with its module and its
//! signature with white space made single, and compares that list with the
//! snapshot. A difference fails with the lines added and removed: a change
//! made on purpose is announced by updating the snapshot
//! (`SOPIMUS_UPDATE_API=1 cargo test --release --test it public_api`) and
//! saying it in `CHANGELOG.md`, both in the same commit, where a reviewer
//! sees them. It lists declarations, not reachability: an item of a private
//! module counts too, which errs on the side of telling. The variants of a
//! public enum are lines of their own (`LoadError::Read {path: PathBuf,
//! cause: std::io::Error}`), as is each field with its struct
//! (`ReportRow.reason: String`), so that removing or reshaping either shows.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::common::crate_path;

const SNAPSHOT: &str = "api/public-api.txt";

/// The `.rs` files under `dir`, in name order.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `follow_up::report::table` for `src/follow_up/report/table.rs`.
fn module_of(relative: &Path) -> String {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    if parts.is_empty() {
        "crate".into()
    } else {
        parts.join("::")
    }
}

/// The declaration starting at `lines[0]`, up to its body or its end, with
/// white space made single.
fn declaration(lines: &[&str]) -> String {
    let first = lines[0].trim();
    let is_use = first.starts_with("pub use ");
    let is_fn = first.contains("fn ");
    let mut text = String::new();
    for (n, line) in lines.iter().enumerate() {
        let line = line.split("//").next().unwrap_or("").trim();
        text.push(' ');
        text.push_str(line);
        let ends = if is_use {
            line.ends_with(';')
        } else {
            // A field ends its line with a comma; a parameter does not end
            // a function.
            line.contains('{')
                || line.ends_with(';')
                || (n == 0 && line.ends_with(','))
                || (!is_fn && line.contains(" = "))
        };
        if ends {
            break;
        }
    }
    let mut text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if !is_use {
        // The body, and a constant's value, are not its signature; a type
        // alias's target is.
        let mut ends = vec![" {", ";"];
        if !is_fn && !first.starts_with("pub type ") {
            ends.push(" =");
        }
        for end in ends {
            if let Some(i) = text.find(end) {
                text.truncate(i);
            }
        }
    }
    text.trim_end_matches([',', ';'])
        .replace("( ", "(")
        .replace(" )", ")")
        .replace(", )", ")")
        .replace(",)", ")")
        .replace("{ ", "{")
        .replace(" }", "}")
        .replace(", }", "}")
        .replace(",}", "}")
}

/// Whether the attributes right above a declaration (the lines before it,
/// back to a blank line or the end of the item before) hold
/// `#[non_exhaustive]`: marking a type, or unmarking it, changes the API.
fn non_exhaustive(before: &[&str]) -> bool {
    before
        .iter()
        .rev()
        .map(|l| l.trim())
        .take_while(|l| !l.is_empty() && !l.ends_with(['}', ';', '{']))
        .any(|l| l == "#[non_exhaustive]")
}

/// The variants of the enum declared at `lines[0]` (`pub enum Name … {`),
/// each as `Name::Variant`, `Name::Variant(T)` or `Name::Variant {a: T}`
/// with white space made single: removing, renaming or reshaping a variant
/// changes the API as a function's signature does. Attributes, comments
/// and doc comments (the error messages, `#[source]`) are not API.
fn variants(lines: &[&str]) -> Vec<String> {
    let first = lines[0].trim();
    let name: String = first
        .trim_start_matches("pub enum ")
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let text = lines.join("\n");
    let chars: Vec<char> = text.chars().collect();
    let Some(open) = chars.iter().position(|&c| c == '{') else {
        return Vec::new();
    };
    let (mut braces, mut parens) = (1, 0);
    let mut out = Vec::new();
    let mut current = String::new();
    let mut i = open + 1;
    // Skips a string literal starting at `chars[i]` (plain or raw).
    let skip_string = |mut i: usize| -> usize {
        let hashes = if chars[i] == 'r' {
            let mut n = 0;
            i += 1;
            while chars[i] == '#' {
                n += 1;
                i += 1;
            }
            Some(n)
        } else {
            None
        };
        i += 1;
        while i < chars.len() {
            match (chars[i], hashes) {
                ('\\', None) => i += 1,
                ('"', None) => return i + 1,
                ('"', Some(n)) if chars[i + 1..].iter().take(n).all(|&c| c == '#') => {
                    return i + 1 + n;
                }
                _ => {}
            }
            i += 1;
        }
        i
    };
    let finish = |current: &mut String, out: &mut Vec<String>| {
        let variant = current.split_whitespace().collect::<Vec<_>>().join(" ");
        let variant = variant
            .trim_end_matches(',')
            .replace("( ", "(")
            .replace(" )", ")")
            .replace(",)", ")")
            .replace("{ ", "{")
            .replace(" }", "}")
            .replace(",}", "}");
        if !variant.is_empty() {
            out.push(format!("{name}::{variant}"));
        }
        current.clear();
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '"'
            || (c == 'r'
                && matches!(next, Some('"' | '#'))
                && !current.ends_with(|c: char| c.is_alphanumeric()))
        {
            i = skip_string(i);
            continue;
        }
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '#' && next == Some('[') {
            // An attribute, to its closing bracket.
            let mut depth = 0;
            while i < chars.len() {
                match chars[i] {
                    '"' => {
                        i = skip_string(i);
                        continue;
                    }
                    '[' => depth += 1,
                    ']' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            i += 1;
            continue;
        }
        match c {
            '{' => braces += 1,
            '(' => parens += 1,
            ')' => parens -= 1,
            '}' => {
                braces -= 1;
                if braces == 0 {
                    finish(&mut current, &mut out);
                    break;
                }
            }
            ',' if braces == 1 && parens == 0 => {
                finish(&mut current, &mut out);
                i += 1;
                continue;
            }
            _ => {}
        }
        current.push(if c == '\n' { ' ' } else { c });
        i += 1;
    }
    out
}

/// The name of the struct whose body holds `lines[i]`, when `lines[i]` is
/// a field of a struct declared with braces (the struct's line indented
/// less than the field, its closing brace not yet met), and whether that
/// struct is public (the `pub` fields of a crate-private struct are not API).
fn enclosing_struct(lines: &[&str], i: usize) -> Option<(String, bool)> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let field_indent = indent(lines[i]);
    for line in lines[..i].iter().rev() {
        if line.trim().is_empty() || indent(line) >= field_indent {
            continue;
        }
        let t = line.trim();
        let public = t.starts_with("pub struct ");
        let t = t
            .trim_start_matches("pub(crate) ")
            .trim_start_matches("pub ");
        return t.strip_prefix("struct ").map(|rest| {
            let name = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            (name, public)
        });
    }
    None
}

/// Every public declaration of the library's source, sorted.
fn public_api() -> BTreeSet<String> {
    let src = crate_path("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut api = BTreeSet::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap().to_path_buf();
        let name = relative.to_string_lossy();
        if name.starts_with("cli") || name == "main.rs" {
            continue;
        }
        let module = module_of(&relative);
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i].trim();
            // The unit tests at the end of a file are not API.
            if line == "#[cfg(test)]"
                && lines
                    .get(i + 1)
                    .is_some_and(|l| l.trim().starts_with("mod tests"))
            {
                break;
            }
            if line.starts_with("pub ") {
                let marked = if non_exhaustive(&lines[..i]) {
                    "#[non_exhaustive] "
                } else {
                    ""
                };
                let declared = declaration(&lines[i..]);
                // A field is listed with its struct: the same field name in
                // two structs of a module is two lines.
                let is_field =
                    !line.starts_with("pub fn ")
                        && line.trim_start_matches("pub ").split_once(':').is_some_and(
                            |(name, _)| name.chars().all(|c| c.is_alphanumeric() || c == '_'),
                        );
                match enclosing_struct(&lines, i) {
                    Some((_, false)) if is_field => {}
                    Some((owner, true)) if is_field => {
                        api.insert(format!(
                            "{module}: {owner}.{}",
                            declared.trim_start_matches("pub ")
                        ));
                    }
                    _ => {
                        api.insert(format!("{module}: {marked}{declared}"));
                    }
                }
                if line.starts_with("pub enum ") {
                    for variant in variants(&lines[i..]) {
                        api.insert(format!("{module}: {variant}"));
                    }
                }
            }
            i += 1;
        }
    }
    api
}

#[test]
fn public_api_matches_the_snapshot() {
    let now = public_api();
    let listed: String = now.iter().map(|l| format!("{l}\n")).collect();
    let path = crate_path(SNAPSHOT);
    if std::env::var_os("SOPIMUS_UPDATE_API").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &listed).unwrap();
        return;
    }
    let snapshot = std::fs::read_to_string(&path).unwrap_or_default();
    let before: BTreeSet<String> = snapshot.lines().map(str::to_owned).collect();
    let added: Vec<&String> = now.difference(&before).collect();
    let removed: Vec<&String> = before.difference(&now).collect();
    assert!(
        added.is_empty() && removed.is_empty(),
        "the public API changed without being announced.\n\
         added:\n  {}\nremoved:\n  {}\n\
         If this is on purpose, update {SNAPSHOT} \
         (SOPIMUS_UPDATE_API=1 cargo test --release --test it public_api) and say the change \
         in CHANGELOG.md under `Rust API`, in the same commit.",
        added
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n  "),
        removed
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n  "),
    );
}

/// The check sees a change: a declaration that is not in the snapshot.
#[test]
fn the_api_check_sees_a_new_function() {
    let lines = ["pub fn added(x: u32) -> u32 {", "    x", "}"];
    assert_eq!(declaration(&lines), "pub fn added(x: u32) -> u32");
    let multi = [
        "pub fn rows(",
        "    agreement: &ValidatedAgreement,",
        "    options: &FollowUpOptions,",
        ") -> Result<Vec<ReportRow>, TableError> {",
    ];
    assert_eq!(
        declaration(&multi),
        "pub fn rows(agreement: &ValidatedAgreement, options: &FollowUpOptions) -> Result<Vec<ReportRow>, TableError>"
    );
    let field = ["pub remaining: Vec<PartyId>,"];
    assert_eq!(declaration(&field), "pub remaining: Vec<PartyId>");
    let reexport = ["pub use table::{", "    TableError, to_csv,", "};"];
    assert_eq!(
        declaration(&reexport),
        "pub use table::{TableError, to_csv}"
    );
    assert!(
        !public_api().contains("crate: pub fn added(x: u32) -> u32"),
        "no such function in the crate"
    );
    assert!(
        public_api()
            .iter()
            .any(|l| l.starts_with("follow_up::report: pub fn rows(")),
        "a known function is listed"
    );
}

/// The check sees a variant removed or reshaped, and a field with its
/// struct: an enum's variants and a struct's fields are lines of their own.
#[test]
fn the_api_check_sees_variants_and_fields() {
    let planted = [
        "pub enum Planted<T: Clone = u8> {",
        "    /// A unit variant.",
        "    #[error(\"the `{0}` in [brackets], // not a comment\")]",
        "    Unit,",
        "    Tuple(#[source] Vec<(T, u8)>, Option<String>),",
        "    #[cfg(feature = \"xlsx\")]",
        "    Struct {",
        "        /// The path.",
        "        path: PathBuf,",
        "        #[source]",
        "        cause: std::io::Error,",
        "    },",
        "    Last = 3",
        "}",
        "pub fn after() {}",
    ];
    assert_eq!(
        variants(&planted),
        [
            "Planted::Unit",
            "Planted::Tuple(Vec<(T, u8)>, Option<String>)",
            "Planted::Struct {path: PathBuf, cause: std::io::Error}",
            "Planted::Last = 3",
        ]
    );
    let api = public_api();
    for known in [
        "load: LoadError::Read {path: PathBuf, cause: std::io::Error}",
        "diagnostic: Severity::Warning",
        "follow_up::report: ReportRow.reason: String",
    ] {
        assert!(api.contains(known), "not listed: {known}");
    }
}

/// The structs of the model that a caller builds are `#[non_exhaustive]`, so
/// that a field added to the input format breaks no caller's struct
/// literal: each is built with its constructor or `Default`. Left open: the
/// value types `Count` (a pair of numbers) and `TierSpan` (private fields).
/// The output structs only the crate builds are marked too.
#[test]
fn model_and_output_structs_are_non_exhaustive() {
    let api = public_api();
    let open: Vec<&String> = api
        .iter()
        .filter(|l| l.starts_with("model") && l.contains(": pub struct "))
        .filter(|l| !l.contains("#[non_exhaustive]"))
        .filter(|l| !l.ends_with("pub struct Count") && !l.ends_with("pub struct TierSpan"))
        .collect();
    assert!(
        open.is_empty(),
        "model structs not #[non_exhaustive]: {open:?}"
    );
    for output in [
        "diff::changes: #[non_exhaustive] pub struct Changes",
        "follow_up::report: #[non_exhaustive] pub struct ReportRow",
        "export: #[non_exhaustive] pub struct IndicatorRow",
        "dates: #[non_exhaustive] pub struct FollowUpYear",
        "render: #[non_exhaustive] pub struct Rendered",
    ] {
        assert!(api.contains(output), "not marked: {output}");
    }
}

/// Each public type's name says what it is, once (issue 22: three types
/// were called `Status`, two each `Invalid`, `Report`, `Finding`). Open:
/// `follow_up::Field` beside `model::Field` and `follow_up::Place` beside
/// the trait `diagnostic::Place`.
#[test]
fn no_two_public_types_share_a_name() {
    let mut seen: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for line in public_api() {
        let Some((module, declaration)) = line.split_once(": ") else {
            continue;
        };
        let declaration = declaration.trim_start_matches("#[non_exhaustive] ");
        for kind in ["pub struct ", "pub enum ", "pub type ", "pub trait "] {
            if let Some(rest) = declaration.strip_prefix(kind) {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                seen.entry(name).or_default().push(module.to_owned());
            }
        }
    }
    let shared: Vec<(&String, &Vec<String>)> = seen
        .iter()
        .filter(|(name, modules)| modules.len() > 1 && !["Field", "Place"].contains(&name.as_str()))
        .collect();
    assert!(shared.is_empty(), "names used twice: {shared:?}");
}
