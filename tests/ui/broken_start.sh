#!/bin/sh
# Start-up overlaps the font atlas and the data files/database with the window (worker
# threads). A broken file must still end the kiosk with exit 1 and a message naming the file,
# and the demo data directory made meanwhile must be gone.
# usage: broken_start.sh <groepsconsult-kiosk> <assets dir> <work dir>
set -u
kiosk="$1"; assets="$2"; work="$3"
rm -rf "$work"; mkdir -p "$work/runtime"
fail=0
# $1: what is broken; $2: sed expression; $3: file under assets/; $4: text the message must hold
check() {
    rm -rf "$work/assets"; cp -r "$assets" "$work/assets"
    sed -i "$2" "$work/assets/$3"
    XDG_RUNTIME_DIR="$work/runtime" GROEPSCONSULT_ASSETS="$work/assets" \
        xvfb-run -a -s "-screen 0 1280x800x24" "$kiosk" --demo --exit-after-first-frame \
        > "$work/stdout.txt" 2> "$work/stderr.txt"
    rc=$?
    if [ $rc -ne 1 ]; then echo "FAIL ($1): exit $rc, expected 1"; fail=1; fi
    if ! grep -F -q "groepsconsult-kiosk: " "$work/stderr.txt" || ! grep -F -q "$4" "$work/stderr.txt"; then
        echo "FAIL ($1): no message naming '$4':"; cat "$work/stderr.txt"; fail=1
    fi
    if grep -q '^first_frame_ms=' "$work/stdout.txt"; then echo "FAIL ($1): a first frame was reported"; fail=1; fi
    left=$(ls "$work/runtime")
    if [ -n "$left" ]; then echo "FAIL ($1): left behind in the runtime dir: $left"; fail=1; fi
    [ $fail -eq 0 ] && echo "ok: $1"
}
check "a missing font file" 's#NotoSans-Regular.ttf#NotoSans-NoSuchFile.ttf#' fonts.toml "NotoSans-NoSuchFile.ttf"
check "a garbled station list" '$a broken = [' stations/circuit.toml "stations/circuit.toml"
check "an answer naming a pictogram that does not exist" 's#"8 uur of langer geleden", "moon"#"8 uur of langer geleden", "mooon"#' \
    stations/circuit.toml "mooon"
exit $fail
