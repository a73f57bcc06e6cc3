#!/usr/bin/env bash
# Smoke-test a frozen kiosk (dist/kiosk): the models load from inside the bundle, a still
# image is judged, and one unattended run of the bundled demo clip ends VERIFIED against
# the built-in sandbox. Usage: packaging/smoke_test.sh [path/to/kiosk-executable]
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${1:-dist/kiosk/kiosk}
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$exe" --version
out=$("$exe" check --json tests/data/photos/obama.jpg)
echo "$out"
echo "$out" | grep -q '"passed": true' || { echo "frozen check did not pass a good photo" >&2; exit 1; }

# Run from an empty folder with an empty config, so nothing from the checkout is used.
cd "$work"
last=$(KIOSK_CONFIG=/dev/null QT_QPA_PLATFORM=offscreen timeout 180 "$exe" run --once | tail -n 1)
echo "$last"
echo "$last" | grep -q '"outcome": "verified"' || { echo "frozen run did not verify" >&2; exit 1; }
echo "frozen kiosk: OK"
