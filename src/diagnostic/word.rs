//! The words a finding puts into its sentence: each language gives them in
//! the form its templates need; English is here.

use crate::language::Language;

/// A word a finding puts into its sentence; each language gives it in the
/// form its templates need. The English word is [`Word::english`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Word {
    // The text fields that must not be blank (`field-empty`): Finnish in
    // the nominative, Swedish in the definite form.
    /// `meta.title`.
    Title,
    /// `meta.short_title`.
    ShortTitle,
    /// `meta.version`.
    VersionLabel,
    /// A section's heading.
    SectionHeading,
    /// A subheading block.
    Subheading,
    /// A party's name.
    PartyName,
    /// A party's or forum's short name.
    ShortName,
    /// A party's address.
    Address,
    /// A signatory's name.
    SignatoryName,
    /// A signatory's title.
    SignatoryTitle,
    /// The body that approved the agreement.
    ApprovingBody,
    /// The section of the minutes of an approval.
    MinutesSection,
    /// A statute's name.
    StatuteName,
    /// A statute's number.
    StatuteNumber,
    /// A cited section of a statute.
    SectionNumber,
    /// The topic of a cited section.
    Topic,
    /// An organ of a party.
    OrganName,
    /// An outside organisation.
    OrganisationName,
    /// A responsibility's own text.
    ResponsibilityText,
    /// The structure figure's caption.
    Caption,
    /// A tier's name.
    TierName,
    /// A tier's level name.
    LevelName,
    /// A forum's name.
    ForumName,
    /// A convener that is another body.
    ConveningBody,
    /// A forum's composition.
    Composition,
    /// Whom a forum serves.
    Serves,
    /// Who prepares a forum's meetings.
    PreparedBy,
    /// Who presents in a forum.
    PresentedBy,
    /// A forum's officers in words.
    OfficersDescription,
    /// A member's role.
    Role,
    /// An interface area's name.
    AreaName,
    /// An interface area's municipal contact.
    MunicipalContact,
    /// An interface area's county contact.
    CountyContact,
    /// A priority's title.
    PriorityTitle,
    /// The introduction of a goal's indicators.
    IndicatorsIntro,
    /// An indicator's target.
    Target,
    /// An indicator's unit.
    Unit,
    /// An indicator source's name.
    SourceName,
    /// An indicator's id at its source.
    SourceId,
    /// The place of signing.
    SigningPlace,
    /// A representative's name.
    RepresentativeName,
    /// A representative's title.
    RepresentativeTitle,
    /// A deputy's name.
    DeputyName,
    /// The title of Annex 1.
    StructuresTitle,
    /// The title of Annex 2.
    GoalsTitle,
    /// The priority heading of Annex 2.
    PriorityHeading,
    /// The goal column heading.
    GoalHeading,
    /// The indicator column heading.
    IndicatorHeading,
    /// The action column heading.
    ActionHeading,
    /// The responsibility column heading.
    LeadHeading,
    /// An additional annex's title.
    AnnexTitle,
    /// A table column's heading.
    ColumnHeading,
    /// An annexed document's name.
    DocumentName,
    /// An annexed document's reference.
    Reference,

    // What is counted against a limit (`limit-exceeded`): Finnish in the
    // partitive plural, Swedish in the indefinite plural.
    /// Parties.
    Parties,
    /// Forums.
    Forums,
    /// Sections.
    Sections,
    /// Priorities.
    Priorities,
    /// Goals.
    Goals,
    /// Indicators.
    Indicators,
    /// Actions.
    Actions,
    /// Interface areas.
    InterfaceAreas,
    /// Additional annexes.
    AdditionalAnnexes,
    /// Tiers.
    Tiers,
    /// Blocks, list items, members or rows.
    Blocks,

    // Content a section places with an insert (`content-not-inserted`):
    // Finnish in the nominative plural, Swedish in the definite plural.
    /// The statutes.
    StatutesContent,
    /// The tier descriptions.
    TiersContent,
    /// The follow-up rules.
    FollowUpContent,
    /// The interface areas and their counterpart pairs.
    InterfaceAreasContent,
    /// The entry into force and duration.
    ValidityContent,
    /// The termination rules.
    TerminationContent,

    // What a tier's figure box shows (`forum-not-drawn`): in the
    // nominative plural, Swedish definite.
    /// Bodies.
    ShowsBodies,
    /// Municipalities.
    ShowsMunicipalities,
    /// Interface areas.
    ShowsInterfaceAreas,

    /// A language, as the adjective before "version" or "text": English
    /// "Swedish", Finnish "ruotsinkielinen", Swedish "svenska".
    Language(Language),

    // A kind of item that is not an indicator (`measurement-not-an-indicator`):
    // English and Swedish with the indefinite article, Finnish in the
    // nominative.
    /// A priority.
    APriority,
    /// A goal.
    AGoal,
    /// An action.
    AnAction,
    /// Any other item.
    AnItem,

    // What a row of a table has besides a value
    // (`measurement-row-without-value`): English and Swedish with the
    // indefinite article, Finnish in the nominative.
    /// The source of a figure.
    ASource,
    /// The date of a figure.
    ADate,
    /// A note.
    ANote,

    // The words of a place in a measurements file (a [`Spot`]), Finnish in
    // the nominative.
    /// "line" of a table.
    Line,
    /// "column" of a table.
    Column,
    /// "the whole file".
    WholeFile,
    /// "in" a file, before its name.
    InFile,
}

