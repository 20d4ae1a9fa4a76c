#!/bin/sh
# Builds the script of the page of `sopimus edit` into
# src/cli/edit/assets/, which the program embeds: the bundle (CodeMirror 6
# and src/main.js, by esbuild) and the licences of every bundled package.
# The page and its styles (index.html, editor.css) are written by hand
# there. Run from anywhere after `npm ci` in this directory; the
# output depends only on package-lock.json and src/, so that CI
# (tools/editor/check.sh) can rebuild it and compare.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../../src/cli/edit/assets}"
mkdir -p "$out"
cd "$here"
./node_modules/.bin/esbuild src/main.js --bundle --minify --format=iife \
  --target=es2020 --legal-comments=none --charset=utf8 --log-level=warning \
  --outfile="$out/editor.js"
# Every package in the bundle, with its licence text, in a fixed order.
node -e '
const fs = require("fs"), path = require("path");
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const names = Object.keys(lock.packages)
  .filter((p) => p.startsWith("node_modules/") && !lock.packages[p].dev)
  .sort();
let text = "Third-party software in editor.js (the page of `sopimus edit`),\n" +
  "bundled by tools/editor/build.sh from the npm registry.\n";
for (const p of names) {
  const meta = lock.packages[p];
  const dir = path.join(__dirname, p);
  const file = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  text += "\n" + "=".repeat(72) + "\n" + p.slice("node_modules/".length) + " " + meta.version +
    " (" + meta.license + ")\n" + "=".repeat(72) + "\n\n" +
    (file ? fs.readFileSync(path.join(dir, file), "utf8").trim() : "(no licence file in the package)") + "\n";
}
fs.writeFileSync(process.argv[1], text);
' "$out/THIRD-PARTY-LICENSES.txt"
