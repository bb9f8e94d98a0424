#!/bin/sh
# Wrap the .app in a compressed disk image with an Applications link to drag it onto.
#   packaging/macos/make-dmg.sh "dist/Premium Support Desk.app" dist/premium-support-desk-0.1.0-macos-arm64.dmg
set -eu
app="$1"
dmg="$2"
[ -d "$app" ] || { echo "no app bundle at $app" >&2; exit 2; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
# ditto keeps the bundle exactly: symlinks, extended attributes, the code signature.
ditto "$app" "$stage/$(basename "$app")"
ln -s /Applications "$stage/Applications"
# hdiutil now and then fails with "Resource busy" on CI machines: try again.
for attempt in 1 2 3; do
  rm -f "$dmg"
  if hdiutil create -volname "Premium Support Desk" -srcfolder "$stage" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 "$dmg"; then
    break
  fi
  [ "$attempt" -eq 3 ] && { echo "hdiutil failed three times" >&2; exit 1; }
  sleep 10
done
echo "disk image: $dmg"
