//! Every word and generated sentence the documents and exports carry, per
//! language: one table of fixed words per language ([`Words`]) and the
//! grammar that builds sentences from data (number words, month forms,
//! plural agreement, lists), beside it in the language's module
//! ([`fi`], [`sv`]).
//!
//! The messages of validation findings are here too: [`findings`] holds
//! their codes and English templates, and each language's module its own
//! table of them.
//!
//! The renderer's view, the templates (through the view's `labels`) and the
//! exports take their words from here and nowhere else; a test scans
//! `src/render/`, `templates/` and `src/export.rs` for Finnish or Swedish
//! literals. Adding a language is a new module with a `Words` table and its
//! grammar functions, a new [`Language`] variant, and an arm in each `match`
//! of this file (the compiler lists them).
//!
//! ```
//! use sopimus::locale::Locale;
//! use sopimus::Language;
//! assert_eq!(
//!     Locale::new(Language::Sv).counterparts_sentence(13, true),
//!     "Detta avtal har upprättats i tretton (13) likalydande exemplar, ett för varje avtalspart."
//! );
//! assert_eq!(
//!     Locale::new(Language::Fi).counterparts_sentence(13, true),
//!     "Tätä sopimusta on tehty kolmetoista (13) samansanaista kappaletta, yksi kullekin sopijaosapuolelle."
//! );
//! ```

pub mod changes;
pub mod fi;
pub mod findings;
pub mod follow_up;
pub mod sv;

use crate::ids::Date;
use crate::language::Language;
use crate::model::{
    AgreementKind, Count, Direction, ForumKind, Frequency, MonthWindow, SigningMode, Term,
    Termination,
};

/// The fixed words of one language.
#[derive(Debug)]
#[non_exhaustive]
pub struct Words {
    /// Heading of the parties: "Sopimusosapuolet".
    pub parties: &'static str,
    /// The business ID's label: "y-tunnus".
    pub business_id: &'static str,
    /// The address's label: "Osoite".
    pub address: &'static str,
    /// Heading of the signatures: "Allekirjoitukset".
    pub signatures: &'static str,
    /// Shown for a party without a signatory: "(allekirjoittaja)".
    pub no_signatory: &'static str,
    /// "Liite" (annex).
    pub annex: &'static str,
    /// "Kuvio" (figure).
    pub figure: &'static str,
    /// "Tehtävät" (tasks).
    pub tasks: &'static str,
    /// For a tier without bodies.
    pub no_bodies: &'static str,
    /// The draft marking: "LUONNOS".
    pub draft: &'static str,
    /// The page reference pattern with `{page}` and `{total}`.
    pub page_of: &'static str,
    /// "Päävastuu" (lead responsibility).
    pub responsibility: &'static str,
    /// "Vastuutaho" (responsible for an action).
    pub action_responsibility: &'static str,
    /// "Päiväys" (date), before an unnamed place's date.
    pub date: &'static str,
    /// "Hyväksytty" (approved).
    pub approved: &'static str,
    /// "Allekirjoitettu" (signed).
    pub signed: &'static str,
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,
    /// No, for an open network: "ei (avoin kaikille)".
    pub no_open: &'static str,
    /// Annex 1 row labels.
    pub row: RowLabels,
    /// The column headings of the interface-area table.
    pub areas: [&'static str; 4],
    /// Default annex titles and column headings.
    pub annexes: AnnexDefaults,
    /// The export's column headings of its own (the annex headings aside).
    pub columns: ExportColumns,
    /// "kaikki kunnat" (all municipalities).
    pub all_municipalities: &'static str,
    /// "kaikki sopijaosapuolet" (all parties).
    pub all_parties: &'static str,
    /// The chair convenes: "puheenjohtaja".
    pub chair: &'static str,
    /// Each municipality convenes its own.
    pub each_municipality_convenes: &'static str,
    /// How officers are elected at the first meeting.
    pub officers_elected: &'static str,
    /// The default caption of the tiers figure.
    pub caption_tiers: &'static str,
    /// The default caption of the columns figure.
    pub caption_columns: &'static str,
    /// The legend for an open network's dashed border.
    pub legend_open: &'static str,
    /// The legend for a per-municipality body's dotted border.
    pub legend_each: &'static str,
    /// The separator before partners: "; yhteistyössä: ".
    pub with_partners: &'static str,
    /// Before a deputy's name: "varalla".
    pub deputy: &'static str,
    /// The follow-up report's words.
    pub follow_up: follow_up::FollowUpWords,
}

/// Annex 1 row labels.
#[derive(Debug)]
#[non_exhaustive]
pub struct RowLabels {
    /// "Tyyppi".
    pub kind: &'static str,
    /// "Taso" (tiers layout).
    pub tier: &'static str,
    /// "Rakenteen osa" (columns layout).
    pub column: &'static str,
    /// "Toimii" (where a per-municipality body operates).
    pub operates: &'static str,
    /// "Asettaja" (appointed by).
    pub appointed_by: &'static str,
    /// "Kokoonkutsuja" (convener).
    pub convener: &'static str,
    /// "Kokoontuminen" (meetings).
    pub meetings: &'static str,
    /// "Toimikausi" (term).
    pub term: &'static str,
    /// "Osallistujat" (members).
    pub members: &'static str,
    /// "Kokoonpano" (composition).
    pub composition: &'static str,
    /// "Ketä työskentely palvelee" (whom it serves).
    pub serves: &'static str,
    /// "Kokousten valmistelu" (preparation).
    pub prepared_by: &'static str,
    /// "Esittelijä" (presenter).
    pub presented_by: &'static str,
    /// "Puheenjohtajisto ja sihteeri" (officers).
    pub officers: &'static str,
    /// "Osapuolet nimeävät edustajansa".
    pub named_representatives: &'static str,
    /// "Lakisääteinen" (statutory).
    pub statutory: &'static str,
    /// "Nimetyt edustajat" (named representatives).
    pub representatives: &'static str,
}

/// Default annex titles and column headings.
#[derive(Debug)]
#[non_exhaustive]
pub struct AnnexDefaults {
    /// Title of Annex 1.
    pub structures_title: &'static str,
    /// Title of Annex 2.
    pub goals_title: &'static str,
    /// The word for a priority.
    pub priority_heading: &'static str,
    /// Heading of the goals column.
    pub goal_heading: &'static str,
    /// Heading of the indicators column.
    pub indicator_heading: &'static str,
    /// Heading of the actions column.
    pub action_heading: &'static str,
    /// Heading of the responsibility column.
    pub lead_heading: &'static str,
}

/// Column headings of the goals-and-indicators export that the agreement's
/// own annex headings do not give.
#[derive(Debug)]
#[non_exhaustive]
pub struct ExportColumns {
    /// The stable id.
    pub id: &'static str,
    /// "nro" after a heading.
    pub number: &'static str,
    /// "Tavoite nro".
    pub goal_number: &'static str,
    /// "Mittari nro".
    pub indicator_number: &'static str,
    /// "Tavoitetaso".
    pub target: &'static str,
    /// "Kunnat (X/N)".
    pub share: &'static str,
    /// "Asteikko".
    pub scale: &'static str,
    /// "Lähtötaso (vuosi)".
    pub baseline_year: &'static str,
    /// "Lähtötaso (arvo)".
    pub baseline_value: &'static str,
    /// "Yksikkö".
    pub unit: &'static str,
    /// "Suunta".
    pub direction: &'static str,
    /// "Lähde".
    pub source: &'static str,
    /// Ends a text cut to fit one spreadsheet cell, which holds 32 767
    /// characters (the CSV export carries the whole text).
    pub cut: &'static str,
}

/// The longest text alternative of the structure figure, in UTF-16 units:
/// a PDF string (at most 32 767 bytes in PDF/A) holds it twice over, with
/// room for escapes.
const FIGURE_ALT_MAX: usize = 8_000;

/// The words and sentences of one language; see the [module docs](self).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    language: Language,
}

