// The set-up the `measurements` and `diff_redline` targets share, included
// by each (`include!`): the test helpers and `tests/it/fuzz_inputs.rs`, where
// their logic is, compiled into the target at its root as the tests have
// them (`crate::common`).
#[path = "../../tests/it/common/mod.rs"]
#[allow(dead_code)]
mod common;
#[path = "../../tests/it/fuzz_inputs.rs"]
#[allow(dead_code)]
mod fuzz_inputs;
