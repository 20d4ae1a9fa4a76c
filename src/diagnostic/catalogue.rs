//! The catalogue of findings: every stable [`Code`], the values its
//! sentence names ([`Message`]) and its English template.
//!
//! A template names its values as placeholders, `{id}`; `{{` and `}}` are
//! literal braces. Values that are words (the name of a field, a language,
//! a kind of content) are typed ([`Word`], and a count with its noun), and
//! each language gives its own word in the form its templates need, so no
//! inserted value needs a case ending: identifiers go in backticks, numbers
//! as digits. The Finnish and Swedish templates and words are the locale's
//! (`locale::findings`); what a language lends a template besides the
//! template itself is a [`Tongue`]. This module is the bottom layer: the
//! checked newtypes of `ids` and the markup of `text` describe their errors
//! with it.

use std::fmt::Write as _;

use serde::{Serialize, Serializer};

use super::Word;
use crate::language::{Language, Languages};

/// Declares the codes: each a variant of [`Message`] with its values and a
/// variant of [`Code`] with its kebab-case name and English template.
macro_rules! catalogue {
    ($(
        $variant:ident = $code:literal { $($field:ident : $ty:ty),* $(,)? }
            $english:literal;
    )*) => {
        /// What a finding says: its code and the values its sentence names.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub(crate) enum Message {
            $( $variant { $($field: $ty),* }, )*
        }

        /// The stable code of a finding, e.g. `business-id-check-digit`: what
        /// a program matches on instead of the wording, which may improve.
        /// Serialized as its kebab-case name. Each variant's documentation
        /// gives the name and the English message, `{…}` standing for the
        /// values it names.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Code {
            $(
                #[doc = concat!("`", $code, "`: ", $english)]
                $variant,
            )*
        }

        impl Code {
            /// Every code, in the order of the catalogue.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The kebab-case name, e.g. `business-id-check-digit`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $code,)*
                }
            }

            /// The English template, with `{name}` for each value.
            pub fn english(self) -> &'static str {
                match self {
                    $(Code::$variant => $english,)*
                }
            }

            /// The names of the values the templates of this code name.
            pub fn placeholders(self) -> &'static [&'static str] {
                match self {
                    $(Code::$variant => &[$(stringify!($field)),*],)*
                }
            }
        }

        impl Message {
            /// Its code.
            pub(crate) fn code(&self) -> Code {
                match self {
                    $(Message::$variant { .. } => Code::$variant,)*
                }
            }

            /// The values by name.
            #[allow(unused_variables)]
            pub(crate) fn args(&self) -> Vec<(&'static str, &dyn Arg)> {
                match self {
                    $(Message::$variant { $($field),* } => {
                        vec![$((stringify!($field), $field as &dyn Arg)),*]
                    })*
                }
            }
        }
    };
}

impl Code {
    /// The code whose name is `name`.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Message {
    /// The sentence in English: [`Finding::message`](crate::Finding::message).
    pub(crate) fn english(&self) -> String {
        self.fill(self.code().english(), &English)
    }

    /// The sentence of `template` with this message's values, the words
    /// put in coming from `tongue`.
    pub(crate) fn fill(&self, template: &str, tongue: &dyn Tongue) -> String {
        fill(template, &self.args(), tongue)
    }
}

/// What a language lends the templates of findings besides the templates
/// themselves: the words put in, its "and", and counted nouns.
pub(crate) trait Tongue {
    /// `w` in the form this language's templates need.
    fn word(&self, w: Word) -> &'static str;
    /// Items joined with the language's "and".
    fn join_and(&self, items: &[String]) -> String;
    /// `n` of `noun`, the noun in the form the number takes.
    fn count(&self, n: usize, noun: Noun) -> String;
    /// Language codes in backticks joined with "and".
    fn languages(&self, languages: &Languages) -> String {
        let codes: Vec<String> = languages.all().iter().map(|c| format!("`{c}`")).collect();
        self.join_and(&codes)
    }
}

/// The English of the messages, kept word for word for scripts.
pub(crate) struct English;

impl Tongue for English {
    fn word(&self, w: Word) -> &'static str {
        w.english()
    }

    /// English joins every pair with "and", as it always has.
    fn join_and(&self, items: &[String]) -> String {
        items.join(" and ")
    }

    fn count(&self, n: usize, noun: Noun) -> String {
        let (one, many) = match noun {
            Noun::Cell => ("cell", "cells"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    }

    fn languages(&self, languages: &Languages) -> String {
        languages.to_string()
    }
}

/// The names of the placeholders of a template, in order, with repeats.
///
/// # Errors
///
/// A description of the first stray `{` or `}` (write `{{` or `}}`).
#[cfg(test)]
pub(crate) fn placeholders(template: &str) -> Result<Vec<&str>, String> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            rest = &tail[2..];
        } else if tail.starts_with('}') {
            return Err(format!("a lone `}}` at `{tail}`"));
        } else {
            let end = tail
                .find('}')
                .ok_or_else(|| format!("an unclosed `{{` at `{tail}`"))?;
            let name = &tail[1..end];
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                return Err(format!("`{{{name}}}` is not a placeholder name"));
            }
            names.push(name);
            rest = &tail[end + 1..];
        }
    }
    Ok(names)
}

