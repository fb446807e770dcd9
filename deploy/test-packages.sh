#!/usr/bin/env bash
# The packages, end to end: builds hailong-server and hailong-kiosk as Debian packages,
# installs them with apt into a clean Debian 12 root made by mmdebstrap, starts the packaged
# server there as the user its postinst created, enrols a kiosk with the one-line command
# `kiosk add` prints, and runs the kiosk session as hailong-kiosk.service does: cage, with the
# packaged kiosk in it, as the unit's user (deploy/test-kiosk-session.sh says how). It checks
# from screenshots that the kiosk fills cage's output with every face on screen at 1024×768,
# 1920×1080, 1080×1920 (portrait), 1366×768 and 1280×800, gives one rating with keys and
# taps, the comment typed in Vietnamese on the on-screen keyboard, and checks through the
# server's API that the rating and its comment were counted. Then it backs up and restores with
# the packaged commands as DEPLOY.md says, revokes the kiosk and checks that its token is
# refused, and finally restarts the server in mutual-TLS mode and gets a second kiosk's rating
# through with the client certificate `kiosk add --client-cert` issued.
#
#   sudo deploy/test-packages.sh [--build DIR] [--debs DIR] [--screenshots DIR] [--keep]
#     --build DIR        build folder to configure, build and package in (default: build-packages)
#     --debs DIR         test the .deb files already in DIR instead of building them
#     --screenshots DIR  keep the kiosk's screenshots under cage in DIR
#     --keep             leave the Debian root in place for inspection (its path is printed)
#
# Needs root (chroot and mounts) and Debian's mirror, reached through the host's apt sources.
# Exit 77 means it cannot run here (not root, no mirror, a sanitizer build): ctest's "skipped".
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$source_dir/build-packages
debs_dir=
screenshots_dir=
keep=0
while (($#)); do
  case $1 in
    --build) build_dir=$(realpath -m "$2"); shift 2 ;;
    --debs) debs_dir=$2; shift 2 ;;
    --screenshots) screenshots_dir=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

