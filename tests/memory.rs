//! Memory stays flat across 1 000 sequential renders: typst's caches are
//! evicted after each render. A test binary of its own (the others share
//! `tests/it/`), so that no other test shares the process while resident
//! memory is read.

// Resident memory is read from `/proc`, which Linux has.
#![cfg(target_os = "linux")]

#[path = "it/common/mod.rs"]
mod common;

use common::today;
use sopimus::{RenderOptions, Renderer, ValidateOptions, validate};

/// Resident memory of this process in KiB, from `/proc/self/status`.
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("Linux has /proc/self/status");
    let line = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .expect("/proc/self/status has a VmRSS line");
    line.split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("VmRSS is a number of KiB")
}

#[test]
fn memory_stays_flat_across_1000_renders() {
    let base = common::valid("tests/data/valid/minimal.toml").into_inner();
    let renderer = Renderer::new();
    let mut at_100 = 0;
    for i in 0..1000 {
        // A different agreement each time, so every render adds cache entries.
        let mut a = base.clone();
        a.parties[2].name = format!("Kaupunki {i}").into();
        let a = validate(a, &ValidateOptions::with_today(today())).unwrap();
        renderer.render(&a, &RenderOptions::default()).unwrap();
        if i == 99 {
            at_100 = rss_kib();
        }
    }
    let at_1000 = rss_kib();
    // Growth from render 100 to render 1 000 stays within a small margin
    // (allocator slack), far below what 900 uncached renders would keep.
    assert!(
        at_1000 <= at_100 + 20 * 1024,
        "resident memory grew from {at_100} KiB after 100 renders to {at_1000} KiB after 1 000"
    );
}
