//! Checked value types: business IDs, references, dates and "X/N" shares.
//!
//! Each type here can only hold a value that passed its check, so code that
//! receives one never has to check it again.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::diagnostic::Message;

/// A Finnish business ID (*y-tunnus*): seven digits, a hyphen and a check digit.
///
/// Parsing accepts the en dash (`–`) and the non-breaking hyphen that source
/// documents often use, and normalises them to an ASCII hyphen. The check
/// digit is verified with the mod-11 rule of the Finnish Tax Administration:
/// the digits are weighted 7, 9, 10, 5, 8, 4, 2; the remainder of the sum by
/// 11 gives the check digit `11 - r` (or 0 when `r` is 0), and a remainder of
/// 1 is never issued.
///
/// ```
/// use sopimus::BusinessId;
/// let id: BusinessId = "3221307–8".parse().unwrap();
/// assert_eq!(id.as_str(), "3221307-8");
/// assert!("3221307-9".parse::<BusinessId>().is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BusinessId(String);

/// Why a string is not a valid [`BusinessId`]. Its text is the finding's
/// English message; the finding's code tells which kind it is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BusinessIdError {
    /// The string is empty (`business-id-empty`).
    Empty,
    /// A character other than a digit or the one hyphen
    /// (`business-id-character`).
    InvalidCharacter(String, char),
    /// No hyphen before the check digit (`business-id-hyphen`).
    MissingHyphen(String),
    /// Wrong number of digits before or after the hyphen
    /// (`business-id-length`).
    WrongLength(String, usize, usize),
    /// The digits give remainder 1, for which no check digit exists
    /// (`business-id-remainder-one`).
    RemainderOne(String),
    /// The check digit does not match (`business-id-check-digit`).
    WrongCheckDigit(String, char, char),
}

impl From<&BusinessIdError> for Message {
    fn from(e: &BusinessIdError) -> Message {
        match e.clone() {
            BusinessIdError::Empty => Message::BusinessIdEmpty {},
            BusinessIdError::InvalidCharacter(id, character) => {
                Message::BusinessIdCharacter { id, character }
            }
            BusinessIdError::MissingHyphen(id) => Message::BusinessIdHyphen { id },
            BusinessIdError::WrongLength(id, before, after) => {
                Message::BusinessIdLength { id, before, after }
            }
            BusinessIdError::RemainderOne(id) => Message::BusinessIdRemainderOne { id },
            BusinessIdError::WrongCheckDigit(id, given, expected) => {
                Message::BusinessIdCheckDigit {
                    id,
                    given,
                    expected,
                }
            }
        }
    }
}

impl fmt::Display for BusinessIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Message::from(self).english())
    }
}

impl std::error::Error for BusinessIdError {}

impl BusinessId {
    /// The normalised form, `NNNNNNN-C`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The business ID whose seven digits are `number` (with leading zeros)
    /// and its mod-11 check digit, e.g. for test data or placeholders.
    /// `None` when `number` has more than seven digits, or when its digits
    /// give remainder 1, for which no business ID is ever issued.
    ///
    /// ```
    /// use sopimus::BusinessId;
    /// assert_eq!(BusinessId::from_number(3221307).unwrap().as_str(), "3221307-8");
    /// assert_eq!(BusinessId::from_number(1).unwrap().as_str(), "0000001-9");
    /// assert!(BusinessId::from_number(10_000_000).is_none());
    /// ```
    pub fn from_number(number: u32) -> Option<BusinessId> {
        if number > 9_999_999 {
            return None;
        }
        let mut digits = [0u8; 7];
        let mut rest = number;
        for slot in digits.iter_mut().rev() {
            *slot = (rest % 10) as u8;
            rest /= 10;
        }
        let check = Self::check_digit(&digits)?;
        Some(BusinessId(format!("{number:07}-{check}")))
    }

    /// Computes the check digit for seven digits, or `None` when the
    /// remainder is 1 and no valid ID with these digits exists.
    fn check_digit(digits: &[u8; 7]) -> Option<u8> {
        const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];
        let sum: u32 = digits
            .iter()
            .zip(WEIGHTS)
            .map(|(d, w)| u32::from(*d) * w)
            .sum();
        match sum % 11 {
            0 => Some(0),
            1 => None,
            r => Some((11 - r) as u8),
        }
    }
}

