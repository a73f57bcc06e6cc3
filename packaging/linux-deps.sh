#!/usr/bin/env bash
# System libraries Qt (xcb/offscreen), OpenCV and MediaPipe need on Debian/Ubuntu.
# Installs only what is missing; a no-op on a machine that has them. binutils: the build's
# strip, and as/ld for the slim ICU data library (packaging/icu_data.py); xvfb + xauth: the
# smoke test's run in a real X window (packaging/smoke_test.sh).
set -euo pipefail
pkgs=(libgl1 libegl1 libgles2 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
      libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core binutils xvfb xauth)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "Missing system libraries: ${missing[*]} (install them with your package manager)" >&2
    exit 0
  fi
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
