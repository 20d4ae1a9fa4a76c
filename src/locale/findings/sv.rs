//! Swedish: the templates of the findings' messages, the words they put in
//! and the frame of a report.

use super::{Code, ReportWords, Word};
use crate::language::Language;
use crate::locale::Locale;

/// The Swedish template of a finding; see [`findings`](super).
/// Placeholders take words in the definite form (a field's name) or the
/// indefinite plural (what is counted), and values that need no ending.
pub fn finding(code: Code) -> &'static str {
    match code {
        Code::FieldEmpty => "{what} saknas; fyll i fältet.",
        Code::TextEmpty => "Texten saknas; skriv in den.",
        Code::ListEmpty => "Listan har inga punkter; lägg till punkter eller ta bort listan.",
        Code::TextTooLong => {
            "Texten har {chars} tecken, fler än gränsen {limit}; dela upp den eller flytta den till en egen bilaga."
        }
        Code::TextDirectionControl => {
            "Texten innehåller det osynliga riktningstecknet U+{codepoint}, som visar texten i en annan ordning än den är skriven; ett undertecknat dokument ska läsas som det är skrivet, så ta bort tecknet."
        }
        Code::TextControlCharacter => {
            "Texten innehåller styrtecknet U+{codepoint}, som inte kan skrivas ut; ta bort det."
        }
        Code::TextGlyphMissing => {
            "Texten innehåller `{character}` (U+{codepoint}), som dokumentets typsnitt inte kan visa; ersätt tecknet med ord eller med ett tecken som typsnitten har."
        }
        Code::MarkupBoldUnclosed => {
            "`**` inleder fetstil som aldrig avslutas; lägg till det avslutande `**` eller skriv `\\*\\*` för vanliga asterisker."
        }
        Code::MarkupFootnoteUnclosed => {
            "En fotnotshänvisning `[^` saknar avslutande `]`; skriv den som `[^1]`."
        }
        Code::MarkupFootnoteEmpty => {
            "En fotnotshänvisning `[^]` saknar nyckel; skriv den som `[^1]`."
        }
        Code::FootnoteUndefined => {
            "Fotnoten `[^{key}]` är inte definierad; lägg till `\"{key}\" = \"…\"` under `[footnotes]`."
        }
        Code::FootnoteUnused => {
            "Ingen text hänvisar till fotnoten `{key}`, så avtalet skulle inte visa den; lägg till `[^{key}]` där den hör hemma eller ta bort fotnoten."
        }
        Code::FootnoteUnusedInVersion => {
            "Den {name} (`{language}`) texten hänvisar inte till fotnoten `{key}`, så den språkversionen skulle inte visa den; lägg till `[^{key}]` också där."
        }
        Code::LanguageNotDeclared => {
            "Språket `{language}` hör inte till avtalets språk ({languages}); ta bort det, eller lägg till det i `languages` under `[meta]`."
        }
        Code::TranslationMissing => {
            "Texten saknas på {name} (`{language}`); skriv den på alla avtalets språk, som {{ {example} }}; bara de språkneutrala fälten (enheter, korta namn, adresser, undertecknandets ort, datakällor och cellerna i bilagornas tabeller) tar ett värde för alla språk."
        }
        Code::SectionNumberSign => {
            "{what} skrivs som enbart ett nummer (`{bare}`); dokumentet lägger själv till §-tecknet (`§ {bare}`)."
        }
        Code::DateOutOfRange => {
            "Datumet {date} ligger utanför åren 1900–9999 som ett avtal kan ha; kontrollera året."
        }
        Code::LimitExceeded => {
            "Här finns {count} {what}, fler än gränsen {limit}; kontrollera att filen är som du avsåg, eller dela upp avtalet."
        }

        Code::PartiesNone => {
            "Avtalet har inga avtalsparter; lägg till en `[[parties]]`-tabell för varje avtalspart."
        }
        Code::PartyIdMalformed => {
            "Avtalspartens id `{id}` ska vara ett kort namn av bokstäver, siffror, `-`, `_` eller `.`, t.ex. `forssa`."
        }
        Code::PartyIdDuplicate => {
            "Avtalspartens id `{id}` används redan av `parties[{first}]`; ge varje avtalspart ett eget id."
        }
        Code::PartyNameDuplicate => {
            "Namnet `{name}` är detsamma som för `parties[{first}]`; varje avtalspart förs upp bara en gång."
        }
        Code::BusinessIdDuplicate => {
            "FO-numret `{id}` är detsamma som för `parties[{first}]`; kontrollera vilken avtalspart det hör till."
        }
        Code::BusinessIdEmpty => {
            "FO-numret saknas; skriv det som sju siffror, ett bindestreck och en kontrollsiffra, t.ex. `0145626-1`."
        }
        Code::BusinessIdCharacter => {
            "FO-numret `{id}` innehåller `{character}`; bara siffror och ett bindestreck är tillåtna, t.ex. `0145626-1`."
        }
        Code::BusinessIdHyphen => {
            "FO-numret `{id}` saknar bindestreck före kontrollsiffran; skriv det som `NNNNNNN-C`."
        }
        Code::BusinessIdLength => {
            "I FO-numret `{id}` är antalet siffror {before} före bindestrecket och {after} efter; det ska vara 7 och 1."
        }
        Code::BusinessIdRemainderOne => {
            "FO-numret `{id}` kan inte finnas: dess siffror ger resten 1 i modulo 11-kontrollen, och sådana nummer ges aldrig ut; kontrollera siffrorna."
        }
        Code::BusinessIdCheckDigit => {
            "FO-numret `{id}` har kontrollsiffran {given}, men enligt siffrorna ska den vara {expected}; kontrollera om numret har ett skrivfel."
        }
        Code::SignatoryMissing => {
            "`{party}` har ingen undertecknare, men i ett slutligt avtal behöver varje avtalspart en undertecknare; lägg till `signatory = {{ name = \"…\", title = \"…\" }}`."
        }
        Code::ApprovalInFuture => {
            "Beslutet om godkännande är daterat {date}, vilket ligger i framtiden; kontrollera datumet."
        }
        Code::SignedInFuture => {
            "`{party}` kan inte ha undertecknat {date}, eftersom den dagen ligger i framtiden; kontrollera datumet."
        }
        Code::SignedBeforeApproval => {
            "`{party}` undertecknade {signed} men godkände avtalet först {approved}; en avtalspart undertecknar samma dag som beslutet om godkännande eller senare."
        }
        Code::ApprovalMissing => {
            "`{party}` har undertecknat, men inget beslut om godkännande har förts in; lägg till `approval = {{ body = \"…\", date = …, section = \"…\" }}`."
        }
        Code::SignedDraft => {
            "Ett datum för undertecknandet har förts in, men avtalet är fortfarande ett utkast; ange `meta.status = \"final\"` för den undertecknade texten."
        }
        Code::CountyMissing => {
            "Ingen avtalspart är ett välfärdsområde; exakt en avtalspart ska ha `kind = \"wellbeing_services_county\"`."
        }
        Code::CountyTwice => {
            "Välfärdsområdet är redan `parties[{first}]`; ett avtal har exakt ett välfärdsområde."
        }
        Code::MunicipalityCodeNotMunicipality => {
            "`{party}` är inte en kommun eller stad och har därför inget kommunnummer; ta bort kommunnumret."
        }
        Code::MunicipalityCodeDuplicate => {
            "Kommunnumret `{code}` hör redan till `parties[{first}]`; varje kommun har sitt eget kommunnummer."
        }
        Code::MunicipalityCodeMalformed => {
            "Kommunnumret `{code}` består inte av tre siffror; skriv det som Statistikcentralen gör, t.ex. `098` för Hollola."
        }

        Code::ProvisionsNone => {
            "Inga paragrafer anförs; lägg till `provisions = [{{ section = \"14\", topic = \"…\" }}]`."
        }

        Code::UnknownReference => {
            "Ingen avtalspart och inget organ har id:t `{id}`; använd något av dessa: {known}."
        }
        Code::UnknownReferenceNothingDefined => "Ingen avtalspart och inget organ har id:t `{id}`.",
        Code::UnknownParty => "Ingen avtalspart har id:t `{id}`; använd något av dessa: {known}.",
        Code::UnknownForum => "Inget forum har id:t `{id}`; använd något av dessa: {known}.",
        Code::UnknownForumNoneDefined => {
            "Inget forum har id:t `{id}`; inga forum har definierats, så lägg till `[[forums]]`."
        }
        Code::GroupNotAllowed => {
            "Ange en avtalspart eller ett organ här, inte en grupp; använd `id = \"…\"` eller `other = \"…\"`."
        }
        Code::ResponsibilityEmpty => {
            "Ansvaret anger ingen; lägg till id:t för den avtalspart eller det organ som har huvudansvaret, t.ex. `responsible = [\"lahti\"]`."
        }
        Code::NamedTwice => "Samma avtalspart eller organ nämns två gånger; ta bort den ena.",

        Code::TierLevelDuplicate => {
            "Nivå {level} är redan definierad i `tiers[{first}]`; varje nivå förekommer bara en gång."
        }
        Code::TierContentsEmpty => {
            "Nivån visar ingenting; skriv `contents = [\"bodies\"]` (eller `municipalities`, `interface_areas`)."
        }
        Code::TierContentTwice => {
            "Innehållet anges två gånger; ange varje slags innehåll bara en gång."
        }
        Code::TierAreasNone => {
            "Nivån visar kontaktytorna, men inga kontaktytor har definierats; lägg till `[[interface_areas]]` eller ta bort detta."
        }
        Code::TierGap => {
            "Nivåerna numreras 1, 2, 3 … utan luckor, men nivå {expected} saknas före nivå {level}."
        }
        Code::ShownOnlyInFigure => {
            "{what} skrivs bara ut i strukturfiguren, som inget avsnitt infogar; lägg till `{{ insert = \"structure_figure\" }}` bland blocken i ett avsnitt, eller ta bort den."
        }
        Code::ForumIdEmpty => "Forumets id saknas; ge ett kort namn, t.ex. `kh-hyte`.",
        Code::ForumIdMalformed => {
            "Forumets id `{id}` ska vara ett kort namn av bokstäver, siffror, `-`, `_` eller `.`, t.ex. `kh-hyte`."
        }
        Code::ForumIdDuplicate => {
            "Forumets id `{id}` används redan av `forums[{first}]`; ge varje forum ett eget id."
        }
        Code::ForumIdIsParty => {
            "Id:t `{id}` är redan id för `parties[{party}]`; avtalsparter och organ har gemensamma id:n, så ge organet ett annat."
        }
        Code::ForumTierNoneDefined => {
            "`{forum}` hör till nivå {tier}, men inga nivåer har definierats; lägg till `[[tiers]]`."
        }
        Code::ForumTierUnknown => {
            "`{forum}` hör till nivå {tier}, som inte finns; nivåerna är {known}."
        }
        Code::ForumNotDrawn => {
            "`{forum}` hör till nivå {tier}, vars ruta i strukturfiguren bara visar {contents}; lägg till `\"bodies\"` i nivåns `contents` för att rita ut organet (bilaga 1 förtecknar det i vilket fall som helst)."
        }
        Code::ConvenerEmpty => {
            "Ingen sammankallare anges; ange `party = \"…\"`, `other = \"…\"` eller `chair = true`."
        }
        Code::ConvenerBoth => {
            "Som sammankallare anges både en avtalspart och ett annat organ; behåll bara ett av `party` och `other`."
        }
        Code::ConvenerPerMunicipality => {
            "`{forum}` finns i varje kommun, och varje kommun sammankallar sitt eget; ta bort `party` från sammankallaren."
        }
        Code::AppointsItself => {
            "Ett organ kan inte tillsätta sig självt; ange det organ eller den avtalspart som tillsätter det."
        }
        Code::FrequencyNotRange => {
            "Mötesantalet {min}–{max} är inget intervall; skriv ett antal som 2 eller ett intervall som [3, 4]."
        }
        Code::FrequencyTooMany => {
            "Mötesantalet {max} innebär mer än ett möte om dagen; kontrollera antalet."
        }
        Code::JointMeetingForums => "Ett gemensamt möte behöver minst två forum.",
        Code::JointMeetingZero => {
            "Ett gemensamt möte hålls minst en gång om året; skriv 1 eller mer."
        }
        Code::JointMeetingTooMany => {
            "Antalet gemensamma möten, {count}, innebär mer än ett möte om dagen; kontrollera antalet."
        }
        Code::MunicipalitiesWithoutPerMunicipality => {
            "`municipalities` anger var ett organ finns en gång per kommun; ange `per_municipality = true`, eller för upp deltagarna under `members`."
        }
        Code::PerMunicipalityNoMunicipalities => {
            "Organet finns en gång per kommun, men ingen avtalspart är en kommun eller stad."
        }
        Code::NotAMunicipality => "`{party}` är inte en kommun eller stad.",
        Code::ListedTwice => "`{id}` förekommer två gånger.",
        Code::MemberTwice => {
            "Medlemmen förekommer två gånger; för upp varje medlem en gång med sina platser."
        }
        Code::MemberOfItself => "Ett organ kan inte vara medlem i sig självt.",
        Code::SeatsZero => {
            "En medlem har minst en plats; skriv 1 eller mer, eller utelämna `seats`."
        }
        Code::SeatsTooMany => {
            "Antalet platser, {seats}, är större än i något organ; kontrollera antalet."
        }

        Code::AreaIdMalformed => {
            "Gränsytans id `{id}` ska vara ett kort namn av bokstäver, siffror, `-`, `_` eller `.`, t.ex. `tyollisyys`."
        }
        Code::AreaIdDuplicate => {
            "Gränsytans id `{id}` används redan av `interface_areas[{first}]`."
        }

        Code::PriorityNumberDuplicate => {
            "Prioriteringsnumret {number} används redan av `priorities[{first}]`."
        }
        Code::PriorityWithoutGoals => {
            "Prioriteringen `{priority}` har inga mål; varje prioritering behöver minst ett mål."
        }
        Code::GoalWithoutIndicators => {
            "Målet har inga mätare; varje mål behöver minst en mätare som det följs upp med."
        }
        Code::ActionsInSimpleForm => {
            "Målet har åtgärder, men den enkla formen av bilaga 2 har ingen kolumn för dem; ange `goals_form = \"full\"` under `[annexes]`."
        }
        Code::ItemIdMalformed => {
            "Id:t `{id}` ska vara ett kort namn av bokstäver, siffror, `-`, `_` eller `.`, t.ex. `p1.g2`."
        }
        Code::ItemIdDuplicate => {
            "Detta id (`{id}`) är redan id för `{first}`; prioriteringar, mål, mätare och åtgärder ska ha unika id:n, så skriv ett eget `id` här."
        }
        Code::GeneratedIdDuplicate => {
            "Punkten har inget id, och det id som bildats av dess plats (`{id}`) är redan id för `{first}`; prioriteringar, mål, mätare och åtgärder ska ha unika id:n, så skriv ett eget `id` här."
        }
        Code::ScaleNotRange => "Skalan [{low}, {high}] är inget intervall; skriv den som [1, 5].",
        Code::BaselineNotANumber => {
            "Utgångsvärdet är inte ett tal; skriv det med siffror, t.ex. `12.5`."
        }
        Code::BaselineWithoutYear => {
            "Ett utgångsvärde utan år kan inte jämföras; lägg till `baseline_year`."
        }
        Code::BaselineYear => {
            "Utgångsåret {year} ligger inte mellan 1900 och avtalets år {agreement_year}; kontrollera det."
        }
        Code::ValueKindScaleWithoutScale => {
            "En punkt på en skala kräver skalan; lägg till `scale = [1, 5]` (dess lägsta och högsta punkt)."
        }
        Code::ValueKindShare => {
            "En andel av kommunerna (`X/N`) räknas utifrån varje kommuns svar; skriv `value_kind = \"yes_no\"` eller `\"action_status\"`."
        }
        Code::ValueKindNotScale => {
            "Mätaren har en skala (`scale`), så dess värde är en punkt på skalan; skriv `value_kind = \"scale\"` eller ta bort `scale`."
        }
        Code::ValueKindPercentageUnit => {
            "En procentsats har enheten `%`; skriv `unit = \"%\"`, eller `value_kind = \"number\"` för ett värde i en annan enhet."
        }
        Code::TargetValueNotANumber => {
            "Den numeriska målnivån är inte ett tal; skriv den med siffror, t.ex. `92`."
        }
        Code::TargetValueWithoutWords => {
            "En numerisk målnivå behöver också en målnivå i ord, som avtalet skriver ut: lägg till `target = \"…\"`, t.ex. `target = \"minst 92 %\"`."
        }
        Code::TargetValueShare => {
            "Målnivån för en andel av kommunerna är ett antal kommuner, 0–{of}; `{target}` är inte ett sådant."
        }
        Code::TargetValuePercentage => {
            "En procentsats ligger mellan 0 och 100; målnivån `{target}` gör inte det."
        }
        Code::TargetValueScale => "Målnivån `{target}` ligger utanför skalan {low}–{high}.",
        Code::TargetValueYesNo => {
            "En ja/nej-mätare eller en mätare för åtgärdens status uppnås med `yes` eller `done`; ta bort `target_value`."
        }
        Code::AmongWithoutShare => {
            "`among` anger bland vilka kommuner en andel räknas, men mätaren har inget `municipalities = \"X/N\"`; lägg till det eller ta bort `among`."
        }
        Code::AmongEmpty => {
            "`among` anger inga kommuner; för upp deras id:n eller ta bort `among`."
        }
        Code::AmongNotAMunicipality => {
            "`{party}` är inte en kommun eller stad och kan därför inte räknas in i en andel av kommunerna."
        }
        Code::AmongNoMunicipalMembers => {
            "`{forum}` har inga kommuner bland sina medlemmar, så ingen andel kan räknas bland dem; för upp kommunerna under organets `members`."
        }
        Code::ShareWrongTotal => {
            "Mätaren räknar en andel av {of} kommuner (`{share}`), men avtalet har {count}; skriv `{advice}`."
        }
        Code::ShareWrongTotalAmong => {
            "Mätaren räknar en andel av {of} kommuner (`{share}`), men `among` anger {count}; skriv `{advice}`."
        }
        Code::ShareCountTooHigh => "`{share}` räknar fler kommuner än det finns.",
        Code::TextShareDiffers => {
            "I texten står `{text}`, men mätaren räknar `{share}`; gör dem samstämmiga."
        }
        Code::TextShareAmong => {
            "Texten räknar en andel av {of} kommuner (`{text}`), men `among` anger {count}; kontrollera vilka kommuner andelen gäller."
        }
        Code::TextShareTotal => {
            "Texten räknar en andel av {of} kommuner (`{text}`), men avtalet har {count}; om andelen gäller bara vissa kommuner, lägg till `municipalities = \"{text}\"` och `among = [...]` med dem, skriv annars `{advice}`."
        }

        Code::FollowUpRoundsNone => {
            "Uppföljningen anger inga månader; skriv `window = {{ from_month = 5, to_month = 6 }}`, eller `rounds = [...]` för flera omgångar om året."
        }
        Code::FollowUpRoundsTooMany => {
            "Här finns {count} uppföljningsomgångar, fler än en i månaden; kontrollera listan."
        }
        Code::MonthInvalid => "{month} är ingen månad; skriv 1 (januari) till 12 (december).",
        Code::WindowBackwards => {
            "Perioden går från månad {from} bakåt till månad {to}; en period ligger inom ett och samma år, så skriv den tidigare månaden först."
        }
        Code::RoundsOutOfOrder => {
            "Omgångarna överlappar varandra eller står i fel ordning; för upp dem i årets ordning, var och en efter den föregående."
        }
        Code::ValidityEndsEarly => {
            "Avtalet skulle upphöra {until}, inte efter avtalets datum {date}; kontrollera datumet."
        }
        Code::ReviewDeadlineEarly => {
            "Sista dagen för översynen, {deadline}, infaller inte efter avtalets datum {date}; översynen görs senare."
        }
        Code::NoticeZero => {
            "Uppsägningstiden är 0 månader; den ska vara minst 1 månad (i avtalet från 2023 är den 12)."
        }
        Code::NoticeTooLong => {
            "En uppsägningstid på {months} månader är mer än tio år; kontrollera antalet."
        }
        Code::NoticeLong => {
            "En uppsägningstid på {months} månader är ovanligt lång; kontrollera den."
        }
        Code::CounterpartsZero => {
            "Avtalet upprättas i minst ett exemplar; skriv 1 eller mer, eller utelämna fältet, så blir det ett exemplar för varje avtalspart."
        }
        Code::RepresentativesNotNamed => {
            "Avtalsparterna utser inga representanter till `{forum}` (`named_representatives = false`); ta bort den här posten eller ändra inställningen."
        }

        Code::AnnexBlocksEmpty => "Bilagan har ingen text; lägg till block eller ta bort bilagan.",
        Code::TableColumnsNone => "Tabellen har inga kolumner; lägg till deras rubriker.",
        Code::TableRowsNone => "Tabellen har inga rader; lägg till rader eller ta bort bilagan.",
        Code::TableRowCells => {
            "Raden har {cells}, men antalet kolumner i tabellen är {columns}; ge en cell per kolumn (en tom cell är \"\")."
        }

        Code::InsertTwice => {
            "`{insert}` är redan infogat i `{first}`; samma innehåll skulle skrivas ut två gånger."
        }
        Code::ContentNotInserted => {
            "{what} ingår inte i något avsnitt, så avtalstexten skulle inte visa dem; lägg till `{{ insert = \"{insert}\" }}` bland blocken i ett avsnitt."
        }
        Code::ContentWithoutSections => {
            "{what} ingår inte i något avsnitt, så avtalstexten skulle inte visa dem; avtalet har inga avsnitt (`[[sections]]`), så lägg till ett vars block innehåller `{{ insert = \"{insert}\" }}`."
        }
        Code::ReviewWithoutSections => {
            "Texten om översynen (`review`) ingår inte i något avsnitt, så avtalstexten skulle inte visa den; avtalet har inga avsnitt (`[[sections]]`), så lägg till ett vars block innehåller `{{ insert = \"{insert}\" }}`."
        }
        Code::InsertWithoutContent => {
            "`{insert}` är infogat här, men avtalet har inget sådant innehåll; lägg till innehållet eller ta bort infogningen."
        }
        Code::FigureWithoutStructure => {
            "Strukturfiguren ritas utifrån nivåerna och organen, men inga har definierats; lägg till `[[tiers]]` och `[[forums]]` eller ta bort infogningen."
        }
        Code::FigureNothingChosen => {
            "Figuren har inget att rita; ange nivåernas nummer (`tiers = [3]`), organens id:n (`bodies = [\"…\"]`) eller båda."
        }
        Code::FigureTierUnknown => {
            "Figuren ritar nivå {tier}, som inte finns; nivåerna är {known}."
        }
        Code::PrioritiesInsertedNone => {
            "Prioriteringarna är infogade här, men inga prioriteringar har definierats; lägg till `[[priorities]]` eller ta bort infogningen."
        }

        // Measurements.
        Code::MeasurementTextEmpty => "Texten saknas; skriv in den eller ta bort fältet.",
        Code::MeasurementTextTooLong => {
            "Texten har {chars} tecken, fler än gränsen {limit}; korta av den."
        }
        Code::MeasurementTextDirectionControl => {
            "Texten innehåller det osynliga riktningstecknet U+{codepoint}, som visar texten i en annan ordning än den är skriven; ta bort tecknet."
        }
        Code::MeasurementTextControlCharacter => {
            "Texten innehåller styrtecknet U+{codepoint}, som inte kan skrivas ut; ta bort det."
        }
        Code::MeasurementTextGlyphMissing => {
            "Texten innehåller `{character}` (U+{codepoint}), som rapportens typsnitt inte kan visa; ersätt tecknet."
        }
        Code::MeasurementLimitExceeded => {
            "Sammanlagt finns {total} värden, fler än gränsen {limit}; kontrollera att det är rätt filer."
        }
        Code::MeasurementNotAnIndicator => {
            "`{id}` är {kind}, inte en mätare; ange id:t för en av dess mätare."
        }
        Code::MeasurementUnknownIndicator => {
            "Ingen mätare i avtalet har id:t `{id}`; id:na är {known}."
        }
        Code::MeasurementYearOutOfRange => {
            "Året {year} kan inte höra till avtalet; kontrollera det."
        }
        Code::MeasurementYearBeforeAgreement => {
            "Avtalet är från {first}, så {year} ligger före det; ett värde från tiden före avtalet är mätarens utgångsnivå (`baseline_year` och `baseline_value` i avtalet)."
        }
        Code::MeasurementYearAfterValidity => {
            "Avtalet gäller till och med {last}, så det följs inte upp år {year}."
        }
        Code::MeasurementUnknownMunicipality => {
            "Ingen kommun i avtalet har id:t eller kommunnumret `{key}`; använd något av dessa: {known}."
        }
        Code::MeasurementNotAMunicipality => {
            "`{party}` är ingen kommun; utelämna `municipality` när värdet gäller hela området."
        }
        Code::MeasurementMunicipalityNotAmong => {
            "`{party}` hör inte till de kommuner som andelen räknar; ge värden bara för kommunerna i `among`."
        }
        Code::MeasurementShareCount => {
            "Mätaren är en andel av kommunerna ({share}): ett värde för hela området är antalet sådana kommuner, 0 till {of}, inte `{value}`; du kan också ge varje kommuns svar på en egen rad."
        }
        Code::MeasurementPercentageAbove100 => {
            "En procentsats ligger mellan 0 och 100, men `{value}` är över 100; kontrollera värdet."
        }
        Code::MeasurementPercentageBelow0 => {
            "En procentsats ligger mellan 0 och 100, men `{value}` är under 0; kontrollera värdet."
        }
        Code::MeasurementScalePoint => {
            "`{value}` är inget steg på skalan {low}–{high}; skriv ett heltal från {low} till {high}."
        }
        Code::MeasurementNotANumber => {
            "`{value}` är inget värde för den här mätaren, som tar ett tal, t.ex. `12,5`."
        }
        Code::MeasurementNotAPercentage => {
            "`{value}` är inget värde för den här mätaren, som tar en procentsats 0–100, t.ex. `38,5`."
        }
        Code::MeasurementNotAScalePoint => {
            "`{value}` är inget värde för den här mätaren, som tar ett heltal på skalan {low}–{high}."
        }
        Code::MeasurementNotYesNo => {
            "`{value}` är inget värde för den här mätaren, som tar ja eller nej: `ja` eller `nej` (`true`/`false`)."
        }
        Code::MeasurementNotAStatus => {
            "`{value}` är inget värde för den här mätaren, som tar läget `inte påbörjad`, `pågår` eller `klar`."
        }
        Code::MeasurementDateOutOfRange => {
            "Datumet {date} ligger utanför åren 1900–9999; kontrollera året."
        }
        Code::MeasurementDuplicate => {
            "`{indicator}` har redan ett värde för {year} (först: {first}); ange varje värde bara en gång."
        }
        Code::MeasurementDuplicateMunicipality => {
            "`{indicator}` har redan ett värde för {year} för {party} (först: {first}); ange varje värde bara en gång."
        }
        Code::MeasurementCountDiffers => {
            "Antalet {count} stämmer inte med kommunernas svar, av vilka {yes} är ja (eller klar); få dem att stämma överens eller utelämna antalet."
        }
        Code::MeasurementCountImpossible => {
            "Antalet {count} kan inte stämma: {yes} svar är ja (eller klar) och antalet kommuner utan svar är {unanswered}; få dem att stämma överens eller utelämna antalet."
        }
        Code::MeasurementRowWithoutValue => {
            "Raden har {filled} men inget värde, så den hoppas över; fyll i värdet eller töm raden."
        }
        Code::MeasurementRowWithoutIndicator => {
            "Raden har ett värde men inget mätar-id; skriv id:t för den mätare som värdet gäller, t.ex. `p1.g1.i1`."
        }
        Code::MeasurementRowWithoutYear => {
            "Raden har ett värde men inget år; skriv året som värdet gäller, t.ex. `2027`."
        }
        Code::MeasurementYearUnreadable => {
            "`{text}` är inget årtal; skriv det med fyra siffror, t.ex. `2027`."
        }
        Code::MeasurementDateUnreadable => {
            "`{text}` är inget datum; skriv det som `31.3.2027` eller `2027-03-31`."
        }
        // Issue 20: what the PDF can carry.
        Code::HeadingTooLong => {
            "Rubriken har {chars} tecken, fler än gränsen {limit} som titelsidan, sidhuvudet och PDF-filens innehållsförteckning rymmer; förkorta den och flytta resten till texten under den."
        }
        // Issue 20: a CSV row that cannot be read.
        Code::MeasurementRowSeparator => {
            "Radens fält är avgränsade med `{found}` men rubrikradens med `{header}`, så fälten kan inte skiljas åt; avgränsa dem med `{header}` som på rubrikraden."
        }
        // Issue 20: a whole number a double cannot hold.
        Code::MeasurementNumberNotExact => {
            "`{value}` är större än {limit}, det största heltal som ett värde håller exakt, och skulle avrundas; kontrollera värdet eller ange det i en större enhet (till exempel tusental)."
        }
        Code::NumberNotExact => {
            "Talet är större än {limit}, det största heltal som hålls exakt, och skulle avrundas; kontrollera det eller ange det i en större enhet (till exempel tusental)."
        }

        // Decisions.
        Code::DecisionUnknownParty => "Avtalet har ingen part `{party}`; parterna är {known}.",
        Code::DecisionPartyTwice => {
            "`{party}` har redan en post; ange partens beslut, representanter och underskrift i en och samma post."
        }
        Code::DecisionFieldEmpty => "`{field}` är tomt; skriv ut det eller utelämna fältet.",
        Code::DecisionSectionWithSign => {
            "Skriv paragrafen `{section}` som ett tal utan `§`; dokumenten lägger till tecknet."
        }
        Code::DecisionOutOfOrder => {
            "Detta steg är daterat {date}, före steget ovanför ({previous}); ange stegen i den ordning de skedde."
        }
        Code::DecisionBeforeFinalText => {
            "Beslutet {date} är fattat före den slutliga texten {final_text}; en part beslutar om den slutliga texten, så kontrollera datumen."
        }
        Code::DecisionChangesMissing => {
            "Beslutet är `approved_with_changes` men `changes` säger inte vad som ändrades; skriv det."
        }
        Code::DecisionUnknownBody => "Avtalet har inget organ `{body}`; organen är {known}.",
        Code::DecisionBodyNotNamed => {
            "Parterna utser inga representanter till `{body}` (ett öppet nätverk, eller `named_representatives = false` i avtalet); ta bort posten."
        }
        Code::DecisionNotAMember => {
            "`{party}` är enligt avtalet inte medlem i `{body}` och utser därför ingen dit; kontrollera organet."
        }
        Code::DecisionSeatsExceeded => {
            "`{party}` har utsett {named} representanter till `{body}`, där den har {seats} plats(er); ange ersättare som `deputy` för en representant."
        }
        Code::DecisionNamedTwice => {
            "{name} är redan utsedd till `{body}` av denna part; utse varje person en gång."
        }
        Code::DecisionDeputyIsMember => {
            "{name} är både representant och ersättare; utse en annan ersättare eller utelämna `deputy`."
        }
        Code::DecisionSignedWithoutApproval => {
            "`{party}` har undertecknat, men dess senaste beslut godkänner inte avtalet; registrera det godkännande beslutet eller kontrollera underskriften."
        }
        Code::DecisionSignedBeforeDecision => {
            "Underskriften {signed} är före det godkännande beslutet {decided}; en part undertecknar efter att den har beslutat."
        }
        Code::DecisionTerminationBeforeSignature => {
            "Uppsägningen {delivered} är före partens underskrift {signed}; en part säger upp ett avtal som den har undertecknat."
        }
        Code::DecisionTerminationUnsigned => {
            "`{party}` säger upp avtalet men har inte undertecknat det; registrera underskriften eller ta bort uppsägningen."
        }
        // The shape of the input (issue 22).
        Code::UnknownField => {
            "`{key}` är inget fält här; fälten här är {expected}: kontrollera stavningen."
        }
        Code::MissingField => "Fältet `{key}` saknas här; skriv det.",
        Code::WrongValue => "Värdet passar inte: {detail}.",
    }
}

