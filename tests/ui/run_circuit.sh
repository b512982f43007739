#!/bin/sh
# Runs the real kiosk under Xvfb through a participant script (circuit.script,
# blood_pressure.script, questionnaire.script) in one language: LANG in the script becomes the
# language code (e.g. `tap lang_LANG`). PNGs go to OUT_DIR.
# usage: run_circuit.sh <groepsconsult-kiosk> <lang> <script> <out dir>
set -eu
kiosk="$1"; lang="$2"; script="$3"; out="$4"
mkdir -p "$out"
run="$out/$(basename "$script")"
sed "s/LANG/$lang/g" "$script" > "$run"
exec xvfb-run -a -s "-screen 0 1280x800x24" \
    "$kiosk" --demo --windowed --width 1280 --height 800 --script "$run" --screenshots "$out"
