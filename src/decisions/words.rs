//! The words of a party's decision item (`sopimus decision draft`), in
//! Finnish and Swedish: its labels, the sentences built from the agreement,
//! the organs and presenters of each kind of party, and the instructions
//! for a claim for rectification. `{name}` placeholders are filled in.

use crate::language::Language;
use crate::model::PartyKind;

/// The organs and the presenter of one kind of party, in one language.
#[derive(Debug)]
pub(crate) struct Organs {
    /// The organ the item goes to, e.g. `Kunnanhallitus`.
    pub board: &'static str,
    /// The organ the board proposes to, for the county (`Aluevaltuusto`).
    pub council: Option<&'static str>,
    /// The presenter, as the item names them (`kunnanjohtaja`).
    pub presenter: &'static str,
    /// The presenter as the object of a sentence (`kunnanjohtajan`).
    pub presenter_object: &'static str,
}

/// The words of a decision item in one language.
#[derive(Debug)]
pub(crate) struct ItemWords {
    /// "{title}: approval and naming of representatives".
    pub title: &'static str,
    /// "{title}: approval", for a party that names nobody.
    pub title_no_bodies: &'static str,
    /// Label of the record number.
    pub record: &'static str,
    /// Label of the preparer.
    pub preparer: &'static str,
    /// Shown when no preparer is recorded.
    pub preparer_missing: &'static str,
    /// Label of the presenter.
    pub presenter: &'static str,
    /// Label of the description.
    pub description: &'static str,
    /// Label of the proposal.
    pub proposal: &'static str,
    /// Label of the decision.
    pub decision: &'static str,
    /// Label of the extract's recipients.
    pub extract: &'static str,
    /// Label of the annex.
    pub annex: &'static str,
    /// "The parties of the agreement are {parties}."
    pub parties: &'static str,
    /// The word joining the last two of a list ("ja").
    pub and: &'static str,
    /// "The priorities of the cooperation are: {priorities}."
    pub priorities: &'static str,
    /// "{party} names its representatives … to these bodies:"
    pub bodies: &'static str,
    /// "{party} names no representatives to the bodies."
    pub no_bodies: &'static str,
    /// "{body} ({seats})".
    pub body_seats: &'static str,
    /// "one representative", "{n} representatives".
    pub seats: [&'static str; 2],
    /// Entry into force.
    pub entry_into_force: &'static str,
    /// "in force until further notice".
    pub until_further_notice: &'static str,
    /// "in force until {until}".
    pub until: &'static str,
    /// ", and in any case until a new agreement is approved".
    pub until_new: &'static str,
    /// "A party may terminate … with {months} months' notice."
    pub termination: &'static str,
    /// "… follow-up yearly; {forums} …", for one forum and for more.
    pub follow_up: [&'static str; 2],
    /// "The agreement is annexed."
    pub annexed: &'static str,
    /// "{organ} decides".
    pub decides: &'static str,
    /// "{board} decides to propose to the county council that the council decides".
    pub proposes: &'static str,
    /// "to approve for its part the annexed agreement “{title}”,".
    pub approve: &'static str,
    /// "to name to “{body}”: {people},".
    pub name_people: &'static str,
    /// "{name} ({title})".
    pub person_title: &'static str,
    /// "deputy {deputy}".
    pub deputy: &'static str,
    /// "to authorise {who} to name … to {bodies} and to sign the agreement."
    pub authorise_name_sign: &'static str,
    /// "to authorise {who} to sign the agreement."
    pub authorise_sign: &'static str,
    /// The decisions: approved, approved with changes ({changes}), rejected,
    /// sent back; each with `{organ}`.
    pub outcomes: [&'static str; 4],
    /// The decision before the meeting.
    pub decision_open: &'static str,
    /// The named people among the extract's recipients.
    pub named_people: &'static str,
    /// Heading of the instructions for a claim for rectification.
    pub rectification_heading: &'static str,
    /// The instructions' paragraphs; `{authority}`, `{address}` and
    /// `{members}` are filled in.
    pub rectification: &'static [&'static str],
    /// Who besides a party may claim: a municipality's members.
    pub members_municipality: &'static str,
    /// … a regional council's member municipalities and their members.
    pub members_joint: &'static str,
    /// … a county's members.
    pub members_county: &'static str,
    /// Heading of the appeal section of a preparatory decision.
    pub no_appeal_heading: &'static str,
    /// A preparatory decision cannot be appealed.
    pub no_appeal: &'static str,
    /// Shown for an address the agreement does not give.
    pub address_missing: &'static str,
}

/// The organs and presenters of each kind of party, in Finnish.
const FI_ORGANS: [Organs; 5] = [
    Organs {
        board: "Aluehallitus",
        council: Some("Aluevaltuusto"),
        presenter: "hyvinvointialuejohtaja",
        presenter_object: "hyvinvointialuejohtajan",
    },
    Organs {
        board: "Maakuntahallitus",
        council: None,
        presenter: "maakuntajohtaja",
        presenter_object: "maakuntajohtajan",
    },
    Organs {
        board: "Kunnanhallitus",
        council: None,
        presenter: "kunnanjohtaja",
        presenter_object: "kunnanjohtajan",
    },
    Organs {
        board: "Kaupunginhallitus",
        council: None,
        presenter: "kaupunginjohtaja",
        presenter_object: "kaupunginjohtajan",
    },
    Organs {
        board: "Hallitus",
        council: None,
        presenter: "toimitusjohtaja",
        presenter_object: "toimitusjohtajan",
    },
];

/// The organs and presenters of each kind of party, in Swedish.
const SV_ORGANS: [Organs; 5] = [
    Organs {
        board: "Välfärdsområdesstyrelsen",
        council: Some("Välfärdsområdesfullmäktige"),
        presenter: "välfärdsområdesdirektör",
        presenter_object: "välfärdsområdesdirektören",
    },
    Organs {
        board: "Landskapsstyrelsen",
        council: None,
        presenter: "landskapsdirektör",
        presenter_object: "landskapsdirektören",
    },
    Organs {
        board: "Kommunstyrelsen",
        council: None,
        presenter: "kommundirektör",
        presenter_object: "kommundirektören",
    },
    Organs {
        board: "Stadsstyrelsen",
        council: None,
        presenter: "stadsdirektör",
        presenter_object: "stadsdirektören",
    },
    Organs {
        board: "Styrelsen",
        council: None,
        presenter: "verkställande direktör",
        presenter_object: "verkställande direktören",
    },
];

/// The organs of `kind` in `language`.
pub(crate) fn organs(kind: PartyKind, language: Language) -> &'static Organs {
    let table = match language {
        Language::Fi => &FI_ORGANS,
        Language::Sv => &SV_ORGANS,
    };
    match kind {
        PartyKind::WellbeingServicesCounty => &table[0],
        PartyKind::RegionalCouncil => &table[1],
        PartyKind::Municipality => &table[2],
        PartyKind::City => &table[3],
        PartyKind::Other => &table[4],
    }
}

/// Finnish.
const FI: ItemWords = ItemWords {
    title: "{title}: hyväksyminen ja edustajien nimeäminen",
    title_no_bodies: "{title}: hyväksyminen",
    record: "Dnro",
    preparer: "Valmistelija",
    preparer_missing: "(valmistelija ja yhteystiedot)",
    presenter: "Esittelijä",
    description: "Selostus",
    proposal: "Päätösehdotus",
    decision: "Päätös",
    extract: "Ote",
    annex: "Liite",
    parties: "Sopimuksen osapuolet ovat {parties}.",
    and: "ja",
    priorities: "Yhteistyön painopisteet ovat: {priorities}.",
    bodies: "{party} nimeää edustajansa ja heidän varahenkilönsä seuraaviin toimielimiin:",
    no_bodies: "{party} ei nimeä edustajia sopimuksen toimielimiin.",
    body_seats: "{body} ({seats})",
    seats: ["yksi edustaja", "{n} edustajaa"],
    entry_into_force: "Sopimus tulee voimaan, kun kaikki osapuolet ovat sen hyväksyneet ja allekirjoituksillaan vahvistaneet.",
    until_further_notice: "Sopimus on voimassa toistaiseksi",
    until: "Sopimus on voimassa {until} asti",
    until_new: " ja joka tapauksessa siihen asti, kunnes uusi sopimus on hyväksytty",
    termination: "Osapuoli voi irtisanoa sopimuksen omalta osaltaan {months} kuukauden irtisanomisajalla.",
    follow_up: [
        "Sopimuksen toteutumista seurataan vuosittain; seurannasta vastaa {forums}.",
        "Sopimuksen toteutumista seurataan vuosittain; seurannasta vastaavat {forums}.",
    ],
    annexed: "Sopimus on liitteenä.",
    decides: "{organ} päättää",
    proposes: "{board} päättää esittää aluevaltuustolle, että aluevaltuusto päättää",
    approve: "hyväksyä omalta osaltaan liitteenä olevan sopimuksen ”{title}”,",
    name_people: "nimetä toimielimeen ”{body}” seuraavat henkilöt: {people},",
    person_title: "{name} ({title})",
    deputy: "varahenkilö {deputy}",
    authorise_name_sign: "valtuuttaa {who} nimeämään edustajat ja varahenkilöt toimielimiin {bodies} sekä allekirjoittamaan sopimuksen.",
    authorise_sign: "valtuuttaa {who} allekirjoittamaan sopimuksen.",
    outcomes: [
        "{organ} hyväksyi päätösehdotuksen.",
        "{organ} hyväksyi päätösehdotuksen muutoksin: {changes}",
        "{organ} hylkäsi päätösehdotuksen.",
        "{organ} palautti asian valmisteluun.",
    ],
    decision_open: "(kirjataan kokouksessa)",
    named_people: "nimetyt henkilöt",
    rectification_heading: "Oikaisuvaatimusohje",
    rectification: &[
        "Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Päätökseen ei saa hakea muutosta valittamalla tuomioistuimeen.",
        "Oikaisuvaatimusoikeus: Oikaisuvaatimuksen saa tehdä se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa (asianosainen), sekä {members}.",
        "Oikaisuvaatimusaika: Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista. Asianosaisen katsotaan saaneen päätöksestä tiedon, jollei muuta näytetä, seitsemän päivän kuluttua kirjeen lähettämisestä tai saantitodistukseen tai tiedoksiantotodistukseen merkittynä päivänä. Sähköistä tiedoksiantoa käytettäessä asianosaisen katsotaan saaneen päätöksestä tiedon, jollei muuta näytetä, kolmantena päivänä viestin lähettämisestä. Muun kuin asianosaisen katsotaan saaneen päätöksestä tiedon, kun pöytäkirja on nähtävänä yleisessä tietoverkossa. Tiedoksisaantipäivää ei lueta oikaisuvaatimusaikaan.",
        "Oikaisuviranomainen: {authority}, {address}.",
        "Oikaisuvaatimuksen muoto ja sisältö: Oikaisuvaatimus on tehtävä kirjallisesti; myös sähköinen asiakirja täyttää vaatimuksen kirjallisesta muodosta. Oikaisuvaatimuksessa on ilmoitettava päätös, johon oikaisuvaatimus kohdistuu, miten päätöstä halutaan oikaistavaksi ja millä perusteella, oikaisuvaatimuksen tekijä, millä perusteella tekijä on oikeutettu tekemään vaatimuksen, sekä tekijän yhteystiedot.",
    ],
    members_municipality: "kunnan jäsen",
    members_joint: "kuntayhtymän jäsenkunta ja jäsenkunnan jäsen",
    members_county: "hyvinvointialueen jäsen",
    no_appeal_heading: "Muutoksenhaku",
    no_appeal: "Tähän päätökseen ei saa hakea muutosta oikaisuvaatimuksella eikä valittamalla, koska päätös koskee vain asian valmistelua.",
    address_missing: "(osoite)",
};

/// Swedish.
const SV: ItemWords = ItemWords {
    title: "{title}: godkännande och utseende av representanter",
    title_no_bodies: "{title}: godkännande",
    record: "Dnr",
    preparer: "Beredare",
    preparer_missing: "(beredare och kontaktuppgifter)",
    presenter: "Föredragande",
    description: "Ärendebeskrivning",
    proposal: "Beslutsförslag",
    decision: "Beslut",
    extract: "Utdrag",
    annex: "Bilaga",
    parties: "Avtalets parter är {parties}.",
    and: "och",
    priorities: "Samarbetets prioriteringar är: {priorities}.",
    bodies: "{party} utser sina representanter och deras ersättare till följande organ:",
    no_bodies: "{party} utser inga representanter till avtalets organ.",
    body_seats: "{body} ({seats})",
    seats: ["en representant", "{n} representanter"],
    entry_into_force: "Avtalet träder i kraft när alla parter har godkänt det och bekräftat det med sina underskrifter.",
    until_further_notice: "Avtalet gäller tills vidare",
    until: "Avtalet gäller till och med {until}",
    until_new: " och i varje fall tills ett nytt avtal har godkänts",
    termination: "En part kan säga upp avtalet för sin del med {months} månaders uppsägningstid.",
    follow_up: [
        "Avtalets genomförande följs upp årligen; uppföljningen sköts av {forums}.",
        "Avtalets genomförande följs upp årligen; uppföljningen sköts av {forums}.",
    ],
    annexed: "Avtalet finns som bilaga.",
    decides: "{organ} beslutar",
    proposes: "{board} beslutar föreslå för välfärdsområdesfullmäktige att fullmäktige beslutar",
    approve: "för sin del godkänna det bifogade avtalet ”{title}”,",
    name_people: "utse följande personer till ”{body}”: {people},",
    person_title: "{name} ({title})",
    deputy: "ersättare {deputy}",
    authorise_name_sign: "befullmäktiga {who} att utse representanter och ersättare till {bodies} samt att underteckna avtalet.",
    authorise_sign: "befullmäktiga {who} att underteckna avtalet.",
    outcomes: [
        "{organ} godkände beslutsförslaget.",
        "{organ} godkände beslutsförslaget med ändringar: {changes}",
        "{organ} förkastade beslutsförslaget.",
        "{organ} återremitterade ärendet för beredning.",
    ],
    decision_open: "(antecknas vid sammanträdet)",
    named_people: "de utsedda personerna",
    rectification_heading: "Anvisning om begäran om omprövning",
    rectification: &[
        "Den som är missnöjd med detta beslut kan framställa skriftlig begäran om omprövning. Beslutet får inte överklagas genom besvär hos domstol.",
        "Rätt att begära omprövning: Omprövning får begäras av den som beslutet avser eller vars rätt, skyldighet eller fördel direkt påverkas av beslutet (part) samt av {members}.",
        "Tidsfrist för begäran om omprövning: Begäran om omprövning ska framställas inom 14 dagar från delfåendet av beslutet. En part anses ha fått del av beslutet sju dagar efter att brevet sändes, om inte något annat visas, eller den dag som anges på mottagningsbeviset eller delgivningsbeviset. Vid elektronisk delgivning anses parten ha fått del av beslutet den tredje dagen efter att meddelandet sändes, om inte något annat visas. Andra än parter anses ha fått del av beslutet när protokollet har lagts fram offentligt i det allmänna datanätet. Den dag då delfåendet skett räknas inte in i tidsfristen.",
        "Omprövningsmyndighet: {authority}, {address}.",
        "Begärans form och innehåll: Begäran om omprövning ska framställas skriftligt; också en elektronisk handling uppfyller kravet på skriftlig form. I begäran ska anges det beslut som avses, hur beslutet ska ändras och på vilka grunder, den som framställer begäran, på vilka grunder den som framställer begäran har rätt att göra det samt kontaktuppgifterna till den som framställer begäran.",
    ],
    members_municipality: "kommunmedlemmarna",
    members_joint: "medlemskommunerna och deras medlemmar",
    members_county: "välfärdsområdets medlemmar",
    no_appeal_heading: "Ändringssökande",
    no_appeal: "Ändring i detta beslut får inte sökas genom begäran om omprövning eller genom besvär, eftersom beslutet endast gäller beredning av ärendet.",
    address_missing: "(adress)",
};

/// The decision item's words in `language`.
pub(crate) fn item_words(language: Language) -> &'static ItemWords {
    match language {
        Language::Fi => &FI,
        Language::Sv => &SV,
    }
}