impl Locale {
    /// The locale of `language`.
    pub const fn new(language: Language) -> Locale {
        Locale { language }
    }

    /// Its language.
    pub fn language(self) -> Language {
        self.language
    }

    /// The fixed words.
    pub fn words(self) -> &'static Words {
        match self.language {
            Language::Fi => &fi::WORDS,
            Language::Sv => &sv::WORDS,
        }
    }

    /// The cardinal number word for 1–999 (`kolmetoista`, `tretton`);
    /// `None` outside that range.
    pub fn number_word(self, n: u32) -> Option<String> {
        match self.language {
            Language::Fi => fi::number_word(n),
            Language::Sv => sv::number_word(n),
        }
    }

    /// A count in words and digits, "kolmetoista (13)"; digits only past 999.
    pub fn amount(self, n: u32) -> String {
        match self.number_word(n) {
            Some(word) => format!("{word} ({n})"),
            None => n.to_string(),
        }
    }

    /// The counterparts sentence, e.g. "Tätä sopimusta on tehty kolmetoista
    /// (13) samansanaista kappaletta, yksi kullekin sopijaosapuolelle.";
    /// `one_per_party` adds the clause that each party gets one.
    pub fn counterparts_sentence(self, count: u32, one_per_party: bool) -> String {
        let amount = self.amount(count);
        let each = one_per_party && count > 1;
        match self.language {
            Language::Fi => {
                // Finnish takes the partitive after numbers other than one.
                let noun = if count == 1 {
                    "kappale"
                } else {
                    "samansanaista kappaletta"
                };
                let tail = if each {
                    ", yksi kullekin sopijaosapuolelle."
                } else {
                    "."
                };
                format!("Tätä sopimusta on tehty {amount} {noun}{tail}")
            }
            Language::Sv => {
                let noun = if count == 1 {
                    "exemplar"
                } else {
                    "likalydande exemplar"
                };
                let tail = if each {
                    ", ett för varje avtalspart."
                } else {
                    "."
                };
                format!("Detta avtal har upprättats i {amount} {noun}{tail}")
            }
        }
    }

    /// The statement on how the agreement is signed.
    pub fn signing_statement(self, mode: SigningMode) -> &'static str {
        match (self.language, mode) {
            (Language::Fi, SigningMode::Electronic) => {
                "Allekirjoitukset sähköisenä allekirjoituksena."
            }
            (Language::Fi, SigningMode::Paper) => "Allekirjoitukset paperisina allekirjoituksina.",
            (Language::Sv, SigningMode::Electronic) => "Avtalet undertecknas elektroniskt.",
            (Language::Sv, SigningMode::Paper) => "Avtalet undertecknas på papper.",
        }
    }

    /// The sentence that names both language versions as equally valid, in
    /// a version in this language of an agreement in `languages`.
    pub fn language_versions(self, languages: &[Language]) -> String {
        let names: Vec<String> = languages
            .iter()
            .map(|l| self.language_adverb(*l).to_owned())
            .collect();
        let list = self.join_and(&names);
        match self.language {
            Language::Fi => format!(
                "Sopimus on laadittu {list}, ja kaikki kieliversiot ovat yhtä päteviä. Tämä on sopimuksen {} kieliversio.",
                self.language_adjective(self.language)
            ),
            Language::Sv => {
                // Two versions are "båda", more than two "alla".
                let all = if languages.len() == 2 {
                    "båda språkversionerna"
                } else {
                    "alla språkversioner"
                };
                format!(
                    "Avtalet har upprättats på {list}, och {all} är lika giltiga. Detta är avtalets {} språkversion.",
                    self.language_adjective(self.language)
                )
            }
        }
    }

    /// "suomeksi" / "finska": how a sentence of this language names `l`.
    fn language_adverb(self, l: Language) -> &'static str {
        match (self.language, l) {
            (Language::Fi, Language::Fi) => "suomeksi",
            (Language::Fi, Language::Sv) => "ruotsiksi",
            (Language::Sv, Language::Fi) => "finska",
            (Language::Sv, Language::Sv) => "svenska",
        }
    }

    /// "suomenkielinen" / "svenska": the adjective for a version in `l`.
    fn language_adjective(self, l: Language) -> &'static str {
        match (self.language, l) {
            (Language::Fi, Language::Fi) => "suomenkielinen",
            (Language::Fi, Language::Sv) => "ruotsinkielinen",
            (Language::Sv, Language::Fi) => "finska",
            (Language::Sv, Language::Sv) => "svenska",
        }
    }

    /// A month window as a sentence needs it: `touko-kesäkuussa` (May–June,
    /// Finnish inessive), `i maj–juni`; `None` for an invalid month.
    pub fn month_window(self, window: MonthWindow) -> Option<String> {
        match self.language {
            Language::Fi => fi::month_window_inessive(window),
            Language::Sv => sv::month_window(window),
        }
    }

    /// The follow-up meeting sentence: "Seurantakokous pidetään
    /// touko-kesäkuussa." for one round a year, the plural for several;
    /// `None` for an invalid month or no rounds.
    pub fn follow_up_sentence(self, rounds: &[MonthWindow]) -> Option<String> {
        let windows = rounds
            .iter()
            .map(|w| self.month_window(*w))
            .collect::<Option<Vec<String>>>()?;
        let list = self.join_and(&windows);
        match (self.language, windows.len()) {
            (_, 0) => None,
            (Language::Fi, 1) => Some(format!("Seurantakokous pidetään {list}.")),
            (Language::Fi, _) => Some(format!("Seurantakokoukset pidetään {list}.")),
            (Language::Sv, 1) => Some(format!("Uppföljningsmötet hålls {list}.")),
            (Language::Sv, _) => Some(format!("Uppföljningsmötena hålls {list}.")),
        }
    }

    fn times(self, count: Count) -> String {
        match self.language {
            Language::Fi => {
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
            Language::Sv => {
                if count.min == count.max {
                    if count.min == 1 {
                        "en gång".to_owned()
                    } else {
                        format!("{} gånger", count.min)
                    }
                } else {
                    format!("{}–{} gånger", count.min, count.max)
                }
            }
        }
    }

    /// A meeting frequency in words, e.g. `3–4 kertaa vuodessa`.
    pub fn frequency(self, frequency: &Frequency) -> String {
        let fi = self.language == Language::Fi;
        match frequency {
            Frequency::PerCouncilTerm(c) if fi => format!("{} valtuustokaudessa", self.times(*c)),
            Frequency::PerCouncilTerm(c) => format!("{} per fullmäktigeperiod", self.times(*c)),
            Frequency::PerYear(c) if fi => format!("{} vuodessa", self.times(*c)),
            Frequency::PerYear(c) => format!("{} per år", self.times(*c)),
            Frequency::AsNeeded if fi => "tarpeen mukaan".to_owned(),
            Frequency::AsNeeded => "vid behov".to_owned(),
            Frequency::OwnPlan if fi => "oman toimintasuunnitelman mukaan".to_owned(),
            Frequency::OwnPlan => "enligt egen verksamhetsplan".to_owned(),
        }
    }

    /// A joint meeting in words, e.g. `vähintään kerran vuodessa`.
    pub fn at_least_per_year(self, n: u32) -> String {
        let times = self.times(Count::exactly(n));
        match self.language {
            Language::Fi => format!("vähintään {times} vuodessa"),
            Language::Sv => format!("minst {times} per år"),
        }
    }

    /// The clause a forum's frequency gets for a joint meeting with
    /// `others` (names in the nominative): "; lisäksi vähintään kerran
    /// vuodessa yhteinen kokous, johon osallistuu myös X".
    pub fn joint_meeting(self, at_least_per_year: u32, others: &[String]) -> String {
        let often = self.at_least_per_year(at_least_per_year);
        let names = self.join_and(others);
        match self.language {
            Language::Fi => {
                // The verb agrees with the number of forums.
                let verb = if others.len() == 1 {
                    "osallistuu"
                } else {
                    "osallistuvat"
                };
                format!("; lisäksi {often} yhteinen kokous, johon {verb} myös {names}")
            }
            Language::Sv => {
                format!("; dessutom {often} ett gemensamt möte där även {names} deltar")
            }
        }
    }

    /// The convener in words: the convening party's or body's name
    /// (`first`), the chair, or both ("first time X, then the chair").
    pub fn convener(self, first: Option<&str>, chair: bool) -> String {
        match (first, chair, self.language) {
            (Some(first), true, Language::Fi) => {
                format!("ensimmäisellä kerralla {first}, jatkossa puheenjohtaja")
            }
            (Some(first), true, Language::Sv) => {
                format!("första gången {first}, därefter ordföranden")
            }
            (Some(first), false, _) => first.to_owned(),
            (None, true, _) => self.words().chair.to_owned(),
            (None, false, _) => "–".to_owned(),
        }
    }

    /// A term of office in words.
    pub fn term(self, term: Term) -> &'static str {
        match (self.language, term) {
            (Language::Fi, Term::CouncilTerm) => "valtuustokausi",
            (Language::Fi, Term::UntilFurtherNotice) => "toistaiseksi",
            (Language::Sv, Term::CouncilTerm) => "fullmäktigeperioden",
            (Language::Sv, Term::UntilFurtherNotice) => "tills vidare",
        }
    }

    /// A period in months, e.g. `12 kuukautta`, `1 kuukausi`, `12 månader`.
    pub fn months(self, n: u32) -> String {
        match (self.language, n) {
            (Language::Fi, 1) => "1 kuukausi".to_owned(),
            (Language::Fi, n) => format!("{n} kuukautta"),
            (Language::Sv, 1) => "1 månad".to_owned(),
            (Language::Sv, n) => format!("{n} månader"),
        }
    }

    /// Names joined as a list: "A", "A ja B", "A, B ja C" ("och" in Swedish).
    pub fn join_and(self, items: &[String]) -> String {
        let and = match self.language {
            Language::Fi => "ja",
            Language::Sv => "och",
        };
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
        }
    }

    /// What kind of body it is, in words: `työryhmä`, `arbetsgrupp` ….
    pub fn forum_kind(self, kind: ForumKind) -> &'static str {
        let fi = self.language == Language::Fi;
        match kind {
            ForumKind::Forum => "foorumi".choose(fi, "forum"),
            ForumKind::WorkingGroup => "työryhmä".choose(fi, "arbetsgrupp"),
            ForumKind::Network => "verkosto".choose(fi, "nätverk"),
            ForumKind::AdvocacyBody => "vaikuttamistoimielin".choose(fi, "påverkansorgan"),
            ForumKind::Committee => "lautakunta".choose(fi, "nämnd"),
            ForumKind::AdvisoryBoard => "neuvottelukunta".choose(fi, "delegation"),
            ForumKind::ManagementGroup => "johtoryhmä".choose(fi, "ledningsgrupp"),
            ForumKind::Unit => "yksikkö".choose(fi, "enhet"),
        }
    }

    /// An organ of a party: "aluehallitus (Päijät-Hämeen hyvinvointialue)".
    pub fn organ_of(self, organ: &str, party: &str) -> String {
        format!("{organ} ({party})")
    }

    /// A responsibility with partners: "X; yhteistyössä: Y".
    pub fn with_partners(self, lead: &str, partners: &str) -> String {
        if partners.is_empty() {
            lead.to_owned()
        } else {
            format!("{lead}{}{partners}", self.words().with_partners)
        }
    }

    /// A member in words: "kaikki kunnat (1 edustaja kustakin,
    /// kunnanjohtaja)"; `each` for a group, whose seats are per party.
    pub fn member(self, name: &str, seats: Option<u32>, each: bool, role: Option<&str>) -> String {
        let mut notes = Vec::new();
        if let Some(n) = seats {
            notes.push(match (self.language, n == 1, each) {
                (Language::Fi, true, false) => "1 edustaja".to_owned(),
                (Language::Fi, false, false) => format!("{n} edustajaa"),
                (Language::Fi, true, true) => "1 edustaja kustakin".to_owned(),
                (Language::Fi, false, true) => format!("{n} edustajaa kustakin"),
                (Language::Sv, true, false) => "1 representant".to_owned(),
                (Language::Sv, false, false) => format!("{n} representanter"),
                (Language::Sv, true, true) => "1 representant från varje".to_owned(),
                (Language::Sv, false, true) => format!("{n} representanter från varje"),
            });
        }
        if let Some(role) = role {
            notes.push(role.to_owned());
        }
        if notes.is_empty() {
            name.to_owned()
        } else {
            format!("{name} ({})", notes.join(", "))
        }
    }

    /// Where a body that exists in each municipality operates:
    /// "jokaisessa kunnassa (A, B ja C)", or "kunnissa A ja B".
    pub fn per_municipality(self, names: &[String], all: bool) -> String {
        let list = self.join_and(names);
        match (self.language, all) {
            (Language::Fi, true) => format!("jokaisessa kunnassa ({list})"),
            (Language::Fi, false) => format!("kunnissa {list}"),
            (Language::Sv, true) => format!("i varje kommun ({list})"),
            (Language::Sv, false) => format!("i kommunerna {list}"),
        }
    }

    /// Entry into force and duration: "Puitesopimus tulee voimaan, kun …
    /// Sopimus on voimassa toistaiseksi."
    pub fn validity(self, kind: AgreementKind, until: Option<Date>, until_new: bool) -> String {
        let framework = kind == AgreementKind::FrameworkAgreement;
        match self.language {
            Language::Fi => {
                let subject = if framework { "Puitesopimus" } else { "Sopimus" };
                let replaced = "siihen asti, kunnes uusi sopimus on hyväksytty";
                let duration = match (until, until_new) {
                    (None, false) => "Sopimus on voimassa toistaiseksi.".to_owned(),
                    (None, true) => format!("Sopimus on voimassa {replaced}."),
                    (Some(d), false) => format!("Sopimus on voimassa {} asti.", self.date(d)),
                    (Some(d), true) => format!(
                        "Sopimus on voimassa {} asti ja joka tapauksessa {replaced}.",
                        self.date(d)
                    ),
                };
                format!(
                    "{subject} tulee voimaan, kun kaikki osapuolet ovat sen hyväksyneet ja allekirjoituksillaan vahvistaneet. {duration}"
                )
            }
            Language::Sv => {
                let subject = if framework { "Ramavtalet" } else { "Avtalet" };
                let replaced = "tills ett nytt avtal har godkänts";
                let duration = match (until, until_new) {
                    (None, false) => "Avtalet gäller tills vidare.".to_owned(),
                    (None, true) => format!("Avtalet gäller {replaced}."),
                    (Some(d), false) => {
                        format!("Avtalet gäller till och med {}.", self.date(d))
                    }
                    (Some(d), true) => format!(
                        "Avtalet gäller till och med {} och i varje fall {replaced}.",
                        self.date(d)
                    ),
                };
                format!(
                    "{subject} träder i kraft när alla parter har godkänt det och bekräftat det med sina underskrifter. {duration}"
                )
            }
        }
    }

    /// The termination rules in sentences.
    pub fn termination(self, t: &Termination) -> String {
        let mut sentences = Vec::new();
        let fi = self.language == Language::Fi;
        if t.own_part_only {
            sentences.push(
                "Organisaatio voi irtisanoa sopimuksen vain omalta osaltaan.".choose(
                    fi,
                    "En avtalspart kan säga upp avtalet endast för egen del.",
                ),
            );
        }
        let period = self.months(t.notice_months);
        let notice = if fi {
            format!("Sopimuksen irtisanomisaika on {period}.")
        } else {
            format!("Uppsägningstiden är {period}.")
        };
        let mut out: Vec<String> = sentences.into_iter().map(str::to_owned).collect();
        out.push(notice);
        let how = match (t.in_writing, t.notify_all_parties) {
            (true, true) => Some(
                "Sopimuksen irtisanominen tulee tehdä kirjallisesti ja toimittaa tiedoksi kaikille sopimusosapuolille."
                    .choose(fi, "Uppsägningen ska göras skriftligen och delges alla avtalsparter."),
            ),
            (true, false) => Some(
                "Sopimuksen irtisanominen tulee tehdä kirjallisesti."
                    .choose(fi, "Uppsägningen ska göras skriftligen."),
            ),
            (false, true) => Some(
                "Sopimuksen irtisanominen tulee toimittaa tiedoksi kaikille sopimusosapuolille."
                    .choose(fi, "Uppsägningen ska delges alla avtalsparter."),
            ),
            (false, false) => None,
        };
        out.extend(how.map(str::to_owned));
        out.join(" ")
    }

    /// A date in the documents' form, `1.8.2023`, the same in both languages.
    pub fn date(self, date: Date) -> String {
        date.finnish()
    }

    /// A decimal number with a comma and without trailing zeros (`12,5`).
    pub fn decimal(self, value: f64) -> String {
        fi::decimal(value)
    }

    /// A cited section of a statute: "§ 14 (topic)" in Finnish, "14 §
    /// (topic)" in Swedish.
    pub fn provision(self, section: &str, topic: &str) -> String {
        match self.language {
            Language::Fi => format!("§ {section} ({topic})"),
            Language::Sv => format!("{section} § ({topic})"),
        }
    }

    /// A minutes section, "§ 123" (the sign before the number in both
    /// languages, as minutes cite their paragraphs).
    pub fn minutes_section(self, section: &str) -> String {
        format!("§ {section}")
    }

    /// The place and date line above the signatures; a draft's date is
    /// left to be filled in.
    pub fn place_and_date(self, place: Option<&str>, date: Option<Date>) -> String {
        let date = date.map_or_else(|| "___.___.________".to_owned(), |d| self.date(d));
        match place {
            Some(place) => format!("{place} {date}"),
            None => format!("{} {date}", self.words().date),
        }
    }

    /// "Hyväksytty: Kunnanhallitus 12.6.2023 § 123".
    pub fn approval(self, body: &str, date: Date, section: Option<&str>) -> String {
        let mut text = format!("{}: {body} {}", self.words().approved, self.date(date));
        if let Some(section) = section {
            text.push(' ');
            text.push_str(&self.minutes_section(section));
        }
        text
    }

    /// "Allekirjoitettu 1.8.2023".
    pub fn signed_on(self, date: Date) -> String {
        format!("{} {}", self.words().signed, self.date(date))
    }

    /// A separate document annexed by reference.
    pub fn document_annex(self, name: &str, date: Option<Date>, reference: Option<&str>) -> String {
        let fi = self.language == Language::Fi;
        let mut text = format!(
            "{}: {name}",
            "Erillinen asiakirja".choose(fi, "Separat dokument")
        );
        if let Some(d) = date {
            text.push_str(&format!(", {}", self.date(d)));
        }
        text.push('.');
        if let Some(r) = reference {
            text.push_str(&format!(
                " {}: {r}",
                "Saatavilla".choose(fi, "Tillgängligt")
            ));
        }
        text
    }

    /// The text alternative of the structure figure: the tiers (or columns)
    /// with their boxes, and the bodies spanning several.
    pub fn figure_alt(
        self,
        columns: bool,
        tiers: &[(u32, String, Vec<String>)],
        spans: &[(String, String, String)],
    ) -> String {
        let fi = self.language == Language::Fi;
        let n = tiers.len();
        let parts: Vec<String> = tiers
            .iter()
            .map(|(level, name, boxes)| {
                if columns {
                    format!("{name}: {}", self.join_and(boxes))
                } else {
                    format!("{level}) {name}: {}", self.join_and(boxes))
                }
            })
            .collect();
        let head = match (columns, fi) {
            (true, true) => format!("Kaavio yhteistyörakenteesta {n} rinnakkaisena osana."),
            (true, false) => format!("Diagram över samarbetsstrukturen i {n} parallella delar."),
            (false, true) => format!("Kaavio yhteistyörakenteen {n} tasosta."),
            (false, false) => format!("Diagram över samarbetsstrukturens {n} nivåer."),
        };
        let mut alt = format!("{head} {}.", parts.join(". "));
        for (name, first, last) in spans {
            alt.push_str(&if fi {
                format!(" {name} ulottuu osista {first} – {last}.")
            } else {
                format!(" {name} sträcker sig över delarna {first} – {last}.")
            });
        }
        // The text alternative is one PDF string, which PDF/A caps at
        // 32 767 bytes: a structure too large to name in it (hundreds of
        // bodies, or very long names) is described by its size, and Annex 1
        // lists every body.
        if alt.encode_utf16().count() > FIGURE_ALT_MAX {
            alt = if fi {
                format!(
                    "{head} Sen osat ovat liian laajat lueteltaviksi tässä; liite 1 esittelee jokaisen foorumin ja työryhmän."
                )
            } else {
                format!(
                    "{head} Dess delar är för omfattande för att räknas upp här; bilaga 1 presenterar varje forum och arbetsgrupp."
                )
            };
        }
        alt
    }

    /// What an indicator's own fields add to its text, each a phrase.
    pub fn indicator_target(self, target: &str) -> String {
        format!("{}: {target}", "tavoitetaso".choose(self.fi(), "målnivå"))
    }

    /// The better direction of an indicator.
    pub fn direction(self, direction: Direction) -> &'static str {
        match (self.language, direction) {
            (Language::Fi, Direction::HigherIsBetter) => "suurempi on parempi",
            (Language::Fi, Direction::LowerIsBetter) => "pienempi on parempi",
            (Language::Sv, Direction::HigherIsBetter) => "högre är bättre",
            (Language::Sv, Direction::LowerIsBetter) => "lägre är bättre",
        }
    }

    /// "suunta: suurempi on parempi".
    pub fn indicator_direction(self, direction: Direction) -> String {
        format!(
            "{}: {}",
            "suunta".choose(self.fi(), "riktning"),
            self.direction(direction)
        )
    }

    /// "kunnat: X/11", or "kunnat: X/5 joukosta A, B …" for a share of some.
    pub fn indicator_share(self, share: &str, among: Option<&str>) -> String {
        let fi = self.fi();
        match among {
            Some(names) => format!(
                "{}: {share} {} {names}",
                "kunnat".choose(fi, "kommuner"),
                "joukosta".choose(fi, "bland")
            ),
            None => format!("{}: {share}", "kunnat".choose(fi, "kommuner")),
        }
    }

    /// "asteikko 1–5".
    pub fn indicator_scale(self, lo: u32, hi: u32) -> String {
        format!("{} {lo}–{hi}", "asteikko".choose(self.fi(), "skala"))
    }

    /// "lähtötaso vuodelta 2022", "lähtötaso 35 % (2025)", "lähtötaso 35 %".
    pub fn indicator_baseline(self, year: Option<i32>, value: Option<&str>) -> Option<String> {
        let fi = self.fi();
        let word = "lähtötaso".choose(fi, "utgångsnivå");
        match (year, value) {
            (Some(y), None) => Some(format!("{word} {} {y}", "vuodelta".choose(fi, "från år"))),
            (Some(y), Some(v)) => Some(format!("{word} {v} ({y})")),
            (None, Some(v)) => Some(format!("{word} {v}")),
            (None, None) => None,
        }
    }

    /// "yksikkö: %".
    pub fn indicator_unit(self, unit: &str) -> String {
        format!("{}: {unit}", "yksikkö".choose(self.fi(), "enhet"))
    }

    /// "lähde: THL Sotkanet (4559)".
    pub fn indicator_source(self, name: &str, id: Option<&str>) -> String {
        let word = "lähde".choose(self.fi(), "källa");
        match id {
            Some(id) => format!("{word}: {name} ({id})"),
            None => format!("{word}: {name}"),
        }
    }

    /// An action's responsibility in an export cell: "(vastuutaho: X)".
    pub fn action_lead(self, lead: &str) -> String {
        format!(
            "({}: {lead})",
            self.words().action_responsibility.to_lowercase()
        )
    }

    fn fi(self) -> bool {
        self.language == Language::Fi
    }
}

