//! The registry of the input format's fields: every key a table of the
//! agreement may have, once, with the earlier name it may still be written
//! under.
//!
//! The code names a field through [`Field`] instead of a string: the TOML
//! locator follows an alias through it, validation builds its paths with
//! it, and a test holds it against the model (the keys of the JSON Schema
//! that `schemars` derives from the serde types, and the `alias` attributes
//! in `src/model/`), so a field renamed or added in the model and not here
//! fails that test instead of silently losing its places.

/// `Some` of the alias, or `None` without one.
macro_rules! alias {
    () => {
        None
    };
    ($alias:literal) => {
        Some($alias)
    };
}

/// Declares the fields: a variant each, with its key and alias.
macro_rules! registry {
    ($( $variant:ident = $key:literal $(alias $alias:literal)? ; )*) => {
        /// A key of a table of the input format, e.g. `business_id`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Field {
            $(
                #[doc = concat!("`", $key, "`")]
                $variant,
            )*
        }

        impl Field {
            /// Every field, in the order of their keys.
            pub const ALL: &'static [Field] = &[$(Field::$variant),*];

            /// The key as the input writes it, e.g. `business_id`.
            pub fn key(self) -> &'static str {
                match self {
                    $(Field::$variant => $key,)*
                }
            }

            /// The earlier name the field may still be written under
            /// (`forums` for `responsible`), as serde's `alias` reads it.
            pub fn alias(self) -> Option<&'static str> {
                match self {
                    $(Field::$variant => alias!($($alias)?),)*
                }
            }
        }
    };
}

registry! {
    ActionHeading = "action_heading";
    Actions = "actions";
    Additional = "additional";
    Address = "address";
    Among = "among";
    Annexes = "annexes";
    AppointedBy = "appointed_by";
    Approval = "approval";
    AtLeastPerYear = "at_least_per_year";
    BaselineValue = "baseline_value";
    BaselineYear = "baseline_year";
    Blocks = "blocks";
    Bodies = "bodies";
    Body = "body";
    Bullets = "bullets";
    BusinessId = "business_id";
    Caption = "caption";
    Chair = "chair";
    Columns = "columns";
    Composition = "composition";
    Contents = "contents";
    Convener = "convener";
    Counterparts = "counterparts";
    CountyContact = "county_contact";
    Date = "date";
    Deadline = "deadline";
    Deputy = "deputy";
    Description = "description";
    Direction = "direction";
    Document = "document";
    Fi = "fi";
    Figure = "figure";
    FollowUp = "follow_up";
    Footnotes = "footnotes";
    Forum = "forum";
    Forums = "forums";
    Frequency = "frequency";
    FromMonth = "from_month";
    GoalHeading = "goal_heading";
    Goals = "goals";
    GoalsForm = "goals_form";
    GoalsTitle = "goals_title";
    Group = "group";
    Heading = "heading";
    Id = "id";
    InWriting = "in_writing";
    IndicatorHeading = "indicator_heading";
    Indicators = "indicators";
    IndicatorsIntro = "indicators_intro";
    Insert = "insert";
    InterfaceAreas = "interface_areas";
    Items = "items";
    JointMeetings = "joint_meetings";
    Kind = "kind";
    Language = "language";
    Languages = "languages" alias "language";
    Layout = "layout";
    Lead = "lead";
    LeadHeading = "lead_heading";
    LegalBasis = "legal_basis";
    Level = "level";
    LevelName = "level_name";
    Max = "max";
    Members = "members";
    MembersOf = "members_of";
    Meta = "meta";
    Min = "min";
    Mode = "mode";
    MunicipalContact = "municipal_contact";
    Municipalities = "municipalities";
    MunicipalityCode = "municipality_code";
    Name = "name";
    NamedRepresentatives = "named_representatives";
    NoticeMonths = "notice_months";
    NotifyAllParties = "notify_all_parties";
    Number = "number";
    Numbered = "numbered";
    Officers = "officers";
    Organ = "organ";
    Other = "other";
    OwnPartOnly = "own_part_only";
    OwnPartSubject = "own_part_subject";
    Paragraph = "paragraph";
    Parties = "parties";
    PartyOrder = "party_order";
    PartyTerm = "party_term";
    Partners = "partners";
    Party = "party";
    PerCouncilTerm = "per_council_term";
    PerMunicipality = "per_municipality";
    PerYear = "per_year";
    Place = "place";
    PreparedBy = "prepared_by";
    PresentedBy = "presented_by";
    Priorities = "priorities";
    PriorityHeading = "priority_heading";
    Provisions = "provisions";
    Reference = "reference";
    Representatives = "representatives";
    Responsible = "responsible" alias "forums";
    Review = "review";
    Role = "role";
    Rounds = "rounds";
    Rows = "rows";
    Scale = "scale";
    Seats = "seats";
    Section = "section";
    SectionSign = "section_sign";
    Sections = "sections";
    Serves = "serves";
    ShortName = "short_name";
    ShortTitle = "short_title";
    Signatory = "signatory";
    SignedOn = "signed_on";
    Signing = "signing";
    Source = "source";
    Status = "status";
    Statutory = "statutory";
    Structure = "structure";
    StructuresTitle = "structures_title";
    Subheading = "subheading";
    Sv = "sv";
    Table = "table";
    Target = "target";
    TargetValue = "target_value";
    Tasks = "tasks";
    Term = "term";
    Termination = "termination";
    Text = "text";
    Tier = "tier";
    Tiers = "tiers";
    Title = "title";
    ToMonth = "to_month";
    Topic = "topic";
    Unit = "unit";
    Until = "until";
    UntilNewAgreement = "until_new_agreement";
    Validity = "validity";
    ValueKind = "value_kind";
    Version = "version";
    Window = "window";
}

impl Field {
    /// The field whose key is `key`.
    ///
    /// ```
    /// use sopimus::model::Field;
    /// assert_eq!(Field::from_key("responsible"), Some(Field::Responsible));
    /// assert_eq!(Field::Responsible.alias(), Some("forums"));
    /// assert_eq!(Field::from_key("no_such_key"), None);
    /// ```
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.key() == key)
    }
}

/// A path segment: `FieldPath::root().key(Field::Parties)`.
impl From<Field> for String {
    fn from(field: Field) -> String {
        field.key().to_owned()
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}
