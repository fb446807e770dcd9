#!/usr/bin/env bash
# Measurement 3: kiosk cold start to its first frame of the idle screen, and its memory once
# settled, against headless Chromium showing the same screen as one web page
# (rating-screen.html).
#   bench-kiosk-start.sh BUILD_DIR WORK_DIR
#
# Method. Time runs from the moment the process is started to:
#  - the kiosk: the scene graph's first "frame rendered" line (Qt's own render-loop timing log,
#    qt.scenegraph.time.renderloop; the software render loop, used without a GPU, writes it
#    "Frame rendered"), so nothing is added to the kiosk. Main.qml loads the idle
#    screen synchronously before the window is shown, so the first frame is the idle screen;
#  - Chromium: the page's console line written in the first animation frame after the load
#    event.
# Memory is read 2 s after that signal: VmRSS and PSS (smaps_rollup) summed over every process
# of the tree. Each side runs 3 times with a fresh data folder or profile; medians are shown.
# The kiosk runs on an X server (Xvfb, as on a kiosk's display) when Xvfb is installed, else on
# the offscreen platform; Chromium runs headless.
set -euo pipefail
build=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/bench-common.sh"

runs=3
settle=2
kiosk=$build/kiosk/hailong-kiosk
xvfb_pid=
app_pid=
cleanup() {
    for pid in $app_pid $xvfb_pid; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

platform=offscreen
if command -v Xvfb >/dev/null; then
    Xvfb -displayfd 1 -screen 0 1920x1080x24 -nolisten tcp >"$work/xvfb.display" 2>/dev/null &
    xvfb_pid=$!
    for _ in $(seq 1 100); do
        [[ -s $work/xvfb.display ]] && break
        sleep 0.05
    done
    export DISPLAY=:$(head -1 "$work/xvfb.display")
    platform=xcb
fi
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work/xdg}
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# measure NAME SIGNAL_REGEX COMMAND… → "START_MS RSS_MB PSS_MB" once the signal shows on stderr.
measure() {
    local name=$1 signal=$2
    shift 2
    local log=$work/$name.stderr
    : >"$log"
    local start
    start=$(now_ns)
    "$@" >/dev/null 2>"$log" &
    app_pid=$!
    local elapsed=
    for _ in $(seq 1 3000); do
        if grep -qE "$signal" "$log"; then
            elapsed=$((($(now_ns) - start) / 1000000))
            break
        fi
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.005
    done
    if [[ -z $elapsed ]]; then
        echo "$name never showed its screen:" >&2
        tail -20 "$log" >&2
        return 1
    fi
    sleep "$settle"
    echo "$elapsed $(tree_memory_mb "$app_pid")"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=
}

kiosk_results=$work/kiosk-start.txt
chromium_results=$work/chromium-start.txt
: >"$kiosk_results"
: >"$chromium_results"
for run in $(seq 1 "$runs"); do
    rm -rf "$work/kiosk-data"
    QT_QPA_PLATFORM=$platform QT_LOGGING_RULES="qt.scenegraph.time.renderloop.debug=true" \
        measure kiosk "[Ff]rame rendered" "$kiosk" --data "$work/kiosk-data" >>"$kiosk_results"
    rm -rf "$work/chromium-profile"
    measure chromium "rating-screen-loaded" chromium --headless --no-sandbox --disable-gpu \
        --no-first-run --user-data-dir="$work/chromium-profile" --window-size=1920,1080 \
        --enable-logging=stderr --v=0 --remote-debugging-port=0 \
        "file://$here/rating-screen.html" >>"$chromium_results"
    echo "  run $run: kiosk $(tail -1 "$kiosk_results"), chromium $(tail -1 "$chromium_results") (ms RSS PSS)" >&2
done

column_median() { awk -v c="$2" '{ print $c }' "$1" | median; }
kiosk_ms=$(column_median "$kiosk_results" 1)
kiosk_rss=$(column_median "$kiosk_results" 2)
kiosk_pss=$(column_median "$kiosk_results" 3)
chromium_ms=$(column_median "$chromium_results" 1)
chromium_rss=$(column_median "$chromium_results" 2)
chromium_pss=$(column_median "$chromium_results" 3)

table_row "3. kiosk cold start to idle screen ($platform) (ms) vs headless chromium" \
    "$kiosk_ms" "$chromium_ms" "$(ratio "$kiosk_ms" "$chromium_ms")" "≤ 1000 ms" \
    "$(judge "$kiosk_ms <= 1000")"
table_row "3. kiosk memory, RSS (MB) vs chromium (all processes)" \
    "$kiosk_rss" "$chromium_rss" "$(ratio "$kiosk_rss" "$chromium_rss")" "≤ 0.333" \
    "$(judge "$kiosk_rss * 3 <= $chromium_rss")"
table_row "3. kiosk memory, PSS (MB) vs chromium (all processes)" \
    "$kiosk_pss" "$chromium_pss" "$(ratio "$kiosk_pss" "$chromium_pss")" "≤ 0.333" \
    "$(judge "$kiosk_pss * 3 <= $chromium_pss")"
