//! Annex 1: a card for each body, with its rows of label and value and its
//! tasks.

use serde::Serialize;

use crate::model::{Forum, ForumKind, Layout, Officers};

use super::{Builder, Rich};

#[derive(Serialize)]
pub(crate) struct ViewForum {
    name: String,
    short_name: Option<String>,
    kind: ForumKind,
    first_tier: u32,
    /// Label–value rows for Annex 1, in display order.
    rows: Vec<(String, Rich)>,
    tasks: Vec<Rich>,
}

impl<'a> Builder<'a> {
    /// The cards in the order of the tiers they start in.
    pub(super) fn forums(&self) -> Vec<ViewForum> {
        let mut forums: Vec<&Forum> = self.a.forums.iter().collect();
        forums.sort_by_key(|f| f.tier.first());
        forums.into_iter().map(|f| self.forum(f)).collect()
    }

    fn forum(&self, f: &'a Forum) -> ViewForum {
        ViewForum {
            name: self.t(&f.name),
            short_name: self.opt(f.short_name.as_ref()),
            kind: f.kind,
            first_tier: f.tier.first(),
            rows: self.rows(f),
            tasks: f.tasks.iter().map(|t| self.rich(t)).collect(),
        }
    }

    /// The label–value rows of a card, in display order; a field not given
    /// has no row.
    fn rows(&self, f: &'a Forum) -> Vec<(String, Rich)> {
        let a = self.a;
        let l = self.v.locale;
        let w = self.words();
        let r = &w.row;
        let mut tier_name = self.tier_label(f.tier.first());
        if f.tier.is_span() {
            tier_name = format!("{tier_name} – {}", self.tier_label(f.tier.last()));
        }
        let tier_row = match a.structure.layout {
            Layout::Columns => r.column,
            _ => r.tier,
        };
        let mut rows: Vec<(String, Rich)> = vec![
            (r.kind.into(), Self::plain(l.forum_kind(f.kind))),
            (tier_row.into(), Self::plain(&tier_name)),
        ];
        if f.per_municipality {
            let municipalities: Vec<String> = self
                .v
                .in_party_order(a.municipal_members(f))
                .iter()
                .map(|p| self.t(p.label()))
                .collect();
            let text = l.per_municipality(&municipalities, f.municipalities.is_empty());
            rows.push((r.operates.into(), Self::plain(&text)));
        }
        if let Some(by) = &f.appointed_by {
            rows.push((r.appointed_by.into(), Self::plain(&self.v.body_name(by))));
        }
        if let Some(text) = self.convener(f) {
            rows.push((r.convener.into(), Self::plain(&text)));
        }
        if let Some(freq) = &f.frequency {
            let mut text = l.frequency(freq);
            text.push_str(&self.joint_meetings(f));
            rows.push((r.meetings.into(), Self::plain(&text)));
        }
        if let Some(t) = f.term {
            rows.push((r.term.into(), Self::plain(l.term(t))));
        }
        if !f.members.is_empty() {
            let members: Vec<String> = f.members.iter().map(|m| self.v.member(m)).collect();
            rows.push((r.members.into(), Self::plain(&members.join("\n"))));
        }
        for (label, value) in [
            (r.composition, &f.composition),
            (r.serves, &f.serves),
            (r.prepared_by, &f.prepared_by),
            (r.presented_by, &f.presented_by),
        ] {
            if let Some(v) = value {
                rows.push((label.into(), Self::plain(self.v.t(v))));
            }
        }
        if let Some(o) = &f.officers {
            let text = match o {
                Officers::ElectedAtFirstMeeting => w.officers_elected.to_owned(),
                Officers::Other(text) => self.t(text),
            };
            rows.push((r.officers.into(), Self::plain(&text)));
        }
        if let Some(named) = f.named_representatives {
            let text = match (named, f.kind) {
                (true, _) => w.yes,
                (false, ForumKind::Network) => w.no_open,
                (false, _) => w.no,
            };
            rows.push((r.named_representatives.into(), Self::plain(text)));
        }
        if f.statutory {
            rows.push((r.statutory.into(), Self::plain(w.yes)));
        }
        let named = self.representatives(f);
        if !named.is_empty() {
            rows.push((r.representatives.into(), Self::plain(&named.join("\n"))));
        }
        rows
    }

    /// Who convenes the body; a body in each municipality is convened by
    /// each municipality. `None` when nobody is named.
    fn convener(&self, f: &'a Forum) -> Option<String> {
        let w = self.words();
        match &f.convener {
            Some(c) => {
                let first = c
                    .party
                    .as_ref()
                    .map(|p| self.v.party_name(p.as_str()))
                    .or_else(|| self.opt(c.other.as_ref()));
                let text = self.v.locale.convener(first.as_deref(), c.chair);
                Some(if f.per_municipality {
                    format!("{}; {text}", w.each_municipality_convenes)
                } else {
                    text
                })
            }
            None if f.per_municipality => Some(w.each_municipality_convenes.to_owned()),
            None => None,
        }
    }

    /// The clauses of the joint meetings the body takes part in, to follow
    /// its own frequency.
    fn joint_meetings(&self, f: &'a Forum) -> String {
        let a = self.a;
        let mut text = String::new();
        for j in a.joint_meetings.iter().filter(|j| j.forums.contains(&f.id)) {
            let others: Vec<String> = j
                .forums
                .iter()
                .filter(|id| **id != f.id)
                .filter_map(|id| a.forum(id))
                .map(|f| self.t(f.label()))
                .collect();
            text.push_str(&self.v.locale.joint_meeting(j.at_least_per_year, &others));
        }
        text
    }

    /// The representatives each party has named for this forum, with
    /// their deputies (seed 000: a municipal board names them).
    fn representatives(&self, f: &'a Forum) -> Vec<String> {
        let w = self.words();
        self.a
            .representatives
            .iter()
            .filter(|r| r.forum == f.id)
            .map(|rep| {
                let party = self.v.party_name(rep.party.as_str());
                let mut line = rep.name.clone();
                if let Some(title) = &rep.title {
                    line.push_str(&format!(", {}", self.v.t(title)));
                }
                line.push_str(&format!(" ({party})"));
                if let Some(deputy) = &rep.deputy {
                    line.push_str(&format!("; {} {deputy}", w.deputy));
                }
                line
            })
            .collect()
    }
}
