//! The words of the comparison of two versions: the change report, the text
//! of `sopimus diff` and the redline's marks. The fixed words are a
//! [`ChangeWords`] table per language (`fi::CHANGES`, `sv::CHANGES`); the
//! grammar that counts and phrases is here.

use crate::ids::Date;
use crate::ids::ItemKind;
use crate::language::Language;
use crate::model::{
    AgreementKind, DocumentStatus, GoalsForm, Insert, Layout, OwnPartSubject, PartyKind,
    PartyOrder, PartyTerm, SectionSign, SigningMode, TierContent,
};

use super::Locale;

/// The fixed words of the comparison in one language.
#[derive(Debug)]
#[non_exhaustive]
pub struct ChangeWords {
    /// The report's title: "Muutokset sopimukseen".
    pub title: &'static str,
    /// Before the old version: "Aiempi versio".
    pub old: &'static str,
    /// Before the new version: "Uusi versio".
    pub new: &'static str,
    /// The summary's heading.
    pub summary: &'static str,
    /// The summary table's first column.
    pub area: &'static str,
    /// The summary table's second column.
    pub changes: &'static str,
    /// The heading of the part with each change.
    pub details: &'static str,
    /// A column of old values.
    pub before: &'static str,
    /// A column of new values.
    pub after: &'static str,
    /// A column of what changed.
    pub what: &'static str,
    /// An area where nothing changed.
    pub no_changes: &'static str,
    /// The versions say the same.
    pub equal: &'static str,
    /// A value that is not given.
    pub none: &'static str,
    /// How the change report's marks read.
    pub legend: &'static str,
    /// Before what an added or removed item held.
    pub contains: &'static str,
    /// Where the text form's shortened lines stand whole (the change
    /// report and the JSON form; the program adds its options).
    pub more: &'static str,
    /// Before the fields given where there were none.
    pub fields_added: &'static str,
    /// Before the fields no longer given.
    pub fields_removed: &'static str,
    /// Before the fields whose long values changed.
    pub fields_changed: &'static str,
    /// How the text form's marks read.
    pub text_legend: &'static str,
    /// The headings of the report's areas, in [`ChangeArea`] order.
    pub areas: [&'static str; 11],
    /// The heading of the items' part of the report.
    pub items_heading: &'static str,
    /// What happened to one entry: added, removed, moved, changed, kept.
    pub status: [&'static str; 5],
    /// Counted changes, one and many: added, removed, moved, changed.
    pub counted: [(&'static str, &'static str); 4],
    /// Item kinds, one and many: priority, goal, indicator, action.
    pub items: [(&'static str, &'static str); 4],
    /// A word and its plural for words changed: "sana", "sanaa".
    pub word: (&'static str, &'static str),
    /// "{deleted} poistettu, {inserted} lisätty": the pattern of a long
    /// reworded text's line.
    pub words_changed: &'static str,
    /// The year of a baseline without a value: "vuosi".
    pub year: &'static str,
    /// The label of each field that may change, in the order of
    /// [`FIELD_KEYS`].
    pub fields: [&'static str; FIELD_KEYS.len()],
    /// Framework, strategic, other.
    pub agreement_kinds: [&'static str; 3],
    /// Draft, final.
    pub statuses: [&'static str; 2],
    /// County, regional council, municipality, city, other.
    pub party_kinds: [&'static str; 5],
    /// Bodies, municipalities, interface areas (what a tier shows).
    pub tier_contents: [&'static str; 3],
    /// Tiers, columns.
    pub layouts: [&'static str; 2],
    /// Full, simple.
    pub goals_forms: [&'static str; 2],
    /// Electronic, paper.
    pub signing_modes: [&'static str; 2],
    /// Where the Finnish text puts a statute section's sign: after the
    /// number, before it.
    pub section_signs: [&'static str; 2],
    /// The parties as written, in each language's alphabetical order.
    pub party_orders: [&'static str; 2],
    /// Who the own-part termination sentence names: a party, an
    /// organisation.
    pub own_part_subjects: [&'static str; 2],
    /// The Finnish word the counterparts sentence gives a party:
    /// *sopimusosapuoli*, *sopijaosapuoli*.
    pub party_terms: [&'static str; 2],
    /// Until further notice; until a new agreement is approved; the
    /// pattern "{date} asti".
    pub validity: [&'static str; 3],
    /// Joins the end date and the new-agreement clause: "ja joka
    /// tapauksessa".
    pub validity_and: &'static str,
    /// The municipalities a share counts among, from a body: pattern with
    /// `{name}`.
    pub members_of: &'static str,
    /// Inserts of generated content, as they stand in a section's text, in
    /// the order of [`Insert`]'s variants.
    pub inserts: [&'static str; 8],
    /// The redline's words.
    pub redline: RedlineWords,
}

/// The words of a redline: the note on its title page and what a screen
/// reader says at each mark.
#[derive(Debug)]
#[non_exhaustive]
pub struct RedlineWords {
    /// The note's heading: "Muutosmerkinnät".
    pub heading: &'static str,
    /// The note: pattern with `{old}` and `{new}` (each version's title and
    /// label).
    pub note: &'static str,
    /// How the marks read.
    pub legend: &'static str,
    /// Said before inserted words: "lisätty".
    pub inserted: &'static str,
    /// Said before deleted words: "poistettu".
    pub deleted: &'static str,
}

/// The areas of a comparison, in the order of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChangeArea {
    /// Title, kind, version, status, date, languages.
    Meta,
    /// The parties.
    Parties,
    /// Forums, working groups, networks.
    Bodies,
    /// The tiers of the structure.
    Tiers,
    /// Priorities.
    Priorities,
    /// Goals.
    Goals,
    /// Indicators.
    Indicators,
    /// Actions.
    Actions,
    /// Follow-up, validity, termination, signing.
    Rules,
    /// The prose sections.
    Sections,
    /// The rest.
    Other,
}

/// What happened to an entry, for its word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChangeKind {
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// In another place.
    Moved,
    /// In the same place, changed.
    Changed,
    /// In the same place, unchanged.
    Kept,
}

/// Every key of a field that may change, as `FieldChange::field` has it;
/// each table labels every one.
pub const FIELD_KEYS: [&str; 79] = [
    "kind",
    "title",
    "short_title",
    "version",
    "status",
    "date",
    "languages",
    "section_sign",
    "party_order",
    "name",
    "short_name",
    "business_id",
    "municipality_code",
    "address",
    "signatory",
    "approval",
    "signed_on",
    "tier",
    "per_municipality",
    "convener",
    "appointed_by",
    "members",
    "frequency",
    "composition",
    "serves",
    "tasks",
    "prepared_by",
    "presented_by",
    "officers",
    "term",
    "named_representatives",
    "statutory",
    "level_name",
    "contents",
    "blocks",
    "heading",
    "text",
    "description",
    "lead",
    "indicators_intro",
    "target",
    "direction",
    "baseline",
    "unit",
    "scale",
    "municipalities",
    "among",
    "source",
    "value_kind",
    "target_value",
    "number",
    "place",
    "follow_up.text",
    "follow_up.forums",
    "follow_up.rounds",
    "validity.until",
    "validity.review.deadline",
    "validity.review.text",
    "termination.own_part_only",
    "termination.notice_months",
    "termination.in_writing",
    "termination.notify_all_parties",
    "termination.own_part_subject",
    "signing.place",
    "signing.mode",
    "signing.counterparts",
    "signing.party_term",
    "structure.layout",
    "structure.caption",
    "legal_basis",
    "footnotes",
    "joint_meetings",
    "interface_areas",
    "representatives",
    "annexes.structures_title",
    "annexes.goals_title",
    "annexes.goals_form",
    "annexes.headings",
    "annexes.additional",
];

impl Locale {
    /// The words of the comparison.
    pub fn changes(self) -> &'static ChangeWords {
        match self.language() {
            Language::Fi => &super::fi::CHANGES,
            Language::Sv => &super::sv::CHANGES,
        }
    }

    /// The heading of an area of the report.
    pub fn change_area(self, area: ChangeArea) -> &'static str {
        let i = match area {
            ChangeArea::Meta => 0,
            ChangeArea::Parties => 1,
            ChangeArea::Bodies => 2,
            ChangeArea::Tiers => 3,
            ChangeArea::Priorities => 4,
            ChangeArea::Goals => 5,
            ChangeArea::Indicators => 6,
            ChangeArea::Actions => 7,
            ChangeArea::Rules => 8,
            ChangeArea::Sections => 9,
            ChangeArea::Other => 10,
        };
        self.changes().areas[i]
    }

    /// What happened to one entry, as a word: "uusi", "poistettu" ….
    pub fn change_status(self, kind: ChangeKind) -> &'static str {
        let i = match kind {
            ChangeKind::Added => 0,
            ChangeKind::Removed => 1,
            ChangeKind::Moved => 2,
            ChangeKind::Changed => 3,
            ChangeKind::Kept => 4,
        };
        self.changes().status[i]
    }

    /// The changes of one area counted in words, e.g. "2 uutta, 1
    /// poistettu"; "ei muutoksia" when there are none.
    pub fn change_counts(
        self,
        added: usize,
        removed: usize,
        moved: usize,
        changed: usize,
    ) -> String {
        let c = self.changes();
        let parts: Vec<String> = [added, removed, moved, changed]
            .iter()
            .zip(c.counted)
            .filter(|(n, _)| **n > 0)
            .map(|(n, (one, many))| counted(*n, one, many))
            .collect();
        if parts.is_empty() {
            c.no_changes.to_owned()
        } else {
            parts.join(", ")
        }
    }

    /// An item kind as a word: "tavoite", "mål".
    pub fn item_kind(self, kind: ItemKind) -> &'static str {
        self.changes().items[item_slot(kind)].0
    }

    /// A count of items of a kind: "1 mittari", "3 tavoitetta".
    pub fn item_count(self, kind: ItemKind, n: usize) -> String {
        let (one, many) = self.changes().items[item_slot(kind)];
        counted(n, one, many)
    }

    /// How many words a long reworded text lost and gained: "3 sanaa
    /// poistettu, 1 lisätty".
    pub fn words_changed(self, deleted: usize, inserted: usize) -> String {
        let (one, many) = self.changes().word;
        let text = self
            .changes()
            .words_changed
            .replace("{deleted}", &counted(deleted, one, many))
            .replace("{inserted}", &inserted.to_string());
        // Swedish participles agree with their number: "1 ord borttaget,
        // 1 tillagt", "2 ord borttagna, 2 tillagda".
        match self.language {
            Language::Sv => {
                let (gone, added) = (deleted == 1, inserted == 1);
                text.replace(
                    " borttagna,",
                    if gone { " borttaget," } else { " borttagna," },
                )
                .replace(" tillagda", if added { " tillagt" } else { " tillagda" })
            }
            Language::Fi => text,
        }
    }

    /// The label of a field by its key; the key itself for an unknown one
    /// (the tables label every key of [`FIELD_KEYS`]).
    pub fn field_label(self, key: &str) -> String {
        FIELD_KEYS
            .iter()
            .position(|k| *k == key)
            .map_or_else(|| key.to_owned(), |i| self.changes().fields[i].to_owned())
    }

    /// The kind of agreement as a word.
    pub fn agreement_kind(self, kind: AgreementKind) -> &'static str {
        let k = self.changes().agreement_kinds;
        match kind {
            AgreementKind::FrameworkAgreement => k[0],
            AgreementKind::StrategicCooperationAgreement => k[1],
            AgreementKind::Other => k[2],
        }
    }

    /// Draft or final as a word.
    pub fn agreement_status(self, status: DocumentStatus) -> &'static str {
        let s = self.changes().statuses;
        match status {
            DocumentStatus::Draft => s[0],
            DocumentStatus::Final => s[1],
        }
    }

    /// The kind of party as a word.
    pub fn party_kind(self, kind: PartyKind) -> &'static str {
        let k = self.changes().party_kinds;
        match kind {
            PartyKind::WellbeingServicesCounty => k[0],
            PartyKind::RegionalCouncil => k[1],
            PartyKind::Municipality => k[2],
            PartyKind::City => k[3],
            PartyKind::Other => k[4],
        }
    }

    /// What a tier of the figure shows, as a list of words.
    pub fn tier_contents(self, contents: &[TierContent]) -> String {
        let k = self.changes().tier_contents;
        let words: Vec<String> = contents
            .iter()
            .map(|c| {
                match c {
                    TierContent::Bodies => k[0],
                    TierContent::Municipalities => k[1],
                    TierContent::InterfaceAreas => k[2],
                }
                .to_owned()
            })
            .collect();
        self.join_and(&words)
    }

    /// The layout of the structure figure in words.
    pub fn layout(self, layout: Layout) -> &'static str {
        let k = self.changes().layouts;
        match layout {
            Layout::Tiers => k[0],
            Layout::Columns => k[1],
        }
    }

    /// The form of Annex 2 in words.
    pub fn goals_form(self, form: GoalsForm) -> &'static str {
        let k = self.changes().goals_forms;
        match form {
            GoalsForm::Full => k[0],
            GoalsForm::Simple => k[1],
        }
    }

    /// The way of signing in words.
    pub fn signing_mode(self, mode: SigningMode) -> &'static str {
        let k = self.changes().signing_modes;
        match mode {
            SigningMode::Electronic => k[0],
            SigningMode::Paper => k[1],
        }
    }

    /// Where the Finnish text puts a statute section's sign, in words.
    pub fn section_sign(self, sign: SectionSign) -> &'static str {
        let k = self.changes().section_signs;
        match sign {
            SectionSign::After => k[0],
            SectionSign::Before => k[1],
        }
    }

    /// The order of the parties in words.
    pub fn party_order(self, order: PartyOrder) -> &'static str {
        let k = self.changes().party_orders;
        match order {
            PartyOrder::AsWritten => k[0],
            PartyOrder::Alphabetical => k[1],
        }
    }

    /// Who the own-part termination sentence names, in words.
    pub fn own_part_subject(self, subject: OwnPartSubject) -> &'static str {
        let k = self.changes().own_part_subjects;
        match subject {
            OwnPartSubject::Party => k[0],
            OwnPartSubject::Organisation => k[1],
        }
    }

    /// The word the counterparts sentence gives a party, in words.
    pub fn party_term(self, term: PartyTerm) -> &'static str {
        let k = self.changes().party_terms;
        match term {
            PartyTerm::AgreementParty => k[0],
            PartyTerm::ContractingParty => k[1],
        }
    }

