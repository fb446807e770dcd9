# shellcheck shell=bash
# The kiosk session as hailong-kiosk.service runs it, looked at and typed on as a citizen
# would: sourced by deploy/test-packages.sh once both packages are installed in $root (it uses
# that script's $root, $work, $screen_regions, as_user, start_as_user, stop and fail).
#
# The unit's own command line runs as the unit's user: cage, and the packaged kiosk in it. The
# kiosk's panel is an Xvfb screen, on which cage runs with wlroots' X11 backend (pixman renderer)
# instead of the DRM one; cage and the kiosk do not otherwise know the difference:
# - cage's output is a window whose size the test sets, and cage lays the kiosk out again as on a
#   panel's mode change. (Debian 12's cage 0.1.4 on wlroots 0.15's headless backend has a single
#   1280×720 output whose size nothing sets.)
# - Keys and pointer presses from xdotool reach the kiosk through cage as a real keyboard and
#   pointer: the headless backend has no input device, and cage 0.1.4 offers no
#   virtual-keyboard protocol for wtype.
# - WLR_NO_HARDWARE_CURSORS=1 draws the pointer into cage's frames, which keeps cage from handing
#   the kiosk's buffer straight to its output: every frame is composed, as on a kiosk's own screen
#   for the kiosk's shared-memory buffers. Handed over directly (as the headless backend does
#   too), a screenshot shows cage's last composed frame, not what the kiosk drew.
# Screenshots come from cage itself (grim, over wlr-screencopy).

# The faces' colours, level 1 to 5 (qml/Theme.qml), the kiosk's background, and the colours of
# Qt Virtual Keyboard's default style: a letter key, a function key, the row of accented letters
# that a long press opens and its highlighted letter.
face_colours=('#D32F2F' '#F57C00' '#FBC02D' '#8BC34A' '#2E7D32')
kiosk_background='#F5F7FA'
letter_key='#000A12'
function_key='#4F5B62'
accents_row='#01579B'
accent_highlight='#4F83CC'
# Qt 6.4's vi_VN layout: the letters a long press on a key offers, left to right (the key's own
# letter is left out of its row).
declare -A accents_under=([a]='àáảãạăằắẳẵặâầấẩẫậ' [o]='ơờớởỡợòóỏõọôồốổỗộ')

