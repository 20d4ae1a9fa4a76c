//! The sentences of both languages side by side.

use super::document::FIGURE_ALT_MAX;
use super::*;
use crate::ids::Date;
use crate::model::{
    AgreementKind, Count, Direction, Frequency, MonthWindow, SectionSign, SigningMode, Termination,
};

fn both(f: impl Fn(Locale) -> String) -> (String, String) {
    (f(Locale::new(Language::Fi)), f(Locale::new(Language::Sv)))
}

#[test]
fn a_figure_too_large_to_name_is_described_by_its_size() {
    let boxes: Vec<String> = (0..500).map(|k| format!("Foorumi numero {k}")).collect();
    let tiers = [(1, "Taso".to_owned(), boxes)];
    let (fi, sv) = both(|l| l.figure_alt(false, &tiers, &[]));
    assert_eq!(
        fi,
        "Kaavio yhteistyörakenteen yhdestä tasosta. Sen osat ovat liian laajat lueteltaviksi tässä; liite 1 esittelee jokaisen foorumin ja työryhmän."
    );
    assert!(
        sv.ends_with("bilaga 1 presenterar varje forum och arbetsgrupp."),
        "{sv}"
    );
    // One name too long for the string does the same; a few short ones
    // are named.
    let long = [(1, "Taso".to_owned(), vec!["x".repeat(FIGURE_ALT_MAX)])];
    assert!(
        both(|l| l.figure_alt(true, &long, &[]))
            .0
            .contains("liite 1")
    );
    let few = [(1, "Taso".to_owned(), vec!["Foorumi".to_owned()])];
    assert!(
        both(|l| l.figure_alt(false, &few, &[]))
            .0
            .contains("Foorumi")
    );
}

#[test]
fn counterparts() {
    assert_eq!(
        both(|l| l.counterparts_sentence(13, true)),
        (
            "Tätä sopimusta on tehty kolmetoista (13) samansanaista kappaletta, yksi kullekin sopimusosapuolelle.".into(),
            "Detta avtal har upprättats i tretton (13) likalydande exemplar, ett för varje avtalspart.".into()
        )
    );
    assert_eq!(
        both(|l| l.counterparts_sentence(1, true)),
        (
            "Tätä sopimusta on tehty yksi (1) kappale.".into(),
            "Detta avtal har upprättats i ett (1) exemplar.".into()
        )
    );
    assert_eq!(
        both(|l| l.counterparts_sentence(2, false)),
        (
            "Tätä sopimusta on tehty kaksi (2) samansanaista kappaletta.".into(),
            "Detta avtal har upprättats i två (2) likalydande exemplar.".into()
        )
    );
}

#[test]
fn signing_and_language_versions() {
    assert_eq!(
        both(|l| l.signing_statement(SigningMode::Electronic).to_owned()),
        (
            "Allekirjoitukset sähköisenä allekirjoituksena.".into(),
            "Avtalet undertecknas elektroniskt.".into()
        )
    );
    assert_eq!(
        both(|l| l.language_versions(&[Language::Sv, Language::Fi])),
        (
            "Sopimus on laadittu ruotsiksi ja suomeksi, ja molemmat kieliversiot ovat yhtä päteviä. Tämä on sopimuksen suomenkielinen kieliversio.".into(),
            "Avtalet har upprättats på svenska och finska, och båda språkversionerna är lika giltiga. Detta är avtalets svenska språkversion.".into()
        )
    );
    // As a third language would have it.
    assert_eq!(
        Locale::new(Language::Sv).language_versions(&[Language::Sv, Language::Fi, Language::Fi]),
        "Avtalet har upprättats på svenska, finska och finska, och alla språkversioner är lika giltiga. Detta är avtalets svenska språkversion."
    );
}

#[test]
fn validity_and_termination() {
    let d = Date::from_ymd(2029, 5, 31);
    assert_eq!(
        both(|l| l.validity(AgreementKind::StrategicCooperationAgreement, d, true)),
        (
            "Sopimus tulee voimaan, kun kaikki osapuolet ovat sen hyväksyneet ja allekirjoituksillaan vahvistaneet. Sopimus on voimassa 31.5.2029 asti ja joka tapauksessa siihen asti, kunnes uusi sopimus on hyväksytty.".into(),
            "Avtalet träder i kraft när alla parter har godkänt det och bekräftat det med sina underskrifter. Avtalet gäller till och med 31.5.2029 och i varje fall tills ett nytt avtal har godkänts.".into()
        )
    );
    assert_eq!(
        both(|l| l.validity(AgreementKind::FrameworkAgreement, None, false)),
        (
            "Puitesopimus tulee voimaan, kun kaikki osapuolet ovat sen hyväksyneet ja allekirjoituksillaan vahvistaneet. Sopimus on voimassa toistaiseksi.".into(),
            "Ramavtalet träder i kraft när alla parter har godkänt det och bekräftat det med sina underskrifter. Avtalet gäller tills vidare.".into()
        )
    );
    let t = Termination::default();
    assert_eq!(
        both(|l| l.termination(&t)),
        (
            "Sopimusosapuoli voi irtisanoa sopimuksen vain omalta osaltaan. Sopimuksen irtisanomisaika on 12 kuukautta. Sopimuksen irtisanominen tulee tehdä kirjallisesti ja toimittaa tiedoksi kaikille sopimusosapuolille.".into(),
            "En avtalspart kan säga upp avtalet endast för egen del. Uppsägningstiden är 12 månader. Uppsägningen ska göras skriftligen och delges alla avtalsparter.".into()
        )
    );
    let one = Termination {
        notice_months: 1,
        in_writing: false,
        ..Termination::default()
    };
    assert_eq!(
        both(|l| l.termination(&one)),
        (
            "Sopimusosapuoli voi irtisanoa sopimuksen vain omalta osaltaan. Sopimuksen irtisanomisaika on 1 kuukausi. Sopimuksen irtisanominen tulee toimittaa tiedoksi kaikille sopimusosapuolille.".into(),
            "En avtalspart kan säga upp avtalet endast för egen del. Uppsägningstiden är 1 månad. Uppsägningen ska delges alla avtalsparter.".into()
        )
    );
}

