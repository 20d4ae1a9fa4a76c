//! Finnish: the templates of the findings' messages, the words they put in
//! and the frame of a report.

use super::{Code, ReportWords, Word};
use crate::language::Language;
use crate::locale::Locale;

/// The Finnish template of a finding; see [`findings`](super).
/// Placeholders take words in the nominative (a field's name) or the
/// partitive plural (what is counted), and values that need no ending.
pub fn finding(code: Code) -> &'static str {
    match code {
        Code::FieldEmpty => "{what} on tyhjä; kirjoita se.",
        Code::TextEmpty => "Teksti on tyhjä; kirjoita se.",
        Code::ListEmpty => "Luettelossa ei ole kohtia; lisää kohdat tai poista luettelo.",
        Code::TextTooLong => {
            "Tekstissä on {chars} merkkiä, enemmän kuin enimmäismäärä {limit}; jaa se osiin tai siirrä se omaksi liitteekseen."
        }
        Code::TextDirectionControl => {
            "Tekstissä on näkymätön suunnanohjausmerkki U+{codepoint}, joka näyttää tekstin eri järjestyksessä kuin se on kirjoitettu; allekirjoitettava asiakirja on luettava niin kuin se on kirjoitettu, joten poista merkki."
        }
        Code::TextControlCharacter => {
            "Tekstissä on ohjausmerkki U+{codepoint}, jota ei voi tulostaa; poista se."
        }
        Code::TextGlyphMissing => {
            "Tekstissä on merkki `{character}` (U+{codepoint}), jota asiakirjan fontit eivät pysty näyttämään; korvaa se sanoilla tai merkillä, joka fonteista löytyy."
        }
        Code::MarkupBoldUnclosed => {
            "Merkintä `**` aloittaa lihavoinnin, jota ei lopeteta; lisää lopettava `**` tai kirjoita `\\*\\*`, jos tarkoitat tähtimerkkejä sellaisinaan."
        }
        Code::MarkupFootnoteUnclosed => {
            "Alaviiteviittaukselta `[^` puuttuu lopettava `]`; kirjoita se muodossa `[^1]`."
        }
        Code::MarkupFootnoteEmpty => {
            "Alaviiteviittauksessa `[^]` ei ole tunnusta; kirjoita se muodossa `[^1]`."
        }
        Code::FootnoteUndefined => {
            "Alaviitettä `[^{key}]` ei ole määritelty; lisää `\"{key}\" = \"…\"` kohtaan `[footnotes]`."
        }
        Code::FootnoteUnused => {
            "Alaviitteeseen `{key}` ei viitata missään, joten sopimus ei näyttäisi sitä; lisää `[^{key}]` oikeaan kohtaan tai poista alaviite."
        }
        Code::FootnoteUnusedInVersion => {
            "{name} (`{language}`) teksti ei viittaa alaviitteeseen `{key}`, joten tämä kieliversio ei näyttäisi sitä; lisää `[^{key}]` myös sinne."
        }
        Code::LanguageNotDeclared => {
            "Kieli `{language}` ei ole sopimuksen kielten joukossa (sopimuksen kielet: {languages}); poista se tai lisää se `languages`-luetteloon osiossa `[meta]`."
        }
        Code::TranslationMissing => {
            "Tekstistä puuttuu {name} (`{language}`) versio; kirjoita teksti sopimuksen kaikilla kielillä, muodossa {{ {example} }}; vain kielestä riippumattomiin kenttiin (yksiköt, lyhyet nimet, osoitteet, allekirjoituspaikka, tietolähteet ja liitetaulukoiden solut) kirjoitetaan yksi arvo kaikille kielille."
        }
        Code::SectionNumberSign => {
            "{what} kirjoitetaan pelkkänä numerona (`{bare}`); asiakirja lisää §-merkin itse (`§ {bare}`)."
        }
        Code::DateOutOfRange => {
            "Päivämäärä {date} on vuosien 1900–9999 ulkopuolella, eikä sopimuksessa voi olla sellaista; tarkista vuosi."
        }
        Code::LimitExceeded => {
            "{what} on {count}, enemmän kuin enimmäismäärä {limit}; tarkista, että tiedosto on sellainen kuin tarkoitit, tai jaa sopimus osiin."
        }

        Code::PartiesNone => {
            "Sopimuksessa ei ole sopimusosapuolia; lisää kullekin oma `[[parties]]`-taulukko."
        }
        Code::PartyIdMalformed => {
            "Sopimusosapuolen tunnisteen `{id}` on oltava lyhyt nimi, jossa on vain kirjaimia, numeroita tai merkkejä `-`, `_` ja `.`, esimerkiksi `forssa`."
        }
        Code::PartyIdDuplicate => {
            "Sopimusosapuolen tunniste `{id}` on jo käytössä kohdassa `parties[{first}]`; anna kullekin sopimusosapuolelle oma tunniste."
        }
        Code::PartyNameDuplicate => {
            "Nimi `{name}` on sama kuin kohdassa `parties[{first}]`; kukin sopimusosapuoli luetellaan vain kerran."
        }
        Code::BusinessIdDuplicate => {
            "Y-tunnus `{id}` on sama kuin kohdassa `parties[{first}]`; tarkista, kenelle sopimusosapuolelle se kuuluu."
        }
        Code::BusinessIdEmpty => {
            "Y-tunnus on tyhjä; kirjoita seitsemän numeroa, väliviiva ja tarkistusnumero, esimerkiksi `0145626-1`."
        }
        Code::BusinessIdCharacter => {
            "Y-tunnuksessa `{id}` on merkki `{character}`; vain numerot ja yksi väliviiva ovat sallittuja, esimerkiksi `0145626-1`."
        }
        Code::BusinessIdHyphen => {
            "Y-tunnuksesta `{id}` puuttuu väliviiva ennen tarkistusnumeroa; kirjoita se muodossa `NNNNNNN-C`."
        }
        Code::BusinessIdLength => {
            "Y-tunnuksessa `{id}` numeroita on ennen väliviivaa {before} ja sen jälkeen {after}; oikeat määrät ovat 7 ja 1."
        }
        Code::BusinessIdRemainderOne => {
            "Y-tunnusta `{id}` ei voi olla olemassa: sen numeroista tulee modulo 11 -tarkistuksessa jakojäännös 1, eikä sellaisia tunnuksia anneta; tarkista numerot."
        }
        Code::BusinessIdCheckDigit => {
            "Y-tunnuksen `{id}` tarkistusnumero on {given}, mutta numeroista laskettuna sen pitäisi olla {expected}; tarkista, onko tunnuksessa kirjoitusvirhe."
        }
        Code::SignatoryMissing => {
            "Sopimusosapuolelle `{party}` ei ole merkitty allekirjoittajaa, mutta lopullisessa sopimuksessa jokaisella sopimusosapuolella on oltava allekirjoittaja; lisää `signatory = {{ name = \"…\", title = \"…\" }}`."
        }
        Code::ApprovalInFuture => {
            "Hyväksymispäätöksen päivämäärä {date} on tulevaisuudessa; tarkista päivämäärä."
        }
        Code::SignedInFuture => {
            "Sopimusosapuoli `{party}` ei ole voinut allekirjoittaa sopimusta {date}, koska se päivä on tulevaisuudessa; tarkista päivämäärä."
        }
        Code::SignedBeforeApproval => {
            "Sopimusosapuoli `{party}` allekirjoitti sopimuksen {signed}, mutta hyväksyi sen vasta {approved}; sopimusosapuoli allekirjoittaa sopimuksen hyväksymispäätöksensä päivänä tai sen jälkeen."
        }
        Code::ApprovalMissing => {
            "Sopimusosapuoli `{party}` on allekirjoittanut sopimuksen, mutta hyväksymispäätöstä ei ole merkitty; lisää `approval = {{ body = \"…\", date = …, section = \"…\" }}`."
        }
        Code::SignedDraft => {
            "Allekirjoituspäivä on merkitty, mutta sopimus on yhä luonnos; merkitse allekirjoitettuun tekstiin `meta.status = \"final\"`."
        }
        Code::CountyMissing => {
            "Mikään sopimusosapuoli ei ole hyvinvointialue; täsmälleen yhdellä sopimusosapuolella on oltava `kind = \"wellbeing_services_county\"`."
        }
        Code::CountyTwice => {
            "Hyvinvointialue on jo `parties[{first}]`; sopimuksessa on täsmälleen yksi hyvinvointialue."
        }
        Code::MunicipalityCodeNotMunicipality => {
            "`{party}` ei ole kunta tai kaupunki, joten sillä ei ole kuntanumeroa; poista kuntanumero."
        }
        Code::MunicipalityCodeDuplicate => {
            "Kuntanumero `{code}` on jo kohdassa `parties[{first}]`; jokaisella kunnalla on oma kuntanumeronsa."
        }
        Code::MunicipalityCodeMalformed => {
            "Kuntanumero `{code}` ei ole kolme numeroa; kirjoita se Tilastokeskuksen tapaan, esimerkiksi Hollolan kuntanumero on `098`."
        }

        Code::ProvisionsNone => {
            "Säädöksestä ei mainita yhtään pykälää; lisää `provisions = [{{ section = \"14\", topic = \"…\" }}]`."
        }

        Code::UnknownReference => {
            "Millään sopimusosapuolella tai toimielimellä ei ole tunnistetta `{id}`; käytä jotakin näistä: {known}."
        }
        Code::UnknownReferenceNothingDefined => {
            "Millään sopimusosapuolella tai toimielimellä ei ole tunnistetta `{id}`."
        }
        Code::UnknownParty => {
            "Millään sopimusosapuolella ei ole tunnistetta `{id}`; käytä jotakin näistä: {known}."
        }
        Code::UnknownForum => {
            "Millään foorumilla ei ole tunnistetta `{id}`; käytä jotakin näistä: {known}."
        }
        Code::UnknownForumNoneDefined => {
            "Millään foorumilla ei ole tunnistetta `{id}`; foorumeita ei ole määritelty, joten lisää `[[forums]]`."
        }
        Code::GroupNotAllowed => {
            "Nimeä tässä yksi sopimusosapuoli tai toimielin, ei ryhmää; käytä muotoa `id = \"…\"` tai `other = \"…\"`."
        }
        Code::ResponsibilityEmpty => {
            "Vastuukohdassa ei nimetä ketään; lisää päävastuussa olevan sopimusosapuolen tai toimielimen tunniste, esimerkiksi `responsible = [\"lahti\"]`."
        }
        Code::NamedTwice => {
            "Sama sopimusosapuoli tai toimielin on nimetty kahdesti; poista toinen."
        }

        Code::TierLevelDuplicate => {
            "Taso {level} on jo määritelty kohdassa `tiers[{first}]`; kukin taso esiintyy vain kerran."
        }
        Code::TierContentsEmpty => {
            "Taso ei näytä mitään; kirjoita `contents = [\"bodies\"]` (tai `municipalities`, `interface_areas`)."
        }
        Code::TierContentTwice => {
            "Sisältö on mainittu kahdesti; mainitse kukin sisältölaji vain kerran."
        }
        Code::TierAreasNone => {
            "Taso näyttää yhdyspinta-alueet, mutta niitä ei ole määritelty; lisää `[[interface_areas]]` tai poista tämä."
        }
        Code::TierGap => {
            "Tasot numeroidaan 1, 2, 3 … ilman aukkoja, mutta taso {expected} puuttuu ennen tasoa {level}."
        }
        Code::ShownOnlyInFigure => {
            "{what} tulostuu vain rakennekuvioon, jota mikään luku ei lisää; lisää `{{ insert = \"structure_figure\" }}` jonkin luvun kappaleisiin (`blocks`) tai poista se."
        }
        Code::ForumIdEmpty => "Foorumin tunniste on tyhjä; anna lyhyt nimi, esimerkiksi `kh-hyte`.",
        Code::ForumIdMalformed => {
            "Foorumin tunnisteen `{id}` on oltava lyhyt nimi, jossa on vain kirjaimia, numeroita tai merkkejä `-`, `_` ja `.`, esimerkiksi `kh-hyte`."
        }
        Code::ForumIdDuplicate => {
            "Foorumin tunniste `{id}` on jo käytössä kohdassa `forums[{first}]`; anna kullekin foorumille oma tunniste."
        }
        Code::ForumIdIsParty => {
            "Tunniste `{id}` on jo kohdan `parties[{party}]` tunniste; sopimusosapuolilla ja toimielimillä on yhteiset tunnisteet, joten anna toimielimelle toinen."
        }
        Code::ForumTierNoneDefined => {
            "`{forum}` on sijoitettu tasolle {tier}, mutta tasoja ei ole määritelty; lisää `[[tiers]]`."
        }
        Code::ForumTierUnknown => {
            "`{forum}` on sijoitettu tasolle {tier}, jota ei ole; tasot ovat {known}."
        }
        Code::ForumNotDrawn => {
            "`{forum}` on sijoitettu tasolle {tier}, jonka laatikko rakennekuviossa näyttää vain nämä: {contents}; lisää `\"bodies\"` tason `contents`-luetteloon, jotta toimielin piirretään (liite 1 luettelee sen joka tapauksessa)."
        }
        Code::ConvenerEmpty => {
            "Koollekutsujaksi ei nimetä ketään; anna `party = \"…\"`, `other = \"…\"` tai `chair = true`."
        }
        Code::ConvenerBoth => {
            "Koollekutsujaksi nimetään sekä sopimusosapuoli että muu taho; jätä vain toinen kentistä `party` ja `other`."
        }
        Code::ConvenerPerMunicipality => {
            "`{forum}` toimii jokaisessa kunnassa, ja kukin kunta kutsuu omansa koolle; poista `party` koollekutsujan tiedoista."
        }
        Code::AppointsItself => {
            "Toimielin ei voi asettaa itseään; nimeä toimielin tai sopimusosapuoli, joka sen asettaa."
        }
        Code::FrequencyNotRange => {
            "Kokousmäärä {min}–{max} ei ole vaihteluväli; kirjoita määrä, kuten 2, tai väli, kuten [3, 4]."
        }
        Code::FrequencyTooMany => {
            "Kokousmäärä {max} on enemmän kuin yksi kokous päivässä; tarkista määrä."
        }
        Code::JointMeetingForums => "Yhteiskokoukseen tarvitaan vähintään kaksi foorumia.",
        Code::JointMeetingZero => {
            "Yhteiskokous pidetään vähintään kerran vuodessa; kirjoita 1 tai enemmän."
        }
        Code::JointMeetingTooMany => {
            "Yhteiskokousten määrä {count} on enemmän kuin yksi kokous päivässä; tarkista määrä."
        }
        Code::MunicipalitiesWithoutPerMunicipality => {
            "`municipalities` luettelee kunnat, joissa toimielin toimii kuntakohtaisesti; aseta `per_municipality = true` tai luettele osallistujat kohdassa `members`."
        }
        Code::PerMunicipalityNoMunicipalities => {
            "Toimielin toimii jokaisessa kunnassa erikseen, mutta mikään sopimusosapuoli ei ole kunta tai kaupunki."
        }
        Code::NotAMunicipality => "`{party}` ei ole kunta tai kaupunki.",
        Code::ListedTwice => "`{id}` on lueteltu kahdesti.",
        Code::MemberTwice => {
            "Tämä jäsen on lueteltu kahdesti; luettele kukin jäsen kerran paikkamäärineen."
        }
        Code::MemberOfItself => "Toimielin ei voi olla oma jäsenensä.",
        Code::SeatsZero => {
            "Jäsenellä on vähintään yksi paikka; kirjoita 1 tai enemmän tai jätä `seats` pois."
        }
        Code::SeatsTooMany => {
            "Paikkamäärä {seats} on suurempi kuin yhdelläkään toimielimellä; tarkista luku."
        }

        Code::AreaIdMalformed => {
            "Yhdyspinta-alueen tunnisteen `{id}` on oltava lyhyt nimi, jossa on vain kirjaimia, numeroita tai merkkejä `-`, `_` ja `.`, esimerkiksi `tyollisyys`."
        }
        Code::AreaIdDuplicate => {
            "Yhdyspinta-alueen tunniste `{id}` on jo käytössä kohdassa `interface_areas[{first}]`."
        }

        Code::PriorityNumberDuplicate => {
            "Painopisteen numero {number} on jo käytössä kohdassa `priorities[{first}]`."
        }
        Code::PriorityWithoutGoals => {
            "Painopisteellä `{priority}` ei ole tavoitteita; jokaisella painopisteellä on oltava vähintään yksi tavoite."
        }
        Code::GoalWithoutIndicators => {
            "Tavoitteella ei ole mittareita; jokaisella tavoitteella on oltava vähintään yksi mittari, jolla sitä seurataan."
        }
        Code::ActionsInSimpleForm => {
            "Tavoitteella on toimenpiteitä, mutta liitteen 2 suppeassa muodossa niille ei ole saraketta; aseta `goals_form = \"full\"` osiossa `[annexes]`."
        }
        Code::ItemIdMalformed => {
            "Tunnisteen `{id}` on oltava lyhyt nimi, jossa on vain kirjaimia, numeroita tai merkkejä `-`, `_` ja `.`, esimerkiksi `p1.g2`."
        }
        Code::ItemIdDuplicate => {
            "Tämä tunniste (`{id}`) on jo kohdan `{first}` tunniste; painopisteiden, tavoitteiden, mittareiden ja toimenpiteiden tunnisteiden on oltava yksilöllisiä, joten kirjoita tähän oma `id`."
        }
        Code::GeneratedIdDuplicate => {
            "Tällä kohdalla ei ole tunnistetta, ja sen paikasta muodostettu tunniste (`{id}`) on jo kohdan `{first}` tunniste; painopisteiden, tavoitteiden, mittareiden ja toimenpiteiden tunnisteiden on oltava yksilöllisiä, joten kirjoita tähän oma `id`."
        }
        Code::ScaleNotRange => {
            "Asteikko [{low}, {high}] ei ole vaihteluväli; kirjoita se muodossa [1, 5]."
        }
        Code::BaselineNotANumber => {
            "Lähtötason arvo ei ole luku; kirjoita se numeroina, esimerkiksi `12.5`."
        }
        Code::BaselineWithoutYear => {
            "Lähtötason arvoa ei voi verrata ilman sen vuotta; lisää `baseline_year`."
        }
        Code::BaselineYear => {
            "Lähtötason vuosi {year} ei ole vuoden 1900 ja sopimuksen vuoden ({agreement_year}) välillä; tarkista se."
        }
        Code::ValueKindScaleWithoutScale => {
            "Asteikon pisteelle tarvitaan asteikko; lisää `scale = [1, 5]` (sen pienin ja suurin piste)."
        }
        Code::ValueKindShare => {
            "Kuntien osuus (`X/N`) lasketaan kunkin kunnan vastauksesta; kirjoita `value_kind = \"yes_no\"` tai `\"action_status\"`."
        }
        Code::ValueKindNotScale => {
            "Mittarilla on asteikko (`scale`), joten sen arvo on asteikon piste; kirjoita `value_kind = \"scale\"` tai poista `scale`."
        }
        Code::ValueKindPercentageUnit => {
            "Prosenttiluvun yksikkö on `%`; kirjoita `unit = \"%\"` tai `value_kind = \"number\"`, jos arvolla on muu yksikkö."
        }
        Code::TargetValueNotANumber => {
            "Numeerinen tavoitetaso ei ole luku; kirjoita se numeroina, esimerkiksi `92`."
        }
        Code::TargetValueWithoutWords => {
            "Numeerinen tavoitetaso tarvitsee rinnalleen sanallisen tavoitetason, jonka sopimus tulostaa: lisää `target = \"…\"`, esimerkiksi `target = \"vähintään 92 %\"`."
        }
        Code::TargetValueShare => {
            "Kuntien osuuden tavoitetaso on kuntien lukumäärä väliltä 0–{of}; `{target}` ei ole sellainen."
        }
        Code::TargetValuePercentage => {
            "Prosenttiluku on väliltä 0–100; tavoitetaso `{target}` ei ole."
        }
        Code::TargetValueScale => "Tavoitetaso `{target}` on asteikon {low}–{high} ulkopuolella.",
        Code::TargetValueYesNo => {
            "Kyllä/ei- tai toimenpiteen tila -mittarin tavoite saavutetaan vastauksella `yes` tai `done`; poista `target_value`."
        }
        Code::AmongWithoutShare => {
            "`among` kertoo, mistä kunnista osuus lasketaan, mutta mittarilla ei ole kenttää `municipalities = \"X/N\"`; lisää se tai poista `among`."
        }
        Code::AmongEmpty => {
            "`among` ei nimeä yhtään kuntaa; luettele kuntien tunnisteet tai poista se."
        }
        Code::AmongNotAMunicipality => {
            "`{party}` ei ole kunta tai kaupunki, joten sitä ei voi laskea mukaan kuntien osuuteen."
        }
        Code::AmongNoMunicipalMembers => {
            "Toimielimen `{forum}` jäsenissä ei ole kuntia, joten osuutta ei voi laskea niiden joukosta; luettele kunnat toimielimen kohdassa `members`."
        }
        Code::ShareWrongTotal => {
            "Mittari laskee osuuden {of} kunnasta (`{share}`), mutta sopimuksessa kuntia on {count}; kirjoita `{advice}`."
        }
        Code::ShareWrongTotalAmong => {
            "Mittari laskee osuuden {of} kunnasta (`{share}`), mutta `among` nimeää kuntia {count}; kirjoita `{advice}`."
        }
        Code::ShareCountTooHigh => "`{share}` laskee useampia kuntia kuin niitä on.",
        Code::TextShareDiffers => {
            "Tekstissä lukee `{text}`, mutta mittari laskee `{share}`; yhdenmukaista ne."
        }
        Code::TextShareAmong => {
            "Teksti laskee osuuden {of} kunnasta (`{text}`), mutta `among` nimeää kuntia {count}; tarkista, mistä kunnista osuus lasketaan."
        }
        Code::TextShareTotal => {
            "Teksti laskee osuuden {of} kunnasta (`{text}`), mutta sopimuksessa kuntia on {count}; jos osuus koskee vain osaa kunnista, lisää `municipalities = \"{text}\"` ja niitä nimeävä `among = [...]`, muuten kirjoita `{advice}`."
        }

        Code::FollowUpRoundsNone => {
            "Seurannalle ei ole annettu yhtään kuukautta; kirjoita `window = {{ from_month = 5, to_month = 6 }}` tai, jos kierroksia on vuodessa useita, `rounds = [...]`."
        }
        Code::FollowUpRoundsTooMany => {
            "Seurantakierroksia on {count}, enemmän kuin yksi kuukaudessa; tarkista luettelo."
        }
        Code::MonthInvalid => {
            "{month} ei ole kuukausi; kirjoita luku 1 (tammikuu) – 12 (joulukuu)."
        }
        Code::WindowBackwards => {
            "Ajanjakso kulkee kuukaudesta {from} taaksepäin kuukauteen {to}; ajanjakso pysyy saman vuoden sisällä, joten kirjoita aikaisempi kuukausi ensin."
        }
        Code::RoundsOutOfOrder => {
            "Kierrokset menevät päällekkäin tai ovat väärässä järjestyksessä; luettele ne vuoden järjestyksessä, kukin edellisen jälkeen."
        }
        Code::ValidityEndsEarly => {
            "Sopimus päättyisi {until}, ei sopimuksen päivämäärän {date} jälkeen; tarkista päivämäärä."
        }
        Code::ReviewDeadlineEarly => {
            "Tarkistuksen määräpäivä {deadline} ei ole sopimuksen päivämäärän {date} jälkeen; tarkistus tehdään myöhemmin."
        }
        Code::NoticeZero => {
            "Irtisanomisaika on 0 kuukautta; sen on oltava vähintään 1 kuukausi (vuoden 2023 sopimuksessa se on 12)."
        }
        Code::NoticeTooLong => {
            "Irtisanomisaika {months} kuukautta on yli kymmenen vuotta; tarkista luku."
        }
        Code::NoticeLong => {
            "Irtisanomisaika {months} kuukautta on epätavallisen pitkä; tarkista se."
        }
        Code::CounterpartsZero => {
            "Sopimus tehdään vähintään yhtenä kappaleena; kirjoita 1 tai enemmän, tai jätä kenttä pois, jolloin kappaleita on yksi kullekin sopimusosapuolelle."
        }
        Code::RepresentativesNotNamed => {
            "Sopimusosapuolet eivät nimeä edustajia foorumiin `{forum}` (`named_representatives = false`); poista tämä merkintä tai muuta asetusta."
        }

        Code::AnnexBlocksEmpty => "Liitteessä ei ole tekstiä; lisää kappaleita tai poista liite.",
        Code::TableColumnsNone => "Taulukossa ei ole sarakkeita; lisää niiden otsikot.",
        Code::TableRowsNone => "Taulukossa ei ole rivejä; lisää rivejä tai poista liite.",
        Code::TableRowCells => {
            "Rivillä on {cells}, mutta taulukon sarakkeiden määrä on {columns}; anna jokaiselle sarakkeelle yksi solu (tyhjä solu on \"\")."
        }

        Code::InsertTwice => {
            "`{insert}` on jo lisätty kohtaan `{first}`; sama sisältö tulostuisi kahdesti."
        }
        Code::ContentNotInserted => {
            "{what} eivät ole missään luvussa, joten sopimusteksti ei näyttäisi niitä; lisää `{{ insert = \"{insert}\" }}` jonkin luvun kappaleisiin (`blocks`)."
        }
        Code::ContentWithoutSections => {
            "{what} eivät ole missään luvussa, joten sopimusteksti ei näyttäisi niitä; sopimuksessa ei ole yhtään lukua (`[[sections]]`), joten lisää luku, jonka kappaleissa (`blocks`) on `{{ insert = \"{insert}\" }}`."
        }
        Code::ReviewWithoutSections => {
            "Sopimuksen tarkistusta koskeva teksti (`review`) ei ole missään luvussa, joten sopimusteksti ei näyttäisi sitä; sopimuksessa ei ole yhtään lukua (`[[sections]]`), joten lisää luku, jonka kappaleissa (`blocks`) on `{{ insert = \"{insert}\" }}`."
        }
        Code::InsertWithoutContent => {
            "`{insert}` on lisätty tähän, mutta sopimuksessa ei ole sitä sisältöä; lisää sisältö tai poista lisäys."
        }
        Code::FigureWithoutStructure => {
            "Rakennekuvio piirretään tasoista ja toimielimistä, mutta niitä ei ole määritelty; lisää `[[tiers]]` ja `[[forums]]` tai poista lisäys."
        }
        Code::FigureNothingChosen => {
            "Kuviossa ei ole mitään piirrettävää; anna sen tasojen numerot (`tiers = [3]`), toimielinten tunnukset (`bodies = [\"…\"]`) tai molemmat."
        }
        Code::FigureTierUnknown => {
            "Kuvioon piirretään taso {tier}, jota ei ole; tasot ovat {known}."
        }
        Code::PrioritiesInsertedNone => {
            "Painopisteet on lisätty tähän, mutta niitä ei ole määritelty; lisää `[[priorities]]` tai poista lisäys."
        }

        // Measurements.
        Code::MeasurementTextEmpty => "Teksti on tyhjä; kirjoita se tai jätä kenttä kokonaan pois.",
        Code::MeasurementTextTooLong => {
            "Tekstissä on {chars} merkkiä, enemmän kuin enimmäismäärä {limit}; lyhennä sitä."
        }
        Code::MeasurementTextDirectionControl => {
            "Tekstissä on näkymätön suunnanohjausmerkki U+{codepoint}, joka näyttää tekstin eri järjestyksessä kuin se on kirjoitettu; poista merkki."
        }
        Code::MeasurementTextControlCharacter => {
            "Tekstissä on ohjausmerkki U+{codepoint}, jota ei voi tulostaa; poista se."
        }
        Code::MeasurementTextGlyphMissing => {
            "Tekstissä on merkki `{character}` (U+{codepoint}), jota raportin fontit eivät pysty näyttämään; korvaa se."
        }
        Code::MeasurementLimitExceeded => {
            "Arvoja on kaikkiaan {total}, enemmän kuin enimmäismäärä {limit}; tarkista, että tiedostot ovat oikeat."
        }
        Code::MeasurementNotAnIndicator => {
            "`{id}` on {kind} eikä mittari; anna jonkin sen alla olevan mittarin tunniste."
        }
        Code::MeasurementUnknownIndicator => {
            "Sopimuksessa ei ole mittaria, jonka tunniste on `{id}`; tunnisteet ovat {known}."
        }
        Code::MeasurementYearOutOfRange => {
            "Vuosi {year} ei voi olla sopimuksen vuosi; tarkista se."
        }
        Code::MeasurementYearBeforeAgreement => {
            "Sopimus on vuodelta {first}, joten vuosi {year} on ennen sitä; sopimusta edeltävä arvo on mittarin lähtötaso (sopimuksen kentät `baseline_year` ja `baseline_value`)."
        }
        Code::MeasurementYearAfterValidity => {
            "Sopimus on voimassa vuoteen {last} asti, joten vuotta {year} ei seurata."
        }
        Code::MeasurementUnknownMunicipality => {
            "Sopimuksessa ei ole kuntaa, jonka tunniste tai kuntanumero on `{key}`; käytä jotakin näistä: {known}."
        }
        Code::MeasurementNotAMunicipality => {
            "`{party}` ei ole kunta; jätä `municipality` pois, kun arvo koskee koko aluetta."
        }
        Code::MeasurementMunicipalityNotAmong => {
            "`{party}` ei kuulu kuntiin, joiden osuutta tämä mittari laskee; anna arvot vain `among`-kentässä nimetyille kunnille."
        }
        Code::MeasurementShareCount => {
            "Mittari on kuntien osuus ({share}): koko alueen arvo on näiden kuntien lukumäärä 0–{of}, ei `{value}`; voit myös antaa kunkin kunnan vastauksen omalla rivillään."
        }
        Code::MeasurementPercentageAbove100 => {
            "Prosenttiluku on välillä 0–100, mutta `{value}` on yli 100; tarkista arvo."
        }
        Code::MeasurementPercentageBelow0 => {
            "Prosenttiluku on välillä 0–100, mutta `{value}` on alle 0; tarkista arvo."
        }
        Code::MeasurementScalePoint => {
            "`{value}` ei ole asteikon {low}–{high} kohta; kirjoita kokonaisluku väliltä {low}–{high}."
        }
        Code::MeasurementNotANumber => {
            "`{value}` ei kelpaa tämän mittarin arvoksi; arvon on oltava luku, esimerkiksi `12,5`."
        }
        Code::MeasurementNotAPercentage => {
            "`{value}` ei kelpaa tämän mittarin arvoksi; arvon on oltava prosenttiluku 0–100, esimerkiksi `38,5`."
        }
        Code::MeasurementNotAScalePoint => {
            "`{value}` ei kelpaa tämän mittarin arvoksi; arvon on oltava asteikon {low}–{high} kokonaisluku."
        }
        Code::MeasurementNotYesNo => {
            "`{value}` ei kelpaa tämän mittarin arvoksi; vastaa `kyllä` tai `ei` (`true`/`false`)."
        }
        Code::MeasurementNotAStatus => {
            "`{value}` ei kelpaa tämän mittarin arvoksi; arvon on oltava tila `ei aloitettu`, `käynnissä` tai `valmis`."
        }
        Code::MeasurementDateOutOfRange => {
            "Päivämäärä {date} on vuosien 1900–9999 ulkopuolella; tarkista vuosi."
        }
        Code::MeasurementDuplicate => {
            "Mittarilla `{indicator}` on jo arvo vuodelle {year} (ensimmäinen: {first}); anna kukin arvo vain kerran."
        }
        Code::MeasurementDuplicateMunicipality => {
            "Mittarilla `{indicator}` on jo vuoden {year} arvo kunnalle {party} (ensimmäinen: {first}); anna kukin arvo vain kerran."
        }
        Code::MeasurementCountDiffers => {
            "Lukumäärä {count} ei vastaa kuntien vastauksia, joista {yes} on kyllä (tai valmis); korjaa ne yhtäpitäviksi tai jätä lukumäärä pois."
        }
        Code::MeasurementCountImpossible => {
            "Lukumäärä {count} ei voi olla oikein: kuntien kyllä- tai valmis-vastauksia on {yes}, ja {unanswered} kunnan vastaus puuttuu; korjaa ne yhtäpitäviksi tai jätä lukumäärä pois."
        }
        Code::MeasurementRowWithoutValue => {
            "Rivillä on {filled}, mutta ei arvoa, joten se ohitetaan; täytä arvo tai tyhjennä rivi."
        }
        Code::MeasurementRowWithoutIndicator => {
            "Rivillä on arvo, mutta ei mittarin tunnistetta; kirjoita sen mittarin tunniste, jota arvo koskee, esimerkiksi `p1.g1.i1`."
        }
        Code::MeasurementRowWithoutYear => {
            "Rivillä on arvo, mutta ei vuotta; kirjoita vuosi, jota arvo koskee, esimerkiksi `2027`."
        }
        Code::MeasurementYearUnreadable => {
            "`{text}` ei ole vuosiluku; kirjoita se neljällä numerolla, esimerkiksi `2027`."
        }
        Code::MeasurementDateUnreadable => {
            "`{text}` ei ole päivämäärä; kirjoita se muodossa `31.3.2027` tai `2027-03-31`."
        }
        // Issue 20: what the PDF can carry.
        Code::HeadingTooLong => {
            "Otsikossa on {chars} merkkiä, enemmän kuin enimmäismäärä {limit}, jonka kansilehti, ylätunniste ja PDF:n sisällysluettelo mahtuvat; lyhennä otsikkoa ja siirrä loput sen alla olevaan tekstiin."
        }
        // Issue 20: a CSV row that cannot be read.
        Code::MeasurementRowSeparator => {
            "Rivin kentät on erotettu merkillä `{found}`, mutta otsikkorivin merkillä `{header}`, joten kenttiä ei voi erottaa toisistaan; erota ne merkillä `{header}` kuten otsikkorivillä."
        }
        // Issue 20: a whole number a double cannot hold.
        Code::MeasurementNumberNotExact => {
            "`{value}` on suurempi kuin {limit}, suurin kokonaisluku, jonka arvo säilyttää tarkasti, ja se pyöristyisi; tarkista arvo tai kirjaa se suuremmassa yksikössä (esimerkiksi tuhansina)."
        }
        Code::NumberNotExact => {
            "Luku on suurempi kuin {limit}, suurin tarkasti säilyvä kokonaisluku, ja se pyöristyisi; tarkista se tai anna se suuremmassa yksikössä (esimerkiksi tuhansina)."
        }

        // Decisions.
        Code::DecisionUnknownParty => {
            "Sopimuksessa ei ole osapuolta `{party}`; osapuolet ovat {known}."
        }
        Code::DecisionPartyTwice => {
            "Osapuolella `{party}` on jo merkintä; kirjaa osapuolen päätökset, edustajat ja allekirjoitus yhteen merkintään."
        }
        Code::DecisionFieldEmpty => "`{field}` on tyhjä; kirjoita se tai jätä kenttä pois.",
        Code::DecisionSectionWithSign => {
            "Kirjoita pykälä `{section}` numerona ilman merkkiä `§`; asiakirjat lisäävät merkin."
        }
        Code::DecisionOutOfOrder => {
            "Tämän vaiheen päivämäärä on {date}, ennen edellistä vaihetta ({previous}); kirjaa vaiheet siinä järjestyksessä kuin ne tapahtuivat."
        }
        Code::DecisionBeforeFinalText => {
            "Päätös {date} on tehty ennen lopullista tekstiä {final_text}; osapuoli päättää lopullisesta tekstistä, joten tarkista päivämäärät."
        }
        Code::DecisionChangesMissing => {
            "Päätös on `approved_with_changes`, mutta `changes` ei kerro, mitä muutettiin; kirjoita se."
        }
        Code::DecisionUnknownBody => {
            "Sopimuksessa ei ole toimielintä `{body}`; toimielimet ovat {known}."
        }
        Code::DecisionBodyNotNamed => {
            "Osapuolet eivät nimeä edustajia toimielimeen `{body}` (avoin verkosto tai sopimuksessa `named_representatives = false`); poista merkintä."
        }
        Code::DecisionNotAMember => {
            "`{party}` ei ole sopimuksen mukaan toimielimen `{body}` jäsen, joten se ei nimeä siihen ketään; tarkista toimielin."
        }
        Code::DecisionSeatsExceeded => {
            "`{party}` on nimennyt toimielimeen `{body}` {named} edustajaa, mutta sillä on siinä {seats} paikkaa; nimeä varahenkilöt edustajan kohtaan `deputy`."
        }
        Code::DecisionNamedTwice => {
            "{name} on jo nimetty toimielimeen `{body}` tämän osapuolen edustajaksi; nimeä kukin henkilö kerran."
        }
        Code::DecisionDeputyIsMember => {
            "{name} on sekä edustaja että varahenkilö; nimeä toinen varahenkilö tai jätä `deputy` pois."
        }
        Code::DecisionSignedWithoutApproval => {
            "`{party}` on allekirjoittanut, mutta sen viimeinen päätös ei hyväksy sopimusta; kirjaa hyväksyvä päätös tai tarkista allekirjoitus."
        }
        Code::DecisionSignedBeforeDecision => {
            "Allekirjoitus {signed} on ennen hyväksyvää päätöstä {decided}; osapuoli allekirjoittaa päätettyään."
        }
        Code::DecisionTerminationBeforeSignature => {
            "Irtisanominen {delivered} on ennen osapuolen allekirjoitusta {signed}; osapuoli irtisanoo sopimuksen, jonka se on allekirjoittanut."
        }
        Code::DecisionTerminationUnsigned => {
            "`{party}` irtisanoo sopimuksen, mutta ei ole allekirjoittanut sitä; kirjaa allekirjoitus tai poista irtisanominen."
        }
        // The shape of the input (issue 22).
        Code::UnknownField => {
            "`{key}` ei ole tämän kohdan kenttä; kentät ovat {expected}: tarkista kirjoitusasu."
        }
        Code::MissingField => "Kenttä `{key}` puuttuu tästä; kirjoita se.",
        Code::WrongValue => "Arvo ei sovi: {detail}.",
    }
}

