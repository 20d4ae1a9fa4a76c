//! The follow-up report: the example renders with everything in it, the
//! same bytes twice, hostile notes print literally, any valid measurements
//! render, another county's shares and baselines are assessed, and the
//! README's walkthrough runs with the program.

use std::process::Command;

use proptest::prelude::*;
use sopimus::follow_up::{
    self, FollowUpOptions, LoadedMeasurements, Measurement, Measurements, RawValue,
    ValidatedMeasurements,
};
use sopimus::{Language, Renderer, ValidatedAgreement};

use crate::common::pdf::{extract_text, squash, squash_caseless};
use crate::common::{RENDERER, check_property, crate_path, valid};
use crate::follow_up::fixture_agreement;

const EXAMPLE: &str = "examples/kanta-hame-2026.toml";
const EXAMPLE_DATA: &str = "examples/kanta-hame-2026-seuranta.toml";

fn example() -> (ValidatedAgreement, ValidatedMeasurements) {
    let agreement = valid(EXAMPLE);
    let loaded = follow_up::read_file(crate_path(EXAMPLE_DATA)).unwrap();
    let measurements = follow_up::check(&agreement, vec![loaded]).unwrap();
    (agreement, measurements)
}

fn render(
    agreement: &ValidatedAgreement,
    measurements: &ValidatedMeasurements,
    options: &FollowUpOptions,
) -> Vec<u8> {
    let rendered = RENDERER
        .render_follow_up(agreement, measurements, options)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);
    rendered.pdf
}

fn measurements(entries: Vec<Measurement>) -> LoadedMeasurements {
    LoadedMeasurements::from_measurements(
        "code",
        Measurements {
            note: None,
            measurements: entries,
        },
    )
}

fn value(indicator: &str, year: i32, municipality: Option<&str>, value: RawValue) -> Measurement {
    let mut m = Measurement::new(indicator, year, value);
    m.municipality = municipality.map(str::to_owned);
    m
}

#[test]
fn the_example_report_carries_every_indicator_value_and_status() {
    let (agreement, measurements) = example();
    let pdf = render(&agreement, &measurements, &FollowUpOptions::default());
    let text = squash_caseless(&extract_text(&pdf));
    let rows =
        follow_up::report::rows(&agreement, &measurements, &FollowUpOptions::default()).unwrap();
    assert_eq!(rows.len(), 13);
    for row in &rows {
        for needle in [&row.indicator, &row.id, &row.reason] {
            assert!(text.contains(&squash_caseless(needle)), "{needle}");
        }
        for (_, v) in &row.values {
            assert!(text.contains(&squash_caseless(v)), "{}: {v}", row.id);
        }
        assert!(text.contains(&squash_caseless(row.status.word_in(Language::Fi))));
    }
    for e in measurements.entries() {
        if let Some(note) = &e.note {
            assert!(text.contains(&squash_caseless(note.as_str())), "{note}");
        }
    }
    for needle in [
        "Seurantaraportti 2027",
        "Seurantavuodet 2026–2027",
        "Esimerkkiaineisto: kaikki luvut",
        "Yhteenveto",
        "Mittarit tilan mukaan",
        "Liite. Kuntakohtaiset arvot 2027",
        agreement.agreement().meta.title.as_str(),
    ] {
        assert!(text.contains(&squash_caseless(needle)), "{needle}");
    }
    // The statuses of the example, as its data makes them.
    let status = |id: &str| rows.iter().find(|r| r.id == id).unwrap().status;
    use sopimus::follow_up::status::IndicatorStatus;
    assert_eq!(status("p2.g1.i3"), IndicatorStatus::Achieved);
    assert_eq!(status("p3.g1.i2"), IndicatorStatus::OnTrack);
    assert_eq!(
        status("p1.g1.i1"),
        IndicatorStatus::NoData,
        "no direction, no target"
    );
    assert_eq!(status("p4.g2.i1"), IndicatorStatus::NoData, "no values");
}

