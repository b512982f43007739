#!/bin/sh
# Issue 11: a full demo circuit logs (stderr, which the service sends to the journal) no card
# code and no passphrase. The kiosk prints the demo card codes and passphrase on stdout, so the
# test knows exactly which strings must never reach the log.
set -u
run_circuit="$1"; kiosk="$2"; script="$3"; out="$4"
mkdir -p "$out"
"$run_circuit" "$kiosk" nl "$script" "$out" > "$out/stdout.txt" 2> "$out/stderr.txt"
rc=$?
[ $rc -eq 0 ] || { echo "the demo circuit failed (exit $rc):"; tail -20 "$out/stderr.txt"; exit 1; }
codes=$(sed -n 's/^demo card codes://p' "$out/stdout.txt")
passphrase=$(sed -n 's/^demo passphrase: //p' "$out/stdout.txt")
[ -n "$codes" ] || { echo "no 'demo card codes:' line on stdout"; exit 1; }
[ -n "$passphrase" ] || { echo "no 'demo passphrase:' line on stdout"; exit 1; }
lines=$(grep -c . "$out/stderr.txt")
[ "$lines" -gt 0 ] || { echo "the kiosk logged nothing: nothing to check"; exit 1; }
fail=0
for code in $codes; do
    # A code may also be logged without its dashes.
    bare=$(printf '%s' "$code" | tr -d '-')
    if grep -F -q -e "$code" -e "$bare" "$out/stderr.txt"; then
        echo "FAIL: card code $code is in the log:"; grep -F -e "$code" -e "$bare" "$out/stderr.txt"; fail=1
    fi
done
if grep -F -q -e "$passphrase" "$out/stderr.txt"; then
    echo "FAIL: the demo passphrase is in the log"; fail=1
fi
echo "checked $lines log lines against $(echo $codes | wc -w) card codes and the passphrase"
exit $fail