    /// How long the agreement is in force, in a few words: "toistaiseksi",
    /// "31.5.2029 asti ja joka tapauksessa siihen asti, kunnes uusi
    /// sopimus on hyväksytty".
    pub fn validity_short(self, until: Option<Date>, until_new: bool) -> String {
        let c = self.changes();
        let [further, replaced, by] = c.validity;
        match (until, until_new) {
            (None, false) => further.to_owned(),
            (None, true) => replaced.to_owned(),
            (Some(d), false) => by.replace("{date}", &self.date(d)),
            (Some(d), true) => format!(
                "{} {} {replaced}",
                by.replace("{date}", &self.date(d)),
                c.validity_and
            ),
        }
    }

    /// An indicator's baseline in words: "35 % (2025)", "vuosi 2022".
    pub fn baseline(self, value: Option<&str>, year: Option<i32>) -> Option<String> {
        match (value, year) {
            (Some(v), Some(y)) => Some(format!("{v} ({y})")),
            (Some(v), None) => Some(v.to_owned()),
            (None, Some(y)) => Some(format!("{} {y}", self.changes().year)),
            (None, None) => None,
        }
    }

    /// The municipalities a share counts among, named by a body: "the
    /// member municipalities of {name}".
    pub fn members_of(self, name: &str) -> String {
        self.changes().members_of.replace("{name}", name)
    }

