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
