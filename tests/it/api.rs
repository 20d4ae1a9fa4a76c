//! The crate as another Rust project meets it: findings placed in the
//! source in one call, errors that say their cause once, CSV into any
//! writer. (`tests/downstream/` uses the same API from a crate of its own.)

use std::error::Error;
use std::io::Write;

use crate::common::{crate_path, today, valid};
use sopimus::export::{ExportError, ExportOptions};
use sopimus::model::{Party, PartyKind, Signatory};
use sopimus::{Invalid, Language, Location, ValidateOptions};

const CHECK_DIGIT: &str = "tests/data/invalid/business-id-check-digit.toml";

fn options() -> ValidateOptions {
    ValidateOptions::new().today(today())
}

/// The findings of a loaded file, validated in one call.
fn invalid(loaded: &sopimus::Loaded) -> Invalid {
    loaded
        .validate(&options())
        .expect_err("the agreement has an error")
}

/// A party added in code, with a wrong check digit in its business ID and
/// nothing else wrong: not a municipality, so no share of municipalities
/// changes, and with a signatory, as the final agreement needs.
fn outsider() -> Party {
    let mut party = Party::new("college", PartyKind::Other, "Koulutuskeskus", "0000001-8");
    party.signatory = Some(Signatory::new("Kaisa Koulu", "rehtori"));
    party
}

fn place_of(invalid: &Invalid, path: &str) -> Option<Location> {
    invalid
        .0
        .findings
        .iter()
        .find(|f| f.path().to_string() == path)
        .unwrap_or_else(|| panic!("no finding at {path}:\n{invalid:#}"))
        .at()
        .location
}

#[test]
fn loaded_validate_places_every_finding_in_the_file() {
    let loaded = sopimus::load(crate_path(CHECK_DIGIT)).unwrap();
    let e = invalid(&loaded);
    assert_eq!(
        place_of(&e, "parties[3].business_id"),
        Some(Location {
            line: 41,
            column: 15
        })
    );
    // The same places as locating the report by hand, for a file that was
    // not changed after loading.
    let mut by_hand = sopimus::validate(loaded.agreement.clone(), &options())
        .unwrap_err()
        .0;
    by_hand.locate_in_toml(&loaded.source);
    assert_eq!(e.0.findings, by_hand.findings);
    // The loaded report knows its file; one located by hand does not.
    assert_eq!(e.0.file(), Some(loaded.path.as_path()));
    assert_eq!(by_hand.file(), None);

    // The warnings of a valid agreement are placed too.
    let loaded = sopimus::load(crate_path("tests/data/valid/columns.toml")).unwrap();
    let valid = loaded.validate(&options()).unwrap();
    let places: Vec<Option<Location>> =
        valid.report().warnings().map(|w| w.at().location).collect();
    assert_eq!(
        places,
        [
            Some(Location {
                line: 116,
                column: 8
            }),
            Some(Location {
                line: 123,
                column: 8
            })
        ]
    );
}

#[test]
fn an_entry_added_in_code_has_no_place() {
    let mut loaded = sopimus::load(crate_path(CHECK_DIGIT)).unwrap();
    let added = loaded.agreement.parties.len();
    loaded.agreement.parties.push(outsider());
    let e = invalid(&loaded);
    assert_eq!(place_of(&e, &format!("parties[{added}].business_id")), None);
    // The file's own mistake keeps its place.
    assert_eq!(
        place_of(&e, "parties[3].business_id"),
        Some(Location {
            line: 41,
            column: 15
        })
    );
}

#[test]
fn an_entry_inserted_in_code_puts_nothing_on_another_entrys_line() {
    let mut loaded = sopimus::load(crate_path(CHECK_DIGIT)).unwrap();
    loaded.agreement.parties.insert(0, outsider());
    let e = invalid(&loaded);
    // In the source, parties[0] is the county and parties[4] another
    // municipality: neither line is the place of these findings.
    assert_eq!(place_of(&e, "parties[0].business_id"), None);
    assert_eq!(place_of(&e, "parties[4].business_id"), None);
    // Locating by path alone would give the county's line: the reason
    // `Loaded::validate` compares what the source holds.
    let mut by_path = e.0.clone();
    by_path.locate_in_toml(&loaded.source);
    assert!(by_path.findings.iter().all(|f| f.at().location.is_some()));
}

