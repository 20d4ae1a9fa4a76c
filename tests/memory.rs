//! Memory stays flat across 1 000 sequential renders: typst's caches are
//! evicted after each render. A test binary of its own, so that no other
//! test shares the process while resident memory is read.

mod common;

use common::today;
use sopimus::{RenderOptions, Renderer, ValidateOptions, validate};

/// Resident memory of this process in KiB, from `/proc/self/status`.
fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn memory_stays_flat_across_1000_renders() {
    let base = common::valid("tests/data/valid/minimal.toml").into_inner();
    let renderer = Renderer::new();
    let mut at_100 = None;
    for i in 0..1000 {
        // A different agreement each time, so every render adds cache entries.
        let mut a = base.clone();
        a.parties[2].name = format!("Kaupunki {i}");
        let a = validate(a, &ValidateOptions::with_today(today())).unwrap();
        renderer.render(&a, &RenderOptions::default()).unwrap();
        if i == 99 {
            at_100 = rss_kib();
        }
    }
    let (Some(at_100), Some(at_1000)) = (at_100, rss_kib()) else {
        // Without /proc (not Linux) there is nothing to read; the renders
        // above still had to succeed.
        return;
    };
    // Growth from render 100 to render 1 000 stays within a small margin
    // (allocator slack), far below what 900 uncached renders would keep.
    assert!(
        at_1000 <= at_100 + 20 * 1024,
        "resident memory grew from {at_100} KiB after 100 renders to {at_1000} KiB after 1 000"
    );
}
