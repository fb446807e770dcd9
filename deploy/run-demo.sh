#!/usr/bin/env bash
# One command for a newcomer on a fresh Debian 12 machine: installs what is needed, builds,
# and starts a demo centre — the server with demo data (SQLite) and a kiosk beside it, in a
# window where there is a desktop, otherwise on a VNC screen bound to 127.0.0.1.
#   deploy/run-demo.sh      data in ./demo-data, dashboard on https://127.0.0.1:8443
# Ctrl-C stops everything it started; run it again to continue with the same data.
# Environment:
#   HAILONG_DEMO_DATA=DIR        data folder (default ./demo-data)
#   HAILONG_DEMO_LISTEN=H:PORT   where the server listens (default 127.0.0.1:8443; when
#                                another program holds the port, the next free one is taken)
#   HAILONG_DEMO_VNC_PORT=PORT   the kiosk's VNC port when there is no desktop (default 5900,
#                                or the next free one)
#   HAILONG_DEMO_BUILD=DIR       build folder (default ./build; configured only when new)
#   HAILONG_DEMO_NO_INSTALL=1    do not check the Debian packages (deploy/install-deps.sh)
#   HAILONG_DEMO_NO_KIOSK=1      server only
#   HAILONG_DEMO_DAYS=N          days of demo ratings made on the first run (default 200)
set -euo pipefail
# Folders given relative to where the command was run from, before it moves to the project.
data=$(realpath -m "${HAILONG_DEMO_DATA:-$(dirname "$0")/../demo-data}")
build=$(realpath -m "${HAILONG_DEMO_BUILD:-$(dirname "$0")/../build}")
cd "$(dirname "$0")/.."
listen=${HAILONG_DEMO_LISTEN:-127.0.0.1:8443}
demo_password=hailong-demo
build_log=$build/demo-build.log
logs=$data/logs

say() { printf '%s\n' "$*"; }
fail() {
  printf 'run-demo: %s\n' "$*" >&2
  exit 1
}
duration() { # seconds → "7 min 52 s"
  if (($1 >= 60)); then printf '%d min %d s' $(($1 / 60)) $(($1 % 60)); else printf '%d s' "$1"; fi
}

# Every process this command starts is recorded here and stopped when it ends, however it
# ends (Ctrl-C, a failure, the server exiting). Background programs of a script ignore the
# terminal's Ctrl-C, so each is sent SIGTERM, then SIGKILL after 5 s.
started=()
running() { # pid: alive and not yet a zombie
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $state != Z* ]]
}
forget() { # pid: no longer running, reaped
  local pid kept=()
  wait "$1" 2>/dev/null || true
  for pid in "${started[@]}"; do [[ $pid == "$1" ]] || kept+=("$pid"); done
  started=("${kept[@]}")
}
any_running() {
  local pid
  for pid in "${started[@]}"; do running "$pid" && return 0; done
  return 1
}
stop_started() {
  local i pid
  trap '' INT TERM HUP # a second Ctrl-C must not cut the clean-up short
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    kill -TERM "${started[i]}" 2>/dev/null || true
  done
  for _ in $(seq 50); do
    any_running || break
    sleep 0.1
  done
  for pid in "${started[@]}"; do
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  started=()
}
trap stop_started EXIT
trap 'say ""; say "Stopping."; exit 130' INT TERM HUP

in_use() { # port on loopback: something listens there (a connection not refused at once)
  local refused=0
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null || refused=$?
  ((refused != 1))
}
free_port() { # first port from $1 on that nothing listens on
  local port=$1
  while in_use "$port"; do
    port=$((port + 1))
    ((port < $1 + 200)) || fail "no free port from $1 to $port"
  done
  printf '%s' "$port"
}

