#!/bin/bash
# The libraries the first frame does not need stay out of the kiosk's start-up
# (runtime/deferred_module.hpp): the kiosk does not link them, the module exports only its two
# entry points, a program finds the module by itself, and a missing module is a clear error
# that writes nothing.
# usage: deferred_module.sh KIOSK CLI MODULE
kiosk=$1 cli=$2 module=$3
fail=0
problem() { echo "FAIL: $*"; fail=1; }
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT

heavy='libcairo|libpango|libZXing|libcups|libespeak-ng|libpcaudio|libharfbuzz|libglib-2.0'
if ldd "$kiosk" | grep -E "$heavy"; then problem "the kiosk loads these at start-up"; fi
ldd "$module" | grep -qE 'libcairo' || problem "the module does not link Cairo: $(ldd "$module")"

exported=$(nm -D --defined-only "$module" | awk '$2 == "T" {print $3}' | sort | tr '\n' ' ')
[ "$exported" = "groepsconsult_deferred_report groepsconsult_deferred_speaker " ] \
    || problem "the module exports other functions: $exported"

# Found next to the program (or in the build tree) without any setting.
if "$cli" card 7K3-QX0-PM4 --out "$out/card.pdf" > "$out/log" 2>&1 && head -c 5 "$out/card.pdf" | grep -q '%PDF-'; then
    echo "ok: the card is rendered through the module"
else
    problem "card through the module: $(cat "$out/log")"
fi

# A wrong explicit path: an error naming the module, exit 1, no file.
if GROEPSCONSULT_DEFERRED_MODULE=$out/missing.so "$cli" card 7K3-QX0-PM4 --out "$out/none.pdf" > "$out/log" 2>&1; then
    problem "card without the module succeeded"
fi
grep -q 'libgroepsconsult-deferred.so' "$out/log" && grep -q "$out/missing.so: not there" "$out/log" \
    || problem "the error does not name the module and the path tried: $(cat "$out/log")"
[ ! -e "$out/none.pdf" ] || problem "a PDF was written without the module"
[ $fail -eq 0 ] && echo "ok: kiosk start-up without the heavy libraries; module exports two entry points"
exit $fail
