#!/usr/bin/env bash
# Measurement 5: kiosks' rating latency while 64 clients, each on its own loopback address, flood
# the staff login with random names, against the same kiosks on the same server with nobody
# logging in. Password checks run beside the serving thread, failures are throttled per address
# and the check queue is bounded, so kiosks should not notice the flood.
#   bench-logins.sh BUILD_DIR WORK_DIR SECONDS
set -euo pipefail
build=$1
work=$2
seconds=$3
here=$(cd "$(dirname "$0")" && pwd)
source "$here/bench-common.sh"

load=$build/tests/bench/hailong-load-kiosks
flood=$build/tests/faults/hailong-login-flood
kiosks=10
data=$work/logins-server
mkdir -p "$data"
flood_pid=
cleanup() {
    if [[ -n $flood_pid ]]; then
        kill "$flood_pid" 2>/dev/null || true
        wait "$flood_pid" 2>/dev/null || true
    fi
    stop_server
}
trap cleanup EXIT

"$(server_bin)" init --data "$data" >"$data/init.log"
"$(server_bin)" unit add ubnd --kind admin --name "UBND xã" --data "$data" >/dev/null
for i in $(seq 1 "$kiosks"); do
    "$(server_bin)" kiosk add "k$i" --unit ubnd --counter "$i" --data "$data" |
        sed -n 's/^token: //p' >>"$data/tokens"
done
start_server "$data"

# latency_run LABEL → "p50 p99 max" of the kiosks' POSTs over $seconds.
latency_run() {
    local out
    out=$("$load" "$serve_url/api/v1/ratings" "$data/ca.pem" "$data/tokens" "$seconds")
    echo "  $1: $(tr '\n' ' ' <<<"$out" | tr -s ' ')" >&2
    awk '/^latency p50/ { p50 = $3 } /^latency p99/ { p99 = $3 } /^latency max/ { max = $3 }
         END { print p50, p99, max }' <<<"$out"
}

read -r base_p50 base_p99 base_max < <(latency_run "no flood")
"$flood" "$serve_url" "$data/ca.pem" 64 $((seconds + 5)) >"$work/logins-flood.out" &
flood_pid=$!
sleep 2
read -r ours_p50 ours_p99 ours_max < <(latency_run "login flood")
wait "$flood_pid" || true
flood_pid=
echo "  flood answers: $(tr '\n' ' ' <"$work/logins-flood.out")" >&2

table_row "5. kiosk rating latency p50 / p99 (ms), 64 clients flooding the login vs none" \
    "$ours_p50 / $ours_p99" "$base_p50 / $base_p99" "$(ratio "$ours_p99" "$base_p99")" "–" "–"
table_row "5. slowest kiosk rating during the login flood (ms) vs none" \
    "$ours_max" "$base_max" "$(ratio "$ours_max" "$base_max")" "< 1000 ms" \
    "$(judge "$ours_max < 1000")"
