//! Swedish: the fixed words and the grammar of the generated sentences.

use crate::model::MonthWindow;

use super::changes::{ChangeWords, RedlineWords};
use super::follow_up::{FollowUpWords, WorkbookWords};
use super::{AnnexDefaults, ExportColumns, RowLabels, Words};

/// The Swedish words.
pub const WORDS: Words = Words {
    parties: "Avtalsparter",
    business_id: "FO-nummer",
    address: "Adress",
    signatures: "Underskrifter",
    no_signatory: "(undertecknare)",
    annex: "Bilaga",
    figure: "Figur",
    tasks: "Uppgifter",
    no_bodies: "Inga utsedda forum eller arbetsgrupper.",
    draft: "UTKAST",
    page_of: "{page} ({total})",
    responsibility: "Huvudansvar",
    action_responsibility: "Ansvarig",
    date: "Datum",
    approved: "Godkänt",
    signed: "Undertecknat",
    yes: "ja",
    no: "nej",
    no_open: "nej (öppet för alla)",
    row: RowLabels {
        kind: "Typ",
        tier: "Nivå",
        column: "Del av strukturen",
        operates: "Verkar",
        appointed_by: "Tillsätts av",
        convener: "Sammankallare",
        meetings: "Möten",
        term: "Mandatperiod",
        members: "Deltagare",
        composition: "Sammansättning",
        serves: "Vem arbetet betjänar",
        prepared_by: "Beredning av mötena",
        presented_by: "Föredragande",
        officers: "Ordförande och sekreterare",
        named_representatives: "Parterna utser sina representanter",
        statutory: "Lagstadgad",
        representatives: "Utsedda representanter",
    },
    areas: [
        "Kontaktyta",
        "Kommunernas motpart",
        "Välfärdsområdets motpart",
        "Forum och nätverk",
    ],
    annexes: AnnexDefaults {
        structures_title: "Strukturer samt forumens och arbetsgruppernas uppgifter",
        goals_title: "Mål och mätare",
        priority_heading: "Prioritering",
        goal_heading: "Mål",
        indicator_heading: "Mätare",
        action_heading: "Åtgärder",
        lead_heading: "Huvudansvar vid kontaktytan",
    },
    columns: ExportColumns {
        id: "Identifierare",
        number: "nr",
        goal_number: "Mål nr",
        indicator_number: "Mätare nr",
        target: "Målnivå",
        share: "Kommuner (X/N)",
        scale: "Skala",
        baseline_year: "Utgångsnivå (år)",
        baseline_value: "Utgångsnivå (värde)",
        unit: "Enhet",
        direction: "Riktning",
        source: "Källa",
        cut: " … [avkortad eftersom cellen inte rymmer mer; hela texten finns i CSV-exporten]",
    },
    all_municipalities: "alla kommuner",
    all_parties: "alla avtalsparter",
    chair: "ordföranden",
    each_municipality_convenes: "varje kommun för egen del",
    officers_elected: "ordförande, vice ordförande och sekreterare väljs inom gruppen vid det första mötet",
    caption_tiers: "Samarbetsstrukturens nivåer med deras forum och arbetsgrupper",
    caption_columns: "Samarbetsstrukturen",
    legend_open: "Streckad linje: öppet nätverk, inga utsedda representanter",
    legend_each: "Prickad linje: verkar separat i varje kommun",
    with_partners: "; i samarbete med: ",
    deputy: "ersättare",
    follow_up: FollowUpWords {
        achieved: "uppnått",
        on_track: "framskrider",
        not_on_track: "framskrider inte",
        no_data: "uppgift saknas",
        not_started: "inte påbörjad",
        in_progress: "pågår",
        done: "klar",
        carried_out: "genomförd",
        number: "tal",
        percentage: "procent",
        yes_no: "ja / nej",
        action_status: "åtgärdens läge",
        summary: "Sammanfattning",
        counts: "Mätare enligt läge",
        goals: "Mål och mätare",
        baseline: "Utgångsnivå",
        kind: "Typ av värde",
        status: "Läge",
        notes: "Anmärkningar",
        sources: "Källor",
        matrix_intro: "Tabellerna visar varje kommuns värde för de mätare som har uppgifter per kommun. – = uppgift saknas; tom = mätaren gäller inte kommunen.",
        municipality: "Kommun",
        rules: "Så bestäms läget",
        indicator: "Mätare",
        reason: "Motivering",
        rule_sentences: [
            "Uppnått: värdet når det numeriska målet, ett mål i ord (bättre än förut) uppfylls, svaret är ja eller åtgärden är klar.",
            "Framskrider: målet är inte uppnått, men värdet är bättre än föregående år eller utgångsnivån, eller åtgärden pågår.",
            "Framskrider inte: värdet når inte målet och är inte bättre än förut, svaret är nej eller åtgärden har inte påbörjats.",
            "Inte bedömt: det finns ett värde för året, men mätaren har inget mål, ingen riktning eller inget tidigare värde att jämföra det med. Uppgift saknas: det finns inget värde för året.",
            "Ett måls läge är det svagaste läget bland dess bedömda mätare. I andelar av kommuner (X/N) räknas de kommuner som svarar ja eller klar; en kommun utan uppgift räknas inte.",
        ],
    },
};

