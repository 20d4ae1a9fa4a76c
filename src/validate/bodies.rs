//! The bodies: forums, working groups and the like, with their ids (of
//! their own, not a party's), the tiers they sit on, conveners, who
//! appoints them, members, meeting frequencies and texts; the joint
//! meetings of several bodies; the representatives named to them.
//!
//! Codes: `forum-id-empty`, `forum-id-malformed`, `forum-id-duplicate`,
//! `forum-id-is-party`, `forum-tier-none-defined`, `forum-tier-unknown`,
//! `forum-not-drawn`, `convener-empty`, `convener-both`,
//! `convener-per-municipality`, `appoints-itself`, `frequency-not-range`,
//! `frequency-too-many`, `joint-meeting-forums`, `joint-meeting-zero`,
//! `joint-meeting-too-many`, `municipalities-without-per-municipality`,
//! `per-municipality-no-municipalities`, `not-a-municipality`,
//! `listed-twice`, `member-twice`, `member-of-itself`, `seats-zero`,
//! `seats-too-many`, `representatives-not-named`; references through
//! [`refs`](super::refs).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::diagnostic::{Message, Word};
use crate::model::{Block, BodyRef, Forum, Frequency, Insert, Officers, TierContent};
use crate::path::FieldPath;

use super::refs::Accepts;
use super::{Checker, root};

impl<'a> Checker<'a> {
    /// Every body, given the tier of each level.
    pub(super) fn forums(&mut self, levels: &BTreeMap<u32, usize>) {
        let a = self.a;
        let party_ids: HashMap<&str, usize> = a
            .parties
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let mut ids: HashMap<&str, usize> = HashMap::new();
        for (i, f) in a.forums.iter().enumerate() {
            let path = root().key("forums").index(i);
            self.forum_id(&path, f, &party_ids, &mut ids, i);
            self.required(path.key("name"), &f.name, Word::ForumName);
            self.neutral(
                path.key("short_name"),
                f.short_name.as_ref(),
                Word::ShortName,
            );
            self.forum_tier(&path, f, levels);
            self.per_municipality(&path, f);
            self.convener(&path, f);
            if let Some(by) = &f.appointed_by {
                self.body_ref(path.key("appointed_by"), by, Accepts::One);
                if let BodyRef::Id(by_id) = by
                    && by_id.as_str() == f.id.as_str()
                {
                    self.error(path.key("appointed_by"), Message::AppointsItself {});
                }
            }
            self.members(&path, f);
            self.frequency(&path, f);
            self.forum_texts(&path, f);
        }
    }

    /// A body's id: written, well formed, its own and not a party's.
    fn forum_id(
        &mut self,
        path: &FieldPath,
        f: &'a Forum,
        party_ids: &HashMap<&str, usize>,
        ids: &mut HashMap<&'a str, usize>,
        i: usize,
    ) {
        let id = f.id.as_str();
        if id.trim().is_empty() {
            self.error(path.key("id"), Message::ForumIdEmpty {});
        } else if !f.id.is_well_formed() {
            self.error(
                path.key("id"),
                Message::ForumIdMalformed { id: id.to_owned() },
            );
        } else if let Some(first) = ids.insert(id, i) {
            self.error(
                path.key("id"),
                Message::ForumIdDuplicate {
                    id: id.to_owned(),
                    first,
                },
            );
        } else if let Some(&party) = party_ids.get(id) {
            self.error(
                path.key("id"),
                Message::ForumIdIsParty {
                    id: id.to_owned(),
                    party,
                },
            );
        }
    }

