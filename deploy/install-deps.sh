#!/usr/bin/env bash
# Installs what Hài Lòng needs from Debian 12's packages.
#   deploy/install-deps.sh          build and run (server, kiosk)
#   deploy/install-deps.sh --test   also what the test suite drives for real
set -euo pipefail

build_and_run=(
  cmake ninja-build g++ pkg-config git ca-certificates openssl curl
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6opengl6-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-multimedia-dev qt6-virtualkeyboard-dev qt6-virtualkeyboard-plugin qt6-speech-dev
  libqt6sql6-sqlite libqt6sql6-psql
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls
  qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qtquick-shapes qml6-module-qtquick-virtualkeyboard
  qml6-module-qt-labs-folderlistmodel qml6-module-qtmultimedia
  qml6-module-qttexttospeech
  libssl-dev libsqlite3-dev sqlite3 libxlsxwriter-dev libzip-dev libqrencode-dev libgoogle-perftools-dev
  libcurl4-openssl-dev
  fonts-noto-core fonts-dejavu-core fonts-liberation2 espeak-ng
  xvfb xauth tigervnc-standalone-server python3
)

test_only=(
  qml6-module-qttest
  chromium poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui imagemagick unzip
  nginx postgresql wrk clang-14 libclang-rt-14-dev
  mmdebstrap jq dpkg-dev xdotool
)

packages=("${build_and_run[@]}")
if [[ "${1:-}" == "--test" ]]; then
  packages+=("${test_only[@]}")
  # The browser test runs on Node.js; Debian's own is enough where none is installed.
  command -v npm >/dev/null || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