/// The Swedish words of the comparison of two versions.
pub const CHANGES: ChangeWords = ChangeWords {
    title: "Ändringar i avtalet",
    old: "Tidigare version",
    new: "Ny version",
    summary: "Sammanfattning",
    area: "Del",
    changes: "Ändringar",
    details: "Ändringarna i detalj",
    before: "Tidigare",
    after: "Nu",
    what: "Vad",
    no_changes: "inga ändringar",
    equal: "Versionerna har inga innehållsliga skillnader.",
    none: "–",
    legend: "Överstruken text har tagits bort, understruken lagts till; båda versionernas lydelse visas i sin helhet.",
    contains: "Innehåller",
    more: "Förkortade rader visas i sin helhet i ändringsrapporten och i den maskinläsbara utskriften.",
    fields_added: "tillagt:",
    fields_removed: "borttaget:",
    fields_changed: "ändrat:",
    text_legend: "+ ny, - borttagen, → flyttad, ~ ändrad; [-borttagna ord-] {+tillagda ord+}",
    areas: [
        "Grunduppgifter",
        "Avtalsparter",
        "Organ, arbetsgrupper och nätverk",
        "Samarbetsstrukturens nivåer",
        "Prioriteringar",
        "Mål",
        "Mätare",
        "Åtgärder",
        "Uppföljning, giltighet, uppsägning och undertecknande",
        "Avtalstext",
        "Övriga ändringar",
    ],
    items_heading: "Prioriteringar, mål, mätare och åtgärder",
    status: ["ny", "borttagen", "flyttad", "ändrad", "oförändrad"],
    counted: [
        ("ny", "nya"),
        ("borttagen", "borttagna"),
        ("flyttad", "flyttade"),
        ("ändrad", "ändrade"),
    ],
    items: [
        ("prioritering", "prioriteringar"),
        ("mål", "mål"),
        ("mätare", "mätare"),
        ("åtgärd", "åtgärder"),
    ],
    word: ("ord", "ord"),
    words_changed: "{deleted} borttagna, {inserted} tillagda",
    year: "år",
    fields: [
        "typ",                                     // kind
        "rubrik",                                  // title
        "kort rubrik",                             // short_title
        "versionsbeteckning",                      // version
        "status",                                  // status
        "datum",                                   // date
        "språkversioner",                          // languages
        "paragraftecknets plats",                  // section_sign
        "avtalsparternas ordning",                 // party_order
        "namn",                                    // name
        "kort namn",                               // short_name
        "FO-nummer",                               // business_id
        "kommunnummer",                            // municipality_code
        "adress",                                  // address
        "undertecknare",                           // signatory
        "beslut om godkännande",                   // approval
        "datum för underskrift",                   // signed_on
        "nivå",                                    // tier
        "verkar",                                  // per_municipality
        "sammankallare",                           // convener
        "tillsatt av",                             // appointed_by
        "deltagare",                               // members
        "möten",                                   // frequency
        "sammansättning",                          // composition
        "vem arbetet betjänar",                    // serves
        "uppgifter",                               // tasks
        "beredning av möten",                      // prepared_by
        "föredragande",                            // presented_by
        "ordförandeskap och sekreterare",          // officers
        "mandatperiod",                            // term
        "parterna utser sina representanter",      // named_representatives
        "lagstadgad",                              // statutory
        "beskrivning av nivån",                    // level_name
        "i figuren",                               // contents
        "text",                                    // blocks
        "rubrik",                                  // heading
        "text",                                    // text
        "beskrivning",                             // description
        "huvudansvar",                             // lead
        "inledning till mätarna",                  // indicators_intro
        "målnivå",                                 // target
        "riktning",                                // direction
        "utgångsnivå",                             // baseline
        "enhet",                                   // unit
        "skala",                                   // scale
        "andel kommuner",                          // municipalities
        "kommuner som andelen räknas bland",       // among
        "datakälla",                               // source
        "typ av värde i uppföljningen",            // value_kind
        "målvärde i uppföljningen",                // target_value
        "nummer",                                  // number
        "plats",                                   // place
        "beskrivning av uppföljningen",            // follow_up.text
        "uppföljningens forum",                    // follow_up.forums
        "uppföljningsmöten",                       // follow_up.rounds
        "giltighet",                               // validity.until
        "innehållet utvärderas senast",            // validity.review.deadline
        "beskrivning av utvärderingen",            // validity.review.text
        "uppsägning endast för egen del",          // termination.own_part_only
        "uppsägningstid",                          // termination.notice_months
        "uppsägning skriftligen",                  // termination.in_writing
        "uppsägning delges alla parter",           // termination.notify_all_parties
        "benämning på den som säger upp",          // termination.own_part_subject
        "ort för underskrift",                     // signing.place
        "sätt att underteckna",                    // signing.mode
        "exemplar",                                // signing.counterparts
        "benämning på mottagaren av ett exemplar", // signing.party_term
        "strukturfigurens uppställning",           // structure.layout
        "strukturfigurens bildtext",               // structure.caption
        "lagstiftning",                            // legal_basis
        "fotnoter",                                // footnotes
        "gemensamma möten",                        // joint_meetings
        "gränsytor",                               // interface_areas
        "utsedda representanter",                  // representatives
        "rubrik för bilaga 1",                     // annexes.structures_title
        "rubrik för bilaga 2",                     // annexes.goals_title
        "utformning av bilaga 2",                  // annexes.goals_form
        "kolumnrubriker i bilaga 2",               // annexes.headings
        "övriga bilagor",                          // annexes.additional
    ],
    agreement_kinds: [
        "ramavtal",
        "strategiskt samarbetsavtal",
        "annat samarbetsavtal",
    ],
    statuses: ["utkast", "slutlig"],
    party_kinds: [
        "välfärdsområde",
        "landskapsförbund",
        "kommun",
        "stad",
        "annan organisation",
    ],
    tier_contents: ["organ", "kommuner", "gränsytor"],
    layouts: ["staplade nivåer", "kolumner bredvid varandra"],
    goals_forms: [
        "fem kolumner (prioritering, mål, mätare, åtgärder, ansvar)",
        "två kolumner (mål, mätare)",
    ],
    signing_modes: ["elektroniskt", "på papper"],
    section_signs: ["efter numret (14 §)", "före numret (§ 14)"],
    party_orders: [
        "i den ordning de skrivits",
        "i alfabetisk ordning på varje språk (välfärdsområdet och landskapsförbundet först)",
    ],
    own_part_subjects: ["avtalspart", "organisation"],
    party_terms: [
        "sopimusosapuoli (avtalspart)",
        "sopijaosapuoli (avtalspart)",
    ],
    validity: [
        "tills vidare",
        "tills ett nytt avtal har godkänts",
        "till och med {date}",
    ],
    validity_and: "och i varje fall",
    members_of: "medlemskommunerna i {name}",
    inserts: [
        "[lagstiftning]",
        "[förteckning över prioriteringar]",
        "[strukturfigur]",
        "[beskrivningar av nivåerna]",
        "[tabell över gränsytor]",
        "[uppföljning]",
        "[giltighet]",
        "[uppsägning]",
    ],
    redline: RedlineWords {
        heading: "Ändringsmarkeringar",
        note: "Detta är versionen {new}, med ändringarna jämfört med versionen {old} markerade.",
        legend: "Understruken text har lagts till och överstruken text tagits bort; ett lodrätt streck i vänstra marginalen visar var något har ändrats.",
        inserted: "tillagt",
        deleted: "borttaget",
    },
};

