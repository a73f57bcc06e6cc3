#!/usr/bin/env bash
# dist/idmeta-kiosk-VERSION-linux-x86_64.tar.zst from dist/kiosk: the one-folder app, its
# .desktop entry and install.sh (docs/packaging.md). Prints the file and its size.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${1:?usage: make_tarball.sh VERSION}
name="idmeta-kiosk-${version}-linux-$(uname -m)"
[ -x dist/kiosk/kiosk ] || { echo "missing dist/kiosk: run make package first" >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -a dist/kiosk "$stage/$name"
install -m644 packaging/linux/idmeta-kiosk.desktop "$stage/$name/"
install -m755 packaging/linux/install.sh "$stage/$name/"
out="dist/$name.tar.zst"
tar -C "$stage" --owner=0 --group=0 --numeric-owner -cf - "$name" | zstd -q -f -19 -T0 --long=27 -o "$out"
echo "$out: $(stat -c %s "$out") bytes"
