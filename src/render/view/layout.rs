//! The last pass over the view before typst reads it: break opportunities
//! in long runs, no-break spaces and joiners, composed accents.

/// Longest run of characters without a break opportunity that is left
/// alone; real Finnish compounds stay below it and are hyphenated by typst.
const LONGEST_UNBROKEN: usize = 40;
/// Where a longer run may break: every this many characters.
const FORCED_BREAK_EVERY: usize = 12;

/// Prepares every string of the view for layout, in one pass:
///
/// - typst may break runs of text that have no break opportunity of their
///   own (a 5 000-character "word", a long code); without this they run off
///   the page or over the next table cell. A zero-width space, which prints
///   nothing, is inserted every [`FORCED_BREAK_EVERY`] characters of a run
///   longer than [`LONGEST_UNBROKEN`];
/// - a section sign stays on the line of its number;
/// - the hyphen of a suspended compound ("ja -suunnitelma", "kuntoutus
///   -toimiala") stays with the word it belongs to;
/// - a letter and its accents are composed (NFC): a decomposed "e" and
///   acute, as text copied from some systems arrives, would otherwise be
///   two glyphs, and typst maps each of them to the whole sequence in the
///   PDF's text layer, so the letter would read twice (typst issue 8767).
pub(crate) fn adjust_text_for_layout(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) => {
            use unicode_normalization::UnicodeNormalization;
            if !unicode_normalization::is_nfc(s) {
                *s = s.nfc().collect();
            }
            // U+FEFF inside text is the old zero-width no-break space, which
            // some fonts draw with a glyph that PDF/UA forbids ("disallowed
            // codepoint", issue 20): the word joiner is its successor.
            if s.contains('\u{feff}') {
                *s = s.replace('\u{feff}', "\u{2060}");
            }
            if let Some(wrapped) = break_long_runs(s) {
                *s = wrapped;
            }
            if let Some(bound) = bind_section_signs(s) {
                *s = bound;
            }
            if let Some(bound) = bind_leading_hyphens(s) {
                *s = bound;
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(adjust_text_for_layout),
        serde_json::Value::Object(map) => map.values_mut().for_each(adjust_text_for_layout),
        _ => {}
    }
}

fn break_long_runs(s: &str) -> Option<String> {
    let breaks = |c: char| {
        c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2013}' | '/' | '\u{200B}')
    };
    let mut run = 0usize;
    let mut longest = 0usize;
    for c in s.chars() {
        run = if breaks(c) { 0 } else { run + 1 };
        longest = longest.max(run);
    }
    if longest <= LONGEST_UNBROKEN {
        return None;
    }
    let mut out = String::with_capacity(s.len() + s.len() / FORCED_BREAK_EVERY * 3);
    let mut run = 0usize;
    for c in s.chars() {
        if breaks(c) {
            run = 0;
        } else {
            // Never split a letter from the combining marks that follow it.
            if run > 0 && run.is_multiple_of(FORCED_BREAK_EVERY) && !is_combining(c) {
                out.push('\u{200B}');
            }
            run += 1;
        }
        out.push(c);
    }
    Some(out)
}

/// Keeps a section sign on the line of its number ("6 §", "§ 14") with a
/// no-break space, as Finnish typography does; `None` when nothing changes.
fn bind_section_signs(s: &str) -> Option<String> {
    if !s.contains('§') {
        return None;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let digit_then_sign = before.is_some_and(|b| b.is_ascii_digit()) && after == Some('§');
        let sign_then_digit = before == Some('§') && after.is_some_and(|a| a.is_ascii_digit());
        out.push(if c == ' ' && (digit_then_sign || sign_then_digit) {
            '\u{A0}'
        } else {
            c
        });
    }
    Some(out)
}

/// Joins a hyphen that begins a word to that word with a word joiner
/// (U+2060, which prints nothing), so that no line ends in "ja -"; `None`
/// when nothing changes.
fn bind_leading_hyphens(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    let leading = |i: usize| {
        matches!(chars[i], '-' | '\u{2010}')
            && (i == 0 || chars[i - 1].is_whitespace())
            && chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
    };
    if !(0..chars.len()).any(leading) {
        return None;
    }
    let mut out = String::with_capacity(s.len() + 6);
    for (i, &c) in chars.iter().enumerate() {
        out.push(c);
        if leading(i) {
            out.push('\u{2060}');
        }
    }
    Some(out)
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leading_hyphen_stays_with_its_word() {
        assert_eq!(
            bind_leading_hyphens("hyvinvointikertomus ja -suunnitelma").as_deref(),
            Some("hyvinvointikertomus ja -\u{2060}suunnitelma")
        );
        // Hyphens inside words and dashes between words are left alone.
        assert_eq!(bind_leading_hyphens("sote-palvelut - ja muut 1-5"), None);
    }

    #[test]
    fn long_runs_get_break_opportunities_short_ones_do_not() {
        assert_eq!(break_long_runs("luottamushenkilöorganisaatioista"), None);
        let long = "x".repeat(50);
        let wrapped = break_long_runs(&long).unwrap();
        assert_eq!(wrapped.replace('\u{200B}', ""), long);
        assert_eq!(wrapped.matches('\u{200B}').count(), 4);
        // Spaces end a run.
        assert_eq!(
            break_long_runs(&format!("{} {}", "a".repeat(30), "b".repeat(30))),
            None
        );
    }
}