# ExecStart= and Environment= of the installed unit, with the variables of kiosk.conf expanded as
# systemd does: ${VAR} as one word, $VAR split into words.
read_session_unit() {
  local unit=$root/lib/systemd/system/hailong-kiosk.service exec_start command name value
  exec_start=$(sed -n '/^ExecStart=/,/[^\\]$/p' "$unit" | tr -d '\\\n' | tr -s ' ')
  command=${exec_start#ExecStart=}
  [[ $command == /usr/bin/cage\ *--\ /usr/bin/hailong-kiosk\ * ]] ||
    fail "unexpected ExecStart: $exec_start"
  while IFS='=' read -r name value; do
    [[ -n $name ]] || continue
    command=${command//"\${$name}"/$value}
    command=${command//"\$$name"/$value}
  done <"$root/etc/hailong-kiosk/kiosk.conf"
  [[ $command != *'$'* ]] || fail "kiosk.conf leaves a variable of the unit unset: $command"
  read -r -a session_argv <<<"$command"
  mapfile -t session_environment < <(sed -n 's/^Environment=//p' "$unit")
}

start_panel() { # the kiosk's screen: an X display big enough for every panel size tried
  exec 3>"$work/display"
  start_as_user "$work/xvfb.log" hailong-kiosk Xvfb -displayfd 3 -screen 0 1920x1920x24 -nolisten tcp
  exec 3>&-
  for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
  [[ -s $work/display ]] || { cat "$work/xvfb.log" >&2; fail "Xvfb did not start"; }
  display=:$(head -1 "$work/display")
  runtime=/tmp/kiosk-runtime
  install -d -m 0700 -o "$(stat -c %u "$root/var/lib/hailong-kiosk")" "$root$runtime"
}

xdo() { as_user hailong-kiosk env DISPLAY="$display" xdotool "$@"; }

# What cage and the kiosk said, less cage's note on every frame it composes rather than hands
# the kiosk's buffer to its output (the failed test of that hand-over: see the top).
session_log() { grep -v 'Basic output test failed' "$work/session.log" || true; }

start_session() { # extra kiosk options…: the unit's command, as its user, on the panel
  read_session_unit
  rm -f "$root$runtime"/wayland-*
  start_as_user "$work/session.log" hailong-kiosk env XDG_RUNTIME_DIR="$runtime" \
    DISPLAY="$display" WLR_BACKENDS=x11 WLR_RENDERER=pixman WLR_NO_HARDWARE_CURSORS=1 \
    "${session_environment[@]}" "${session_argv[@]}" "$@"
  session_pid=$started_pid
  local sockets
  wayland_display=
  for _ in $(seq 100); do
    sockets=("$root$runtime"/wayland-[0-9])
    [[ -S ${sockets[0]} ]] && wayland_display=$(basename "${sockets[0]}") && break
    kill -0 "$session_pid" 2>/dev/null || { session_log >&2; fail "cage exited"; }
    sleep 0.1
  done
  [[ -n $wayland_display ]] || { session_log >&2; fail "cage opened no Wayland socket"; }
  # cage's output: a window at the panel's top-left corner, 1024×768 at first.
  panel_size=1024x768
  for _ in $(seq 50); do
    panel_window=$(xdo mousemove 1 1 getmouselocation --shell | sed -n 's/^WINDOW=//p' || true)
    [[ $(xdo getwindowgeometry --shell "$panel_window" | sed -n 's/^\(WIDTH\|HEIGHT\)=//p' |
      paste -sd x) == "$panel_size" ]] && break
    panel_window=
    sleep 0.1
  done
  [[ -n $panel_window ]] || { session_log >&2; fail "no window of cage on the panel"; }
  park_pointer
  # Keys pressed before the kiosk's window is up would go nowhere.
  wait_for_screen started faces_on_screen "the kiosk's idle screen did not appear under cage"
}

stop_session() { # the kiosk first, as systemd stops the unit's processes; cage then ends
  local kiosk
  kiosk=$(pgrep -P "$session_pid" -x hailong-kiosk || true)
  [[ -z $kiosk ]] || kill "$kiosk"
  for _ in $(seq 50); do kill -0 "$session_pid" 2>/dev/null || break; sleep 0.1; done
  stop "$session_pid"
}

# The pointer in the panel's bottom-right corner: drawn there, it keeps every frame composed (see
# the top) and stays out of the pictures.
park_pointer() { xdo mousemove "$((${panel_size%x*} - 1))" "$((${panel_size#*x} - 1))"; }

set_panel_size() { # WxH: the output cage shows the kiosk on
  xdo windowsize "$panel_window" "${1%x*}" "${1#*x}"
  panel_size=$1
  park_pointer
}

png_size() {
  local bytes
  read -r -a bytes < <(od -An -tu1 -j16 -N8 "$1")
  echo "$(((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]))x$(((bytes[4] << 24) | (bytes[5] << 16) | (bytes[6] << 8) | bytes[7]))"
}

screenshot() { # name: cage's output now, as $work/screens/NAME.png
  as_user hailong-kiosk env XDG_RUNTIME_DIR="$runtime" WAYLAND_DISPLAY="$wayland_display" \
    grim "$runtime/screen.png" 2>>"$work/grim.log" || return 1
  mkdir -p "$work/screens"
  mv "$root$runtime/screen.png" "$work/screens/$1.png"
}

# Screenshots until one of the panel's size passes `check PNG`: the kiosk and cage take a few
# frames after a change. Fails after 20 s with what the check said.
wait_for_screen() { # name check what
  local shot=$work/screens/$1.png
  for _ in $(seq 40); do
    if screenshot "$1" && [[ $(png_size "$shot") == "$panel_size" ]] &&
      "$2" "$shot" >"$work/check.log" 2>&1; then
      return
    fi
    kill -0 "$session_pid" 2>/dev/null || { session_log >&2; fail "the session ended"; }
    sleep 0.5
  done
  cat "$work/check.log" >&2
  fail "$3 (last screenshot: $shot)"
}

regions() { "$screen_regions" "$@"; }

# Every face on the screen whole: each patch of a face's colour (the face, its card's frame)
# clear of the screen's edges, one of them round and at least 40 px across; and the kiosk's
# background reaching all four edges, so its window fills the output.
faces_on_screen() { # png
  local width=${panel_size%x*} height=${panel_size#*x} level colour face x y w h
  for level in 1 2 3 4 5; do
    colour=${face_colours[level - 1]}
    face=0
    while read -r _ x y w h _; do
      if ((x == 0 || y == 0 || x + w == width || y + h == height)); then
        echo "level $level: a ${w}x${h} patch at $x,$y is cut by the screen's edge"
        return 1
      fi
      ((w >= 40 && h >= 40 && 10 * (w - h) <= w && 10 * (h - w) <= h)) && face=1
    done < <(regions "$1" --min-area 200 "$colour")
    ((face)) || { echo "no face of level $level on the screen"; return 1; }
  done
  read -r _ x y w h _ < <(regions "$1" --min-area 200 "$kiosk_background")
  ((x == 0 && y == 0 && w == width && h == height)) ||
    { echo "the kiosk's background spans ${w}x${h} at $x,$y of ${width}x${height}"; return 1; }
}

# The letter keys of the on-screen keyboard, named by their place in the vi_VN layout's three rows
# of letters, and its space bar (the widest function key): key_at[LETTER]="x y" of the centre.
declare -A key_at
keyboard_on_screen() { # png
  local rows=(qwertyuiop asdfghjkl zxcvbnm) row=-1 column=0 last_y=-1000 x y w h
  key_at=()
  while read -r _ x y w h _; do
    if ((y - last_y > h / 2)); then
      row=$((row + 1))
      column=0
      last_y=$y
    fi
    ((row < 3 && column < ${#rows[row]})) || { echo "more letter keys than the layout has"; return 1; }
    key_at[${rows[row]:column:1}]="$((x + w / 2)) $((y + h / 2))"
    column=$((column + 1))
  done < <(regions "$1" --min-area 500 "$letter_key" | sort -k3,3n -k2,2n)
  ((${#key_at[@]} == 26)) || { echo "${#key_at[@]} letter keys on the screen, not 26"; return 1; }
  read -r _ x y w h _ < <(regions "$1" --min-area 500 "$function_key" | sort -k4,4nr)
  key_at[space]="$((x + w / 2)) $((y + h / 2))"
}

tap() { # "x y": press and let go at once, as a finger tapping
  xdo mousemove "${1% *}" "${1#* }" click 1
  sleep 0.15
}

highlighted_letter() { # png: "x y w h" of the highlighted letter in the row (not its 1 px border)
  regions "$1" --min-area 500 "$accent_highlight" | awk '$4 > 10 && $5 > 10 && !done {print $2, $3, $4, $5; done = 1}'
}

accents_open() { # png: the row of accented letters is shown, one of them highlighted
  [[ -n $(regions "$1" --min-area 500 "$accents_row") && -n $(highlighted_letter "$1") ]]
}

first_letter_highlighted() { # png: the highlight sits in the first letter's place of the row
  local x w
  read -r x _ w _ < <(highlighted_letter "$1")
  [[ -n $x ]] && ((x <= accents_left + w))
}

# Press and hold the base letter's key until its row of accented letters opens, slide to the
# row's left end (its first letter lights up, which shows where the row starts and how wide a
# letter is), then on to the accented letter and let go there, as a finger does.
type_accented() { # base letter
  local LC_ALL=C.UTF-8
  local letters=${accents_under[$1]} at=${key_at[$1]} prefix x y w h
  prefix=${letters%%"$2"*}
  [[ $prefix != "$letters" ]] || fail "\"$2\" is not under \"$1\" in the vi_VN layout"
  xdo mousemove "${at% *}" "${at#* }" mousedown 1
  wait_for_screen "accents-$1" accents_open "no row of accented letters opened under \"$1\""
  read -r _ accents_left _ < <(regions "$work/screens/accents-$1.png" --min-area 500 "$accents_row")
  xdo mousemove "$((accents_left + 1))" "${at#* }"
  wait_for_screen "accents-$1-first" first_letter_highlighted \
    "sliding to the left end of the row under \"$1\" did not light its first letter"
  read -r x y w h < <(highlighted_letter "$work/screens/accents-$1-first.png")
  xdo mousemove "$((x + w / 2 + ${#prefix} * w))" "${at#* }" sleep 0.2 mouseup 1
  sleep 0.15
}

type_comment() { # keys…: a letter, "space", or BASE:ACCENTED for a long press
  local key
  for key in "$@"; do
    if [[ $key == *:* ]]; then
      type_accented "${key%%:*}" "${key#*:}"
    else
      [[ -n ${key_at[$key]:-} ]] || fail "no key \"$key\" on the on-screen keyboard"
      tap "${key_at[$key]}"
    fi
  done
  park_pointer
}

press() { # key: on the keypad, or a keyboard's Enter, through cage
  xdo key "$1"
  sleep 0.3
}
