//! `sopimus watch`: render again whenever the agreement file changes.
//!
//! The file's modification time and size are polled, which needs no
//! platform notification API and works the same on every file system
//! (network shares included). Editors that save by writing a new file and
//! renaming it over the old one are seen the same way.

use std::path::Path;
use std::time::{Duration, SystemTime};

use sopimus::{Renderer, ValidatedAgreement};

use super::{RenderArgs, ReportFormat, UNREADABLE, load_and_validate, render_and_write};

/// How often the file is looked at.
const POLL: Duration = Duration::from_millis(300);

/// How long a change must rest before the file is read, so that a save in
/// progress is not read half-written.
const SETTLE: Duration = Duration::from_millis(50);

/// What is compared between polls: a change of either means a new version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
}

fn stamp(file: &Path) -> std::io::Result<Stamp> {
    let meta = std::fs::metadata(file)?;
    Ok(Stamp {
        modified: meta.modified().ok(),
        len: meta.len(),
    })
}

fn now() -> String {
    chrono::Local::now().format("%H:%M:%S").to_string()
}

/// Watches `file` until the process is stopped. Returns only when it cannot
/// start: the file does not exist, or the template directory is unusable.
pub fn run(file: &Path, args: &RenderArgs) -> Result<(), u8> {
    if super::is_stdin(file) {
        eprintln!("error: `watch` looks at a file for changes; give the file's name, not `-`");
        return Err(UNREADABLE);
    }
    super::refuse_output_over_input(file, &args.output)?;
    // A mistyped name is an error at once, not a silent wait.
    if let Err(e) = std::fs::metadata(file) {
        eprintln!("error: cannot read `{}`: {e}", file.display());
        return Err(UNREADABLE);
    }
    // The earlier version of a redline is read once; the file watched is
    // the new one.
    let earlier = args.earlier()?;
    let renderer = args.renderer()?;
    eprintln!(
        "watching {} (every {} ms; Ctrl-C to stop)",
        file.display(),
        POLL.as_millis()
    );
    let mut seen: Option<Stamp> = None;
    let mut missing_reported = false;
    loop {
        match stamp(file) {
            Ok(current) if Some(current) != seen => {
                missing_reported = false;
                std::thread::sleep(SETTLE);
                // Still being written: look again at the next poll.
                if stamp(file).ok() == Some(current) {
                    seen = Some(current);
                    once(file, &renderer, earlier.as_ref(), args);
                }
            }
            Ok(_) => {}
            Err(e) => {
                // Reported once, not at every poll; a file that comes back
                // (an editor's save by rename) is rendered again.
                if !missing_reported {
                    eprintln!(
                        "[{}] cannot read `{}`: {e}; waiting for it ({} is left as it was)",
                        now(),
                        file.display(),
                        args.output.display()
                    );
                    missing_reported = true;
                }
                seen = None;
            }
        }
        std::thread::sleep(POLL);
    }
}

/// One round: check, report, render and write, or keep the last good PDF.
fn once(file: &Path, renderer: &Renderer, earlier: Option<&ValidatedAgreement>, args: &RenderArgs) {
    let valid: Option<ValidatedAgreement> =
        load_and_validate(file, ReportFormat::Text, true, None).ok();
    let written = match valid {
        Some(valid) => render_and_write(renderer, file, &valid, earlier, args).ok(),
        None => None,
    };
    match written {
        Some(line) => eprintln!("[{}] {line}", now()),
        None => eprintln!(
            "[{}] not rendered; {} is left as it was",
            now(),
            args.output.display()
        ),
    }
}
