#!/usr/bin/env bash
# Measurement 1: ratings in over TLS, against nginx over TLS answering 204 (the HTTPS limit) and
# the sqlite3 shell inserting the same rows in one transaction (the storage limit).
#   bench-ingest.sh BUILD_DIR WORK_DIR SECONDS
set -euo pipefail
build=$1
work=$2
seconds=$3
here=$(cd "$(dirname "$0")" && pwd)
source "$here/bench-common.sh"

data=$work/ingest
nginx_dir=$work/nginx
mkdir -p "$data" "$nginx_dir"
nginx_pid=
cleanup() {
    stop_server
    if [[ -n $nginx_pid ]]; then
        kill "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT

init_centre "$data"
token=$(cat "$data/token")
cert=$(init_value "$data" "server certificate")
key=$(init_value "$data" "server key")
database=$(init_value "$data" "database")
echo "  server key: $(openssl pkey -in "$key" -noout -text 2>/dev/null | sed -n 's/^ASN1 OID: //p;s/^NIST CURVE: //p' | paste -sd' ')"

start_server "$data" --kiosk-rate-limit 0

# nginx with the server's own certificate and key, one worker (the server handles requests on
# one thread), keep-alive without a request cap, bodies kept in memory and discarded.
nginx_port=$(free_port)
mkdir -p "$nginx_dir/logs" "$nginx_dir/tmp"
cat >"$nginx_dir/nginx.conf" <<EOF
worker_processes 1;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $nginx_dir/tmp;
    client_body_buffer_size 1m;
    client_max_body_size 2m;
    keepalive_requests 100000000;
    keepalive_timeout 60s;
    server {
        listen 127.0.0.1:$nginx_port ssl;
        ssl_certificate $cert;
        ssl_certificate_key $key;
        ssl_protocols TLSv1.2 TLSv1.3;
        location / { return 204; }
    }
}
EOF
nginx -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 50); do
    curl -sk -o /dev/null "https://127.0.0.1:$nginx_port/" && break
    sleep 0.1
done

# run_wrk URL TOKEN BATCH CONNECTIONS → the script's summary lines, plus wrk's own output on
# stderr for the log.
run_wrk() {
    local out
    out=$(wrk -t2 -c"$4" -d"${seconds}s" --latency -s "$here/ratings.lua" "$1" -- "$2" "$3" \
        "$(($(now_ns) / 1000 + RANDOM))")
    echo "$out" >&2
    echo "$out" | grep -E '^(answers-not-accepted|latency-p|requests-per-second)'
}
field() { sed -n "s/^$1 //p" <<<"$2"; }

echo "  wrk: batches of 100, 8 connections, ${seconds}s each" >&2
ours_batch=$(run_wrk "$serve_url/api/v1/ratings" "$token" 100 8)
nginx_batch=$(run_wrk "https://127.0.0.1:$nginx_port/api/v1/ratings" - 100 8)
echo "  wrk: single ratings, 64 connections, ${seconds}s each" >&2
ours_single=$(run_wrk "$serve_url/api/v1/ratings" "$token" 1 64)
nginx_single=$(run_wrk "https://127.0.0.1:$nginx_port/api/v1/ratings" - 1 64)
stop_server

stored=$(sqlite3 "$database" 'SELECT count(*) FROM ratings')
echo "  server stored $stored ratings; answers not accepted: batch $(field answers-not-accepted "$ours_batch"), single $(field answers-not-accepted "$ours_single")"