const ONES: [&str; 20] = [
    "", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
    "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton",
];

const TENS: [&str; 10] = [
    "", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio",
];

/// The Swedish cardinal number word for 1–999 in the neuter, as counted
/// exemplar are ("ett exemplar"), written as one word: `tretton` for 13,
/// `etthundratjugoett` for 121; `None` outside that range.
pub fn number_word(n: u32) -> Option<String> {
    if !(1..=999).contains(&n) {
        return None;
    }
    let hundreds = n / 100;
    let rest = n % 100;
    let mut word = String::new();
    if hundreds > 0 {
        word.push_str(ONES[hundreds as usize]);
        word.push_str("hundra");
    }
    match rest {
        0 => {}
        1..=19 => word.push_str(ONES[rest as usize]),
        _ => {
            word.push_str(TENS[(rest / 10) as usize]);
            word.push_str(ONES[(rest % 10) as usize]);
        }
    }
    Some(word)
}

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// The month window as a sentence needs it, e.g. `i maj–juni` or `i maj`;
/// `None` for an invalid month.
pub fn month_window(window: MonthWindow) -> Option<String> {
    let name = |m: u32| MONTHS.get(m.checked_sub(1)? as usize).copied();
    let from = name(window.from_month)?;
    let to = name(window.to_month)?;
    Some(if window.from_month == window.to_month {
        format!("i {from}")
    } else {
        format!("i {from}–{to}")
    })
}

