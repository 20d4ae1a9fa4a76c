//! Measurement inputs (issue 20): the first byte picks TOML, CSV or the
//! rows of a collection workbook's sheet (XLSX), the rest is the input.
//! Reading and checking never panic; a refusal and every finding say
//! something without the program's insides. The logic is
//! `measurements_from_bytes` in `tests/it/fuzz_inputs.rs`, which `cargo
//! test --release` runs on fixed bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("fuzz_inputs_set_up.rs");

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = fuzz_inputs::measurements_from_bytes(data) {
        panic!("measurements: {broken}");
    }
});
