#!/usr/bin/env bash
# Writes the pictures of docs/user-guide.md with `edgecim --screenshot` (offscreen, no
# display needed). Run after a change to the GUI, look at each picture, commit them:
#   scripts/gen-guide-screenshots.sh [build/release/app]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/release/app}
out=docs/images
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

shot() {  # shot NAME [edgecim arguments...]: one --screenshot run into $work/NAME
    local name=$1
    shift
    "$bin/edgecim" --screenshot "$work/$name" "$@" >/dev/null 2>&1 || {
        echo "gen-guide-screenshots: edgecim --screenshot $* failed" >&2
        exit 1
    }
}

# First start: the built-in default on a small laptop screen, and every view alone.
shot first --window-size 1366x768
cp "$work/first/window.png" "$out/first-start-1366x768.png"
for view in $(sed -n 's/^ *"\([a-z_-]*\)",\{0,1\}$/\1/p' "$work/first/state.json"); do
    [ -f "$work/first/$view.png" ] && cp "$work/first/$view.png" "$out/view-$view.png"
done

# A/B: the default with a faster DRAM (LPDDR5X, 102.4 GB/s) against the default as reference.
"$bin/edgecim-cli" config --set 'name=LPDDR5X 102.4 GB/s' --set hardware.dram.bandwidth_gbps=102.4 >"$work/wide.yaml"
shot ab --window-size 1366x768 --reference presets/hardware/edgecim-65nm-int4.yaml "$work/wide.yaml"
cp "$work/ab/window.png" "$out/reference-ab-1366x768.png"

# A 4096-token prompt: what cannot run it (TinyLlama's 2048-token context, SA8255P's compiled
# context) is n/a with the reason, never shortened.
"$bin/edgecim-cli" config --set 'name=4k prompt' --set workload.prompt_tokens=4096 >"$work/long.yaml"
shot long --window-size 1366x768 "$work/long.yaml"
cp "$work/long/comparison.png" "$out/comparison-long-prompt.png"

# The paper's design point, as the Paper view shows it.
shot paper --window-size 1366x768 presets/hardware/edgecim-paper.yaml
[ -f "$work/paper/paper.png" ] && cp "$work/paper/paper.png" "$out/view-paper.png"

# High-DPI: the same window at 2x scale.
QT_SCALE_FACTOR=2 shot scaled --window-size 1366x768
cp "$work/scaled/window.png" "$out/scale-2x.png"

ls -l "$out"