/// Fills in a template; a placeholder without a value stays as written (the
/// catalogue's tests rule that out).
pub(crate) fn fill(
    template: &str,
    args: &[(&'static str, &dyn Arg)],
    tongue: &dyn Tongue,
) -> String {
    let mut out = String::with_capacity(template.len() + 40);
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        match tail.find('}').filter(|_| tail.starts_with('{')) {
            Some(end) => {
                let name = &tail[1..end];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => value.render(tongue, &mut out),
                    None => out.push_str(&tail[..=end]),
                }
                rest = &tail[end + 1..];
            }
            None => {
                out.push_str(&tail[..1]);
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A Finnish or Swedish sentence starts with a capital, also when it starts
/// with a word put in.
pub(crate) fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => text.to_owned(),
    }
}

/// A value put into a template.
pub(crate) trait Arg {
    /// Writes it as `tongue` writes it.
    fn render(&self, tongue: &dyn Tongue, out: &mut String);
}

impl Arg for String {
    fn render(&self, _: &dyn Tongue, out: &mut String) {
        out.push_str(self);
    }
}

macro_rules! display_arg {
    ($($ty:ty),*) => {$(
        impl Arg for $ty {
            fn render(&self, _: &dyn Tongue, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}

display_arg!(usize, u32, i32, char);

/// A language code, `sv`: the same in every language.
impl Arg for Language {
    fn render(&self, _: &dyn Tongue, out: &mut String) {
        out.push_str(self.code());
    }
}

/// The codes in backticks joined with the language's "and".
impl Arg for Languages {
    fn render(&self, tongue: &dyn Tongue, out: &mut String) {
        out.push_str(&tongue.languages(self));
    }
}

impl Arg for Word {
    fn render(&self, tongue: &dyn Tongue, out: &mut String) {
        out.push_str(tongue.word(*self));
    }
}

/// Words joined with "and" (English joins every pair so, as before).
impl Arg for Vec<Word> {
    fn render(&self, tongue: &dyn Tongue, out: &mut String) {
        let words: Vec<String> = self.iter().map(|w| tongue.word(*w).to_owned()).collect();
        out.push_str(&tongue.join_and(&words));
    }
}

/// A number of things, with the noun in the form the number takes: "1 cell",
/// "2 cells"; Finnish "1 solu", "2 solua".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Count(pub usize, pub Noun);

/// A noun counted by a [`Count`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Noun {
    /// A cell of a table.
    Cell,
}

impl Arg for Count {
    fn render(&self, tongue: &dyn Tongue, out: &mut String) {
        out.push_str(&tongue.count(self.0, self.1));
    }
}

catalogue! {
    // Text fields.
    FieldEmpty = "field-empty" { what: Word }
        "the {what} is empty; write it out";
    TextEmpty = "text-empty" {}
        "the text is empty; write it out";
    ListEmpty = "list-empty" {}
        "the list has no items; add items or remove the list";
    TextTooLong = "text-too-long" { chars: usize, limit: usize }
        "the text has {chars} characters, more than the limit of {limit}; split it or move it to an annex of its own";
    TextDirectionControl = "text-direction-control" { codepoint: String }
        "the text contains the invisible direction control U+{codepoint}, which makes the text show in another order than it is written; a signed document must read as written, so remove it";
    TextControlCharacter = "text-control-character" { codepoint: String }
        "the text contains the control character U+{codepoint}, which cannot be printed; remove it";
    TextGlyphMissing = "text-glyph-missing" { character: char, codepoint: String }
        "the text contains `{character}` (U+{codepoint}), which the document's fonts cannot show; replace it with words or a character the fonts have";
    MarkupBoldUnclosed = "markup-bold-unclosed" {}
        "a `**` opens bold text that is never closed; add the closing `**` or write `\\*\\*` for literal asterisks";
    MarkupFootnoteUnclosed = "markup-footnote-unclosed" {}
        "a footnote reference `[^` has no closing `]`; write it as `[^1]`";
    MarkupFootnoteEmpty = "markup-footnote-empty" {}
        "a footnote reference `[^]` has no key; write it as `[^1]`";
    FootnoteUndefined = "footnote-undefined" { key: String }
        "the footnote `[^{key}]` is not defined; add `\"{key}\" = \"…\"` under `[footnotes]`";
    FootnoteUnused = "footnote-unused" { key: String }
        "the footnote `{key}` is never referred to, so the agreement would not show it; add `[^{key}]` where it belongs or remove it";
    FootnoteUnusedInVersion = "footnote-unused-in-version" { key: String, name: Word, language: Language }
        "the footnote `{key}` is not referred to in the {name} (`{language}`) text, so that version would not show it; add `[^{key}]` there too";
    LanguageNotDeclared = "language-not-declared" { language: Language, languages: Languages }
        "`{language}` is not one of the agreement's languages ({languages}); remove it, or add it to `languages` under `[meta]`";
    TranslationMissing = "translation-missing" { name: Word, language: Language, example: String }
        "the text has no {name} (`{language}`) version; write it in every language of the agreement, as {{ {example} }}; only the language-neutral fields (units, short names, addresses, the place of signing, data sources and annex table cells) take one plain string for every language";
    SectionNumberSign = "section-number-sign" { what: Word, bare: String }
        "write the {what} as a number only (`{bare}`); the document adds the `§` sign itself (`§ {bare}`)";
    DateOutOfRange = "date-out-of-range" { date: String }
        "the date {date} is outside the years 1900–9999 that an agreement can carry; check the year";
    LimitExceeded = "limit-exceeded" { count: usize, what: Word, limit: usize }
        "{count} {what} is more than the limit of {limit}; check that the input is what you meant, or split the agreement";

    // Parties.
    PartiesNone = "parties-none" {}
        "the agreement has no parties; add a `[[parties]]` table for each";
    PartyIdMalformed = "party-id-malformed" { id: String }
        "the party id `{id}` must be a short name of letters, digits, `-`, `_` or `.`, e.g. `forssa`";
    PartyIdDuplicate = "party-id-duplicate" { id: String, first: usize }
        "the party id `{id}` is already used by `parties[{first}]`; give each party its own id";
    PartyNameDuplicate = "party-name-duplicate" { name: String, first: usize }
        "the name `{name}` is the same as that of `parties[{first}]`; a party is listed once";
    BusinessIdDuplicate = "business-id-duplicate" { id: String, first: usize }
        "the business ID `{id}` is the same as that of `parties[{first}]`; check which party it belongs to";
    BusinessIdEmpty = "business-id-empty" {}
        "the business ID is empty; write it as seven digits, a hyphen and a check digit, e.g. `0145626-1`";
    BusinessIdCharacter = "business-id-character" { id: String, character: char }
        "the business ID `{id}` contains `{character}`; only digits and one hyphen are allowed, e.g. `0145626-1`";
    BusinessIdHyphen = "business-id-hyphen" { id: String }
        "the business ID `{id}` has no hyphen before its check digit; write it as `NNNNNNN-C`";
    BusinessIdLength = "business-id-length" { id: String, before: usize, after: usize }
        "the business ID `{id}` has {before} digits before the hyphen and {after} after; it must have 7 and 1";
    BusinessIdRemainderOne = "business-id-remainder-one" { id: String }
        "the business ID `{id}` cannot exist: its digits give remainder 1 in the mod-11 check, and such numbers are never issued; check the digits";
    BusinessIdCheckDigit = "business-id-check-digit" { id: String, given: char, expected: char }
        "the business ID `{id}` has check digit {given}, but its digits give {expected}; check for a typing error";
    SignatoryMissing = "signatory-missing" { party: String }
        "`{party}` has no signatory, but a final agreement needs one for every party; add `signatory = {{ name = \"…\", title = \"…\" }}`";
    ApprovalInFuture = "approval-in-future" { date: String }
        "the approving decision is dated {date}, which is in the future; check the date";
    SignedInFuture = "signed-in-future" { party: String, date: String }
        "`{party}` cannot have signed on {date}, which is in the future; check the date";
    SignedBeforeApproval = "signed-before-approval" { party: String, signed: String, approved: String }
        "`{party}` signed on {signed} but approved the agreement only on {approved}; a party signs on or after its approving decision";
    ApprovalMissing = "approval-missing" { party: String }
        "`{party}` has signed but no approving decision is recorded; add `approval = {{ body = \"…\", date = …, section = \"…\" }}`";
    SignedDraft = "signed-draft" {}
        "a signing date is recorded but the agreement is still a draft; set `meta.status = \"final\"` for the signed text";
    CountyMissing = "county-missing" {}
        "no party is a wellbeing services county; exactly one party must have `kind = \"wellbeing_services_county\"`";
    CountyTwice = "county-twice" { first: usize }
        "`parties[{first}]` is already the wellbeing services county; an agreement has exactly one";
    MunicipalityCodeNotMunicipality = "municipality-code-not-municipality" { party: String }
        "`{party}` is not a municipality or city, so it has no municipality code; remove it";
    MunicipalityCodeDuplicate = "municipality-code-duplicate" { code: String, first: usize }
        "the municipality code `{code}` is already that of `parties[{first}]`; each municipality has its own";
    MunicipalityCodeMalformed = "municipality-code-malformed" { code: String }
        "the municipality code `{code}` is not three digits; write it as Statistics Finland does, e.g. `098` for Hollola";

    // Legal basis.
    ProvisionsNone = "provisions-none" {}
        "no sections are cited; add `provisions = [{{ section = \"14\", topic = \"…\" }}]`";

    // References.
    UnknownReference = "unknown-reference" { id: String, known: String }
        "no party or body has the id `{id}`; use one of: {known}";
    UnknownReferenceNothingDefined = "unknown-reference-nothing-defined" { id: String }
        "no party or body has the id `{id}`";
    UnknownParty = "unknown-party" { id: String, known: String }
        "no party has the id `{id}`; use one of: {known}";
    UnknownForum = "unknown-forum" { id: String, known: String }
        "no forum has the id `{id}`; use one of: {known}";
    UnknownForumNoneDefined = "unknown-forum-none-defined" { id: String }
        "no forum has the id `{id}`; no forums are defined, add `[[forums]]`";
    GroupNotAllowed = "group-not-allowed" {}
        "name one party or body here, not a group; use `id = \"…\"` or `other = \"…\"`";
    ResponsibilityEmpty = "responsibility-empty" {}
        "the responsibility names no one; add the id of the party or body that leads, e.g. `responsible = [\"lahti\"]`";
    NamedTwice = "named-twice" {}
        "the same party or body is named twice; remove one";

    // Structure.
    TierLevelDuplicate = "tier-level-duplicate" { level: u32, first: usize }
        "tier {level} is already defined at `tiers[{first}]`; each level appears once";
    TierContentsEmpty = "tier-contents-empty" {}
        "the tier shows nothing; write `contents = [\"bodies\"]` (or `municipalities`, `interface_areas`)";
    TierContentTwice = "tier-content-twice" {}
        "listed twice; list each kind of content once";
    TierAreasNone = "tier-areas-none" {}
        "the tier shows the interface areas, but none are defined; add `[[interface_areas]]` or remove this";
    TierGap = "tier-gap" { expected: u32, level: u32 }
        "tiers must be numbered 1, 2, 3 … without gaps, but tier {expected} is missing before tier {level}";
    ShownOnlyInFigure = "shown-only-in-figure" { what: Word }
        "the {what} prints only in the structure figure, which no section inserts; add `{{ insert = \"structure_figure\" }}` to a section's blocks, or remove it";
    ForumIdEmpty = "forum-id-empty" {}
        "the forum id is empty; give a short name such as `kh-hyte`";
    ForumIdMalformed = "forum-id-malformed" { id: String }
        "the forum id `{id}` must be a short name of letters, digits, `-`, `_` or `.`, e.g. `kh-hyte`";
    ForumIdDuplicate = "forum-id-duplicate" { id: String, first: usize }
        "the forum id `{id}` is already used by `forums[{first}]`; give each forum its own id";
    ForumIdIsParty = "forum-id-is-party" { id: String, party: usize }
        "the id `{id}` is already the id of `parties[{party}]`; parties and bodies share one set of ids, so give the body another";
    ForumTierNoneDefined = "forum-tier-none-defined" { forum: String, tier: String }
        "`{forum}` is placed in tier {tier}, but no tiers are defined; add `[[tiers]]`";
    ForumTierUnknown = "forum-tier-unknown" { forum: String, tier: String, known: String }
        "`{forum}` is placed in tier {tier}, which does not exist; the tiers are {known}";
    ForumNotDrawn = "forum-not-drawn" { forum: String, tier: u32, contents: Vec<Word> }
        "`{forum}` is placed in tier {tier}, whose figure box shows only {contents}; add \"bodies\" to that tier's `contents` to draw it (Annex 1 lists it either way)";
    ConvenerEmpty = "convener-empty" {}
        "the convener names no one; give `party = \"…\"`, `other = \"…\"` or `chair = true`";
    ConvenerBoth = "convener-both" {}
        "the convener names both a party and another body; keep one of `party` and `other`";
    ConvenerPerMunicipality = "convener-per-municipality" { forum: String }
        "`{forum}` exists in each municipality and each municipality convenes its own; remove `party` from the convener";
    AppointsItself = "appoints-itself" {}
        "a body cannot appoint itself; name the body or party that appoints it";
    FrequencyNotRange = "frequency-not-range" { min: u32, max: u32 }
        "the meeting count {min}–{max} is not a range; write a count such as 2 or a range such as [3, 4]";
    FrequencyTooMany = "frequency-too-many" { max: u32 }
        "{max} meetings is more than one a day; check the count";
    JointMeetingForums = "joint-meeting-forums" {}
        "a joint meeting needs at least two forums";
    JointMeetingZero = "joint-meeting-zero" {}
        "a joint meeting is held at least once a year; write 1 or more";
    JointMeetingTooMany = "joint-meeting-too-many" { count: u32 }
        "{count} joint meetings is more than one a day; check the count";
    MunicipalitiesWithoutPerMunicipality = "municipalities-without-per-municipality" {}
        "`municipalities` lists where a body exists once per municipality; set `per_municipality = true`, or list the participants under `members`";
    PerMunicipalityNoMunicipalities = "per-municipality-no-municipalities" {}
        "the body exists once per municipality, but no party is a municipality or city";
    NotAMunicipality = "not-a-municipality" { party: String }
        "`{party}` is not a municipality or city";
    ListedTwice = "listed-twice" { id: String }
        "`{id}` is listed twice";
    MemberTwice = "member-twice" {}
        "this member is listed twice; list each member once with its seats";
    MemberOfItself = "member-of-itself" {}
        "a body cannot be a member of itself";
    SeatsZero = "seats-zero" {}
        "a member has at least one seat; write 1 or more, or leave `seats` out";
    SeatsTooMany = "seats-too-many" { seats: u32 }
        "{seats} seats is more than any body has; check the number";

    // Interface areas.
    AreaIdMalformed = "area-id-malformed" { id: String }
        "the interface area id `{id}` must be a short name of letters, digits, `-`, `_` or `.`, e.g. `tyollisyys`";
    AreaIdDuplicate = "area-id-duplicate" { id: String, first: usize }
        "the interface area id `{id}` is already used by `interface_areas[{first}]`";

    // Priorities, goals, indicators and actions.
    PriorityNumberDuplicate = "priority-number-duplicate" { number: u32, first: usize }
        "priority number {number} is already used by `priorities[{first}]`";
    PriorityWithoutGoals = "priority-without-goals" { priority: String }
        "the priority `{priority}` has no goals; every priority needs at least one goal";
    GoalWithoutIndicators = "goal-without-indicators" {}
        "the goal has no indicators; every goal needs at least one way to measure it";
    ActionsInSimpleForm = "actions-in-simple-form" {}
        "the goal has actions, but the simple form of Annex 2 has no column for them; set `goals_form = \"full\"` under `[annexes]`";
    ItemIdMalformed = "item-id-malformed" { id: String }
        "the id `{id}` must be a short name of letters, digits, `-`, `_` or `.`, e.g. `p1.g2`";
    ItemIdDuplicate = "item-id-duplicate" { id: String, first: String }
        "this id (`{id}`) is already the id of `{first}`; ids of priorities, goals, indicators and actions must be unique, so write an `id` of its own here";
    GeneratedIdDuplicate = "generated-id-duplicate" { id: String, first: String }
        "this item has no id, and the one generated from its place (`{id}`) is already the id of `{first}`; ids of priorities, goals, indicators and actions must be unique, so write an `id` of its own here";
    ScaleNotRange = "scale-not-range" { low: u32, high: u32 }
        "the scale [{low}, {high}] is not a range; write it as [1, 5]";
    BaselineNotANumber = "baseline-not-a-number" {}
        "the baseline value is not a number; write it as digits, e.g. `12.5`";
    BaselineWithoutYear = "baseline-without-year" {}
        "a baseline value without its year cannot be compared; add `baseline_year`";
    BaselineYear = "baseline-year" { year: i32, agreement_year: i32 }
        "the baseline year {year} is not between 1900 and the agreement's year {agreement_year}; check it";
    ValueKindScaleWithoutScale = "value-kind-scale-without-scale" {}
        "a scale point needs the scale; add `scale = [1, 5]` (its lowest and highest point)";
    ValueKindShare = "value-kind-share" {}
        "a share of municipalities (`X/N`) is counted from each municipality's answer; write `value_kind = \"yes_no\"` or `\"action_status\"`";
    ValueKindNotScale = "value-kind-not-scale" {}
        "the indicator has a `scale`, so its value is a point of the scale; write `value_kind = \"scale\"` or remove `scale`";
    ValueKindPercentageUnit = "value-kind-percentage-unit" {}
        "a percentage has the unit `%`; write `unit = \"%\"`, or `value_kind = \"number\"` for a value in another unit";
    TargetValueNotANumber = "target-value-not-a-number" {}
        "the numeric target is not a number; write it as digits, e.g. `92`";
    TargetValueWithoutWords = "target-value-without-words" {}
        "a numeric target needs its words as well, which the agreement prints: add `target = \"…\"`, e.g. `target = \"vähintään 92 %\"`";
    TargetValueShare = "target-value-share" { of: u32, target: String }
        "the target of a share of municipalities is a number of them, 0 to {of}; `{target}` is not";
    TargetValuePercentage = "target-value-percentage" { target: String }
        "a percentage is 0–100; the target `{target}` is not";
    TargetValueScale = "target-value-scale" { target: String, low: u32, high: u32 }
        "the target `{target}` is outside the scale {low}–{high}";
    TargetValueYesNo = "target-value-yes-no" {}
        "a yes/no or action-status indicator is reached by `yes` or `done`; remove `target_value`";
    AmongWithoutShare = "among-without-share" {}
        "`among` tells which municipalities a share counts, but the indicator has no `municipalities = \"X/N\"`; add it or remove `among`";
    AmongEmpty = "among-empty" {}
        "`among` names no municipalities; list their ids or remove it";
    AmongNotAMunicipality = "among-not-a-municipality" { party: String }
        "`{party}` is not a municipality or city, so it cannot be counted in a share of municipalities";
    AmongNoMunicipalMembers = "among-no-municipal-members" { forum: String }
        "`{forum}` has no municipalities among its members, so a share cannot be counted among them; list them under the body's `members`";
    ShareWrongTotal = "share-wrong-total" { of: u32, share: String, count: u32, advice: String }
        "the indicator counts out of {of} municipalities (`{share}`), but the agreement has {count}; write `{advice}`";
    ShareWrongTotalAmong = "share-wrong-total-among" { of: u32, share: String, count: u32, advice: String }
        "the indicator counts out of {of} municipalities (`{share}`), but `among` names {count}; write `{advice}`";
    ShareCountTooHigh = "share-count-too-high" { share: String }
        "`{share}` counts more municipalities than there are";
    TextShareDiffers = "text-share-differs" { text: String, share: String }
        "the text says `{text}`, but the indicator counts `{share}`; make them agree";
    TextShareAmong = "text-share-among" { of: u32, text: String, count: u32 }
        "the text counts out of {of} municipalities (`{text}`), but `among` names {count}; check which municipalities the share is of";
    TextShareTotal = "text-share-total" { of: u32, text: String, count: u32, advice: String }
        "the text counts out of {of} municipalities (`{text}`), but the agreement has {count}; if the share is of some municipalities only, add `municipalities = \"{text}\"` and `among = [...]` naming them, otherwise write `{advice}`";

    // Follow-up, validity, termination, signing.
    FollowUpRoundsNone = "follow-up-rounds-none" {}
        "the follow-up names no months; give `window = {{ from_month = 5, to_month = 6 }}`, or `rounds = [...]` for several a year";
    FollowUpRoundsTooMany = "follow-up-rounds-too-many" { count: usize }
        "{count} follow-up rounds is more than one a month; check the list";
    MonthInvalid = "month-invalid" { month: u32 }
        "{month} is not a month; write 1 (January) to 12 (December)";
    WindowBackwards = "window-backwards" { from: u32, to: u32 }
        "the window runs from month {from} back to month {to}; a window stays within one year, so write the earlier month first";
    RoundsOutOfOrder = "rounds-out-of-order" {}
        "the rounds overlap or are out of order; list them in the order of the year, each after the one before";
    ValidityEndsEarly = "validity-ends-early" { until: String, date: String }
        "the agreement would end on {until}, not after its date {date}; check the date";
    ReviewDeadlineEarly = "review-deadline-early" { deadline: String, date: String }
        "the review deadline {deadline} is not after the agreement's date {date}; the review comes later";
    NoticeZero = "notice-zero" {}
        "the notice period is 0 months; it must be at least 1 month (the 2023 agreement has 12)";
    NoticeTooLong = "notice-too-long" { months: u32 }
        "a notice period of {months} months is more than ten years; check the number";
    NoticeLong = "notice-long" { months: u32 }
        "a notice period of {months} months is unusually long; check it";
    CounterpartsZero = "counterparts-zero" {}
        "the agreement is made in at least one counterpart; write 1 or more, or leave it out for one per party";
    RepresentativesNotNamed = "representatives-not-named" { forum: String }
        "`{forum}` has no representatives named by the parties (`named_representatives = false`); remove this entry or change that setting";

    // Annexes.
    AnnexBlocksEmpty = "annex-blocks-empty" {}
        "the annex has no text; add blocks or remove the annex";
    TableColumnsNone = "table-columns-none" {}
        "the table has no columns; add their headings";
    TableRowsNone = "table-rows-none" {}
        "the table has no rows; add rows or remove the annex";
    TableRowCells = "table-row-cells" { cells: Count, columns: usize }
        "the row has {cells} but the table has {columns} columns; give one cell per column (an empty one is \"\")";

    // Inserts.
    InsertTwice = "insert-twice" { insert: String, first: String }
        "`{insert}` is already inserted at `{first}`; the same content would print twice";
    ContentNotInserted = "content-not-inserted" { what: Word, insert: String }
        "{what} are not placed in any section, so the agreement text would not show them; add `{{ insert = \"{insert}\" }}` to a section's blocks";
    ContentWithoutSections = "content-without-sections" { what: Word, insert: String }
        "{what} are not placed in any section, so the agreement text would not show them; the agreement has no `[[sections]]`; add one whose blocks hold `{{ insert = \"{insert}\" }}`";
    ReviewWithoutSections = "review-without-sections" { insert: String }
        "the review is not placed in any section, so the agreement text would not show it; the agreement has no `[[sections]]`; add one whose blocks hold `{{ insert = \"{insert}\" }}`";
    InsertWithoutContent = "insert-without-content" { insert: String }
        "`{insert}` is inserted here but the agreement has none; add them or remove the insert";
    FigureWithoutStructure = "figure-without-structure" {}
        "the structure figure is drawn from the tiers and bodies, but none are defined; add `[[tiers]]` and `[[forums]]` or remove the insert";
    FigureNothingChosen = "figure-nothing-chosen" {}
        "the figure names nothing to draw; give the levels of its tiers (`tiers = [3]`), the ids of its bodies (`bodies = [\"…\"]`) or both";
    FigureTierUnknown = "figure-tier-unknown" { tier: u32, known: String }
        "the figure draws tier {tier}, which does not exist; the tiers are {known}";
    PrioritiesInsertedNone = "priorities-inserted-none" {}
        "the priorities are inserted here but none are defined; add `[[priorities]]` or remove the insert";

    // Measurements.
    MeasurementTextEmpty = "measurement-text-empty" {}
        "the text is empty; write it out or leave the field out";
    MeasurementTextTooLong = "measurement-text-too-long" { chars: usize, limit: usize }
        "the text has {chars} characters, more than the limit of {limit}; shorten it";
    MeasurementTextDirectionControl = "measurement-text-direction-control" { codepoint: String }
        "the text contains the invisible direction control U+{codepoint}, which makes it show in another order than written; remove it";
    MeasurementTextControlCharacter = "measurement-text-control-character" { codepoint: String }
        "the text contains the control character U+{codepoint}, which cannot be printed; remove it";
    MeasurementTextGlyphMissing = "measurement-text-glyph-missing" { character: char, codepoint: String }
        "the text contains `{character}` (U+{codepoint}), which the report's fonts cannot show; replace it";
    MeasurementLimitExceeded = "measurement-limit-exceeded" { total: usize, limit: usize }
        "{total} values in all is more than the limit of {limit}; check that these are the right files";
    MeasurementNotAnIndicator = "measurement-not-an-indicator" { id: String, kind: Word }
        "`{id}` is {kind}, not an indicator; give the id of one of its indicators";
    MeasurementUnknownIndicator = "measurement-unknown-indicator" { id: String, known: String }
        "no indicator of the agreement has the id `{id}`; the ids are {known}";
    MeasurementYearOutOfRange = "measurement-year-out-of-range" { year: i32 }
        "{year} is not a year of the agreement; check it";
    MeasurementYearBeforeAgreement = "measurement-year-before-agreement" { first: i32, year: i32 }
        "the agreement is from {first}, so {year} is before it; a value from before the agreement is the indicator's baseline (`baseline_year`, `baseline_value` in the agreement)";
    MeasurementYearAfterValidity = "measurement-year-after-validity" { last: i32, year: i32 }
        "the agreement is in force until {last}, so it is not followed up in {year}";
    MeasurementUnknownMunicipality = "measurement-unknown-municipality" { key: String, known: String }
        "no municipality of the agreement has the id or code `{key}`; use one of: {known}";
    MeasurementNotAMunicipality = "measurement-not-a-municipality" { party: String }
        "`{party}` is not a municipality; a value for the whole area has no `municipality`";
    MeasurementMunicipalityNotAmong = "measurement-municipality-not-among" { party: String }
        "`{party}` is not among the municipalities this share counts; give values for those `among` names";
    MeasurementShareCount = "measurement-share-count" { share: String, of: u32, value: String }
        "the indicator is a share of municipalities ({share}): a value for the whole area is the number of them, 0 to {of}, not `{value}`; or give each municipality's answer on a row of its own";
    MeasurementPercentageAbove100 = "measurement-percentage-above-100" { value: String }
        "a percentage is 0–100, but `{value}` is above 100";
    MeasurementPercentageBelow0 = "measurement-percentage-below-0" { value: String }
        "a percentage is 0–100, but `{value}` is below 0";
    MeasurementScalePoint = "measurement-scale-point" { value: String, low: u32, high: u32 }
        "`{value}` is not a point of the scale {low}–{high}; write a whole number from {low} to {high}";
    MeasurementNotANumber = "measurement-not-a-number" { value: String }
        "`{value}` is not a value of this indicator, which takes a number, e.g. `12,5`";
    MeasurementNotAPercentage = "measurement-not-a-percentage" { value: String }
        "`{value}` is not a value of this indicator, which takes a percentage 0–100, e.g. `38,5`";
    MeasurementNotAScalePoint = "measurement-not-a-scale-point" { value: String, low: u32, high: u32 }
        "`{value}` is not a value of this indicator, which takes a whole number of the scale {low}–{high}";
    MeasurementNotYesNo = "measurement-not-yes-no" { value: String }
        "`{value}` is not a value of this indicator, which takes yes or no: `kyllä` or `ei` (`true`/`false`)";
    MeasurementNotAStatus = "measurement-not-a-status" { value: String }
        "`{value}` is not a value of this indicator, which takes the status `ei aloitettu`, `käynnissä` or `valmis` (`not_started`, `in_progress`, `done`)";
    MeasurementDateOutOfRange = "measurement-date-out-of-range" { date: String }
        "the date {date} is outside the years 1900–9999; check the year";
    MeasurementDuplicate = "measurement-duplicate" { indicator: String, year: i32, first: Spot }
        "`{indicator}` already has a value for {year} (at {first}); give each value once";
    MeasurementDuplicateMunicipality = "measurement-duplicate-municipality" { indicator: String, year: i32, party: String, first: Spot }
        "`{indicator}` already has a value for {year} for {party} (at {first}); give each value once";
    MeasurementCountDiffers = "measurement-count-differs" { count: u32, yes: u32 }
        "the count {count} differs from the municipalities' answers, of which {yes} say yes (or done); make them agree, or leave the count out";
    MeasurementCountImpossible = "measurement-count-impossible" { count: u32, yes: u32, unanswered: u32 }
        "the count {count} cannot be right: {yes} municipalities answer yes (or done) and {unanswered} have no answer; make them agree, or leave the count out";
    MeasurementRowWithoutValue = "measurement-row-without-value" { filled: Vec<Word> }
        "the row has {filled} but no value, so it is skipped; fill in the value or clear the row";
    MeasurementRowWithoutIndicator = "measurement-row-without-indicator" {}
        "the row has a value but no indicator id; write the id of the indicator it measures, e.g. `p1.g1.i1`";
    MeasurementRowWithoutYear = "measurement-row-without-year" {}
        "the row has a value but no year; write the year it is for, e.g. `2027`";
    MeasurementYearUnreadable = "measurement-year-unreadable" { text: String }
        "`{text}` is not a year; write it as four digits, e.g. `2027`";
    MeasurementDateUnreadable = "measurement-date-unreadable" { text: String }
        "`{text}` is not a date; write it as `31.3.2027` or `2027-03-31`";
    // Issue 20: what the PDF can carry.
    HeadingTooLong = "heading-too-long" { chars: usize, limit: usize }
        "the heading has {chars} characters, more than the limit of {limit} that a title page, a running header and the PDF's outline can hold; shorten it and put the rest in the text below it";
    // Issue 20: a CSV row that cannot be read is not skipped in silence.
    MeasurementRowSeparator = "measurement-row-separator" { found: String, header: String }
        "the row is separated with `{found}` but the header with `{header}`, so its fields cannot be told apart; separate them with `{header}` as in the header";
    // Issue 20: a whole number a double cannot hold is not rounded in silence.
    MeasurementNumberNotExact = "measurement-number-not-exact" { value: String, limit: String }
        "`{value}` is larger than {limit}, the largest whole number a value holds exactly, and would be rounded; check the value, or record it in a larger unit (e.g. thousands)";
    NumberNotExact = "number-not-exact" { limit: String }
        "the number is larger than {limit}, the largest whole number kept exactly, and would be rounded; check it, or give it in a larger unit (e.g. thousands)";

    // Decisions (the decisions file beside the agreement, issue 21).
    DecisionUnknownParty = "decision-unknown-party" { party: String, known: String }
        "the agreement has no party `{party}`; the parties are {known}";
    DecisionPartyTwice = "decision-party-twice" { party: String }
        "`{party}` already has an entry; give each party's decisions, representatives and signature in one entry";
    DecisionFieldEmpty = "decision-field-empty" { field: String }
        "`{field}` is empty; write it out or leave the field out";
    DecisionSectionWithSign = "decision-section-with-sign" { section: String }
        "write the section `{section}` as a number without `§`; the documents add the sign";
    DecisionOutOfOrder = "decision-out-of-order" { date: String, previous: String }
        "this step is dated {date}, before the step above it ({previous}); list the chain in the order it happened";
    DecisionBeforeFinalText = "decision-before-final-text" { date: String, final_text: String }
        "the decision of {date} is before the final text of {final_text}; a party decides on the final text, so check the dates";
    DecisionChangesMissing = "decision-changes-missing" {}
        "the outcome is `approved_with_changes` but `changes` does not say what was changed; write it";
    DecisionUnknownBody = "decision-unknown-body" { body: String, known: String }
        "the agreement has no body `{body}`; the bodies are {known}";
    DecisionBodyNotNamed = "decision-body-not-named" { body: String }
        "the parties name no representatives to `{body}` (an open network, or `named_representatives = false` in the agreement); remove this entry";
    DecisionNotAMember = "decision-not-a-member" { party: String, body: String }
        "`{party}` is not a member of `{body}` in the agreement, so it names no one to it; check the body";
    DecisionSeatsExceeded = "decision-seats-exceeded" { party: String, body: String, named: usize, seats: u32 }
        "`{party}` has named {named} representatives to `{body}`, which gives it {seats} seat(s); name deputies as `deputy` of a representative";
    DecisionNamedTwice = "decision-named-twice" { name: String, body: String }
        "{name} is already named to `{body}` by this party; name each person once";
    DecisionDeputyIsMember = "decision-deputy-is-member" { name: String }
        "{name} is both the representative and the deputy; name another deputy or leave `deputy` out";
    DecisionSignedWithoutApproval = "decision-signed-without-approval" { party: String }
        "`{party}` has signed, but its last decision does not approve the agreement; record the approving decision, or check the signature";
    DecisionSignedBeforeDecision = "decision-signed-before-decision" { signed: String, decided: String }
        "the signature of {signed} is before the approving decision of {decided}; a party signs after it has decided";
    DecisionTerminationBeforeSignature = "decision-termination-before-signature" { delivered: String, signed: String }
        "the notice of termination of {delivered} is before the party's signature of {signed}; a party terminates an agreement it has signed";
    DecisionTerminationUnsigned = "decision-termination-unsigned" { party: String }
        "`{party}` gives notice of termination but has not signed; record its signature, or remove the notice";
    // The shape of the input (issue 22): what serde stops at, every one at once.
    UnknownField = "unknown-field" { key: String, expected: String }
        "`{key}` is not a field here; the fields here are {expected}: check the spelling";
    MissingField = "missing-field" { key: String }
        "the field `{key}` is missing here; write it";
    WrongValue = "wrong-value" { detail: String }
        "{detail}";
}

/// A place in a measurements file as a sentence names it
/// (`measurement-duplicate`) and as a report prints it: "line 7, column 4
/// (value)", `9:13 measurements[1]`, `Mittarit!E7`; the words "line",
/// "column", "the whole file" and "in" are the language's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Spot {
    /// Written the same in every language: a TOML path with its line and
    /// column, a cell, a measurement made in code.
    Plain(String),
    /// A line of a table, and a column with its field's name when known.
    Line {
        line: usize,
        column: Option<(usize, String)>,
    },
    /// The file as a whole.
    File,
    /// A place in another file than the one the sentence is about.
    InFile(Box<Spot>, String),
}

impl Arg for Spot {
    fn render(&self, tongue: &dyn Tongue, out: &mut String) {
        match self {
            Spot::Plain(text) => out.push_str(text),
            Spot::Line { line, column } => {
                let _ = write!(out, "{} {line}", tongue.word(Word::Line));
                if let Some((c, name)) = column {
                    let _ = write!(out, ", {} {c}", tongue.word(Word::Column));
                    if !name.is_empty() {
                        let _ = write!(out, " ({name})");
                    }
                }
            }
            Spot::File => out.push_str(tongue.word(Word::WholeFile)),
            Spot::InFile(spot, file) => {
                spot.render(tongue, out);
                let _ = write!(out, " {} `{file}`", tongue.word(Word::InFile));
            }
        }
    }
}

impl Spot {
    /// The place in English, as it has always been written.
    pub(crate) fn english(&self) -> String {
        let mut out = String::new();
        self.render(&English, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_read() {
        assert_eq!(
            placeholders("a `{id}` {{ x }} and {n}").unwrap(),
            vec!["id", "n"]
        );
        assert!(placeholders("a lone } here").is_err());
        assert!(placeholders("an open { here").is_err());
        assert!(placeholders("{Not a name}").is_err());
    }

    #[test]
    fn fill_keeps_escaped_braces_and_unknown_names() {
        let id = "x".to_owned();
        let args: Vec<(&'static str, &dyn Arg)> = vec![("id", &id)];
        assert_eq!(fill("{{ {id} }} {other}", &args, &English), "{ x } {other}");
    }

    #[test]
    fn english_counts_take_the_form_of_their_number() {
        assert_eq!(English.count(1, Noun::Cell), "1 cell");
        assert_eq!(English.count(2, Noun::Cell), "2 cells");
    }

    #[test]
    fn codes_are_unique_kebab_case_and_found_by_name() {
        let mut seen = std::collections::BTreeSet::new();
        for &code in Code::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "{name} twice");
            assert!(
                name.split('-').all(|part| !part.is_empty()
                    && part
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
                "{name} is not kebab-case"
            );
            assert_eq!(Code::from_name(name), Some(code));
        }
    }
}