started=$SECONDS
step() { printf '[%4ds] %s\n' "$((SECONDS - started))" "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
skip() { printf 'SKIP: %s\n' "$*" >&2; exit 77; }

[[ $(id -u) == 0 ]] || skip "needs root for chroot and mounts"
for tool in mmdebstrap jq curl; do
  command -v "$tool" >/dev/null && continue
  step "installing $tool"
  apt-get install -y --no-install-recommends "$tool" >/dev/null || skip "$tool cannot be installed"
done

# The host's own mirror settings, so the root comes from where the host's packages came from.
mirror_args=()
if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
  mirror_args=(/etc/apt/sources.list.d/debian.sources)
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
else
  mirror=http://deb.debian.org/debian
  mirror_args=("deb $mirror bookworm main" "deb $mirror bookworm-updates main"
    "deb http://deb.debian.org/debian-security bookworm-security main")
fi
curl -fsS --max-time 20 -o /dev/null "$mirror/dists/bookworm/Release" ||
  skip "Debian's mirror $mirror cannot be reached"

# 1. The packages, and the test's reader of screenshots.
if [[ -z $debs_dir ]] && grep -q '^HAILONG_SANITIZE:BOOL=ON' "$build_dir/CMakeCache.txt" 2>/dev/null; then
  skip "$build_dir is a sanitizer build; packages come from a plain one"
fi
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
  step "configuring $build_dir"
  # cpack would otherwise build every target, tests included, before packaging.
  cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >/dev/null
fi
targets=(screen-regions)
[[ -n $debs_dir ]] || targets+=(hailong-server hailong-kiosk)
step "building ${targets[*]}"
cmake --build "$build_dir" -j"$(nproc)" --target "${targets[@]}" >/dev/null
screen_regions=$build_dir/tests/package/screen-regions
if [[ -z $debs_dir ]]; then
  step "packaging"
  debs_dir=$build_dir/debian-packages
  rm -f "$debs_dir"/hailong-*.deb
  (cd "$build_dir" && cpack -G DEB -B "$debs_dir" >/dev/null)
fi
server_deb=$(find "$debs_dir" -maxdepth 1 -name 'hailong-server_*.deb' | head -1)
kiosk_deb=$(find "$debs_dir" -maxdepth 1 -name 'hailong-kiosk_*.deb' | head -1)
[[ -f $server_deb && -f $kiosk_deb ]] || fail "no hailong-server/hailong-kiosk .deb in $debs_dir"
step "packages: $(basename "$server_deb") $(basename "$kiosk_deb")"

# 2. A clean Debian 12 root, torn down whatever happens.
work=$(mktemp -d /var/tmp/hailong-packages.XXXXXX)
root=$work/root
mounted=()
pids=()
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || true
  done
  if ((keep)); then
    echo "root kept at $root (unmounted); logs in $work"
  elif ! findmnt -rn -o TARGET | grep -q "^$root"; then
    rm -rf --one-file-system "$work"
  else
    echo "something is still mounted under $root; left in place" >&2
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "creating a Debian 12 root with mmdebstrap"
# Xvfb, xdotool and grim are the test's only extras: a panel for cage to show the kiosk on, a
# finger and a keypad, and a camera. Everything the programs need must come from the packages'
# Depends.
timeout 900 mmdebstrap --quiet --mode=root --variant=apt --include=xvfb,xdotool,grim \
  --skip=cleanup/apt/lists --aptopt='Acquire::Check-Valid-Until "false"' \
  bookworm "$root" "${mirror_args[@]}" >"$work/mmdebstrap.log" 2>&1 ||
  { tail -20 "$work/mmdebstrap.log" >&2; fail "mmdebstrap could not create the root"; }
# cage 0.1.4 does not start without Xwayland: it must come with hailong-kiosk, not the extras.
[[ ! -e $root/usr/bin/Xwayland ]] || fail "the test's extras brought Xwayland into the root"

mount_into() { # type-or-bind source target
  mkdir -p "$root$3"
  if [[ $1 == bind ]]; then mount --bind "$2" "$root$3"; else mount -t "$1" "$2" "$root$3"; fi
  mounted+=("$root$3")
}
mount_into proc proc /proc
mount_into bind /dev/pts /dev/pts
mount_into tmpfs tmpfs /dev/shm
cp /etc/resolv.conf "$root/etc/resolv.conf"
# What Debian's installer writes; mmdebstrap leaves no /etc/hosts, so "localhost" would go
# to DNS.
printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n::1\tlocalhost ip6-localhost ip6-loopback\n' \
  "$(cat "$root/etc/hostname")" >"$root/etc/hosts"
# No daemons from other packages' maintainer scripts inside the test root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
in_root() { chroot "$root" "$@"; }

step "installing both packages with apt (their Depends come from the mirror)"
cp "$server_deb" "$kiosk_deb" "$root/tmp/"
DEBIAN_FRONTEND=noninteractive timeout 900 chroot "$root" \
  apt-get install -y --no-install-recommends "/tmp/$(basename "$server_deb")" "/tmp/$(basename "$kiosk_deb")" >"$work/apt.log" 2>&1 ||
  { tail -30 "$work/apt.log" >&2; fail "apt could not install the packages"; }

step "checking what the maintainer scripts set up"
[[ -x $root/usr/bin/Xwayland ]] ||
  fail "hailong-kiosk's dependencies did not bring Xwayland, without which cage does not start"
in_root getent passwd hailong >/dev/null || fail "postinst did not create the user hailong"
in_root getent passwd hailong-kiosk >/dev/null || fail "postinst did not create hailong-kiosk"
[[ -f $root/var/lib/hailong/ca.pem ]] || fail "postinst did not initialise /var/lib/hailong"
# stat inside the root: the host's user names are not the root's.
[[ $(in_root stat -c '%U %a' /var/lib/hailong/init.txt) == "root 600" ]] ||
  fail "init.txt (the first admin's password) must be root's alone"
[[ $(in_root stat -c '%U' /var/lib/hailong/hailong.db) == hailong ]] ||
  fail "the database must belong to the service user"
password=$(sed -n 's/^password: //p' "$root/var/lib/hailong/init.txt")
[[ -n $password ]] || fail "init.txt holds no admin password"

# A free port on loopback; the root shares the host's network. It lies below the kernel's
# ephemeral range, which the other tests running beside this one take their ports from (port 0)
# and their connections too, so none of them can take it between the check and the server's
# start, nor while the server restarts on it.
port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
ephemeral_low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range)
((ephemeral_low > 21000)) || ephemeral_low=32768
for _ in $(seq 20); do
  port=$((20000 + RANDOM % (ephemeral_low - 20000)))
  port_is_free "$port" && break
done
server_url=https://localhost:$port

