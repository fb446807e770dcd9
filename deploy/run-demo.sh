#!/usr/bin/env bash
# One command for a newcomer on a fresh Debian 12 machine: installs what is needed, builds,
# and starts a demo centre — the server with demo data (SQLite) and a kiosk already enrolled.
#   deploy/run-demo.sh            data in ./demo-data, dashboard on https://127.0.0.1:8443
# Environment: HAILONG_DEMO_DATA (data folder), HAILONG_DEMO_LISTEN (HOST:PORT),
#              HAILONG_DEMO_NO_KIOSK=1 (server only).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

deploy/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target hailong-server hailong-kiosk

server=$root/build/server/hailong-server
kiosk=$root/build/kiosk/hailong-kiosk
data=${HAILONG_DEMO_DATA:-$root/demo-data}
listen=${HAILONG_DEMO_LISTEN:-127.0.0.1:8443}
url=https://$listen
demo_password=hailong-demo

first_run=0
if [[ ! -f $data/ca.pem ]]; then
  first_run=1
  "$server" init --data "$data" >"$data.init.log"
  "$server" unit add ubnd --kind admin --name "UBND xã Hài Lòng" --data "$data"
  "$server" unit add tram-y-te --kind health --name "Trạm Y tế xã Hài Lòng" --data "$data"
  "$server" unit add truong-tieu-hoc --kind education --name "Trường Tiểu học Hài Lòng" --data "$data"
  enrol() { # ID UNIT COUNTER
    "$server" kiosk add "$1" --unit "$2" --counter "$3" --data "$data" |
      sed -n 's/^token: //p' >"$data/$1.token"
    chmod 600 "$data/$1.token"
  }
  enrol quay-1 ubnd 1
  enrol quay-2 ubnd 2
  enrol quay-3 ubnd 3
  enrol y-te tram-y-te "Y tế"
  enrol truong truong-tieu-hoc "Giáo dục"
  for u in quanly:manager canbo:viewer demo:admin; do
    echo "$demo_password" | "$server" user add "${u%%:*}" --role "${u##*:}" --data "$data"
  done
fi

"$server" serve --data "$data" --listen "$listen" &
server_pid=$!
pids=("$server_pid")
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null' EXIT INT TERM
for _ in $(seq 100); do
  curl -fsS --cacert "$data/ca.pem" "$url/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done

if ((first_run)); then
  deploy/demo-ratings.py --server "$url" --ca "$data/ca.pem" \
    --kiosk "$data/quay-1.token:1:nv-lan,nv-hung" \
    --kiosk "$data/quay-2.token:2:nv-mai,nv-tuan" \
    --kiosk "$data/quay-3.token:3:nv-hoa" \
    --kiosk "$data/y-te.token:Y tế:bs-nam:health" \
    --kiosk "$data/truong.token:Giáo dục:gv-thu:education"
fi

if [[ -z ${HAILONG_DEMO_NO_KIOSK:-} ]]; then
  kiosk_args=(--server "$url" --token-file "$data/quay-1.token" --ca "$data/ca.pem"
              --data "$data/kiosk-quay-1")
  if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
    "$kiosk" "${kiosk_args[@]}" &
  else
    echo "No display here: the kiosk runs under Xvfb (screen :77). Set DISPLAY to see it."
    xvfb-run -n 77 -s "-screen 0 1920x1080x24" "$kiosk" "${kiosk_args[@]}" &
  fi
  pids+=("$!")
fi

cat <<INFO

Hài Lòng is running.
  Dashboard:   $url/   (the certificate is from the demo CA: $data/ca.pem)
  Public page: $url/public
  Logins:      demo / $demo_password (admin), quanly / $demo_password (manager),
               canbo / $demo_password (viewer)
  Kiosk:       counter 1 of UBND xã Hài Lòng — tap a face and see it counted.
  Data:        $data   (stop with Ctrl-C; run again to continue with the same data)
INFO
wait "$server_pid"