    /// The tiers a body sits on exist, and the figure draws it there.
    fn forum_tier(&mut self, path: &FieldPath, f: &Forum, levels: &BTreeMap<u32, usize>) {
        let a = self.a;
        // The first few missing levels are enough to name.
        const SHOWN: usize = 5;
        let missing: Vec<u32> = f
            .tier
            .levels()
            .filter(|l| !levels.contains_key(l))
            .take(SHOWN + 1)
            .collect();
        if !missing.is_empty() {
            let known: Vec<String> = levels.keys().map(u32::to_string).collect();
            let mut which = missing
                .iter()
                .take(SHOWN)
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            if missing.len() > SHOWN {
                which.push_str(&format!(" … {}", f.tier.last()));
            }
            self.error(
                path.key("tier"),
                if known.is_empty() {
                    Message::ForumTierNoneDefined {
                        forum: f.name.to_string(),
                        tier: which,
                    }
                } else {
                    Message::ForumTierUnknown {
                        forum: f.name.to_string(),
                        tier: which,
                        known: known.join(", "),
                    }
                },
            );
        }
        if !f.tier.is_span()
            && let Some(t) = a.tiers.iter().find(|t| t.level == f.tier.first())
            && !t.contents.contains(&TierContent::Bodies)
            && a.sections
                .iter()
                .flat_map(|s| &s.blocks)
                .any(|b| matches!(b, Block::Insert(Insert::StructureFigure)))
        {
            self.warning(
                path.key("tier"),
                Message::ForumNotDrawn {
                    forum: f.name.to_string(),
                    tier: t.level,
                    contents: content_words(&t.contents),
                },
            );
        }
    }

    /// Who convenes a body: someone, a party or another body but not both,
    /// and not one party for a body that exists in each municipality.
    fn convener(&mut self, path: &FieldPath, f: &Forum) {
        let a = self.a;
        if let Some(c) = &f.convener {
            let at = path.key("convener");
            if c.party.is_none() && c.other.is_none() && !c.chair {
                self.error(at.clone(), Message::ConvenerEmpty {});
            }
            if c.party.is_some() && c.other.is_some() {
                self.error(at.clone(), Message::ConvenerBoth {});
            }
            if let Some(p) = &c.party {
                if a.party(p).is_none() {
                    let msg = self.unknown_party(p.as_str());
                    self.error(at.key("party"), msg);
                } else if f.per_municipality {
                    self.error(
                        at.key("party"),
                        Message::ConvenerPerMunicipality {
                            forum: f.name.to_string(),
                        },
                    );
                }
            }
            self.optional(at.key("other"), c.other.as_ref(), Word::ConveningBody);
        }
    }

    /// How often a body meets: a range from at least once to at most 366
    /// times.
    fn frequency(&mut self, path: &FieldPath, f: &Forum) {
        if let Some(Frequency::PerYear(c) | Frequency::PerCouncilTerm(c)) = &f.frequency {
            if c.min == 0 || c.min > c.max {
                self.error(
                    path.key("frequency"),
                    Message::FrequencyNotRange {
                        min: c.min,
                        max: c.max,
                    },
                );
            } else if c.max > 366 {
                self.error(
                    path.key("frequency"),
                    Message::FrequencyTooMany { max: c.max },
                );
            }
        }
    }

    /// What a body is for and who it serves, and its tasks.
    fn forum_texts(&mut self, path: &FieldPath, f: &Forum) {
        for (field, value, what) in [
            ("composition", &f.composition, Word::Composition),
            ("serves", &f.serves, Word::Serves),
            ("prepared_by", &f.prepared_by, Word::PreparedBy),
            ("presented_by", &f.presented_by, Word::PresentedBy),
        ] {
            self.optional(path.key(field), value.as_ref(), what);
        }
        if let Some(Officers::Other(text)) = &f.officers {
            self.required(
                path.key("officers").key("other"),
                text,
                Word::OfficersDescription,
            );
        }
        for (j, t) in f.tasks.iter().enumerate() {
            self.rich(path.key("tasks").index(j), t, true);
        }
    }

    /// The joint meetings: of two bodies or more, each known, at least once
    /// and at most 366 times a year.
    pub(super) fn joint_meetings(&mut self) {
        let a = self.a;
        for (i, j) in a.joint_meetings.iter().enumerate() {
            let path = root().key("joint_meetings").index(i);
            if j.forums.len() < 2 {
                self.error(path.key("forums"), Message::JointMeetingForums {});
            }
            for (k, id) in j.forums.iter().enumerate() {
                if a.forum(id).is_none() {
                    let msg = self.unknown_forum(id.as_str());
                    self.error(path.key("forums").index(k), msg);
                }
            }
            if j.at_least_per_year == 0 {
                self.error(path.key("at_least_per_year"), Message::JointMeetingZero {});
            } else if j.at_least_per_year > 366 {
                self.error(
                    path.key("at_least_per_year"),
                    Message::JointMeetingTooMany {
                        count: j.at_least_per_year,
                    },
                );
            }
        }
    }

