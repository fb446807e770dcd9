#!/usr/bin/env bash
# Load benchmark: enrols 200 kiosks in a fresh data folder, starts the server on a free
# loopback port with its default limits, and runs hailong-load-kiosks against it.
#   tests/bench/load-kiosks.sh BUILD_DIR [KIOSKS [SECONDS]]
set -euo pipefail
build=${1:?usage: load-kiosks.sh BUILD_DIR [KIOSKS [SECONDS]]}
kiosks=${2:-200}
seconds=${3:-60}
server="$build/server/hailong-server"
load="$build/tests/bench/hailong-load-kiosks"
data=$(mktemp -d)
serve_pid=
cleanup() {
    [[ -n $serve_pid ]] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
    rm -rf "$data"
}
trap cleanup EXIT

"$server" init --data "$data" >/dev/null
"$server" unit add ubnd --kind admin --name "UBND xã" --data "$data" >/dev/null
echo "enrolling $kiosks kiosks"
for i in $(seq 1 "$kiosks"); do
    "$server" kiosk add "k$i" --unit ubnd --counter "$i" --data "$data" |
        sed -n 's/^token: //p' >>"$data/tokens"
done

"$server" serve --data "$data" --listen 127.0.0.1:0 >"$data/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 100); do
    grep -qs 'listening on' "$data/serve.log" && break
    sleep 0.1
done
url=$(sed -n 's/^listening on \(https:[^ ]*\).*/\1/p' "$data/serve.log")
[[ -n $url ]] || { cat "$data/serve.log"; exit 1; }
echo "server at $url, $kiosks kiosks for ${seconds}s"
"$load" "$url/api/v1/ratings" "$data/ca.pem" "$data/tokens" "$seconds"
