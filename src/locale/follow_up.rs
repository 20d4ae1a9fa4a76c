//! The follow-up's words and sentences over plain values: kinds of value,
//! values, the parts of the reason for a status, headings and the charts'
//! text alternatives, and the collection workbook's words. The follow-up
//! (`follow_up::words`, `follow_up::report`) composes its sentences from
//! these and takes every word from here; the locale knows nothing of the
//! follow-up's types.

use crate::ids::Date;
use crate::language::Language;
use crate::model::ValueKind;

use super::{Choose, Locale};

/// The fixed words of the follow-up report, in one language.
#[derive(Debug)]
#[non_exhaustive]
pub struct FollowUpWords {
    /// Status: the target is reached ("saavutettu").
    pub achieved: &'static str,
    /// Status: improving ("edistyy").
    pub on_track: &'static str,
    /// Status: not improving ("ei edisty").
    pub not_on_track: &'static str,
    /// Status: no data ("ei tietoa"); also a missing answer.
    pub no_data: &'static str,
    /// An action not started ("ei aloitettu").
    pub not_started: &'static str,
    /// An action in progress ("käynnissä").
    pub in_progress: &'static str,
    /// An action done ("valmis").
    pub done: &'static str,
    /// A reason: an action done ("toteutettu").
    pub carried_out: &'static str,
    /// The kind of value: a number ("luku").
    pub number: &'static str,
    /// The kind of value: a percentage ("prosentti").
    pub percentage: &'static str,
    /// The kind of value: yes or no ("kyllä / ei").
    pub yes_no: &'static str,
    /// The kind of value: the status of an action ("toimenpiteen tila").
    pub action_status: &'static str,
    /// Heading of the summary ("Yhteenveto").
    pub summary: &'static str,
    /// Before the counts of indicators per status.
    pub counts: &'static str,
    /// Heading of the goals and their indicators.
    pub goals: &'static str,
    /// Label of the baseline ("Lähtötaso").
    pub baseline: &'static str,
    /// Label of the kind of value ("Arvon tyyppi").
    pub kind: &'static str,
    /// Label of the status ("Tila").
    pub status: &'static str,
    /// Label of the notes ("Huomiot").
    pub notes: &'static str,
    /// Label of the sources ("Lähteet").
    pub sources: &'static str,
    /// What the per-municipality annex shows.
    pub matrix_intro: &'static str,
    /// Heading of the annex's first column ("Kunta").
    pub municipality: &'static str,
    /// Heading of the rules ("Näin tila määräytyy").
    pub rules: &'static str,
    /// The table's column of the indicator ("Mittari").
    pub indicator: &'static str,
    /// The table's column of the reason ("Perustelu").
    pub reason: &'static str,
    /// How a status is reached, a sentence per status and one on goals and
    /// shares (the rules of `follow_up::status`).
    pub rule_sentences: [&'static str; 5],
}

/// The collection workbook's words, in one language (`fi::WORKBOOK`,
/// `sv::WORKBOOK`).
#[derive(Debug)]
#[non_exhaustive]
pub struct WorkbookWords {
    /// The sheet the values are collected on ("Mittarit").
    pub sheet: &'static str,
    /// The sheet that says how to fill it in ("Ohje").
    pub help_sheet: &'static str,
    /// The headings of the sheet's columns, in order: the id, the
    /// municipality, its code, the year, the value, the kind of value, the
    /// previous value, the source, the date, the note, the indicator and
    /// its target.
    pub columns: [&'static str; 12],
    /// The row of the whole area ("Koko alue").
    pub whole_area: &'static str,
    /// The title of the message of a refused value.
    pub invalid_value: &'static str,
    /// The message of a refused value; `{kind}` is the kind of value.
    pub takes: &'static str,
    /// The message of a refused date.
    pub invalid_date: &'static str,
    /// The lines of the help sheet after its title; `{sheet}` is the
    /// sheet's name.
    pub help: [&'static str; 4],
    /// The help sheet's last line, before the command that checks the
    /// file ("Tarkista täytetty tiedosto").
    pub check: &'static str,
    /// The agreement's file in that command ("SOPIMUS").
    pub agreement_file: &'static str,
    /// The filled workbook in that command ("TÄMÄ").
    pub this_file: &'static str,
}

impl Locale {
    fn follow_up_words(self) -> &'static FollowUpWords {
        &self.words().follow_up
    }

    /// The collection workbook's words.
    pub fn workbook_words(self) -> &'static WorkbookWords {
        match self.language {
            Language::Fi => &super::fi::WORKBOOK,
            Language::Sv => &super::sv::WORKBOOK,
        }
    }

