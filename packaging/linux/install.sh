#!/usr/bin/env bash
# Install the unpacked IDmeta Kiosk (this folder) to /opt/idmeta-kiosk, with its menu entry
# and icon, and `kiosk` on the PATH; then run its self-test. Run as root: sudo ./install.sh
# Uninstall: sudo /opt/idmeta-kiosk/install.sh --uninstall (user settings are kept).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=/opt/idmeta-kiosk
if [ "${1:-}" = "--uninstall" ]; then
  rm -f /usr/local/bin/kiosk /usr/share/applications/idmeta-kiosk.desktop \
    /usr/share/icons/hicolor/512x512/apps/idmeta-kiosk.png
  rm -rf "$prefix"
  echo "IDmeta Kiosk removed (settings in ~/.config/idmeta-kiosk are kept)"
  exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "run as root: sudo $0" >&2; exit 1; }
if [ "$here" != "$prefix" ]; then
  rm -rf "$prefix.new"
  cp -a "$here" "$prefix.new"
  rm -rf "$prefix"
  mv "$prefix.new" "$prefix"
fi
install -Dm644 "$prefix/idmeta-kiosk.desktop" /usr/share/applications/idmeta-kiosk.desktop
install -Dm644 "$prefix/_internal/assets/icon.png" /usr/share/icons/hicolor/512x512/apps/idmeta-kiosk.png
ln -sf "$prefix/kiosk" /usr/local/bin/kiosk
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
"$prefix/kiosk" --self-test
