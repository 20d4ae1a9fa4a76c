//! User template directories: they replace the layout, read only what the
//! renderer gives them, and their mistakes come back with file and line.

use std::path::PathBuf;

use crate::common::valid;
use sopimus::{RenderError, RenderOptions, Renderer};

fn template_dir(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sopimus-templates-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn template_errors(
    result: Result<sopimus::Rendered, RenderError>,
) -> Vec<sopimus::render::TemplateDiagnostic> {
    match result {
        Err(RenderError::Template(diagnostics)) => diagnostics,
        Err(other) => panic!("expected a template error, got {other}"),
        Ok(r) => panic!("expected a template error, rendered {} pages", r.pages),
    }
}

#[test]
fn renderer_is_shareable() {
    fn assert_send_sync_clone<T: Send + Sync + Clone>() {}
    assert_send_sync_clone::<Renderer>();
}

#[test]
fn a_custom_layout_reads_the_data_and_reuses_builtin_parts() {
    let dir = template_dir(
        "custom",
        &[
            (
                "main.typ",
                "#import \"/builtin/lib.typ\": setup\n#import \"parts/cover.typ\": cover\n\
                 #let data = json(\"/data.json\")\n#show: setup.with(data)\n#cover(data)\n",
            ),
            (
                "parts/cover.typ",
                "#let cover(data) = [= Oma kansilehti\n#data.title\n\n#for p in data.parties [- #p.name\n]]\n",
            ),
        ],
    );
    let renderer = Renderer::with_template_dir(&dir).unwrap();
    let agreement = valid("examples/kanta-hame-2023.toml");
    let rendered = renderer
        .render(&agreement, &RenderOptions::default())
        .unwrap();
    let text = crate::common::pdf::extract_text(&rendered.pdf);
    assert!(text.contains("Oma kansilehti"), "{text}");
    assert!(text.contains("Ypäjän kunta"), "{text}");
}

#[test]
fn a_broken_template_names_file_and_line_and_the_renderer_recovers() {
    let dir = template_dir(
        "broken",
        &[(
            "main.typ",
            "#let data = json(\"/data.json\")\n\n#data.title\n#let x = (1, 2\n",
        )],
    );
    let renderer = Renderer::with_template_dir(&dir).unwrap();
    let agreement = valid("tests/data/valid/minimal.toml");
    let errors = template_errors(renderer.render(&agreement, &RenderOptions::default()));
    let first = &errors[0];
    assert_eq!(first.file.as_deref(), Some("/main.typ"), "{first}");
    assert_eq!(first.line, Some(4), "{first}");
    assert!(first.is_error);
    // The same renderer type keeps working for the next render.
    let builtin = Renderer::new();
    assert!(
        builtin
            .render(&agreement, &RenderOptions::default())
            .is_ok()
    );
    let again = template_errors(renderer.render(&agreement, &RenderOptions::default()));
    assert_eq!(again, errors, "the failure is the same the second time");
}

#[test]
fn a_template_cannot_reach_files_packages_or_the_network() {
    let secret = std::env::temp_dir().join(format!("sopimus-secret-{}.txt", std::process::id()));
    std::fs::write(&secret, "salaisuus").unwrap();
    let attempts = [
        ("absolute path", format!("#read(\"{}\")", secret.display())),
        ("system file", "#read(\"/etc/passwd\")".to_owned()),
        ("parent directory", "#read(\"../outside.typ\")".to_owned()),
        (
            "package",
            "#import \"@preview/cetz:0.3.0\": canvas".to_owned(),
        ),
        (
            "network",
            "#image(\"https://example.com/logo.png\")".to_owned(),
        ),
    ];
    let agreement = valid("tests/data/valid/minimal.toml");
    for (what, source) in attempts {
        let dir = template_dir("sandbox", &[("main.typ", &source)]);
        std::fs::write(dir.parent().unwrap().join("outside.typ"), "leak").ok();
        let renderer = Renderer::with_template_dir(&dir).unwrap();
        let errors = template_errors(renderer.render(&agreement, &RenderOptions::default()));
        let message = errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!message.contains("salaisuus"), "{what}: {message}");
        assert!(
            [
                "not found",
                "not available",
                "packages",
                "escape the project root"
            ]
            .iter()
            .any(|refusal| message.contains(refusal)),
            "{what}: the error says what was refused:\n{message}"
        );
        assert_eq!(errors[0].file.as_deref(), Some("/main.typ"), "{what}");
        assert!(
            !message.contains("--root"),
            "typst's command-line hints do not apply: {message}"
        );
    }
    std::fs::remove_file(secret).ok();
}

#[test]
fn a_directory_without_main_is_refused() {
    let dir = template_dir("nomain", &[("lib.typ", "// nothing\n")]);
    match Renderer::with_template_dir(&dir) {
        Err(RenderError::TemplateDir { message, .. }) => {
            assert!(message.contains("main.typ"), "{message}")
        }
        other => panic!("expected a template directory error, got {other:?}"),
    }
}

#[test]
fn looping_or_missing_templates_fail_with_file_and_line_and_the_renderer_stays_usable() {
    let agreement = valid("tests/data/valid/minimal.toml");
    let cases = [
        ("recursion", "#let f(x) = f(x + 1)\n\n#f(0)\n", 1),
        ("endless loop", "#let n = 0\n#while true { n += 1 }\n", 2),
        (
            "missing file",
            "\n#import \"parts/missing.typ\": cover\n",
            2,
        ),
        ("cyclic import", "#import \"/main.typ\"\n", 1),
    ];
    for (what, source, line) in cases {
        let dir = template_dir("loop", &[("main.typ", source)]);
        let renderer = Renderer::with_template_dir(&dir).unwrap();
        let errors = template_errors(renderer.render(&agreement, &RenderOptions::default()));
        let first = &errors[0];
        assert_eq!(first.file.as_deref(), Some("/main.typ"), "{what}: {first}");
        assert_eq!(first.line, Some(line), "{what}: {first}");
        // The built-in renderer works right after, in the same process.
        let after = Renderer::new().render(&agreement, &RenderOptions::default());
        assert!(after.is_ok(), "{what}: the next render failed");
    }
}

#[test]
fn a_template_directory_over_its_limits_is_refused_naming_the_limit() {
    use sopimus::render::{MAX_TEMPLATE_BYTES, MAX_TEMPLATE_FILES};
    let many: Vec<(String, &str)> = (0..=MAX_TEMPLATE_FILES)
        .map(|i| (format!("part{i:03}.typ"), "// empty"))
        .collect();
    let files: Vec<(&str, &str)> = many.iter().map(|(n, t)| (n.as_str(), *t)).collect();
    let dir = template_dir("too-many", &files);
    match Renderer::with_template_dir(&dir) {
        Err(RenderError::TemplateDir { message, .. }) => {
            assert!(
                message.contains(&format!("more than {MAX_TEMPLATE_FILES} files")),
                "{message}"
            )
        }
        other => panic!("expected the file limit, got {:?}", other.map(|_| ())),
    }
    // One file larger than the byte limit (sparse: it takes no disk space).
    let dir = template_dir("too-big", &[("main.typ", "= Hei")]);
    std::fs::File::create(dir.join("huge.bin"))
        .unwrap()
        .set_len(MAX_TEMPLATE_BYTES + 1)
        .unwrap();
    match Renderer::with_template_dir(&dir) {
        Err(RenderError::TemplateDir { message, .. }) => assert!(
            message.contains(&format!("more than {MAX_TEMPLATE_BYTES} bytes")),
            "{message}"
        ),
        other => panic!("expected the byte limit, got {:?}", other.map(|_| ())),
    }
}