#[test]
fn every_chart_has_its_text_alternative() {
    let (agreement, measurements) = example();
    let view: serde_json::Value = serde_json::from_str(
        &follow_up::report::view_data(&agreement, &measurements, &FollowUpOptions::default())
            .unwrap(),
    )
    .unwrap();
    let mut kinds = std::collections::BTreeSet::new();
    for goal in view["goals"].as_array().unwrap() {
        for ind in goal["indicators"].as_array().unwrap() {
            let kind = ind["chart"]["kind"].as_str().unwrap();
            kinds.insert(kind.to_owned());
            let alt = ind["alt"].as_str().unwrap();
            assert!(alt.len() > 20, "{}: {alt}", ind["id"]);
            // The alternative says what the chart draws.
            for v in ind["values"].as_array().unwrap() {
                let v = v.as_str().unwrap();
                if kind == "bars" && v != "–" {
                    assert!(alt.contains(v), "{}: `{v}` not in `{alt}`", ind["id"]);
                }
            }
        }
    }
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["bars", "grid", "marks", "none"]
    );
    // The grid names every municipality with its answer.
    let grid = view["goals"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["indicators"].as_array().unwrap())
        .find(|i| i["id"] == "p3.g1.i2")
        .unwrap();
    assert_eq!(
        grid["alt"],
        "Kuntaruudukko vuodelta 2027, Pelastusviranomaisen ja kunnan välisten varautumissopimusten tilanne: valmis 5 (Forssan kaupunki, Hausjärven kunta, Hämeenlinnan kaupunki, Janakkalan kunta, Riihimäen kaupunki); käynnissä 5 (Hattulan kunta, Humppilan kunta, Jokioisten kunta, Tammelan kunta, Ypäjän kunta); ei aloitettu 1 (Lopen kunta)."
    );
}

#[test]
fn the_templates_read_every_field_of_the_report_view() {
    let template = std::fs::read_to_string(crate_path("templates/follow_up.typ")).unwrap()
        + &std::fs::read_to_string(crate_path("templates/lib.typ")).unwrap();
    let mut keys = std::collections::BTreeSet::new();
    fn walk(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    out.insert(k.clone());
                    walk(v, out);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let (agreement, measurements) = example();
    let fixture = fixture_agreement();
    let scale = follow_up::check(&fixture, vec![measurements_for_fixture()]).unwrap();
    for json in [
        follow_up::report::view_data(&agreement, &measurements, &FollowUpOptions::default())
            .unwrap(),
        follow_up::report::view_data(&fixture, &scale, &FollowUpOptions::default()).unwrap(),
    ] {
        walk(&serde_json::from_str(&json).unwrap(), &mut keys);
    }
    let read = |k: &str| {
        template.match_indices(&format!(".{k}")).any(|(i, m)| {
            !template[i + m.len()..]
                .starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-')
        }) || template.contains(&format!("\"{k}\""))
    };
    let unused: Vec<&String> = keys.iter().filter(|k| !read(k)).collect();
    assert!(
        unused.is_empty(),
        "fields the template does not read: {unused:?}"
    );
}

/// Values of every kind for the fixture agreement, over two years, with a
/// scale and per-municipality numbers.
fn measurements_for_fixture() -> LoadedMeasurements {
    let n = RawValue::Number;
    let t = |s: &str| RawValue::Text(s.to_owned());
    measurements(vec![
        value("tyytyvaisyys", 2025, None, n(3.0)),
        value("tyytyvaisyys", 2026, None, n(4.0)),
        value("tyottomyys", 2025, Some("101"), n(12.0)),
        value("tyottomyys", 2025, Some("102"), n(10.0)),
        value("tyottomyys", 2026, None, n(10.5)),
        value("asunnottomat", 2026, None, n(60.0)),
        value("kertomus", 2026, Some("town-a"), t("kyllä")),
        value("kertomus", 2026, Some("town-c"), t("ei")),
        value("datapohja", 2025, None, t("ei")),
        value("datapohja", 2026, None, t("kyllä")),
        value("suunnitelma", 2026, None, t("valmis")),
        value("verkosto", 2026, Some("town-a"), t("käynnissä")),
        value("liikunta", 2025, None, n(40.0)),
        value("liikunta", 2026, None, n(41.5)),
    ])
}

#[test]
fn the_fixture_report_draws_a_scale_and_assesses_every_kind() {
    let agreement = fixture_agreement();
    let checked = follow_up::check(&agreement, vec![measurements_for_fixture()]).unwrap();
    let rows = follow_up::report::rows(&agreement, &checked, &FollowUpOptions::default()).unwrap();
    let got: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            (
                r.id.clone(),
                format!("{}: {}", r.status.word_in(Language::Fi), r.reason),
            )
        })
        .collect();
    insta::assert_debug_snapshot!(got);
    let pdf = render(&agreement, &checked, &FollowUpOptions::default());
    let text = squash(&extract_text(&pdf));
    // The scale's points and the per-municipality mean.
    assert!(text.contains(&squash("2025: 3")), "scale point");
    assert!(text.contains(&squash("11 % (keskiarvo, 2 kuntaa)")));
}

