//! The words of the way to an agreement in force: the status of decisions,
//! nominations and signatures (`sopimus status`), in English, Finnish and
//! Swedish. The decisions module composes its text from these; `{name}`
//! placeholders are filled in.

use crate::language::Language;

/// The words of `sopimus status`' text form, in one language.
#[derive(Debug)]
#[non_exhaustive]
pub struct StatusWords {
    /// "{title}".
    pub heading: &'static str,
    /// "in force since {since}".
    pub in_force: &'static str,
    /// "not in force: {decided} of {parties} parties have approved, {signed} have signed".
    pub pending: &'static str,
    /// "blocked: the text as it stands is not approved by {parties}".
    pub blocked: &'static str,
    /// Heading of the parties.
    pub parties: &'static str,
    /// Label: decided.
    pub decided: &'static str,
    /// Label: named.
    pub named: &'static str,
    /// Label: signed.
    pub signed: &'static str,
    /// Label: terminated.
    pub terminated: &'static str,
    /// What is missing.
    pub missing: &'static str,
    /// The decision states: none, proposed, approved, approved with
    /// changes, rejected, sent back.
    pub states: [&'static str; 6],
    /// "missing: {bodies}".
    pub missing_bodies: &'static str,
    /// "nobody to name".
    pub nothing_to_name: &'static str,
    /// Electronic, on paper.
    pub methods: [&'static str; 2],
    /// Heading of the terminations.
    pub terminations: &'static str,
    /// "{party}: notice delivered {delivered}, takes effect {effective}".
    pub termination: &'static str,
}

/// English.
pub const EN: StatusWords = StatusWords {
    heading: "{title}",
    in_force: "in force since {since}",
    pending: "not in force: {decided} of {parties} parties have approved, {signed} have signed",
    blocked: "blocked: the text as it stands is not approved by {parties}",
    parties: "Parties",
    decided: "decided",
    named: "named",
    signed: "signed",
    terminated: "terminated",
    missing: "missing",
    states: [
        "missing",
        "proposed",
        "approved",
        "approved with changes",
        "rejected",
        "sent back for preparation",
    ],
    missing_bodies: "missing: {bodies}",
    nothing_to_name: "no body to name representatives to",
    methods: ["electronically", "on paper"],
    terminations: "Terminations",
    termination: "{party}: notice delivered {delivered}, takes effect {effective}",
};

/// Finnish.
pub const FI: StatusWords = StatusWords {
    heading: "{title}",
    in_force: "voimassa {since} alkaen",
    pending: "ei voimassa: {decided}/{parties} osapuolta on hyväksynyt, {signed} allekirjoittanut",
    blocked: "estynyt, tekstiä sellaisenaan ei ole hyväksynyt: {parties}",
    parties: "Osapuolet",
    decided: "päätös",
    named: "nimetty",
    signed: "allekirjoitus",
    terminated: "irtisanottu",
    missing: "puuttuu",
    states: [
        "puuttuu",
        "esitetty",
        "hyväksytty",
        "hyväksytty muutoksin",
        "hylätty",
        "palautettu valmisteluun",
    ],
    missing_bodies: "puuttuu: {bodies}",
    nothing_to_name: "ei toimielimiä, joihin nimetä edustajia",
    methods: ["sähköisesti", "paperilla"],
    terminations: "Irtisanomiset",
    termination: "{party}: irtisanottu {delivered}, päättyy {effective}",
};

/// Swedish.
pub const SV: StatusWords = StatusWords {
    heading: "{title}",
    in_force: "i kraft sedan {since}",
    pending: "inte i kraft: {decided} av {parties} parter har godkänt, {signed} har undertecknat",
    blocked: "hindrat, texten som den är har inte godkänts av: {parties}",
    parties: "Parter",
    decided: "beslut",
    named: "utsedda",
    signed: "underskrift",
    terminated: "uppsagt",
    missing: "saknas",
    states: [
        "saknas",
        "föreslaget",
        "godkänt",
        "godkänt med ändringar",
        "förkastat",
        "återremitterat",
    ],
    missing_bodies: "saknas: {bodies}",
    nothing_to_name: "inga organ att utse representanter till",
    methods: ["elektroniskt", "på papper"],
    terminations: "Uppsägningar",
    termination: "{party}: uppsagt {delivered}, upphör {effective}",
};

/// The status words of `language`; English for `None`.
pub fn status_words(language: Option<Language>) -> &'static StatusWords {
    match language {
        None => &EN,
        Some(Language::Fi) => &FI,
        Some(Language::Sv) => &SV,
    }
}
