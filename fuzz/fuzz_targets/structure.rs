//! The law of issue 9, **if `check` passes, `render` succeeds**, on
//! agreements built by their structure: the law test's generator
//! (`tests/it/properties.rs`), seeded by the fuzzer's bytes, builds which
//! parties, sections, inserts, tiers, bodies, references, dates, counts and
//! texts an agreement has. Each agreement goes through TOML, validation and,
//! when valid, rendering; a finding without a path, a render error or
//! warning, a text missing from the PDF or a panic is a crash, reported with
//! the agreement as TOML. (The bytes seed the generator rather than make
//! each choice: see `law_from_bytes`.)
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/it/common/mod.rs"]
mod common;
#[path = "../../tests/it/properties.rs"]
// Its tests and their imports are left out here.
#[allow(dead_code, unused_imports)]
mod properties;

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = properties::law_from_bytes(data) {
        panic!("the law broke: {broken}");
    }
});
