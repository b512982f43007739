#!/bin/sh
# Runs the real kiosk under Xvfb through a host script (host PIN 4711, one demo participant);
# PNGs go to OUT_DIR. With LOCALE_DIR and LANG, the kiosk reads a copy of the compiled catalogs
# in which LANG's catalog is garbage (the host's "Kiosk" tab must say so). SCRIPT_LANG (default
# nl) replaces "LANG" in the script: the participant's language before the host opens host mode.
# The webcam is a node that does not exist, so a machine with a camera gives the same screens.
# Arguments starting with -- go to the kiosk (board.script: --demo-follow-up).
# usage: run_host.sh <groepsconsult-kiosk> <script> <out dir> [<locale dir> <lang to break>] [--kiosk-option ...]
set -eu
kiosk="$1"; script="$2"; out="$3"; shift 3
mkdir -p "$out"
sed "s/LANG/${SCRIPT_LANG:-nl}/g" "$script" > "$out/run.script"
if [ $# -ge 2 ] && [ "${1#--}" = "$1" ]; then
    rm -rf "$out/locales"
    cp -r "$1" "$out/locales"
    printf 'not a catalog' > "$out/locales/$2/LC_MESSAGES/groepsconsult.mo"
    GROEPSCONSULT_LOCALES="$out/locales"; export GROEPSCONSULT_LOCALES
    shift 2
fi
exec xvfb-run -a -s "-screen 0 1280x800x24" \
    "$kiosk" --demo --demo-participants 1 --host-pin 4711 --windowed --width 1280 --height 800 \
    --webcam /dev/video-groepsconsult-absent --script "$out/run.script" --screenshots "$out" "$@"
