//! Annex 2: the priorities with their goals, indicators and actions, and
//! who is responsible for each.

use serde::Serialize;

use super::{Builder, Rich, ViewSpan};

#[derive(Serialize)]
pub(crate) struct ViewAction {
    /// The number the table gives the action, when it numbers them.
    number: Option<u32>,
    text: Rich,
    /// "Vastuutaho: …", when the action has its own.
    lead: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct ViewGoal {
    text: Rich,
    /// The goal's own responsibility, when it has one.
    lead: Option<String>,
    /// Who is responsible for the goal: its own responsibility, or the
    /// priority's when it has none (the responsibility column per goal).
    lead_shown: Option<String>,
    indicators_intro: Option<String>,
    indicators: Vec<Rich>,
    actions: Vec<ViewAction>,
}

#[derive(Serialize)]
pub(crate) struct ViewPriority {
    number: u32,
    title: String,
    description: Option<Rich>,
    lead: Option<String>,
    /// Whether any goal has a responsibility of its own: the table then
    /// gives responsibility per goal row.
    goal_leads: bool,
    goals: Vec<ViewGoal>,
}

impl Builder<'_> {
    pub(super) fn priorities(&self) -> Vec<ViewPriority> {
        let v = self.v;
        self.a
            .priorities
            .iter()
            .enumerate()
            .map(|(i, p)| ViewPriority {
                number: p.number.unwrap_or(u32::try_from(i + 1).unwrap_or(u32::MAX)),
                title: self.t(&p.title),
                description: p.description.as_ref().map(|d| self.rich(d)),
                lead: p.lead.as_ref().map(|r| v.responsibility(r)),
                goal_leads: p.goals.iter().any(|g| g.lead.is_some()),
                goals: p
                    .goals
                    .iter()
                    .map(|g| ViewGoal {
                        text: self.rich(&g.text),
                        lead: g.lead.as_ref().map(|r| v.responsibility(r)),
                        lead_shown: g
                            .lead
                            .as_ref()
                            .or(p.lead.as_ref())
                            .map(|r| v.responsibility(r)),
                        indicators_intro: self.opt(g.indicators_intro.as_ref()),
                        indicators: g.indicators.iter().map(|i| indicator(self, i)).collect(),
                        actions: g
                            .actions
                            .iter()
                            .map(|act| ViewAction {
                                number: act.number,
                                text: self.rich(&act.text),
                                lead: act.lead.as_ref().map(|r| v.responsibility(r)),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect()
    }
}

/// An indicator's text, followed by what its own fields say that the text
/// does not already: the target, the direction, the count out of the
/// municipalities, the scale, the baseline, the unit and the source.
/// Nothing given is left out. The additions go inside the sentence, before
/// its full stop: "… kyselyssä (yksikkö: %)."
fn indicator<'a>(b: &Builder<'a>, i: &'a crate::model::Indicator) -> Rich {
    let l = b.v.locale;
    let plain = b.v.plain(&i.text);
    let mut extra: Vec<String> = Vec::new();
    if let Some(target) = b.v.opt(i.target.as_ref())
        && !plain.contains(target)
    {
        extra.push(l.indicator_target(target));
    }
    if let Some(direction) = i.direction {
        extra.push(l.indicator_direction(direction));
    }
    if let Some(share) = &i.municipalities {
        let share = share.to_string();
        // Which municipalities a share of some of them counts among.
        let among = i.among.as_ref().map(|among| {
            let names: Vec<String> = match among {
                crate::model::Among::Parties(ids) => {
                    b.v.in_party_order(ids.iter().filter_map(|id| b.a.party(id)).collect())
                        .iter()
                        .map(|p| b.t(&p.name))
                        .collect()
                }
                crate::model::Among::MembersOf { members_of } => {
                    b.a.forum(members_of)
                        .map(|f| {
                            b.v.in_party_order(b.a.municipal_members(f))
                                .iter()
                                .map(|p| b.t(&p.name))
                                .collect()
                        })
                        .unwrap_or_default()
                }
            };
            l.join_and(&names)
        });
        if among.is_some() || !plain.contains(&share) {
            extra.push(l.indicator_share(&share, among.as_deref()));
        }
    }
    if let Some([lo, hi]) = i.scale
        && !plain.contains(&format!("{lo}–{hi}"))
        && !plain.contains(&format!("{lo}-{hi}"))
    {
        extra.push(l.indicator_scale(lo, hi));
    }
    let unit = b.v.opt(i.unit.as_ref());
    // A baseline value carries the unit ("lähtötaso 35 % (2025)").
    let value = i.baseline_value.map(|x| match unit {
        Some(unit) => format!("{} {unit}", l.decimal(x)),
        None => l.decimal(x),
    });
    let year = i
        .baseline_year
        .filter(|y| value.is_some() || !plain.contains(&y.to_string()));
    if let Some(baseline) = l.indicator_baseline(year, value.as_deref()) {
        extra.push(baseline);
    }
    if let Some(unit) = unit
        && !plain.contains(unit)
        && i.baseline_value.is_none()
    {
        extra.push(l.indicator_unit(unit));
    }
    if let Some(source) = &i.source {
        extra.push(l.indicator_source(b.v.t(&source.name), source.id.as_deref()));
    }
    let mut spans = b.rich(&i.text);
    if !extra.is_empty() {
        let addition = format!(" ({})", extra.join("; "));
        // Before the sentence's own full stop, if the text ends in one.
        match spans.last_mut() {
            Some(ViewSpan::Text(last) | ViewSpan::Strong(last))
                if last.trim_end().ends_with('.') =>
            {
                let trimmed = last.trim_end().trim_end_matches('.').to_owned();
                *last = trimmed;
                spans.push(ViewSpan::Text(format!("{addition}.")));
            }
            _ => spans.push(ViewSpan::Text(addition)),
        }
    }
    spans
}
