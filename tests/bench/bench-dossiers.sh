#!/usr/bin/env bash
# Measurement 6: 100,000 dossiers in through `hailong-server dossiers import` (CSV parsed and
# checked, codes hashed, rating links derived, one transaction), against the sqlite3 shell
# inserting the same number of rows into the server's own `dossiers` schema in one
# transaction, WAL + synchronous=FULL like the server.
#   bench-dossiers.sh BUILD_DIR WORK_DIR [COUNT]
set -euo pipefail
build=$1
work=$2
count=${3:-100000}
here=$(cd "$(dirname "$0")" && pwd)
source "$here/bench-common.sh"

data=$work/dossiers
baseline=$work/dossiers-baseline
mkdir -p "$data" "$baseline"
"$(server_bin)" init --data "$data" >"$data/init.log"
"$(server_bin)" unit add ubnd --kind admin --name "UBND xã" --data "$data" >/dev/null
sqlite3 "$data/hailong.db" '.schema dossiers' >"$baseline/schema.sql"

# The same rows twice: as the one-stop system's CSV, and as the stored rows (hashes made up).
python3 - "$count" "$data/dossiers.csv" "$baseline/inserts.sql" <<'PY'
import random, sys
count, csv_path, sql_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
fields = ["ho-tich", "chung-thuc", "dat-dai", "xay-dung", "dau-tu", "lao-dong-xa-hoi"]
channels = ["counter", "online", "post"]
with open(csv_path, "w", encoding="utf-8") as csv, open(sql_path, "w") as sql:
    csv.write("code,unit,field,procedure,channel,received_at,due_at,returned_at,staff\n")
    sql.write("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\nBEGIN;\n")
    for i in range(count):
        day = 1 + i % 28
        received = 1767225600000 + i * 60000
        csv.write(f"000.00.{i:08d}.H{i % 97},ubnd,{fields[i % 6]},\"Thủ tục {i % 50}, cấp xã\","
                  f"{channels[i % 3]},2026-02-{day:02d} 08:00,2026-02-{day:02d} 17:00,"
                  f"2026-02-{day:02d} 16:00,cb-{i % 40:02d}\n")
        sql.write("INSERT INTO dossiers (code_hash, unit_id, field, procedure, channel, received_at, "
                  "due_at, returned_at, staff, first_stored_at, updated_at, link_digest, "
                  f"link_expires_at) VALUES ('{random.getrandbits(256):064x}', 'ubnd', "
                  f"'{fields[i % 6]}', 'Thủ tục {i % 50}, cấp xã', '{channels[i % 3]}', {received}, "
                  f"{received + 32400000}, {received + 28800000}, 'cb-{i % 40:02d}', {received}, "
                  f"{received}, '{random.getrandbits(256):064x}', {received + 2592000000});\n")
    sql.write("COMMIT;\n")
PY

start=$(now_ns)
"$(server_bin)" dossiers import "$data/dossiers.csv" --data "$data" >"$data/import.out"
ours_ms=$((($(now_ns) - start) / 1000000))
echo "  import: $(cat "$data/import.out")" >&2

sqlite3 "$baseline/baseline.db" <"$baseline/schema.sql"
start=$(now_ns)
sqlite3 "$baseline/baseline.db" <"$baseline/inserts.sql" >/dev/null
base_ms=$((($(now_ns) - start) / 1000000))
stored=$(sqlite3 "$data/hailong.db" 'SELECT COUNT(*) FROM dossiers')
[[ $stored == "$count" ]] || { echo "  the server holds $stored dossiers, not $count" >&2; exit 1; }

table_row "6. $count dossiers imported from CSV (ms) vs the sqlite3 shell inserting them" \
    "$ours_ms" "$base_ms" "$(ratio "$ours_ms" "$base_ms")" "–" "–"
