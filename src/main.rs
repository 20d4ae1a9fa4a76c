//! The `sopimus` command-line program: a thin front end over the library.

use std::process::ExitCode;

mod cli;

fn main() -> ExitCode {
    cli::run()
}
