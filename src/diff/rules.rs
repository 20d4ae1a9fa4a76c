//! The rules: follow-up, validity, termination and signing, each compared
//! as a value in words.

use crate::locale::Version as In;

use super::sections::prose;
use super::{Cx, FieldChange, opt, wording};

pub(super) fn rules(cx: &Cx<'_>) -> Vec<FieldChange> {
    let (a, b) = (cx.a, cx.b);
    let mut f = cx.fields();
    let forums = |v: In<'_>| {
        v.agreement.follow_up.as_ref().map(|fu| {
            let names: Vec<String> = fu
                .forums
                .iter()
                .map(|id| {
                    v.agreement
                        .forum(id)
                        .map_or_else(|| id.to_string(), |f| v.t(&f.name).to_owned())
                })
                .collect();
            v.locale.join_and(&names)
        })
    };
    let rounds = |v: In<'_>| {
        v.agreement
            .follow_up
            .as_ref()
            .map(|fu| wording::rounds(v, &fu.rounds))
    };
    f.value("follow_up.rounds", rounds, rounds);
    f.raw(
        "follow_up.forums",
        a.follow_up.as_ref().map(|x| &x.forums) != b.follow_up.as_ref().map(|x| &x.forums),
        forums,
        forums,
    );
    let follow_up_text = |v: In<'_>| {
        v.agreement
            .follow_up
            .as_ref()
            .and_then(|x| prose(v, &x.text))
    };
    f.value("follow_up.text", follow_up_text, follow_up_text);
    let validity = |v: In<'_>| {
        let x = &v.agreement.validity;
        Some(v.locale.validity_short(x.until, x.until_new_agreement))
    };
    f.value("validity.until", validity, validity);
    let deadline = |v: In<'_>| {
        v.agreement
            .validity
            .review
            .as_ref()
            .map(|r| v.locale.date(r.deadline))
    };
    f.value("validity.review.deadline", deadline, deadline);
    let review = |v: In<'_>| {
        v.agreement
            .validity
            .review
            .as_ref()
            .map(|r| v.plain(&r.text))
    };
    f.value("validity.review.text", review, review);
    let yes_no = |get: fn(&crate::model::Termination) -> bool| {
        move |v: In<'_>| Some(wording::yes_no(v, get(&v.agreement.termination)))
    };
    f.value(
        "termination.own_part_only",
        yes_no(|t| t.own_part_only),
        yes_no(|t| t.own_part_only),
    );
    let notice = |v: In<'_>| Some(v.locale.months(v.agreement.termination.notice_months));
    f.value("termination.notice_months", notice, notice);
    f.value(
        "termination.in_writing",
        yes_no(|t| t.in_writing),
        yes_no(|t| t.in_writing),
    );
    f.value(
        "termination.notify_all_parties",
        yes_no(|t| t.notify_all_parties),
        yes_no(|t| t.notify_all_parties),
    );
    let subject = |v: In<'_>| {
        let t = &v.agreement.termination;
        t.own_part_only
            .then(|| v.locale.own_part_subject(t.own_part_subject).to_owned())
    };
    f.value("termination.own_part_subject", subject, subject);
    let place = |v: In<'_>| opt(v, v.agreement.signing.place.as_ref());
    f.value("signing.place", place, place);
    let mode = |v: In<'_>| Some(v.locale.signing_mode(v.agreement.signing.mode).to_owned());
    f.value("signing.mode", mode, mode);
    let counterparts = |v: In<'_>| Some(v.locale.amount(v.agreement.counterparts()));
    f.value("signing.counterparts", counterparts, counterparts);
    // The word stands in the Finnish sentence only, and only when each
    // party gets a counterpart.
    let term = |v: In<'_>| {
        let a = v.agreement;
        let each = a.counterparts() > 1 && a.counterparts() as usize == a.parties.len();
        (v.language() == crate::Language::Fi && each)
            .then(|| v.locale.party_term(a.signing.party_term).to_owned())
    };
    f.value("signing.party_term", term, term);
    f.out
}