impl FromStr for BusinessId {
    type Err = BusinessIdError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(BusinessIdError::Empty);
        }
        // Word processors turn the hyphen into an en dash or a non-breaking hyphen.
        let normalised: String = trimmed
            .chars()
            .map(|c| match c {
                '\u{2013}' | '\u{2011}' | '\u{2010}' | '\u{2012}' | '\u{2212}' => '-',
                other => other,
            })
            .collect();
        if let Some(bad) = normalised
            .chars()
            .find(|c| !(c.is_ascii_digit() || *c == '-'))
        {
            return Err(BusinessIdError::InvalidCharacter(trimmed.to_owned(), bad));
        }
        let Some((body, check)) = normalised.split_once('-') else {
            return Err(BusinessIdError::MissingHyphen(trimmed.to_owned()));
        };
        if check.contains('-') {
            return Err(BusinessIdError::InvalidCharacter(trimmed.to_owned(), '-'));
        }
        if body.len() != 7 || check.len() != 1 {
            return Err(BusinessIdError::WrongLength(
                trimmed.to_owned(),
                body.len(),
                check.len(),
            ));
        }
        let mut digits = [0u8; 7];
        for (slot, b) in digits.iter_mut().zip(body.bytes()) {
            *slot = b - b'0';
        }
        let given = check.as_bytes()[0] - b'0';
        match Self::check_digit(&digits) {
            None => Err(BusinessIdError::RemainderOne(trimmed.to_owned())),
            Some(expected) if expected != given => Err(BusinessIdError::WrongCheckDigit(
                trimmed.to_owned(),
                char::from(b'0' + given),
                char::from(b'0' + expected),
            )),
            Some(_) => Ok(BusinessId(normalised)),
        }
    }
}

impl fmt::Display for BusinessId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for BusinessId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// A business ID as written in the input, checked later by validation.
///
/// The model keeps the raw text so that one wrong business ID becomes a
/// validation finding with its path instead of stopping the whole parse.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RawBusinessId(String);

impl From<&str> for RawBusinessId {
    fn from(s: &str) -> Self {
        RawBusinessId(s.to_owned())
    }
}

impl From<String> for RawBusinessId {
    fn from(s: String) -> Self {
        RawBusinessId(s)
    }
}

impl From<BusinessId> for RawBusinessId {
    fn from(id: BusinessId) -> Self {
        RawBusinessId(id.0)
    }
}

impl RawBusinessId {
    /// The ID as written in the input.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Checks the ID; see [`BusinessId`].
    ///
    /// # Errors
    ///
    /// Returns the reason the text is not a valid business ID.
    pub fn parse(&self) -> Result<BusinessId, BusinessIdError> {
        self.0.parse()
    }
}

macro_rules! reference_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// The identifier as written in the input.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// Whether the identifier is a short name of ASCII letters,
            /// digits, `-`, `_` and `.` (at most 64), starting with a letter
            /// or digit: the form validation asks for.
            pub fn is_well_formed(&self) -> bool {
                well_formed_id(&self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(s)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "pattern": ID_PATTERN,
                    "description": "A short identifier: ASCII letters, digits, `-`, `_` and `.`, starting with a letter or digit.",
                })
            }
        }
    };
}

/// The form of every identifier, as a regular expression.
pub const ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

/// Whether `s` is a short identifier: 1–64 characters of ASCII letters,
/// digits, `-`, `_` and `.`, starting with a letter or digit.
pub(crate) fn well_formed_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && s.len() <= 64
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

