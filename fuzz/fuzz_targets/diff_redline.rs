//! The diff and the redline (issue 20): the bytes are two texts split at
//! the first `|`. The word diff spells both; when both make a valid
//! agreement as a paragraph, the diff is worded and the redline renders
//! without an error or a warning; no panic. The logic is
//! `diff_redline_from_bytes` in `tests/it/fuzz_inputs.rs`, which `cargo
//! test --release` runs on fixed bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("fuzz_inputs_set_up.rs");

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = fuzz_inputs::diff_redline_from_bytes(data) {
        panic!("diff and redline: {broken}");
    }
});
