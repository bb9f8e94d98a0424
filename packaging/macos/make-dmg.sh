#!/bin/sh
# Wrap the .app in a compressed disk image with an Applications link to drag it onto.
#   packaging/macos/make-dmg.sh "dist/Premium Support Desk.app" dist/premium-support-desk-0.1.0-macos-arm64.dmg
set -eu
app="$1"
dmg="$2"
[ -d "$app" ] || { echo "no app bundle at $app" >&2; exit 2; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "Premium Support Desk" -srcfolder "$stage" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 "$dmg"
echo "disk image: $dmg"
