#!/bin/sh
# A database made by `groepsconsult init`, opened on the kiosk's unlock screen under Xvfb.
# Afterwards the database must still open with the right passphrase (nothing was reset).
set -eu
kiosk="$1"; cli="$2"; script="$3"; out="$4"
rm -rf "$out"; mkdir -p "$out"
export GROEPSCONSULT_PASSPHRASE=fiets-gracht-kaas
"$cli" init --db "$out/kiosk.db"
xvfb-run -a -s "-screen 0 1280x800x24" "$kiosk" --db "$out/kiosk.db" --windowed --script "$script" --screenshots "$out"
"$cli" check --db "$out/kiosk.db"
