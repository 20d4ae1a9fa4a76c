//! Finnish wording generated from data: number words, months, frequencies
//! and the fixed clauses of the agreement.

use crate::model::{
    Agreement, BodyRef, Convener, Count, ForumKind, Frequency, Member, MonthWindow, Officers,
    PartyGroup, Resolved, Responsibility, SigningMode, Term,
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
///
/// ```
/// assert_eq!(sopimus::finnish::number_word(13).as_deref(), Some("kolmetoista"));
/// assert_eq!(sopimus::finnish::number_word(0), None);
/// ```
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

/// The counterparts sentence, e.g. "Tätä sopimusta on tehty kolmetoista (13)
/// samansanaista kappaletta, yksi kullekin sopijaosapuolelle."
///
/// `one_per_party` adds the clause that each party gets one. Counts outside
/// 1–999 are written in digits only.
pub fn counterparts_sentence(count: u32, one_per_party: bool) -> String {
    let amount = match number_word(count) {
        Some(word) => format!("{word} ({count})"),
        None => count.to_string(),
    };
    // Finnish takes the partitive after numbers other than one.
    let noun = if count == 1 {
        "kappale"
    } else {
        "samansanaista kappaletta"
    };
    let tail = if one_per_party && count > 1 {
        ", yksi kullekin sopijaosapuolelle."
    } else {
        "."
    };
    format!("Tätä sopimusta on tehty {amount} {noun}{tail}")
}

/// The statement on how the agreement is signed.
pub fn signing_statement(mode: SigningMode) -> &'static str {
    match mode {
        SigningMode::Electronic => "Allekirjoitukset sähköisenä allekirjoituksena.",
        SigningMode::Paper => "Allekirjoitukset paperisina allekirjoituksina.",
    }
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

/// The follow-up meeting sentence, e.g. "Seurantakokous pidetään
/// touko-kesäkuussa." for one round a year, or "Seurantakokoukset pidetään
/// maalis-huhtikuussa ja syys-lokakuussa." for several; `None` for an
/// invalid month.
pub fn follow_up_sentence(rounds: &[MonthWindow]) -> Option<String> {
    let windows = rounds
        .iter()
        .map(|w| month_window_inessive(*w))
        .collect::<Option<Vec<String>>>()?;
    match windows.as_slice() {
        [] => None,
        [one] => Some(format!("Seurantakokous pidetään {one}.")),
        many => Some(format!("Seurantakokoukset pidetään {}.", join_and(many))),
    }
}

fn times(count: Count) -> String {
    if count.min == count.max {
        if count.min == 1 {
            "kerran".to_owned()
        } else {
            format!("{} kertaa", count.min)
        }
    } else {
        format!("{}–{} kertaa", count.min, count.max)
    }
}

/// A meeting frequency in words, e.g. `3–4 kertaa vuodessa`.
pub fn frequency(frequency: &Frequency) -> String {
    match frequency {
        Frequency::PerCouncilTerm(c) => format!("{} valtuustokaudessa", times(*c)),
        Frequency::PerYear(c) => format!("{} vuodessa", times(*c)),
        Frequency::AsNeeded => "tarpeen mukaan".to_owned(),
        Frequency::OwnPlan => "oman toimintasuunnitelman mukaan".to_owned(),
    }
}

/// A joint meeting in words, e.g. `vähintään kerran vuodessa`.
pub fn at_least_per_year(n: u32) -> String {
    format!("vähintään {} vuodessa", times(Count { min: n, max: n }))
}

/// The convener in words, given a function that names a party.
pub fn convener(convener: &Convener, party_name: impl Fn(&str) -> String) -> String {
    let first = convener
        .party
        .as_ref()
        .map(|p| party_name(p.as_str()))
        .or_else(|| convener.other.clone());
    match (first, convener.chair) {
        (Some(first), true) => {
            format!("ensimmäisellä kerralla {first}, jatkossa puheenjohtaja")
        }
        (Some(first), false) => first,
        (None, true) => "puheenjohtaja".to_owned(),
        (None, false) => "–".to_owned(),
    }
}

/// How officers are chosen, in words.
pub fn officers(officers: &Officers) -> String {
    match officers {
        Officers::ElectedAtFirstMeeting => {
            "puheenjohtaja, varapuheenjohtaja ja sihteeri valitaan keskuudesta ensimmäisessä kokouksessa"
                .to_owned()
        }
        Officers::Other(text) => text.clone(),
    }
}

/// A term of office in words.
pub fn term(term: Term) -> &'static str {
    match term {
        Term::CouncilTerm => "valtuustokausi",
        Term::UntilFurtherNotice => "toistaiseksi",
    }
}

/// The notice period, e.g. `12 kuukautta` or `1 kuukausi`.
pub fn months(n: u32) -> String {
    if n == 1 {
        "1 kuukausi".to_owned()
    } else {
        format!("{n} kuukautta")
    }
}

/// Names joined as a Finnish list: "A", "A ja B", "A, B ja C".
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} ja {last}", rest.join(", ")),
    }
}

