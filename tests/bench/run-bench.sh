#!/usr/bin/env bash
# The benchmarks in one command: prints a table where each line is a ratio against a baseline
# measured in the same run on the same machine, and whether the issue's target is met.
#   tests/bench/run-bench.sh [BUILD_DIR] [--ratings N] [--seconds S] [--only PARTS]
#     BUILD_DIR   a Release build (default: build-bench next to the sources); the server, the
#                 kiosk and the bench tool are built there when missing
#     --ratings N ratings behind the indicators (default 10000000; the filled database is
#                 cached in BUILD_DIR/bench-cache)
#     --seconds S length of each wrk run (default 10)
#     --only P    comma-separated subset of: ingest,indicators,kiosk,outbox,logins,dossiers,
#                 province,province-indicators
# Everything runs on loopback; every process started is stopped and the temporary folder
# removed at the end. Installs nothing: a missing tool is named with its Debian package.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sources=$(cd "$here/../.." && pwd)

build=$sources/build-bench
ratings=10000000
seconds=10
only=ingest,indicators,kiosk,outbox,logins,dossiers,province,province-indicators
outbox_count=10000
while [[ $# -gt 0 ]]; do
    case $1 in
    --ratings) ratings=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) build=$(cd "$1" 2>/dev/null && pwd || echo "$1"); shift ;;
    esac
done

# command → Debian package
declare -A packages=(
    [nginx]=nginx [wrk]=wrk [pg_isready]=postgresql [sqlite3]=sqlite3 [chromium]=chromium [curl]=curl [jq]=jq
    [openssl]=openssl [python3]=python3 [cmake]=cmake [ninja]=ninja-build [column]=bsdextrautils
)
missing=()
for command in "${!packages[@]}"; do
    command -v "$command" >/dev/null || missing+=("${packages[$command]}")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "missing Debian packages: ${missing[*]}" >&2
    echo "install them with: sudo apt-get install ${missing[*]}  (or deploy/install-deps.sh --test)" >&2
    exit 2
fi
command -v Xvfb >/dev/null ||
    echo "note: Xvfb (package xvfb) not found: the kiosk starts on the offscreen platform" >&2

targets=()
[[ -x $build/server/hailong-server ]] || targets+=(hailong-server)
[[ -x $build/kiosk/hailong-kiosk ]] || targets+=(hailong-kiosk)
[[ -x $build/tests/bench/hailong-bench-outbox ]] || targets+=(hailong-bench-outbox)
[[ -x $build/tests/bench/hailong-load-kiosks ]] || targets+=(hailong-load-kiosks)
[[ -x $build/tests/faults/hailong-login-flood ]] || targets+=(hailong-login-flood)
if [[ ${#targets[@]} -gt 0 ]]; then
    echo "building ${targets[*]} in $build (Release)" >&2
    [[ -f $build/build.ninja ]] ||
        cmake -S "$sources" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build" -j2 --target "${targets[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/hailong-bench.XXXXXX)
part_pid=
cleanup() {
    if [[ -n $part_pid ]]; then
        kill "$part_pid" 2>/dev/null || true
        wait "$part_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
export work
export XDG_RUNTIME_DIR=$work/xdg
mkdir -m 700 "$XDG_RUNTIME_DIR"

source "$here/bench-common.sh"

# run_part NAME LIMIT_SECONDS SCRIPT ARGS… — a failed or overlong part leaves a row saying so.
run_part() {
    local name=$1 limit=$2
    shift 2
    [[ ,$only, == *",$name,"* ]] || return 0
    echo "== $name" >&2
    timeout --kill-after=10 "$limit" "$@" &
    part_pid=$!
    local status=0
    wait "$part_pid" || status=$?
    part_pid=
    if [[ $status -ne 0 ]]; then
        table_row "$name: did not finish (exit $status, see the log above)" "–" "–" "–" "–" "not met"
    fi
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
run_part ingest 600 "$here/bench-ingest.sh" "$build" "$work" "$seconds"
run_part indicators 3600 "$here/bench-indicators.sh" "$build" "$work" "$ratings"
run_part kiosk 300 "$here/bench-kiosk-start.sh" "$build" "$work"
run_part outbox 600 "$here/bench-outbox.sh" "$build" "$work" "$outbox_count"
run_part logins 300 "$here/bench-logins.sh" "$build" "$work" "$((seconds * 2))"
run_part dossiers 600 "$here/bench-dossiers.sh" "$build" "$work"
run_part province 1800 "$here/bench-province.sh" "$build" "$work" "$((seconds * 6))"
run_part province-indicators 3600 "$here/bench-indicators.sh" "$build" "$work" "$ratings" 100
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "Hài Lòng benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores" \
    "($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1))," \
    "load average $load_before before, $load_after after"
echo "ratio = ours ÷ baseline; higher is better for rates, lower for times and memory"
echo
{
    printf 'measurement\tours\tbaseline\tratio\ttarget\tmet?\n'
    cat "$work/table.tsv" 2>/dev/null || true
} | column -t -s $'\t'