/// The Finnish word a finding puts in: a field in the nominative, what is
/// counted in the partitive plural, content in the nominative plural.
pub fn finding_word(word: Word) -> &'static str {
    match word {
        Word::Title => "sopimuksen otsikko",
        Word::ShortTitle => "lyhyt otsikko",
        Word::VersionLabel => "versiomerkintä",
        Word::SectionHeading => "luvun otsikko",
        Word::Subheading => "väliotsikko",
        Word::PartyName => "sopimusosapuolen nimi",
        Word::ShortName => "lyhyt nimi",
        Word::Address => "osoite",
        Word::SignatoryName => "allekirjoittajan nimi",
        Word::SignatoryTitle => "allekirjoittajan tehtävänimike",
        Word::ApprovingBody => "hyväksyneen toimielimen nimi",
        Word::MinutesSection => "pöytäkirjan pykälä",
        Word::StatuteName => "säädöksen nimi",
        Word::StatuteNumber => "säädöksen numero",
        Word::SectionNumber => "pykälän numero",
        Word::Topic => "pykälän aihe",
        Word::OrganName => "toimielimen nimi",
        Word::OrganisationName => "organisaation nimi",
        Word::ResponsibilityText => "vastuun kuvaus",
        Word::Caption => "rakennekuvion kuvateksti",
        Word::TierName => "tason nimi",
        Word::LevelName => "tason kuvaus",
        Word::ForumName => "foorumin nimi",
        Word::ConveningBody => "koollekutsuva taho",
        Word::Composition => "kokoonpano",
        Word::Serves => "kohta ”Ketä työskentely palvelee”",
        Word::PreparedBy => "kokousten valmistelun kuvaus",
        Word::PresentedBy => "esittelijä",
        Word::OfficersDescription => "puheenjohtajiston ja sihteerin kuvaus",
        Word::Role => "rooli",
        Word::AreaName => "yhdyspinta-alueen nimi",
        Word::MunicipalContact => "kuntien vastinpari",
        Word::CountyContact => "hyvinvointialueen vastinpari",
        Word::PriorityTitle => "painopisteen otsikko",
        Word::IndicatorsIntro => "mittareiden johdanto",
        Word::Target => "tavoitetaso",
        Word::Unit => "yksikkö",
        Word::SourceName => "lähteen nimi",
        Word::SourceId => "mittarin tunniste lähteessä",
        Word::SigningPlace => "allekirjoituspaikka",
        Word::RepresentativeName => "edustajan nimi",
        Word::RepresentativeTitle => "edustajan tehtävänimike",
        Word::DeputyName => "varahenkilön nimi",
        Word::StructuresTitle => "liitteen 1 otsikko",
        Word::GoalsTitle => "liitteen 2 otsikko",
        Word::PriorityHeading => "liitteen 2 painopisteotsikko",
        Word::GoalHeading => "tavoitesarakkeen otsikko",
        Word::IndicatorHeading => "mittarisarakkeen otsikko",
        Word::ActionHeading => "toimenpidesarakkeen otsikko",
        Word::LeadHeading => "vastuusarakkeen otsikko",
        Word::AnnexTitle => "liitteen otsikko",
        Word::ColumnHeading => "sarakkeen otsikko",
        Word::DocumentName => "asiakirjan nimi",
        Word::Reference => "viite",
        Word::Parties => "sopimusosapuolia",
        Word::Forums => "foorumeita",
        Word::Sections => "lukuja",
        Word::Priorities => "painopisteitä",
        Word::Goals => "tavoitteita",
        Word::Indicators => "mittareita",
        Word::Actions => "toimenpiteitä",
        Word::InterfaceAreas => "yhdyspinta-alueita",
        Word::AdditionalAnnexes => "lisäliitteitä",
        Word::Tiers => "tasoja",
        Word::Blocks => "kappaleita, luettelon kohtia, jäseniä tai rivejä",
        Word::StatutesContent => "säädökset",
        Word::TiersContent => "tasojen kuvaukset",
        Word::FollowUpContent => "seurannan säännöt",
        Word::InterfaceAreasContent => "yhdyspinta-alueet ja niiden vastinparit",
        Word::ValidityContent => "voimaantulo ja voimassaolo",
        Word::TerminationContent => "irtisanomisen säännöt",
        Word::ShowsBodies => "toimielimet",
        Word::ShowsMunicipalities => "kunnat",
        Word::ShowsInterfaceAreas => "yhdyspinta-alueet",
        Word::Language(l) => Locale::new(Language::Fi).language_adjective(l),
        Word::APriority => "painopiste",
        Word::AGoal => "tavoite",
        Word::AnAction => "toimenpide",
        Word::AnItem => "kohta",
        Word::ASource => "lähde",
        Word::ADate => "päivämäärä",
        Word::ANote => "huomio",
        Word::Line => "rivi",
        Word::Column => "sarake",
        Word::WholeFile => "koko tiedosto",
        Word::InFile => "tiedostossa",
    }
}

