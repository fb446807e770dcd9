#!/usr/bin/env bash
# Builds the fuzz targets with clang (libFuzzer + AddressSanitizer + UndefinedBehaviorSanitizer)
# in their own build folder, then runs each for SECONDS seconds on its committed corpus and
# dictionary. Any crash, sanitizer report, leak or timeout fails; the input that caused it is
# kept as BUILD_DIR/crash-<target>-*.
#   tests/fuzz/run-fuzz.sh BUILD_DIR [SECONDS [TARGET…]]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run-fuzz.sh BUILD_DIR [SECONDS [TARGET...]]}
seconds=${2:-20}
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(rating_batch survey_definition period request_head)
cxx=${CXX:-clang++}
[[ $cxx == *clang* ]] || cxx=clang++

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

for target in "${targets[@]}"; do
    # New inputs go to a scratch folder; the committed seeds stay as they are.
    found="$build/found-$target"
    mkdir -p "$found"
    echo "fuzzing $target for ${seconds}s"
    "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -dict="$here/dict/$target.dict" -artifact_prefix="$build/crash-$target-" \
        -print_final_stats=1 "$found" "$here/corpus/$target"
done
