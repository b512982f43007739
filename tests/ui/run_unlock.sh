#!/bin/sh
# A database made by `groepsconsult init`, opened on the kiosk's unlock screen under Xvfb.
# Afterwards the database must still open with the right passphrase (nothing was reset).
# Then the kiosk is killed (a crash): started again, it is back on the start screen without the
# host (passphrase in the kernel keyring); after that clean exit, the next start asks again.
set -eu
kiosk="$1"; cli="$2"; script="$3"; out="$4"
rm -rf "$out"; mkdir -p "$out"
export GROEPSCONSULT_PASSPHRASE=fiets-gracht-kaas
"$cli" init --db "$out/kiosk.db"
run_kiosk() { xvfb-run -a -s "-screen 0 1280x800x24" "$kiosk" --db "$out/kiosk.db" --windowed --screenshots "$out" --script "$@"; }
run_kiosk "$script"
"$cli" check --db "$out/kiosk.db"

# The unlock script ends in an endless run of frames: kill it once it reached the start screen.
printf 'frames 100000000\n' | cat "$script" - > "$out/unlock-then-hang.script"
rm -f "$out/03-unlocked.png"
run_kiosk "$out/unlock-then-hang.script" > "$out/crash-run.log" 2>&1 &
for _ in $(seq 1200); do [ -f "$out/03-unlocked.png" ] && break; sleep 0.1; done
[ -f "$out/03-unlocked.png" ] || { echo "FAIL: the kiosk never reached the start screen"; cat "$out/crash-run.log"; exit 1; }
# Only the kiosk itself (xvfb-run, whose command line names the script too, cleans up after it).
pkill -KILL -f -- "^$kiosk .*--script $out/unlock-then-hang.script" || { echo "FAIL: no kiosk to kill"; kill %1; exit 1; }
wait || true
printf 'expect attract\nshot 04-after-crash\n' > "$out/after-crash.script"
run_kiosk "$out/after-crash.script" || { echo "FAIL: after a crash the kiosk did not reopen by itself"; exit 1; }
printf 'expect unlock\n' > "$out/after-clean-exit.script"
run_kiosk "$out/after-clean-exit.script" || { echo "FAIL: after a clean exit the kiosk did not ask for the passphrase"; exit 1; }
