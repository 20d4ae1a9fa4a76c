//! The shape of each language's table of fixed words: [`Words`] and the
//! groups of labels in it.

use super::follow_up;

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
    /// "kaikki sopimusosapuolet" (all parties).
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
