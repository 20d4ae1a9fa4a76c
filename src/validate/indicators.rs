//! The indicators: texts, scale, data source and baseline; the share of
//! municipalities an indicator counts (`2/3`), among whom (`among`), and
//! shares its text writes; the fields only follow-up reads (the kind of
//! value, the numeric target).
//!
//! Codes: `scale-not-range`, `baseline-not-a-number`,
//! `baseline-without-year`, `baseline-year`, `value-kind-scale-without-scale`,
//! `value-kind-share`, `value-kind-not-scale`, `value-kind-percentage-unit`,
//! `target-value-not-a-number`, `target-value-without-words`,
//! `target-value-share`, `target-value-percentage`, `target-value-scale`,
//! `target-value-yes-no`, `among-without-share`, `among-empty`,
//! `among-not-a-municipality`, `among-no-municipal-members`,
//! `share-wrong-total`, `share-wrong-total-among`, `share-count-too-high`,
//! `text-share-differs`, `text-share-among`, `text-share-total`,
//! `listed-twice`; unknown parties and bodies through [`refs`](super::refs).

use std::collections::BTreeSet;

use crate::diagnostic::{Message, Word};
use crate::ids::MunicipalityShare;
use crate::model::{Among, Indicator, ValueKind};
use crate::path::FieldPath;

use super::Checker;

impl<'a> Checker<'a> {
    /// An indicator: its texts, scale, source, baseline, the share of
    /// municipalities it counts and the fields follow-up reads.
    pub(super) fn indicator(&mut self, ipath: &FieldPath, ind: &Indicator) {
        let a = self.a;
        self.rich(ipath.key("text"), &ind.text, true);
        self.optional(ipath.key("target"), ind.target.as_ref(), Word::Target);
        self.neutral(ipath.key("unit"), ind.unit.as_ref(), Word::Unit);
        if let Some([lo, hi]) = ind.scale
            && lo >= hi
        {
            self.error(
                ipath.key("scale"),
                Message::ScaleNotRange { low: lo, high: hi },
            );
        }
        if let Some(source) = &ind.source {
            self.neutral(
                ipath.key("source").key("name"),
                Some(&source.name),
                Word::SourceName,
            );
            self.optional(
                ipath.key("source").key("id"),
                source.id.as_ref(),
                Word::SourceId,
            );
        }
        if let Some(v) = ind.baseline_value
            && !v.is_finite()
        {
            self.error(ipath.key("baseline_value"), Message::BaselineNotANumber {});
        }
        // A number a double cannot hold exactly is not rounded in silence
        // (issue 20).
        for (key, v) in [
            ("baseline_value", ind.baseline_value),
            ("target_value", ind.target_value),
        ] {
            if v.is_some_and(|v| {
                v.is_finite() && v.abs() > crate::limits::EXACT_WHOLE_NUMBER as f64
            }) {
                self.error(
                    ipath.key(key),
                    Message::NumberNotExact {
                        limit: crate::limits::exact_whole_number_shown(),
                    },
                );
            }
        }
        if ind.baseline_value.is_some() && ind.baseline_year.is_none() {
            self.warning(ipath.key("baseline_value"), Message::BaselineWithoutYear {});
        }
        // The municipalities a share counts among.
        let among = ind
            .among
            .as_ref()
            .map(|among| self.among(&ipath.key("among"), among));
        let base = match &among {
            Some(Some(n)) => Some(*n),
            Some(None) => None,
            None => Some(a.municipality_count()),
        };
        if let Some(share) = ind.municipalities {
            if let Some(n) = base {
                self.share(ipath.key("municipalities"), share, n, ind.among.is_some());
            }
        } else if ind.among.is_some() {
            self.warning(ipath.key("among"), Message::AmongWithoutShare {});
        }
        self.text_shares(ipath, ind, base);
        self.follow_up_fields(ipath, ind);
        if let Some(y) = ind.baseline_year {
            let year = a.meta.date.year();
            if !(1900..=year).contains(&y) {
                self.warning(
                    ipath.key("baseline_year"),
                    Message::BaselineYear {
                        year: y,
                        agreement_year: year,
                    },
                );
            }
        }
    }

    /// A share of municipalities written in the indicator's text (`5/11`,
    /// `X/11`) agrees with its share, or with the number of municipalities
    /// it counts among (`base`, when that is known): a warning, since the
    /// text may mean something else.
    fn text_shares(&mut self, ipath: &FieldPath, ind: &Indicator, base: Option<usize>) {
        let plain = ind.text.plain();
        for found in shares_in_text(&plain) {
            let expected = match (ind.municipalities, base) {
                (Some(s), _) => s.of(),
                (None, Some(n)) => u32::try_from(n).unwrap_or(u32::MAX),
                (None, None) => continue,
            };
            if found.share.of() == expected {
                continue;
            }
            let plainly = found.placeholder || mentions_municipalities(&plain);
            if !plainly && ind.municipalities.is_none() {
                continue;
            }
            let share = found.share;
            let message = match ind.municipalities {
                Some(s) => Message::TextShareDiffers {
                    text: share.to_string(),
                    share: s.to_string(),
                },
                None if ind.among.is_some() => Message::TextShareAmong {
                    of: share.of(),
                    text: share.to_string(),
                    count: expected,
                },
                None => Message::TextShareTotal {
                    of: share.of(),
                    text: share.to_string(),
                    count: expected,
                    advice: advise_share(share, expected).to_string(),
                },
            };
            self.warning(ipath.key("text"), message);
        }
    }

