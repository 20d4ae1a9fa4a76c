//! Finnish: the fixed words and the grammar of the generated sentences.

use crate::model::MonthWindow;

use super::changes::{ChangeWords, RedlineWords};
use super::follow_up::{FollowUpWords, WorkbookWords};
use super::{AnnexDefaults, ExportColumns, RowLabels, Words};

/// The Finnish words.
pub const WORDS: Words = Words {
    parties: "Sopimusosapuolet",
    business_id: "y-tunnus",
    address: "Osoite",
    signatures: "Allekirjoitukset",
    no_signatory: "(allekirjoittaja)",
    annex: "Liite",
    figure: "Kuvio",
    tasks: "Tehtävät",
    no_bodies: "Ei nimettyjä foorumeita tai työryhmiä.",
    draft: "LUONNOS",
    page_of: "{page} ({total})",
    responsibility: "Päävastuu",
    action_responsibility: "Vastuutaho",
    date: "Päiväys",
    approved: "Hyväksytty",
    signed: "Allekirjoitettu",
    yes: "kyllä",
    no: "ei",
    no_open: "ei (avoin kaikille)",
    row: RowLabels {
        kind: "Tyyppi",
        tier: "Taso",
        column: "Rakenteen osa",
        operates: "Toimii",
        appointed_by: "Asettaja",
        convener: "Kokoonkutsuja",
        meetings: "Kokoontuminen",
        term: "Toimikausi",
        members: "Osallistujat",
        composition: "Kokoonpano",
        serves: "Ketä työskentely palvelee",
        prepared_by: "Kokousten valmistelu",
        presented_by: "Esittelijä",
        officers: "Puheenjohtajisto ja sihteeri",
        named_representatives: "Osapuolet nimeävät edustajansa",
        statutory: "Lakisääteinen",
        representatives: "Nimetyt edustajat",
    },
    areas: [
        "Yhdyspinta",
        "Kuntien vastinpari",
        "Hyvinvointialueen vastinpari",
        "Foorumit ja verkostot",
    ],
    annexes: AnnexDefaults {
        structures_title: "Rakenteet, foorumien ja työryhmien tehtävät",
        goals_title: "Tavoitteet ja mittarit",
        priority_heading: "Painopiste",
        goal_heading: "Tavoite",
        indicator_heading: "Mittarit",
        action_heading: "Toimenpiteet",
        lead_heading: "Päävastuu yhdyspinnalla",
    },
    columns: ExportColumns {
        id: "Tunniste",
        number: "nro",
        goal_number: "Tavoite nro",
        indicator_number: "Mittari nro",
        target: "Tavoitetaso",
        share: "Kunnat (X/N)",
        scale: "Asteikko",
        baseline_year: "Lähtötaso (vuosi)",
        baseline_value: "Lähtötaso (arvo)",
        unit: "Yksikkö",
        direction: "Suunta",
        source: "Lähde",
        cut: " … [katkaistu, koska soluun ei mahdu enempää; koko teksti on CSV-viennissä]",
    },
    all_municipalities: "kaikki kunnat",
    all_parties: "kaikki sopimusosapuolet",
    chair: "puheenjohtaja",
    each_municipality_convenes: "kukin kunta omalta osaltaan",
    officers_elected: "puheenjohtaja, varapuheenjohtaja ja sihteeri valitaan keskuudesta ensimmäisessä kokouksessa",
    caption_tiers: "Yhteistyörakenteen tasot ja niiden foorumit ja työryhmät",
    caption_columns: "Yhteistyörakenne",
    legend_open: "Katkoviiva: avoin verkosto, ei nimettyjä edustajia",
    legend_each: "Pisteviiva: toimii jokaisessa kunnassa erikseen",
    with_partners: "; yhteistyössä: ",
    deputy: "varalla",
    follow_up: FollowUpWords {
        achieved: "saavutettu",
        on_track: "edistyy",
        not_on_track: "ei edisty",
        no_data: "ei tietoa",
        not_started: "ei aloitettu",
        in_progress: "käynnissä",
        done: "valmis",
        carried_out: "toteutettu",
        number: "luku",
        percentage: "prosentti",
        yes_no: "kyllä / ei",
        action_status: "toimenpiteen tila",
        summary: "Yhteenveto",
        counts: "Mittarit tilan mukaan",
        goals: "Tavoitteet ja mittarit",
        baseline: "Lähtötaso",
        kind: "Arvon tyyppi",
        status: "Tila",
        notes: "Huomiot",
        sources: "Lähteet",
        matrix_intro: "Taulukoissa on kunkin kunnan arvo mittareista, joista on kuntakohtaisia tietoja. – = ei tietoa; tyhjä = mittari ei koske kuntaa.",
        municipality: "Kunta",
        rules: "Näin tila määräytyy",
        indicator: "Mittari",
        reason: "Perustelu",
        rule_sentences: [
            "Saavutettu: arvo on numeerisessa tavoitteessa, sanallinen tavoite (parempi kuin ennen) täyttyy, vastaus on kyllä tai toimenpide on valmis.",
            "Edistyy: tavoitetta ei ole saavutettu, mutta arvo on parempi kuin edellisenä vuonna tai lähtötasolla, tai toimenpide on käynnissä.",
            "Ei edisty: arvo ei ole tavoitteessa eikä parempi kuin ennen, vastaus on ei tai toimenpidettä ei ole aloitettu.",
            "Ei arvioitu: vuodelta on arvo, mutta mittarilla ei ole tavoitetta, suuntaa tai aiempaa arvoa, johon sitä verrata. Ei tietoa: vuodelta ei ole arvoa.",
            "Tavoitteen tila on sen arvioiduista mittareista heikoimman tila. Kuntien osuuksissa (X/N) lasketaan kunnat, jotka vastaavat kyllä tai valmis; kuntaa, jolta ei ole tietoa, ei lasketa mukaan.",
        ],
    },
};