    /// What an indicator of the collection workbook takes, as its column
    /// says and its message repeats: "kyllä / ei", "asteikko 1–5",
    /// "prosentti 0–100", "luku (kpl)".
    pub fn workbook_kind(self, kind: ValueKind, scale: [u32; 2], unit: Option<&str>) -> String {
        let w = self.follow_up_words();
        match kind {
            ValueKind::YesNo => w.yes_no.to_owned(),
            ValueKind::ActionStatus => [w.not_started, w.in_progress, w.done].join(" / "),
            ValueKind::Scale => self.indicator_scale(scale[0], scale[1]),
            ValueKind::Percentage => format!("{} 0–100", w.percentage),
            _ => match unit {
                Some(unit) => format!("{} ({unit})", w.number),
                None => w.number.to_owned(),
            },
        }
    }

    /// The action statuses the collection workbook offers, in order.
    pub fn workbook_statuses(self) -> [&'static str; 3] {
        let w = self.follow_up_words();
        [w.not_started, w.in_progress, w.done]
    }

    /// Yes or no as a value.
    pub fn answer_word(self, yes: bool) -> &'static str {
        if yes {
            self.words().yes
        } else {
            self.words().no
        }
    }

    /// The kind of value an indicator takes, in words: "kuntien osuus
    /// (X/11)" for a share, "itsearvio 1–5" for a scale.
    pub fn kind_of_value(
        self,
        kind: ValueKind,
        share: Option<&str>,
        scale: Option<[u32; 2]>,
    ) -> String {
        let w = self.follow_up_words();
        let fi = self.fi();
        match (kind, share) {
            (_, Some(share)) => {
                format!("{} ({share})", "kuntien osuus".choose(fi, "andel kommuner"))
            }
            (ValueKind::Percentage, _) => w.percentage.to_owned(),
            (ValueKind::Scale, _) => {
                let [lo, hi] = scale.unwrap_or([1, 5]);
                format!("{} {lo}–{hi}", "itsearvio".choose(fi, "självskattning"))
            }
            (ValueKind::YesNo, _) => w.yes_no.to_owned(),
            (ValueKind::ActionStatus, _) => w.action_status.to_owned(),
            _ => w.number.to_owned(),
        }
    }

    /// A number with its unit: "46,5 %", "212 kpl", "3".
    pub fn with_unit(self, value: f64, unit: Option<&str>) -> String {
        match unit.map(str::trim) {
            Some(unit) if !unit.is_empty() => format!("{} {unit}", self.decimal(value)),
            _ => self.decimal(value),
        }
    }

    /// The mean of the municipalities' values: "41 % (keskiarvo, 11
    /// kuntaa)".
    pub fn mean_of(self, value: &str, municipalities: u32) -> String {
        let n = municipalities;
        match (self.language, n) {
            (Language::Fi, 1) => format!("{value} (keskiarvo, 1 kunta)"),
            (Language::Fi, _) => format!("{value} (keskiarvo, {n} kuntaa)"),
            (Language::Sv, 1) => format!("{value} (medelvärde, 1 kommun)"),
            (Language::Sv, _) => format!("{value} (medelvärde, {n} kommuner)"),
        }
    }

    /// A share of municipalities: "5/11", or "5/11 (2 ei tietoa)" when some
    /// have not answered.
    pub fn share_value(self, yes: u32, of: u32, missing: u32) -> String {
        match (missing, self.language) {
            (0, _) => format!("{yes}/{of}"),
            (m, Language::Fi) => format!("{yes}/{of} ({m} ei tietoa)"),
            (m, Language::Sv) => format!("{yes}/{of} (uppgift saknas för {m})"),
        }
    }