# The storage limit: the same kind of rows, in the server's schema, by the sqlite3 shell in one
# transaction, with the server's journal settings.
rows=100000
sqlite_db=$work/sqlite-baseline.db
sqlite3 "$database" ".schema ratings" >"$work/schema.sql"
sqlite3 "$sqlite_db" <"$work/schema.sql"
sqlite3 "$sqlite_db" "PRAGMA journal_mode=WAL" >/dev/null
{
    echo "PRAGMA synchronous=FULL;"
    echo "BEGIN;"
    sqlite3 "$sqlite_db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows)
        SELECT printf('INSERT INTO ratings (id, kiosk_id, unit_id, unit_kind, survey, overall, satisfied, tied, field, procedure, dossier_hash, counter, staff, lang, ended, suspect, comment, criteria, reasons, seq, created_at, created_offset, received_at, effective_at, clock_skew, fingerprint, clock_skew_seconds) VALUES (''%08x-0001-4000-8000-%012x'', ''k1'', ''ubnd'', ''admin'', ''default'', %d, %d, 1, ''%s'', '''', '''', ''%d'', ''cb-%d'', ''vi'', ''done'', 0, '''', ''{\"thai-do\":%d,\"thoi-gian\":%d}'', ''[]'', %d, %d, 25200, %d, %d, 0, ''%s'', NULL);',
            i, i, 1 + i % 5, (1 + i % 5) >= 4, 'ho-tich', 1 + i % 6, 1 + i % 12, 1 + (i / 5) % 5, 1 + i % 5, i,
            1790000000000 + i * 1000, 1790000000500 + i * 1000, 1790000000000 + i * 1000,
            lower(hex(randomblob(32))))
        FROM n"
    echo "COMMIT;"
} >"$work/inserts.sql"
start=$(now_ns)
sqlite3 "$sqlite_db" <"$work/inserts.sql"
sqlite_ms=$((($(now_ns) - start) / 1000000))
sqlite_rate=$(awk -v r=$rows -v ms="$sqlite_ms" 'BEGIN { printf "%.0f", r / (ms / 1000) }')

ours_rate=$(awk -v r="$(field requests-per-second "$ours_batch")" 'BEGIN { printf "%.0f", r * 100 }')
table_row "1a. ingest, batches of 100, 8 conn (ratings/s) vs sqlite3 shell, 1 transaction" \
    "$ours_rate" "$sqlite_rate" "$(ratio "$ours_rate" "$sqlite_rate")" "≥ 0.5" \
    "$(judge "$ours_rate >= 0.5 * $sqlite_rate")"
table_row "1a. ingest, batches of 100, 8 conn (requests/s) vs nginx TLS 204" \
    "$(field requests-per-second "$ours_batch")" "$(field requests-per-second "$nginx_batch")" \
    "$(ratio "$(field requests-per-second "$ours_batch")" "$(field requests-per-second "$nginx_batch")")" \
    "–" "–"
table_row "1a. batch latency p50 / p99 (ms) vs nginx" \
    "$(field latency-p50-ms "$ours_batch") / $(field latency-p99-ms "$ours_batch")" \
    "$(field latency-p50-ms "$nginx_batch") / $(field latency-p99-ms "$nginx_batch")" \
    "$(ratio "$(field latency-p99-ms "$ours_batch")" "$(field latency-p99-ms "$nginx_batch")")" "–" "–"
ours_single_rps=$(field requests-per-second "$ours_single")
nginx_single_rps=$(field requests-per-second "$nginx_single")
table_row "1b. single ratings, 64 conn (requests/s) vs nginx TLS 204" \
    "$ours_single_rps" "$nginx_single_rps" "$(ratio "$ours_single_rps" "$nginx_single_rps")" \
    "≥ 0.35" "$(judge "$ours_single_rps >= 0.35 * $nginx_single_rps")"
ours_p99=$(field latency-p99-ms "$ours_single")
table_row "1b. single ratings latency p50 / p99 (ms) vs nginx" \
    "$(field latency-p50-ms "$ours_single") / $ours_p99" \
    "$(field latency-p50-ms "$nginx_single") / $(field latency-p99-ms "$nginx_single")" \
    "$(ratio "$ours_p99" "$(field latency-p99-ms "$nginx_single")")" "p99 < 10 ms" \
    "$(judge "$ours_p99 < 10")"