    /// An insert of generated content as it stands in a section's text:
    /// "\[rakennekuva\]".
    pub fn insert_placeholder(self, insert: Insert) -> &'static str {
        let k = self.changes().inserts;
        match insert {
            Insert::LegalBasis => k[0],
            Insert::Priorities => k[1],
            Insert::StructureFigure => k[2],
            Insert::Tiers => k[3],
            Insert::InterfaceAreas => k[4],
            Insert::FollowUpRules => k[5],
            Insert::ValidityRules => k[6],
            Insert::TerminationRules => k[7],
        }
    }

    /// The redline's note on its title page, naming both versions.
    pub fn redline_note(self, old: &str, new: &str) -> String {
        self.changes()
            .redline
            .note
            .replace("{old}", old)
            .replace("{new}", new)
    }
}

fn item_slot(kind: ItemKind) -> usize {
    match kind {
        ItemKind::Priority => 0,
        ItemKind::Goal => 1,
        ItemKind::Indicator => 2,
        ItemKind::Action => 3,
    }
}

/// "1 mittari", "3 mittaria".
fn counted(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_label_in_every_language() {
        for language in Language::ALL {
            let l = Locale::new(language);
            for key in FIELD_KEYS {
                assert!(!l.field_label(key).is_empty(), "{language}: `{key}`");
            }
        }
        // The tables follow the keys' order (spot checks across the list).
        let fi = Locale::new(Language::Fi);
        let sv = Locale::new(Language::Sv);
        assert_eq!(fi.field_label("kind"), "laji");
        assert_eq!(
            fi.field_label("termination.notice_months"),
            "irtisanomisaika"
        );
        assert_eq!(
            sv.field_label("termination.notice_months"),
            "uppsägningstid"
        );
        assert_eq!(fi.field_label("annexes.additional"), "muut liitteet");
        assert_eq!(sv.field_label("annexes.additional"), "övriga bilagor");
    }

    #[test]
    fn counts_and_phrases() {
        let fi = Locale::new(Language::Fi);
        let sv = Locale::new(Language::Sv);
        assert_eq!(
            fi.change_counts(2, 1, 0, 3),
            "2 uutta, 1 poistettu, 3 muutettua"
        );
        assert_eq!(
            sv.change_counts(2, 1, 0, 3),
            "2 nya, 1 borttagen, 3 ändrade"
        );
        assert_eq!(fi.change_counts(0, 0, 0, 0), "ei muutoksia");
        assert_eq!(fi.item_count(ItemKind::Goal, 3), "3 tavoitetta");
        assert_eq!(sv.item_count(ItemKind::Indicator, 1), "1 mätare");
        assert_eq!(fi.words_changed(1, 4), "1 sana poistettu, 4 lisätty");
        assert_eq!(sv.words_changed(3, 1), "3 ord borttagna, 1 tillagt");
        assert_eq!(sv.words_changed(1, 2), "1 ord borttaget, 2 tillagda");
        let d = Date::from_ymd(2029, 5, 31);
        assert_eq!(
            fi.validity_short(d, true),
            "31.5.2029 asti ja joka tapauksessa siihen asti, kunnes uusi sopimus on hyväksytty"
        );
        assert_eq!(sv.validity_short(None, false), "tills vidare");
        assert_eq!(fi.baseline(None, Some(2022)).as_deref(), Some("vuosi 2022"));
        assert_eq!(sv.members_of("X"), "medlemskommunerna i X");
    }
}
