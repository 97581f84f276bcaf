#!/usr/bin/env bash
# Draws the application icon: 案 in white on a blue rounded square. Needs ImageMagick 6 and the Noto CJK fonts
# (apt-get install imagemagick fonts-noto-cjk). Writes anchang.png (512 px, Linux) and anchang.ico (16–256 px,
# Windows) beside this script; both are committed, so a build never needs this.
set -euo pipefail
cd "$(dirname "$0")"
IM=/usr/bin/convert
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$IM" -size 512x512 xc:none \
  \( -size 480x480 gradient:'#1e88e5-#0d47a1' \
     \( -size 480x480 xc:none -fill white -draw 'roundrectangle 0,0 479,479 96,96' \) \
     -alpha off -compose CopyOpacity -composite \) \
  -geometry +16+16 -compose Over -composite \
  -font Noto-Sans-CJK-SC-Bold -pointsize 320 -fill white -gravity center -annotate +0+6 '案' \
  "$tmp/big.png"
"$IM" "$tmp/big.png" -strip -depth 8 anchang.png
for s in 16 24 32 48 64 128 256; do
  "$IM" "$tmp/big.png" -filter Lanczos -resize ${s}x${s} -strip -depth 8 "$tmp/$s.png"
done
"$IM" "$tmp"/16.png "$tmp"/24.png "$tmp"/32.png "$tmp"/48.png "$tmp"/64.png "$tmp"/128.png "$tmp"/256.png anchang.ico