    /// The fields only follow-up reads: the kind of value and the numeric
    /// target agree with the scale, the share and the unit.
    fn follow_up_fields(&mut self, ipath: &FieldPath, ind: &Indicator) {
        let at = ipath.key("value_kind");
        if let Some(kind) = ind.value_kind {
            let share = ind.municipalities.is_some();
            match kind {
                ValueKind::Scale if ind.scale.is_none() => {
                    self.error(at, Message::ValueKindScaleWithoutScale {});
                }
                ValueKind::Number | ValueKind::Percentage | ValueKind::Scale if share => {
                    self.error(at, Message::ValueKindShare {});
                }
                k if ind.scale.is_some() && k != ValueKind::Scale && !share => {
                    self.error(at, Message::ValueKindNotScale {});
                }
                ValueKind::Percentage
                    if ind.unit.as_ref().is_some_and(|u| u.as_str().trim() != "%") =>
                {
                    self.error(at, Message::ValueKindPercentageUnit {});
                }
                _ => {}
            }
        }
        let Some(t) = ind.target_value else { return };
        let at = ipath.key("target_value");
        if !t.is_finite() {
            self.error(at, Message::TargetValueNotANumber {});
            return;
        }
        if ind.target.is_none() {
            self.error(at.clone(), Message::TargetValueWithoutWords {});
        }
        match (ind.effective_value_kind(), ind.municipalities) {
            (_, Some(share)) if t.fract() != 0.0 || t < 0.0 || t > f64::from(share.of()) => self
                .error(
                    at,
                    Message::TargetValueShare {
                        of: share.of(),
                        target: crate::locale::fi::decimal(t),
                    },
                ),
            (_, Some(_)) => {}
            (ValueKind::Percentage, None) if !(0.0..=100.0).contains(&t) => self.error(
                at,
                Message::TargetValuePercentage {
                    target: crate::locale::fi::decimal(t),
                },
            ),
            (ValueKind::Scale, None) => {
                if let Some([lo, hi]) = ind.scale
                    && !(f64::from(lo)..=f64::from(hi)).contains(&t)
                {
                    self.error(
                        at,
                        Message::TargetValueScale {
                            target: crate::locale::fi::decimal(t),
                            low: lo,
                            high: hi,
                        },
                    );
                }
            }
            (ValueKind::YesNo | ValueKind::ActionStatus, None) => {
                self.error(at, Message::TargetValueYesNo {});
            }
            _ => {}
        }
    }

    /// Checks `among` and returns how many municipalities it names.
    fn among(&mut self, path: &FieldPath, among: &Among) -> Option<usize> {
        let a = self.a;
        match among {
            Among::Parties(ids) => {
                if ids.is_empty() {
                    self.error(path.clone(), Message::AmongEmpty {});
                    return None;
                }
                let mut ok = true;
                let mut seen = BTreeSet::new();
                for (k, id) in ids.iter().enumerate() {
                    match a.party(id) {
                        None => {
                            let msg = self.unknown_party(id.as_str());
                            self.error(path.index(k), msg);
                            ok = false;
                        }
                        Some(p) if !p.kind.is_municipality() => {
                            self.error(
                                path.index(k),
                                Message::AmongNotAMunicipality {
                                    party: p.name.to_string(),
                                },
                            );
                            ok = false;
                        }
                        Some(_) => {
                            if !seen.insert(id.as_str()) {
                                self.error(
                                    path.index(k),
                                    Message::ListedTwice { id: id.to_string() },
                                );
                                ok = false;
                            }
                        }
                    }
                }
                ok.then_some(seen.len())
            }
            Among::MembersOf { members_of } => match a.forum(members_of) {
                None => {
                    let msg = self.unknown_forum(members_of.as_str());
                    self.error(path.key("members_of"), msg);
                    None
                }
                Some(f) => {
                    let n = a.municipal_members(f).len();
                    if n == 0 {
                        self.error(
                            path.key("members_of"),
                            Message::AmongNoMunicipalMembers {
                                forum: f.name.to_string(),
                            },
                        );
                        return None;
                    }
                    Some(n)
                }
            },
        }
    }

