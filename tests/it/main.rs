//! The integration tests, in one binary so that typst is linked once.
//!
//! One module per concern; `common` holds the shared helpers, the PDF text
//! extraction and the synthetic agreements. Fixtures live in `tests/data/`,
//! reviewed snapshots in `tests/it/snapshots/`.

mod common;

mod api;
mod cli;
mod decisions;
mod decisions_draft;
mod diff;
#[cfg(feature = "edit")]
mod edit;
mod export;
mod findings;
mod follow_up;
mod follow_up_report;
mod follow_up_workbook;
mod fuzz_inputs;
mod fuzz_regressions;
mod hostile;
// Issue 20: messages without the program's insides.
mod internals;
mod languages;
mod layers;
mod limits;
// Issue 20: large inputs in linear time.
mod linear;
mod load;
mod locale;
mod model;
mod new;
mod output;
mod pages;
mod properties;
// Issue 22: the public API held against its committed snapshot.
mod public_api;
mod redline;
// Issue 20: footnotes in redlines, generated.
mod redline_footnotes;
// Issue 20: the last cases (statistics rows, 2^53, U+FEFF).
mod render;
mod robust;
mod shapes;
mod templates;
#[cfg(unix)]
mod unix;
mod validation;