#[test]
fn follow_up_and_frequencies() {
    let w = |a, b| MonthWindow {
        from_month: a,
        to_month: b,
    };
    assert_eq!(
        both(|l| l.follow_up_sentence(&[w(5, 6)]).unwrap()),
        (
            "Seurantakokous pidetään touko-kesäkuussa.".into(),
            "Uppföljningsmötet hålls i maj–juni.".into()
        )
    );
    assert_eq!(
        both(|l| l.follow_up_sentence(&[w(3, 4), w(9, 9)]).unwrap()),
        (
            "Seurantakokoukset pidetään maalis-huhtikuussa ja syyskuussa.".into(),
            "Uppföljningsmötena hålls i mars–april och i september.".into()
        )
    );
    assert_eq!(
        both(|l| l.frequency(&Frequency::PerYear(Count { min: 3, max: 4 }))),
        ("3–4 kertaa vuodessa".into(), "3–4 gånger per år".into())
    );
    assert_eq!(
        both(|l| l.frequency(&Frequency::PerCouncilTerm(Count::exactly(1)))),
        (
            "kerran valtuustokaudessa".into(),
            "en gång per fullmäktigeperiod".into()
        )
    );
    assert_eq!(
        both(|l| l.joint_meeting(1, &["Turvallisuusfoorumi".to_owned()])),
        (
            "; lisäksi vähintään kerran vuodessa yhteinen kokous, johon osallistuu myös Turvallisuusfoorumi".into(),
            "; dessutom minst en gång per år ett gemensamt möte där även Turvallisuusfoorumi deltar".into()
        )
    );
    assert_eq!(
        both(|l| l.joint_meeting(2, &["A".to_owned(), "B".to_owned()])),
        (
            "; lisäksi vähintään 2 kertaa vuodessa yhteinen kokous, johon osallistuvat myös A ja B"
                .into(),
            "; dessutom minst 2 gånger per år ett gemensamt möte där även A och B deltar".into()
        )
    );
}

#[test]
fn members_conveners_and_places() {
    assert_eq!(
        both(|l| l.member("X", Some(1), true, Some("rooli"))),
        (
            "X (1 edustaja kustakin, rooli)".into(),
            "X (1 representant från varje, rooli)".into()
        )
    );
    assert_eq!(
        both(|l| l.member("X", Some(3), false, None)),
        ("X (3 edustajaa)".into(), "X (3 representanter)".into())
    );
    assert_eq!(
        both(|l| l.convener(Some("X"), true)),
        (
            "ensimmäisellä kerralla X, jatkossa puheenjohtaja".into(),
            "första gången X, därefter ordföranden".into()
        )
    );
    assert_eq!(
        both(|l| l.per_municipality(&["A".into(), "B".into()], true)),
        (
            "jokaisessa kunnassa (A ja B)".into(),
            "i varje kommun (A och B)".into()
        )
    );
    assert_eq!(
        both(|l| l.place_and_date(None, Date::from_ymd(2023, 8, 1))),
        ("Päiväys 1.8.2023".into(), "Datum 1.8.2023".into())
    );
    assert_eq!(
        both(|l| l.approval(
            "Hallitus",
            Date::from_ymd(2023, 6, 12).unwrap(),
            Some("123")
        )),
        (
            "Hyväksytty: Hallitus 12.6.2023 § 123".into(),
            "Godkänt: Hallitus 12.6.2023 § 123".into()
        )
    );
    assert_eq!(
        both(|l| l.provision("14", Some("aihe"), SectionSign::After)),
        ("14 § (aihe)".into(), "14 § (aihe)".into())
    );
    assert_eq!(
        both(|l| l.provision("14", None, SectionSign::Before)),
        ("§ 14".into(), "14 §".into())
    );
}

#[test]
fn indicator_additions() {
    assert_eq!(
        both(|l| l.indicator_share("X/5", Some("A ja B"))),
        (
            "kunnat: X/5 seuraavista: A ja B".into(),
            "kommuner: X/5 bland A ja B".into()
        )
    );
    assert_eq!(
        both(|l| l.indicator_baseline(Some(2022), None).unwrap()),
        (
            "lähtötaso vuodelta 2022".into(),
            "utgångsnivå från år 2022".into()
        )
    );
    assert_eq!(
        both(|l| l.indicator_direction(Direction::LowerIsBetter)),
        (
            "suunta: pienempi on parempi".into(),
            "riktning: lägre är bättre".into()
        )
    );
    assert_eq!(
        both(|l| l.indicator_source("THL", Some("4559"))),
        ("lähde: THL (4559)".into(), "källa: THL (4559)".into())
    );
}
