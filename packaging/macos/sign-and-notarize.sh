#!/bin/sh
# Sign the .app (hardened runtime), then sign, notarize and staple the .dmg.
#   packaging/macos/sign-and-notarize.sh app "dist/Premium Support Desk.app"
#   packaging/macos/sign-and-notarize.sh dmg dist/premium-support-desk-0.1.0-macos-arm64.dmg
# Needs, from the repository's secrets (release.yml passes them as environment):
#   MACOS_CERTIFICATE (base64 .p12 of a "Developer ID Application" certificate),
#   MACOS_CERTIFICATE_PASSWORD, MACOS_SIGNING_IDENTITY (e.g. "Developer ID Application: …"),
#   and for notarization APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password).
# Without them it says so and exits 0: the build stays unsigned (Gatekeeper will warn).
set -eu
what="$1"
target="$2"
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${MACOS_CERTIFICATE:-}" ] || [ -z "${MACOS_SIGNING_IDENTITY:-}" ]; then
  echo "::warning::No macOS signing secrets (MACOS_CERTIFICATE, MACOS_SIGNING_IDENTITY): $target stays unsigned and is not notarized."
  exit 0
fi

keychain="$RUNNER_TEMP/signing.keychain-db"
if [ ! -f "$keychain" ]; then
  # A throw-away keychain holding only the signing certificate, unlocked for this job.
  keychain_password=$(uuidgen)
  echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/certificate.p12"
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  security import "$RUNNER_TEMP/certificate.p12" -P "${MACOS_CERTIFICATE_PASSWORD:-}" \
    -A -t cert -f pkcs12 -k "$keychain"
  security set-key-partition-list -S apple-tool:,apple: -k "$keychain_password" "$keychain" >/dev/null
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  rm -f "$RUNNER_TEMP/certificate.p12"
fi

sign() {
  codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
    --keychain "$keychain" --sign "$MACOS_SIGNING_IDENTITY" "$@"
}

case "$what" in
  app)
    # Inside out: every Mach-O file (libraries, Python, the executable), then the bundle.
    find "$target/Contents" -type f | while IFS= read -r file; do
      if file -b "$file" | grep -q Mach-O; then sign "$file"; fi
    done
    sign "$target"
    codesign --verify --deep --strict --verbose=2 "$target"
    ;;
  dmg)
    codesign --force --timestamp --keychain "$keychain" --sign "$MACOS_SIGNING_IDENTITY" "$target"
    if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
      echo "::warning::No notarization secrets (APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD): $target is signed but not notarized."
      exit 0
    fi
    xcrun notarytool submit "$target" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
    xcrun stapler staple "$target"
    spctl --assess --type open --context context:primary-signature --verbose "$target"
    ;;
  *)
    echo "usage: $0 app|dmg PATH" >&2
    exit 2
    ;;
esac