#[test]
fn the_same_report_is_the_same_bytes() {
    let (agreement, measurements) = example();
    let options = FollowUpOptions::default();
    let first = render(&agreement, &measurements, &options);
    let second = render(&agreement, &measurements, &options);
    assert!(first == second, "two renders differ");
    // Also from a renderer of its own, with typst's caches emptied.
    Renderer::clear_caches();
    let fresh = Renderer::new()
        .render_follow_up(&agreement, &measurements, &options)
        .unwrap()
        .pdf;
    assert!(first == fresh, "a fresh renderer gives other bytes");
    // Another year is another document.
    let y2026 = render(&agreement, &measurements, &FollowUpOptions::for_year(2026));
    assert!(first != y2026);
}

#[test]
fn hostile_text_in_notes_and_sources_prints_literally() {
    let agreement = fixture_agreement();
    let hostile = [
        "#read(\"/etc/passwd\")",
        "]] #set page(fill: red) [[",
        "$x^2$ <label> @ref // ei kommentti",
        "\\ kenoviiva \\n ja *tähti* _alaviiva_",
        "```raw``` #{ 1 + 1 }",
        "combining e\u{301} and a very long word kuntayhteistyösopimusneuvottelukuntaseurantaraporttiluonnos",
    ];
    let mut entries: Vec<Measurement> = Vec::new();
    for (k, text) in hostile.iter().enumerate() {
        let mut m = value(
            "asunnottomat",
            2025 + i32::try_from(k / 2).unwrap(),
            (k % 2 == 1).then_some("town-a"),
            RawValue::Number(50.0 + k as f64),
        );
        m.note = Some((*text).into());
        m.source = Some(format!("Lähde {text}"));
        entries.push(m);
    }
    let mut loaded = measurements(entries);
    loaded.measurements.note = Some("#include \"/main.typ\"".to_owned());
    let checked = follow_up::check(&agreement, vec![loaded]).unwrap();
    let pdf = render(&agreement, &checked, &FollowUpOptions::for_year(2028));
    let text = squash_caseless(&extract_text(&pdf));
    for needle in hostile.iter().chain(&["#include \"/main.typ\""]) {
        assert!(
            text.contains(&squash_caseless(needle)),
            "`{needle}` did not print literally"
        );
    }
    assert!(!text.contains("root:x:0"), "a file was read");
}

#[test]
fn measurements_of_another_agreement_are_refused() {
    let (agreement, measurements) = example();
    let other = fixture_agreement();
    let e = RENDERER
        .render_follow_up(&other, &measurements, &FollowUpOptions::default())
        .unwrap_err();
    assert!(e.to_string().contains("another agreement"), "{e}");
    let _ = agreement;
}

#[test]
fn an_empty_year_renders_with_no_data_everywhere() {
    let agreement = fixture_agreement();
    let empty = ValidatedMeasurements::empty(&agreement);
    let rows = follow_up::report::rows(&agreement, &empty, &FollowUpOptions::default()).unwrap();
    assert!(
        rows.iter()
            .all(|r| r.status == follow_up::status::IndicatorStatus::NoData)
    );
    let pdf = render(&agreement, &empty, &FollowUpOptions::default());
    assert!(squash(&extract_text(&pdf)).contains(&squash("Seurantaraportti 2024")));
}

