#!/usr/bin/env bash
# macOS (Apple Silicon, macOS 15+): sign "IDmeta Kiosk.app" (hardened runtime, camera
# entitlement), notarise it, staple the ticket, and wrap it in a DMG with an Applications
# link; the DMG is signed, notarised and stapled too.
# Run from the repository root after `pyinstaller packaging/kiosk.spec` on an arm64 Mac.
#
# Environment (docs/packaging.md; each step is skipped with a warning when unset):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: IDmeta (TEAMID)" (in the keychain)
#   MACOS_CERT_P12_BASE64, MACOS_CERT_PASSWORD   the certificate, imported into a temporary
#                         keychain when given (CI)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarisation (app-specific password)
# Usage: packaging/macos/build_dmg.sh VERSION
set -euo pipefail
version=${1:?usage: build_dmg.sh VERSION}
cd "$(dirname "$0")/../.."
app="dist/IDmeta Kiosk.app"
dmg="dist/IDmetaKiosk-${version}-macos-arm64.dmg"
entitlements=packaging/macos/entitlements.plist
[ -d "$app" ] || { echo "missing $app: run pyinstaller packaging/kiosk.spec first" >&2; exit 1; }
warn() { if [ -n "${GITHUB_ACTIONS:-}" ]; then echo "::warning title=$1::$2"; else echo "warning: $2" >&2; fi; }

if [ -n "${MACOS_CERT_P12_BASE64:-}" ]; then
  keychain="$RUNNER_TEMP/kiosk-signing.keychain-db"
  kc_pass=$(openssl rand -hex 16)
  echo "$MACOS_CERT_P12_BASE64" | base64 --decode > "$RUNNER_TEMP/cert.p12"
  security create-keychain -p "$kc_pass" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$kc_pass" "$keychain"
  security import "$RUNNER_TEMP/cert.p12" -P "${MACOS_CERT_PASSWORD:-}" -A -t cert -f pkcs12 -k "$keychain"
  security set-key-partition-list -S apple-tool:,apple: -k "$kc_pass" "$keychain" >/dev/null
  security list-keychain -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  rm -f "$RUNNER_TEMP/cert.p12"
fi

signed=false
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  # Inside out: every nested binary first, then the bundle (no --deep: it hides mistakes).
  find "$app/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' f; do
      if file -b "$f" | grep -q "Mach-O"; then
        codesign --force --timestamp --options runtime --entitlements "$entitlements" \
          --sign "$MACOS_SIGN_IDENTITY" "$f"
      fi
    done
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
    --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
  signed=true
else
  warn "macOS app unsigned" "MACOS_SIGN_IDENTITY is not set: the app and DMG are not signed or notarised (Gatekeeper will block them)."
fi

notarise() {  # notarise FILE: submit, wait for the verdict, staple the ticket
  if [ "$signed" != true ]; then return 0; fi
  if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
    warn "macOS not notarised" "APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not set: $1 is signed but not notarised."
    return 0
  fi
  xcrun notarytool submit "$1" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$1"
  xcrun stapler validate "$1"
}

# The app is notarised as a zip (notarytool takes zip, pkg or dmg), then stapled itself.
if [ "$signed" = true ]; then
  ditto -c -k --keepParent "$app" "dist/IDmetaKiosk-notarise.zip"
  notarise "dist/IDmetaKiosk-notarise.zip"
  if [ -n "${APPLE_ID:-}" ]; then xcrun stapler staple "$app"; fi
  rm -f "dist/IDmetaKiosk-notarise.zip"
fi

# The DMG: the app and a link to /Applications to drag it onto.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/IDmeta Kiosk.app"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "IDmeta Kiosk $version" -srcfolder "$stage" -fs APFS -format UDZO "$dmg"
if [ "$signed" = true ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  notarise "$dmg"
fi
echo "dmg: $dmg"
