#!/bin/sh
# CI: the page embedded in the program (src/cli/edit/assets/) is what
# build.sh makes from package-lock.json and src/. Installs the locked
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
if ! diff -r "$assets" "$work/out"; then
  echo "src/cli/edit/assets/ is not what tools/editor/build.sh builds from the lock file;" >&2
  echo "run: (cd tools/editor && npm ci && sh build.sh) and commit the result" >&2
  exit 1
fi
echo "the editor's bundle is what the lock file builds"
