# Shared pieces of the benchmark scripts (sourced, not run): the server's lifecycle on a free
# loopback port, the table rows, process-tree memory. Expects $build and $work to be set.

server_bin() { echo "$build/server/hailong-server"; }

# A free TCP port on 127.0.0.1, as the kernel hands it out.
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

now_ns() { date +%s%N; }

# Appends one line to the table: measurement, ours, baseline, ratio, target, met.
# Values are already formatted; the ratio is ours ÷ baseline.
table_row() {
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$work/table.tsv"
}

# ratio OURS BASELINE → ours ÷ baseline with 3 significant figures ("–" when not measurable).
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0 || a == "" ) print "–"; else printf "%.3g\n", a / b }'
}

# judge EXPRESSION → "met" / "not met", the expression in awk syntax over numbers.
judge() {
    awk "BEGIN { if ($1) print \"met\"; else print \"not met\" }"
}

# Starts `serve` for data folder $1 with extra arguments; sets serve_pid and serve_url. Waits
# up to $start_wait_seconds (default 60) for it to listen: opening checks the whole database
# (quick_check), which for the 10 M-rating one read from a cold page cache takes minutes.
start_server() {
    local data=$1
    shift
    : >"$data/serve.log"
    "$(server_bin)" serve --data "$data" --listen 127.0.0.1:0 "$@" >"$data/serve.log" 2>&1 &
    serve_pid=$!
    serve_url=
    for _ in $(seq 1 $((${start_wait_seconds:-60} * 10))); do
        serve_url=$(sed -n 's/^listening on \(https:[^ ]*\).*/\1/p' "$data/serve.log")
        [[ -n $serve_url ]] && return 0
        kill -0 "$serve_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "server did not start:" >&2
    cat "$data/serve.log" >&2
    return 1
}

stop_server() {
    if [[ -n ${serve_pid:-} ]]; then
        kill "$serve_pid" 2>/dev/null || true
        wait "$serve_pid" 2>/dev/null || true
        serve_pid=
    fi
}

# init + one admin unit and one kiosk. What init printed stays in $data/init.log (read it
# with init_value), the kiosk token in $data/token.
init_centre() {
    local data=$1
    "$(server_bin)" init --data "$data" >"$data/init.log"
    "$(server_bin)" unit add ubnd --kind admin --name "UBND xã" --data "$data" >/dev/null
    "$(server_bin)" kiosk add k1 --unit ubnd --counter 1 --data "$data" |
        sed -n 's/^token: //p' >"$data/token"
}

# init_value DATA LABEL → what `init` printed after "LABEL: ".
init_value() {
    sed -n "s/^$2: //p" "$1/init.log"
}

# Every process in the tree under $1 (the root included).
process_tree() {
    local pid=$1
    echo "$pid"
    local child
    for child in $(pgrep -P "$pid"); do
        process_tree "$child"
    done
}

# "RSS_MB PSS_MB" summed over the process tree under $1, from /proc.
tree_memory_mb() {
    local rss=0 pss=0 pid value
    for pid in $(process_tree "$1"); do
        value=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
        rss=$((rss + ${value:-0}))
        value=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
        pss=$((pss + ${value:-0}))
    done
    awk -v r="$rss" -v p="$pss" 'BEGIN { printf "%.1f %.1f\n", r / 1024, p / 1024 }'
}

# Median of the numbers on stdin.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# A part stopped from outside (run-bench.sh's time limit, Ctrl-C) still runs its EXIT trap.
trap 'exit 143' TERM INT
