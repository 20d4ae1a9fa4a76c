//! A generator of large, valid agreements for tests and benchmarks: the
//! largest county (Pohjois-Pohjanmaa, 30 municipalities, so 32 parties) and
//! a stress size far beyond any real one.

use sopimus::Agreement;

/// How big an agreement to build.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    /// Parties in all: one county, one regional council, the rest municipalities.
    pub parties: usize,
    /// Priorities.
    pub priorities: usize,
    /// Goals per priority.
    pub goals: usize,
    /// Indicators per goal.
    pub indicators: usize,
}

/// Pohjois-Pohjanmaa: 30 municipalities, the county and the regional council.
pub const LARGEST_COUNTY: Size = Size {
    parties: 32,
    priorities: 4,
    goals: 3,
    indicators: 3,
};

/// The stress size: 300 parties, 100 priorities × 2 goals × 3 indicators.
pub const STRESS: Size = Size {
    parties: 300,
    priorities: 100,
    goals: 2,
    indicators: 3,
};

/// A valid business ID for `n`: seven digits and the mod-11 check digit,
/// skipping numbers whose remainder is 1.
pub fn business_id(mut n: u32) -> String {
    const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];
    loop {
        let digits = format!("{:07}", n % 10_000_000);
        let sum: u32 = digits
            .bytes()
            .zip(WEIGHTS)
            .map(|(d, w)| u32::from(d - b'0') * w)
            .sum();
        match sum % 11 {
            1 => n += 1,
            0 => return format!("{digits}-0"),
            r => return format!("{digits}-{}", 11 - r),
        }
    }
}

/// Builds the agreement as TOML text, as a user would write it, and parses it.
pub fn agreement(size: Size) -> Agreement {
    let toml = toml_text(size);
    Agreement::from_toml_str(&toml).unwrap_or_else(|e| panic!("{e}"))
}

/// The agreement of `size` as TOML.
pub fn toml_text(size: Size) -> String {
    let municipalities = size.parties - 2;
    let mut t = String::new();
    t.push_str(
        "[meta]\nkind = \"strategic_cooperation_agreement\"\n\
         title = \"Synteettisen alueen strateginen yhteistyösopimus\"\n\
         short_title = \"Synteettinen sopimus\"\nversion = \"Versio 1\"\n\
         status = \"final\"\ndate = 2025-09-01\n\n",
    );
    for i in 0..size.parties {
        let (id, kind, name) = match i {
            0 => (
                "county".to_owned(),
                "wellbeing_services_county",
                "Synteettinen hyvinvointialue".to_owned(),
            ),
            1 => (
                "region".to_owned(),
                "regional_council",
                "Synteettinen liitto".to_owned(),
            ),
            n => (
                format!("m{n}"),
                if n % 5 == 0 { "city" } else { "municipality" },
                format!("Kunta numero {n}"),
            ),
        };
        t.push_str(&format!(
            "[[parties]]\nid = \"{id}\"\nkind = \"{kind}\"\nname = \"{name}\"\n\
             business_id = \"{}\"\naddress = \"Kunnantie {i}, {:05} Kuntala\"\n\
             signatory = {{ name = \"Allekirjoittaja {i}\", title = \"johtaja {i}\" }}\n\n",
            business_id(1_000_000 + 7919 * i as u32),
            10_000 + i
        ));
    }
    t.push_str(
        "[[sections]]\nheading = \"Tausta ja tarkoitus\"\nblocks = [\n  \
         { paragraph = \"Sopimuksella sovitaan yhteistyöstä ja sen **rakenteista**.\" },\n  \
         { insert = \"structure_figure\" },\n  { insert = \"tiers\" },\n  \
         { insert = \"priorities\" },\n  { insert = \"follow_up\" },\n  \
         { insert = \"validity\" },\n  { insert = \"termination\" },\n]\n\n",
    );
    for level in 1..=4 {
        t.push_str(&format!(
            "[[tiers]]\nlevel = {level}\nname = \"Taso {level}\"\n\n"
        ));
    }
    let forums = 12;
    for f in 0..forums {
        t.push_str(&format!(
            "[[forums]]\nid = \"f{f}\"\nname = \"Foorumi {f}\"\ntier = {}\n\
             convener = {{ party = \"county\" }}\nfrequency = {{ per_year = [2, 4] }}\n\
             composition = \"Sopijaosapuolten edustajat\"\n\
             tasks = [\"Seuraa tavoitteita\", \"Valmistelee yhteiset linjaukset\"]\n\n",
            f % 4 + 1
        ));
    }
    for p in 0..size.priorities {
        t.push_str(&format!(
            "[[priorities]]\nnumber = {}\ntitle = \"Painopiste {}\"\n\
             lead = {{ forums = [\"f{}\"], partners = [\"f{}\"] }}\n\n",
            p + 1,
            p + 1,
            p % forums,
            (p + 1) % forums
        ));
        for g in 0..size.goals {
            t.push_str(&format!(
                "[[priorities.goals]]\ntext = \"Tavoite {}.{}: palvelut toimivat yhdessä\"\nindicators = [\n",
                p + 1,
                g + 1
            ));
            for i in 0..size.indicators {
                let share = (p + g + i) % (municipalities + 1);
                t.push_str(&format!(
                    "  {{ text = \"Mittari {}.{}.{}\", municipalities = \"{share}/{municipalities}\" }},\n",
                    p + 1,
                    g + 1,
                    i + 1
                ));
            }
            t.push_str(&format!(
                "]\nactions = [{{ number = 1, text = \"Toimenpide {}.{}\" }}]\n\n",
                p + 1,
                g + 1
            ));
        }
    }
    t.push_str(
        "[follow_up]\nforums = [\"f0\"]\nwindow = { from_month = 5, to_month = 6 }\n\n\
         [validity]\n\n[termination]\nnotice_months = 12\n\n[signing]\nmode = \"electronic\"\n",
    );
    t
}