/// Päijät-Häme: shares of all ten municipalities and of five (`among`),
/// directions and baselines from the agreement.
#[test]
fn another_county_shares_and_baselines_are_assessed() {
    let agreement = valid("examples/paijat-hame-2026.toml");
    let yes = |s: &str| RawValue::Text(s.to_owned());
    let mut entries = vec![
        // Lower is better, baseline 10 % (2024).
        value(
            "osallisuus.kokemus.yksinaisyys",
            2026,
            None,
            RawValue::Number(9.0),
        ),
        // Higher is better, baseline 35 % (2025).
        value(
            "osallisuus.kokemus.nuoret",
            2026,
            None,
            RawValue::Number(33.0),
        ),
        // X/5 among five municipalities of the work-ability network.
        value(
            "tyokyky.tuki.tarkastukset",
            2026,
            Some("lahti"),
            yes("kyllä"),
        ),
        value(
            "tyokyky.tuki.tarkastukset",
            2026,
            Some("hollola"),
            yes("kyllä"),
        ),
        value("tyokyky.tuki.tarkastukset", 2026, Some("398"), yes("ei")),
    ];
    // X/10 with every municipality answering.
    let municipalities: Vec<String> = agreement
        .agreement()
        .parties
        .iter()
        .filter(|p| p.kind.is_municipality())
        .map(|p| p.id.to_string())
        .collect();
    assert_eq!(municipalities.len(), 10);
    for (k, m) in municipalities.iter().enumerate() {
        entries.push(value(
            "mieli.elintavat.pakka",
            2026,
            Some(m),
            yes(if k % 2 == 0 { "kyllä" } else { "K" }),
        ));
    }
    // "398" is Lahti: given twice, by id and by code.
    let Err(follow_up::InvalidMeasurements(report)) =
        follow_up::check(&agreement, vec![measurements(entries.clone())])
    else {
        panic!("Lahti twice passes");
    };
    assert_eq!(report.errors().count(), 1, "{report}");
    assert!(
        report
            .to_string()
            .contains("already has a value for 2026 for Lahden kaupunki")
    );
    entries.remove(4);
    // A municipality outside `among` is refused.
    let mut outside = entries.clone();
    outside.push(value(
        "tyokyky.tuki.tarkastukset",
        2026,
        Some("heinola"),
        yes("kyllä"),
    ));
    let Err(follow_up::InvalidMeasurements(report)) =
        follow_up::check(&agreement, vec![measurements(outside)])
    else {
        panic!("a municipality outside `among` passes");
    };
    assert!(
        report
            .to_string()
            .contains("not among the municipalities this share counts"),
        "{report}"
    );
    let checked = follow_up::check(&agreement, vec![measurements(entries)]).unwrap();
    let rows = follow_up::report::rows(&agreement, &checked, &FollowUpOptions::default()).unwrap();
    let reason = |id: &str| {
        let r = rows.iter().find(|r| r.id == id).unwrap();
        format!("{}: {}", r.status.word_in(Language::Fi), r.reason)
    };
    assert_eq!(
        reason("osallisuus.kokemus.yksinaisyys"),
        "edistyy: 9 %, parempi kuin 10 % (2024)"
    );
    assert_eq!(
        reason("osallisuus.kokemus.nuoret"),
        "ei edisty: 33 %, ei parempi kuin 35 % (2025)"
    );
    assert_eq!(
        reason("tyokyky.tuki.tarkastukset"),
        "ei edisty: 2/5, tavoite 5/5 ei saavutettu; 3 kunnalta ei tietoa"
    );
    assert_eq!(
        reason("mieli.elintavat.pakka"),
        "saavutettu: 10/10, tavoite 10/10 saavutettu"
    );
    render(&agreement, &checked, &FollowUpOptions::default());
}

/// The fixture's indicators, with the places they take values for.
const FIXTURE_INDICATORS: [(&str, &[Option<&str>]); 8] = [
    ("kertomus", &[Some("town-a"), Some("102"), Some("town-c")]),
    ("tyytyvaisyys", &[None, Some("101"), Some("town-b")]),
    ("tyottomyys", &[None, Some("town-a"), Some("103")]),
    ("asunnottomat", &[None, Some("town-b")]),
    ("datapohja", &[None, Some("town-c")]),
    ("suunnitelma", &[None, Some("town-a")]),
    ("verkosto", &[Some("town-a"), Some("102")]),
    ("liikunta", &[None, Some("town-c")]),
];

/// A value of the indicator's kind, from a seed.
fn valid_value(indicator: &str, seed: u32) -> RawValue {
    let t = |s: &str| RawValue::Text(s.to_owned());
    match indicator {
        "kertomus" | "datapohja" => t(["kyllä", "ei", "K", "E"][seed as usize % 4]),
        "suunnitelma" | "verkosto" => t(["valmis", "käynnissä", "ei aloitettu"][seed as usize % 3]),
        "tyytyvaisyys" => RawValue::Number(f64::from(1 + seed % 5)),
        "liikunta" | "tyottomyys" => RawValue::Number(f64::from(seed % 1001) / 10.0),
        _ => RawValue::Number(f64::from(seed) / 7.0 - 100.0),
    }
}