# 1. Packages and build. A second run installs nothing and rebuilds only what changed.
mkdir -p "$build"
: >"$build_log"
started_at=$SECONDS
if [[ -z ${HAILONG_DEMO_NO_INSTALL:-} ]]; then
  say "Checking the Debian packages it needs (deploy/install-deps.sh) …"
  deploy/install-deps.sh >>"$build_log" 2>&1 || {
    tail -20 "$build_log" >&2
    fail "installing the packages failed; the log is $build_log"
  }
fi
if [[ -f $build/CMakeCache.txt ]]; then
  say "Building the server and the kiosk in $build (only what changed) …"
else
  say "Building the server and the kiosk in $build (the first build takes several minutes) …"
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >>"$build_log" 2>&1 || {
    tail -20 "$build_log" >&2
    fail "configuring the build failed; the log is $build_log"
  }
fi
cmake --build "$build" -j"$(nproc)" --target hailong-server hailong-kiosk >>"$build_log" 2>&1 || {
  tail -30 "$build_log" >&2
  fail "the build failed; the log is $build_log"
}
if grep -q '^ninja: no work to do' "$build_log"; then
  built="nothing to rebuild, $(duration $((SECONDS - started_at)))"
else
  built="took $(duration $((SECONDS - started_at)))"
fi
server=$build/server/hailong-server
kiosk=$build/kiosk/hailong-kiosk

# 2. The demo centre, made once. A first run stopped half-way is made again from scratch.
if [[ -d $data && ! -f $data/demo-ready && ! -f $data/demo-setup ]]; then
  others=$(find "$data" -mindepth 1 -maxdepth 1 ! -name logs ! -name runtime -print -quit)
  [[ -z $others ]] || fail "$data holds files this command did not make (an older demo?);" \
    "remove it or choose another folder with HAILONG_DEMO_DATA"
fi
mkdir -p "$logs"
# Held by this command and what it starts: a second demo on the same folder is refused.
exec {lock_fd}>>"$logs/run-demo.lock"
flock -n "$lock_fd" || fail "another deploy/run-demo.sh is running on $data; stop it first"
if [[ -f $data/demo-setup && ! -f $data/demo-ready ]]; then
  say "The first run stopped before the demo centre in $data was complete: making it again."
  find "$data" -mindepth 1 -maxdepth 1 ! -name logs -exec rm -rf -- {} +
fi
first_run=0
[[ -f $data/demo-ready ]] || first_run=1
if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then # Qt's programs want one; a login over SSH may lack it
  export XDG_RUNTIME_DIR=$data/runtime
  mkdir -p "$XDG_RUNTIME_DIR"
  chmod 0700 "$XDG_RUNTIME_DIR"
fi
if ((first_run)); then
  : >"$data/demo-setup"
  say "Making the demo centre in $data …"
  (
    umask 077
    "$server" init --data "$data" >"$logs/init.log" 2>&1
  ) || fail "init failed; see $logs/init.log"
  {
    "$server" unit add ubnd --kind admin --name "UBND xã Hài Lòng" --data "$data"
    "$server" unit add tram-y-te --kind health --name "Trạm Y tế xã Hài Lòng" --data "$data"
    "$server" unit add truong-tieu-hoc --kind education --name "Trường Tiểu học Hài Lòng" \
      --data "$data"
  } >>"$logs/init.log" 2>&1 || fail "adding the units failed; see $logs/init.log"
  enrol() { # ID UNIT COUNTER
    (
      umask 077
      "$server" kiosk add "$1" --unit "$2" --counter "$3" --data "$data" 2>>"$logs/init.log" |
        sed -n 's/^token: //p' >"$data/$1.token"
    )
    [[ -s $data/$1.token ]] || fail "enrolling the kiosk $1 failed"
  }
  enrol quay-1 ubnd 1
  enrol quay-2 ubnd 2
  enrol quay-3 ubnd 3
  # The kiosk the demo shows: new at counter 4, so its own numbering starts with no history.
  enrol quay-4 ubnd 4
  enrol y-te tram-y-te "Y tế"
  enrol truong truong-tieu-hoc "Giáo dục"
  # The one-stop system's account: it hands the centre's dossiers to the server.
  (
    umask 077
    "$server" integration add mot-cua --data "$data" 2>>"$logs/init.log" |
      sed -n 's/^token: //p' >"$data/integration.token"
  )
  [[ -s $data/integration.token ]] || fail "adding the one-stop system's account failed"
  for u in quanly:manager canbo:viewer demo:admin; do
    echo "$demo_password" | "$server" user add "${u%%:*}" --role "${u##*:}" --data "$data" \
      >>"$logs/init.log" 2>&1 || fail "adding the user ${u%%:*} failed; see $logs/init.log"
  done