as_user() { # user command…: runs in the root as that user, with a clean environment
  local user=$1
  shift
  chroot --userspec="$user:$user" "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    HOME="/var/lib/$user" LANG=C.UTF-8 "$@"
}
started_pid=
start_as_user() { # log user command…: in the background; chroot and env exec, so the pid
  local log=$1 user=$2 # kept is the program's own
  shift 2
  chroot --userspec="$user:$user" "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    HOME="/var/lib/$user" LANG=C.UTF-8 "$@" >"$log" 2>&1 &
  started_pid=$!
  pids+=("$started_pid")
}
stop() { # pid: one of the processes this script started
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  local kept=()
  for pid in "${pids[@]}"; do [[ $pid == "$1" ]] || kept+=("$pid"); done
  pids=("${kept[@]}")
}
api() { curl -fsS --max-time 10 --cacert "$root/var/lib/hailong/ca.pem" "$@"; }

start_server() { # extra serve options…
  start_as_user "$work/server.log" hailong \
    hailong-server serve --data /var/lib/hailong --listen "127.0.0.1:$port" "$@"
  server_pid=$started_pid
  for _ in $(seq 60); do
    api -o /dev/null "$server_url/healthz" 2>/dev/null && return
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; fail "the server exited"; }
    sleep 0.5
  done
  fail "the server did not answer /healthz in 30 s"
}

enrol_kiosk() { # id counter [kiosk add options…]: runs the printed enrol: line on the "kiosk"
  local id=$1 counter=$2
  shift 2
  as_user hailong hailong-server kiosk add "$id" --unit mot-cua --counter "$counter" \
    --data /var/lib/hailong --server-url "$server_url" "$@" >"$work/kiosk-add-$id.txt"
  local enrol
  enrol=$(sed -n 's/^enrol: //p' "$work/kiosk-add-$id.txt")
  [[ $enrol == "sudo hailong-kiosk-enrol "* ]] || fail "kiosk add printed no enrol: line"
  local certificate key
  certificate=$(sed -n 's/^client-cert: //p' "$work/kiosk-add-$id.txt")
  key=$(sed -n 's/^client-key: //p' "$work/kiosk-add-$id.txt")
  [[ -z $certificate ]] || enrol+=" --client-cert $certificate --client-key $key"
  # The line as printed, run as root on the kiosk (sudo is that here).
  in_root sh -c "${enrol#sudo }" >"$work/enrol-$id.log" 2>&1 ||
    { cat "$work/enrol-$id.log" >&2; fail "hailong-kiosk-enrol failed"; }
  grep -q "Server reachable" "$work/enrol-$id.log" || fail "enrolment did not reach the server"
  [[ $(in_root stat -c '%U:%G %a' /etc/hailong-kiosk/token) == "root:hailong-kiosk 640" ]] ||
    fail "the kiosk token must be readable by the kiosk's group only"
}

daily() { api -b "$work/cookies" "$server_url/api/v1/daily?date=$(TZ=Asia/Ho_Chi_Minh date +%F)"; }

wait_for_count() { # n: ratings the server must count today
  for _ in $(seq 60); do
    [[ $(daily | jq -r .n) == "$1" ]] && return
    kill -0 "$session_pid" 2>/dev/null || { session_log >&2; fail "the session ended"; }
    sleep 1
  done
  session_log >&2
  fail "expected $1 ratings today, the server has $(daily | jq -r .n)"
}

post_with_token() { # a valid one-rating batch with the enrolled kiosk's token, no certificate
  local rating
  rating=$(jq -nc --arg id "$(cat /proc/sys/kernel/random/uuid)" --arg at "$(date -u +%FT%TZ)" \
    '{ratings: [{id: $id, created_at: $at, seq: 99, survey: "default", overall: 5}]}')
  curl -sS --max-time 10 --cacert "$root/var/lib/hailong/ca.pem" -o /dev/null -w '%{http_code}' \
    -H "Authorization: Bearer $(cat "$root/etc/hailong-kiosk/token")" \
    -H 'Content-Type: application/json' -d "$rating" "$server_url/api/v1/ratings"
}

step "starting the packaged server as hailong on 127.0.0.1:$port"
start_server

step "enrolling a kiosk with the packaged commands and the printed enrol: line"
as_user hailong hailong-server unit add mot-cua --kind admin --name "Bộ phận Một cửa" \
  --data /var/lib/hailong >/dev/null
enrol_kiosk kiosk-1 quay-1

