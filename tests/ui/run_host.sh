#!/bin/sh
# Runs the real kiosk under Xvfb through host.script (host PIN 4711, one demo participant);
# PNGs go to OUT_DIR; further arguments go to the kiosk (board.script: --demo-follow-up).
set -eu
kiosk="$1"; script="$2"; out="$3"; shift 3
mkdir -p "$out"
exec xvfb-run -a -s "-screen 0 1280x800x24" \
    "$kiosk" --demo --demo-participants 1 --host-pin 4711 --windowed --width 1280 --height 800 \
    --script "$script" --screenshots "$out" "$@"
