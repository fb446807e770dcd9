#!/usr/bin/env bash
# Measurement 2: GET /api/v1/indicators for a quarter, a half-year and a year over many ratings,
# against the same figures by a plain scan of the ratings in the sqlite3 shell.
#   bench-indicators.sh BUILD_DIR WORK_DIR RATINGS [CENTRES]
# With CENTRES > 1 (measurement 8) the communes are spread over that many centres of one
# database, and a province-wide user reads the province's roll-up and then one centre's figures.
# The filled data folder is kept in BUILD_DIR/bench-cache/indicators-RATINGS[-cCENTRES].
set -euo pipefail
build=$1
work=$2
ratings=$3
centres=${4:-1}
here=$(cd "$(dirname "$0")" && pwd)
source "$here/bench-common.sh"

runs=7
cache=$build/bench-cache/indicators-$ratings
[[ $centres -gt 1 ]] && cache=$cache-c$centres
trap stop_server EXIT

# Ratings spread over the 730 centre days up to yesterday (UTC+7).
fill_cache() {
    rm -rf "$cache"
    mkdir -p "$cache"
    init_centre "$cache"
    local database
    database=$(init_value "$cache" database)
    local today_ms=$((($(date -u -d "$(TZ=Asia/Ho_Chi_Minh date +%F) 00:00 +07:00" +%s)) * 1000))
    local from_ms=$((today_ms - 730 * 86400000))
    local start
    start=$(now_ns)
    echo "  filling $ratings ratings into $database (cached for later runs)" >&2
    # The ratings' indexes are built once after the rows are in: faster than growing them.
    sqlite3 "$database" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index'
        AND tbl_name = 'ratings' AND sql IS NOT NULL" >"$cache/ratings-indexes.sql"
    sqlite3 "$database" "SELECT 'DROP INDEX ' || name || ';' FROM sqlite_master
        WHERE type = 'index' AND tbl_name = 'ratings' AND sql IS NOT NULL" | sqlite3 "$database"
    sqlite3 -cmd ".parameter set @n $ratings" -cmd ".parameter set @from_ms $from_ms" \
        -cmd ".parameter set @to_ms $today_ms" -cmd ".parameter set @centres $centres" \
        "$database" <"$here/fill-ratings.sql" >/dev/null
    sqlite3 "$database" <"$cache/ratings-indexes.sql"
    sqlite3 "$database" "PRAGMA journal_mode = WAL" >/dev/null
    # The server must see the ratings as if it had ingested them. Its migrations build the
    # rollups from the ratings already stored, so everything a migration after the first two
    # (the tables they create) made is dropped and the server runs those steps again.
    local derived
    derived=$(sqlite3 "$database" "SELECT name FROM sqlite_master WHERE type = 'table' AND name
        NOT IN ('units', 'kiosks', 'users', 'sessions', 'login_attempts', 'audit_log', 'ratings',
                'schema_version') AND name NOT LIKE 'sqlite_%'")
    if [[ -n $derived ]]; then
        echo "  rebuilding through the server's migrations: $(echo $derived)" >&2
        for table in $derived; do
            sqlite3 "$database" "DROP TABLE $table"
        done
        sqlite3 "$database" "DELETE FROM schema_version WHERE version > 2"
    fi
    "$(server_bin)" unit add bench-migrate --kind admin --name "Migrate" --data "$cache" >/dev/null
    if [[ $centres -gt 1 ]]; then
        # The migration that keyed the rollups by centre filed what it found under 'main' (a
        # database from before centres held one commune): file them by the ratings' centres.
        sqlite3 "$database" "BEGIN;
            UPDATE rollup_days SET centre_id = (SELECT centre_id FROM units
                WHERE units.id = rollup_days.unit_id);
            DELETE FROM rollup_indicator_days;
            INSERT INTO rollup_indicator_days (centre_id, day, unit_kind, tied, field, n, satisfied)
                SELECT centre_id, (effective_at + 25200000) / 86400000, unit_kind, tied, field,
                       COUNT(*), SUM(satisfied) FROM ratings WHERE suspect = 0 GROUP BY 1, 2, 3, 4, 5;
            DELETE FROM rollup_hours;
            INSERT INTO rollup_hours (centre_id, day, hour, n, satisfied)
                SELECT centre_id, (effective_at + 25200000) / 86400000,
                       ((effective_at + 25200000) % 86400000) / 3600000, COUNT(*), SUM(satisfied)
                FROM ratings WHERE suspect = 0 GROUP BY 1, 2, 3;
            COMMIT;"
        sqlite3 "$database" "WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c
            WHERE i < $centres - 1) INSERT INTO centres (id, name, created_at)
            SELECT printf('xa-%03d', i), printf('Xã số %d', i + 1), 0 FROM c"
        printf '%s\n' "$(init_value "$cache" password)" |
            "$(server_bin)" user add tinh --province --role viewer --data "$cache" >/dev/null
    fi
    echo "  filled in $((($(now_ns) - start) / 1000000000)) s; $(du -sh "$database" | cut -f1)" >&2
    touch "$cache/ready"
}

