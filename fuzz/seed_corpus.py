#!/usr/bin/env python3
"""Writes the seed corpora of the `measurements`, `diff_redline` and
`parse_validate` targets from the test fixtures and examples, into
fuzz/corpus/<target>/ (not committed). Seeds of the first two longer than
4096 bytes (the `-max_len` the README gives them) are left out.

Run from the crate root: `python3 fuzz/seed_corpus.py`.

measurements: each fixture under tests/data/follow-up/ behind the byte that
picks its form (0 TOML, 1 CSV), and rows of the collection workbook's sheet
(2) that name the fixture agreement's indicators by the workbook's shared
strings. diff_redline: the paragraphs of tests/data/diff/base.toml paired
with those of each diff fixture that differ from them, and the first
paragraphs of the 2023 and 2026 Kanta-Häme examples paired by their place,
as `old|new`. parse_validate: the examples and the valid and invalid
fixtures as TOML, and the valid ones as JSON.
"""

import hashlib
import json
import pathlib
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
MAX_LEN = 4096


def write(target, data, max_len=MAX_LEN):
    if max_len is not None and len(data) > max_len:
        return
    out = ROOT / "fuzz" / "corpus" / target
    out.mkdir(parents=True, exist_ok=True)
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)


def measurements():
    for path in sorted((ROOT / "tests/data/follow-up").rglob("*")):
        if path.suffix == ".toml" and path.name != "agreement.toml":
            write("measurements", b"\0" + path.read_bytes())
        elif path.suffix == ".csv":
            write("measurements", b"\1" + path.read_bytes())
    # Rows 2.. of the sheet `Mittarit`: id, municipality, its number, year,
    # value (shared strings 12.. are the workbook's for the fixture).
    def row(r, ident, municipality, number, value, typed=""):
        cells = [f'<c r="A{r}" t="s"><v>{ident}</v></c>']
        cells.append(f'<c r="B{r}" t="s"><v>{municipality}</v></c>')
        if number is not None:
            cells.append(f'<c r="C{r}" t="s"><v>{number}</v></c>')
        cells.append(f'<c r="D{r}"><v>2025</v></c>')
        cells.append(f'<c r="E{r}"{typed}>{value}</c>')
        return f'<row r="{r}">{"".join(cells)}</row>'

    write("measurements", b"\2" + "".join([
        row(2, 12, 13, 14, "<is><t>kyllä</t></is>", ' t="inlineStr"'),
        row(3, 12, 17, 18, "<is><t>ei</t></is>", ' t="inlineStr"'),
        row(4, 21, 22, None, "<v>4</v>"),
        row(5, 26, 22, None, "<v>11.5</v>"),
        row(6, 29, 22, None, "<v>40</v>"),
    ]).encode())
    write("measurements", b"\2" + row(2, 29, 22, None, "<f>1+1</f><v>2</v>").encode())


def paragraphs(value):
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "paragraph" and isinstance(inner, str):
                yield inner
            else:
                yield from paragraphs(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from paragraphs(inner)


def diff_redline():
    diff = ROOT / "tests/data/diff"
    base = list(paragraphs(tomllib.loads((diff / "base.toml").read_text())))
    for path in sorted(diff.glob("*.toml")):
        other = list(paragraphs(tomllib.loads(path.read_text())))
        for old, new in zip(base, other):
            if old != new:
                write("diff_redline", f"{old}|{new}".encode())
    for old, new in zip(base, base[1:]):
        write("diff_redline", f"{old}|{new}".encode())
    # The two Kanta-Häme agreements' paragraphs, by their place.
    examples = ROOT / "examples"
    old, new = (
        list(paragraphs(tomllib.loads((examples / f"kanta-hame-{year}.toml").read_text())))
        for year in (2023, 2026)
    )
    for old, new in list(zip(old, new))[:20]:
        write("diff_redline", f"{old}|{new}".encode())


def parse_validate():
    sources = [*(ROOT / "examples").glob("*.toml")]
    for folder in ("valid", "invalid"):
        sources += (ROOT / "tests/data" / folder).glob("*.toml")
    for path in sorted(sources):
        data = path.read_bytes()
        write("parse_validate", data, max_len=None)
        # The valid ones as JSON too (a text that opens with `{`).
        if path.parent.name != "invalid":
            value = tomllib.loads(data.decode())
            text = json.dumps(value, ensure_ascii=False, default=str)
            write("parse_validate", text.encode(), max_len=None)


measurements()
diff_redline()
parse_validate()