/// A note of 1 to 40 characters: letters, digits, spaces, typst syntax and
/// our own markup. (A set to pick from, not a regular expression: proptest
/// runs without its `std` feature, see Cargo.toml.)
fn note() -> impl Strategy<Value = String> {
    let chars: Vec<char> = ('a'..='z')
        .chain('A'..='Z')
        .chain('0'..='9')
        .chain("äöÅ #$=+[]<>@/*_`\\-".chars())
        .collect();
    prop::collection::vec(prop::sample::select(chars), 1..=40)
        .prop_map(|chars| chars.into_iter().collect())
}

/// Measurements of the fixture agreement: any indicators, years 2024–2028,
/// places and notes (typst syntax and our markup among them), each value of
/// its indicator's kind, each key once.
fn any_valid_measurements() -> impl Strategy<Value = Vec<Measurement>> {
    let one = (
        0..FIXTURE_INDICATORS.len(),
        2024..=2028i32,
        0usize..3,
        any::<u32>(),
        prop::option::of(note()),
    );
    prop::collection::vec(one, 0..40).prop_map(|picks| {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for (k, year, place, seed, note) in picks {
            let (id, places) = FIXTURE_INDICATORS[k];
            let place = places[place % places.len()];
            // A municipality is one key whether named by id or by code.
            let key = match place {
                Some("101") => Some("town-a"),
                Some("102") => Some("town-b"),
                Some("103") => Some("town-c"),
                other => other,
            };
            if !seen.insert((id, year, key)) {
                continue;
            }
            let mut m = value(id, year, place, valid_value(id, seed));
            m.note = note.filter(|n| !n.trim().is_empty()).map(Into::into);
            out.push(m);
        }
        out
    })
}

#[test]
fn any_valid_measurements_render() {
    check_property(24, any_valid_measurements(), |entries| {
        let agreement = fixture_agreement();
        let count = entries.len();
        let checked = match follow_up::check(&agreement, vec![measurements(entries)]) {
            Ok(checked) => checked,
            Err(e) => return Err(TestCaseError::fail(format!("{e:#}"))),
        };
        prop_assert_eq!(checked.entries().len(), count);
        let year = checked.years().last().copied();
        let pdf = render(&agreement, &checked, &FollowUpOptions::default());
        let text = squash_caseless(&extract_text(&pdf));
        for e in checked.entries() {
            if let (Some(note), true) = (&e.note, Some(e.year) <= year) {
                prop_assert!(
                    text.contains(&squash_caseless(note.as_str())),
                    "note `{}` lost",
                    note
                );
            }
        }
        Ok(())
    });
}

// ---------------------------------------------------------------------
// The README's walkthrough, with the program.