    /// A baseline's column or bar: "lähtötaso 2024".
    pub fn baseline_label(self, year: Option<i32>) -> String {
        let word = "lähtötaso".choose(self.fi(), "utgångsnivå");
        match year {
            Some(y) => format!("{word} {y}"),
            None => word.to_owned(),
        }
    }

    /// A baseline with a year and no value: "vuosi 2024".
    pub fn baseline_year_only(self, year: i32) -> String {
        format!("{} {year}", "vuosi".choose(self.fi(), "år"))
    }

    /// A numeric target with its bound: "tavoite vähintään 92 %", "mål
    /// högst 50".
    pub fn target_phrase(self, target: &str, at_most: bool) -> String {
        let fi = self.fi();
        let bound = if at_most {
            "enintään".choose(fi, "högst")
        } else {
            "vähintään".choose(fi, "minst")
        };
        format!("{} {bound} {target}", "tavoite".choose(fi, "mål"))
    }

    /// No value for a year: "ei arvoa vuodelta 2026".
    pub fn no_value_for(self, year: i32) -> String {
        match self.language {
            Language::Fi => format!("ei arvoa vuodelta {year}"),
            Language::Sv => format!("inget värde för {year}"),
        }
    }

    /// No municipality has answered for a year.
    pub fn no_answers(self, year: i32) -> String {
        match self.language {
            Language::Fi => format!("yksikään kunta ei ole vastannut vuodelta {year}"),
            Language::Sv => format!("ingen kommun har svarat för {year}"),
        }
    }

    /// How many municipalities have not answered: "2 kunnalta ei tietoa".
    pub fn missing_answers(self, missing: u32) -> String {
        match (missing, self.language) {
            (m, Language::Fi) => format!("{m} kunnalta ei tietoa"),
            (1, Language::Sv) => "uppgift saknas från 1 kommun".to_owned(),
            (m, Language::Sv) => format!("uppgift saknas från {m} kommuner"),
        }
    }

    /// A count against an earlier one: "enemmän kuin 1 (2026)", "inte fler
    /// än …".
    pub fn more_than(self, count: &str, more: bool) -> String {
        match (more, self.language) {
            (true, Language::Fi) => format!("enemmän kuin {count}"),
            (false, Language::Fi) => format!("ei enemmän kuin {count}"),
            (true, Language::Sv) => format!("fler än {count}"),
            (false, Language::Sv) => format!("inte fler än {count}"),
        }
    }