/// The Finnish words of the comparison of two versions.
pub const CHANGES: ChangeWords = ChangeWords {
    title: "Muutokset sopimukseen",
    old: "Aiempi versio",
    new: "Uusi versio",
    summary: "Yhteenveto",
    area: "Osa",
    changes: "Muutokset",
    details: "Muutokset osittain",
    before: "Aiemmin",
    after: "Nyt",
    what: "Mikä",
    no_changes: "ei muutoksia",
    equal: "Versioissa ei ole sisällöllisiä eroja.",
    none: "–",
    legend: "Yliviivattu teksti on poistettu, alleviivattu lisätty; kummankin version sanamuoto on näkyvissä kokonaan.",
    contains: "Sisältää",
    more: "Lyhennetyt rivit näkyvät kokonaan muutosraportissa tai koneluettavassa muodossa.",
    fields_added: "lisätty:",
    fields_removed: "poistettu:",
    fields_changed: "muutettu:",
    text_legend: "+ uusi, - poistettu, → siirretty, ~ muutettu; [-poistetut sanat-] {+lisätyt sanat+}",
    areas: [
        "Perustiedot",
        "Sopimusosapuolet",
        "Toimielimet, työryhmät ja verkostot",
        "Yhteistyörakenteen tasot",
        "Painopisteet",
        "Tavoitteet",
        "Mittarit",
        "Toimenpiteet",
        "Seuranta, voimassaolo, irtisanominen ja allekirjoittaminen",
        "Sopimusteksti",
        "Muut muutokset",
    ],
    items_heading: "Painopisteet, tavoitteet, mittarit ja toimenpiteet",
    status: ["uusi", "poistettu", "siirretty", "muutettu", "ennallaan"],
    counted: [
        ("uusi", "uutta"),
        ("poistettu", "poistettua"),
        ("siirretty", "siirrettyä"),
        ("muutettu", "muutettua"),
    ],
    items: [
        ("painopiste", "painopistettä"),
        ("tavoite", "tavoitetta"),
        ("mittari", "mittaria"),
        ("toimenpide", "toimenpidettä"),
    ],
    word: ("sana", "sanaa"),
    words_changed: "{deleted} poistettu, {inserted} lisätty",
    year: "vuosi",
    fields: [
        "laji",                                               // kind
        "otsikko",                                            // title
        "lyhyt otsikko",                                      // short_title
        "versio",                                             // version
        "tila",                                               // status
        "päiväys",                                            // date
        "kieliversiot",                                       // languages
        "pykälämerkin paikka",                                // section_sign
        "sopimusosapuolten järjestys",                        // party_order
        "nimi",                                               // name
        "lyhyt nimi",                                         // short_name
        "y-tunnus",                                           // business_id
        "kuntanumero",                                        // municipality_code
        "osoite",                                             // address
        "allekirjoittaja",                                    // signatory
        "hyväksymispäätös",                                   // approval
        "allekirjoituspäivä",                                 // signed_on
        "taso",                                               // tier
        "toimii",                                             // per_municipality
        "kokoonkutsuja",                                      // convener
        "asettaja",                                           // appointed_by
        "osallistujat",                                       // members
        "kokoontuminen",                                      // frequency
        "kokoonpano",                                         // composition
        "ketä työskentely palvelee",                          // serves
        "tehtävät",                                           // tasks
        "kokousten valmistelu",                               // prepared_by
        "esittelijä",                                         // presented_by
        "puheenjohtajisto ja sihteeri",                       // officers
        "toimikausi",                                         // term
        "osapuolet nimeävät edustajansa",                     // named_representatives
        "lakisääteinen",                                      // statutory
        "tason kuvaus",                                       // level_name
        "kuvassa",                                            // contents
        "teksti",                                             // blocks
        "otsikko",                                            // heading
        "teksti",                                             // text
        "kuvaus",                                             // description
        "päävastuu",                                          // lead
        "mittarien johdanto",                                 // indicators_intro
        "tavoitetaso",                                        // target
        "suunta",                                             // direction
        "lähtötaso",                                          // baseline
        "yksikkö",                                            // unit
        "asteikko",                                           // scale
        "kuntaosuus",                                         // municipalities
        "kunnat, joiden joukosta lasketaan",                  // among
        "tietolähde",                                         // source
        "seurattavan arvon laji",                             // value_kind
        "tavoitearvo seurannassa",                            // target_value
        "numero",                                             // number
        "sijainti",                                           // place
        "seurannan kuvaus",                                   // follow_up.text
        "seurannan foorumit",                                 // follow_up.forums
        "seurantakokoukset",                                  // follow_up.rounds
        "voimassaolo",                                        // validity.until
        "sisällön arviointi viimeistään",                     // validity.review.deadline
        "arvioinnin kuvaus",                                  // validity.review.text
        "irtisanominen vain omalta osalta",                   // termination.own_part_only
        "irtisanomisaika",                                    // termination.notice_months
        "irtisanominen kirjallisesti",                        // termination.in_writing
        "irtisanominen tiedoksi kaikille sopimusosapuolille", // termination.notify_all_parties
        "irtisanojan nimitys",                                // termination.own_part_subject
        "allekirjoituspaikka",                                // signing.place
        "allekirjoitustapa",                                  // signing.mode
        "kappaleita",                                         // signing.counterparts
        "kappaleen saajan nimitys",                           // signing.party_term
        "rakennekuvan asettelu",                              // structure.layout
        "rakennekuvan kuvateksti",                            // structure.caption
        "lainsäädäntöpohja",                                  // legal_basis
        "alaviitteet",                                        // footnotes
        "yhteiset kokoukset",                                 // joint_meetings
        "yhdyspinnat",                                        // interface_areas
        "nimetyt edustajat",                                  // representatives
        "liitteen 1 otsikko",                                 // annexes.structures_title
        "liitteen 2 otsikko",                                 // annexes.goals_title
        "liitteen 2 muoto",                                   // annexes.goals_form
        "liitteen 2 sarakeotsikot",                           // annexes.headings
        "muut liitteet",                                      // annexes.additional
    ],
    agreement_kinds: [
        "puitesopimus",
        "strateginen yhteistyösopimus",
        "muu yhteistyösopimus",
    ],
    statuses: ["luonnos", "lopullinen"],
    party_kinds: [
        "hyvinvointialue",
        "maakunnan liitto",
        "kunta",
        "kaupunki",
        "muu organisaatio",
    ],
    tier_contents: ["toimielimet", "kunnat", "yhdyspinnat"],
    layouts: ["tasot allekkain", "sarakkeet rinnakkain"],
    goals_forms: [
        "viisi saraketta (painopiste, tavoite, mittarit, toimenpiteet, vastuu)",
        "kaksi saraketta (tavoite, mittarit)",
    ],
    signing_modes: ["sähköisesti", "paperilla"],
    section_signs: ["numeron jälkeen (14 §)", "ennen numeroa (§ 14)"],
    party_orders: [
        "kirjoitusjärjestyksessä",
        "aakkosjärjestyksessä kielittäin (hyvinvointialue ja maakunnan liitto ensin)",
    ],
    own_part_subjects: ["sopimusosapuoli", "organisaatio"],
    party_terms: ["sopimusosapuoli", "sopijaosapuoli"],
    validity: [
        "toistaiseksi",
        "siihen asti, kunnes uusi sopimus on hyväksytty",
        "{date} asti",
    ],
    validity_and: "ja joka tapauksessa",
    members_of: "toimielimen {name} jäsenkunnat",
    inserts: [
        "[lainsäädäntöpohja]",
        "[painopisteiden luettelo]",
        "[rakennekuva]",
        "[tasojen kuvaukset]",
        "[yhdyspintojen taulukko]",
        "[seuranta]",
        "[voimassaolo]",
        "[irtisanominen]",
    ],
    redline: RedlineWords {
        heading: "Muutosmerkinnät",
        note: "Tämä on versio {new}, johon on merkitty muutokset versioon {old} verrattuna.",
        legend: "Alleviivattu teksti on lisätty ja yliviivattu teksti poistettu; pystyviiva vasemmassa marginaalissa osoittaa muuttuneen kohdan.",
        inserted: "lisätty",
        deleted: "poistettu",
    },
};

