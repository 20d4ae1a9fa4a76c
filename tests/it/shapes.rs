//! The shapes of agreements other than Kanta-Häme's: the structure as
//! columns, interface areas, members and appointing bodies, bodies in each
//! municipality or across every tier, responsibility at every level, shares
//! of some municipalities, several follow-up rounds, validity until a new
//! agreement, and the annexes after Annex 2. Each is looked for, worded, in
//! the rendered document of `tests/data/valid/columns.toml`.

use crate::common::pdf::{body_text, squash};
use crate::common::{render_pdf, valid};
use sopimus::RenderOptions;

fn columns_text() -> String {
    let a = valid("tests/data/valid/columns.toml");
    let pdf = render_pdf(&a, &RenderOptions::default());
    squash(&body_text(&pdf, a.agreement()))
}

#[test]
fn the_document_says_each_new_thing_in_words() {
    let text = columns_text();
    let expected = [
        // Annex 1: kinds, places in the structure, members, appointing organ.
        "Tyyppi neuvottelukunta",
        "Tyyppi lautakunta",
        "Tyyppi johtoryhmä",
        "Rakenteen osa 1) Kunnat – 3) Hyvinvointialue",
        "Asettaja aluehallitus (Esimerkkimaakunnan hyvinvointialue)",
        "kaikki kunnat (1 edustaja kustakin, kunnanjohtaja)",
        "Esimerkkimaakunnan hyvinvointialue (3 edustajaa)",
        "Esimerkin järjestöt ry (2 edustajaa)",
        // A body in each municipality, convened by each.
        "Toimii jokaisessa kunnassa (Iso, Pikku ja Järvi)",
        "Kokoonkutsuja kukin kunta omalta osaltaan",
        // The interface area and its counterpart pair.
        "Yhdyspinta Kuntien vastinpari Hyvinvointialueen vastinpari Foorumit ja verkostot",
        "Työllisyys Työkyvyn tuki ja kuntouttava työtoiminta. elinvoimajohtaja perhe- ja sosiaalipalvelujen toimialajohtaja Työkykykoordinaattorien verkosto, Työllisyysalue",
        // Rules.
        "Seurantakokoukset pidetään maalis-huhtikuussa ja syys-lokakuussa.",
        "Sopimus on voimassa 31.5.2029 asti ja joka tapauksessa siihen asti, kunnes uusi sopimus on hyväksytty.",
        // Responsibility at priority, goal and action level.
        "Päävastuu: Esimerkkimaakunnan liitto; yhteistyössä: Yhdyspintaneuvottelukunta",
        "Isokaupunki; yhteistyössä: Koulutuskeskus Esimerkki",
        "Vastuutaho: perhe- ja sosiaalipalvelujen toimiala (Esimerkkimaakunnan hyvinvointialue)",
        // An indicator's own fields, before its full stop.
        "Työttömien aktivointiaste (suunta: suurempi on parempi; lähtötaso 31,5 % (2025); lähde: THL Sotkanet (3226)).",
        // A share of some municipalities names them.
        "Työkykykoordinaattori on nimetty verkoston kunnissa (kunnat: X/2 seuraavista: Isokaupunki ja Pikkukunta).",
        // The annexes after Annex 2.
        "Liite 3. Yhteyshenkilöt",
        "Kunta Yhteyshenkilö Isokaupunki hyvinvointikoordinaattori Pikkukunta sivistysjohtaja",
        "Liite 4. Hyvinvointikertomus",
        "Erillinen asiakirja: Esimerkkimaakunnan hyvinvointikertomus 2025–2029, 1.12.2025. Saatavilla: https://example.fi/hyvinvointikertomus",
        "Liite 5. Yhteistyön periaatteet",
        // The figure's caption.
        "Kuvio 1: Yhdyspintatyön rakenne",
    ];
    let missing: Vec<&str> = expected
        .iter()
        .copied()
        .filter(|e| !text.contains(&squash(e)))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the document:\n{}",
        missing.join("\n")
    );
}

#[test]
fn section_signs_are_added_once() {
    let a = valid("tests/data/valid/complete.toml");
    let text = squash(&body_text(
        &render_pdf(&a, &RenderOptions::default()),
        a.agreement(),
    ));
    // The statute section and the minutes section are written as numbers;
    // the document adds the sign, once (after a statute's number, before a
    // minutes section's).
    assert!(
        text.contains(&squash("14 § (Hyvinvointialueen ja kuntien yhteistyö)")),
        "{text}"
    );
    assert!(!text.contains("§14§") && !text.contains("14§§"), "{text}");
    assert!(
        text.contains(&squash("Hyväksytty: Aluehallitus 15.1.2024 § 12")),
        "{text}"
    );
}

#[test]
fn the_figure_data_places_each_body_and_says_so_in_words() {
    let a = valid("tests/data/valid/columns.toml");
    let data: serde_json::Value =
        serde_json::from_str(&sopimus::render::view_data(&a, &RenderOptions::default()).unwrap())
            .unwrap();
    let figure = &data["figure"];
    assert_eq!(figure["layout"], "columns");
    // The body across every column is drawn once, over all three.
    let spanning = figure["spanning"].as_array().unwrap();
    assert_eq!(spanning.len(), 1);
    assert_eq!(
        (spanning[0]["first"].as_u64(), spanning[0]["last"].as_u64()),
        (Some(1), Some(3))
    );
    assert_eq!(spanning[0]["short"], "Hyte-yksikkö");
    // Each column shows what its `contents` ask for.
    let shorts = |level: usize| -> Vec<String> {
        data["tiers"][level]["boxes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["short"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(shorts(0), ["Iso", "Pikku", "Järvi"]);
    assert_eq!(shorts(1), ["Työllisyys"]);
    assert_eq!(
        shorts(2),
        [
            "Yhdyspintaneuvottelukunta",
            "Hyvinvoinnin ja terveyden edistämisen lautakunta"
        ]
    );
    // The text alternative names every column, its boxes and the span.
    let alt = figure["alt"].as_str().unwrap();
    for part in [
        "Kunnat: Isokaupunki, Pikkukunta ja Järvikunta",
        "Yhdyspinnat: Työllisyys",
        "Hyte- ja yhdyspintayksikkö kattaa osat 1) Kunnat – 3) Hyvinvointialue",
    ] {
        assert!(
            alt.contains(part),
            "`{part}` not in the text alternative: {alt}"
        );
    }
}