reference_id!(
    /// The short identifier of a party, used to refer to it elsewhere in the
    /// input (e.g. `forssa`). Validation checks that it is unique and that
    /// every reference resolves.
    PartyId
);
reference_id!(
    /// The short identifier of a forum, working group, network or other body
    /// of the structure (e.g. `kh-hyte`).
    ForumId
);
reference_id!(
    /// The identifier of a party or of a body of the structure, where either
    /// may stand (a responsibility, an appointing body, a member). Parties
    /// and bodies share one namespace, so the id says which it is.
    RefId
);
reference_id!(
    /// The short identifier of an interface area (*yhdyspinta*), e.g.
    /// `tyollisyys`.
    AreaId
);
reference_id!(
    /// The stable identifier of a priority, goal, indicator or action (e.g.
    /// `p1.g2.i1`), by which follow-up data and version comparisons refer to
    /// it. Written in the input, or generated from the item's place when
    /// left out (see [`ValidatedAgreement::items`](crate::ValidatedAgreement::items)).
    ItemId
);

/// What kind of item with an [`ItemId`] it is: a priority, goal, indicator
/// or action ([`Item`](crate::Item)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ItemKind {
    /// A priority.
    Priority,
    /// A goal.
    Goal,
    /// An indicator.
    Indicator,
    /// An action.
    Action,
}

/// A calendar date.
///
/// In TOML write it as a native date (`2023-08-01`) or a string in ISO
/// (`"2023-08-01"`) or Finnish (`"1.8.2023"`) form; it serialises as ISO.
/// The Finnish display form is `1.8.2023`.
///
/// ```
/// use sopimus::Date;
/// let d: Date = "1.8.2023".parse()?;
/// assert_eq!((d.year(), d.month(), d.day()), (2023, 8, 1));
/// assert_eq!(d.to_string(), "2023-08-01");
/// assert_eq!(d.finnish(), "1.8.2023");
/// // The year has four digits: `1.8.23` is not the year 23.
/// assert!("1.8.23".parse::<Date>().is_err());
/// # Ok::<(), sopimus::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(NaiveDate);

/// Why a text is not a [`Date`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", if *.short_year {
    format!("`{}` is not a date: write the year with four digits, as in `2023-08-01` (or `1.8.2023`)", .text)
} else {
    format!("`{}` is not a date; write it as `2023-08-01` (or `1.8.2023`)", .text)
})]
pub struct DateError {
    text: String,
    /// The year is not written with four digits (`1.8.23`).
    short_year: bool,
}

impl Date {
    /// Builds a date from year, month and day, or `None` if there is no such day.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.0.year()
    }

    /// The month, 1–12.
    pub fn month(&self) -> u32 {
        self.0.month()
    }

    /// The day of the month, 1–31.
    pub fn day(&self) -> u32 {
        self.0.day()
    }

    /// The date as chrono's [`NaiveDate`] (re-exported
    /// as [`sopimus::NaiveDate`](crate::NaiveDate)).
    pub fn to_naive(self) -> NaiveDate {
        self.0
    }

    /// Today's date on this machine's clock.
    pub fn today() -> Date {
        Date(chrono::Local::now().date_naive())
    }

    /// The Finnish short form, e.g. `1.8.2023`.
    pub fn finnish(&self) -> String {
        format!("{}.{}.{}", self.0.day(), self.0.month(), self.0.year())
    }
}

impl From<NaiveDate> for Date {
    fn from(date: NaiveDate) -> Date {
        Date(date)
    }
}

impl From<Date> for NaiveDate {
    fn from(date: Date) -> NaiveDate {
        date.0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let error = |short_year| DateError {
            text: s.to_owned(),
            short_year,
        };
        // chrono reads `%Y` from any number of digits: `1.8.23` would be
        // the year 23. A year is written with at least four (years past
        // 9999 and before 0 have a sign and more, as the ISO form writes
        // them, so that every date reads back).
        let four_digits = |y: Option<&str>| {
            y.is_some_and(|y| y.bytes().take_while(u8::is_ascii_digit).count() >= 4)
        };
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
            return if four_digits(unsigned.split('-').next()) {
                Ok(Date(d))
            } else {
                Err(error(true))
            };
        }
        if let Ok(d) = NaiveDate::parse_from_str(s, "%d.%m.%Y") {
            return if four_digits(s.rsplit('.').next()) {
                Ok(Date(d))
            } else {
                Err(error(true))
            };
        }
        Err(error(false))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;

        impl<'de> Visitor<'de> for DateVisitor {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date such as 2023-08-01")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(E::custom)
            }

