#!/usr/bin/env bash
# The test command: installs what the tests drive for real (Qt, OpenSSL, SQLite, PostgreSQL,
# Xvfb, Chromium, LibreOffice, poppler, clang for the fuzzers), builds, and runs every test
# with ctest — once on a normal build, then again on a build with AddressSanitizer and
# UndefinedBehaviorSanitizer.
#   tests/run.sh                      both passes
#   HAILONG_SANITIZE_PASS=0 tests/run.sh   the normal pass only (quicker, for local work)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

deploy/install-deps.sh --test
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 0700 "$XDG_RUNTIME_DIR"

# Optimised (-O2) without debug information: this pass never reads it, and it is about a fifth
# of the build. The sanitizer pass keeps it for its reports.
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG"
cmake --build build-test -j"$jobs"
ctest --test-dir build-test --output-on-failure --timeout 900 -j2

if [[ ${HAILONG_SANITIZE_PASS:-1} != 0 ]]; then
  # Full debug information: GCC 12 crashes compiling against a precompiled header made with -g1.
  cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHAILONG_SANITIZE=ON
  cmake --build build-sanitize -j"$jobs"
  # Leak checking is off: Qt, fontconfig and OpenSSL keep process-lifetime allocations that
  # LeakSanitizer reports at exit. Memory errors and undefined behaviour abort the test;
  # tests/asan-suppressions.txt names the one library call excused, and why.
  # The fuzzers already run sanitized in their own clang build, and the package test
  # installs the normal build's .debs into a Debian root: neither is run twice. Nor are the
  # browser suites (the server routes they drive are the API suites', which run here) and the
  # province load (a measure of two servers under 300 kiosks; the two-server suites that check
  # the same paths, postgres_concurrency among them, run here): they are the normal pass's.
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1:suppressions=$PWD/tests/asan-suppressions.txt \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-sanitize --output-on-failure --timeout 1800 -j2 \
      -E '^fuzz_|_browser$|^integration_province_load' -LE packages
fi
