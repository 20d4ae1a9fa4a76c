//! The interface areas: each with an id of its own, a name, a municipal
//! and a county contact, the bodies working on it and its description.
//!
//! Codes: `area-id-malformed`, `area-id-duplicate`; the texts' codes and
//! the references' come from [`text`](super::text) and [`refs`](super::refs).

use std::collections::HashMap;

use crate::diagnostic::{Message, Word};

use super::refs::Accepts;
use super::{Checker, root};

impl<'a> Checker<'a> {
    /// Every interface area.
    pub(super) fn interface_areas(&mut self) {
        let a = self.a;
        let mut ids: HashMap<&str, usize> = HashMap::new();
        for (i, area) in a.interface_areas.iter().enumerate() {
            let path = root().key("interface_areas").index(i);
            let id = area.id.as_str();
            if !area.id.is_well_formed() {
                self.error(
                    path.key("id"),
                    Message::AreaIdMalformed { id: id.to_owned() },
                );
            } else if let Some(first) = ids.insert(id, i) {
                self.error(
                    path.key("id"),
                    Message::AreaIdDuplicate {
                        id: id.to_owned(),
                        first,
                    },
                );
            }
            self.required(path.key("name"), &area.name, Word::AreaName);
            self.required(
                path.key("municipal_contact"),
                &area.municipal_contact,
                Word::MunicipalContact,
            );
            self.required(
                path.key("county_contact"),
                &area.county_contact,
                Word::CountyContact,
            );
            for (k, b) in area.bodies.iter().enumerate() {
                self.body_ref(path.key("bodies").index(k), b, Accepts::Anyone);
            }
            if let Some(d) = &area.description {
                self.rich(path.key("description"), d, true);
            }
        }
    }
}