fi

# 3. The server, on the preferred port or, when another program holds it, the next free one.
host=${listen%:*}
wanted=${listen##*:}
port=$wanted
healthy() { curl -fsS --max-time 2 --cacert "$data/ca.pem" "$url/healthz" >/dev/null 2>&1; }
for _ in 1 2 3 4 5; do
  port=$(free_port "$port")
  url=https://$host:$port
  "$server" serve --data "$data" --listen "$host:$port" >>"$logs/server.log" 2>&1 &
  server_pid=$!
  started+=("$server_pid")
  for _ in $(seq 300); do
    healthy && break 2
    running "$server_pid" || break
    sleep 0.2
  done
  running "$server_pid" && fail "the server did not answer on $url; its log is $logs/server.log"
  forget "$server_pid"
  # Another program took the port between the check and the start: the next one, then.
  tail -1 "$logs/server.log" | grep -q 'in use' || {
    tail -20 "$logs/server.log" >&2
    fail "the server stopped; its log is $logs/server.log"
  }
  port=$((port + 1))
done
healthy || fail "no port from $wanted to $port could be listened on; see $logs/server.log"
[[ $port == "$wanted" ]] || say "Another program holds port $wanted: the server listens on $port."

if ((first_run)); then
  days=${HAILONG_DEMO_DAYS:-200}
  say "Sending $days days of demo ratings through the API, as the kiosks would (about 30 s) …"
  # In the background, so that Ctrl-C (or SIGINT to this command alone) stops it at once.
  deploy/demo-ratings.py --server "$url" --ca "$data/ca.pem" --days "$days" \
    --staff "quanly:$demo_password" \
    --kiosk "admin:$data/quay-1.token:1:nv-lan,nv-hung:ho-tich,chung-thuc" \
    --kiosk "admin:$data/quay-2.token:2:nv-mai,nv-tuan:dat-dai,xay-dung,dau-tu" \
    --kiosk "admin:$data/quay-3.token:3:nv-hoa:nguoi-co-cong,bao-tro-xa-hoi,nong-nghiep,van-hoa,khac" \
    --kiosk "health:$data/y-te.token" \
    --kiosk "education:$data/truong.token" \
    --offline "$data/quay-2.token" --integration "$data/integration.token" \
    >"$logs/demo-ratings.log" 2>&1 &
  generator_pid=$!
  started+=("$generator_pid")
  wait "$generator_pid" || {
    tail -20 "$logs/demo-ratings.log" >&2
    fail "sending the demo ratings failed; the log is $logs/demo-ratings.log"
  }
  forget "$generator_pid"
  sed 's/^/  /' "$logs/demo-ratings.log"
  : >"$data/demo-ready"
  rm -f "$data/demo-setup"
fi

# 4. The kiosk of counter 4: in a window on the desktop, or on a VNC screen of its own.
kiosk_pid=
kiosk_where=
if [[ -z ${HAILONG_DEMO_NO_KIOSK:-} ]]; then
  kiosk_args=(--server "$url" --token-file "$data/quay-4.token" --ca "$data/ca.pem"
    --data "$data/kiosk-quay-4")
  if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
    "$kiosk" "${kiosk_args[@]}" >>"$logs/kiosk.log" 2>&1 &
    kiosk_pid=$!
    started+=("$kiosk_pid")
    kiosk_where="in a window on this desktop"
  else
    # TigerVNC's X server: a screen that exists only as VNC, listening on loopback alone
    # (-localhost), on a display number it finds free itself (-displayfd). Qt's own VNC
    # platform plugin would need no X server, but in Qt 6.4 it listens on every interface.
    vnc_port=${HAILONG_DEMO_VNC_PORT:-5900}
    : >"$logs/vnc.log"
    for _ in 1 2 3 4 5; do
      vnc_port=$(free_port "$vnc_port")
      exec {display_fd}>"$logs/vnc-display"
      Xvnc -displayfd "$display_fd" -geometry 1920x1080 -depth 24 -localhost \
        -rfbport "$vnc_port" -SecurityTypes None -AlwaysShared -desktop "Hai Long kiosk" \
        >>"$logs/vnc.log" 2>&1 &
      vnc_pid=$!
      started+=("$vnc_pid")
      exec {display_fd}>&-
      for _ in $(seq 100); do
        [[ -s $logs/vnc-display ]] && in_use "$vnc_port" && break 2
        running "$vnc_pid" || break
        sleep 0.1
      done
      running "$vnc_pid" && fail "the kiosk's VNC screen did not start; its log is $logs/vnc.log"
      forget "$vnc_pid"
      # Another program took the port between the check and the start: the next one, then.
      grep -q 'Address already in use' "$logs/vnc.log" || break
      : >"$logs/vnc.log"
      vnc_port=$((vnc_port + 1))
    done
    if [[ ! -s $logs/vnc-display ]] || ! running "$vnc_pid"; then
      tail -20 "$logs/vnc.log" >&2
      fail "the kiosk's VNC screen did not start; its log is $logs/vnc.log"
    fi
    DISPLAY=:$(head -1 "$logs/vnc-display") QT_QPA_PLATFORM=xcb \
      "$kiosk" "${kiosk_args[@]}" --fullscreen >>"$logs/kiosk.log" 2>&1 &
    kiosk_pid=$!
    started+=("$kiosk_pid")
    tunnel="ssh -L $port:127.0.0.1:$port -L $vnc_port:127.0.0.1:$vnc_port ${USER:-you}@$(hostname)"
    kiosk_where="on VNC at 127.0.0.1:$vnc_port (this machine only, no password).
               From your own computer, tunnel both through SSH:
                 $tunnel
               then a VNC viewer on localhost:$vnc_port, the dashboard on https://localhost:$port/"
  fi
fi

cat <<INFO

Hài Lòng is running.
  Build:       $built   (log: $build_log)
  Dashboard:   $url/   (the certificate is from the demo CA: $data/ca.pem)
  Public page: $url/public
  Logins:      demo / $demo_password (admin), quanly / $demo_password (manager),
               canbo / $demo_password (viewer)
INFO
if [[ -n $kiosk_pid ]]; then
  cat <<INFO
  Kiosk:       counter 4 of UBND xã Hài Lòng, $kiosk_where
               Tap (click) a face or press 1–5, then reload the dashboard: the rating is counted.
INFO
fi
cat <<INFO
  Logs:        $logs/   (server.log, kiosk.log)
  Data:        $data   (stop with Ctrl-C; run again to continue with the same data)
INFO

# Until Ctrl-C or the server stops; a kiosk that stops leaves the server running.
while :; do
  wait -n "${started[@]}" || true
  for pid in "${started[@]}"; do
    running "$pid" || forget "$pid"
  done
  running "$server_pid" || break
  if [[ -n $kiosk_pid ]] && ! running "$kiosk_pid"; then
    say "The kiosk stopped (its log is $logs/kiosk.log); the server goes on."
    kiosk_pid=
  fi
done
tail -20 "$logs/server.log" >&2
fail "the server stopped; its log is $logs/server.log"
