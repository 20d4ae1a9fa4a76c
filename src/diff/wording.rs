//! The Finnish words of the change report: labels, headings and values in
//! words. Every Finnish word the diff shows is here (or in
//! [`crate::finnish`]), so that another language is one more table.

use crate::finnish;
use crate::model::{
    Agreement, AgreementKind, Among, BodyRef, Direction, Forum, Frequency, Indicator, PartyKind,
    Responsibility, SigningMode, Status, TierContent, TierSpan,
};
use crate::validate::ItemKind;

use super::{Area, Status as ChangeStatus};

/// The heading of an area of the report.
pub(crate) fn area(area: Area) -> &'static str {
    match area {
        Area::Meta => "Perustiedot",
        Area::Parties => "Sopijaosapuolet",
        Area::Bodies => "Toimielimet, työryhmät ja verkostot",
        Area::Tiers => "Yhteistyörakenteen tasot",
        Area::Priorities => "Painopisteet",
        Area::Goals => "Tavoitteet",
        Area::Indicators => "Mittarit",
        Area::Actions => "Toimenpiteet",
        Area::Rules => "Seuranta, voimassaolo, irtisanominen ja allekirjoittaminen",
        Area::Sections => "Sopimusteksti",
        Area::Other => "Muut muutokset",
    }
}

/// Where the text form's shortened lines are whole.
pub(crate) const MORE: &str =
    "Lyhennetyt rivit kokonaan: muutosraportti (-o raportti.pdf) tai --format json.";

/// Before the fields given where there were none.
pub(crate) const FIELDS_ADDED: &str = "lisätty:";
/// Before the fields no longer given.
pub(crate) const FIELDS_REMOVED: &str = "poistettu:";
/// Before the fields whose long values changed.
pub(crate) const FIELDS_CHANGED: &str = "muutettu:";

/// The heading of the items' part of the report.
pub(crate) const ITEMS_HEADING: &str = "Painopisteet, tavoitteet, mittarit ja toimenpiteet";

/// Labels of the report's frame.
pub(crate) mod labels {
    /// The report's title.
    pub const TITLE: &str = "Muutokset sopimukseen";
    /// Before the old version.
    pub const OLD: &str = "Aiempi versio";
    /// Before the new version.
    pub const NEW: &str = "Uusi versio";
    /// The summary's heading.
    pub const SUMMARY: &str = "Yhteenveto";
    /// The summary table's first column.
    pub const AREA: &str = "Osa";
    /// The summary table's second column.
    pub const CHANGES: &str = "Muutokset";
    /// The detail part's heading.
    pub const DETAILS: &str = "Muutokset osittain";
    /// A column of old values.
    pub const BEFORE: &str = "Aiemmin";
    /// A column of new values.
    pub const AFTER: &str = "Nyt";
    /// A column of what changed.
    pub const WHAT: &str = "Mikä";
    /// Nothing changed.
    pub const NO_CHANGES: &str = "ei muutoksia";
    /// The versions are the same.
    pub const EQUAL: &str = "Versioissa ei ole sisällöllisiä eroja.";
    /// A value that is not given.
    pub const NONE: &str = "–";
    /// How the marks read.
    pub const LEGEND: &str = "Yliviivattu teksti on poistettu, alleviivattu lisätty; kummankin version sanamuoto on näkyvissä kokonaan.";
    /// The page number pattern.
    pub const PAGE_OF: &str = "{page} ({total})";
    /// What an added or removed item held.
    pub const CONTAINS: &str = "Sisältää";
}

/// What happened, as a word for one entry.
pub(crate) fn status(status: ChangeStatus, changed: bool) -> &'static str {
    match (status, changed) {
        (ChangeStatus::Added, _) => "uusi",
        (ChangeStatus::Removed, _) => "poistettu",
        (ChangeStatus::Moved, _) => "siirretty",
        (ChangeStatus::Kept, true) => "muutettu",
        (ChangeStatus::Kept, false) => "ennallaan",
    }
}