[[ -f $cache/ready ]] || fill_cache
# The file inside the cache, wherever the cache was made.
database=$cache/$(basename "$(init_value "$cache" database)")
start_wait_seconds=600 start_server "$cache"

curl_tls=(curl -sS --fail --cacert "$cache/ca.pem" -H 'Expect:' -b "$work/cookies" -c "$work/cookies")
user=admin
[[ $centres -gt 1 ]] && user=tinh
"${curl_tls[@]}" -o /dev/null -H 'Content-Type: application/json' \
    --data "{\"user\":\"$user\",\"password\":\"$(init_value "$cache" password)\"}" \
    "$serve_url/api/v1/session"

# One centre's figures are measured too when there are several: the province's roll-up ("")
# and the eighth centre.
scopes=("")
[[ $centres -gt 1 ]] && scopes+=(xa-007)
for scope in "${scopes[@]}"; do
for period in 2026-Q1 2026-H1 2026; do
    url="$serve_url/api/v1/indicators?period=$period${scope:+&centre=$scope}"
    # One connection: a first request that also pays the TLS handshake, then the timed ones.
    urls=()
    for _ in $(seq 0 "$runs"); do urls+=(-o /dev/null "$url"); done
    times=$("${curl_tls[@]}" -w '%{time_total}\n' "${urls[@]}" | tail -n +2)
    ours_ms=$(awk '{ print $1 * 1000 }' <<<"$times" | median)
    answer=$("${curl_tls[@]}" "$url")
    from=$(jq -r .period.from <<<"$answer")
    to=$(jq -r .period.to <<<"$answer")
    rule=$(jq -r .period.rule <<<"$answer")
    from_ms=$(($(date -u -d "$from 00:00 +07:00" +%s) * 1000))
    to_ms=$((($(date -u -d "$to 00:00 +07:00" +%s) + 86400) * 1000))

    in_centre=
    [[ -n $scope ]] && in_centre="AND centre_id = '$scope'"
    scan="SELECT unit_kind, tied, field, count(*), sum(satisfied) FROM ratings
          WHERE suspect = 0 AND effective_at BETWEEN $from_ms AND $((to_ms - 1)) $in_centre
          GROUP BY unit_kind, tied, field;"
    # A first scan warms the page cache, as the server's first request did.
    scan_rows=$(sqlite3 "$database" "$scan")
    scan_ms=$(for _ in 1 2 3; do
        sqlite3 -cmd ".timer on" "$database" <<<"$scan" | sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p'
    done | awk '{ print $1 * 1000 }' | median)

    # The two must agree: ratings of admin units, as the admin-service indicator counts them.
    ours_n=$(jq '.indicators[] | select(.id == "admin-service") | .n' <<<"$answer")
    scan_n=$(awk -F'|' '$1 == "admin" { n += $4 } END { print n + 0 }' <<<"$scan_rows")
    scanned=$(awk -F'|' '{ n += $4 } END { print n + 0 }' <<<"$scan_rows")
    agree=$([[ $ours_n == "$scan_n" ]] && echo "" || echo " (DIFFERS: n $ours_n vs $scan_n)")
    echo "  $period ($rule $from..$to${scope:+, centre $scope}): $scanned ratings in the period, admin-service n = $ours_n$agree" >&2

    what="2. indicators $period over $ratings ratings"
    if [[ $centres -gt 1 ]]; then
        whose="centre $scope"
        [[ -z $scope ]] && whose="province roll-up"
        what="8. indicators $period, $whose, $ratings ratings in $centres centres"
    fi
    table_row "$what (ms, median of $runs) vs sqlite3 scan" \
        "$ours_ms" "$scan_ms" "$(ratio "$ours_ms" "$scan_ms")" "< 50 ms" \
        "$(judge "$ours_ms < 50")$agree"
done
done