/// A new version of `agreement` in which every `every`th text is reworded,
/// for the diff benchmark and its test: counting the parties' names, then
/// the priorities' titles and the goals', indicators' and actions' texts in
/// document order, the texts numbered `every`, 2 × `every` … get the word
/// "uudistettu" inserted after their first word (so each stays similar
/// enough to pair with its old text). Returns the new version, the names
/// changed and the items changed.
#[allow(dead_code)]
pub fn with_texts_changed(agreement: &Agreement, every: usize) -> (Agreement, usize, usize) {
    fn reword(text: &str) -> String {
        match text.split_once(' ') {
            Some((first, rest)) => format!("{first} uudistettu {rest}"),
            None => format!("{text} uudistettu"),
        }
    }
    let mut new = agreement.clone();
    let mut seen = 0usize;
    let mut chosen = || {
        seen += 1;
        seen.is_multiple_of(every)
    };
    let mut names = 0;
    for party in &mut new.parties {
        if chosen() {
            party.name = reword(party.name.as_str()).into();
            names += 1;
        }
    }
    let mut items = 0;
    for priority in &mut new.priorities {
        if chosen() {
            priority.title = reword(priority.title.as_str()).into();
            items += 1;
        }
        for goal in &mut priority.goals {
            if chosen() {
                goal.text = reword(goal.text.as_str()).into();
                items += 1;
            }
            for indicator in &mut goal.indicators {
                if chosen() {
                    indicator.text = reword(indicator.text.as_str()).into();
                    items += 1;
                }
            }
            for action in &mut goal.actions {
                if chosen() {
                    action.text = reword(action.text.as_str()).into();
                    items += 1;
                }
            }
        }
    }
    (new, names, items)
}

/// The follow-up stress case: the largest county (32 parties, 30 of them
/// municipalities) with `priorities` × 2 goals × 3 indicators (a share of
/// municipalities with a target count; a percentage with a direction, a
/// baseline and a numeric target; a number where lower is better, with a
/// baseline), and values for every municipality and the whole area in each
/// of `years` years from 2025. 10 priorities make the 60 indicators of the
/// performance target. (`benches/render.rs` includes this file and does not
/// use it.)
#[allow(dead_code)]
pub fn follow_up_stress(
    priorities: usize,
    years: i32,
) -> (Agreement, sopimus::follow_up::Measurements) {
    use sopimus::follow_up::{Measurement, Measurements, RawValue};
    use sopimus::model::Direction;
    let size = Size {
        parties: 32,
        priorities,
        goals: 2,
        indicators: 3,
    };
    let mut agreement = agreement(size);
    let municipalities: Vec<String> = agreement
        .parties
        .iter()
        .filter(|p| p.kind.is_municipality())
        .map(|p| p.id.to_string())
        .collect();
    let mut measurements = Vec::new();
    for (p, priority) in agreement.priorities.iter_mut().enumerate() {
        for (g, goal) in priority.goals.iter_mut().enumerate() {
            for (i, ind) in goal.indicators.iter_mut().enumerate() {
                let id = format!("p{}.g{}.i{}", p + 1, g + 1, i + 1);
                match i % 3 {
                    1 => {
                        ind.municipalities = None;
                        ind.unit = Some("%".into());
                        ind.direction = Some(Direction::HigherIsBetter);
                        ind.baseline_year = Some(2024);
                        ind.baseline_value = Some(40.0);
                        ind.target = Some("vähintään 60 %".into());
                        ind.target_value = Some(60.0);
                    }
                    2 => {
                        ind.municipalities = None;
                        ind.direction = Some(Direction::LowerIsBetter);
                        ind.baseline_year = Some(2024);
                        ind.baseline_value = Some(120.0);
                    }
                    _ => {}
                }
                let share = i % 3 == 0;
                for year in 2025..2025 + years {
                    let seed = p * 7 + g * 5 + i * 3 + year as usize;
                    let number = |m: usize| match i % 3 {
                        1 => 35.0 + ((seed + m * 11) % 40) as f64 * 0.5,
                        _ => 140.0 - ((seed + m * 13) % 50) as f64,
                    };
                    if !share {
                        let mut m =
                            Measurement::new(id.as_str(), year, RawValue::Number(number(0)));
                        m.source = Some("Synteettinen lähde".into());
                        measurements.push(m);
                    }
                    for (k, m) in municipalities.iter().enumerate() {
                        let value = if share {
                            RawValue::Text(
                                if (seed + k).is_multiple_of(3) {
                                    "ei"
                                } else {
                                    "kyllä"
                                }
                                .into(),
                            )
                        } else {
                            RawValue::Number(number(k + 1))
                        };
                        let mut entry = Measurement::new(id.as_str(), year, value);
                        entry.municipality = Some(m.clone());
                        entry.note = (k == 0 && year == 2025)
                            .then(|| format!("Huomio mittarista {id}").into());
                        measurements.push(entry);
                    }
                }
            }
        }
    }
    (
        agreement,
        Measurements {
            note: Some("Synteettinen kuormitustesti.".into()),
            measurements,
        },
    )
}
