#!/usr/bin/env bash
# Regenerates the hicolor PNG icons from resources/icons/org.edgecim.Studio.svg (the
# source of truth). The PNGs are committed so a build needs no SVG rasteriser.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
src=resources/icons/org.edgecim.Studio.svg
for size in 16 22 24 32 48 64 128 256; do
  out=resources/icons/hicolor/${size}x${size}/org.edgecim.Studio.png
  mkdir -p "$(dirname "$out")"
  rsvg-convert --width "$size" --height "$size" --output "$out.tmp" "$src"
  mv "$out.tmp" "$out"
done
