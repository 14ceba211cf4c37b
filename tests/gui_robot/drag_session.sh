#!/usr/bin/env bash
# A new user's session, driven by a robot under Xvfb: start EdgeCIM Studio with fresh
# settings, pick Qwen3-4B, open the pipeline timeline, drag the tile count and then the
# DRAM bandwidth left and right in the parameter tree (press, move 5 px every 40 ms,
# release), look at every view, undo; import a Hugging Face config.json through the file
# dialog, import a bad one (the problem dialog), quit with unsaved changes and save
# through the prompt and the Save As dialog, then validate the saved preset. Writes
# screenshots and the app's latency log (edit -> result per result, UI-thread stalls).
#
#   tests/gui_robot/drag_session.sh [OUT]      (default OUT: gui-robot-out/)
#
# Needs a release build (build/release/app/edgecim) and xvfb, xdotool, x11-apps (xwd),
# x11-utils (xwininfo) and imagemagick (convert). Not part of CTest: it drives a real X
# server and judges nothing itself; the figures are printed and the screenshots are for
# a person to look at.
# Coordinates are those of the first-start layout on a 1920x1200 screen.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(realpath -m "${1:-gui-robot-out}")
mkdir -p "$out"
app=build/release/app/edgecim
for tool in xvfb-run xdotool xwd xwininfo convert; do
  command -v "$tool" >/dev/null || { echo "drag_session: needs $tool (apt-get install xvfb xdotool x11-apps x11-utils imagemagick)" >&2; exit 2; }
done
[ -x "$app" ] || { echo "drag_session: build first (./setup.sh test)" >&2; exit 2; }

if [ -z "${EDGECIM_ROBOT_INNER:-}" ]; then
  EDGECIM_ROBOT_INNER=1 exec xvfb-run -a -s "-screen 0 1920x1200x24" "$0" "$out"
fi

home=$(mktemp -d)
pid=""
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$home"' EXIT
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
  "$app" --latency-probe "$out/latency.log" >"$out/app.log" 2>&1 &
pid=$!
xdotool search --sync --name "EdgeCIM Studio$" >/dev/null
sleep 2

shot() { xwd -root -silent | convert xwd:- "$out/$1.png"; }
t0=$(date +%s%N)
step() { printf '%8d ms %s\n' $((($(date +%s%N) - t0) / 1000000)) "$1" >>"$out/steps.log"; }
: >"$out/steps.log"
# Press on a value cell and drag right until 180 px beyond the 4 px drag threshold (x8
# on a value far below its maximum: 60 px double it), take a picture while the button
# is still down, drag back to 120 px left of the threshold (x1/4), release.
drag() {
  local x=$1 y=$2 name=$3 dx
  xdotool mousemove "$x" "$y" mousedown 1
  for dx in $(seq 4 5 184); do xdotool mousemove $((x + dx)) "$y"; sleep 0.04; done
  sleep 0.6; shot "$name"
  for dx in $(seq 179 -5 -124); do xdotool mousemove $((x + dx)) "$y"; sleep 0.04; done
  xdotool mouseup 1
}
find_param() {  # Edit > Find parameter, then type the name: the tree shows the matches
  xdotool key ctrl+f; xdotool key ctrl+a; xdotool type --delay 20 "$1"; sleep 0.5
}

shot 01-start
step "pick Qwen3-4B"
# Model picker: open it, last entry (Qwen3-4B), accept.
xdotool mousemove 760 72 click 1; sleep 0.7; xdotool key End Return; sleep 1.5
xdotool key ctrl+2; sleep 1.5    # View > Pipeline timeline
shot 02-qwen3-4b-timeline

find_param tiles                 # rows: Chip > tiles, Mapping > active_tiles
step "drag hardware.chip.tiles 32 -> 256 -> 8"
drag 245 144 03a-tiles-256-mid-drag
sleep 1; shot 03b-after-tiles-drag

find_param bandwidth_gbps        # rows: DRAM > bandwidth_gbps
step "drag hardware.dram.bandwidth_gbps 68.3 -> 546 -> 17.1"
drag 245 172 04a-bandwidth-546-mid-drag
sleep 1; shot 04b-after-bandwidth-drag

step "visit views 1 3 4 5 6, undo the bandwidth drag"
for i in 1 3 4 5 6; do xdotool key "ctrl+$i"; sleep 1.2; shot "05-view-$i"; done
xdotool key ctrl+2; sleep 1
xdotool key ctrl+z; sleep 1; shot 06-after-one-undo   # one drag = one undo step

# Dialogs, shot window by window (xwd -root misses them without a compositor).
dialog_shot() {  # NAME TITLE
  local id
  id=$(xwininfo -root -tree | awk -v t="\"$2\":" 'index($0, t) {print $1; exit}')
  if [ -n "$id" ]; then xwd -id "$id" -silent | convert xwd:- "$out/$1.png"; else echo "drag_session: no '$2' window" >&2; fi
}
focus() { xdotool mousemove 1000 1060 click 1; sleep 0.2; }   # the status bar
step "File > Import Hugging Face config.json (tests/data/hf/qwen3.json)"
focus; xdotool key ctrl+i; sleep 1.2; dialog_shot 07-import-dialog "Import Model"
xdotool type --delay 10 "$PWD/tests/data/hf/qwen3.json"; xdotool key Return; sleep 2; shot 08-imported-qwen3
step "import a config.json with a problem (tests/data/hf/bad_heads_divide.json)"
focus; xdotool key ctrl+i; sleep 1.2
xdotool type --delay 10 "$PWD/tests/data/hf/bad_heads_divide.json"; xdotool key Return; sleep 1.5
dialog_shot 09-import-problem "Cannot import model"; xdotool key Return; sleep 0.5
step "quit with unsaved changes: Save, Save As $out/saved-preset.yaml"
rm -f "$out/saved-preset.yaml"
focus; xdotool key ctrl+q; sleep 1; dialog_shot 10-unsaved-changes "Unsaved changes"
xdotool key Return; sleep 1.2; dialog_shot 11-save-as "Save Preset As"
xdotool key ctrl+a   # replace the proposed name
xdotool type --delay 10 "$out/saved-preset.yaml"; xdotool key Return
for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then echo "drag_session: the window did not close after saving" >&2; shot 12-still-open; fi
build/release/app/edgecim-cli validate "$out/saved-preset.yaml" || echo "drag_session: the saved preset does not validate" >&2
grep -E "summary|UI thread|edit->result:" "$out/latency.log" || true
echo "drag_session: screenshots, latency.log (the app's clock) and steps.log (the robot's, started ~2 s later) in $out"
