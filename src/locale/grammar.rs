//! The grammar sentences are built with: number words and counts, months,
//! periods, lists, dates, decimals and cited sections.

use crate::ids::Date;
use crate::language::Language;
use crate::model::{Count, MonthWindow, SectionSign};

use super::{Locale, fi, sv};

impl Locale {
    /// The cardinal number word for 1–999 (`kolmetoista`, `tretton`);
    /// `None` outside that range.
    pub fn number_word(self, n: u32) -> Option<String> {
        match self.language {
            Language::Fi => fi::number_word(n),
            Language::Sv => sv::number_word(n),
        }
    }

    /// A count in words and digits, "kolmetoista (13)"; digits only past 999.
    pub fn amount(self, n: u32) -> String {
        match self.number_word(n) {
            Some(word) => format!("{word} ({n})"),
            None => n.to_string(),
        }
    }

    /// A month window as a sentence needs it: `touko-kesäkuussa` (May–June,
    /// Finnish inessive), `i maj–juni`; `None` for an invalid month.
    pub fn month_window(self, window: MonthWindow) -> Option<String> {
        match self.language {
            Language::Fi => fi::month_window_inessive(window),
            Language::Sv => sv::month_window(window),
        }
    }

    pub(super) fn times(self, count: Count) -> String {
        match self.language {
            Language::Fi => {
                if count.min == count.max {
                    if count.min == 1 {
                        "kerran".to_owned()
                    } else {
                        format!("{} kertaa", count.min)
                    }
                } else {
                    format!("{}–{} kertaa", count.min, count.max)
                }
            }
            Language::Sv => {
                if count.min == count.max {
                    if count.min == 1 {
                        "en gång".to_owned()
                    } else {
                        format!("{} gånger", count.min)
                    }
                } else {
                    format!("{}–{} gånger", count.min, count.max)
                }
            }
        }
    }

    /// A period in months, e.g. `12 kuukautta`, `1 kuukausi`, `12 månader`.
    pub fn months(self, n: u32) -> String {
        match (self.language, n) {
            (Language::Fi, 1) => "1 kuukausi".to_owned(),
            (Language::Fi, n) => format!("{n} kuukautta"),
            (Language::Sv, 1) => "1 månad".to_owned(),
            (Language::Sv, n) => format!("{n} månader"),
        }
    }

    /// Names joined as a list: "A", "A ja B", "A, B ja C" ("och" in Swedish).
    pub fn join_and(self, items: &[String]) -> String {
        let and = match self.language {
            Language::Fi => "ja",
            Language::Sv => "och",
        };
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
        }
    }

    /// The key that sorts names in this language's alphabetical order:
    /// Finnish and Swedish both put å, ä and ö after z (Swedish å before ä,
    /// as Finnish does), read w as v's neighbour, ü as y and accented
    /// letters as their base letter; case and punctuation come last
    /// (`swedish_names_sort_in_swedish_order` in `tests.rs`).
    pub fn collation_key(self, name: &str) -> (Vec<u32>, String) {
        let primary = name
            .chars()
            .flat_map(char::to_lowercase)
            .filter(|c| c.is_alphanumeric())
            .map(|c| match c {
                'å' => u32::from('z') + 1,
                'ä' | 'æ' => u32::from('z') + 2,
                'ö' | 'ø' => u32::from('z') + 3,
                'ü' => u32::from('y'),
                'á' | 'à' | 'â' => u32::from('a'),
                'é' | 'è' | 'ê' | 'ë' => u32::from('e'),
                'í' | 'ì' | 'î' | 'ï' => u32::from('i'),
                'ó' | 'ò' | 'ô' => u32::from('o'),
                'ú' | 'ù' | 'û' => u32::from('u'),
                'š' => u32::from('s'),
                'ž' => u32::from('z'),
                c => u32::from(c),
            })
            .collect();
        // Both languages sort alike; the language is kept for one that would not.
        let _ = self.language;
        (primary, name.to_owned())
    }

    /// A date in the documents' form, `1.8.2023`, the same in both languages.
    pub fn date(self, date: Date) -> String {
        date.finnish()
    }

    /// A decimal number with a comma and without trailing zeros (`12,5`).
    pub fn decimal(self, value: f64) -> String {
        fi::decimal(value)
    }

    /// A cited section of a statute: "14 § (topic)", or "14 §" without a
    /// topic. Finnish puts the sign where the agreement says (`sign`:
    /// "§ 14" in the 2023 Kanta-Häme agreement); Swedish always writes
    /// "14 §".
    pub fn provision(self, section: &str, topic: Option<&str>, sign: SectionSign) -> String {
        let cited = match (self.language, sign) {
            (Language::Fi, SectionSign::Before) => format!("§ {section}"),
            _ => format!("{section} §"),
        };
        match topic {
            Some(topic) => format!("{cited} ({topic})"),
            None => cited,
        }
    }

    /// A minutes section, "§ 123" (the sign before the number in both
    /// languages, as minutes cite their paragraphs).
    pub fn minutes_section(self, section: &str) -> String {
        format!("§ {section}")
    }
}