fn sopimus(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_sopimus"))
        .current_dir(crate_path(""))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn scratch() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sopimus-follow-up-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_walkthrough_runs() {
    let dir = scratch();
    let s = |p: &str| dir.join(p).display().to_string();
    let (ok, out, err) = sopimus(&["follow-up", "check", EXAMPLE, EXAMPLE_DATA]);
    assert!(ok, "{out}{err}");
    assert!(
        out.starts_with("the measurements in examples/kanta-hame-2026-seuranta.toml are valid: 50 values, 0 errors, 0 warnings"),
        "{out}"
    );
    let (ok, out, err) = sopimus(&[
        "follow-up",
        "template",
        EXAMPLE,
        "--year",
        "2028",
        "--previous",
        EXAMPLE_DATA,
        "-o",
        &s("seuranta-2028.xlsx"),
    ]);
    assert!(ok, "{out}{err}");
    // The blank workbook reads back as no values.
    let loaded =
        follow_up::read_file(dir.join("seuranta-2028.xlsx")).expect("the template reads back");
    assert!(loaded.measurements.measurements.is_empty());
    let (ok, out, err) = sopimus(&[
        "follow-up",
        "report",
        EXAMPLE,
        EXAMPLE_DATA,
        "-o",
        &s("seuranta-2027.pdf"),
    ]);
    assert!(ok, "{out}{err}");
    assert!(err.starts_with("wrote "), "{err}");
    for (format, name) in [("csv", "taulukko.csv"), ("xlsx", "taulukko.xlsx")] {
        let (ok, out, err) = sopimus(&[
            "follow-up",
            "export",
            EXAMPLE,
            EXAMPLE_DATA,
            "--format",
            format,
            "-o",
            &s(name),
        ]);
        assert!(ok, "{out}{err}");
    }
    let csv = std::fs::read_to_string(dir.join("taulukko.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}Tunniste,Painopiste nro,Painopiste,Tavoite,Mittari,Arvon tyyppi,Tavoitetaso,Lähtötaso,2026,2027,Tila,Perustelu\r\n"));
    assert_eq!(csv.lines().count(), 14);
    // Statistics for the example, imported and then reported on with the rest.
    std::fs::write(
        dir.join("tilasto.csv"),
        "source_id;region;year;value\nx1;061;2027;5\n",
    )
    .unwrap();
    let (ok, out, err) = sopimus(&[
        "follow-up",
        "import",
        EXAMPLE,
        &s("tilasto.csv"),
        "-o",
        &s("tilasto.toml"),
    ]);
    assert!(ok, "{out}{err}");
    assert!(
        err.contains("0 values of 1 rows used (1 of other indicators"),
        "{err}"
    );
    // The README's statistics, for the fixture agreement with an area code.
    let (ok, out, err) = sopimus(&[
        "follow-up",
        "import",
        "tests/data/follow-up/agreement.toml",
        "tests/data/follow-up/statistics.csv",
        "--area-code",
        "HVA99",
        "-o",
        &s("tilastot.toml"),
    ]);
    assert!(ok, "{out}{err}");
    assert!(
        err.contains("4 values of 6 rows used (0 of other indicators, 1 of other regions, 1 without a figure)"),
        "{err}"
    );
    let imported = std::fs::read_to_string(dir.join("tilastot.toml")).unwrap();
    assert!(imported.ends_with("source = \"ARA\"\n"), "{imported}");
    let (ok, out, err) = sopimus(&[
        "follow-up",
        "check",
        "tests/data/follow-up/agreement.toml",
        &s("tilastot.toml"),
    ]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("are valid: 4 values, 0 errors"), "{out}");
    // A mistake is reported with its place and exit code 1.
    std::fs::write(
        dir.join("virhe.csv"),
        "indicator,year,value\np2.g1.i2,2027,140\n",
    )
    .unwrap();
    let (ok, out, _) = sopimus(&["follow-up", "check", EXAMPLE, &s("virhe.csv")]);
    assert!(!ok);
    assert!(out.contains("line 2, column 3 (value)"), "{out}");
    assert!(
        out.contains("a percentage is 0–100, but `140` is above 100"),
        "{out}"
    );
}

#[test]
fn the_report_is_sound_and_tagged() {
    let (agreement, measurements) = example();
    let pdf = render(&agreement, &measurements, &FollowUpOptions::default());
    let checked = crate::common::pdf::check(&pdf);
    for needle in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfuaid:part>1</pdfuaid:part>",
    ] {
        assert!(checked.xmp.contains(needle), "{needle}");
    }
    assert_eq!(checked.lang.as_deref(), Some("fi"));
    let tree = checked.structure.expect("a structure tree");
    // Every chart is a figure with its text alternative.
    let figures = tree
        .iter()
        .flat_map(|e| e.every())
        .filter(|e| e.role == "Figure" && e.alt.as_ref().is_some_and(|a| !a.trim().is_empty()))
        .count();
    assert!(figures >= 9, "{figures} figures with a text alternative");
}

#[test]
fn the_stress_case_renders() {
    let (agreement, measurements) = crate::common::synthetic::follow_up_stress(10, 4);
    let agreement = sopimus::validate(
        agreement,
        &sopimus::ValidateOptions::with_today(crate::common::today()),
    )
    .unwrap();
    let count = measurements.measurements.len();
    let checked = follow_up::check(
        &agreement,
        vec![LoadedMeasurements::from_measurements(
            "stress",
            measurements,
        )],
    )
    .unwrap();
    assert_eq!(checked.entries().len(), count);
    assert_eq!(count, 60 * 4 * 30 + 40 * 4);
    let rendered = RENDERER
        .render_follow_up(&agreement, &checked, &FollowUpOptions::default())
        .unwrap();
    assert!(rendered.pages > 30, "{} pages", rendered.pages);
    let rows = follow_up::report::rows(&agreement, &checked, &FollowUpOptions::default()).unwrap();
    assert_eq!(rows.len(), 60);
    assert!(
        rows.iter()
            .all(|r| r.status != follow_up::status::IndicatorStatus::NoData)
    );
}