/// The name of whoever a [`BodyRef`] names: a party's or body's name, an
/// organ with its party ("aluehallitus (Päijät-Hämeen hyvinvointialue)"),
/// "kaikki kunnat", or an outside organisation's name.
pub fn body_name(agreement: &Agreement, r: &BodyRef) -> String {
    match r {
        BodyRef::Id(id) => match agreement.resolve(id) {
            Some(Resolved::Party(p)) => p.name.clone(),
            Some(Resolved::Forum(f)) => f.name.clone(),
            _ => id.to_string(),
        },
        BodyRef::Organ { party, organ } => {
            let party = agreement
                .party(party)
                .map_or_else(|| party.to_string(), |p| p.name.clone());
            format!("{organ} ({party})")
        }
        BodyRef::Group(PartyGroup::AllMunicipalities) => "kaikki kunnat".to_owned(),
        BodyRef::Group(PartyGroup::AllParties) => "kaikki sopijaosapuolet".to_owned(),
        BodyRef::Other(name) => name.clone(),
    }
}

/// A responsibility in words: who leads, then the partners after
/// "yhteistyössä:", or the responsibility's own text when given.
pub fn responsibility(agreement: &Agreement, r: &Responsibility) -> String {
    if let Some(text) = &r.text {
        return text.clone();
    }
    let names = |refs: &[BodyRef]| -> String {
        refs.iter()
            .map(|b| body_name(agreement, b))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if r.partners.is_empty() {
        names(&r.responsible)
    } else {
        format!(
            "{}; yhteistyössä: {}",
            names(&r.responsible),
            names(&r.partners)
        )
    }
}

/// A member of a body in words, e.g. "kaikki kunnat (1 edustaja kustakin,
/// kunnanjohtaja)" or "Päijät-Hämeen hyvinvointialue (3 edustajaa)".
pub fn member(agreement: &Agreement, m: &Member) -> String {
    let mut notes = Vec::new();
    if let Some(n) = m.seats {
        let noun = if n == 1 { "edustaja" } else { "edustajaa" };
        let each = if matches!(m.who, BodyRef::Group(_)) {
            " kustakin"
        } else {
            ""
        };
        notes.push(format!("{n} {noun}{each}"));
    }
    if let Some(role) = &m.role {
        notes.push(role.clone());
    }
    let name = body_name(agreement, &m.who);
    if notes.is_empty() {
        name
    } else {
        format!("{name} ({})", notes.join(", "))
    }
}

/// What kind of body it is, in words: `työryhmä`, `lautakunta` ….
pub fn forum_kind(kind: ForumKind) -> &'static str {
    match kind {
        ForumKind::Forum => "foorumi",
        ForumKind::WorkingGroup => "työryhmä",
        ForumKind::Network => "verkosto",
        ForumKind::AdvocacyBody => "vaikuttamistoimielin",
        ForumKind::Committee => "lautakunta",
        ForumKind::AdvisoryBoard => "neuvottelukunta",
        ForumKind::ManagementGroup => "johtoryhmä",
        ForumKind::Unit => "yksikkö",
    }
}

/// A decimal number the Finnish way: a comma, no trailing zeros
/// (`12,5`, `3`, `-0,25`).
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
    fn counterparts() {
        assert_eq!(
            counterparts_sentence(13, true),
            "Tätä sopimusta on tehty kolmetoista (13) samansanaista kappaletta, yksi kullekin sopijaosapuolelle."
        );
        assert_eq!(
            counterparts_sentence(1, true),
            "Tätä sopimusta on tehty yksi (1) kappale."
        );
        assert_eq!(
            counterparts_sentence(2, false),
            "Tätä sopimusta on tehty kaksi (2) samansanaista kappaletta."
        );
    }

    #[test]
    fn decimals_use_a_comma() {
        assert_eq!(decimal(12.5), "12,5");
        assert_eq!(decimal(3.0), "3");
        assert_eq!(decimal(-0.25), "\u{2212}0,25");
        assert_eq!(decimal(0.1 + 0.2), "0,3");
    }

    #[test]
    fn follow_up_rounds() {
        let w = |a, b| MonthWindow {
            from_month: a,
            to_month: b,
        };
        assert_eq!(
            follow_up_sentence(&[w(5, 6)]).as_deref(),
            Some("Seurantakokous pidetään touko-kesäkuussa.")
        );
        assert_eq!(
            follow_up_sentence(&[w(3, 4), w(9, 10)]).as_deref(),
            Some("Seurantakokoukset pidetään maalis-huhtikuussa ja syys-lokakuussa.")
        );
        assert_eq!(follow_up_sentence(&[w(3, 13)]), None);
    }

    #[test]
    fn frequencies() {
        assert_eq!(
            frequency(&Frequency::PerYear(Count { min: 3, max: 4 })),
            "3–4 kertaa vuodessa"
        );
        assert_eq!(
            frequency(&Frequency::PerCouncilTerm(Count { min: 1, max: 1 })),
            "kerran valtuustokaudessa"
        );
        assert_eq!(at_least_per_year(1), "vähintään kerran vuodessa");
    }
}
