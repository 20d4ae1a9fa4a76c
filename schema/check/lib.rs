//! Nothing here: the package's tests are in `tests/schema.rs`.