/// The Swedish words of the collection workbook.
pub const WORKBOOK: WorkbookWords = WorkbookWords {
    sheet: "Mätare",
    help_sheet: "Anvisning",
    columns: [
        "Kod",
        "Kommun",
        "Kommunnummer",
        "År",
        "Värde",
        "Typ av värde",
        "Föregående värde (år)",
        "Källa",
        "Uppgiftens datum",
        "Anmärkning",
        "Mätare",
        "Målnivå",
    ],
    whole_area: "Hela området",
    invalid_value: "Ogiltigt värde",
    takes: "Den här mätaren tar värdet: {kind}.",
    invalid_date: "Skriv ett datum, t.ex. 31.3.2027.",
    help: [
        "Fyll i de gula cellerna på fliken {sheet}: Värde och, om de är kända, Källa, Uppgiftens datum och Anmärkning.",
        "En rad vars Värde är tomt lämnas bort. Ändra inte kolumnerna Kod, Kommunnummer och År: med dem kopplas värdet till avtalets mätare.",
        "Typ av värde anger vilket slags värde mätaren tar: tal (decimalkomma går bra), procent 0–100, ett heltal på skalan, ja / nej eller åtgärdens läge (inte påbörjad / pågår / klar).",
        "Raden Hela området är värdet för hela avtalsområdet; raderna per kommun är varje kommuns värden. I andelar av kommuner (X/N) svarar varje kommun på sin egen rad.",
    ],
    check: "Kontrollera den ifyllda filen",
    agreement_file: "AVTAL",
    this_file: "DENNA",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_windows() {
        let w = |a, b| {
            month_window(MonthWindow {
                from_month: a,
                to_month: b,
            })
        };
        assert_eq!(w(5, 6).as_deref(), Some("i maj–juni"));
        assert_eq!(w(3, 3).as_deref(), Some("i mars"));
        assert_eq!(w(0, 3), None);
    }

    /// The interface (yhdyspinta) is a `kontaktyta` in Finland-Swedish
    /// administrative language (vm.fi, Kommunförbundet), as the agreements'
    /// own texts call it, never a `gränsyta`.
    #[test]
    fn the_interface_is_a_kontaktyta() {
        assert_eq!(WORDS.areas[0], "Kontaktyta");
        assert_eq!(WORDS.annexes.lead_heading, "Huvudansvar vid kontaktytan");
        let all = format!("{WORDS:?}").to_lowercase();
        assert!(!all.contains("gränsyt"), "{all}");
    }
}
