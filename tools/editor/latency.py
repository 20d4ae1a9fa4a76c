#!/usr/bin/env python3
"""Measures `sopimus edit` from the server's side: the time from sending the
editor's text to having the answer (findings, and the pages that changed as
SVG), as the page does after each pause in typing, and the server's memory.

    cargo build --release
    python3 tools/editor/latency.py [--edits 200] [FILE]

Works on a copy of FILE (default examples/kanta-hame-2026.toml). Each edit
types a new word into a paragraph (`--at` another place, e.g.
`--at 'title = "'`: a new text every time, so nothing is answered from a
cache) and sends the hashes of the pages the page already has, so only
changed pages come back. Prints the median and 95th percentile of the round
trip for valid texts (check + pages) and for texts with an error (check
only), the server's own check and layout times, and its resident memory
after the first 10 edits and at the end. The browser's share (decoding and
drawing the SVG) is not included.
"""
import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=os.path.join(ROOT, "examples/kanta-hame-2026.toml"))
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--at", default='paragraph = "Foorumien, ',
                    help="the text after which each edit types (default: in a paragraph)")
    ap.add_argument("--scale", type=float,
                    help="PNG pages at this many pixels a point, as the page asks (default: SVG)")
    ap.add_argument("--program", default=os.path.join(ROOT, "target/release/sopimus"))
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="sopimus-latency-")
    copy = os.path.join(work, os.path.basename(args.file))
    shutil.copy(args.file, copy)
    server = subprocess.Popen([args.program, "edit", copy], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        address = server.stdout.readline().strip()
        rest = address.removeprefix("http://127.0.0.1:")
        port, token = rest.split("/", 1)
        base = "/" + token
        conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)

        def update(text, have):
            started = time.perf_counter()
            scale = f"scale={args.scale}&" if args.scale else ""
            conn.request("POST", f"{base}api/update?{scale}have={','.join(have)}", body=text.encode(),
                         headers={"Content-Type": "text/plain; charset=utf-8"})
            answer = conn.getresponse()
            body = answer.read()
            took = (time.perf_counter() - started) * 1e3
            assert answer.status == 200, body
            return took, len(body), json.loads(body)

        source = open(copy, encoding="utf-8").read()
        marker = args.at
        assert marker in source, f"the file has {marker!r}"
        have = []
        valid_ms, invalid_ms, check_ms, render_ms, sizes, changed = [], [], [], [], [], []
        rss_start = None
        rss_along = []
        for i in range(args.edits):
            text = source.replace(marker, f'{marker}Muutos {i} ', 1)
            took, size, answer = update(text, have)
            if answer.get("pages") is None:
                sys.exit(f"not rendered: {answer.get('findings') or answer.get('render_error')}")
            have = [p["hash"] for p in answer["pages"]]
            if i >= 3:  # the first edits warm the renderer up
                valid_ms.append(took)
                sizes.append(size)
                changed.append(sum(1 for p in answer["pages"] if len(p) > 1))
                check_ms.append(answer["timings"]["check_ms"])
                render_ms.append(answer["timings"]["render_ms"])
            # A text with an error: findings only.
            broken = text.replace('business_id = "', 'business_id = "9', 1)
            took, _, answer = update(broken, have)
            assert answer["valid"] is False
            if i >= 3:
                invalid_ms.append(took)
            if i == 9:
                rss_start = rss_kib(server.pid)
            if (i + 1) in (100, 250, 500) or (i + 1) % 1000 == 0:
                rss_along.append((i + 1, rss_kib(server.pid)))
        rss_end = rss_kib(server.pid)
        pages = len(have)
        with open("/proc/loadavg") as f:
            load = " ".join(f.read().split()[:3])
        print(f"{os.path.relpath(args.file, ROOT)}: {pages} pages, {args.edits} edits after {marker!r} "
              f"(each a valid text, then one with an error), {os.cpu_count()} cores, "
              f"load average {load}")
        print(f"  pages as {'PNG at %s pixels a point' % args.scale if args.scale else 'SVG'}, "
              f"{statistics.median(changed):.0f} of them new in the median answer")
        print(f"  valid text, findings + changed pages: median {statistics.median(valid_ms):.0f} ms, "
              f"95th percentile {pct(valid_ms, 95):.0f} ms "
              f"(server: check {statistics.median(check_ms):.1f} ms, pages {statistics.median(render_ms):.0f} ms; "
              f"answer {statistics.median(sizes) / 1024:.0f} KiB)")
        print(f"  text with an error, findings only: median {statistics.median(invalid_ms):.0f} ms, "
              f"95th percentile {pct(invalid_ms, 95):.0f} ms")
        along = "".join(f", {kib / 1024:.0f} MiB after {n}" for n, kib in rss_along if n < args.edits)
        print(f"  server memory (RSS): {rss_start / 1024:.0f} MiB after 10 edits{along}, "
              f"{rss_end / 1024:.0f} MiB after {args.edits}")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