const ONES: [&str; 10] = [
    "",
    "yksi",
    "kaksi",
    "kolme",
    "neljä",
    "viisi",
    "kuusi",
    "seitsemän",
    "kahdeksan",
    "yhdeksän",
];

/// The Finnish cardinal number word for 1–999, written as one word, e.g.
/// `kolmetoista` for 13 and `satakaksikymmentäyksi` for 121; `None` outside
/// that range.
pub fn number_word(n: u32) -> Option<String> {
    if !(1..=999).contains(&n) {
        return None;
    }
    let hundreds = n / 100;
    let rest = n % 100;
    let mut word = String::new();
    match hundreds {
        0 => {}
        1 => word.push_str("sata"),
        h => {
            word.push_str(ONES[h as usize]);
            word.push_str("sataa");
        }
    }
    match rest {
        0 => {}
        1..=9 => word.push_str(ONES[rest as usize]),
        10 => word.push_str("kymmenen"),
        11..=19 => {
            word.push_str(ONES[(rest - 10) as usize]);
            word.push_str("toista");
        }
        _ => {
            word.push_str(ONES[(rest / 10) as usize]);
            word.push_str("kymmentä");
            word.push_str(ONES[(rest % 10) as usize]);
        }
    }
    Some(word)
}

const MONTH_STEMS: [&str; 12] = [
    "tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras",
    "joulu",
];

