#!/bin/sh
# Install this unpacked bundle for the current user (no root): the app under
# ~/.local/opt, a launcher on the PATH, the menu entry and the icon.
# Run it again from a newer bundle to upgrade; settings, drafts and the local
# workspace live in the user's data folders and are left alone.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
name=premium-support-desk
data="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/$name"

mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$data/applications" "$data/icons/hicolor/256x256/apps"
if [ "$here" != "$target" ]; then
  rm -rf "$target.new"
  cp -a "$here" "$target.new"
  rm -rf "$target"
  mv "$target.new" "$target"
fi
ln -sf "$target/$name" "$HOME/.local/bin/$name"
cp "$target/$name.png" "$data/icons/hicolor/256x256/apps/$name.png"
sed "s|^Exec=.*|Exec=$target/$name %u|" "$target/$name.desktop" > "$data/applications/$name.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
# Ticket links (premium-support-desk://ticket/<number>) in mails open in this app.
command -v xdg-mime >/dev/null 2>&1 && xdg-mime default "$name.desktop" "x-scheme-handler/$name" || true
echo "Installed in $target; start it from the menu or as $name"
