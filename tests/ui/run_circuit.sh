#!/bin/sh
# Runs the real kiosk under Xvfb through circuit.script in one language; PNGs go to OUT_DIR.
set -eu
kiosk="$1"; lang="$2"; script="$3"; out="$4"
mkdir -p "$out"
sed "s/LANG/$lang/g" "$script" > "$out/circuit.script"
exec xvfb-run -a -s "-screen 0 1280x800x24" \
    "$kiosk" --demo --windowed --width 1280 --height 800 --script "$out/circuit.script" --screenshots "$out"
