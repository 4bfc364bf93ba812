#!/bin/sh
# Renders the packaging icons from resources/icons/icon.svg; the results are
# committed, so packaging needs none of these tools. Needs Debian's
# librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
set -eu
cd "$(dirname "$0")/../resources/icons"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "$tmp/$size.png"
done
# Linux (AppImage, deb): one PNG per size.
mkdir -p png
for size in 16 32 48 64 128 256 512; do cp "$tmp/$size.png" "png/${size}x${size}.png"; done
# Windows (NSIS): up to 256, stored as PNG inside the .ico.
icotool -c -o icon.ico "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" -r "$tmp/256.png"
# macOS (dmg): up to 1024 for Retina.
png2icns icon.icns "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" "$tmp/1024.png" >/dev/null