/// The month window in the inessive, e.g. `touko-kesäkuussa` (May–June) or
/// `toukokuussa` (May only); `None` for an invalid month.
pub fn month_window_inessive(window: MonthWindow) -> Option<String> {
    let stem = |m: u32| MONTH_STEMS.get(m.checked_sub(1)? as usize).copied();
    let from = stem(window.from_month)?;
    let to = stem(window.to_month)?;
    Some(if window.from_month == window.to_month {
        format!("{from}kuussa")
    } else {
        format!("{from}-{to}kuussa")
    })
}

/// A decimal number the Finnish (and Finland-Swedish) way: a comma, no
/// trailing zeros, a real minus sign (`12,5`, `3`, `−0,25`).
pub fn decimal(value: f64) -> String {
    let mut text = format!("{value:.6}");
    if text.contains('.') {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    if text == "-0" {
        text = "0".to_owned();
    }
    text.replace('.', ",").replace('-', "\u{2212}")
}

/// The Finnish words of the collection workbook.
pub const WORKBOOK: WorkbookWords = WorkbookWords {
    sheet: "Mittarit",
    help_sheet: "Ohje",
    columns: [
        "Tunniste",
        "Kunta",
        "Kuntanumero",
        "Vuosi",
        "Arvo",
        "Arvon tyyppi",
        "Edellinen arvo (vuosi)",
        "Lähde",
        "Tiedon päivämäärä",
        "Huomio",
        "Mittari",
        "Tavoitetaso",
    ],
    whole_area: "Koko alue",
    invalid_value: "Arvo ei kelpaa",
    takes: "Tämä mittari ottaa arvon: {kind}.",
    invalid_date: "Kirjoita päivämäärä, esim. 31.3.2027.",
    help: [
        "Täytä välilehden {sheet} keltaiset solut: Arvo ja, jos tiedossa, Lähde, Tiedon päivämäärä ja Huomio.",
        "Rivi, jonka Arvo on tyhjä, jätetään pois. Älä muuta sarakkeita Tunniste, Kuntanumero ja Vuosi: niillä arvo yhdistetään sopimuksen mittariin.",
        "Arvon tyyppi kertoo, millaisen arvon mittari ottaa: luku (desimaalipilkku käy), prosentti 0–100, asteikon kokonaisluku, kyllä / ei tai toimenpiteen tila (ei aloitettu / käynnissä / valmis).",
        "Rivi Koko alue on koko sopimusalueen arvo; kuntakohtaiset rivit ovat kunkin kunnan arvoja. Kuntaosuuksissa (X/N) kukin kunta vastaa omalla rivillään.",
    ],
    check: "Tarkista täytetty tiedosto",
    agreement_file: "SOPIMUS",
    this_file: "TÄMÄ",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_windows() {
        let w = |a, b| {
            month_window_inessive(MonthWindow {
                from_month: a,
                to_month: b,
            })
        };
        assert_eq!(w(5, 6).as_deref(), Some("touko-kesäkuussa"));
        assert_eq!(w(3, 3).as_deref(), Some("maaliskuussa"));
        assert_eq!(w(0, 3), None);
        assert_eq!(w(12, 13), None);
    }

    #[test]
    fn decimals_use_a_comma() {
        assert_eq!(decimal(12.5), "12,5");
        assert_eq!(decimal(3.0), "3");
        assert_eq!(decimal(-0.25), "\u{2212}0,25");
        assert_eq!(decimal(0.1 + 0.2), "0,3");
    }
}
