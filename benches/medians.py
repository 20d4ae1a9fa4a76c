#!/usr/bin/env python3
"""Prints the median of every criterion benchmark as a Markdown table.

Run after `cargo bench -p sopimus-benches --bench render`; reads target/criterion/*/new/.
"""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"
rows = []
for bench in sorted(root.glob("*/new/benchmark.json")):
    meta = json.loads(bench.read_text())
    est = json.loads((bench.parent / "estimates.json").read_text())
    median_ns = est["median"]["point_estimate"]
    lo = est["median"]["confidence_interval"]["lower_bound"]
    hi = est["median"]["confidence_interval"]["upper_bound"]

    def fmt(ns):
        return f"{ns / 1e6:.2f} ms" if ns >= 1e5 else f"{ns / 1e3:.1f} µs"

    rows.append((meta["full_id"], fmt(median_ns), f"{fmt(lo)} – {fmt(hi)}"))
print("| benchmark | median | 95 % interval of the median |")
print("|---|---:|---|")
for name, median, interval in rows:
    print(f"| {name} | {median} | {interval} |")