/// The count of changes of one area in words, e.g. "2 uutta, 1 poistettu".
pub(crate) fn counts(added: usize, removed: usize, moved: usize, changed: usize) -> String {
    let mut parts = Vec::new();
    let word = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    if added > 0 {
        parts.push(word(added, "uusi", "uutta"));
    }
    if removed > 0 {
        parts.push(word(removed, "poistettu", "poistettua"));
    }
    if moved > 0 {
        parts.push(word(moved, "siirretty", "siirrettyä"));
    }
    if changed > 0 {
        parts.push(word(changed, "muutettu", "muutettua"));
    }
    if parts.is_empty() {
        labels::NO_CHANGES.to_owned()
    } else {
        parts.join(", ")
    }
}

/// An item kind in words, e.g. `tavoite`.
pub(crate) fn item_kind(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Priority => "painopiste",
        ItemKind::Goal => "tavoite",
        ItemKind::Indicator => "mittari",
        ItemKind::Action => "toimenpide",
        #[allow(unreachable_patterns)]
        _ => "kohta",
    }
}

/// A count of items of a kind, e.g. "3 tavoitetta", "1 mittari".
pub(crate) fn item_count(kind: ItemKind, n: usize) -> String {
    let (one, many) = match kind {
        ItemKind::Priority => ("painopiste", "painopistettä"),
        ItemKind::Goal => ("tavoite", "tavoitetta"),
        ItemKind::Indicator => ("mittari", "mittaria"),
        ItemKind::Action => ("toimenpide", "toimenpidettä"),
        #[allow(unreachable_patterns)]
        _ => ("kohta", "kohtaa"),
    };
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Yes or no.
pub(crate) fn yes_no(value: bool) -> String {
    if value { "kyllä" } else { "ei" }.to_owned()
}

/// The kind of agreement in words.
pub(crate) fn agreement_kind(kind: AgreementKind) -> String {
    match kind {
        AgreementKind::FrameworkAgreement => "puitesopimus",
        AgreementKind::StrategicCooperationAgreement => "strateginen yhteistyösopimus",
        _ => "muu yhteistyösopimus",
    }
    .to_owned()
}

/// Draft or final in words.
pub(crate) fn agreement_status(status: Status) -> String {
    match status {
        Status::Draft => "luonnos",
        Status::Final => "lopullinen",
    }
    .to_owned()
}

/// The kind of party in words.
pub(crate) fn party_kind(kind: PartyKind) -> String {
    match kind {
        PartyKind::WellbeingServicesCounty => "hyvinvointialue",
        PartyKind::RegionalCouncil => "maakunnan liitto",
        PartyKind::Municipality => "kunta",
        PartyKind::City => "kaupunki",
        _ => "muu organisaatio",
    }
    .to_owned()
}

/// The tier (or tiers) of a body in words, with the tier's name, e.g.
/// "2) Johtamisen foorumit" or "1–3".
pub(crate) fn tier_span(agreement: &Agreement, span: TierSpan) -> String {
    let name = |level: u32| {
        agreement
            .tiers
            .iter()
            .find(|t| t.level == level)
            .map(|t| format!(") {}", t.name))
            .unwrap_or_default()
    };
    if span.is_span() {
        format!("{}–{}", span.first(), span.last())
    } else {
        format!("{}{}", span.first(), name(span.first()))
    }
}

/// The name of a party by id, or the id when there is none.
pub(crate) fn party_name(agreement: &Agreement, id: &str) -> String {
    agreement
        .parties
        .iter()
        .find(|p| p.id.as_str() == id)
        .map_or_else(|| id.to_owned(), |p| p.name.to_string())
}

/// A frequency in words.
pub(crate) fn frequency(f: &Frequency) -> String {
    finnish::frequency(f)
}

/// A list of references in words.
pub(crate) fn body_names(agreement: &Agreement, refs: &[BodyRef]) -> String {
    let names: Vec<String> = refs
        .iter()
        .map(|r| finnish::body_name(agreement, r))
        .collect();
    finnish::join_and(&names)
}

/// A responsibility in words.
pub(crate) fn responsibility(agreement: &Agreement, r: &Responsibility) -> String {
    finnish::responsibility(agreement, r)
}

/// Whether a body exists in each municipality, in words.
pub(crate) fn per_municipality(agreement: &Agreement, f: &Forum) -> Option<String> {
    if !f.per_municipality {
        return None;
    }
    let names: Vec<String> = agreement
        .municipal_members(f)
        .iter()
        .map(|p| p.label().to_owned())
        .collect();
    Some(if f.municipalities.is_empty() {
        "jokaisessa kunnassa".to_owned()
    } else {
        format!("kunnissa {}", finnish::join_and(&names))
    })
}

/// What a tier of the figure shows, in words.
pub(crate) fn tier_contents(contents: &[TierContent]) -> String {
    let words: Vec<String> = contents
        .iter()
        .map(|c| {
            match c {
                TierContent::Bodies => "toimielimet",
                TierContent::Municipalities => "kunnat",
                TierContent::InterfaceAreas => "yhdyspinnat",
                #[allow(unreachable_patterns)]
                _ => "muu",
            }
            .to_owned()
        })
        .collect();
    finnish::join_and(&words)
}

/// An indicator's direction in words.
pub(crate) fn direction(d: Direction) -> String {
    match d {
        Direction::HigherIsBetter => "suurempi on parempi",
        Direction::LowerIsBetter => "pienempi on parempi",
        #[allow(unreachable_patterns)]
        _ => "muu",
    }
    .to_owned()
}

/// An indicator's baseline in words, e.g. "35 % (2025)" or "vuosi 2022".
pub(crate) fn baseline(i: &Indicator) -> Option<String> {
    let value = i.baseline_value.map(|v| match &i.unit {
        Some(unit) => format!("{} {unit}", finnish::decimal(v)),
        None => finnish::decimal(v),
    });
    match (value, i.baseline_year) {
        (Some(v), Some(y)) => Some(format!("{v} ({y})")),
        (Some(v), None) => Some(v),
        (None, Some(y)) => Some(format!("vuosi {y}")),
        (None, None) => None,
    }
}

/// The municipalities a share counts among, in words.
pub(crate) fn among(agreement: &Agreement, among: &Among) -> String {
    match among {
        Among::Parties(ids) => {
            let names: Vec<String> = ids
                .iter()
                .map(|id| party_name(agreement, id.as_str()))
                .collect();
            finnish::join_and(&names)
        }
        Among::MembersOf { members_of } => {
            let name = agreement
                .forum(members_of)
                .map_or_else(|| members_of.to_string(), |f| f.name.to_string());
            format!("toimielimen {name} jäsenkunnat")
        }
    }
}

/// The follow-up rounds in words, e.g. "touko-kesäkuussa".
pub(crate) fn rounds(rounds: &[crate::model::MonthWindow]) -> String {
    let words: Vec<String> = rounds
        .iter()
        .map(|w| {
            finnish::month_window_inessive(*w)
                .unwrap_or_else(|| format!("kuukausina {}–{}", w.from_month, w.to_month))
        })
        .collect();
    finnish::join_and(&words)
}

/// How long the agreement is in force, in words.
pub(crate) fn validity(agreement: &Agreement) -> String {
    let replaced = "siihen asti, kunnes uusi sopimus on hyväksytty";
    match (
        agreement.validity.until,
        agreement.validity.until_new_agreement,
    ) {
        (None, false) => "toistaiseksi".to_owned(),
        (None, true) => replaced.to_owned(),
        (Some(until), false) => format!("{} asti", until.finnish()),
        (Some(until), true) => format!("{} asti ja joka tapauksessa {replaced}", until.finnish()),
    }
}

/// The layout of the structure figure in words.
pub(crate) fn layout(layout: crate::model::Layout) -> String {
    match layout {
        crate::model::Layout::Tiers => "tasot allekkain",
        crate::model::Layout::Columns => "sarakkeet rinnakkain",
        #[allow(unreachable_patterns)]
        _ => "muu",
    }
    .to_owned()
}

/// The form of Annex 2 in words.
pub(crate) fn goals_form(form: crate::model::GoalsForm) -> String {
    match form {
        crate::model::GoalsForm::Full => {
            "viisi saraketta (painopiste, tavoite, mittarit, toimenpiteet, vastuu)"
        }
        crate::model::GoalsForm::Simple => "kaksi saraketta (tavoite, mittarit)",
        #[allow(unreachable_patterns)]
        _ => "muu",
    }
    .to_owned()
}

/// The way of signing in words.
pub(crate) fn signing_mode(mode: SigningMode) -> String {
    match mode {
        SigningMode::Electronic => "sähköisesti",
        SigningMode::Paper => "paperilla",
    }
    .to_owned()
}

/// The number of counterparts in words, e.g. "kolmetoista (13)".
pub(crate) fn counterparts(n: u32) -> String {
    match finnish::number_word(n) {
        Some(word) => format!("{word} ({n})"),
        None => n.to_string(),
    }
}

/// Labels of the fields that may change, by key.
pub(crate) fn label(key: &str) -> &'static str {
    match key {
        "kind" => "laji",
        "title" => "otsikko",
        "short_title" => "lyhyt otsikko",
        "version" => "versio",
        "status" => "tila",
        "date" => "päiväys",
        "language" => "kieli",
        "name" => "nimi",
        "short_name" => "lyhyt nimi",
        "business_id" => "y-tunnus",
        "municipality_code" => "kuntanumero",
        "address" => "osoite",
        "signatory" => "allekirjoittaja",
        "approval" => "hyväksymispäätös",
        "signed_on" => "allekirjoituspäivä",
        "tier" => "taso",
        "per_municipality" => "toimii",
        "convener" => "kokoonkutsuja",
        "appointed_by" => "asettaja",
        "members" => "osallistujat",
        "frequency" => "kokoontuminen",
        "composition" => "kokoonpano",
        "serves" => "ketä työskentely palvelee",
        "tasks" => "tehtävät",
        "prepared_by" => "kokousten valmistelu",
        "presented_by" => "esittelijä",
        "officers" => "puheenjohtajisto ja sihteeri",
        "term" => "toimikausi",
        "named_representatives" => "osapuolet nimeävät edustajansa",
        "statutory" => "lakisääteinen",
        "level_name" => "tason kuvaus",
        "contents" => "kuvassa",
        "blocks" => "teksti",
        "heading" => "otsikko",
        "text" => "teksti",
        "description" => "kuvaus",
        "lead" => "päävastuu",
        "indicators_intro" => "mittarien johdanto",
        "target" => "tavoitetaso",
        "direction" => "suunta",
        "baseline" => "lähtötaso",
        "unit" => "yksikkö",
        "scale" => "asteikko",
        "municipalities" => "kuntaosuus",
        "among" => "kunnat, joiden joukosta lasketaan",
        "source" => "tietolähde",
        "place" => "sijainti",
        "follow_up.text" => "seurannan kuvaus",
        "follow_up.forums" => "seurannan foorumit",
        "follow_up.rounds" => "seurantakokoukset",
        "validity.until" => "voimassaolo",
        "validity.review.deadline" => "sisällön arviointi viimeistään",
        "validity.review.text" => "arvioinnin kuvaus",
        "termination.own_part_only" => "irtisanominen vain omalta osalta",
        "termination.notice_months" => "irtisanomisaika",
        "termination.in_writing" => "irtisanominen kirjallisesti",
        "termination.notify_all_parties" => "irtisanominen tiedoksi kaikille osapuolille",
        "signing.place" => "allekirjoituspaikka",
        "signing.mode" => "allekirjoitustapa",
        "signing.counterparts" => "kappaleita",
        "structure.layout" => "rakennekuvan asettelu",
        "structure.caption" => "rakennekuvan kuvateksti",
        "legal_basis" => "lainsäädäntöpohja",
        "footnotes" => "alaviitteet",
        "joint_meetings" => "yhteiset kokoukset",
        "interface_areas" => "yhdyspinnat",
        "representatives" => "nimetyt edustajat",
        "annexes.structures_title" => "liitteen 1 otsikko",
        "annexes.goals_title" => "liitteen 2 otsikko",
        "annexes.goals_form" => "liitteen 2 muoto",
        "annexes.headings" => "liitteen 2 sarakeotsikot",
        "annexes.additional" => "muut liitteet",
        _ => "muu tieto",
    }
}

/// An insert of generated content, as it stands in the text of a section.
pub(crate) fn insert(insert: crate::model::Insert) -> &'static str {
    use crate::model::Insert;
    match insert {
        Insert::LegalBasis => "[lainsäädäntöpohja]",
        Insert::Priorities => "[painopisteiden luettelo]",
        Insert::StructureFigure => "[rakennekuva]",
        Insert::Tiers => "[tasojen kuvaukset]",
        Insert::InterfaceAreas => "[yhdyspintojen taulukko]",
        Insert::FollowUp => "[seuranta]",
        Insert::Validity => "[voimassaolo]",
        Insert::Termination => "[irtisanominen]",
        #[allow(unreachable_patterns)]
        _ => "[muu sisältö]",
    }
}
