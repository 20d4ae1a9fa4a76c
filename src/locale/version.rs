//! [`Version`]: one language version of an agreement, for the renderer and
//! the exports: its texts in that language, and the names that references
//! (ids, organs, groups) resolve to.

use crate::language::Language;

use super::Locale;

/// One language version of an agreement: its texts in that language and
/// the sentences built from its data, for the renderer and the exports.
#[derive(Clone, Copy)]
pub(crate) struct Version<'a> {
    pub(crate) locale: Locale,
    pub(crate) agreement: &'a crate::Agreement,
    primary: Language,
    /// The language whose alphabetical order lists the parties (with
    /// `party_order = "alphabetical"`): this version's own, or in a
    /// side-by-side document the first column's, so that the signatures
    /// of every column stand in one order.
    order: Language,
}

impl<'a> Version<'a> {
    /// The version of `agreement` in `language` (one of its languages; a
    /// text missing in it falls back to the text `as_str` gives, which
    /// validation rules out for a declared language).
    pub(crate) fn new(agreement: &'a crate::Agreement, language: Language) -> Version<'a> {
        Version {
            locale: Locale::new(language),
            agreement,
            primary: agreement.meta.languages.primary(),
            order: language,
        }
    }

    /// This version with its parties listed in the order of `language`.
    #[cfg(feature = "render")]
    pub(crate) fn party_order_of(self, language: Language) -> Version<'a> {
        Version {
            order: language,
            ..self
        }
    }

    /// The parties in the order this version lists them, each with its
    /// index in the file: as written, or (with `party_order =
    /// "alphabetical"`) the county, the regional council, then the others
    /// by their names in the order's language.
    pub(crate) fn parties(self) -> Vec<(usize, &'a crate::model::Party)> {
        self.parties_in(self.order)
    }

