#!/usr/bin/env bash
# Builds, tests and packages the VS Code extension (editors/vscode) into
# target/lihaaz-vscode-VERSION.vsix, with the server bundled: target/lihaaz.jar and target/lib/ (so
# run `mvn package` first). --with-runtime also bundles target/runtime, the jlink runtime that
# `mvn package` makes, into a linux-x64 build that needs no Java installed. Needs Node 20+ and npm;
# the packages come from editors/vscode/package-lock.json (npm ci).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ext="$root/editors/vscode"

if ! command -v npm >/dev/null 2>&1; then
  echo "build-vscode: npm is not on the PATH; install Node.js 20 or later with npm (Debian: apt-get install nodejs npm)" >&2
  exit 2
fi
if [ ! -f "$root/target/lihaaz.jar" ] || [ ! -d "$root/target/lib" ]; then
  echo "build-vscode: no target/lihaaz.jar and target/lib/ to bundle; run mvn package first" >&2
  exit 2
fi
runtime=no
if [ "${1:-}" = --with-runtime ]; then
  runtime=yes
  [ -x "$root/target/runtime/bin/java" ] || { echo "build-vscode: no target/runtime; run mvn package first" >&2; exit 2; }
fi

cd "$ext"
npm ci --no-audit --no-fund --loglevel=error
rm -rf out
npm test --silent   # compiles (tsc) and runs test/*.test.ts with node's test runner

# The server, copied in at packaging only (server/ is ignored by git).
rm -rf server
mkdir -p server/lib
cp "$root/target/lihaaz.jar" server/
cp "$root/target/lib/"*.jar server/lib/
cp "$root/LICENSE" LICENSE
version="$(node -p "require('./package.json').version")"
target=()
name="lihaaz-vscode-$version.vsix"
if [ "$runtime" = yes ]; then
  cp -R "$root/target/runtime" server/runtime
  target=(--target linux-x64)
  name="lihaaz-vscode-$version-linux-x64.vsix"
fi
npx vsce package "${target[@]}" --out "$root/target/$name"
echo "build-vscode: wrote target/$name ($(du -h "$root/target/$name" | cut -f1))"
