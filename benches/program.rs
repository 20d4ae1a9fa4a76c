//! The `sopimus` program, for the benchmarks that time it as a process.

/// The `sopimus` program that `cargo build --release` writes, next to the
/// benchmark's own directory (`target/release/deps/`). This package cannot
/// build it (a binary of another package), so the README's bench commands
/// build it first.
pub fn program() -> std::path::PathBuf {
    let exe = std::env::current_exe().expect("the benchmark's path");
    let release = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("the benchmark runs from target/release/deps");
    let program = release.join("sopimus");
    assert!(
        program.is_file(),
        "{} is missing; run `cargo build --release` first",
        program.display()
    );
    program
}
