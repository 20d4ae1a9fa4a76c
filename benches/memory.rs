//! Resident memory over many sequential renders of the 2023 example, one
//! field changed each time: `cargo bench -p sopimus-benches --bench memory`. Prints current and
//! peak resident memory (VmRSS, VmHWM from /proc) after 10, 100 and 1 000.

use sopimus::{RenderOptions, Renderer, ValidateOptions, validate};

fn status(field: &str) -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .map(|kib| format!("{:.1} MB", kib.parse::<f64>().unwrap_or(0.0) / 1024.0))
        .unwrap_or_else(|| "n/a".into())
}

fn main() {
    // `cargo bench` passes `--bench`; nothing to parse.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/kanta-hame-2023.toml"
    );
    let base = sopimus::load(path).unwrap().agreement;
    let today = ValidateOptions::with_today(sopimus::Date::from_ymd(2026, 11, 25).unwrap());
    let renderer = Renderer::new();
    println!("| renders | resident (VmRSS) | peak resident (VmHWM) |");
    println!("|---:|---:|---:|");
    for i in 1..=1000 {
        let mut a = base.clone();
        a.parties[0].signatory.as_mut().unwrap().name = format!("Olli Naukkarinen {i}");
        let a = validate(a, &today).unwrap();
        renderer.render(&a, &RenderOptions::default()).unwrap();
        if matches!(i, 10 | 100 | 1000) {
            println!("| {i} | {} | {} |", status("VmRSS:"), status("VmHWM:"));
        }
    }
}
