//! Limits that keep a mistaken or hostile input from exhausting time or
//! memory; each is far above any real agreement (the largest county has 32
//! parties, the 2026 draft 4 priorities).

/// Parties in one agreement.
pub const PARTIES: usize = 1_000;
/// Forums and working groups.
pub const FORUMS: usize = 500;
/// Sections of prose.
pub const SECTIONS: usize = 200;
/// Blocks (paragraphs, lists …) in one section, tier, follow-up text or
/// annex, items in one list, members of one body, rows of one table.
pub const BLOCKS: usize = 1_000;
/// Priorities.
pub const PRIORITIES: usize = 500;
/// Goals in all priorities together.
pub const GOALS: usize = 2_000;
/// Indicators and actions in all goals together, each.
pub const INDICATORS: usize = 10_000;
/// Interface areas, and annexes after Annex 2, each.
pub const AREAS: usize = 200;
/// Tiers (the levels or columns of the structure), and so the tiers one
/// body spans.
pub const TIERS: usize = 100;
/// Characters in one text field (a 100 KB paragraph is fine).
pub const TEXT_CHARS: usize = 200_000;
/// Characters in a title, heading or name: the agreement's title and short
/// title, the headings of sections, tiers and annexes, subheadings, the
/// names of parties and bodies, priorities' titles and indicators. A title
/// page holds some 1 700 narrow characters of the title (and typst 0.15
/// fails to tag a title that runs onto a second page), and a PDF string
/// (an outline entry, the document's title) at most 32 767 bytes, 16 383
/// characters outside ASCII; the longest in the examples has 266.
pub const HEADING_CHARS: usize = 500;
/// Bytes of a PDF that `sopimus extract` reads (a rendered agreement is
/// some hundreds of kilobytes).
pub const PDF_BYTES: u64 = 256 * 1024 * 1024;
/// Bytes all parts of an XLSX workbook may unpack to together; each part
/// is also read at most once, so sheets that share one part cannot
/// multiply it.
pub const XLSX_UNPACKED_TOTAL_BYTES: u64 = 256 * 1024 * 1024;
/// Characters of cell text an XLSX workbook's cells may take from its
/// shared strings, counted as each reference is read (a short sheet of
/// references to one long string would otherwise expand without bound).
pub const XLSX_SHARED_TEXT_CHARS: u64 = 32 * 1024 * 1024;
/// The largest whole number below which every whole number is held
/// exactly, 2^53 − 1 = 9 007 199 254 740 991 (JavaScript's
/// `MAX_SAFE_INTEGER`): numbers are IEEE 754 doubles, which round
/// 9 007 199 254 740 993 to …992. A measurement written in digits whose
/// whole part is larger, and a target or baseline larger in magnitude, is
/// a finding, not a rounded number.
pub const EXACT_WHOLE_NUMBER: u64 = (1 << 53) - 1;

/// [`EXACT_WHOLE_NUMBER`] as a finding names it.
pub(crate) fn exact_whole_number_shown() -> String {
    format!("{EXACT_WHOLE_NUMBER} (2^53 − 1)")
}

/// Whether `text`, a number written in digits (a sign, spaces between
/// groups, a decimal comma or point, a trailing `%`; no exponent), has a
/// whole part larger than [`EXACT_WHOLE_NUMBER`].
pub(crate) fn whole_part_beyond_exact(text: &str) -> bool {
    let digits: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let digits = digits.trim_start_matches(['+', '-', '\u{2212}']);
    let whole = digits.split(['.', ',']).next().unwrap_or("");
    if whole.is_empty()
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || ".,".contains(c))
    {
        return false;
    }
    let whole = whole.trim_start_matches('0');
    whole.len() > 16 || whole.parse::<u64>().is_ok_and(|n| n > EXACT_WHOLE_NUMBER)
}

/// The bytes of `reader`, or `None` when it holds more than `limit` (one
/// byte over the limit is read to tell): a size-capped read for files,
/// streams and the parts of a spreadsheet.
pub(crate) fn read_at_most(
    reader: impl std::io::Read,
    limit: u64,
) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// The bytes of the file at `path`, or `None` when it holds more than
/// `limit` (one byte over it is read to tell). The file is opened without waiting: a FIFO
/// that no program writes to would make a plain `open` wait for ever, and
/// is an error instead; a FIFO with a writer (`<(…)` in a shell), a device
/// and a regular file are read, up to the limit.
///
/// ```
/// use sopimus::limits::read_file_at_most;
///
/// let path = "tests/data/valid/minimal.toml".as_ref();
/// assert!(read_file_at_most(path, 1 << 20)?.is_some());
/// assert!(read_file_at_most(path, 10)?.is_none(), "more than 10 bytes");
/// # Ok::<(), std::io::Error>(())
/// ```
///
/// # Errors
///
/// The system's error, "it is a directory", or "it is a FIFO that no
/// program writes to".
pub fn read_file_at_most(path: &std::path::Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path)?;
    let kind = file.metadata()?.file_type();
    if kind.is_dir() {
        return Err(std::io::Error::other("it is a directory, not a file"));
    }
    #[cfg(unix)]
    let fifo = {
        use std::os::unix::fs::FileTypeExt;
        set_blocking(&file)?;
        kind.is_fifo()
    };
    #[cfg(not(unix))]
    let fifo = false;
    let bytes = read_at_most(file, limit)?;
    // A FIFO read before any program opened it for writing ends at once.
    if fifo && bytes.as_ref().is_some_and(Vec::is_empty) {
        return Err(std::io::Error::other(
            "it is a FIFO that no program writes to; start its writer first",
        ));
    }
    Ok(bytes)
}

/// Turns `O_NONBLOCK` off again, so that a slow reader or writer is
/// waited for.
#[cfg(unix)]
pub(crate) fn set_blocking(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: `fd` is open while `file` lives; `F_GETFL`/`F_SETFL` only read
    // and set the file status flags.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    // SAFETY: as above.
    if flags < 0 || unsafe { libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}
