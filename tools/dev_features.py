#!/usr/bin/env python3
"""Fails when the tests would rebuild what `cargo run --release` built.

`cargo test` builds the crate's dependencies with the features its
dev-dependencies add; a dependency whose features differ from the normal
build's is compiled again, with everything above it (for a crate typst
shares, minutes of typst). This compares the features of every package of
the normal build (`cargo tree -e normal`) with the same package's features
when the dev-dependencies join (`-e normal,dev`) and lists each difference.

Run from the repository root: `python3 tools/dev_features.py`.
"""
import subprocess
import sys


def features(edges):
    out = subprocess.run(
        ["cargo", "tree", "--locked", "-e", edges, "-f", "{p} {f}", "--prefix", "none"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = {}
    for line in out.splitlines():
        words = [w for w in line.split() if w != "(*)"]
        if len(words) < 2:
            continue
        package = " ".join(words[:2])
        # A path dependency prints its path in parentheses after the version.
        rest = [w for w in words[2:] if not w.startswith("(")]
        found.setdefault(package, set()).update(
            f for f in (rest[-1].split(",") if rest else []) if f
        )
    return found


normal = features("normal")
with_dev = features("normal,dev")
differences = [
    f"{package}: the tests add {', '.join(sorted(with_dev[package] - normal[package]))}"
    for package in sorted(normal)
    if package in with_dev and with_dev[package] != normal[package]
]
if differences:
    print("dev-dependencies change features of crates the normal build shares:")
    print("\n".join(differences))
    sys.exit(1)
print(f"the tests build the {len(normal)} packages of the normal build with the same features")
