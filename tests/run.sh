#!/usr/bin/env bash
# The test command: installs what the tests drive for real (Qt, OpenSSL, SQLite, Xvfb,
# Chromium, LibreOffice, poppler), builds, and runs every test with ctest.
#   tests/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

deploy/install-deps.sh --test
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build-test -j"$(nproc)"
if [[ -f tests/browser/package-lock.json ]]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
ctest --test-dir build-test --output-on-failure --timeout 900 -j2