    /// The word before a target: "tavoite", "mål".
    pub fn goal_word(self) -> &'static str {
        "tavoite".choose(self.fi(), "mål")
    }

    /// Why a value has no status: the indicator has nothing to compare with.
    pub fn no_direction(self) -> &'static str {
        "mittarilla ei ole suuntaa eikä numeerista tavoitetta, joihin verrata".choose(
            self.fi(),
            "mätaren har varken riktning eller numeriskt mål att jämföra med",
        )
    }

    /// Why a value has no status: no earlier value or baseline.
    pub fn no_reference(self) -> &'static str {
        "ei aiempaa arvoa eikä lähtötasoa, johon verrata".choose(
            self.fi(),
            "inget tidigare värde och ingen utgångsnivå att jämföra med",
        )
    }

    /// A target reached: "saavutettu".
    pub fn reached_word(self) -> &'static str {
        "saavutettu".choose(self.fi(), "uppnått")
    }

    /// A target not reached: "ei saavutettu".
    pub fn not_reached_word(self) -> &'static str {
        "ei saavutettu".choose(self.fi(), "inte uppnått")
    }

    /// "tavoite 8/11 saavutettu", "målet 8/11 uppnått".
    pub fn reached(self, target: &str) -> String {
        match self.language {
            Language::Fi => format!("tavoite {target} saavutettu"),
            Language::Sv => format!("målet {target} uppnått"),
        }
    }

    /// "tavoite 3/3 ei saavutettu", "målet 3/3 inte uppnått".
    pub fn not_reached(self, target: &str) -> String {
        match self.language {
            Language::Fi => format!("tavoite {target} ei saavutettu"),
            Language::Sv => format!("målet {target} inte uppnått"),
        }
    }

    /// "parempi kuin 40 % (2026)", "inte bättre än …".
    pub fn better_than(self, earlier: &str, better: bool) -> String {
        match (better, self.language) {
            (true, Language::Fi) => format!("parempi kuin {earlier}"),
            (false, Language::Fi) => format!("ei parempi kuin {earlier}"),
            (true, Language::Sv) => format!("bättre än {earlier}"),
            (false, Language::Sv) => format!("inte bättre än {earlier}"),
        }
    }

    /// The report's heading on its title page: "Seurantaraportti 2027".
    pub fn report_heading(self, year: i32) -> String {
        format!(
            "{} {year}",
            "Seurantaraportti".choose(self.fi(), "Uppföljningsrapport")
        )
    }

    /// The running header's title: "(short title) – seuranta 2027".
    pub fn report_short_title(self, short_title: &str, year: i32) -> String {
        format!(
            "{short_title} – {} {year}",
            "seuranta".choose(self.fi(), "uppföljning")
        )
    }

    /// The name of the report's sheet: "Seuranta 2027".
    pub fn report_sheet(self, year: i32) -> String {
        format!("{} {year}", "Seuranta".choose(self.fi(), "Uppföljning"))
    }

    /// The date of the figures: "Tilanne 31.1.2028".
    pub fn situation(self, date: Date) -> String {
        format!(
            "{} {}",
            "Tilanne".choose(self.fi(), "Läget per"),
            self.date(date)
        )
    }

    /// The years followed up: "Seurantavuodet 2026–2027", or one year.
    pub fn follow_up_years(self, first: i32, last: i32) -> String {
        match (first == last, self.language) {
            (true, Language::Fi) => format!("Seurantavuosi {last}"),
            (false, Language::Fi) => format!("Seurantavuodet {first}–{last}"),
            (true, Language::Sv) => format!("Uppföljningsår {last}"),
            (false, Language::Sv) => format!("Uppföljningsåren {first}–{last}"),
        }
    }

    /// The annex's heading: "Liite. Kuntakohtaiset arvot 2027".
    pub fn matrix_title(self, year: i32) -> String {
        match self.language {
            Language::Fi => format!("Liite. Kuntakohtaiset arvot {year}"),
            Language::Sv => format!("Bilaga. Värden per kommun {year}"),
        }
    }

    /// How many of a goal's indicators have a status: "2/3 mittaria
    /// arvioitu".
    pub fn assessed(self, with_data: usize, of: usize) -> String {
        match self.language {
            Language::Fi => format!("{with_data}/{of} mittaria arvioitu"),
            Language::Sv => format!("{with_data}/{of} mätare bedömda"),
        }
    }

    /// A figure's source that the measurements do not name, with the
    /// figures' dates ("lähde ei tiedossa (20.5.2026, 20.5.2027)").
    pub fn unnamed_source(self, dates: &[Date]) -> String {
        let word = "lähde ei tiedossa".choose(self.fi(), "källa okänd");
        let dates: Vec<String> = dates.iter().map(|d| self.date(*d)).collect();
        format!("{word} ({})", dates.join(", "))
    }

    /// A goal's status when only some of its indicators have one:
    /// "saavutettu (osittain arvioitu)".
    pub fn partly_assessed(self, status: &str) -> String {
        let partly = "osittain arvioitu".choose(self.fi(), "delvis bedömt");
        format!("{status} ({partly})")
    }

    /// An indicator named by its number: "Mittari 2.1.3", "Mätare 2.1.3".
    pub fn indicator_label(self, number: &str) -> String {
        format!("{} {number}", "Mittari".choose(self.fi(), "Mätare"))
    }

    /// The status of a value that has nothing to be compared with: "ei
    /// arvioitu" (not "ei tietoa", as the value is there).
    pub fn not_assessed(self) -> &'static str {
        "ei arvioitu".choose(self.fi(), "inte bedömt")
    }

    /// A year without a value, in a chart's text alternative.
    pub fn no_value(self) -> &'static str {
        "ei arvoa".choose(self.fi(), "inget värde")
    }

    /// The caption of the municipalities' grid: "Kunnittain 2027".
    pub fn grid_caption(self, year: i32) -> String {
        format!("{} {year}", "Kunnittain".choose(self.fi(), "Per kommun"))
    }

    /// The grid's text alternative; each group is an answer with its count
    /// and municipalities.
    pub fn grid_alt(self, year: i32, indicator: &str, groups: &[String]) -> String {
        let groups = groups.join("; ");
        match self.language {
            Language::Fi => format!("Kuntaruudukko vuodelta {year}, {indicator}: {groups}."),
            Language::Sv => format!("Kommunrutnät för {year}, {indicator}: {groups}."),
        }
    }

    /// The text alternative of yes/no or action statuses by year.
    pub fn marks_alt(self, indicator: &str, items: &[String]) -> String {
        format!(
            "{}, {indicator}: {}.",
            "Tila vuosittain".choose(self.fi(), "Läget per år"),
            items.join("; ")
        )
    }

    /// The text alternative when no year has a number to draw.
    pub fn no_values_alt(self, indicator: &str, years: &str) -> String {
        match self.language {
            Language::Fi => format!("{indicator}: ei arvoja vuosilta {years}."),
            Language::Sv => format!("{indicator}: inga värden för {years}."),
        }
    }

    /// The text alternative of a scale: each point listed, and the target.
    pub fn scale_alt(
        self,
        lo: u32,
        hi: u32,
        indicator: &str,
        points: &str,
        target: Option<f64>,
    ) -> String {
        let fi = self.fi();
        let target = target
            .map(|t| format!("; {} {}", "tavoite".choose(fi, "mål"), self.decimal(t)))
            .unwrap_or_default();
        format!(
            "{} {lo}–{hi}, {indicator}: {points}{target}.",
            "Asteikko".choose(fi, "Skala")
        )
    }

    /// The text alternative of a column chart: each column listed, and the
    /// target.
    pub fn bars_alt(self, indicator: &str, bars: &str, target: Option<&str>) -> String {
        let target = target.map(|t| format!("; {t}")).unwrap_or_default();
        format!(
            "{}, {indicator}: {bars}{target}.",
            "Pylväskaavio".choose(self.fi(), "Stapeldiagram")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FI: Locale = Locale::new(Language::Fi);
    const SV: Locale = Locale::new(Language::Sv);

    #[test]
    fn words_of_the_report() {
        assert_eq!(SV.answer_word(false), "nej");
        assert_eq!(
            FI.kind_of_value(ValueKind::YesNo, Some("X/11"), None),
            "kuntien osuus (X/11)"
        );
        assert_eq!(
            SV.kind_of_value(ValueKind::Scale, None, Some([1, 4])),
            "självskattning 1–4"
        );
        assert_eq!(FI.mean_of("41 %", 11), "41 % (keskiarvo, 11 kuntaa)");
        assert_eq!(SV.mean_of("41 %", 1), "41 % (medelvärde, 1 kommun)");
        assert_eq!(FI.share_value(5, 11, 0), "5/11");
        assert_eq!(FI.share_value(5, 11, 2), "5/11 (2 ei tietoa)");
        assert_eq!(FI.follow_up_years(2026, 2027), "Seurantavuodet 2026–2027");
        assert_eq!(SV.follow_up_years(2027, 2027), "Uppföljningsår 2027");
        let date = Date::from_ymd(2028, 1, 31).unwrap();
        assert_eq!(FI.situation(date), "Tilanne 31.1.2028");
        assert_eq!(SV.unnamed_source(&[date]), "källa okänd (31.1.2028)");
        let later = Date::from_ymd(2029, 1, 31).unwrap();
        assert_eq!(
            FI.unnamed_source(&[date, later]),
            "lähde ei tiedossa (31.1.2028, 31.1.2029)"
        );
        assert_eq!(
            FI.partly_assessed("saavutettu"),
            "saavutettu (osittain arvioitu)"
        );
        assert_eq!(SV.indicator_label("2.1.3"), "Mätare 2.1.3");
    }
}
