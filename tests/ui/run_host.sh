#!/bin/sh
# Runs the real kiosk under Xvfb through a host-mode script (host PIN 4711, one demo
# participant); PNGs go to OUT_DIR. An optional LANG replaces "LANG" in the script (the
# participant's language before the host opens host mode). The webcam is a node that does not
# exist, so the same run gives the same screens on a machine with a camera.
set -eu
kiosk="$1"; script="$2"; out="$3"; lang="${4:-nl}"
mkdir -p "$out"
sed "s/LANG/$lang/g" "$script" > "$out/run.script"
exec xvfb-run -a -s "-screen 0 1280x800x24" \
    "$kiosk" --demo --demo-participants 1 --host-pin 4711 --windowed --width 1280 --height 800 \
    --webcam /dev/video-groepsconsult-absent --script "$out/run.script" --screenshots "$out"