/// The bilingual fixture with a number indicator whose unit is written in
/// both languages, and its values for 2024.
fn bilingual() -> (ValidatedAgreement, ValidatedMeasurements) {
    let source = std::fs::read_to_string(crate_path("tests/data/valid/bilingual.toml")).unwrap();
    let plan = "  { id = \"valmaende.mal.plan\"";
    assert!(source.contains(plan));
    let source = source.replacen(
        plan,
        "  { id = \"valmaende.mal.nojd\", text = { sv = \"Nöjda invånare\", fi = \"Tyytyväiset asukkaat\" }, unit = { sv = \"personer\", fi = \"henkilöä\" }, direction = \"higher_is_better\", baseline_year = 2023, baseline_value = 100 },\n  { id = \"valmaende.mal.plan\"",
        1,
    );
    let agreement = sopimus::validate(
        sopimus::Agreement::from_toml_str(&source).unwrap(),
        &sopimus::ValidateOptions::with_today(crate::common::today()),
    )
    .unwrap_or_else(|e| panic!("{:#}", e));
    let measurements = follow_up::check(
        &agreement,
        vec![measurements(vec![
            value("valmaende.mal.nojd", 2024, None, RawValue::Number(120.0)),
            value(
                "valmaende.mal.plan",
                2024,
                Some("town"),
                RawValue::Text("kyllä".into()),
            ),
        ])],
    )
    .unwrap();
    (agreement, measurements)
}

#[test]
fn the_report_comes_in_each_language_of_the_agreement() {
    let (agreement, measurements) = bilingual();
    let cases = [
        (
            Language::Sv,
            [
                "Uppföljningsrapport 2024",
                "Sammanfattning",
                "Mätare enligt läge",
                "Välmåendet ökar",
                "Nöjda invånare",
                "120 personer, bättre än 100 personer (2023)",
                "1/1, målet 1/1 uppnått",
                "Bilaga. Värden per kommun 2024",
                "Exempelstad",
            ],
            ["Yhteenveto", "Hyvinvointi paranee", "henkilöä"],
        ),
        (
            Language::Fi,
            [
                "Seurantaraportti 2024",
                "Yhteenveto",
                "Mittarit tilan mukaan",
                "Hyvinvointi paranee",
                "Tyytyväiset asukkaat",
                "120 henkilöä, parempi kuin 100 henkilöä (2023)",
                "1/1, tavoite 1/1 saavutettu",
                "Liite. Kuntakohtaiset arvot 2024",
                "Esimerkkikaupunki",
            ],
            ["Sammanfattning", "Välmåendet ökar", "personer"],
        ),
    ];
    for (language, present, absent) in cases {
        let options = FollowUpOptions::in_language(language);
        let text = squash_caseless(&extract_text(&render(&agreement, &measurements, &options)));
        for needle in present {
            assert!(
                text.contains(&squash_caseless(needle)),
                "{language}: {needle}"
            );
        }
        for needle in absent {
            assert!(
                !text.contains(&squash_caseless(needle)),
                "{language}: {needle}"
            );
        }
        let view: serde_json::Value = serde_json::from_str(
            &follow_up::report::view_data(&agreement, &measurements, &options).unwrap(),
        )
        .unwrap();
        assert_eq!(view["lang"], language.code());
    }
    // The table too; without a language asked for, the agreement's first.
    let csv =
        follow_up::report::to_csv(&agreement, &measurements, &FollowUpOptions::default()).unwrap();
    assert!(
        csv.starts_with(
            "\u{feff}Identifierare,Prioritering nr,Prioritering,Mål,Mätare,Typ av värde,"
        ),
        "{csv}"
    );
    assert!(
        csv.contains(",uppnått,\"1/1, målet 1/1 uppnått\"\r\n"),
        "{csv}"
    );
}