/// The Swedish word a finding puts in: a field in the definite form, what
/// is counted in the indefinite plural, content in the definite plural.
pub fn finding_word(word: Word) -> &'static str {
    match word {
        Word::Title => "avtalets titel",
        Word::ShortTitle => "den korta titeln",
        Word::VersionLabel => "versionsbeteckningen",
        Word::SectionHeading => "avsnittets rubrik",
        Word::Subheading => "mellanrubriken",
        Word::PartyName => "avtalspartens namn",
        Word::ShortName => "det korta namnet",
        Word::Address => "adressen",
        Word::SignatoryName => "undertecknarens namn",
        Word::SignatoryTitle => "undertecknarens titel",
        Word::ApprovingBody => "namnet på det godkännande organet",
        Word::MinutesSection => "protokollparagrafen",
        Word::StatuteName => "författningens namn",
        Word::StatuteNumber => "författningens nummer",
        Word::SectionNumber => "paragrafnumret",
        Word::Topic => "paragrafens ämne",
        Word::OrganName => "organets namn",
        Word::OrganisationName => "organisationens namn",
        Word::ResponsibilityText => "ansvarsbeskrivningen",
        Word::Caption => "strukturfigurens figurtext",
        Word::TierName => "nivåns namn",
        Word::LevelName => "nivåns beskrivning",
        Word::ForumName => "forumets namn",
        Word::ConveningBody => "den sammankallande instansen",
        Word::Composition => "sammansättningen",
        Word::Serves => "uppgiften om vem arbetet betjänar",
        Word::PreparedBy => "beskrivningen av hur mötena bereds",
        Word::PresentedBy => "föredraganden",
        Word::OfficersDescription => "beskrivningen av ordförande och sekreterare",
        Word::Role => "rollen",
        Word::AreaName => "kontaktytans namn",
        Word::MunicipalContact => "kommunernas motpart",
        Word::CountyContact => "välfärdsområdets motpart",
        Word::PriorityTitle => "prioriteringens rubrik",
        Word::IndicatorsIntro => "inledningen till mätarna",
        Word::Target => "målnivån",
        Word::Unit => "enheten",
        Word::SourceName => "källans namn",
        Word::SourceId => "mätarens id i källan",
        Word::SigningPlace => "orten för undertecknandet",
        Word::RepresentativeName => "representantens namn",
        Word::RepresentativeTitle => "representantens titel",
        Word::DeputyName => "ersättarens namn",
        Word::StructuresTitle => "rubriken för bilaga 1",
        Word::GoalsTitle => "rubriken för bilaga 2",
        Word::PriorityHeading => "prioriteringsrubriken i bilaga 2",
        Word::GoalHeading => "rubriken för målkolumnen",
        Word::IndicatorHeading => "rubriken för mätarkolumnen",
        Word::ActionHeading => "rubriken för åtgärdskolumnen",
        Word::LeadHeading => "rubriken för ansvarskolumnen",
        Word::AnnexTitle => "bilagans rubrik",
        Word::ColumnHeading => "kolumnrubriken",
        Word::DocumentName => "dokumentets namn",
        Word::Reference => "hänvisningen",
        Word::Parties => "avtalsparter",
        Word::Forums => "forum",
        Word::Sections => "avsnitt",
        Word::Priorities => "prioriteringar",
        Word::Goals => "mål",
        Word::Indicators => "mätare",
        Word::Actions => "åtgärder",
        Word::InterfaceAreas => "kontaktytor",
        Word::AdditionalAnnexes => "ytterligare bilagor",
        Word::Tiers => "nivåer",
        Word::Blocks => "block, listpunkter, medlemmar eller rader",
        Word::StatutesContent => "författningarna",
        Word::TiersContent => "nivåbeskrivningarna",
        Word::FollowUpContent => "uppföljningsreglerna",
        Word::InterfaceAreasContent => "kontaktytorna och deras motparter",
        Word::ValidityContent => "ikraftträdandet och giltighetstiden",
        Word::TerminationContent => "uppsägningsreglerna",
        Word::ShowsBodies => "organen",
        Word::ShowsMunicipalities => "kommunerna",
        Word::ShowsInterfaceAreas => "kontaktytorna",
        Word::Language(l) => Locale::new(Language::Sv).language_adjective(l),
        Word::APriority => "en prioritering",
        Word::AGoal => "ett mål",
        Word::AnAction => "en åtgärd",
        Word::AnItem => "en punkt",
        Word::ASource => "en källa",
        Word::ADate => "ett datum",
        Word::ANote => "en anmärkning",
        Word::Line => "rad",
        Word::Column => "kolumn",
        Word::WholeFile => "hela filen",
        Word::InFile => "i",
    }
}

