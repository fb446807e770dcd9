#!/usr/bin/env bash
# Measurement 4: the kiosk's outbox draining queued ratings into a real server over TLS, against
# the same number of ratings POSTed by curl in batches of 100 on one keep-alive connection
# (the wire limit for one kiosk, which sends one batch at a time).
#   bench-outbox.sh BUILD_DIR WORK_DIR COUNT
set -euo pipefail
build=$1
work=$2
count=$3
here=$(cd "$(dirname "$0")" && pwd)
source "$here/bench-common.sh"

tool=$build/tests/bench/hailong-bench-outbox
data=$work/outbox-server
mkdir -p "$data"
trap stop_server EXIT

init_centre "$data"
database=$(init_value "$data" database)
echo "  queueing $count ratings in a kiosk outbox" >&2
fill_start=$(now_ns)
"$tool" fill "$work/outbox-kiosk" "$count" "$work/outbox-batches" >/dev/null
echo "  queued in $((($(now_ns) - fill_start) / 1000000)) ms (one committed transaction per rating, as at a counter)" >&2
start_server "$data" --kiosk-rate-limit 0

drain=$("$tool" drain "$work/outbox-kiosk" "$serve_url" "$data/token" "$data/ca.pem")
echo "  $drain" >&2
ours_ms=$(awk '{ print $4 }' <<<"$drain")
after_drain=$(sqlite3 "$database" 'SELECT count(*) FROM ratings')

# curl_batches DIR [HEADER…] → milliseconds to POST every batch in DIR on one connection.
curl_batches() {
    local dir=$1 config=$work/outbox-curl.conf batch header
    shift
    : >"$config"
    for batch in "$dir"/batch-*.json; do
        {
            [[ -s $config ]] && echo "next"
            echo "url = \"$serve_url/api/v1/ratings\""
            echo "cacert = \"$data/ca.pem\""
            echo "header = \"Authorization: Bearer $(cat "$data/token")\""
            echo "header = \"Content-Type: application/json\""
            echo "header = \"Expect:\""
            for header in "$@"; do echo "header = \"$header\""; done
            echo "data-binary = \"@$batch\""
            echo "output = \"/dev/null\""
            echo "write-out = \"%{http_code}\\n\""
        } >>"$config"
    done
    local start statuses
    start=$(now_ns)
    statuses=$(curl -sS -K "$config")
    awk -v ns=$(($(now_ns) - start)) 'BEGIN { printf "%.1f\n", ns / 1e6 }'
    local bad
    bad=$(grep -vc '^200$' <<<"$statuses" || true)
    [[ $bad == 0 ]] || echo "  $bad answers were not 200" >&2
}

curl_ms=$(curl_batches "$work/outbox-batches")
after_curl=$(sqlite3 "$database" 'SELECT count(*) FROM ratings')
# The same again (other ids) with the headers the kiosk sends: its clock and its queue length.
mkdir -p "$work/outbox-batches-2"
for batch in "$work"/outbox-batches/batch-*.json; do
    # Version nibble 4 → 5: every id changes, and none can meet an id of the first set.
    sed 's/\("id":"[0-9a-f]\{8\}-[0-9a-f]\{4\}-\)4/\15/g' "$batch" >"$work/outbox-batches-2/$(basename "$batch")"
done
curl_kiosk_ms=$(curl_batches "$work/outbox-batches-2" "Date: $(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S GMT')" \
    "X-Kiosk-Queued: $count")
after_second=$(sqlite3 "$database" 'SELECT count(*) FROM ratings')
# Diagnosis: the same drain with batches of 100 (the kiosk's former default), each two TLS
# records — the second held by Nagle until the server's delayed ACK.
"$tool" fill "$work/outbox-kiosk-100" "$count" "$work/outbox-batches-100" >/dev/null
drain_100=$("$tool" drain "$work/outbox-kiosk-100" "$serve_url" "$data/token" "$data/ca.pem" 100)
echo "  batches of 100: $drain_100" >&2
ours_100_ms=$(awk '{ print $4 }' <<<"$drain_100")
echo "  server has $after_drain after the outbox, $((after_curl - after_drain)) more from curl, $((after_second - after_curl)) from curl with the kiosk's headers" >&2

complete=$([[ $after_drain == "$count" ]] && echo "" || echo " (server has $after_drain)")
table_row "4. outbox drains $count queued ratings (ms, kiosk's batches of 50) vs curl, batches of 100" \
    "$ours_ms" "$curl_ms" "$(ratio "$ours_ms" "$curl_ms")" "< 5000 ms" \
    "$(judge "$ours_ms < 5000 && $after_drain == $count")$complete"
table_row "4. the same POSTs by curl with the kiosk's Date and X-Kiosk-Queued headers (ms) vs curl without" \
    "$curl_kiosk_ms" "$curl_ms" "$(ratio "$curl_kiosk_ms" "$curl_ms")" "–" "–"
table_row "4. outbox drain with batches of 100 (ms) vs the kiosk's batches of 50" \
    "$ours_100_ms" "$ours_ms" "$(ratio "$ours_100_ms" "$ours_ms")" "–" "–"
