#!/usr/bin/env bash
# Measurement 7: a province on one PostgreSQL database. 300 kiosks rating every 1–2 s (the
# load-kiosks tool) as one centre on one `serve`, then as 100 centres × 3 kiosks on two `serve`
# processes sharing the database; ratings/s and p99 of the province against the single centre,
# measured in the same run on the same PostgreSQL.
#   bench-province.sh BUILD_DIR WORK_DIR SECONDS
set -euo pipefail
build=$1
work=$2
seconds=$3
here=$(cd "$(dirname "$0")" && pwd)
source "$here/bench-common.sh"

load_tool=$build/tests/bench/hailong-load-kiosks
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
[[ -x $pg_bin/initdb ]] || { echo "PostgreSQL is not installed (package postgresql)" >&2; exit 2; }
# PostgreSQL refuses to run as root; the cluster then belongs to the postgres user.
as_owner=()
[[ $(id -u) -eq 0 ]] && as_owner=(runuser -u postgres --)

cluster=$work/province-pg
pg_pid=
second_pid=
cleanup() {
    stop_server
    [[ -n $second_pid ]] && { kill "$second_pid" 2>/dev/null || true; wait "$second_pid" 2>/dev/null || true; }
    [[ -n $pg_pid ]] && { kill "$pg_pid" 2>/dev/null || true; wait "$pg_pid" 2>/dev/null || true; }
}
trap cleanup EXIT

mkdir -p "$cluster"
[[ ${#as_owner[@]} -gt 0 ]] && chown postgres: "$cluster"
"${as_owner[@]}" "$pg_bin/initdb" -D "$cluster/data" -U hailong --auth=trust -E UTF8 --locale=C \
    --no-sync >/dev/null
pg_port=$(free_port)
# The server's own durability (synchronous_commit on, fsync on): what a province would run.
"${as_owner[@]}" "$pg_bin/postgres" -D "$cluster/data" -p "$pg_port" -k "$cluster" \
    -c listen_addresses=127.0.0.1 -c max_connections=100 >"$work/province-pg.log" 2>&1 &
pg_pid=$!
for _ in $(seq 1 100); do
    "$pg_bin/pg_isready" -q -h "$cluster" -p "$pg_port" && break
    sleep 0.1
done

# make_province DATA DATABASE CENTRES KIOSKS_PER_CENTRE → tokens in DATA/tokens-<c % 2>: even
# centres' kiosks for the first process, odd centres' for the second.
make_province() {
    local data=$1 database=$2 centres=$3 per_centre=$4
    "$pg_bin/createdb" -h "$cluster" -p "$pg_port" -U hailong "$database"
    "$(server_bin)" init --data "$data" --centre xa-000 \
        --db "postgresql://hailong@127.0.0.1:$pg_port/$database" >"$data/init.log"
    : >"$data/tokens-0"
    : >"$data/tokens-1"
    local c k
    for ((c = 0; c < centres; c++)); do
        local centre unit
        centre=$(printf 'xa-%03d' "$c")
        unit=$(printf 'ubnd-%03d' "$c")
        [[ $c -gt 0 ]] && "$(server_bin)" centre add "$centre" --name "Xã số $c" --data "$data" >/dev/null
        "$(server_bin)" unit add "$unit" --kind admin --name "UBND xã số $c" --centre "$centre" \
            --data "$data" >/dev/null
        for ((k = 1; k <= per_centre; k++)); do
            "$(server_bin)" kiosk add "k-$c-$k" --unit "$unit" --counter "$k" --data "$data" |
                sed -n 's/^token: //p' >>"$data/tokens-$((c % 2))"
        done
    done
}

# field NAME OUTPUT → the number after NAME in load-kiosks' summary.
field() { sed -n "s/^$1 *\([0-9.]*\).*/\1/p" <<<"$2"; }

echo "  enrolling 300 kiosks in one centre, then 100 centres × 3 kiosks (PostgreSQL)" >&2
single=$work/province-single
province=$work/province-hundred
mkdir -p "$single" "$province"
make_province "$single" single 1 300
cat "$single/tokens-0" >"$single/tokens"
make_province "$province" province 100 3

start_server "$single"
single_out=$("$load_tool" "$serve_url/api/v1/ratings" "$single/ca.pem" "$single/tokens" "$seconds")
echo "$single_out" >&2
stop_server

start_server "$province"
first_url=$serve_url
second_log=$province/serve-2.log
"$(server_bin)" serve --data "$province" --listen 127.0.0.1:0 >"$second_log" 2>&1 &
second_pid=$!
second_url=
for _ in $(seq 1 600); do
    second_url=$(sed -n 's/^listening on \(https:[^ ]*\).*/\1/p' "$second_log")
    [[ -n $second_url ]] && break
    sleep 0.1
done
[[ -n $second_url ]] || { cat "$second_log" >&2; exit 1; }
"$load_tool" "$first_url/api/v1/ratings" "$province/ca.pem" "$province/tokens-0" "$seconds" \
    >"$work/province-0.out" &
first_load=$!
"$load_tool" "$second_url/api/v1/ratings" "$province/ca.pem" "$province/tokens-1" "$seconds" \
    >"$work/province-1.out"
wait "$first_load"
cat "$work/province-0.out" "$work/province-1.out" >&2
province_rate=$(awk '/^throughput/ { s += $2 } END { printf "%.1f", s }' \
    "$work/province-0.out" "$work/province-1.out")
province_p99=$(awk '/^latency p99/ { if ($3 > m) m = $3 } END { printf "%.1f", m }' \
    "$work/province-0.out" "$work/province-1.out")
province_errors=$(awk '/^errors/ { s += $2 } END { print s + 0 }' \
    "$work/province-0.out" "$work/province-1.out")
single_rate=$(field throughput "$single_out")
single_p99=$(field "latency p99" "$single_out")
echo "  errors: single centre $(field errors "$single_out"), province $province_errors" >&2

table_row "7. province load, 2 serve × 100 centres × 3 kiosks (ratings/s) vs 1 serve, 1 centre × 300" \
    "$province_rate" "$single_rate" "$(ratio "$province_rate" "$single_rate")" "no error" \
    "$(judge "$province_errors == 0")"
table_row "7. province load p99 (ms, the slower process) vs 1 serve, 1 centre × 300" \
    "$province_p99" "$single_p99" "$(ratio "$province_p99" "$single_p99")" "–" "–"