#[test]
fn a_language_the_agreement_lacks_is_refused() {
    let (agreement, measurements) = example();
    let swedish = FollowUpOptions::in_language(Language::Sv);
    match RENDERER.render_follow_up(&agreement, &measurements, &swedish) {
        Err(sopimus::RenderError::Language(e)) => {
            assert_eq!(e.asked, Language::Sv);
        }
        Err(e) => panic!("another error: {e}"),
        Ok(_) => panic!("a Swedish report of a Finnish agreement rendered"),
    }
    let e = follow_up::report::rows(&agreement, &measurements, &swedish).unwrap_err();
    assert!(e.to_string().contains("`sv`"), "{e}");
    assert!(follow_up::report::to_csv(&agreement, &measurements, &swedish).is_err());
    assert!(follow_up::report::view_data(&agreement, &measurements, &swedish).is_err());
    let (ok, _, err) = sopimus(&[
        "follow-up",
        "report",
        EXAMPLE,
        EXAMPLE_DATA,
        "--language",
        "sv",
        "-o",
        &scratch().join("sv.pdf").display().to_string(),
    ]);
    assert!(!ok);
    assert!(err.contains("`sv`"), "{err}");
}

/// The report says what it knows: a value with nothing to compare it
/// with is "not assessed" (not "no data: 198"), a goal assessed on some of
/// its indicators says so, each source stands once with its dates, and the
/// annex names indicators by number, not by id.
#[test]
fn the_report_words_partial_and_unassessed_statuses_and_sources_once() {
    let (agreement, measurements) = example();
    let pdf = render(&agreement, &measurements, &FollowUpOptions::default());
    let text = extract_text(&pdf);
    let lines: Vec<&str> = text.lines().collect();
    // "ei tietoa" before a figure.
    let no_data_with_value = lines.iter().find(|l| {
        l.split_once("ei tietoa: ")
            .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_ascii_digit()))
    });
    assert_eq!(no_data_with_value, None);
    assert!(text.contains("ei arvioitu: 198"), "p1.g1.i1's value");
    // Goal 2.1: 1 of its 3 indicators assessed, achieved.
    let squashed = squash(&text);
    assert!(squashed.contains(&squash("saavutettu (osittain arvioitu)")));
    for line in lines.iter().filter(|l| l.starts_with("Lähteet: ")) {
        let sources: Vec<&str> = line["Lähteet: ".len()..].split("; ").collect();
        let names: Vec<&str> = sources
            .iter()
            .map(|s| s.split(" (").next().unwrap_or(s))
            .collect();
        let mut once = names.clone();
        once.dedup();
        assert_eq!(names, once, "a source twice: {line}");
    }
    assert!(!squashed.contains("p2.g1.i1:"), "an id heads the annex");
    assert!(squashed.contains(&squash("Mittari 2.1.1")));
}

#[test]
fn an_indicator_with_a_value_is_never_counted_or_marked_as_no_data() {
    // Issue 19: "ei tietoa: 198" printed a value it said was missing, and
    // the summary counted such indicators as "ei tietoa".
    use sopimus::follow_up::report::{ReportRow, rows};
    use sopimus::follow_up::status::IndicatorStatus as Status;
    let (agreement, measurements) = example();
    let options = FollowUpOptions::default();
    let rows = rows(&agreement, &measurements, &options).unwrap();
    let valued = |r: &ReportRow| r.values.last().is_some_and(|(_, v)| !v.is_empty());
    let not_assessed = rows
        .iter()
        .filter(|r| r.status == Status::NoData && valued(r))
        .count();
    let missing = rows
        .iter()
        .filter(|r| r.status == Status::NoData && !valued(r))
        .count();
    assert!(not_assessed > 0, "the example has values without a target");
    let text = squash(&extract_text(&render(&agreement, &measurements, &options)));
    assert!(
        text.contains(&squash(&format!(
            "ei arvioitu {not_assessed} ei tietoa {missing}"
        ))),
        "the counts: {text}"
    );
    // Goal 1.1 has a value for each of its four indicators and nothing to
    // compare them with: not assessed, not "no data".
    assert!(
        text.contains(&squash("ei arvioitu 0/4 mittaria arvioitu")),
        "{text}"
    );
    // The table says the same in its status column.
    let csv = follow_up::report::to_csv(&agreement, &measurements, &options).unwrap();
    let unassessed = "ei arvioitu";
    assert_eq!(csv.matches(unassessed).count(), not_assessed, "{csv}");
}