impl Word {
    /// The English word: what the English messages have always said.
    pub fn english(self) -> &'static str {
        match self {
            Word::Title => "title",
            Word::ShortTitle => "short title",
            Word::VersionLabel => "version label",
            Word::SectionHeading => "section heading",
            Word::Subheading => "subheading",
            Word::PartyName => "party name",
            Word::ShortName => "short name",
            Word::Address => "address",
            Word::SignatoryName => "signatory's name",
            Word::SignatoryTitle => "signatory's title",
            Word::ApprovingBody => "approving body",
            Word::MinutesSection => "minutes section",
            Word::StatuteName => "statute's name",
            Word::StatuteNumber => "statute number",
            Word::SectionNumber => "section number",
            Word::Topic => "topic",
            Word::OrganName => "name of the organ",
            Word::OrganisationName => "organisation's name",
            Word::ResponsibilityText => "responsibility text",
            Word::Caption => "caption",
            Word::TierName => "tier name",
            Word::LevelName => "level name",
            Word::ForumName => "forum name",
            Word::ConveningBody => "convening body",
            Word::Composition => "composition",
            Word::Serves => "serves",
            Word::PreparedBy => "prepared_by",
            Word::PresentedBy => "presented_by",
            Word::OfficersDescription => "officers' description",
            Word::Role => "role",
            Word::AreaName => "interface area's name",
            Word::MunicipalContact => "municipal contact role",
            Word::CountyContact => "county contact role",
            Word::PriorityTitle => "priority's title",
            Word::IndicatorsIntro => "introduction of the indicators",
            Word::Target => "target",
            Word::Unit => "unit",
            Word::SourceName => "source's name",
            Word::SourceId => "source's indicator id",
            Word::SigningPlace => "place of signing",
            Word::RepresentativeName => "representative's name",
            Word::RepresentativeTitle => "representative's title",
            Word::DeputyName => "deputy's name",
            Word::StructuresTitle => "title of Annex 1",
            Word::GoalsTitle => "title of Annex 2",
            Word::PriorityHeading => "priority heading",
            Word::GoalHeading => "goal column heading",
            Word::IndicatorHeading => "indicator column heading",
            Word::ActionHeading => "action column heading",
            Word::LeadHeading => "responsibility column heading",
            Word::AnnexTitle => "annex title",
            Word::ColumnHeading => "column heading",
            Word::DocumentName => "document's name",
            Word::Reference => "reference",
            Word::Parties => "parties",
            Word::Forums => "forums",
            Word::Sections => "sections",
            Word::Priorities => "priorities",
            Word::Goals => "goals",
            Word::Indicators => "indicators",
            Word::Actions => "actions",
            Word::InterfaceAreas => "interface areas",
            Word::AdditionalAnnexes => "additional annexes",
            Word::Tiers => "tiers",
            Word::Blocks => "blocks, list items, members or rows",
            Word::StatutesContent => "the statutes",
            Word::TiersContent => "the tier descriptions",
            Word::FollowUpContent => "the follow-up rules",
            Word::InterfaceAreasContent => "the interface areas and their counterpart pairs",
            Word::ValidityContent => "the entry into force and duration",
            Word::TerminationContent => "the termination rules",
            Word::ShowsBodies => "bodies",
            Word::ShowsMunicipalities => "municipalities",
            Word::ShowsInterfaceAreas => "interface_areas",
            Word::Language(l) => l.english_name(),
            Word::APriority => "a priority",
            Word::AGoal => "a goal",
            Word::AnAction => "an action",
            Word::AnItem => "an item",
            Word::ASource => "a source",
            Word::ADate => "a date",
            Word::ANote => "a note",
            Word::Line => "line",
            Word::Column => "column",
            Word::WholeFile => "the whole file",
            Word::InFile => "in",
        }
    }

    /// Every word, for the tests of the tables.
    pub fn all() -> Vec<Word> {
        let mut all = vec![
            Word::Title,
            Word::ShortTitle,
            Word::VersionLabel,
            Word::SectionHeading,
            Word::Subheading,
            Word::PartyName,
            Word::ShortName,
            Word::Address,
            Word::SignatoryName,
            Word::SignatoryTitle,
            Word::ApprovingBody,
            Word::MinutesSection,
            Word::StatuteName,
            Word::StatuteNumber,
            Word::SectionNumber,
            Word::Topic,
            Word::OrganName,
            Word::OrganisationName,
            Word::ResponsibilityText,
            Word::Caption,
            Word::TierName,
            Word::LevelName,
            Word::ForumName,
            Word::ConveningBody,
            Word::Composition,
            Word::Serves,
            Word::PreparedBy,
            Word::PresentedBy,
            Word::OfficersDescription,
            Word::Role,
            Word::AreaName,
            Word::MunicipalContact,
            Word::CountyContact,
            Word::PriorityTitle,
            Word::IndicatorsIntro,
            Word::Target,
            Word::Unit,
            Word::SourceName,
            Word::SourceId,
            Word::SigningPlace,
            Word::RepresentativeName,
            Word::RepresentativeTitle,
            Word::DeputyName,
            Word::StructuresTitle,
            Word::GoalsTitle,
            Word::PriorityHeading,
            Word::GoalHeading,
            Word::IndicatorHeading,
            Word::ActionHeading,
            Word::LeadHeading,
            Word::AnnexTitle,
            Word::ColumnHeading,
            Word::DocumentName,
            Word::Reference,
            Word::Parties,
            Word::Forums,
            Word::Sections,
            Word::Priorities,
            Word::Goals,
            Word::Indicators,
            Word::Actions,
            Word::InterfaceAreas,
            Word::AdditionalAnnexes,
            Word::Tiers,
            Word::Blocks,
            Word::StatutesContent,
            Word::TiersContent,
            Word::FollowUpContent,
            Word::InterfaceAreasContent,
            Word::ValidityContent,
            Word::TerminationContent,
            Word::ShowsBodies,
            Word::ShowsMunicipalities,
            Word::ShowsInterfaceAreas,
        ];
        all.extend(Language::ALL.map(Word::Language));
        all.extend([
            Word::APriority,
            Word::AGoal,
            Word::AnAction,
            Word::AnItem,
            Word::ASource,
            Word::ADate,
            Word::ANote,
            Word::Line,
            Word::Column,
            Word::WholeFile,
            Word::InFile,
        ]);
        all
    }
}