    /// A body that exists in each municipality: there are municipalities,
    /// and those it lists are municipalities, each once.
    fn per_municipality(&mut self, path: &FieldPath, f: &Forum) {
        let a = self.a;
        if !f.per_municipality && !f.municipalities.is_empty() {
            self.error(
                path.key("municipalities"),
                Message::MunicipalitiesWithoutPerMunicipality {},
            );
        }
        if f.per_municipality && a.municipality_count() == 0 {
            self.error(
                path.key("per_municipality"),
                Message::PerMunicipalityNoMunicipalities {},
            );
        }
        let mut seen = BTreeSet::new();
        for (k, id) in f.municipalities.iter().enumerate() {
            let at = path.key("municipalities").index(k);
            match a.party(id) {
                None => {
                    let msg = self.unknown_party(id.as_str());
                    self.error(at, msg);
                }
                Some(p) if !p.kind.is_municipality() => self.error(
                    at,
                    Message::NotAMunicipality {
                        party: p.name.to_string(),
                    },
                ),
                Some(_) => {
                    if !seen.insert(id.as_str()) {
                        self.error(at, Message::ListedTwice { id: id.to_string() });
                    }
                }
            }
        }
    }

    /// The members of a body: each known, listed once, not the body
    /// itself, with a sensible number of seats.
    fn members(&mut self, path: &FieldPath, f: &Forum) {
        let mut seen: Vec<&BodyRef> = Vec::new();
        for (k, m) in f.members.iter().enumerate() {
            let at = path.key("members").index(k);
            if seen.contains(&&m.who) {
                self.error(at.clone(), Message::MemberTwice {});
            }
            seen.push(&m.who);
            self.body_ref(at.clone(), &m.who, Accepts::Anyone);
            if let BodyRef::Id(id) = &m.who
                && id.as_str() == f.id.as_str()
            {
                self.error(at.clone(), Message::MemberOfItself {});
            }
            match m.seats {
                Some(0) => self.error(at.key("seats"), Message::SeatsZero {}),
                Some(n) if n > 1_000 => {
                    self.error(at.key("seats"), Message::SeatsTooMany { seats: n });
                }
                _ => {}
            }
            self.optional(at.key("role"), m.role.as_ref(), Word::Role);
        }
    }

    /// The representatives named to a body: of a known party, to a known
    /// body whose representatives are named.
    pub(super) fn representatives(&mut self) {
        let a = self.a;
        for (i, r) in a.representatives.iter().enumerate() {
            let path = root().key("representatives").index(i);
            if a.party(&r.party).is_none() {
                let msg = self.unknown_party(r.party.as_str());
                self.error(path.key("party"), msg);
            }
            match a.forum(&r.forum) {
                None => {
                    let msg = self.unknown_forum(r.forum.as_str());
                    self.error(path.key("forum"), msg);
                }
                Some(f) if f.named_representatives == Some(false) => self.error(
                    path.key("forum"),
                    Message::RepresentativesNotNamed {
                        forum: f.name.to_string(),
                    },
                ),
                Some(_) => {}
            }
            self.required(path.key("name"), &r.name, Word::RepresentativeName);
            self.optional(
                path.key("title"),
                r.title.as_ref(),
                Word::RepresentativeTitle,
            );
            self.optional(path.key("deputy"), r.deputy.as_ref(), Word::DeputyName);
        }
    }
}

/// The kinds of content of a tier as words, for messages.
fn content_words(contents: &[TierContent]) -> Vec<Word> {
    contents
        .iter()
        .map(|c| match c {
            TierContent::Bodies => Word::ShowsBodies,
            TierContent::Municipalities => Word::ShowsMunicipalities,
            TierContent::InterfaceAreas => Word::ShowsInterfaceAreas,
        })
        .collect()
}