    fn share(
        &mut self,
        path: FieldPath,
        share: MunicipalityShare,
        municipalities: usize,
        among: bool,
    ) {
        let n = u32::try_from(municipalities).unwrap_or(u32::MAX);
        if share.of() != n {
            let (of, count) = (share.of(), n);
            let (share, advice) = (share.to_string(), advise_share(share, n).to_string());
            self.error(
                path,
                if among {
                    Message::ShareWrongTotalAmong {
                        of,
                        share,
                        count,
                        advice,
                    }
                } else {
                    Message::ShareWrongTotal {
                        of,
                        share,
                        count,
                        advice,
                    }
                },
            );
        } else if share.count().is_some_and(|c| c > share.of()) {
            self.error(
                path,
                Message::ShareCountTooHigh {
                    share: share.to_string(),
                },
            );
        }
    }
}

/// The share to write instead of `share` when there are `n`
/// municipalities: all of them stays all of them ("11/11" → "12/12").
fn advise_share(share: MunicipalityShare, n: u32) -> MunicipalityShare {
    match share.count() {
        Some(c) if c == share.of() => MunicipalityShare::new(Some(n), n),
        Some(c) if c <= n => MunicipalityShare::new(Some(c), n),
        _ => MunicipalityShare::new(None, n),
    }
}

/// Whether a text speaks of municipalities, so that an `n/N` in it is
/// plainly a share of them ("kunnista 5/11", "kuntien määrä"). Finnish
/// forms are matched by their stems; `kunto` (condition), `kuntoutus`
/// (rehabilitation) and `kunnes` (until) are not municipalities.
fn mentions_municipalities(text: &str) -> bool {
    const STEMS: [&str; 13] = [
        "kunta",
        "kunnat",
        "kuntien",
        "kuntia",
        "kuntiin",
        "kunnan",
        "kunnas",
        "kunnal",
        "kunnis",
        "kunnil",
        "kaupun",
        "kommun",
        "municipal",
    ];
    text.split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .any(|w| STEMS.iter().any(|s| w.contains(s)))
}

/// A share of municipalities found in text.
struct TextShare {
    share: MunicipalityShare,
    /// Written with the placeholder `X`: plainly a share to be measured.
    placeholder: bool,
}

/// Finds what may be shares of municipalities in indicator text: `X/11`, or
/// `5/11` where the count is at most the total and the total is at most the
/// number of Finnish municipalities. Dates (`1.1.2025`), school years
/// (`2027/2028`), `24/7` and `K/E` do not match.
fn shares_in_text(text: &str) -> Vec<TextShare> {
    const MAX_MUNICIPALITIES: u32 = 400;
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '/' && i > 0 && i + 1 < chars.len() {
            let mut start = i;
            while start > 0 && (chars[start - 1].is_ascii_digit() || chars[start - 1] == 'X') {
                start -= 1;
            }
            let mut end = i + 1;
            while end < chars.len() && chars[end].is_ascii_digit() {
                end += 1;
            }
            let boundary_before = start == 0 || !chars[start - 1].is_alphanumeric();
            let boundary_after = end == chars.len() || !chars[end].is_alphanumeric();
            if start < i && end > i + 1 && boundary_before && boundary_after {
                let s: String = chars[start..end].iter().collect();
                if let Ok(share) = s.parse::<MunicipalityShare>() {
                    let plausible = share.of() >= 2
                        && share.of() <= MAX_MUNICIPALITIES
                        && share.count().is_none_or(|c| c <= share.of());
                    if plausible {
                        found.push(TextShare {
                            share,
                            placeholder: share.count().is_none(),
                        });
                    }
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shares(t: &str) -> Vec<String> {
        shares_in_text(t)
            .iter()
            .map(|s| s.share.to_string())
            .collect()
    }

    #[test]
    fn finds_shares() {
        assert_eq!(shares("kyselyin (X/11) vuosittain"), vec!["X/11"]);
        assert_eq!(shares("aikana (11/11)."), vec!["11/11"]);
        assert!(shares("1.1.2025 ja/tai 2023–2024, K/E").is_empty());
        assert!(shares("viranhaltija/työntekijä").is_empty());
        // Not shares of municipalities: a service hours pattern, a school year.
        assert!(shares("kriisipalvelu (24/7)").is_empty());
        assert!(shares("lukuvuonna 2027/2028").is_empty());
    }

    #[test]
    fn advice_keeps_all_as_all() {
        let s = |t: &str| t.parse::<MunicipalityShare>().unwrap();
        assert_eq!(advise_share(s("11/11"), 12).to_string(), "12/12");
        assert_eq!(advise_share(s("X/11"), 12).to_string(), "X/12");
        assert_eq!(advise_share(s("5/11"), 12).to_string(), "5/12");
        assert_eq!(advise_share(s("9/11"), 8).to_string(), "X/8");
    }

    #[test]
    fn municipality_words() {
        assert!(mentions_municipalities("kunnista 5/11 on tehnyt"));
        assert!(mentions_municipalities("Kuntien määrä"));
        assert!(!mentions_municipalities("kriisipalvelu ympäri vuorokauden"));
        assert!(!mentions_municipalities(
            "kuntoutus alkaa kunnes kunto paranee"
        ));
    }
}
