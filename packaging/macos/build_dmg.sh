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
# Runs with the bash 3.2 macOS ships (no empty-array expansion under set -u).
# Usage: packaging/macos/build_dmg.sh VERSION
set -euo pipefail
version=${1:?usage: build_dmg.sh VERSION}
cd "$(dirname "$0")/../.."
app="dist/IDmeta Kiosk.app"
dmg="dist/IDmetaKiosk-${version}-macos-arm64.dmg"
entitlements=packaging/macos/entitlements.plist
[ -d "$app" ] || { echo "missing $app: run pyinstaller packaging/kiosk.spec first" >&2; exit 1; }
warn() { if [ -n "${GITHUB_ACTIONS:-}" ]; then echo "::warning title=$1::$2"; else echo "warning: $2" >&2; fi; }

stage=""
keychain=""
cleanup() {
  [ -z "$stage" ] || rm -rf "$stage"
  # A temporary keychain does not outlive the build (it matters on a self-hosted runner).
  [ -z "$keychain" ] || security delete-keychain "$keychain" 2>/dev/null || true
}
trap cleanup EXIT

if [ -n "${MACOS_CERT_P12_BASE64:-}" ]; then
  # As GitHub's guide "Installing an Apple certificate on macOS runners" does it.
  tmp=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
  keychain="$tmp/kiosk-signing.keychain-db"
  kc_pass=$(openssl rand -hex 16)
  echo "$MACOS_CERT_P12_BASE64" | base64 --decode > "$tmp/cert.p12"
  security create-keychain -p "$kc_pass" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$kc_pass" "$keychain"
  security import "$tmp/cert.p12" -P "${MACOS_CERT_PASSWORD:-}" -A -t cert -f pkcs12 -k "$keychain"
  security set-key-partition-list -S apple-tool:,apple: -k "$kc_pass" "$keychain" >/dev/null
  # shellcheck disable=SC2046  # the existing keychains, one word each, stay on the list
  security list-keychain -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  rm -f "$tmp/cert.p12"
fi

signed=false
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  # Inside out: every nested binary first, then the bundle (no --deep: it hides mistakes).
  # Entitlements go on executables only (Apple's "Hardened Runtime": libraries and plug-ins
  # inherit those of the process that loads them).
  find "$app/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' f; do
      file -b "$f" | grep -q "Mach-O" || continue
      case "$f" in
        "$app/Contents/MacOS/"*) extra=(--entitlements "$entitlements") ;;
        *) extra=() ;;
      esac
      codesign --force --timestamp --options runtime ${extra[@]+"${extra[@]}"} \
        --sign "$MACOS_SIGN_IDENTITY" "$f"
    done
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
    --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
  signed=true
else
  warn "macOS app unsigned" "MACOS_SIGN_IDENTITY is not set: the app and DMG are not signed or notarised (Gatekeeper will block them)."
fi

can_notarise=false
if [ "$signed" = true ]; then
  if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    can_notarise=true
  else
    warn "macOS not notarised" "APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not all set: the app and DMG are signed but not notarised."
  fi
fi

notarise() {  # notarise FILE: submit and wait for the verdict (fails the build if refused)
  xcrun notarytool submit "$1" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
}

# The app is notarised as a zip (notarytool takes zip, pkg or dmg; a zip cannot be stapled),
# then the ticket is stapled to the app itself.
if [ "$can_notarise" = true ]; then
  ditto -c -k --keepParent "$app" "dist/IDmetaKiosk-notarise.zip"
  notarise "dist/IDmetaKiosk-notarise.zip"
  rm -f "dist/IDmetaKiosk-notarise.zip"
  xcrun stapler staple "$app"
  xcrun stapler validate "$app"
fi

# The DMG: the app and a link to /Applications to drag it onto.
stage=$(mktemp -d)
ditto "$app" "$stage/IDmeta Kiosk.app"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "IDmeta Kiosk $version" -srcfolder "$stage" -fs APFS -format UDZO "$dmg"
if [ "$signed" = true ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  codesign --verify --verbose=2 "$dmg"
fi
if [ "$can_notarise" = true ]; then
  notarise "$dmg"
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
fi
echo "dmg: $dmg"
