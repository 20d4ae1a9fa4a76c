//! Everything else, each part compared as a whole in words: the structure
//! figure, the legal basis, footnotes, joint meetings, interface areas,
//! representatives and the annexes.

use crate::locale::Version as In;

use super::sections::prose;
use super::{Cx, FieldChange, Fields, opt, wording};

/// Lines in words for the parts compared as a whole.
fn lines(items: Vec<String>) -> Option<String> {
    (!items.is_empty()).then(|| items.join("\n"))
}

pub(super) fn other(cx: &Cx<'_>) -> Vec<FieldChange> {
    let (a, b) = (cx.a, cx.b);
    let mut f = cx.fields();
    let layout = |v: In<'_>| Some(v.locale.layout(v.agreement.structure.layout).to_owned());
    f.value("structure.layout", layout, layout);
    let caption = |v: In<'_>| opt(v, v.agreement.structure.caption.as_ref());
    f.value("structure.caption", caption, caption);
    f.value("legal_basis", legal_basis, legal_basis);
    f.value("footnotes", footnotes, footnotes);
    f.raw(
        "joint_meetings",
        a.joint_meetings != b.joint_meetings,
        joint_meetings,
        joint_meetings,
    );
    f.raw(
        "interface_areas",
        a.interface_areas != b.interface_areas,
        interface_areas,
        interface_areas,
    );
    f.raw(
        "representatives",
        a.representatives != b.representatives,
        representatives,
        representatives,
    );
    annexes(&mut f);
    f.out
}

/// The annexes' titles, the goals table's form and headings, and the
/// additional annexes.
fn annexes(f: &mut Fields<'_, '_>) {
    let defaults = |v: In<'_>| &v.locale.words().annexes;
    let structures_title = |v: In<'_>| {
        let x = &v.agreement.annexes;
        Some(v.heading(x.structures_title.as_ref(), defaults(v).structures_title))
    };
    f.value(
        "annexes.structures_title",
        structures_title,
        structures_title,
    );
    let goals_title = |v: In<'_>| {
        let x = &v.agreement.annexes;
        Some(v.heading(x.goals_title.as_ref(), defaults(v).goals_title))
    };
    f.value("annexes.goals_title", goals_title, goals_title);
    let form = |v: In<'_>| {
        Some(
            v.locale
                .goals_form(v.agreement.annexes.goals_form)
                .to_owned(),
        )
    };
    f.value("annexes.goals_form", form, form);
    let headings = |v: In<'_>| {
        let x = &v.agreement.annexes;
        let d = defaults(v);
        Some(
            [
                v.heading(x.priority_heading.as_ref(), d.priority_heading),
                v.heading(x.goal_heading.as_ref(), d.goal_heading),
                v.heading(x.indicator_heading.as_ref(), d.indicator_heading),
                v.heading(x.action_heading.as_ref(), d.action_heading),
                v.heading(x.lead_heading.as_ref(), d.lead_heading),
            ]
            .join(" | "),
        )
    };
    f.value("annexes.headings", headings, headings);
    f.value("annexes.additional", additional_annexes, additional_annexes);
}

/// The legal basis: each statute with the sections cited.
fn legal_basis(v: In<'_>) -> Option<String> {
    lines(
        v.agreement
            .legal_basis
            .iter()
            .map(|s| {
                let provisions = v.provisions(s);
                match &s.number {
                    Some(n) => format!("{} ({n}): {}", v.t(&s.name), provisions.join(", ")),
                    None => format!("{}: {}", v.t(&s.name), provisions.join(", ")),
                }
            })
            .collect(),
    )
}

/// The footnotes with their keys.
fn footnotes(v: In<'_>) -> Option<String> {
    lines(
        v.agreement
            .footnotes
            .iter()
            .map(|(k, t)| format!("[{k}] {}", v.plain(t)))
            .collect(),
    )
}

/// The joint meetings: the bodies meeting together, and how often.
fn joint_meetings(v: In<'_>) -> Option<String> {
    lines(
        v.agreement
            .joint_meetings
            .iter()
            .map(|j| {
                let names: Vec<String> = j
                    .forums
                    .iter()
                    .map(|id| {
                        v.agreement
                            .forum(id)
                            .map_or_else(|| id.to_string(), |f| v.t(&f.name).to_owned())
                    })
                    .collect();
                format!(
                    "{}: {}",
                    v.locale.join_and(&names),
                    v.locale.at_least_per_year(j.at_least_per_year)
                )
            })
            .collect(),
    )
}

/// The interface areas with their contacts, bodies and descriptions.
fn interface_areas(v: In<'_>) -> Option<String> {
    lines(
        v.agreement
            .interface_areas
            .iter()
            .map(|ia| {
                let mut line = format!(
                    "{}: {} – {}",
                    v.t(&ia.name),
                    v.t(&ia.municipal_contact),
                    v.t(&ia.county_contact)
                );
                if !ia.bodies.is_empty() {
                    line.push_str(&format!("; {}", wording::body_names(v, &ia.bodies)));
                }
                if let Some(d) = &ia.description {
                    line.push_str(&format!("; {}", v.plain(d)));
                }
                line
            })
            .collect(),
    )
}

/// The named representatives: body, name, title, party and deputy.
fn representatives(v: In<'_>) -> Option<String> {
    lines(
        v.agreement
            .representatives
            .iter()
            .map(|r| {
                let forum = v
                    .agreement
                    .forum(&r.forum)
                    .map_or_else(|| r.forum.to_string(), |f| v.t(&f.name).to_owned());
                let mut who = r.name.clone();
                if let Some(title) = &r.title {
                    who.push_str(&format!(", {}", v.t(title)));
                }
                let mut line = format!("{forum}: {who} ({})", v.party_name(r.party.as_str()));
                if let Some(d) = &r.deputy {
                    line.push_str(&format!("; {} {d}", v.locale.words().deputy));
                }
                line
            })
            .collect(),
    )
}

/// The additional annexes, each with its content as text.
fn additional_annexes(v: In<'_>) -> Option<String> {
    lines(
        v.agreement
            .annexes
            .additional
            .iter()
            .map(|annex| {
                let content =
                    match &annex.content {
                        crate::model::AnnexContent::Blocks(blocks) => {
                            prose(v, blocks).unwrap_or_default()
                        }
                        crate::model::AnnexContent::Table(t) => {
                            let mut rows = vec![
                                t.columns
                                    .iter()
                                    .map(|c| v.t(c))
                                    .collect::<Vec<_>>()
                                    .join(" | "),
                            ];
                            rows.extend(t.rows.iter().map(|r| {
                                r.iter().map(|c| v.plain(c)).collect::<Vec<_>>().join(" | ")
                            }));
                            rows.join("\n")
                        }
                        crate::model::AnnexContent::Document(d) => {
                            v.locale
                                .document_annex(v.t(&d.name), d.date, d.reference.as_deref())
                        }
                    };
                format!("{}: {content}", v.t(&annex.title))
            })
            .collect(),
    )
}