/// Picks the Finnish or the Swedish of two words.
trait Choose {
    fn choose(self, fi: bool, sv: Self) -> Self;
}

impl Choose for &'static str {
    fn choose(self, fi: bool, sv: Self) -> Self {
        if fi { self } else { sv }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(f: impl Fn(Locale) -> String) -> (String, String) {
        (f(Locale::new(Language::Fi)), f(Locale::new(Language::Sv)))
    }

    #[test]
    fn a_figure_too_large_to_name_is_described_by_its_size() {
        let boxes: Vec<String> = (0..500).map(|k| format!("Foorumi numero {k}")).collect();
        let tiers = [(1, "Taso".to_owned(), boxes)];
        let (fi, sv) = both(|l| l.figure_alt(false, &tiers, &[]));
        assert_eq!(
            fi,
            "Kaavio yhteistyörakenteen 1 tasosta. Sen osat ovat liian laajat lueteltaviksi tässä; liite 1 esittelee jokaisen foorumin ja työryhmän."
        );
        assert!(
            sv.ends_with("bilaga 1 presenterar varje forum och arbetsgrupp."),
            "{sv}"
        );
        // One name too long for the string does the same; a few short ones
        // are named.
        let long = [(1, "Taso".to_owned(), vec!["x".repeat(FIGURE_ALT_MAX)])];
        assert!(
            both(|l| l.figure_alt(true, &long, &[]))
                .0
                .contains("liite 1")
        );
        let few = [(1, "Taso".to_owned(), vec!["Foorumi".to_owned()])];
        assert!(
            both(|l| l.figure_alt(false, &few, &[]))
                .0
                .contains("Foorumi")
        );
    }

    #[test]
    fn counterparts() {
        assert_eq!(
            both(|l| l.counterparts_sentence(13, true)),
            (
                "Tätä sopimusta on tehty kolmetoista (13) samansanaista kappaletta, yksi kullekin sopijaosapuolelle.".into(),
                "Detta avtal har upprättats i tretton (13) likalydande exemplar, ett för varje avtalspart.".into()
            )
        );
        assert_eq!(
            both(|l| l.counterparts_sentence(1, true)),
            (
                "Tätä sopimusta on tehty yksi (1) kappale.".into(),
                "Detta avtal har upprättats i ett (1) exemplar.".into()
            )
        );
        assert_eq!(
            both(|l| l.counterparts_sentence(2, false)),
            (
                "Tätä sopimusta on tehty kaksi (2) samansanaista kappaletta.".into(),
                "Detta avtal har upprättats i två (2) likalydande exemplar.".into()
            )
        );
    }

    #[test]
    fn signing_and_language_versions() {
        assert_eq!(
            both(|l| l.signing_statement(SigningMode::Electronic).to_owned()),
            (
                "Allekirjoitukset sähköisenä allekirjoituksena.".into(),
                "Avtalet undertecknas elektroniskt.".into()
            )
        );
        assert_eq!(
            both(|l| l.language_versions(&[Language::Sv, Language::Fi])),
            (
                "Sopimus on laadittu ruotsiksi ja suomeksi, ja kaikki kieliversiot ovat yhtä päteviä. Tämä on sopimuksen suomenkielinen kieliversio.".into(),
                "Avtalet har upprättats på svenska och finska, och båda språkversionerna är lika giltiga. Detta är avtalets svenska språkversion.".into()
            )
        );
        // As a third language would have it.
        assert_eq!(
            Locale::new(Language::Sv).language_versions(&[
                Language::Sv,
                Language::Fi,
                Language::Fi
            ]),
            "Avtalet har upprättats på svenska, finska och finska, och alla språkversioner är lika giltiga. Detta är avtalets svenska språkversion."
        );
    }

    #[test]
    fn validity_and_termination() {
        let d = Date::from_ymd(2029, 5, 31);
        assert_eq!(
            both(|l| l.validity(AgreementKind::StrategicCooperationAgreement, d, true)),
            (
                "Sopimus tulee voimaan, kun kaikki osapuolet ovat sen hyväksyneet ja allekirjoituksillaan vahvistaneet. Sopimus on voimassa 31.5.2029 asti ja joka tapauksessa siihen asti, kunnes uusi sopimus on hyväksytty.".into(),
                "Avtalet träder i kraft när alla parter har godkänt det och bekräftat det med sina underskrifter. Avtalet gäller till och med 31.5.2029 och i varje fall tills ett nytt avtal har godkänts.".into()
            )
        );
        assert_eq!(
            both(|l| l.validity(AgreementKind::FrameworkAgreement, None, false)),
            (
                "Puitesopimus tulee voimaan, kun kaikki osapuolet ovat sen hyväksyneet ja allekirjoituksillaan vahvistaneet. Sopimus on voimassa toistaiseksi.".into(),
                "Ramavtalet träder i kraft när alla parter har godkänt det och bekräftat det med sina underskrifter. Avtalet gäller tills vidare.".into()
            )
        );
        let t = Termination::default();
        assert_eq!(
            both(|l| l.termination(&t)),
            (
                "Organisaatio voi irtisanoa sopimuksen vain omalta osaltaan. Sopimuksen irtisanomisaika on 12 kuukautta. Sopimuksen irtisanominen tulee tehdä kirjallisesti ja toimittaa tiedoksi kaikille sopimusosapuolille.".into(),
                "En avtalspart kan säga upp avtalet endast för egen del. Uppsägningstiden är 12 månader. Uppsägningen ska göras skriftligen och delges alla avtalsparter.".into()
            )
        );
        let one = Termination {
            notice_months: 1,
            in_writing: false,
            ..Termination::default()
        };
        assert_eq!(
            both(|l| l.termination(&one)),
            (
                "Organisaatio voi irtisanoa sopimuksen vain omalta osaltaan. Sopimuksen irtisanomisaika on 1 kuukausi. Sopimuksen irtisanominen tulee toimittaa tiedoksi kaikille sopimusosapuolille.".into(),
                "En avtalspart kan säga upp avtalet endast för egen del. Uppsägningstiden är 1 månad. Uppsägningen ska delges alla avtalsparter.".into()
            )
        );
    }

    #[test]
    fn follow_up_and_frequencies() {
        let w = |a, b| MonthWindow {
            from_month: a,
            to_month: b,
        };
        assert_eq!(
            both(|l| l.follow_up_sentence(&[w(5, 6)]).unwrap()),
            (
                "Seurantakokous pidetään touko-kesäkuussa.".into(),
                "Uppföljningsmötet hålls i maj–juni.".into()
            )
        );
        assert_eq!(
            both(|l| l.follow_up_sentence(&[w(3, 4), w(9, 9)]).unwrap()),
            (
                "Seurantakokoukset pidetään maalis-huhtikuussa ja syyskuussa.".into(),
                "Uppföljningsmötena hålls i mars–april och i september.".into()
            )
        );
        assert_eq!(
            both(|l| l.frequency(&Frequency::PerYear(Count { min: 3, max: 4 }))),
            ("3–4 kertaa vuodessa".into(), "3–4 gånger per år".into())
        );
        assert_eq!(
            both(|l| l.frequency(&Frequency::PerCouncilTerm(Count::exactly(1)))),
            (
                "kerran valtuustokaudessa".into(),
                "en gång per fullmäktigeperiod".into()
            )
        );
        assert_eq!(
            both(|l| l.joint_meeting(1, &["Turvallisuusfoorumi".to_owned()])),
            (
                "; lisäksi vähintään kerran vuodessa yhteinen kokous, johon osallistuu myös Turvallisuusfoorumi".into(),
                "; dessutom minst en gång per år ett gemensamt möte där även Turvallisuusfoorumi deltar".into()
            )
        );
        assert_eq!(
            both(|l| l.joint_meeting(2, &["A".to_owned(), "B".to_owned()])),
            (
                "; lisäksi vähintään 2 kertaa vuodessa yhteinen kokous, johon osallistuvat myös A ja B".into(),
                "; dessutom minst 2 gånger per år ett gemensamt möte där även A och B deltar".into()
            )
        );
    }

    #[test]
    fn members_conveners_and_places() {
        assert_eq!(
            both(|l| l.member("X", Some(1), true, Some("rooli"))),
            (
                "X (1 edustaja kustakin, rooli)".into(),
                "X (1 representant från varje, rooli)".into()
            )
        );
        assert_eq!(
            both(|l| l.member("X", Some(3), false, None)),
            ("X (3 edustajaa)".into(), "X (3 representanter)".into())
        );
        assert_eq!(
            both(|l| l.convener(Some("X"), true)),
            (
                "ensimmäisellä kerralla X, jatkossa puheenjohtaja".into(),
                "första gången X, därefter ordföranden".into()
            )
        );
        assert_eq!(
            both(|l| l.per_municipality(&["A".into(), "B".into()], true)),
            (
                "jokaisessa kunnassa (A ja B)".into(),
                "i varje kommun (A och B)".into()
            )
        );
        assert_eq!(
            both(|l| l.place_and_date(None, Date::from_ymd(2023, 8, 1))),
            ("Päiväys 1.8.2023".into(), "Datum 1.8.2023".into())
        );
        assert_eq!(
            both(|l| l.approval(
                "Hallitus",
                Date::from_ymd(2023, 6, 12).unwrap(),
                Some("123")
            )),
            (
                "Hyväksytty: Hallitus 12.6.2023 § 123".into(),
                "Godkänt: Hallitus 12.6.2023 § 123".into()
            )
        );
        assert_eq!(
            both(|l| l.provision("14", "aihe")),
            ("§ 14 (aihe)".into(), "14 § (aihe)".into())
        );
    }

    #[test]
    fn indicator_additions() {
        assert_eq!(
            both(|l| l.indicator_share("X/5", Some("A ja B"))),
            (
                "kunnat: X/5 joukosta A ja B".into(),
                "kommuner: X/5 bland A ja B".into()
            )
        );
        assert_eq!(
            both(|l| l.indicator_baseline(Some(2022), None).unwrap()),
            (
                "lähtötaso vuodelta 2022".into(),
                "utgångsnivå från år 2022".into()
            )
        );
        assert_eq!(
            both(|l| l.indicator_direction(Direction::LowerIsBetter)),
            (
                "suunta: pienempi on parempi".into(),
                "riktning: lägre är bättre".into()
            )
        );
        assert_eq!(
            both(|l| l.indicator_source("THL", Some("4559"))),
            ("lähde: THL (4559)".into(), "källa: THL (4559)".into())
        );
    }
}

