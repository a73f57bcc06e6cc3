#!/usr/bin/env bash
# Smoke-test a frozen kiosk (dist/kiosk): its self-test passes, the models load from inside
# the bundle and a photo is judged (the verdict is printed: cv2.dnn runs the occlusion
# model), nothing that was left out crept back in, and one unattended run of the bundled
# demo clip ends VERIFIED against the built-in sandbox.
# Usage: packaging/smoke_test.sh [path/to/kiosk-executable]
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${1:-dist/kiosk/kiosk}
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"
internal="$(dirname "$exe")/_internal"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$exe" --version
# Offscreen, with no configuration: the self-test's one line, exit 0.
KIOSK_CONFIG=/dev/null QT_QPA_PLATFORM=offscreen "$exe" --self-test

out=$("$exe" check --json tests/data/photos/obama.jpg)
echo "frozen verdict on tests/data/photos/obama.jpg: $out"
echo "$out" | grep -q '"passed": true' || { echo "frozen check did not pass a good photo" >&2; exit 1; }
out=$("$exe" check tests/data/photos/obama.jpg tests/data/scenes/coffee.png || true)
echo "$out"
echo "$out" | grep -q "FAIL.*no_face" || { echo "frozen check did not fail an empty scene" >&2; exit 1; }

# cv2/qt and opencv_contrib_python.libs (Qt 5, xcb) would mean OpenCV's GUI build is back.
for gone in matplotlib PIL kiwisolver cv2/qt opencv_contrib_python.libs PySide6/Qt/translations mypy \
    PySide6/Qt/lib/libQt6Network.so.6 libgssapi_krb5.so.2 libreadline.so.8; do
  [ ! -e "$internal/$gone" ] || { echo "left-out part is bundled again: $gone" >&2; exit 1; }
done

# ICU's data without the parts Qt cannot reach (packaging/icu_data.py): no break iterators.
for icu in "$internal"/PySide6/Qt/lib/libicudata.so.*; do
  if [ -e "$icu" ] && grep -qa 'l/brkitr/' "$icu"; then
    echo "ICU data is whole again: $icu (packaging/icu_data.py did not run)" >&2; exit 1
  fi
done

# Run from an empty folder with an empty config, so nothing from the checkout is used.
cd "$work"
last=$(KIOSK_CONFIG=/dev/null QT_QPA_PLATFORM=offscreen timeout 180 "$exe" run --once | tail -n 1)
echo "$last"
echo "$last" | grep -q '"outcome": "verified"' || { echo "frozen run did not verify" >&2; exit 1; }

# The same run in a real X window (Qt's xcb platform) when Xvfb is there: the self-test
# always renders offscreen, so this is what shows the xcb plugin and its libraries load.
if command -v xvfb-run >/dev/null; then
  last=$(KIOSK_CONFIG=/dev/null QT_QPA_PLATFORM=xcb timeout 180 \
    xvfb-run -a -s "-screen 0 1920x1080x24" "$exe" run --once | tail -n 1)
  echo "$last"
  echo "$last" | grep -q '"outcome": "verified"' || { echo "frozen run under Xvfb (xcb) did not verify" >&2; exit 1; }
else
  echo "xvfb-run not found: the run in a real X window was skipped"
fi
echo "frozen kiosk: OK"