# shellcheck source=deploy/test-kiosk-session.sh
source "$source_dir/deploy/test-kiosk-session.sh"
step "starting the kiosk session as hailong-kiosk.service does: cage, the packaged kiosk in it"
start_panel
# The default inactivity time: a key in a screen's last 10 s (its time warning) only adds time,
# so the keypad steps below need the time a citizen has.
start_session --timeout 20
for size in 1024x768 1920x1080 1080x1920 1366x768 1280x800; do
  step "the idle screen on a $size panel: the window fills cage's output, every face on screen"
  set_panel_size "$size"
  wait_for_screen "idle-$size" faces_on_screen "the kiosk does not fit cage's $size output"
done

step "one rating by keypad and touch: 5, Enter, a comment in Vietnamese on the on-screen keyboard"
press 5
press Return
wait_for_screen comment-keyboard keyboard_on_screen "no on-screen keyboard on the comment screen"
# "Rất tốt": the first letter is a capital as the keyboard starts a text with shift on; ấ and ố
# are long presses on a and o.
type_comment r a:ấ t space t o:ố t
sleep 0.5
screenshot "comment-$panel_size"
press Return

step "waiting for the rating to reach the server's daily figures"
csrf=$(api -c "$work/cookies" -H 'Content-Type: application/json' \
  -d "{\"user\":\"admin\",\"password\":\"$password\"}" "$server_url/api/v1/session" |
  jq -r .csrf)
[[ -n $csrf && $csrf != null ]] || fail "the admin from init.txt could not log in"
wait_for_count 1
[[ $(daily | jq -r .satisfied) == 1 ]] || fail "a 5 (Rất hài lòng) must count as satisfied"
comment=$(daily | jq -r '.comments[0].comment')
[[ $comment == "Rất tốt" ]] || fail "the comment typed on the kiosk reached the server as \"$comment\""
[[ $(api -b "$work/cookies" "$server_url/api/v1/kiosks" |
  jq -r '.kiosks[] | select(.id == "kiosk-1") | .ratings_today') == 1 ]] ||
  fail "the server does not credit the rating to kiosk-1"

step "backing up and restoring as DEPLOY.md says, while the server runs"
install -d -o "$(stat -c %u "$root/var/lib/hailong")" -g "$(stat -c %g "$root/var/lib/hailong")" \
  -m 0700 "$root/var/backups/hailong" "$root/var/lib/hailong-restored"
as_user hailong hailong-server backup --data /var/lib/hailong \
  --out /var/backups/hailong/hailong-test.tar >"$work/backup.log" 2>&1 ||
  { cat "$work/backup.log" >&2; fail "backup failed"; }
as_user hailong hailong-server restore --data /var/lib/hailong-restored \
  --from /var/backups/hailong/hailong-test.tar >"$work/restore.log" 2>&1 ||
  { cat "$work/restore.log" >&2; fail "restore failed"; }
cmp -s "$root/var/lib/hailong/ca.pem" "$root/var/lib/hailong-restored/ca.pem" ||
  fail "the restored folder does not hold the centre's CA"

step "revoking the kiosk with the packaged command: its token stops working at once"
as_user hailong hailong-server kiosk revoke kiosk-1 --data /var/lib/hailong >/dev/null
refused=$(post_with_token)
[[ $refused == 401 ]] || fail "a revoked kiosk's token got $refused instead of 401"
[[ $(daily | jq -r .n) == 1 ]] || fail "the revoked kiosk's rating was counted"

step "mutual TLS: the server restarted with --mutual-tls, a kiosk enrolled with its certificate"
stop_session
stop "$server_pid"
start_server --mutual-tls
enrol_kiosk kiosk-2 quay-2 --client-cert
[[ $(post_with_token) == 401 ]] || fail "--mutual-tls took a kiosk token without its certificate"
# A short inactivity time ends the session soon after the one key, which seals the rating.
start_session --timeout 2
press 4
wait_for_count 2
stop_session

if grep -qiE 'plugin|module .* is not installed|cannot load|failed to load' "$work/session.log"; then
  echo "kiosk warnings (a runtime dependency may be missing):" >&2
  grep -iE 'plugin|module .* is not installed|cannot load|failed to load' "$work/session.log" >&2
fi
if [[ -n $screenshots_dir ]]; then
  mkdir -p "$screenshots_dir"
  for shot in "$work"/screens/idle-*.png "$work"/screens/comment-*x*.png; do
    cp "$shot" "$screenshots_dir/kiosk-cage-$(basename "$shot")"
  done
fi
step "PASS: the packaged session fits every panel size tried; its ratings, typed comment included, \
were counted by the packaged server, with a token and with a client certificate; backup, \
restore and revocation hold"
