#!/usr/bin/env bash
# Accessibility of every kind of PDF the program writes, checked by two
# independent readers from PyPI: pdfua (the machine-checkable part of
# PDF/UA-1) must find no error; outloud (PDF/UA-1 plus semantic checks)
# prints every finding, each of which README explains ("Accessibility").
#
# Usage: tools/accessibility.sh [OUT_DIR]   (after `cargo build --release`)
# Installs pdfua and outloud into a virtual environment of its own
# (SOPIMUS_A11Y_VENV, by default target/a11y-venv) unless they are there.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=target/release/sopimus
out="${1:-target/a11y}"
venv="${SOPIMUS_A11Y_VENV:-target/a11y-venv}"
mkdir -p "$out"

if [ ! -x "$venv/bin/pdfua" ] || [ ! -x "$venv/bin/outloud" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet pdfua outloud
fi

echo "== the documents: every example in each language and side by side, and each kind of report"
files=()
for example in examples/*.toml; do
  name="$(basename "$example" .toml)"
  # Measurements and decisions beside an example are not agreements.
  case "$name" in *-seuranta | *.decisions) continue ;; esac
  for language in fi sv; do
    # An example written in one language only refuses the other one.
    if "$bin" render "$example" --language "$language" -o "$out/$name-$language.pdf" >/dev/null 2>&1; then
      files+=("$out/$name-$language.pdf")
    fi
  done
  if "$bin" render "$example" --parallel -o "$out/$name-parallel.pdf" >/dev/null 2>&1; then
    files+=("$out/$name-parallel.pdf")
  fi
done
# The change report (`diff` exits 1: the versions differ), the redline and
# the follow-up report.
"$bin" diff examples/kanta-hame-2023.toml examples/kanta-hame-2026.toml \
  -o "$out/change-report.pdf" >/dev/null || [ $? -eq 1 ]
files+=("$out/change-report.pdf")
"$bin" render examples/kanta-hame-2026.toml --changes-since examples/kanta-hame-2023.toml \
  -o "$out/redline.pdf" >/dev/null
files+=("$out/redline.pdf")
"$bin" follow-up report examples/kanta-hame-2026.toml examples/kanta-hame-2026-seuranta.toml \
  -o "$out/follow-up-report.pdf" >/dev/null
files+=("$out/follow-up-report.pdf")
# Every kind was written: a renamed example would otherwise shrink the list.
[ "${#files[@]}" -ge 9 ] || { echo "only ${#files[@]} documents written" >&2; exit 1; }

echo "== pdfua: no error in any of ${#files[@]} documents"
status=0
"$venv/bin/pdfua" check --min-severity error "${files[@]}" || status=$?
if [ "$status" -ne 0 ]; then
  echo "pdfua found errors (exit $status)" >&2
  exit 1
fi

echo "== outloud: every finding (README, Accessibility, explains each)"
"$venv/bin/outloud" --fail-on never --no-info "${files[@]}"