/// The frame of a report in Finnish.
pub const REPORT: ReportWords = ReportWords {
    valid: "{file} on kelvollinen: {errors}, {warnings}",
    invalid: "{file} ei ole kelvollinen: {errors}, {warnings}",
    errors: ["1 virhe", "{n} virhettä"],
    warnings: ["1 varoitus", "{n} varoitusta"],
    errors_heading: "Virheet:",
    warnings_heading: "Varoitukset:",
    generated_ids: "Painopisteiden, tavoitteiden, mittareiden ja toimenpiteiden tunnisteista {generated}/{items} on muodostettu niiden paikasta, ja ne muuttuvat, kun kohtia siirretään; anna kohdille omat tunnisteet (`id = \"…\"`), niin ne pysyvät.",
};

/// The frame of a measurements report in Finnish.
pub const MEASUREMENT_REPORT: super::MeasurementReportWords = super::MeasurementReportWords {
    valid: "Mittaustiedot ({files}) ovat kelvolliset: {values}, {errors}, {warnings}",
    invalid: "Mittaustiedot ({files}) eivät ole kelvolliset: {values}, {errors}, {warnings}",
    values: ["1 arvo", "{n} arvoa"],
};

/// A `wrong-value` finding in one of the parser's forms, in Finnish.
pub(crate) fn wrong_value(problem: &super::WrongValue<'_>) -> String {
    use super::{Expected, Found, WrongValue};
    match problem {
        WrongValue::Type { found, expected } => {
            let found = match found {
                Found::Text(v) => format!("teksti {v}"),
                Found::Integer(v) => format!("kokonaisluku {v}"),
                Found::Decimal(v) => format!("desimaaliluku {v}"),
                Found::Boolean(v) => format!("totuusarvo {v}"),
                Found::List => "lista".to_owned(),
                Found::Table => "taulukko".to_owned(),
            };
            let expected = match expected {
                Expected::Text => "teksti".to_owned(),
                Expected::Integer => "kokonaisluku".to_owned(),
                Expected::Number => "luku".to_owned(),
                Expected::Boolean => "totuusarvo (`true` tai `false`)".to_owned(),
                Expected::List => "lista".to_owned(),
                Expected::Table => "taulukko".to_owned(),
                Expected::Date(example) => format!("päivämäärä, esimerkiksi {example}"),
                Expected::Other(other) => format!("arvo, jonka muoto on: {other}"),
            };
            format!("Arvo on {found}, mutta tähän kuuluu {expected}.")
        }
        WrongValue::Variant { written, allowed } => {
            format!("`{written}` ei ole tämän kentän arvo; arvot ovat {allowed}.")
        }
        WrongValue::Duplicate { key } => {
            format!("Kenttä `{key}` on kirjoitettu kahdesti; poista toinen.")
        }
    }
}