#[test]
fn a_value_changed_in_code_has_no_place() {
    let mut loaded = sopimus::load(crate_path(CHECK_DIGIT)).unwrap();
    loaded.agreement.meta.title = "".into();
    let e = invalid(&loaded);
    assert_eq!(place_of(&e, "meta.title"), None);
    assert!(place_of(&e, "parties[3].business_id").is_some());
}

#[test]
fn findings_of_json_input_are_not_placed() {
    let agreement = sopimus::load(crate_path(CHECK_DIGIT)).unwrap().agreement;
    let dir = std::env::temp_dir().join(format!("sopimus-api-json-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("agreement.json");
    std::fs::write(&file, serde_json::to_string_pretty(&agreement).unwrap()).unwrap();
    let e = invalid(&sopimus::load(&file).unwrap());
    assert_eq!(place_of(&e, "parties[3].business_id"), None);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn invalid_shows_its_findings_with_their_places() {
    let mut loaded = sopimus::load(crate_path(CHECK_DIGIT)).unwrap();
    loaded.agreement.parties.push(outsider());
    let e = invalid(&loaded);
    // `{}`, `{:#}` and `{:?}` alike: every finding, whatever prints it.
    let long = e.to_string();
    assert_eq!(format!("{e:#}"), long);
    assert_eq!(format!("{e:?}"), long);
    let lines: Vec<&str> = long.lines().collect();
    assert_eq!(
        lines,
        [
            "the agreement has 2 error(s) and 0 warning(s):",
            "  error: parties[3].business_id (line 41, column 15): the business ID `0145801-4` has check digit 4, but its digits give 3; check for a typing error",
            "  error: parties[5].business_id: the business ID `0000001-8` has check digit 8, but its digits give 9; check for a typing error",
        ]
    );
    // Through `?` into a boxed error, the findings are still there.
    let boxed: Box<dyn Error + Send + Sync> = Box::new(e);
    assert!(format!("{boxed:#}").contains("(line 41, column 15)"));
}

/// Every message of an error's `source()` chain, outermost first.
fn chain(e: &(dyn Error + 'static)) -> Vec<String> {
    let mut messages = vec![e.to_string()];
    let mut next = e.source();
    while let Some(cause) = next {
        messages.push(cause.to_string());
        next = cause.source();
    }
    messages
}

/// An error that names its cause must not also return it as `source()`:
/// printed as a chain (`anyhow`'s `{:#}`, or any reporter that walks the
/// sources) the cause would show twice. Taking `E` by value also checks
/// that it is a real error type that `?` turns into a boxed or `anyhow`
/// error (`Send + Sync + 'static`).
fn says_once<E: Error + Send + Sync + 'static>(e: E, cause: &str) {
    let boxed: Box<dyn Error + Send + Sync> = Box::new(e);
    let messages = chain(boxed.as_ref());
    for pair in messages.windows(2) {
        assert!(
            !pair[0].contains(&pair[1]),
            "`{}` repeats its source `{}`",
            pair[0],
            pair[1]
        );
    }
    let all = messages.join(": ");
    assert_eq!(all.matches(cause).count(), 1, "`{cause}` once in: {all}");
}

/// A writer that fails after some bytes, as a full disk or a closed
/// connection does.
struct Failing {
    room: usize,
}

impl Write for Failing {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.room == 0 {
            return Err(std::io::Error::other("the connection was closed"));
        }
        let n = buf.len().min(self.room);
        self.room -= n;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn every_error_says_its_cause_once() {
    let missing = crate_path("tests/data/no-such-file.toml");
    let not_found = "No such file or directory";
    says_once(sopimus::load(&missing).unwrap_err(), not_found);
    says_once(
        sopimus::load(crate_path("tests")).unwrap_err(),
        "not a file",
    );
    let huge = "#".repeat(usize::try_from(sopimus::MAX_INPUT_BYTES).unwrap() + 1);
    says_once(
        sopimus::parse(&huge, sopimus::Format::Toml, "big.toml".as_ref()).unwrap_err(),
        "larger than the limit",
    );
    says_once(
        sopimus::Agreement::from_toml_str("meta = ").unwrap_err(),
        "<input>:1:",
    );
    says_once(
        "1.13.2023".parse::<sopimus::Date>().unwrap_err(),
        "is not a date",
    );
    says_once(
        "X/elf".parse::<sopimus::MunicipalityShare>().unwrap_err(),
        "not a share",
    );
    says_once(
        "0145801-4".parse::<sopimus::BusinessId>().unwrap_err(),
        "check digit 4",
    );
    says_once(
        "98".parse::<sopimus::MunicipalityCode>().unwrap_err(),
        "not three digits",
    );
    says_once("en".parse::<Language>().unwrap_err(), "`en`");
    says_once(
        sopimus::text::parse_spans("**auki").unwrap_err(),
        "never closed",
    );
    says_once(
        sopimus::model::ProseBlock::try_from(sopimus::model::Block::Insert(
            sopimus::model::Insert::Tiers,
        ))
        .unwrap_err(),
        "move the insert to a section",
    );

    let agreement = valid("tests/data/valid/minimal.toml");
    says_once(
        agreement
            .termination(&"nobody".into(), today())
            .unwrap_err(),
        "`nobody`",
    );
    let swedish = ExportOptions::in_language(Language::Sv);
    let e = sopimus::export::write_csv(&agreement, Vec::new(), &swedish).unwrap_err();
    assert!(matches!(e, ExportError::Language(_)), "{e}");
    says_once(e, "not in `sv`");
    let e = sopimus::export::write_csv(&agreement, Failing { room: 100 }, &ExportOptions::new())
        .unwrap_err();
    assert!(matches!(e, ExportError::Output(_)), "{e}");
    says_once(e, "the connection was closed");
    says_once(
        sopimus::follow_up::read_file(&missing).unwrap_err(),
        not_found,
    );
    let unwritable = crate_path("tests/data/no-such-dir/out.csv");
    let e = sopimus::export::write_atomic(&unwritable, b"data").unwrap_err();
    assert!(matches!(e, ExportError::Write { .. }), "{e}");
    says_once(e, not_found);

    let mut broken = agreement.agreement().clone();
    broken.meta.title = "".into();
    says_once(
        sopimus::validate(broken, &options()).unwrap_err(),
        "meta.title",
    );

    #[cfg(feature = "render")]
    {
        use sopimus::export::AttachmentError;
        let e =
            sopimus::Renderer::with_template_dir(crate_path("tests/data/no-such-dir")).unwrap_err();
        says_once(e, not_found);
        let e = sopimus::Renderer::new()
            .render(
                &agreement,
                &sopimus::RenderOptions::new().language(Language::Sv),
            )
            .map(|_| ())
            .unwrap_err();
        says_once(e, "not in `sv`");
        says_once(
            sopimus::export::read_attachment(b"not a pdf").unwrap_err(),
            "not a readable PDF",
        );
        // An attachment that is not an agreement wraps the load error, whose
        // cause, the io error, is in its message.
        let e = AttachmentError::from(sopimus::load(&missing).unwrap_err());
        says_once(e, not_found);
    }
}

#[test]
fn csv_streams_into_any_writer_with_or_without_a_byte_order_mark() {
    let agreement = valid("tests/data/valid/minimal.toml");
    let whole = sopimus::export::to_csv(&agreement);
    let dir = std::env::temp_dir().join(format!("sopimus-api-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for bom in [true, false] {
        let file = dir.join(format!("table-{bom}.csv"));
        let mut out = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
        sopimus::export::write_csv(
            &agreement,
            &mut out,
            &ExportOptions::new().byte_order_mark(bom),
        )
        .unwrap();
        out.flush().unwrap();
        drop(out);
        let written = std::fs::read_to_string(&file).unwrap();
        assert_eq!(written.starts_with('\u{feff}'), bom);
        assert_eq!(
            written.trim_start_matches('\u{feff}'),
            whole.trim_start_matches('\u{feff}')
        );
        assert!(
            written
                .trim_start_matches('\u{feff}')
                .starts_with("Tunniste,"),
            "{written}"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