/// The frame of a report in Swedish.
pub const REPORT: ReportWords = ReportWords {
    valid: "{file} är giltig: {errors}, {warnings}",
    invalid: "{file} är inte giltig: {errors}, {warnings}",
    errors: ["1 fel", "{n} fel"],
    warnings: ["1 varning", "{n} varningar"],
    errors_heading: "Fel:",
    warnings_heading: "Varningar:",
    generated_ids: "{generated} av {items} prioriteringar, mål, mätare och åtgärder har id:n som bildats av deras plats och ändras när punkterna flyttas; ge punkterna egna id:n (`id = \"…\"`) så att de består.",
};

/// The frame of a measurements report in Swedish.
pub const MEASUREMENT_REPORT: super::MeasurementReportWords = super::MeasurementReportWords {
    valid: "Mätvärdena i {files} är giltiga: {values}, {errors}, {warnings}",
    invalid: "Mätvärdena i {files} är inte giltiga: {values}, {errors}, {warnings}",
    values: ["1 värde", "{n} värden"],
};

/// A `wrong-value` finding in one of the parser's forms, in Swedish.
pub(crate) fn wrong_value(problem: &super::WrongValue<'_>) -> String {
    use super::{Expected, Found, WrongValue};
    match problem {
        WrongValue::Type { found, expected } => {
            let found = match found {
                Found::Text(v) => format!("texten {v}"),
                Found::Integer(v) => format!("heltalet {v}"),
                Found::Decimal(v) => format!("decimaltalet {v}"),
                Found::Boolean(v) => format!("sanningsvärdet {v}"),
                Found::List => "en lista".to_owned(),
                Found::Table => "en tabell".to_owned(),
            };
            let expected = match expected {
                Expected::Text => "en text".to_owned(),
                Expected::Integer => "ett heltal".to_owned(),
                Expected::Number => "ett tal".to_owned(),
                Expected::Boolean => "ett sanningsvärde (`true` eller `false`)".to_owned(),
                Expected::List => "en lista".to_owned(),
                Expected::Table => "en tabell".to_owned(),
                Expected::Date(example) => format!("ett datum, till exempel {example}"),
                Expected::Other(other) => format!("ett värde av formen: {other}"),
            };
            format!("Värdet är {found}, men här hör {expected} hemma.")
        }
        WrongValue::Variant { written, allowed } => {
            format!("`{written}` är inte ett värde för det här fältet; värdena är {allowed}.")
        }
        WrongValue::Duplicate { key } => {
            format!("Fältet `{key}` står två gånger; ta bort det ena.")
        }
    }
}
