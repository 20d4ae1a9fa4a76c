//! The words of a party's decision item (`sopimus decision draft`), in
//! Finnish and Swedish: its labels, the sentences built from the agreement,
//! the organs and presenters of each kind of party, and the instructions
//! for a claim for rectification (a board's decision) and the appeal
//! instructions (a council's decision). `{name}` placeholders are filled in.
//!
//! The instructions follow the common model of Finnish municipal and
//! county minutes (Local Government Act 410/2015 §§ 134–140, Act on
//! Wellbeing Services Counties 611/2021): a template for the party's lawyer
//! to confirm, as the README says.

use crate::language::Language;
use crate::model::PartyKind;

/// The organs and the presenter of one kind of party, in one language.
#[derive(Debug)]
pub(crate) struct Organs {
    /// The organ the item goes to, e.g. `Kunnanhallitus`.
    pub board: &'static str,
    /// The board as the owner of a proposal or an item (`Aluehallituksen`).
    pub board_of: &'static str,
    /// The council a board proposes to (`Aluevaltuusto`).
    pub council: &'static str,
    /// The council as the receiver of a proposal (`aluevaltuustolle`).
    pub council_to: &'static str,
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
    /// "{board} decides to propose to {council_to} that {council} decides".
    pub proposes: &'static str,
    /// Label of the council item's earlier handling (the board's meeting).
    pub earlier: &'static str,
    /// Label of the council item's proposal.
    pub council_proposal: &'static str,
    /// "{board_of} proposal: {council} decides".
    pub council_lead: &'static str,
    /// "The item is presented in {board_of} handling {meeting}."
    pub presented_at: &'static str,
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
    /// The council's decisions on the board's proposal, as `outcomes`,
    /// each with `{organ}` and `{board_of}`.
    pub council_outcomes: [&'static str; 4],
    /// The decision before the meeting.
    pub decision_open: &'static str,
    /// The named people among the extract's recipients.
    pub named_people: &'static str,
    /// Heading of the instructions for a claim for rectification.
    pub rectification_heading: &'static str,
    /// The instructions' paragraphs; `{authority}`, `{address}` and
    /// `{members}` are filled in.
    pub rectification: &'static [&'static str],
    /// Who besides a party may claim or appeal, and when they are deemed
    /// to know of the decision: a municipality's members.
    pub members_municipality: Members,
    /// … a regional council's member municipalities and their members.
    pub members_joint: Members,
    /// … a county's members.
    pub members_county: Members,
    /// Heading of the appeal instructions of a council's decision.
    pub appeal_heading: &'static str,
    /// The appeal instructions' paragraphs; `{kind}`, `{members}`,
    /// `{notified}` and `{court}` are filled in.
    pub appeal: &'static [&'static str],
    /// The kind of appeal, as `{kind}`: a county's, a municipality's.
    pub appeal_county: &'static str,
    /// … a municipality's or a joint municipal authority's.
    pub appeal_municipal: &'static str,
    /// The administrative court, which the agreement does not name.
    pub court_missing: &'static str,
    /// Heading of the appeal section of a preparatory decision.
    pub no_appeal_heading: &'static str,
    /// A preparatory decision cannot be appealed.
    pub no_appeal: &'static str,
    /// Shown for an address the agreement does not give.
    pub address_missing: &'static str,
}

/// Who besides a party may claim or appeal.
#[derive(Debug)]
pub(crate) struct Members {
    /// As the sentence's object: `kunnan jäsen`.
    pub may: &'static str,
    /// When they are deemed to know of the decision.
    pub notified: &'static str,
}

/// The organs and presenters of each kind of party, in Finnish.
const FI_ORGANS: [Organs; 5] = [
    Organs {
        board: "Aluehallitus",
        board_of: "Aluehallituksen",
        council: "Aluevaltuusto",
        council_to: "aluevaltuustolle",
        presenter: "hyvinvointialuejohtaja",
        presenter_object: "hyvinvointialuejohtajan",
    },
    Organs {
        board: "Maakuntahallitus",
        board_of: "Maakuntahallituksen",
        council: "Maakuntavaltuusto",
        council_to: "maakuntavaltuustolle",
        presenter: "maakuntajohtaja",
        presenter_object: "maakuntajohtajan",
    },
    Organs {
        board: "Kunnanhallitus",
        board_of: "Kunnanhallituksen",
        council: "Kunnanvaltuusto",
        council_to: "kunnanvaltuustolle",
        presenter: "kunnanjohtaja",
        presenter_object: "kunnanjohtajan",
    },
    Organs {
        board: "Kaupunginhallitus",
        board_of: "Kaupunginhallituksen",
        council: "Kaupunginvaltuusto",
        council_to: "kaupunginvaltuustolle",
        presenter: "kaupunginjohtaja",
        presenter_object: "kaupunginjohtajan",
    },
    Organs {
        board: "Hallitus",
        board_of: "Hallituksen",
        council: "Valtuusto",
        council_to: "valtuustolle",
        presenter: "toimitusjohtaja",
        presenter_object: "toimitusjohtajan",
    },
];