    /// The parties in the order of `language` (see [`Version::parties`]).
    pub(crate) fn parties_in(self, language: Language) -> Vec<(usize, &'a crate::model::Party)> {
        use crate::model::{PartyKind, PartyOrder};
        let a = self.agreement;
        let mut parties: Vec<(usize, &crate::model::Party)> =
            a.parties.iter().enumerate().collect();
        if a.meta.party_order == PartyOrder::Alphabetical {
            let name = |p: &'a crate::model::Party| {
                let text = p.short_name.as_ref().unwrap_or(&p.name);
                text.get(language, self.primary)
                    .unwrap_or_else(|| text.as_str())
            };
            let rank = |p: &crate::model::Party| match p.kind {
                PartyKind::WellbeingServicesCounty => 0,
                PartyKind::RegionalCouncil => 1,
                _ => 2,
            };
            // A stable sort: parties of the same name keep the file's order.
            parties.sort_by_cached_key(|(_, p)| {
                (rank(p), Locale::new(language).collation_key(name(p)))
            });
        }
        parties
    }

    /// Some of the parties in the order this version lists them: as given
    /// with `party_order = "as_written"`, else in this version's order, so
    /// that a list of municipalities in the Finnish version of an
    /// alphabetical agreement runs in Finnish order.
    pub(crate) fn in_party_order(
        self,
        some: Vec<&'a crate::model::Party>,
    ) -> Vec<&'a crate::model::Party> {
        if self.agreement.meta.party_order == crate::model::PartyOrder::AsWritten {
            return some;
        }
        self.parties()
            .into_iter()
            .map(|(_, p)| p)
            .filter(|p| some.iter().any(|q| std::ptr::eq(*q, *p)))
            .collect()
    }

    /// The language.
    pub(crate) fn language(self) -> Language {
        self.locale.language()
    }

    /// A text in this language.
    pub(crate) fn t(self, text: &'a crate::text::Text) -> &'a str {
        text.get(self.language(), self.primary)
            .unwrap_or_else(|| text.as_str())
    }

    /// An optional text in this language.
    pub(crate) fn opt(self, text: Option<&'a crate::text::Text>) -> Option<&'a str> {
        text.map(|t| self.t(t))
    }

    /// A rich text in this language, marks included.
    pub(crate) fn rich(self, text: &'a crate::text::RichText) -> &'a str {
        text.get(self.language(), self.primary)
            .unwrap_or_else(|| text.as_str())
    }

    /// A rich text in this language without marks.
    pub(crate) fn plain(self, text: &'a crate::text::RichText) -> String {
        crate::text::plain_of(self.rich(text))
    }

    /// The cited sections of a statute in this language, e.g. `14 §
    /// (topic)`, with the sign where the agreement puts it; neighbouring
    /// sections without a topic are cited together, `10, 32 ja 50 §`.
    pub(crate) fn provisions(self, statute: &'a crate::model::Statute) -> Vec<String> {
        let sign = self.agreement.meta.section_sign;
        let mut out = Vec::new();
        let mut bare: Vec<String> = Vec::new();
        let flush = |bare: &mut Vec<String>, out: &mut Vec<String>| {
            if !bare.is_empty() {
                let sections = self.locale.join_and(bare);
                out.push(self.locale.provision(&sections, None, sign));
                bare.clear();
            }
        };
        for p in &statute.provisions {
            match self.opt(p.topic.as_ref()) {
                None => bare.push(p.section.trim().to_owned()),
                Some(topic) => {
                    flush(&mut bare, &mut out);
                    out.push(self.locale.provision(p.section.trim(), Some(topic), sign));
                }
            }
        }
        flush(&mut bare, &mut out);
        out
    }

    /// The name of whoever a reference names, in this language.
    pub(crate) fn body_name(self, r: &'a crate::model::BodyRef) -> String {
        use crate::model::{BodyRef, PartyGroup, Resolved};
        let a = self.agreement;
        match r {
            BodyRef::Id(id) => match a.resolve(id) {
                Some(Resolved::Party(p)) => self.t(&p.name).to_owned(),
                Some(Resolved::Forum(f)) => self.t(&f.name).to_owned(),
                _ => id.to_string(),
            },
            BodyRef::Organ { party, organ } => {
                let party = a
                    .party(party)
                    .map_or_else(|| party.to_string(), |p| self.t(&p.name).to_owned());
                self.locale.organ_of(self.t(organ), &party)
            }
            BodyRef::Group(PartyGroup::AllMunicipalities) => {
                self.locale.words().all_municipalities.to_owned()
            }
            BodyRef::Group(PartyGroup::AllParties) => self.locale.words().all_parties.to_owned(),
            BodyRef::Other(name) => self.t(name).to_owned(),
        }
    }

    /// A responsibility in words: its own text, or who leads and who works
    /// with them.
    pub(crate) fn responsibility(self, r: &'a crate::model::Responsibility) -> String {
        if let Some(text) = &r.text {
            return self.t(text).to_owned();
        }
        let names = |refs: &'a [crate::model::BodyRef]| -> String {
            refs.iter()
                .map(|b| self.body_name(b))
                .collect::<Vec<_>>()
                .join(", ")
        };
        self.locale
            .with_partners(&names(&r.responsible), &names(&r.partners))
    }

    /// A member of a body in words.
    pub(crate) fn member(self, m: &'a crate::model::Member) -> String {
        self.locale.member(
            &self.body_name(&m.who),
            m.seats,
            matches!(m.who, crate::model::BodyRef::Group(_)),
            self.opt(m.role.as_ref()),
        )
    }

    /// A party's name by id, in this language (the id when unknown).
    pub(crate) fn party_name(self, id: &str) -> String {
        self.agreement
            .parties
            .iter()
            .find(|p| p.id.as_str() == id)
            .map_or_else(|| id.to_owned(), |p| self.t(&p.name).to_owned())
    }

    /// An annex heading: the agreement's own, or the language's default.
    pub(crate) fn heading(
        self,
        own: Option<&'a crate::text::Text>,
        default: &'static str,
    ) -> String {
        self.opt(own).unwrap_or(default).to_owned()
    }
}
