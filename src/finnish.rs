//! Finnish wording, kept for code written before [`crate::locale`]: each
//! function is the Finnish [`Locale`]'s, and texts are taken in the
//! agreement's primary language. New code uses [`crate::locale`].

use crate::Language;
use crate::locale::Locale;
use crate::model::{
    Agreement, BodyRef, Convener, Frequency, Member, MonthWindow, Officers, PartyGroup, Resolved,
    Responsibility, SigningMode, Term,
};

fn fi() -> Locale {
    Locale::new(Language::Fi)
}

/// The Finnish cardinal number word for 1–999; see [`crate::locale::fi::number_word`].
pub fn number_word(n: u32) -> Option<String> {
    crate::locale::fi::number_word(n)
}

/// The counterparts sentence; see [`Locale::counterparts_sentence`].
pub fn counterparts_sentence(count: u32, one_per_party: bool) -> String {
    fi().counterparts_sentence(count, one_per_party)
}

/// The statement on how the agreement is signed.
pub fn signing_statement(mode: SigningMode) -> &'static str {
    fi().signing_statement(mode)
}

/// The month window in the inessive, e.g. `touko-kesäkuussa`.
pub fn month_window_inessive(window: MonthWindow) -> Option<String> {
    crate::locale::fi::month_window_inessive(window)
}

/// The follow-up meeting sentence.
pub fn follow_up_sentence(rounds: &[MonthWindow]) -> Option<String> {
    fi().follow_up_sentence(rounds)
}

/// A meeting frequency in words.
pub fn frequency(frequency: &Frequency) -> String {
    fi().frequency(frequency)
}

/// A joint meeting in words.
pub fn at_least_per_year(n: u32) -> String {
    fi().at_least_per_year(n)
}

/// The convener in words, given a function that names a party.
pub fn convener(convener: &Convener, party_name: impl Fn(&str) -> String) -> String {
    let first = convener
        .party
        .as_ref()
        .map(|p| party_name(p.as_str()))
        .or_else(|| convener.other.as_ref().map(|o| o.as_str().to_owned()));
    fi().convener(first.as_deref(), convener.chair)
}

/// How officers are chosen, in words.
pub fn officers(officers: &Officers) -> String {
    match officers {
        Officers::ElectedAtFirstMeeting => fi().words().officers_elected.to_owned(),
        Officers::Other(text) => text.as_str().to_owned(),
    }
}

/// A term of office in words.
pub fn term(term: Term) -> &'static str {
    fi().term(term)
}

/// The notice period, e.g. `12 kuukautta`.
pub fn months(n: u32) -> String {
    fi().months(n)
}

/// Names joined as a Finnish list.
pub fn join_and(items: &[String]) -> String {
    fi().join_and(items)
}

/// The name of whoever a [`BodyRef`] names, in the primary language.
pub fn body_name(agreement: &Agreement, r: &BodyRef) -> String {
    match r {
        BodyRef::Id(id) => match agreement.resolve(id) {
            Some(Resolved::Party(p)) => p.name.as_str().to_owned(),
            Some(Resolved::Forum(f)) => f.name.as_str().to_owned(),
            _ => id.to_string(),
        },
        BodyRef::Organ { party, organ } => {
            let party = agreement
                .party(party)
                .map_or_else(|| party.to_string(), |p| p.name.as_str().to_owned());
            fi().organ_of(organ.as_str(), &party)
        }
        BodyRef::Group(PartyGroup::AllMunicipalities) => fi().words().all_municipalities.to_owned(),
        BodyRef::Group(PartyGroup::AllParties) => fi().words().all_parties.to_owned(),
        BodyRef::Other(name) => name.as_str().to_owned(),
    }
}

/// A responsibility in words, in the primary language.
pub fn responsibility(agreement: &Agreement, r: &Responsibility) -> String {
    if let Some(text) = &r.text {
        return text.as_str().to_owned();
    }
    let names = |refs: &[BodyRef]| -> String {
        refs.iter()
            .map(|b| body_name(agreement, b))
            .collect::<Vec<_>>()
            .join(", ")
    };
    fi().with_partners(&names(&r.responsible), &names(&r.partners))
}

/// A member of a body in words, in the primary language.
pub fn member(agreement: &Agreement, m: &Member) -> String {
    fi().member(
        &body_name(agreement, &m.who),
        m.seats,
        matches!(m.who, BodyRef::Group(_)),
        m.role.as_ref().map(|r| r.as_str()),
    )
}

/// A decimal number the Finnish way.
pub fn decimal(value: f64) -> String {
    crate::locale::fi::decimal(value)
}
