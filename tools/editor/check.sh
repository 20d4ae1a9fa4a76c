#!/bin/sh
# CI: the script embedded in the program (src/cli/edit/assets/editor.js,
# with its THIRD-PARTY-LICENSES.txt) is what build.sh makes from
# package-lock.json and src/main.js. Installs the locked
# packages into a copy of this directory (`npm ci`, the npm registry), builds
# there and compares every file; fails on any difference.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
assets="$here/../../src/cli/edit/assets"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -R "$here/package.json" "$here/package-lock.json" "$here/build.sh" "$here/src" "$work/"
(cd "$work" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
sh "$work/build.sh" "$work/out"
status=0
for built in editor.js THIRD-PARTY-LICENSES.txt; do
  cmp -s "$assets/$built" "$work/out/$built" || { echo "differs: $built" >&2; status=1; }
done
if [ "$status" -ne 0 ]; then
  echo "src/cli/edit/assets/ is not what tools/editor/build.sh builds from the lock file;" >&2
  echo "run: (cd tools/editor && npm ci && sh build.sh) and commit the result" >&2
  exit 1
fi
echo "the editor's bundle is what the lock file builds"
