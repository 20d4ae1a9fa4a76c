//! The agreement's own sentences: counterparts and signing, the language
//! versions, follow-up meetings, validity and termination, the signature
//! page, annexed documents and the structure figure's text alternative.

use crate::ids::Date;
use crate::language::Language;
use crate::model::{
    AgreementKind, MonthWindow, OwnPartSubject, PartyTerm, SigningMode, Termination,
};

use super::{Choose, Locale};

/// The longest text alternative of the structure figure, in UTF-16 units:
/// a PDF string (at most 32 767 bytes in PDF/A) holds it twice over, with
/// room for escapes.
pub(super) const FIGURE_ALT_MAX: usize = 8_000;

impl Locale {
    /// The counterparts sentence, e.g. "Tätä sopimusta on tehty kolmetoista
    /// (13) samansanaista kappaletta, yksi kullekin sopimusosapuolelle.";
    /// `one_per_party` adds the clause that each party gets one.
    pub fn counterparts_sentence(self, count: u32, one_per_party: bool) -> String {
        self.counterparts_sentence_with(count, one_per_party, PartyTerm::default())
    }

    /// [`counterparts_sentence`](Self::counterparts_sentence) with the
    /// Finnish word for a party the file chose (`[signing] party_term`):
    /// "… yksi kullekin sopijaosapuolelle." as the 2023 Kanta-Häme
    /// agreement words it. Swedish always says *avtalspart*.
    pub fn counterparts_sentence_with(
        self,
        count: u32,
        one_per_party: bool,
        term: PartyTerm,
    ) -> String {
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
                let tail = match (each, term) {
                    (false, _) => ".",
                    (true, PartyTerm::AgreementParty) => ", yksi kullekin sopimusosapuolelle.",
                    (true, PartyTerm::ContractingParty) => ", yksi kullekin sopijaosapuolelle.",
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
            Language::Fi => {
                // Two versions are "molemmat", more than two "kaikki".
                let all = if languages.len() == 2 {
                    "molemmat kieliversiot"
                } else {
                    "kaikki kieliversiot"
                };
                format!(
                    "Sopimus on laadittu {list}, ja {all} ovat yhtä päteviä. Tämä on sopimuksen {} kieliversio.",
                    self.language_adjective(self.language)
                )
            }
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

    /// The sentence on the language versions for a document that prints
    /// them side by side: the versions named as equally valid (the first
    /// sentence of [`Self::language_versions`]), then that they stand side
    /// by side here, in place of naming this one's language.
    pub fn language_versions_side_by_side(self, languages: &[Language]) -> String {
        let all = self.language_versions(languages);
        let equal = all.split_inclusive(". ").next().unwrap_or(&all);
        let side = match self.language {
            Language::Fi => "Tässä asiakirjassa kieliversiot ovat rinnakkain.",
            Language::Sv => "I detta dokument står språkversionerna sida vid sida.",
        };
        format!("{equal}{side}")
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
    pub(super) fn language_adjective(self, l: Language) -> &'static str {
        match (self.language, l) {
            (Language::Fi, Language::Fi) => "suomenkielinen",
            (Language::Fi, Language::Sv) => "ruotsinkielinen",
            (Language::Sv, Language::Fi) => "finska",
            (Language::Sv, Language::Sv) => "svenska",
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
            sentences.push(match t.own_part_subject {
                OwnPartSubject::Party => {
                    "Sopimusosapuoli voi irtisanoa sopimuksen vain omalta osaltaan.".choose(
                        fi,
                        "En avtalspart kan säga upp avtalet endast för egen del.",
                    )
                }
                OwnPartSubject::Organisation => {
                    "Organisaatio voi irtisanoa sopimuksen vain omalta osaltaan.".choose(
                        fi,
                        "En organisation kan säga upp avtalet endast för egen del.",
                    )
                }
            });
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
        let head = match (columns, fi, n) {
            (true, true, 1) => "Kaavio yhteistyörakenteesta yhtenä osana.".to_owned(),
            (true, false, 1) => "Diagram över samarbetsstrukturen i en del.".to_owned(),
            (false, true, 1) => "Kaavio yhteistyörakenteen yhdestä tasosta.".to_owned(),
            (false, false, 1) => "Diagram över samarbetsstrukturens enda nivå.".to_owned(),
            (true, true, _) => format!("Kaavio yhteistyörakenteesta {n} rinnakkaisena osana."),
            (true, false, _) => {
                format!("Diagram över samarbetsstrukturen i {n} parallella delar.")
            }
            (false, true, _) => format!("Kaavio yhteistyörakenteen {n} tasosta."),
            (false, false, _) => format!("Diagram över samarbetsstrukturens {n} nivåer."),
        };
        let mut alt = format!("{head} {}.", parts.join(". "));
        for (name, first, last) in spans {
            alt.push_str(&if fi {
                format!(" {name} kattaa osat {first} – {last}.")
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
}