/// One language version of an agreement: its texts in that language and
/// the sentences built from its data, for the renderer and the exports.
#[derive(Clone, Copy)]
pub(crate) struct Version<'a> {
    pub(crate) locale: Locale,
    pub(crate) agreement: &'a crate::Agreement,
    primary: Language,
}

impl<'a> Version<'a> {
    /// The version of `agreement` in `language` (one of its languages; a
    /// text missing in it falls back to the text as first written, which
    /// validation rules out for a declared language).
    pub(crate) fn new(agreement: &'a crate::Agreement, language: Language) -> Version<'a> {
        Version {
            locale: Locale::new(language),
            agreement,
            primary: agreement.meta.languages.primary(),
        }
    }

    /// The language.
    pub(crate) fn language(self) -> Language {
        self.locale.language()
    }

    /// A text in this language.
    pub(crate) fn t(self, text: &'a crate::text::Text) -> &'a str {
        text.get(self.language(), self.primary)
            .unwrap_or_else(|| text.as_str())
    }

    /// An optional text in this language.
    pub(crate) fn opt(self, text: Option<&'a crate::text::Text>) -> Option<&'a str> {
        text.map(|t| self.t(t))
    }

    /// A rich text in this language, marks included.
    pub(crate) fn rich(self, text: &'a crate::text::RichText) -> &'a str {
        text.get(self.language(), self.primary)
            .unwrap_or_else(|| text.as_str())
    }

    /// A rich text in this language without marks.
    pub(crate) fn plain(self, text: &'a crate::text::RichText) -> String {
        crate::text::plain_of(self.rich(text))
    }

    /// The name of whoever a reference names, in this language.
    pub(crate) fn body_name(self, r: &'a crate::model::BodyRef) -> String {
        use crate::model::{BodyRef, PartyGroup, Resolved};
        let a = self.agreement;
        match r {
            BodyRef::Id(id) => match a.resolve(id) {
                Some(Resolved::Party(p)) => self.t(&p.name).to_owned(),
                Some(Resolved::Forum(f)) => self.t(&f.name).to_owned(),
                _ => id.to_string(),
            },
            BodyRef::Organ { party, organ } => {
                let party = a
                    .party(party)
                    .map_or_else(|| party.to_string(), |p| self.t(&p.name).to_owned());
                self.locale.organ_of(self.t(organ), &party)
            }
            BodyRef::Group(PartyGroup::AllMunicipalities) => {
                self.locale.words().all_municipalities.to_owned()
            }
            BodyRef::Group(PartyGroup::AllParties) => self.locale.words().all_parties.to_owned(),
            BodyRef::Other(name) => self.t(name).to_owned(),
        }
    }

    /// A responsibility in words: its own text, or who leads and who works
    /// with them.
    pub(crate) fn responsibility(self, r: &'a crate::model::Responsibility) -> String {
        if let Some(text) = &r.text {
            return self.t(text).to_owned();
        }
        let names = |refs: &'a [crate::model::BodyRef]| -> String {
            refs.iter()
                .map(|b| self.body_name(b))
                .collect::<Vec<_>>()
                .join(", ")
        };
        self.locale
            .with_partners(&names(&r.responsible), &names(&r.partners))
    }

    /// A member of a body in words.
    pub(crate) fn member(self, m: &'a crate::model::Member) -> String {
        self.locale.member(
            &self.body_name(&m.who),
            m.seats,
            matches!(m.who, crate::model::BodyRef::Group(_)),
            self.opt(m.role.as_ref()),
        )
    }

    /// A party's name by id, in this language (the id when unknown).
    pub(crate) fn party_name(self, id: &str) -> String {
        self.agreement
            .parties
            .iter()
            .find(|p| p.id.as_str() == id)
            .map_or_else(|| id.to_owned(), |p| self.t(&p.name).to_owned())
    }

    /// An annex heading: the agreement's own, or the language's default.
    pub(crate) fn heading(
        self,
        own: Option<&'a crate::text::Text>,
        default: &'static str,
    ) -> String {
        self.opt(own).unwrap_or(default).to_owned()
    }
}