            // TOML hands its native dates over as a one-entry map.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
                let Some((_key, value)) = map.next_entry::<String, String>()? else {
                    return Err(de::Error::custom("expected a date such as 2023-08-01"));
                };
                if value.contains('T') || value.contains(':') {
                    return Err(de::Error::custom(format!(
                        "`{value}` has a time of day; write a date only, such as 2023-08-01"
                    )));
                }
                value.parse().map_err(de::Error::custom)
            }
        }

        deserializer.deserialize_any(DateVisitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // TOML's own dates (`2023-08-01`) reach a TOML schema checker as
        // strings in ISO form; the Finnish form is accepted too.
        schemars::json_schema!({
            "type": "string",
            "pattern": "^(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})$",
            "description": "A date: 2023-08-01 (a TOML date or an ISO string) or \"1.8.2023\"."
        })
    }
}

/// A count out of municipalities as written in indicators: `X/11` (to be
/// measured) or `11/11` (a target reached by all).
///
/// ```
/// use sopimus::MunicipalityShare;
/// let share: MunicipalityShare = "X/11".parse()?;
/// assert_eq!((share.count(), share.of()), (None, 11));
/// assert_eq!(share.to_string(), "X/11");
/// # Ok::<(), sopimus::ShareError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MunicipalityShare {
    count: Option<u32>,
    of: u32,
}

/// Why a text is not a [`MunicipalityShare`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a share of municipalities; write it as `X/11` or `11/11`")]
pub struct ShareError(String);

impl MunicipalityShare {
    /// A share: `count` municipalities (`None` for the placeholder `X`) out
    /// of `of`.
    pub fn new(count: Option<u32>, of: u32) -> MunicipalityShare {
        MunicipalityShare { count, of }
    }

    /// The count, or `None` for the placeholder `X`.
    pub fn count(&self) -> Option<u32> {
        self.count
    }

    /// The number of municipalities the share is taken of.
    pub fn of(&self) -> u32 {
        self.of
    }
}

impl FromStr for MunicipalityShare {
    type Err = ShareError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ShareError(s.to_owned());
        let (count, of) = s.trim().split_once('/').ok_or_else(err)?;
        let of: u32 = of.trim().parse().map_err(|_| err())?;
        let count = match count.trim() {
            "X" | "x" => None,
            n => Some(n.parse::<u32>().map_err(|_| err())?),
        };
        Ok(MunicipalityShare { count, of })
    }
}

impl fmt::Display for MunicipalityShare {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.count {
            Some(n) => write!(f, "{n}/{}", self.of),
            None => write!(f, "X/{}", self.of),
        }
    }
}

impl Serialize for MunicipalityShare {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for MunicipalityShare {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for MunicipalityShare {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "MunicipalityShare".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^\\s*([Xx]|\\d+)\\s*/\\s*\\d+\\s*$",
            "description": "A count out of municipalities: \"X/11\" (to be measured) or \"11/11\"."
        })
    }
}

/// A Finnish municipality code (*kuntanumero*) of Statistics Finland: three
/// digits, e.g. `398` for Lahti. Statistics are matched to parties by it.
///
/// ```
/// use sopimus::MunicipalityCode;
/// assert_eq!("098".parse::<MunicipalityCode>().unwrap().as_str(), "098");
/// assert!("98".parse::<MunicipalityCode>().is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MunicipalityCode(String);

/// Why a text is not a [`MunicipalityCode`] (`municipality-code-malformed`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MunicipalityCodeError(String);

impl From<&MunicipalityCodeError> for Message {
    fn from(e: &MunicipalityCodeError) -> Message {
        Message::MunicipalityCodeMalformed { code: e.0.clone() }
    }
}

impl fmt::Display for MunicipalityCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Message::from(self).english())
    }
}

impl std::error::Error for MunicipalityCodeError {}

impl MunicipalityCode {
    /// The three digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for MunicipalityCode {
    type Err = MunicipalityCodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if t.len() == 3 && t.bytes().all(|b| b.is_ascii_digit()) {
            Ok(MunicipalityCode(t.to_owned()))
        } else {
            Err(MunicipalityCodeError(s.to_owned()))
        }
    }
}

impl fmt::Display for MunicipalityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for MunicipalityCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}