/// The organs and presenters of each kind of party, in Swedish.
const SV_ORGANS: [Organs; 5] = [
    Organs {
        board: "Välfärdsområdesstyrelsen",
        board_of: "Välfärdsområdesstyrelsens",
        council: "Välfärdsområdesfullmäktige",
        council_to: "välfärdsområdesfullmäktige",
        presenter: "välfärdsområdesdirektör",
        presenter_object: "välfärdsområdesdirektören",
    },
    Organs {
        board: "Landskapsstyrelsen",
        board_of: "Landskapsstyrelsens",
        council: "Landskapsfullmäktige",
        council_to: "landskapsfullmäktige",
        presenter: "landskapsdirektör",
        presenter_object: "landskapsdirektören",
    },
    Organs {
        board: "Kommunstyrelsen",
        board_of: "Kommunstyrelsens",
        council: "Kommunfullmäktige",
        council_to: "kommunfullmäktige",
        presenter: "kommundirektör",
        presenter_object: "kommundirektören",
    },
    Organs {
        board: "Stadsstyrelsen",
        board_of: "Stadsstyrelsens",
        council: "Stadsfullmäktige",
        council_to: "stadsfullmäktige",
        presenter: "stadsdirektör",
        presenter_object: "stadsdirektören",
    },
    Organs {
        board: "Styrelsen",
        board_of: "Styrelsens",
        council: "Fullmäktige",
        council_to: "fullmäktige",
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
    proposes: "{board} päättää esittää {council_to}, että {council} päättää",
    earlier: "Aikaisempi käsittely",
    council_proposal: "Ehdotus",
    council_lead: "{board_of} ehdotus: {council} päättää",
    presented_at: "Asian esittelyteksti on {board_of} käsittelyssä {meeting}.",
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
    council_outcomes: [
        "{organ} hyväksyi {board_of} ehdotuksen.",
        "{organ} hyväksyi {board_of} ehdotuksen muutoksin: {changes}",
        "{organ} hylkäsi {board_of} ehdotuksen.",
        "{organ} palautti asian valmisteluun.",
    ],
    decision_open: "(kirjataan kokouksessa)",
    named_people: "nimetyt henkilöt",
    rectification_heading: "Oikaisuvaatimusohje",
    rectification: &[
        "Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Päätökseen ei saa hakea muutosta valittamalla tuomioistuimeen.",
        "Oikaisuvaatimusoikeus: Oikaisuvaatimuksen saa tehdä se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa (asianosainen), sekä {members}.",
        "Oikaisuvaatimusaika: Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista. Asianosaisen katsotaan saaneen päätöksestä tiedon, jollei muuta näytetä, seitsemän päivän kuluttua kirjeen lähettämisestä tai saantitodistukseen tai tiedoksiantotodistukseen merkittynä päivänä. Sähköistä tiedoksiantoa käytettäessä asianosaisen katsotaan saaneen päätöksestä tiedon, jollei muuta näytetä, kolmantena päivänä viestin lähettämisestä. {notified} Tiedoksisaantipäivää ei lueta oikaisuvaatimusaikaan.",
        "Oikaisuviranomainen: {authority}, {address}.",
        "Oikaisuvaatimuksen muoto ja sisältö: Oikaisuvaatimus on tehtävä kirjallisesti; myös sähköinen asiakirja täyttää vaatimuksen kirjallisesta muodosta. Oikaisuvaatimuksessa on ilmoitettava päätös, johon oikaisuvaatimus kohdistuu, miten päätöstä halutaan oikaistavaksi ja millä perusteella, oikaisuvaatimuksen tekijä, millä perusteella tekijä on oikeutettu tekemään vaatimuksen, sekä tekijän yhteystiedot.",
    ],
    members_municipality: Members {
        may: "kunnan jäsen",
        notified: "Kunnan jäsenen katsotaan saaneen päätöksestä tiedon seitsemän päivän kuluttua siitä, kun pöytäkirja on nähtävänä yleisessä tietoverkossa.",
    },
    members_joint: Members {
        may: "kuntayhtymän jäsenkunta ja jäsenkunnan jäsen",
        notified: "Jäsenkunnan ja jäsenkunnan jäsenen katsotaan saaneen päätöksestä tiedon seitsemän päivän kuluttua siitä, kun pöytäkirja on nähtävänä yleisessä tietoverkossa.",
    },
    members_county: Members {
        may: "hyvinvointialueen jäsen",
        notified: "Hyvinvointialueen jäsenen katsotaan saaneen päätöksestä tiedon seitsemän päivän kuluttua siitä, kun pöytäkirja on nähtävänä yleisessä tietoverkossa.",
    },
    appeal_heading: "Valitusosoitus",
    appeal: &[
        "Tähän päätökseen tyytymätön voi hakea siihen muutosta {kind} hallinto-oikeudelta. Valitus on tehtävä kirjallisesti.",
        "Valitusoikeus: Valituksen saa tehdä se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa (asianosainen), sekä {members}.",
        "Valitusperusteet: Valituksen saa tehdä sillä perusteella, että päätös on syntynyt virheellisessä järjestyksessä, päätöksen tehnyt viranomainen on ylittänyt toimivaltansa tai päätös on muuten lainvastainen.",
        "Valitusaika: Valitus on tehtävä 30 päivän kuluessa päätöksen tiedoksisaannista. Asianosaisen katsotaan saaneen päätöksestä tiedon, jollei muuta näytetä, seitsemän päivän kuluttua kirjeen lähettämisestä tai saantitodistukseen tai tiedoksiantotodistukseen merkittynä päivänä. Sähköistä tiedoksiantoa käytettäessä asianosaisen katsotaan saaneen päätöksestä tiedon, jollei muuta näytetä, kolmantena päivänä viestin lähettämisestä. {notified} Tiedoksisaantipäivää ei lueta valitusaikaan. Valitus on toimitettava hallinto-oikeudelle viimeistään valitusajan viimeisenä päivänä ennen virka-ajan päättymistä.",
        "Valitusviranomainen: {court}.",
        "Valituksen muoto ja sisältö: Valituksessa on ilmoitettava päätös, johon haetaan muutosta, miltä osin päätökseen haetaan muutosta ja mitä muutoksia siihen vaaditaan tehtäväksi, vaatimusten perustelut sekä mihin valitusoikeus perustuu, jos päätös ei kohdistu valittajaan. Valituksessa on ilmoitettava valittajan nimi ja yhteystiedot. Valitukseen on liitettävä päätös, johon haetaan muutosta, valitusosoituksineen, selvitys valitusajan alkamisesta sekä asiakirjat, joihin valittaja vetoaa.",
        "Oikeudenkäyntimaksu: Muutoksenhakuasian käsittelystä hallinto-oikeudessa peritään oikeudenkäyntimaksu tuomioistuinmaksulain mukaisesti.",
    ],
    appeal_county: "hyvinvointialuevalituksella",
    appeal_municipal: "kunnallisvalituksella",
    court_missing: "(hallinto-oikeus ja sen yhteystiedot)",
    no_appeal_heading: "Muutoksenhaku",
    no_appeal: "Ei muutoksenhakuoikeutta: päätös koskee vain asian valmistelua, eikä siihen saa tehdä oikaisuvaatimusta eikä valittaa.",
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
    proposes: "{board} beslutar föreslå för {council_to} att fullmäktige beslutar",
    earlier: "Tidigare behandling",
    council_proposal: "Förslag",
    council_lead: "{board_of} förslag: {council} beslutar",
    presented_at: "Ärendets föredragningstext finns i {board_of} behandling {meeting}.",
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
    council_outcomes: [
        "{organ} godkände {board_of} förslag.",
        "{organ} godkände {board_of} förslag med ändringar: {changes}",
        "{organ} förkastade {board_of} förslag.",
        "{organ} återremitterade ärendet för beredning.",
    ],
    decision_open: "(antecknas vid sammanträdet)",
    named_people: "de utsedda personerna",
    rectification_heading: "Anvisning om begäran om omprövning",
    rectification: &[
        "Den som är missnöjd med detta beslut kan framställa skriftlig begäran om omprövning. Beslutet får inte överklagas genom besvär hos domstol.",
        "Rätt att begära omprövning: Omprövning får begäras av den som beslutet avser eller vars rätt, skyldighet eller fördel direkt påverkas av beslutet (part) samt av {members}.",
        "Tidsfrist för begäran om omprövning: Begäran om omprövning ska framställas inom 14 dagar från delfåendet av beslutet. En part anses ha fått del av beslutet sju dagar efter att brevet sändes, om inte något annat visas, eller den dag som anges på mottagningsbeviset eller delgivningsbeviset. Vid elektronisk delgivning anses parten ha fått del av beslutet den tredje dagen efter att meddelandet sändes, om inte något annat visas. {notified} Den dag då delfåendet skett räknas inte in i tidsfristen.",
        "Omprövningsmyndighet: {authority}, {address}.",
        "Begärans form och innehåll: Begäran om omprövning ska framställas skriftligt; också en elektronisk handling uppfyller kravet på skriftlig form. I begäran ska anges det beslut som avses, hur beslutet ska ändras och på vilka grunder, den som framställer begäran, på vilka grunder den som framställer begäran har rätt att göra det samt kontaktuppgifterna till den som framställer begäran.",
    ],
    members_municipality: Members {
        may: "kommunmedlemmarna",
        notified: "Kommunmedlemmarna anses ha fått del av beslutet sju dagar efter att protokollet har lagts fram i det allmänna datanätet.",
    },
    members_joint: Members {
        may: "medlemskommunerna och deras medlemmar",
        notified: "Medlemskommunerna och deras medlemmar anses ha fått del av beslutet sju dagar efter att protokollet har lagts fram i det allmänna datanätet.",
    },
    members_county: Members {
        may: "välfärdsområdets medlemmar",
        notified: "Välfärdsområdets medlemmar anses ha fått del av beslutet sju dagar efter att protokollet har lagts fram i det allmänna datanätet.",
    },
    appeal_heading: "Besvärsanvisning",
    appeal: &[
        "Den som är missnöjd med detta beslut kan söka ändring i det genom {kind} hos förvaltningsdomstolen. Besvären ska anföras skriftligt.",
        "Besvärsrätt: Besvär får anföras av den som beslutet avser eller vars rätt, skyldighet eller fördel direkt påverkas av beslutet (part) samt av {members}.",
        "Besvärsgrunder: Besvär får anföras på den grunden att beslutet har tillkommit i felaktig ordning, att den myndighet som fattat beslutet har överskridit sina befogenheter eller att beslutet annars strider mot lag.",
        "Besvärstid: Besvär ska anföras inom 30 dagar från delfåendet av beslutet. En part anses ha fått del av beslutet sju dagar efter att brevet sändes, om inte något annat visas, eller den dag som anges på mottagningsbeviset eller delgivningsbeviset. Vid elektronisk delgivning anses parten ha fått del av beslutet den tredje dagen efter att meddelandet sändes, om inte något annat visas. {notified} Den dag då delfåendet skett räknas inte in i besvärstiden. Besvären ska lämnas in till förvaltningsdomstolen senast den sista dagen av besvärstiden före tjänstetidens utgång.",
        "Besvärsmyndighet: {court}.",
        "Besvärens form och innehåll: I besvären ska anges det beslut i vilket ändring söks, till vilka delar ändring söks och vilka ändringar som yrkas, grunderna för yrkandena samt vad besvärsrätten grundar sig på, om beslutet inte riktar sig till den som anför besvär. I besvären ska anges namn och kontaktuppgifter för den som anför besvär. Till besvären ska fogas det beslut i vilket ändring söks jämte besvärsanvisning, en utredning om när besvärstiden har börjat samt de handlingar som den som anför besvär åberopar.",
        "Rättegångsavgift: För behandlingen av besvärsärendet i förvaltningsdomstolen tas ut en rättegångsavgift enligt lagen om domstolsavgifter.",
    ],
    appeal_county: "välfärdsområdesbesvär",
    appeal_municipal: "kommunalbesvär",
    court_missing: "(förvaltningsdomstolen och dess kontaktuppgifter)",
    no_appeal_heading: "Ändringssökande",
    no_appeal: "Ingen rätt att söka ändring: beslutet gäller endast beredning av ärendet, och varken begäran om omprövning eller besvär får framställas.",
    address_missing: "(adress)",
};

/// The decision item's words in `language`.
pub(crate) fn item_words(language: Language) -> &'static ItemWords {
    match language {
        Language::Fi => &FI,
        Language::Sv => &SV,
    }
}
